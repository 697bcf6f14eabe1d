// Credits, headlines, folios and labels of specialised and overseas pages (法治, 副刊, 读书, 专访;
// Hong Kong, Taiwan, Malaysian and digest papers; busy front and evening pages), from the fourth
// session's reviews; their boxes and OCR layouts are in tst_pageboxes. Each rule is shown on a
// minimal page written for it.
#include "segmentertestsupport.h"

#include "core/credits.h"
#include "core/jumpline.h"
#include "core/pagedate.h"

#include <QTest>

using namespace broadsheet;
using namespace broadsheet::testing;

class TestPageFeatures : public QObject {
    Q_OBJECT
private slots:
    // Text and pictures by one hand (文·图, 图/文, 文/摄, a name before its roles), and any credit
    // behind a mark (□ 江城市中级人民法院 吴静), are the byline under the headline, not a headline,
    // a caption, or the first words of the text.
    void combinedAndMarkedCredits()
    {
        for (const char *byline : { "文·图　王芳", "图/文 王芳", "文/摄 陈默", "王芳 文/图", "□ 文·图 李青", "□ 江城市中级人民法院 吴静", "图·文 王芳" }) {
            const Page p = seg(page({ "## 去茶山看春天", byline, kBody, "第二段正文也有不少内容，写了茶农的故事。" }));
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(p.articles[0].headline, u("去茶山看春天"));
            QCOMPARE(p.articles[0].byline, u(byline));
            QCOMPARE(p.articles[0].captions, QList<Caption>());
            QCOMPARE(texts(p.articles[0]), (QStringList { u(kBody), u("第二段正文也有不少内容，写了茶农的故事。") }));
        }
        // A picture's credit 图/记者 X 摄 stays a credit.
        QVERIFY(isCreditLine(u("图／记者王英豪摄")));
        QVERIFY(isCreditLine(u("图：美联社")));
        // A mark before a line of text does not make it a byline.
        QCOMPARE(standaloneByline(u("■ 李强会见新加坡总理")), QString());
    }

    // A closing note naming the body that sent the piece in is its byline, not a subhead.
    void suppliedByClosings()
    {
        for (const char *closing : { "（江城市司法局 供稿）", "（江城市司法局供稿）", "(来源：江城市司法局)", "（来源：市卫健委）" }) {
            const Page p = seg(page({ "## 邻居家摄像头正对我家门口，合法吗？", "问：摄像头正对我家大门，请问合法吗？", "答：根据民法典规定，自然人享有隐私权。", closing }));
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(texts(p.articles[0]).size(), 2);
            QVERIFY2(p.articles[0].byline.contains(u("江城市司法局")) || p.articles[0].byline.contains(u("市卫健委")), qPrintable(p.articles[0].byline));
        }
    }

    // Series named for a class, a mailbox or a clinic (普法小课堂, 律师信箱, 健康门诊) are columns.
    void seriesLabels()
    {
        for (const char *label : { "普法小课堂", "健康课堂", "律师信箱", "专家门诊", "以案说法" }) {
            const Page p = seg(page({ label, "## 春季过敏高发 如何科学应对", "本报记者 孙悦", kBody }));
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(p.articles[0].column, u(label));
            QCOMPARE(p.articles[0].kicker, QString());
        }
    }

    // OCR runs the page's staff strip into the folio line: the line is still the folio.
    void staffOnTheFolioLine()
    {
        for (const char *folio : { "江城日报　2024年6月12日　星期三　第8版　法治　责任编辑：吴昊", "江城日报　2024年6月12日　星期三　第8版　编辑：吴昊　校对：李丽",
                                   "江城日报 2024年6月12日 星期三 第8版 法治 责任编辑 吴 昊" }) {
            const std::optional<FolioLine> f = parseFolioLine(u(folio));
            QVERIFY2(f.has_value(), folio);
            QCOMPARE(f->date, QDate(2024, 6, 12));
            QCOMPARE(f->page, 8);
            QCOMPARE(f->paper, u("江城日报"));
            const Page p = seg(page({ folio, "## 网购大衣被拒退货 法院判了", "本报讯（记者 周婷）近日，江南区人民法院审结一起网络购物合同纠纷案。" }));
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(p.articles[0].kicker, QString());
            QCOMPARE(p.page, 8);
        }
        // Prose with a role in it is no folio.
        QVERIFY(!parseFolioLine(u("2024年6月12日，责任编辑吴昊在会上介绍了本版的改版情况和读者反馈意见")).has_value());
    }

    // A lead (导语) set in bold is the article's first paragraph: prose of several sentences is
    // never a headline or a subheadline, whatever its markup.
    void boldLeads()
    {
        const char *lead = "**从短视频里的“国潮”剪纸，到周末爆满的漆扇体验课，非遗正走进年轻人的生活。非遗如何传承创新？日前，记者专访了何晓梅。**";
        const char *leadText = "从短视频里的“国潮”剪纸，到周末爆满的漆扇体验课，非遗正走进年轻人的生活。非遗如何传承创新？日前，记者专访了何晓梅。";
        const Page p = seg(page({ "## 让非遗在年轻人手中“活”起来", "### ——访江城市非物质文化遗产保护中心主任何晓梅", "本报记者 郑彦", lead, "**人物简介**",
                                  "何晓梅，1969年生，江城人，研究馆员。", "记者：“非遗热”持续升温，您怎么看？" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, u("本报记者 郑彦"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u(leadText), u("## 人物简介"), u("何晓梅，1969年生，江城人，研究馆员。"), u("记者：“非遗热”持续升温，您怎么看？") }));
        const Page q = seg(page({ "## 让非遗在年轻人手中“活”起来", lead, "记者：“非遗热”持续升温，您怎么看？" }));
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(q.articles[0].subheadline, QString());
        QCOMPARE(texts(q.articles[0]).first(), u(leadText));
        // A bold question headline of one sentence is still a headline.
        const Page r = seg(page({ "**邻居家摄像头正对我家门口，合法吗？**", "本报记者 孙悦", kBody }));
        QCOMPARE(r.articles.size(), 1);
        QCOMPARE(r.articles[0].headline, u("邻居家摄像头正对我家门口，合法吗？"));
    }

    // Malaysian, Singapore and Taiwan papers name their credits with a colon (报道：, 记者：, 摄影：),
    // open with a dated 讯头 or an agency in brackets ((吉隆坡11日讯), 〔中央社〕, （法新社）), and
    // credit a caption (摄影：X) or Hong Kong's (中大圖片) the same way.
    void creditsWithColonsAndBrackets()
    {
        const Page p = seg("## 华小一年级新生人数连续三年下滑\n\n报道：黄慧玲\n摄影：李国强\n\n（吉隆坡11日讯）董总今日发布的统计显示，今年新生人数减少约2800人。\n\n"
                           "董总主席（左二）在记者会上公布统计数据。（摄影：李国强）\n\n他也说，董总将在下个月召开交流会。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, u("报道：黄慧玲 摄影：李国强"));
        QCOMPARE(p.articles[0].dateline, u("吉隆坡11日讯"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("董总今日发布的统计显示，今年新生人数减少约2800人。"), u("他也说，董总将在下个月召开交流会。") }));
        QCOMPARE(p.articles[0].captions, (QList<Caption> { { u("董总主席（左二）在记者会上公布统计数据。"), u("摄影：李国强") } }));

        const Page q = seg(page({ "## 华小新生人数连续三年下滑", "记者：黄慧玲", kBody }));
        QCOMPARE(q.articles[0].byline, u("记者：黄慧玲"));
        QCOMPARE(texts(q.articles[0]), QStringList { u(kBody) });
        // An interview's turn is no credit.
        QCOMPARE(standaloneByline(u("记者：您怎么看？")), QString());

        const Page r = seg(page({ "## 颱風山陀兒減弱", "〔中央社〕中度颱風山陀兒昨天減弱為輕度颱風。", "## 以色列宣布停火", "（法新社）以色列總理辦公室昨天宣布停火。",
                                  "## 另一条消息", "（图为会场）与会代表昨天听取了报告。" }));
        QCOMPARE(r.articles.size(), 3);
        QCOMPARE(r.articles[0].byline, u("中央社"));
        QCOMPARE(texts(r.articles[0]), QStringList { u("中度颱風山陀兒昨天減弱為輕度颱風。") });
        QCOMPARE(r.articles[1].byline, u("法新社"));
        QCOMPARE(r.articles[2].byline, QString());
        QCOMPARE(texts(r.articles[2]), QStringList { u("（图为会场）与会代表昨天听取了报告。") });

        QCOMPARE(splitCaptionCredit(u("▲研究團隊昨日公布調查結果。（中大圖片）")).credit, u("中大圖片"));
        QCOMPARE(splitCaptionCredit(u("市民在港鐵車廂內使用手機。（網上圖片）")).credit, u("網上圖片"));
        QCOMPARE(splitCaptionCredit(u("江城长江大桥主桥顺利合龙。（无人机照片）")).credit, QString());
    }

    // Evening and metro papers run briefs one after another: each 本报讯 (bold or plain) opens an
    // item of its own, closed by its writer; dispatches with a dated dateline under one headline
    // stay one package.
    void briefsOpenedByTheirTag()
    {
        for (const char *tag : { "**本报讯**", "本报讯" }) {
            const QByteArray second = QByteArray(tag) + " 昨日上午，南湖公园郁金香花展开幕，12万株郁金香竞相绽放。（记者 周丹）";
            const QByteArray third = QByteArray(tag) + " 昨天下午，家住桂花巷的王奶奶外出迷路，民警帮她安全回家。";
            const Page p = seg(page({ "## 地铁5号线今起加密班次", "本报讯（记者 陈晓）自今日起，地铁5号线早高峰行车间隔缩短至3分30秒。", second.constData(),
                                      third.constData(), "## 12条公交线路调整走向", "本报讯 因城北快速路施工需要，12条公交线路将临时调整走向。" }));
            QCOMPARE(p.articles.size(), 4);
            QCOMPARE(p.articles[0].byline, u("本报讯（记者 陈晓）"));
            QCOMPARE(texts(p.articles[0]), QStringList { u("自今日起，地铁5号线早高峰行车间隔缩短至3分30秒。") });
            QCOMPARE(p.articles[1].headline, QString());
            QCOMPARE(p.articles[1].byline, u("本报讯 记者 周丹"));
            QCOMPARE(texts(p.articles[1]), QStringList { u("昨日上午，南湖公园郁金香花展开幕，12万株郁金香竞相绽放。") });
            QCOMPARE(p.articles[2].byline, u("本报讯"));
            QCOMPARE(p.articles[3].headline, u("12条公交线路调整走向"));
        }
        // Two dated dispatches under one headline stay one article.
        const Page q = seg(page({ "## 李强分别会见外国领导人", "新华社上海11月4日电（记者许可）国务院总理李强4日会见哈萨克斯坦总理。", "双方表示将深化合作。",
                                  "新华社上海11月4日电（记者许可）国务院总理李强4日会见乌兹别克斯坦总理。" }));
        QCOMPARE(q.articles.size(), 1);
        // Nor does 本报讯 inside a sentence open anything.
        QVERIFY(!startsWithNewsTag(u("本报讯息来源广泛")));
        QVERIFY(startsWithNewsTag(u("【本報訊】昨日")));
    }

    // A box of briefs whose bold heads run into their text (**全省植树造林过半** 记者从…获悉，…):
    // each head is a headline of its own, the box's label the first one's column.
    void runInBriefHeads()
    {
        const Page p = seg(page({ "## 稳中求进 以进促稳", "本报评论员", "稳增长，说到底要靠企业。要让企业家专心经营、放心投资。", "**要闻简报**",
                                  "**全省春季植树造林完成过半** 记者从省林业局获悉，全省已完成春季植树造林48.6万亩。（记者 苗青）",
                                  "**澄州至安陵高铁全线铺轨贯通** 4月16日上午，澄州至安陵高铁实现全线铺轨贯通。",
                                  "**我省新增3个国家级农业产业强镇** 近日，农业农村部公布新一批名单，我省3镇入选。" }));
        QCOMPARE(p.articles.size(), 4);
        QCOMPARE(p.articles[0].byline, u("本报评论员"));
        QCOMPARE(p.articles[1].column, u("要闻简报"));
        QCOMPARE(p.articles[1].headline, u("全省春季植树造林完成过半"));
        QCOMPARE(p.articles[1].byline, u("记者 苗青"));
        QCOMPARE(p.articles[2].headline, u("澄州至安陵高铁全线铺轨贯通"));
        QCOMPARE(texts(p.articles[2]), QStringList { u("4月16日上午，澄州至安陵高铁实现全线铺轨贯通。") });
        QCOMPARE(p.articles[3].headline, u("我省新增3个国家级农业产业强镇"));
        // A bold lead-in of an in-article point stays in its paragraph.
        const Page q = seg(page({ "## 标题在这里写着", kBody, "**强化组织领导** 各地要把这项工作摆上重要议事日程。" }));
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(texts(q.articles[0]).last(), u("强化组织领导 各地要把这项工作摆上重要议事日程。"));
    }

    // "Source: claim" (市统计局：一季度居民收入增长6%) after finished text is the next story's
    // headline when set as large as the article's own, or when a report's opening follows it; an
    // in-article lead-in (破题：…) stays a subhead.
    void sourceAndClaimHeadlines()
    {
        for (const char *mark : { "## ", "" }) {
            const QByteArray claim = QByteArray(mark) + "市统计局：一季度居民收入增长6%";
            const Page p = seg(page({ "## 滨江路夜市下月开市", "本报讯 滨江路夜市将于下月起开市，市城管局表示会增加保洁人手。", claim.constData(),
                                      "4月18日，市统计局发布数据显示，一季度全市居民人均可支配收入同比增长6%。" }));
            QCOMPARE(p.articles.size(), 2);
            QCOMPARE(p.articles[1].headline, u("市统计局：一季度居民收入增长6%"));
        }
        const Page t = seg(page({ "觀塘海濱長廊延長開放", "【本報訊】觀塘海濱長廊將於下月起延長開放時間至午夜。", "中大研究：港人睡眠時間十年減半小時",
                                  "香港中文大學醫學院昨日發表一項追蹤研究，發現港人睡眠時間減少約半小時。" }));
        QCOMPARE(t.articles.size(), 2);
        QCOMPARE(t.articles[1].headline, u("中大研究：港人睡眠時間十年減半小時"));
        const Page q = seg(page({ "# 老街焕新记", "本报记者 王敏", kBody, "### 破题：如何让老街活起来", "近日，街道请来规划团队，和居民一起商量改造方案。" }));
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(texts(q.articles[0]).at(1), u("## 破题：如何让老街活起来"));
    }

    // A question on its own line over a headline with its byline is the kicker, not an article.
    void questionKickers()
    {
        const Page p = seg(page({ "槟州水供再涨价？", "水务局：今年内不调整水费", "本报讯 槟州供水机构今日澄清，网上流传的说法并不属实。" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].kicker, u("槟州水供再涨价？"));
        QCOMPARE(p.articles[0].headline, u("水务局：今年内不调整水费"));
        QCOMPARE(p.articles[0].column, QString());
        // A question headline over its "——" subheadline stays the headline.
        const Page q = seg(page({ "## 谁来守护老人的“钱袋子”？", "### ——访市老龄办主任王明", "本报记者 孙悦", kBody }));
        QCOMPARE(q.articles[0].headline, u("谁来守护老人的“钱袋子”？"));
        QCOMPARE(q.articles[0].subheadline, u("——访市老龄办主任王明"));
        QCOMPARE(q.articles[0].kicker, QString());
    }

    // 接下頁 and 承上頁 name no page: the next or previous of the page's own number.
    void nextAndPreviousPageNotes()
    {
        const Page p = seg(page({ "A2　焦點新聞", "北市老宅都更新制上路", "記者陳宏志／台北報導", "台北市政府昨天宣布，老舊建築物加速重建專案將上路。",
                                  "都發局回應，申請案須提出交通影響評估。", "（接下頁）", "颱風山陀兒減弱　國內航線今恢復", "記者王小明／台北報導",
                                  "交通部民航局表示，國內航線今天起陸續恢復。（續下頁）" }));
        QCOMPARE(p.page, 2);
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].continuesTo, 3);
        QCOMPARE(p.articles[0].column, QString());
        QCOMPARE(p.articles[1].continuesTo, 3);
        QCOMPARE(texts(p.articles[1]), QStringList { u("交通部民航局表示，國內航線今天起陸續恢復。") });
        const Page q = seg(page({ "（承上頁）", "市府表示，新制上路後將持續檢討。" }));
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(q.articles[0].continuedFrom, std::optional<int>()); // the page's number unknown
        QCOMPARE(resolveJumpPage(kPreviousPage, 5), 4);
        QCOMPARE(resolveJumpPage(kPreviousPage, 1), std::optional<int>());
        QCOMPARE(resolveJumpPage(7, std::nullopt), 7);
        QVERIFY(!parseJumpLine(u("接下来的一页")).has_value());
    }

    // The masthead's other lines: the lunar date, 今日8版 with the page, a section's letter and
    // number beside any short name (A07 城事), the staff strip with the desk's telephone; Taiwan's
    // folio with the ROC year in Chinese numerals; the page number between wide spaces.
    void mastheadLines()
    {
        const Page p = seg("澄江日报\n2025年4月17日 星期四\n农历乙巳年三月二十\n今日8版  第1版\n\n一季度全省经济运行实现“开门稳”\n\n# 新动能加快成长\n\n"
                           "本报讯（记者 罗嘉宁）4月16日，省统计局发布一季度全省经济运行情况。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.page, 1);
        QCOMPARE(p.articles[0].kicker, u("一季度全省经济运行实现“开门稳”"));
        QCOMPARE(p.articles[0].headline, u("新动能加快成长"));
        const Page q = seg("澄江晚报\n2025年4月16日 星期三\nA07 城事\n编辑 许薇  美编 钱乐  校对 陈红  新闻热线 96811\n\n## 地铁5号线今起加密班次\n\n"
                           "本报讯（记者 陈晓）自今日起，地铁5号线早高峰行车间隔缩短。\n");
        QCOMPARE(q.page, 7);
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(q.articles[0].kicker, QString());
        QCOMPARE(q.articles[0].headline, u("地铁5号线今起加密班次"));

        const std::optional<FolioLine> roc = parseFolioLine(u("自由時報　中華民國一一三年十月十五日　星期二　A2　焦點新聞"));
        QVERIFY(roc.has_value());
        QCOMPARE(roc->date, QDate(2024, 10, 15));
        QCOMPARE(roc->page, 2);
        QCOMPARE(parseFolioLine(u("中央日報　中華民國七十五年十月十日　星期五　第二版"))->date, QDate(1986, 10, 10));
        const std::optional<FolioLine> spaced = parseFolioLine(u("国内　　6　　星洲日报·2024年3月12日·星期二"));
        QVERIFY(spaced.has_value());
        QCOMPARE(spaced->page, 6);
        QCOMPARE(spaced->paper, u("星洲日报"));
        // Prose about the lunar calendar is no masthead line.
        QVERIFY(!parseFolioLine(u("农历三月二十是当地的传统节日")).has_value());
    }

    // A label over a series of short pieces signed at their end (短评·一线观察, 要闻简报) labels
    // every piece of it; news stories opening with their writers or a dateline are no series.
    void seriesUnderOneLabel()
    {
        const Page p = seg(page({ "**短评·一线观察**", "### 春耕农资要“保供”更要“保真”", "春耕时节，农资需求旺盛。有关部门要加大抽检力度。（江 平）",
                                  "### 一张“明白纸”见作风", "某县把惠农补贴标准印成“明白纸”，送到每家每户。（苏 禾）", "### 文明游园从“我”做起",
                                  "春暖花开，公园游客明显增多。美丽的风景需要共同守护。（林 风）", "## 城市更新要下绣花功夫", kBody, kBody, kBody, kBody }));
        QCOMPARE(p.articles.size(), 4);
        for (int k = 0; k < 3; ++k)
            QCOMPARE(p.articles[k].column, u("短评·一线观察"));
        QCOMPARE(p.articles[1].byline, u("苏 禾"));
        QCOMPARE(p.articles[3].column, QString());
        const Page q = seg(page({ "记者手记", "绿水青山需要久久为功", "本报记者　孙振军", "采访中，记者深切感受到，生态环境的改善不是一朝一夕之功。",
                                  "中欧班列今年开行突破3000列", "本报北京3月4日电　记者从国铁集团获悉，今年以来中欧班列累计开行3020列。" }));
        QCOMPARE(q.articles.size(), 2);
        QCOMPARE(q.articles[0].column, u("记者手记"));
        QCOMPARE(q.articles[1].column, QString());
    }

    // A commentary signed only in the note on its author that closes it takes the name as its byline.
    void authorNamedInClosingNote()
    {
        const Page p = seg(page({ "## 以“绣花功夫”推进城市更新", "城市更新不是简单的“拆旧建新”，而是要提升居住品质。",
                                  "（作者：林晓岚，系省委党校公共管理教研部副主任）" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, u("林晓岚"));
        QCOMPARE(texts(p.articles[0]).size(), 2);
        const Page q = seg(page({ "## 别让“指尖负担”拖累基层", "数字化本是为基层赋能的手段，不能异化为新的负担。", "（作者系澄江大学公共管理学院教授）" }));
        QCOMPARE(q.articles[0].byline, QString());
    }

    // Wire copy's (完) ends its story and goes; jump notes in tortoise-shell brackets (〔上接第一版〕)
    // or behind an arrow (◀上接第1版) are jump notes; a page number between dashes anywhere is
    // furniture, and a running head that cut a word in two leaves the paragraph whole.
    void endMarksJumpsAndFurniture()
    {
        const Page p = seg(page({ "## “冰雪+”点燃冬季消费新热潮", "新华社哈尔滨11月8日电（记者 赵六）随着气温走低，多地滑雪场开板迎客。(完)",
                                  "新华社电 据国家铁路局消息，前10个月全国铁路完成投资6500亿元。" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(texts(p.articles[0]), QStringList { u("随着气温走低，多地滑雪场开板迎客。") });
        QCOMPARE(p.articles[1].dateline, u("新华社电"));
        QCOMPARE(p.articles[1].headline, QString());

        const Page q = seg(page({ "## 东海港吞吐量增长", "本报讯 开港以来，东海港集装箱吞吐量连续三年保持两位数增长，", "〔下转第八版〕", "〔上接第一版〕",
                                  "港口运营方负责人介绍，今年以来新开通外贸航线6条。", "◀上接第1版", "郑明在主持会议时要求，各地要迅速传达学习会议精神。" }));
        QCOMPARE(q.articles.size(), 3);
        QCOMPARE(q.articles[0].continuesTo, 8);
        QCOMPARE(q.articles[1].continuedFrom, 1);
        QCOMPARE(q.articles[2].continuedFrom, 1);
        QCOMPARE(q.articles[2].headline, QString());

        const Page r = seg("全市电网负荷创历史新高\n\n本报讯（记者 林涛）连日来，我市用电量持续攀升。国网滨海供电公\n\n滨海晚报　2021年8月5日　星期四　A5　城事\n\n"
                           "司调度控制中心负责人介绍，全市变电站实行24小时值守。\n\n－５－\n\n供电部门提醒市民合理设置空调温度。\n");
        QCOMPARE(r.page, 5);
        QCOMPARE(r.articles.size(), 1);
        QCOMPARE(r.articles[0].captions, QList<Caption>());
        QCOMPARE(texts(r.articles[0]), (QStringList { u("连日来，我市用电量持续攀升。国网滨海供电公司调度控制中心负责人介绍，全市变电站实行24小时值守。"),
                                                      u("供电部门提醒市民合理设置空调温度。") }));
    }

    // Labels: 评论员文章 is a column, not a writer; a series framed by dots (·山乡短笛·) is a
    // column; a short headline under a label is still the headline (记者手记 / 倾听来自基层的声音);
    // a listed company's code line heads its announcement; a bold subhead broken after a colon
    // joins without a space.
    void labelsAndAnnouncements()
    {
        const Page p = seg(page({ "评论员文章", "## 以实干担当跑出发展加速度", "本报评论员", kBody }));
        QCOMPARE(p.articles[0].column, u("评论员文章"));
        QCOMPARE(p.articles[0].byline, u("本报评论员"));
        const Page q = seg(page({ "·山乡短笛·", "春到茶山", "谷雨前后，正是采茶的好时节。清晨的茶山笼罩在薄雾里，采茶姑娘们背着竹篓上了山。" }));
        QCOMPARE(q.articles[0].column, u("·山乡短笛·"));
        QCOMPARE(q.articles[0].headline, u("春到茶山"));
        const Page r = seg(page({ "记者手记", "倾听来自基层的声音", "赵敏", kBody }));
        QCOMPARE(r.articles[0].column, u("记者手记"));
        QCOMPARE(r.articles[0].headline, u("倾听来自基层的声音"));
        const Page s = seg(page({ "## 央行开展3000亿元MLF操作", "本报讯（记者 郑静）中国人民银行4月14日开展中期借贷便利操作。",
                                  "证券代码：600871　　证券简称：华东电气　　公告编号：2025-018", "**华东电气股份有限公司关于签订重大合同的公告**",
                                  "本公司董事会及全体董事保证本公告内容不存在任何虚假记载。" }));
        QCOMPARE(s.articles.size(), 2);
        QCOMPARE(s.articles[1].kicker, u("证券代码：600871　　证券简称：华东电气　　公告编号：2025-018"));
        QCOMPARE(s.articles[1].headline, u("华东电气股份有限公司关于签订重大合同的公告"));
        const Page t = seg("## 宁海推行一窗通办\n\n本报讯（记者 周明）今年以来，宁海县整合了高频事项。\n\n**一窗受理：\n前台综合、后台分办**\n\n综合窗口实行前台受理、后台审批。\n");
        QCOMPARE(texts(t.articles[0]).at(1), u("## 一窗受理：前台综合、后台分办"));
    }

    // The issue's date takes no year told as a start, an aim or the past (2006年以来, 2035年远景目标,
    // 2021年，…): with no other year, the date is unknown rather than wrong.
    void yearsThatAreNotTheIssues()
    {
        QCOMPARE(inferIssueDate(u("新华社北京5月8日电 油价创2006年以来最高水平。")), QDate());
        QCOMPARE(inferIssueDate(u("新华社北京3月5日电 锚定2035年远景目标。")), QDate());
        QCOMPARE(inferIssueDate(u("本报杭州11月21日讯 11月20日，工程完工。2021年，工程全面启动。")), QDate());
        QCOMPARE(inferIssueDate(u("11月11日，记者从气象部门获悉，2024年全国社会工作者职业资格考试将举行。")), QDate(2024, 11, 12));
        QCOMPARE(seg("2023年9月22日 星期五 农历八月初八 今日12版\n\n## 标题\n\n本报讯 正文。\n").page, 1);
        // A section letter beside a headline is no page marker.
        QVERIFY(!parseFolioLine(u("G20 峰会开幕")).has_value());
        QCOMPARE(parseFolioLine(u("A07 城事"))->page, 7);
    }

    // A kicker ending in —— leads into the headline right under it, whatever sizes a converter gave
    // the lines; a stack without one keeps its most prominent line as the headline.
    void kickerDashOverMislevelledLines()
    {
        const Page p = seg(page({ "# 让老街区焕发新活力——", "### 宁海老城改造惠及三千户居民", "## 今年完成改造面积12万平方米", "本报讯（记者 周明）今年以来，宁海县对老城区实施有机更新。" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].kicker, u("让老街区焕发新活力——"));
        QCOMPARE(p.articles[0].headline, u("宁海老城改造惠及三千户居民"));
        QCOMPARE(p.articles[0].subheadline, u("今年完成改造面积12万平方米"));
        const Page q = seg(page({ "### 让老街区焕发新活力", "# 宁海老城改造惠及三千户居民", "本报讯（记者 周明）今年以来，宁海县对老城区实施有机更新。" }));
        QCOMPARE(q.articles[0].headline, u("宁海老城改造惠及三千户居民"));
        QCOMPARE(q.articles[0].kicker, u("让老街区焕发新活力"));
    }

    // Digest pages of the foreign press: 【…网站3月5日报道】 opens an item as its dateline, and the
    // translator's credit closing it ((编译／李　想), (李想 编译)) is its byline, not the next item's.
    void foreignPressDigests()
    {
        for (const char *credit : { "（编译／李　想）", "（李想 编译）", "（编译：李想）" }) {
            const Page p = seg(page({ "美媒：美联储官员暗示年内或再降息两次", "【美国《华尔街日报》网站3月5日报道】美联储多名官员本周表示，美联储有望再次下调利率。",
                                      "分析人士指出，关税政策的不确定性可能推高进口商品价格。", credit, "日媒：日本春季劳资谈判聚焦中小企业涨薪",
                                      "【日本《日本经济新闻》3月5日报道】日本一年一度的春季劳资谈判进入关键阶段。" }));
            QCOMPARE(p.articles.size(), 2);
            QCOMPARE(p.articles[0].dateline, u("美国《华尔街日报》网站3月5日报道"));
            QVERIFY2(p.articles[0].byline.contains(u("李")), qPrintable(p.articles[0].byline));
            QCOMPARE(p.articles[1].column, QString());
            QCOMPARE(p.articles[1].headline, u("日媒：日本春季劳资谈判聚焦中小企业涨薪"));
            QCOMPARE(p.articles[1].dateline, u("日本《日本经济新闻》3月5日报道"));
        }
    }

    // A folio line's opening name is the paper whatever it ends with (南方周末, 参考消息); questions
    // set apart between paragraphs are subheads; a label does not carry over to a photo item.
    void papersQuestionsAndPhotoItems()
    {
        const Page p = seg(page({ "南方周末　2025年6月12日　第A4版　调查", "一座县城的停车费之争：谁在为城市扩张买单", "记者　林　森　实习生　邓可欣",
                                  "6月初的一个傍晚，在县城老街开了二十年杂货铺的周桂兰，又一次收到了停车罚单。", "钱去了哪里？",
                                  "记者获得的一份特许经营协议显示，停车收入扣除运营成本后，由双方按比例分成。" }));
        QCOMPARE(p.paper, u("南方周末"));
        QCOMPARE(p.date, QDate(2025, 6, 12));
        QCOMPARE(p.page, 4);
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("一座县城的停车费之争：谁在为城市扩张买单"));
        QCOMPARE(texts(p.articles[0]).at(1), u("## 钱去了哪里？"));
        QCOMPARE(parseFolioLine(u("参考消息　2025年3月6日　星期四　第4版　国际观察"))->paper, u("参考消息"));

        const Page q = seg(page({ "今日谈", "春耕不等人", "周　雁", "田野上的每一寸绿意，都凝结着汗水。抓好春耕生产，既要靠天时，更要靠人勤。", "春到茶园",
                                  "3月5日，在杭州市西湖区龙井村，茶农在茶园里采摘明前茶。", "新华社记者　黄宗治摄" }));
        QCOMPARE(q.articles.size(), 2);
        QCOMPARE(q.articles[0].column, u("今日谈"));
        QCOMPARE(q.articles[1].column, QString());
        QCOMPARE(q.articles[1].captions.size(), 1);
    }

    // An editor's note set above the headline is that article's first block; a chart's title over
    // its source is a caption with its credit, and the paragraph it cut runs on; an epigraph's
    // attribution (——题记) stays text, never a subhead.
    void notesChartsAndEpigraphs()
    {
        const Page p = seg(page({ "编者按：过去五年，一座县城的停车位数量翻了两番，收费标准上调三次。", "一座县城的停车费之争：谁在为城市扩张买单", "记者　林　森",
                                  "6月初的一个傍晚，在县城老街开了二十年杂货铺的周桂兰，又一次收到了停车罚单。" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("一座县城的停车费之争：谁在为城市扩张买单"));
        QCOMPARE(texts(p.articles[0]).first(), u("编者按：过去五年，一座县城的停车位数量翻了两番，收费标准上调三次。"));

        const Page q = seg(page({ "中小企业如何跨过门槛", "本报记者　周　琳", "人才短板同样突出。超过六成中小企业认为缺乏既懂生产工艺又懂信息技术的复合型",
                                  "图表：2020—2024年长三角地区规上中小工业企业上云率（%）", "数据来源：工业和信息化部", "人才，是制约转型的首要因素。" }));
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(texts(q.articles[0]), QStringList { u("人才短板同样突出。超过六成中小企业认为缺乏既懂生产工艺又懂信息技术的复合型人才，是制约转型的首要因素。") });
        QCOMPARE(q.articles[0].captions, (QList<Caption> { { u("图表：2020—2024年长三角地区规上中小工业企业上云率（%）"), u("数据来源：工业和信息化部") } }));

        const Page r = seg(page({ "灯火守望者", "——记某旅通信连“老兵班”", "一座山，三代兵，四十年不灭的灯火。", "——题记", "①　一根电缆的分量",
                                  "1985年冬天，一场暴风雪压断了通往前沿阵地的通信线路。" }));
        QCOMPARE(r.articles.size(), 1);
        QCOMPARE(r.articles[0].subheadline, u("——记某旅通信连“老兵班”"));
        QCOMPARE(texts(r.articles[0]).mid(0, 3), (QStringList { u("一座山，三代兵，四十年不灭的灯火。"), u("——题记"), u("## ①　一根电缆的分量") }));
    }

    // Inside articles: a headline asking after a colon (X：Y？) over its lead; the lead after an
    // editor's note still gives the byline; points behind bullets after a colon are paragraphs of
    // their own and no box of briefs; an interview's turns never run together; an editor's note
    // after a finished article opens the next.
    void notesPointsAndTurns()
    {
        const Page p = seg(page({ "## 西湖区新增2000个停车位", "本报讯（记者 丁一）今年以来，西湖区新增公共停车泊位2000个。", "老旧小区加装电梯：钱从哪里来？",
                                  "本报讯（记者 丁一）加装一台电梯需要六七十万元，这笔钱谁来出？" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[1].headline, u("老旧小区加装电梯：钱从哪里来？"));

        const Page q = seg(page({ "## 家门口的“养老食堂”", "【编者按】吃饭问题，是许多独居老人的头等难事。", "本报讯（记者 郑思）中午11点，邻里食堂里已坐满了老人。" }));
        QCOMPARE(q.articles[0].byline, u("本报讯（记者 郑思）"));
        QCOMPARE(texts(q.articles[0]), (QStringList { u("【编者按】吃饭问题，是许多独居老人的头等难事。"), u("中午11点，邻里食堂里已坐满了老人。") }));

        const Page r = seg(page({ "## 我省出台十条措施", "本报讯（记者 吴迪）我省近日出台若干措施，主要内容包括：", "●降低经营成本。对个体工商户免收首年登记费；",
                                  "●加大金融支持。鼓励银行推出专属产品；" }));
        QCOMPARE(r.articles[0].byline, u("本报讯（记者 吴迪）"));
        QCOMPARE(texts(r.articles[0]), (QStringList { u("我省近日出台若干措施，主要内容包括："), u("●降低经营成本。对个体工商户免收首年登记费；"),
                                                      u("●加大金融支持。鼓励银行推出专属产品；") }));

        const Page s = seg(page({ "## 医保新政来了", "本报记者 陈晨", "问：个人账户余额能给家人用吗", "答：可以。经绑定后，可用于支付家人的医疗费用。" }));
        QCOMPARE(texts(s.articles[0]).size(), 2);

        const Page t = seg(page({ "## 永嘉楠溪江“漂流经济”升温", "本报讯（记者 季平）进入7月，楠溪江漂流迎来客流高峰。", "编者按：乡村振兴，人才是关键。即日起本报推出系列报道。",
                                  "“90后”返乡种出“网红”草莓", "本报记者 钱程", "大学毕业后，27岁的孙亮回到老家，种起了草莓。" }));
        QCOMPARE(t.articles.size(), 2);
        QCOMPARE(texts(t.articles[0]).size(), 1);
        QCOMPARE(t.articles[1].headline, u("“90后”返乡种出“网红”草莓"));
        QCOMPARE(texts(t.articles[1]).first(), u("编者按：乡村振兴，人才是关键。即日起本报推出系列报道。"));
    }

    // A sentence cut by a picture gap with no caption in it goes on after the gap; a bracketed
    // note closing a piece stays its text; the page's credit for all its pictures credits no
    // caption; 全媒体记者 and joined outlets (中青报·中青网讯) are credits; a bold kicker ending in
    // 提出/强调 over a ### headline is the kicker; 记者1月15日从…获悉 dates the issue.
    void gapsNotesAndCredits()
    {
        const Page p = seg("## 县城青年返乡创业观察\n\n本报记者 王林\n\n一位副教授表示，县城为青年提供的发展机会明显增多，\n\n\n\n"
                           "尤其是电商、文旅等新业态，给了年轻人施展拳脚的空间。\n\n希望县城也能留住人才\n\n不过，回到县城的青年也面临一些现实困扰。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].captions, QList<Caption>());
        QCOMPARE(texts(p.articles[0]), (QStringList { u("一位副教授表示，县城为青年提供的发展机会明显增多，尤其是电商、文旅等新业态，给了年轻人施展拳脚的空间。"),
                                                      u("## 希望县城也能留住人才"), u("不过，回到县城的青年也面临一些现实困扰。") }));

        for (const char *note : { "（文中当事人均为化名）", "（本版图片均由受访者提供）" }) {
            const Page q = seg(page({ "## 出借银行卡获刑八个月", "本报记者 周斌", "法院依法判处小林有期徒刑八个月。", "“出借银行卡看似小事，实则可能成为诈骗的帮凶。”承办法官提醒。",
                                      note, "## 司法部部署开展“法律明白人”培养工程", "本报讯（记者 蒲晓磊）司法部近日印发通知。" }));
            QCOMPARE(q.articles.size(), 2);
            QCOMPARE(q.articles[0].captions, QList<Caption>());
            QCOMPARE(texts(q.articles[0]).size(), 3);
            QCOMPARE(q.articles[1].kicker, QString());
        }

        const Page r = seg(page({ "## 标题一二三", "法治日报全媒体记者 蒲晓磊", kBody, "### “返家乡”社会实践活动启动", "中青报·中青网讯（记者 李华）记者1月15日从共青团中央获悉，活动日前启动。" }));
        QCOMPARE(r.articles.size(), 2);
        QCOMPARE(r.articles[0].byline, u("法治日报全媒体记者 蒲晓磊"));
        QCOMPARE(r.articles[1].byline, u("中青报·中青网讯（记者 李华）"));
        QCOMPARE(inferIssueDate(u("记者1月15日从共青团中央获悉，2024年大学生寒假社会实践活动日前启动。")), QDate(2024, 1, 16));

        const Page t = seg(page({ "**全省春季农业生产现场会提出**", "### 抓早抓实春耕备耕 稳定粮食播种面积", "本报讯（记者 何雨）3月4日，全省春季农业生产现场会召开。" }));
        QCOMPARE(t.articles[0].kicker, u("全省春季农业生产现场会提出"));
        QCOMPARE(t.articles[0].headline, u("抓早抓实春耕备耕 稳定粮食播种面积"));
    }
};

QTEST_GUILESS_MAIN(TestPageFeatures)
#include "tst_pagefeatures.moc"
