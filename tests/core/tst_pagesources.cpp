// Pages from other presses and other times, as the sixth session's reviews wrote them: old papers
// (datelines with the hour, 發專電), OCR of scanned pages (column rules read as glyphs), and the
// conventions of Traditional-Chinese and overseas papers. Each rule is shown on a minimal page.
#include "core/credits.h"
#include "core/linemarkup.h"
#include "segmentertestsupport.h"

#include <QTest>

using namespace broadsheet;
using namespace broadsheet::testing;

class TestPageSources : public QObject {
    Q_OBJECT
private slots:
    // Older papers date a dispatch to the hour (本报北京3月5日下午电) and send it as a 专电
    // (本報南京十一日下午九時發專電), bare or in lenticular brackets: the dateline either way.
    void datelinesWithTheHour()
    {
        QCOMPARE(splitLeadingCredit(u("本报北京3月5日下午电 市公交集团今起调整线路。")).dateline, u("本报北京3月5日下午电"));
        const CreditSplit s = splitLeadingCredit(u("【本報南京十一日下午九時發專電】財政部今日宣布滬市金融穩定。"));
        QCOMPARE(s.dateline, u("本報南京十一日下午九時發專電"));
        QCOMPARE(s.byline, QString());
        QCOMPARE(s.rest, u("財政部今日宣布滬市金融穩定。"));
        QCOMPARE(splitLeadingCredit(u("【本報南京十一日發專電】財政部今日宣布。")).dateline, u("本報南京十一日發專電"));
        // (A time of day in the text is no dateline.)
        QVERIFY(!splitLeadingCredit(u("3月5日下午，记者在现场看到春耕开始了。")).found());
    }

    // A column rule OCR read as a glyph at the start of each line (| ¦ │, 丨 before a space) is no
    // text: the lines join without it. A markdown table row keeps its bars.
    void columnRuleGlyphsAreNoText()
    {
        const Page p = seg("# 老旧小区改造启动\n\n| 今年全市将改造老旧小区120个，\n| 惠及居民3万户。\n\n"
                           "丨 改造内容包括加装电梯、\n¦ 管网更新等。\n\n| 指标 | 数量 |\n");
        QCOMPARE(p.articles.size(), 1);
        const QStringList body = texts(p.articles[0]);
        QCOMPARE(body.value(0), u("今年全市将改造老旧小区120个，惠及居民3万户。"));
        QCOMPARE(body.value(1), u("改造内容包括加装电梯、管网更新等。"));
        QCOMPARE(body.value(2), u("指标 | 数量"));
        // 丨 glued to a character is the character (a name, a radical), not a rule.
        QVERIFY(texts(seg("# 字源\n\n丨字是一个部首，读作gǔn。\n").articles.value(0)).value(0).startsWith(u("丨字")));
    }

    // OCR repeats a paragraph where a column breaks it. A whole paragraph said twice with text
    // between is the writer's: a refrain opening and closing a piece, the disclaimer each of two
    // notices carries. Both copies stay.
    void wholeParagraphsSaidTwiceStay()
    {
        const Page p = seg(page({ "练兵场上看新变", "本报记者 钱晓虎", "“打仗需要什么就练什么。”这是该旅官兵挂在嘴边的一句话。",
                                  "训练场上，红蓝双方激烈对抗，蓝军频频设置“陷阱”。", "“打仗需要什么就练什么。”这是该旅官兵挂在嘴边的一句话。" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(texts(p.articles[0]).size(), 3);
        QVERIFY(p.warnings.filter(u("repeated")).isEmpty());
        const char *disclaimer = "本公司及董事会全体成员保证信息披露的内容真实、准确、完整，没有虚假记载、误导性陈述或重大遗漏。";
        const Page q = seg(page({ "微光股份关于股份解除质押的公告", disclaimer, "控股股东何平先生办理了1200万股解除质押手续。",
                                  "北汽蓝谷关于召开临时股东大会的通知", disclaimer, "公司定于11月22日召开临时股东大会。" }));
        QCOMPARE(q.articles.size(), 2);
        QCOMPARE(texts(q.articles[0]).value(0), u(disclaimer));
        QCOMPARE(texts(q.articles[1]).value(0), u(disclaimer));
        // (A copy right after its twin is still OCR's, and so is a broken one a line on.)
        const Page r = seg(page({ "# 标题", "全市今年新建公园二十座，市民休闲去处更多了。", "全市今年新建公园二十座，市民休闲去处更多了。", kBody }));
        QCOMPARE(texts(r.articles.value(0)).size(), 2);
    }

    // Jump notes as other presses set them: 續見A15版 closing the text, ◎接A1 and (文接A1) on a
    // line of their own, (文转A6) at the end, 接上版; and a note set over the headline of the piece
    // it continues (接A1 / headline) gives that piece the page, not a piece of its own.
    void jumpNotesOfOtherPresses()
    {
        Page p = seg("# 甲新闻\n\n正文说明情况，工程将于明年展开。（續見A15版）\n");
        QCOMPARE(p.articles.value(0).continuesTo, std::optional<int>(15));
        QCOMPARE(texts(p.articles.value(0)).value(0), u("正文说明情况，工程将于明年展开。"));
        p = seg("# 乙新闻\n\n◎接A1\n\n正文接着说明情况。\n\n（文转A6）\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].continuedFrom, std::optional<int>(1));
        QCOMPARE(p.articles[0].continuesTo, std::optional<int>(6));
        p = seg("（文接A1）\n\n正文接着说明情况，工程顺利。\n");
        QCOMPARE(p.articles.value(0).continuedFrom, std::optional<int>(1));
        QCOMPARE(p.articles.value(0).headline, QString());
        p = seg("接A1\n新界東北發展 首批居民遷出\n發展局表示，首批居民昨日遷出，工程將於明年展開。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("新界東北發展 首批居民遷出"));
        QCOMPARE(p.articles[0].continuedFrom, std::optional<int>(1));
        p = PageSegmenter().segment(u("接上版\n\n正文接着说明情况，工程顺利。\n"), PageHints { .page = 5 });
        QCOMPARE(p.articles.value(0).continuedFrom, std::optional<int>(4));
    }

    // A run of briefs, each a plain headline over one short paragraph, the first opened by its
    // credit: each headline opens a brief of its own. An article's subhead after a lead under its
    // own writers line, a numbered subhead, and a line the paragraph under it finishes
    // (白鹭洲新区经济发展局负责人表示 / ，新区将…) stay in the article.
    void runsOfBriefs()
    {
        Page p = seg(page({ "地铁二号线客流创新高", "本报讯（记者 李明）地铁二号线昨日客流达50万人次。", "地铁三号线开通试运营",
                            "三号线全长32公里，设车站24座，今天起开通试运营。" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[1].headline, u("地铁三号线开通试运营"));
        QCOMPARE(texts(p.articles[1]), QStringList { u("三号线全长32公里，设车站24座，今天起开通试运营。") });
        p = seg(page({ "國家主席會見外賓", "新華社北京四日電 國家主席習近平四日在人民大會堂會見新加坡總理黃循財。", "本澳十月旅客逾三百萬",
                       "統計暨普查局資料顯示，十月份入境旅客逾三百一十萬人次。" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[1].headline, u("本澳十月旅客逾三百萬"));
        p = seg(page({ "地铁二号线客流创新高", "本报讯（记者 李明）地铁二号线昨日客流达50万人次。", "一、运力持续提升",
                       "三号线全长32公里，设车站24座，今天起开通试运营。" }));
        QCOMPARE(p.articles.size(), 1);
        p = seg(page({ "地铁二号线客流创新高", "本报讯（记者 李明）地铁二号线昨日客流达50万人次。", "市交通局负责人表示",
                       "，新区将聚焦产业链关键环节，加快建设新线。" }));
        QCOMPARE(p.articles.size(), 1);
        p = seg(page({ "## 老街焕新记", "本报记者 王敏", "老街改造昨日启动。", "改造难在哪里", "老街的房子大多建于上世纪五六十年代，产权关系复杂。" }));
        QCOMPARE(p.articles.size(), 1);
    }

    // Digests of the foreign press run items under bold headlines that name a source and its
    // claim (**韩媒：…**): over a dated dispatch, such a line opens an item of its own.
    void boldClaimOverADispatch()
    {
        const Page p = seg(page({ "**中国新能源汽车出口保持增长**", "据德国《商报》网站11月4日报道，中国新能源汽车前三季度出口增长。",
                                  "**韩媒：韩国出生率现回升迹象**", "【韩联社首尔11月5日电】韩国9月新生儿数量同比增长10%。" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[1].headline, u("韩媒：韩国出生率现回升迹象"));
        QCOMPARE(p.articles[1].dateline, u("韩联社首尔11月5日电"));
        // (In an article, a bold source-and-claim subhead over its text stays a subhead.)
        const Page q = seg(page({ "# 多地出台措施稳就业", "本报记者 王敏", kBody, "**专家：稳岗政策要更精准**", "专家认为，政策应向中小企业倾斜。" }));
        QCOMPARE(q.articles.size(), 1);
    }

    // Pages saved from a paper's website as markdown: links keep their text, and a line of links
    // with little else (the site's menu, its share row, a logo linked home) is no text.
    void markdownLinksOfWebPages()
    {
        const Page p = seg("[![](logo.png)](https://news.example.com/)\n\n"
                           "[每日明報](https://news.example.com/pns/) | [要聞](https://news.example.com/pns/a) | [港聞](https://news.example.com/pns/b)\n\n"
                           "# 港股半日跌逾300點\n\n"
                           "**【明報專訊】**美國大選臨近，[恒生指數](https://news.example.com/tag/hsi)半日曾跌逾300點，市場觀望。\n\n"
                           "分享：[Facebook](https://facebook.com/share) [WhatsApp](https://wa.me/x)\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("港股半日跌逾300點"));
        QCOMPARE(texts(p.articles[0]), QStringList { u("美國大選臨近，恒生指數半日曾跌逾300點，市場觀望。") });
        // (Brackets that are no link stay: [编者按] (见下图).)
        QCOMPARE(texts(seg("# 标题\n\n[编者按] (见下图) 本报推出系列报道。\n").articles.value(0)).value(0), u("[编者按] (见下图) 本报推出系列报道。"));
    }

    // A box's label over the next item (【简讯】, ■简讯, 焦點, 追蹤) is that item's column: never a
    // 讯头, never a writer's signature under the item before it, never its follow-up subhead.
    void labelsBetweenItems()
    {
        const Page p = seg(page({ "# 市民关注垃圾分类", "本报讯（记者 周洁）市城管局昨日发布垃圾分类新规，将于下月起实施。", "【简讯】",
                                  "图书馆延长开放时间", "本报讯（记者 周洁）市图书馆自本月起延长开放时间至晚上九点。", "■简讯", "博物馆推出夜场",
                                  "本报讯 市博物馆本周末起推出夜场参观活动，市民可预约。" }));
        QCOMPARE(p.articles.size(), 3);
        QCOMPARE(p.articles[0].byline, u("本报讯（记者 周洁）"));
        QCOMPARE(p.articles[1].column, u("【简讯】"));
        QCOMPARE(p.articles[1].byline, u("本报讯（记者 周洁）"));
        QCOMPARE(p.articles[2].column, u("■简讯"));
        const Page q = seg(page({ "美大選倒數", "本報訊　美國總統大選將於台灣時間6日上午陸續開票。", "焦點", "長照3.0拍板　每年多砸百億",
                                  "本報訊　行政院昨拍板長照3.0計畫，每年預算增加百億元。", "追蹤", "颱風康芮災損統計出爐",
                                  "本報訊　農業部昨公布颱風康芮農業災損，累計逾十億元。" }));
        QCOMPARE(q.articles.size(), 3);
        QCOMPARE(q.articles[0].byline, u("本報訊"));
        QCOMPARE(q.articles[1].column, u("焦點"));
        QCOMPARE(q.articles[2].column, u("追蹤"));
        QCOMPARE(texts(q.articles[1]).size(), 1);
        // (A 讯头 is a paper's: 简讯 opens no text as one.)
        QVERIFY(!splitLeadingCredit(u("【简讯】图书馆延长开放时间。")).found());
        QCOMPARE(splitLeadingCredit(u("【大公報訊】港鐵公司昨日公布加價方案。")).byline, u("大公報訊"));
    }

    // A long line with a pause in it, cut by a picture whose credited caption stands under it, is
    // the text running round the picture — not the headline of a photo-news item.
    void textCutByAPictureIsNoPhotoNews()
    {
        const Page p = seg(page({ "# 西班牙洪灾死亡人数升至217人", "据法新社11月5日报道，西班牙东部瓦伦西亚地区洪灾死亡人数已升至217人。",
                                  "西班牙国家气象局提前发布了红色预警，但负责发送警报的地区部门直到12个小时后才启动",
                                  "11月4日，志愿者清理被洪水冲毁的街道。（法新社）", "手机警报系统。当地民众对此十分不满。" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(texts(p.articles[0]).value(1), u("西班牙国家气象局提前发布了红色预警，但负责发送警报的地区部门直到12个小时后才启动手机警报系统。当地民众对此十分不满。"));
        QCOMPARE(p.articles[0].captions.size(), 1);
        QCOMPARE(p.articles[0].captions[0].credit, u("法新社"));
    }

    // A letter's signature over another piece's continuation ((上接第一版)) is the letter's writer,
    // not the continuation's headline.
    void signatureOverAContinuation()
    {
        const Page p = seg(page({ "# 读者来信：希望多建社区食堂", "我们小区老人多，吃饭难是大问题，希望有关部门多建社区食堂。", "山东省济南市　王建国",
                                  "（上接第一版）", "会议要求，各地要抓好冬季安全生产，确保群众温暖过冬。" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].byline, u("山东省济南市　王建国"));
        QCOMPARE(p.articles[1].headline, QString());
        QCOMPARE(p.articles[1].continuedFrom, std::optional<int>(1));
    }

    // A page saved from a news site as plain text: its menu, share row, buttons and publishing
    // time are no text; a breadcrumb naming the day still dates the page; a table's rows of bars
    // stay.
    void webPageFurniture()
    {
        const Page p = seg("跳到主要内容\n联合早报 zaobao.com.sg\n即时 | 新加坡 | 中国 | 东南亚 | 国际 | 财经\n订阅  登录\n"
                           "早报电子版 › 2024年11月5日 › 新加坡 A4\n\n组屋转售价格第三季涨2.7%\n\n报道：黄顺杰\n发布 / 2024年11月5日 5:30 AM\n\n"
                           "建屋发展局昨天公布的最终数据显示，组屋转售价格指数第三季上涨2.7%。\n\n分享：Facebook  X  WhatsApp  Telegram\n\n"
                           "上一篇：樟宜机场客流恢复\n返回顶部\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("组屋转售价格第三季涨2.7%"));
        QCOMPARE(texts(p.articles[0]), QStringList { u("建屋发展局昨天公布的最终数据显示，组屋转售价格指数第三季上涨2.7%。") });
        QCOMPARE(p.date, QDate(2024, 11, 5));
        QVERIFY(isWebFurniture(u("首页 › 新闻 › 国际"), [] { return false; }));
        QVERIFY(!isWebFurniture(u("指数 | 收盘 | 涨跌 | 幅度"), [] { return true; }));
        QVERIFY(!isWebFurniture(u("分享经济：共享单车 | 共享充电宝 | 共享汽车 | 共享雨伞，都在改变城市生活。"), [] { return false; }));
    }

    // A short plain headline over a deck that gives a source and what it says (房屋局：…) is the
    // headline, and the deck its subheadline; over a longer plain headline it is still a label.
    void headlineOverASourcesClaim()
    {
        const Page p = seg("社屋申請下月開放\n房屋局：單身人士可報名\n\n本報訊　房屋局昨宣布，社屋申請下月開放，單身人士亦可報名。\n");
        QCOMPARE(p.articles.value(0).headline, u("社屋申請下月開放"));
        QCOMPARE(p.articles.value(0).subheadline, u("房屋局：單身人士可報名"));
        QCOMPARE(p.articles.value(0).column, QString());
        const Page q = seg("聚焦高质量发展\n青禾湖畔的绿色账本越记越厚\n\n本报讯 青禾湖畔的绿色账本越记越厚。\n");
        QCOMPARE(q.articles.value(0).column, u("聚焦高质量发展"));
    }

    // A feature's standfirst over its writers line, then its text: one article.
    void standfirstOverTheWritersLine()
    {
        const Page p = seg(page({ "## 竹纸深处有人家", "　　一张竹纸，从山上的嫩竹到案头的书页，要走过七十二道工序、大半年光阴。", "本报记者　周远航",
                                  "　　清明前后，毛竹刚抽出新枝，杨德顺就要上山“砍嫩”。", "　　一天下来，他要弯腰上千次。" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, u("本报记者　周远航"));
        QCOMPARE(texts(p.articles[0]).size(), 3);
        // (Text opening with a credit of its own under it is a brief of its own.)
        const Page q = seg(page({ "## 竹纸深处有人家", "一张竹纸，要走过七十二道工序。", "本报记者　周远航", "本报讯 市文化馆昨日举办竹纸展。" }));
        QCOMPARE(q.articles.size(), 2);
    }

    // Two signed commentaries read as one — writers under the headline, a subhead, other writers
    // closing it — are two pieces; the subhead is the second one's headline.
    void twoSignedPiecesUnderOneHeadline()
    {
        const Page p = seg(page({ "**别让打卡式考核累垮基层**", "□ 张晓岚", "　　一名社区干部的手机里装了11个政务App。", "　　减负要减到点子上。",
                                  "数字化转型不能只靠上云", "　　不少中小企业把买服务器当成数字化转型的全部。", "　　转型的关键在人。", "作者：李振宇" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].byline, u("□ 张晓岚"));
        QCOMPARE(texts(p.articles[0]).size(), 2);
        QCOMPARE(p.articles[1].headline, u("数字化转型不能只靠上云"));
        QCOMPARE(p.articles[1].byline, u("作者：李振宇"));
        QCOMPARE(texts(p.articles[1]).size(), 2);
        // (A feature in sections signed at both ends by the same writer stays one.)
        const Page q = seg(page({ "# 山里的课堂", "本报记者 王敏", "　　村小只有一个老师。", "　　孩子们却从不缺课。", "课堂之外",
                                  "　　放学后他还要家访。", "　　一走就是十几里山路。", "本报记者 王敏" }));
        QCOMPARE(q.articles.size(), 1);
    }

    // The paragraph a jump note cuts (…等方面 / （下转第6版）) is text, never a subhead, and so is an
    // indented line with a pause in it too long for a subhead.
    void paragraphCutByAJumpNote()
    {
        const Page p = seg("## 外贸企业加快开拓新兴市场\n\n　　本报讯（记者 王芳）今年前5个月，东湖高新区进出口额增长18.6%。\n\n"
                           "　　高新区相关负责人表示，下一步将在通关便利、出口信保、海外仓建设等方面\n\n（下转第6版）\n");
        QCOMPARE(texts(p.articles.value(0)), (QStringList { u("今年前5个月，东湖高新区进出口额增长18.6%。"),
                                                           u("高新区相关负责人表示，下一步将在通关便利、出口信保、海外仓建设等方面") }));
        QCOMPARE(p.articles.value(0).continuesTo, std::optional<int>(6));
        // (A subhead not indented, with a pause, stays one: 擘画蓝图、锚定航向,确保新时代社会工作行稳致远
        // in the sample pages, which tst_samplepages holds to.)
        const Page q = seg("# 标题\n\n　　甲篇正文内容比较长，讲述了事情的来龙去脉。\n\n擘画蓝图、锚定航向,确保新时代社会工作行稳致远\n\n"
                           "　　乙段正文继续说明情况，字数足够多。\n");
        QCOMPARE(texts(q.articles.value(0)).value(1), u("## 擘画蓝图、锚定航向,确保新时代社会工作行稳致远"));
    }

    // A 讯头 naming a place (新加坡讯, beside the writers or on its own line) is the dateline; one
    // naming the paper (本报讯, 大公報訊, 明報專訊) stays in the byline.
    void placeNewsTagIsTheDateline()
    {
        const Page p = seg("樟宜机场第五搭客大厦明年动工\n\n报道：林欣宜\n\n新加坡讯\n交通部代部长徐芳达昨天宣布，主体工程将在明年上半年动工。\n");
        QCOMPARE(p.articles.value(0).byline, u("报道：林欣宜"));
        QCOMPARE(p.articles.value(0).dateline, u("新加坡讯"));
        const Page q = seg("港鐵擬加價\n\n【大公報訊】記者黃山報道：港鐵公司昨日公布加價方案。\n\n觀塘火警\n\n【明報專訊】觀塘工廈昨日發生火警。\n");
        QCOMPARE(q.articles.value(0).byline, u("大公報訊 記者黃山報道"));
        QCOMPARE(q.articles.value(0).dateline, QString());
        QCOMPARE(q.articles.value(1).byline, u("明報專訊"));
    }

    // Malaysian papers sign a story under its jump note (（文转A6） / 报道：陈嘉欣): with the next
    // headline under it, that writers line is the jumping story's, not the next one's. A story that
    // names its writers already leaves the line to what follows.
    void writersUnderAJumpNote()
    {
        const Page p = seg(page({ "# 柴油补贴合理化见效", "（吉隆坡5日讯）首相安华说，柴油补贴合理化实施至今，走私案件已大幅减少。", "（文转A6）",
                                  "报道：陈嘉欣", "巴生河流域周末制水 35万户受影响", "（莎阿南5日讯）雪州水供公司宣布，周末将制水。", "报道：李文龙" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].byline, u("报道：陈嘉欣"));
        QCOMPARE(p.articles[0].continuesTo, std::optional<int>(6));
        QCOMPARE(p.articles[1].byline, u("报道：李文龙"));
    }

    // OCR that sets no blank lines and marks each paragraph by its indent: an indented line opens a
    // paragraph whatever the line above ended with (a pull quote's ——, a caption's 摄); an
    // unindented credited line between paragraphs is a caption; an indented line under the
    // headline is text, not the subheadline.
    void paragraphsMarkedOnlyByTheIndent()
    {
        const Page p = seg("## 成渝中线高铁建设提速\n"
                           "　　本报讯（记者 唐敏）昨日，成渝中线高铁首片箱梁架设成功，一片箱梁在资阳特大桥上精准落位。\n"
                           "架桥机在资阳特大桥上架设箱梁。　唐敏　摄\n"
                           "　　成渝中线高铁设计时速350公里，建成后成都至重庆最快50分钟可达。\n"
                           "　　——“纸是有脾气的，你急，它就烂给你看。”——\n"
                           "　　一天下来，他要弯腰上千次。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(texts(p.articles[0]), (QStringList { u("昨日，成渝中线高铁首片箱梁架设成功，一片箱梁在资阳特大桥上精准落位。"),
                                                      u("成渝中线高铁设计时速350公里，建成后成都至重庆最快50分钟可达。"),
                                                      u("——“纸是有脾气的，你急，它就烂给你看。”——"), u("一天下来，他要弯腰上千次。") }));
        QCOMPARE(p.articles[0].captions, (QList<Caption> { { u("架桥机在资阳特大桥上架设箱梁。"), u("唐敏　摄") } }));
        const Page q = seg("## 一双布鞋\n　　他的口头禅是“慢慢来”\n　　三十年里，他做了四千多双布鞋。\n　　每双鞋都要纳上千针。\n　　街坊们都说他的鞋最合脚。\n");
        QCOMPARE(q.articles.value(0).subheadline, QString());
        QCOMPARE(texts(q.articles.value(0)).size(), 4);
    }

    // The paper's voice set over a bold title (本报评论员 / **守住…**): the title is the headline,
    // with or without a blank line between.
    void writersOverABoldTitle()
    {
        for (const char *text : { "本报评论员\n**守住食品安全“最后一公里”**\n　　外卖平台上的“幽灵厨房”屡禁不止。\n",
                                  "本报评论员\n\n**守住食品安全“最后一公里”**\n\n　　外卖平台上的“幽灵厨房”屡禁不止。\n" }) {
            const Page p = seg(text);
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(p.articles[0].headline, u("守住食品安全“最后一公里”"));
            QCOMPARE(p.articles[0].byline, u("本报评论员"));
            QCOMPARE(texts(p.articles[0]), QStringList { u("外卖平台上的“幽灵厨房”屡禁不止。") });
        }
    }
};

QTEST_GUILESS_MAIN(TestPageSources)
#include "tst_pagesources.moc"
