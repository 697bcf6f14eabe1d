// Page styles the samples do not show (indented paragraphs, 短讯 briefs, Taiwan credits, literary
// pages, notices, front-page teasers), each rule on a minimal page written for the test.
#include "segmentertestsupport.h"

#include <QTest>

using namespace broadsheet;
using namespace broadsheet::testing;

class TestPageStyles : public QObject {
    Q_OBJECT
private slots:
    // A 短讯 column of briefs whose bold heads run into their text: each brief is an article;
    // a long line of clauses is prose however it ends; a bracketed staff line closes the page.
    void briefsWithRunInHeads()
    {
        const Page p = seg("## 小巨人企业成长记\n\n本报记者 赵　亮\n\n车间里，机器人手臂正有序作业。\n\n"
                           "近年来，常州市大力培育专精特新企业，截至今年6月，全市已有国家级专精特新“小巨人”企业\n"
                           "82家，省级专精特新中小企业\n500余家。\n\n■记者手记\n\n走访中记者发现，这些企业普遍重视研发投入。\n\n"
                           "**短讯**\n\n**全国首个数字农业标准发布**  本报北京9月4日讯 （记者 周静）全国首个数字农业团体标准4日在京发布。\n\n"
                           "**新能源汽车下乡活动启动**  本报讯 新能源汽车下乡活动日前在山东启动。\n\n"
                           "**一是**加强统筹，形成合力。\n\n（本版编辑 孙宇）\n");
        QCOMPARE(p.articles.size(), 3);
        QCOMPARE(p.articles[0].byline, u("本报记者 赵　亮"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("车间里，机器人手臂正有序作业。"),
                                                      u("近年来，常州市大力培育专精特新企业，截至今年6月，全市已有国家级专精特新“小巨人”企业82家，省级专精特新中小企业500余家。"),
                                                      u("## ■记者手记"), u("走访中记者发现，这些企业普遍重视研发投入。") }));
        QCOMPARE(p.articles[1].column, u("短讯"));
        QCOMPARE(p.articles[1].headline, u("全国首个数字农业标准发布"));
        QCOMPARE(p.articles[1].dateline, u("本报北京9月4日讯"));
        QCOMPARE(p.articles[1].byline, u("记者 周静"));
        QCOMPARE(texts(p.articles[1]), QStringList { u("全国首个数字农业团体标准4日在京发布。") });
        QCOMPARE(p.articles[2].headline, u("新能源汽车下乡活动启动"));
        QCOMPARE(p.articles[2].byline, u("本报讯"));
        // A bold lead-in without a dateline after it stays in the text.
        QCOMPARE(texts(p.articles[2]), (QStringList { u("新能源汽车下乡活动日前在山东启动。"), u("一是加强统筹，形成合力。") }));
        QVERIFY(p.warnings.join(QLatin1Char(' ')).contains(u("（本版编辑 孙宇）")));
    }

    // Taiwan and Hong Kong conventions: the section page in the folio (A6), bylines and wire
    // datelines in lenticular brackets (【記者…／台北報導】, 〔中央社台北1日電〕 with the day only),
    // photo credits as 記者…／攝影.
    void bracketedCreditsAndSectionPages()
    {
        const Page p = seg("聯合報 2021年3月2日 星期二 A6 綜合\n\n疫苗到貨 首批醫護下月開打\n指揮中心：優先施打第一線人員\n\n"
                           "【記者陳宏宇／台北報導】中央流行疫情指揮中心昨天宣布，首批疫苗已運抵台灣。\n\n"
                           "指揮官表示，疫苗須經檢驗封緘，約需兩周時間。\n\n圖／首批疫苗昨運抵桃園機場。 記者林俊良／攝影\n\n"
                           "觀光業盼紓困延長\n〔中央社台北1日電〕交通部觀光局今天表示，將研議延長紓困方案。\n\n"
                           "觀光局指出，已有超過3000家旅行社申請補助。\n");
        QCOMPARE(p.page, std::optional<int>(6));
        QCOMPARE(p.date, QDate(2021, 3, 2));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].headline, u("疫苗到貨 首批醫護下月開打"));
        QCOMPARE(p.articles[0].subheadline, u("指揮中心：優先施打第一線人員"));
        QCOMPARE(p.articles[0].byline, u("記者陳宏宇／台北報導"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("中央流行疫情指揮中心昨天宣布，首批疫苗已運抵台灣。"),
                                                      u("指揮官表示，疫苗須經檢驗封緘，約需兩周時間。") }));
        QCOMPARE(p.articles[0].captions.size(), 1);
        QCOMPARE(p.articles[0].captions[0].credit, u("記者林俊良／攝影"));
        QCOMPARE(p.articles[1].headline, u("觀光業盼紓困延長"));
        QCOMPARE(p.articles[1].dateline, u("中央社台北1日電"));
        QCOMPARE(texts(p.articles[1]).size(), 2);
        // A bracketed phrase that names no writer or dateline stays in the text.
        const Page q = seg("## 標題\n\n【新聞背景】觀光局指出，已有超過3000家旅行社申請補助。\n");
        QCOMPARE(q.articles[0].byline, QString());
        QCOMPARE(texts(q.articles[0]), QStringList { u("【新聞背景】觀光局指出，已有超過3000家旅行社申請補助。") });
    }

    // The paper's voice set above the headline of a commentary: the line under it is the
    // headline, not the start of the first paragraph.
    void writersAboveTheHeadline()
    {
        const Page p = seg("光明日报 2020年5月20日 第2版\n\n本报评论员\n\n以更大力度稳就业保民生\n\n"
                           "就业是最大的民生。各地区各部门要把稳就业摆在更加突出的位置。\n\n要落实落细就业优先政策。\n\n"
                           "今日谈\n\n让“地摊经济”规范有序\n\n李 明\n\n近来，不少城市放开“地摊经济”。\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].headline, u("以更大力度稳就业保民生"));
        QCOMPARE(p.articles[0].byline, u("本报评论员"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("就业是最大的民生。各地区各部门要把稳就业摆在更加突出的位置。"),
                                                      u("要落实落细就业优先政策。") }));
        QCOMPARE(p.articles[1].column, u("今日谈"));
        QCOMPARE(p.articles[1].headline, u("让“地摊经济”规范有序"));
        QCOMPARE(p.articles[1].byline, u("李 明"));
    }

    // A literary page: the author behind a mark (□ 王小波, ◎ 李 红) is the byline, and a poem's
    // lines stay lines, neither a headline stack nor one joined paragraph; prose still joins.
    void literaryPageWithVerse()
    {
        const Page p = seg("## 故乡的秋天\n\n□ 王小波\n\n秋天到了，故乡的稻田一片金黄。\n\n如今父亲老了，稻田也少了。\n\n"
                           "## 秋夜（外一首）\n\n◎ 李 红\n\n月光落在窗台\n像一封没有拆开的信\n风从远方来\n带着桂花的香气\n\n"
                           "虫鸣是夜的低语\n我在灯下读你\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].byline, u("□ 王小波"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("秋天到了，故乡的稻田一片金黄。"), u("如今父亲老了，稻田也少了。") }));
        QCOMPARE(p.articles[1].headline, u("秋夜（外一首）"));
        QCOMPARE(p.articles[1].byline, u("◎ 李 红"));
        QCOMPARE(texts(p.articles[1]), (QStringList { u("月光落在窗台"), u("像一封没有拆开的信"), u("风从远方来"),
                                                      u("带着桂花的香气"), u("虫鸣是夜的低语"), u("我在灯下读你") }));
        // Lines of one width under a byline are a column's wrapped prose: joined.
        const Page q = seg("## 标题\n\n□ 王小波\n\n秋天到了故乡的稻田\n一片金黄小时候我最\n喜欢跟着父亲去田里\n割稻子父亲弯着腰。\n");
        QCOMPARE(texts(q.articles[0]), QStringList { u("秋天到了故乡的稻田一片金黄小时候我最喜欢跟着父亲去田里割稻子父亲弯着腰。") });
    }

    // A notice: its form line (联系人…电话…) is no subhead and its signature (issuer over the date)
    // closes it as two lines, not a new article; a date alone over the page is the page's date.
    void noticeWithSignature()
    {
        const Page p = seg("2023年11月3日\n\n## 中超联赛：海港主场3∶1胜国安\n\n本报讯（记者 陈刚）昨晚，海港队主场以3∶1获胜。\n\n"
                           "## 公告\n\n经股东会决议，本公司拟减少注册资本。请债权人45日内申报债权。\n\n特此公告。\n\n"
                           "联系人：王先生　电话：0571-88888888\n\n杭州某某科技有限公司\n2023年11月2日\n");
        QCOMPARE(p.date, QDate(2023, 11, 3));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].kicker, QString());
        QCOMPARE(p.articles[0].headline, u("中超联赛：海港主场3∶1胜国安"));
        QCOMPARE(p.articles[1].headline, u("公告"));
        QCOMPARE(texts(p.articles[1]), (QStringList { u("经股东会决议，本公司拟减少注册资本。请债权人45日内申报债权。"), u("特此公告。"),
                                                      u("联系人：王先生　电话：0571-88888888"), u("杭州某某科技有限公司"),
                                                      u("2023年11月2日") }));
    }

    // A front page's teasers (▶ … 详见第3版) are lines of the 导读 box: no kicker of the next
    // article, no jump of the article above, not joined together.
    void teasersPointingElsewhere()
    {
        const Page p = seg("# 全省经济运行稳中向好\n\n本报讯 记者张三报道 前三季度全省生产总值增长6.1%。\n\n"
                           "工业生产稳步回升。（下转2版）\n\n**今日导读**\n\n▶ 乡村振兴看这里 详见第3版\n\n"
                           "▶ 秋季运动会开幕 详见第8版\n\n## 新能源汽车产销两旺\n\n本报讯 记者李四报道 产量同比增长45%。\n");
        QCOMPARE(p.articles.size(), 3);
        QCOMPARE(p.articles[0].continuesTo, std::optional<int>(2));
        QCOMPARE(p.articles[1].headline, u("今日导读"));
        QCOMPARE(p.articles[1].continuesTo, std::optional<int>());
        QCOMPARE(texts(p.articles[1]), (QStringList { u("▶ 乡村振兴看这里 详见第3版"), u("▶ 秋季运动会开幕 详见第8版") }));
        QCOMPARE(p.articles[2].kicker, QString());
        QCOMPARE(p.articles[2].headline, u("新能源汽车产销两旺"));
    }

    // The page number printed at the foot (- 3 -) is the page's number, not text; bullet
    // subheads stay subheads.
    void pageNumberAtTheFoot()
    {
        const Page p = seg("## 夏粮收购进度过半\n\n本报讯 记者张三报道 全省夏粮收购进度已过半。\n\n● 价格总体平稳\n\n"
                           "小麦收购价格每斤1.3元左右。\n\n- 3 -\n");
        QCOMPARE(p.page, std::optional<int>(3));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("全省夏粮收购进度已过半。"), u("## ● 价格总体平稳"),
                                                      u("小麦收购价格每斤1.3元左右。") }));
        QCOMPARE(seg("## 标题\n\n本报讯 今天开会。\n\n—12—\n").page, std::optional<int>(12));
        // A number alone without the dashes is left where it is.
        QCOMPARE(texts(seg("## 标题\n\n本报讯 今天开会。\n\n3\n").articles[0]).last(), u("3"));
    }

    // A plain headline whose picture caption stands between it and its lead opens an article;
    // a piece of a sentence in the same place does not.
    void captionBetweenHeadlineAndLead()
    {
        const Page p = seg("## 党员队伍结构持续优化\n\n新华社北京6月30日电 截至2023年底，党员总数增长。\n\n"
                           "白鹭洲新区便民生活圈扩容提质\n\n芦荻社区邻里中心内，居民在社区食堂就餐。\n\n"
                           "本报讯 记者彭远 早上在家门口的社区食堂吃早餐。\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[1].headline, u("白鹭洲新区便民生活圈扩容提质"));
        QCOMPARE(p.articles[1].byline, u("本报讯 记者彭远"));
        QCOMPARE(p.articles[1].captions.size(), 1);
        QCOMPARE(p.articles[1].captions[0].text, u("芦荻社区邻里中心内，居民在社区食堂就餐。"));
        QCOMPARE(texts(p.articles[1]), QStringList { u("早上在家门口的社区食堂吃早餐。") });
        const Page q = seg("## 党员队伍结构持续优化\n\n新华社北京6月30日电 截至2023年底，党员总数增长。\n\n"
                           "为保障春耕生产顺利开展，县农业农村局组织12支农技服务\n\n小分队深入田间地头。\n\n"
                           "本报讯 记者彭远 早上在家门口的社区食堂吃早餐。\n");
        QCOMPARE(q.articles.first().headline, u("党员队伍结构持续优化"));
        for (const Article &a : q.articles)
            QVERIFY(a.headline != u("为保障春耕生产顺利开展，县农业农村局组织12支农技服务"));
    }

    // Pages that indent their paragraphs (　　) and keep the column's line breaks: an unindented
    // line under an unfinished indented one goes on with it, even where the first part alone
    // would pass for a subhead; a two-character name padded to three (王  浩) is a name.
    void indentedParagraphsAndPaddedNames()
    {
        const Page p = seg("以高质量发展促进共同富裕\n——访国家发展改革委负责同志\n\n本报记者  王  浩  刘  毅\n\n"
                           "　　近日，记者就推动高质量发展等问题，采访了有关负责同志。\n"
                           "　　问：当前推动高质量发展面临哪些新\n形势？\n"
                           "　　答：我国经济已由高速增长阶段转向高质量发展阶段。\n"
                           "　　问：下一步有哪些举措？\n"
                           "　　答：我们将持续发力，确保各项政策落地见效。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("以高质量发展促进共同富裕"));
        QCOMPARE(p.articles[0].subheadline, u("——访国家发展改革委负责同志"));
        QCOMPARE(p.articles[0].byline, u("本报记者  王  浩  刘  毅"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("近日，记者就推动高质量发展等问题，采访了有关负责同志。"),
                                                      u("问：当前推动高质量发展面临哪些新形势？"),
                                                      u("答：我国经济已由高速增长阶段转向高质量发展阶段。"),
                                                      u("问：下一步有哪些举措？"), u("答：我们将持续发力，确保各项政策落地见效。") }));
        for (const Block &b : p.articles[0].blocks)
            QCOMPARE(b.kind, Block::Kind::Paragraph);
    }
};

QTEST_GUILESS_MAIN(TestPageStyles)
#include "tst_pagestyles.moc"
