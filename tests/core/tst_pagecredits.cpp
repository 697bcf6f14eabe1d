// Bylines, datelines and captions as other presses set them (the tenth session's reviews): Hong
// Kong, Macau and Taiwan tags in brackets, a 讯头 on a line of its own, mainland bylines spaced
// out without brackets, a digest's translated title with its writer, and captions credited above
// them or announced by 图：. Each rule is shown on a minimal page.
#include "core/credits.h"
#include "segmentertestsupport.h"

#include <QTest>

using namespace broadsheet;
using namespace broadsheet::testing;

class TestPageCredits : public QObject {
    Q_OBJECT
private slots:
    // 澳门日报 opens its own stories with 【本報消息】: the byline, out of the body. (An outlet's
    // 消息 only: 【最新消息】 is a label.)
    void macauNewsTag()
    {
        const Page p = seg("議員促完善輕軌配套\n【本報消息】運輸工務司司長羅立文昨表示，東線工程已完成約六成。\n\n議員林倫偉認為，當局應及早規劃。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, u("本報消息"));
        QCOMPARE(texts(p.articles[0]).value(0), u("運輸工務司司長羅立文昨表示，東線工程已完成約六成。"));
        QVERIFY(!splitLeadingCredit(u("【最新消息】地铁二号线今日恢复运营。")).found());
    }

    // The paper's tag and then its reporter (【大公報訊】記者黃山報道：…) are one byline.
    void paperTagThenReporter()
    {
        const CreditSplit s = splitLeadingCredit(u("【大公報訊】記者黃山報道：港鐵公司昨日公布，明年票價擬上調3.5%。"));
        QCOMPARE(s.byline, u("大公報訊 記者黃山報道"));
        QCOMPARE(s.rest, u("港鐵公司昨日公布，明年票價擬上調3.5%。"));
        QCOMPARE(splitLeadingCredit(u("【本報訊】記者李明報道：港鐵公司昨日公布。")).byline, u("本報訊 記者李明報道"));
        // (A tag alone keeps the text as it was.)
        QCOMPARE(splitLeadingCredit(u("【明報專訊】港鐵公司昨日公布。")).rest, u("港鐵公司昨日公布。"));
    }

    // Taiwan papers open a wire story with the agency's dated report from several sources, and a
    // round-up with its note: the dateline and the byline.
    void taiwanWireAndRoundUp()
    {
        const CreditSplit s = splitLeadingCredit(u("（中央社華盛頓4日綜合外電報導）美國總統大選將於5日舉行投票。"));
        QCOMPARE(s.dateline, u("中央社華盛頓4日綜合外電報導"));
        QCOMPARE(s.rest, u("美國總統大選將於5日舉行投票。"));
        const CreditSplit r = splitLeadingCredit(u("（綜合報導）行政院昨天拍板長照3.0計畫。"));
        QCOMPARE(r.byline, u("綜合報導"));
        QCOMPARE(r.rest, u("行政院昨天拍板長照3.0計畫。"));
        // (A bracketed aside opening a paragraph is no credit.)
        QVERIFY(!splitLeadingCredit(u("（综合考虑各方意见）市政府决定推迟。")).found());
    }

    // 本報訊 or 新加坡讯 alone on a line over the text is the byline, and the wrapped paragraph
    // under it stays whole; a box's label (快讯, 简讯) is not one.
    void newsTagOnItsOwnLine()
    {
        const Page p = seg("觀塘工廈三級火 百人疏散\n\n本報訊\n觀塘鴻圖道一幢工業大廈昨日凌晨發生三級火警，消防處出動逾百名消防員及二十多部消防車\n"
                           "到場灌救，約一百人自行疏散。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("觀塘工廈三級火 百人疏散"));
        QCOMPARE(p.articles[0].subheadline, QString());
        QCOMPARE(p.articles[0].byline, u("本報訊"));
        QCOMPARE(texts(p.articles[0]), QStringList { u("觀塘鴻圖道一幢工業大廈昨日凌晨發生三級火警，消防處出動逾百名消防員及二十多部消防車到場灌救，約一百人自行疏散。") });
        const Page q = seg("樟宜机场第五搭客大厦明年动工\n\n报道：林欣宜\n\n新加坡讯\n交通部代部长徐芳达昨天宣布，主体工程将在明年上半年动工。\n\n他说，T5的设计加入更多自动化元素。\n");
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(q.articles[0].byline, u("报道：林欣宜"));
        QCOMPARE(q.articles[0].dateline, u("新加坡讯")); // (a place's 讯头 is where the story was filed)
        QCOMPARE(texts(q.articles[0]).value(0), u("交通部代部长徐芳达昨天宣布，主体工程将在明年上半年动工。"));
        // (Under a web page's line that stands as it is, the tag still opens that article's text.)
        const Page w = seg("组屋转售价格第三季涨2.7%\n\n报道：黄顺杰\n发布 / 2024年11月5日 5:30 AM\n\n新加坡讯\n建屋发展局昨天公布的数据显示，转售价格指数第三季上涨2.7%。\n");
        QCOMPARE(w.articles.size(), 1);
        QCOMPARE(w.articles[0].byline, u("报道：黄顺杰"));
        QCOMPARE(w.articles[0].dateline, u("新加坡讯"));
        QVERIFY(standaloneByline(u("快讯")).isNull());
        QVERIFY(standaloneByline(u("校园快讯")).isNull());
        QVERIFY(standaloneByline(u("科技资讯")).isNull());
        QVERIFY(standaloneByline(u("校園快訊")).isNull());
        QVERIFY(standaloneByline(u("開庭審訊")).isNull());
        QVERIFY(standaloneByline(u("警方传讯")).isNull());
        QCOMPARE(standaloneByline(u("大公報訊")), u("大公報訊"));
    }

    // The mainland byline unbracketed, names set apart by spaces, on a line of its own: the whole
    // line (up to 报道：) is the byline and the text under it is untouched.
    void spacedBylineLine()
    {
        const Page p = seg("社区矫正对象违规出省被收监\n本报讯 记者 孙天骄 通讯员 赵志刚\n\n一名社区矫正对象未经批准多次离开所居住的市县，近日被裁定撤销缓刑。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, u("本报讯 记者 孙天骄 通讯员 赵志刚"));
        QCOMPARE(texts(p.articles[0]).value(0), u("一名社区矫正对象未经批准多次离开所居住的市县，近日被裁定撤销缓刑。"));
        const Page q = seg("社区矫正对象违规出省被收监\n本报讯 记者王五 通讯员赵六报道：\n\n一名社区矫正对象未经批准多次离开所居住的市县，近日被裁定撤销缓刑。\n");
        QCOMPARE(q.articles[0].byline, u("本报讯 记者王五 通讯员赵六报道"));
        QCOMPARE(texts(q.articles[0]).value(0), u("一名社区矫正对象未经批准多次离开所居住的市县，近日被裁定撤销缓刑。"));
        // (Run into the text too: 本报讯 记者王五 通讯员赵六报道：….)
        const CreditSplit s = splitLeadingCredit(u("本报讯 记者王五 通讯员赵六报道：11月上旬，某旅组织实弹射击训练。"));
        QCOMPARE(s.byline, u("本报讯 记者王五 通讯员赵六报道"));
        QCOMPARE(s.rest, u("11月上旬，某旅组织实弹射击训练。"));
    }

    // A digest gives the translated piece's title (题：…) under its dateline, closed by the writer:
    // the writer is the byline, the title stays a paragraph of its own, and the text under it does
    // not run into it (with no writer too).
    void digestTitleAndWriter()
    {
        const Page p = seg("**欧洲极端天气频发敲响警钟**\n\n【英国《卫报》网站11月3日报道】题：西班牙致命洪水过后，人们追问警报为何迟到（作者 萨姆·琼斯）\n\n"
                           "瓦伦西亚地区的居民和地方官员正在追问，手机警报为何迟迟未发出。\n\n批评者说，这暴露出权责不清。\n");
        QCOMPARE(p.articles.size(), 1);
        const Article &a = p.articles[0];
        QCOMPARE(a.dateline, u("英国《卫报》网站11月3日报道"));
        QCOMPARE(a.byline, u("作者 萨姆·琼斯"));
        QCOMPARE(texts(a), (QStringList { u("题：西班牙致命洪水过后，人们追问警报为何迟到"), u("瓦伦西亚地区的居民和地方官员正在追问，手机警报为何迟迟未发出。"),
                                          u("批评者说，这暴露出权责不清。") }));
        const Page q = seg("**韩媒：韩国出生率现回升迹象**\n\n【韩联社首尔11月5日电】题：韩国9月新生儿数量同比增长10%\n\n韩国统计厅5日公布的数据显示，9月新生儿数量同比增长10.1%。\n");
        QCOMPARE(texts(q.articles.value(0)).size(), 2);
        QVERIFY(isDigestTitle(u("题：韩国9月新生儿数量同比增长10%")));
        // (A sentence naming a title is text.)
        QVERIFY(!isDigestTitle(u("题：这是一个问题。答案在下面。")));
    }

    // 图：X with no credit after a paragraph is a caption announced as one: the paragraph's wrapped
    // tail stays in the body and the body around it joins. 图：美联社 is still a credit.
    void labelledCaption()
    {
        const Page p = seg("議員促完善輕軌配套\n本報訊　運輸工務司司長羅立文昨表示，東線工程已完成約六成。他說，當局\n會因應各站人流，檢討巴士路線。\n\n"
                           "圖：輕軌東線隧道段施工現場\n\n議員林倫偉認為，當局應及早規劃。\n");
        QCOMPARE(p.articles.size(), 1);
        const Article &a = p.articles[0];
        QCOMPARE(texts(a), (QStringList { u("運輸工務司司長羅立文昨表示，東線工程已完成約六成。他說，當局會因應各站人流，檢討巴士路線。"),
                                          u("議員林倫偉認為，當局應及早規劃。") }));
        QCOMPARE(a.captions.size(), 1);
        QCOMPARE(a.captions[0].text, u("輕軌東線隧道段施工現場"));
        QCOMPARE(a.captions[0].credit, QString());
        QVERIFY(isCreditLine(u("图：美联社")));
        QVERIFY(isCreditLine(u("图：新华社记者 李鑫 摄")));
        QVERIFY(isCreditLine(u("图：本报资料照片")));
        QVERIFY(!isCreditLine(u("图：轻轨东线隧道段施工现场")));
        QVERIFY(isLabelledCaption(u("图：轻轨东线隧道段施工现场")));
        QVERIFY(!isLabelledCaption(u("图：美联社")));
    }

    // A credit printed above its caption (the credit sits at the photo's corner and OCR reads it
    // first): the line under it is the caption, and the paragraph above stays text.
    void creditAboveCaption()
    {
        const Page p = seg("川普賀錦麗 搖擺州拉票\n記者王小明／綜合報導\n美國總統大選將於5日舉行投票。\n\n最新民調顯示，兩人支持度差距在誤差範圍內。\n\n"
                           "圖／美聯社\n川普4日在賓州雷丁市造勢，支持者揮舞標語。\n\n專家預估，最終勝負可能需要數天才能確定。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(texts(p.articles[0]), (QStringList { u("美國總統大選將於5日舉行投票。"), u("最新民調顯示，兩人支持度差距在誤差範圍內。"),
                                                      u("專家預估，最終勝負可能需要數天才能確定。") }));
        QCOMPARE(p.articles[0].captions.size(), 1);
        QCOMPARE(p.articles[0].captions[0].text, u("川普4日在賓州雷丁市造勢，支持者揮舞標語。"));
        QCOMPARE(p.articles[0].captions[0].credit, u("圖／美聯社"));
        // (Right after the lead paragraph, the credit is no writer of the text.)
        const Page q = seg("議員促完善輕軌配套\n本報訊　運輸工務司司長羅立文昨表示，東線工程已完成約六成。\n\n圖／美聯社\n共和黨總統候選人川普4日在賓州雷丁市造勢。\n\n"
                           "議員林倫偉認為，當局應及早規劃。\n");
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(q.articles[0].byline, u("本報訊"));
        QCOMPARE(q.articles[0].captions.value(0).credit, u("圖／美聯社"));
        QCOMPARE(texts(q.articles[0]).size(), 2);
        // (An outlet before the photographer: 星洲日报/摄影：刘国忠.)
        const Page m = seg("**美研究：远程办公改写城市通勤版图**\n\n据美国《纽约时报》网站11月5日报道，斯坦福大学研究发现，市中心客流仍只有疫情前七成。\n\n"
                           "星洲日报/摄影：刘国忠\n新山关卡今早车龙长达数公里。\n");
        QCOMPARE(m.articles.size(), 1);
        QCOMPARE(texts(m.articles[0]).size(), 1);
        QCOMPARE(m.articles[0].captions.value(0).text, u("新山关卡今早车龙长达数公里。"));
        QCOMPARE(m.articles[0].captions.value(0).credit, u("星洲日报/摄影：刘国忠"));
        // (The usual order, caption then credit, is unchanged.)
        const Page n = seg("市民赏花\n本报讯（记者 李明）公园的樱花开了。\n\n市民在公园赏花。\n本报记者 王浩 摄\n\n预计花期持续两周。\n");
        QCOMPARE(n.articles.value(0).captions.value(0).text, u("市民在公园赏花。"));
        QCOMPARE(n.articles.value(0).captions.value(0).credit, u("本报记者 王浩 摄"));
    }

    // The arrow pointing from a caption to its picture is no text of the caption.
    void captionPointer()
    {
        const Page p = seg("甬舟铁路建设全面提速\n\n记者 张 丽 通讯员 陈 晓\n昨日，记者从甬舟铁路建设指挥部获悉，全线已完成投资48.6亿元。\n\n"
                           "↑ 金塘海底隧道工作井施工现场。 记者 张 丽 摄\n\n为保证施工安全，指挥部引入了智能监测系统。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].captions.value(0).text, u("金塘海底隧道工作井施工现场。"));
        QCOMPARE(p.articles[0].captions.value(0).credit, u("记者 张 丽 摄"));
    }
};

QTEST_GUILESS_MAIN(TestPageCredits)
#include "tst_pagecredits.moc"
