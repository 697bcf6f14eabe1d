// Rules of the page segmenter, each on a minimal page written for the test.
#include "segmentertestsupport.h"

#include "core/textshape.h"

#include <QTest>

using namespace broadsheet;
using namespace broadsheet::testing;

class TestPageSegmenter : public QObject {
    Q_OBJECT
private slots:
    void markdownStack()
    {
        const Page p = seg("# 青禾镇建成首座智慧粮仓\n\n## 储粮损耗下降三成\n\n本报讯 记者方远报道 近日，青禾镇首座智慧粮仓投入使用。\n");
        QCOMPARE(p.articles.size(), 1);
        const Article &a = p.articles[0];
        QCOMPARE(a.headline, u("青禾镇建成首座智慧粮仓"));
        QCOMPARE(a.subheadline, u("储粮损耗下降三成"));
        QVERIFY(a.kicker.isNull());
        QCOMPARE(a.byline, u("本报讯 记者方远报道"));
        QCOMPARE(texts(a), QStringList { u("近日，青禾镇首座智慧粮仓投入使用。") });
    }

    void kickerAboveMarkdownHeadline()
    {
        const Page p = seg("一村一品 一户一策\n\n# 青禾镇茶叶产值突破两亿元\n\n今年春茶将提前十天开采\n\n本报讯（记者 方远）茶农们正在准备。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].kicker, u("一村一品 一户一策"));
        QCOMPARE(p.articles[0].headline, u("青禾镇茶叶产值突破两亿元"));
        QCOMPARE(p.articles[0].subheadline, u("今年春茶将提前十天开采"));
        QCOMPARE(p.articles[0].byline, u("本报讯（记者 方远）"));
    }

    void boldTwoLineHeadlineWithContinuation()
    {
        const Page p = seg("**把好事办实\n把实事办好**\n\n(上接第1版)\n\n文章说，要坚持问题导向。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("把好事办实 把实事办好"));
        QCOMPARE(p.articles[0].continuedFrom, std::optional<int>(1));
        QCOMPARE(texts(p.articles[0]), QStringList { u("文章说，要坚持问题导向。") });
    }

    void plainStackWithDashes()
    {
        const Page p = seg("乡村振兴看青禾——\n\n一片茶叶富了一方百姓\n\n——青禾镇发展茶产业纪实\n\n清晨的茶园里，茶农们已经忙碌起来。\n");
        QCOMPARE(p.articles.size(), 1);
        const Article &a = p.articles[0];
        QCOMPARE(a.kicker, u("乡村振兴看青禾——"));
        QCOMPARE(a.headline, u("一片茶叶富了一方百姓"));
        QCOMPARE(a.subheadline, u("——青禾镇发展茶产业纪实"));
    }

    void kickerLinesBeforeADash()
    {
        const Page p = seg("一户一档 精准对接\n\n送岗上门 应帮尽帮—— 青禾镇助残就业见成效\n\n本报讯 记者方远报道 青禾镇的工坊开工了。\n");
        QCOMPARE(p.articles[0].kicker, u("一户一档 精准对接 送岗上门 应帮尽帮——"));
        QCOMPARE(p.articles[0].headline, u("青禾镇助残就业见成效"));
    }

    // The same kicker on a line of its own over the headline, plain or marked up alike; a line
    // ending in 表示 over a "——" subheadline is the headline itself.
    void speechKickerOnItsOwnLine()
    {
        const Page p = seg("市长在全市经济运行调度会上强调\n\n抓项目稳投资 促消费增活力\n\n——副市长出席\n\n"
                           "本报讯 记者方远报道 3月2日，调度会召开。\n\n## 省委书记在青禾调研时指出\n\n## 抓好春耕生产\n\n"
                           "本报讯 记者林溪报道 书记到青禾调研。\n\n## 专家表示\n\n——春耕要早做准备\n\n本报讯 记者林溪报道 春耕开始。\n");
        QCOMPARE(p.articles.size(), 3);
        QCOMPARE(p.articles[0].kicker, u("市长在全市经济运行调度会上强调"));
        QCOMPARE(p.articles[0].headline, u("抓项目稳投资 促消费增活力"));
        QCOMPARE(p.articles[0].subheadline, u("——副市长出席"));
        QCOMPARE(p.articles[1].kicker, u("省委书记在青禾调研时指出"));
        QCOMPARE(p.articles[1].headline, u("抓好春耕生产"));
        QCOMPARE(p.articles[2].kicker, QString());
        QCOMPARE(p.articles[2].headline, u("专家表示"));
        QCOMPARE(p.articles[2].subheadline, u("——春耕要早做准备"));
    }

    // Three heading lines set alike (all plain here) are 引题, 主题, 副题.
    void threeLinesSetAlike()
    {
        const Page p = seg("一人一户一策 重疾专项帮扶\n\n余姚工会提前一年完成解困目标\n\n今年新产生的困难职工年底前将实现解困\n\n"
                           "本报讯 记者方远报道 余姚工会提前完成目标。\n\n**春耕正当时**\n\n**——青禾镇见闻**\n\n**田野里一片繁忙**\n\n"
                           "本报讯 记者林溪报道 春耕开始。\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].kicker, u("一人一户一策 重疾专项帮扶"));
        QCOMPARE(p.articles[0].headline, u("余姚工会提前一年完成解困目标"));
        QCOMPARE(p.articles[0].subheadline, u("今年新产生的困难职工年底前将实现解困"));
        // A "——" line second is the subheadline of the first.
        QCOMPARE(p.articles[1].headline, u("春耕正当时"));
        // Over a "——" subheadline the line above it is the headline, the lines before the kicker.
        const Page q = seg("一户一档 精准对接\n\n送岗上门 应帮尽帮\n\n澜江区助力残疾人就业\n\n——136名残疾人上岗\n\n"
                           "本报讯 记者方远报道 澜江区助残就业见成效。\n");
        QCOMPARE(q.articles[0].kicker, u("一户一档 精准对接 送岗上门 应帮尽帮"));
        QCOMPARE(q.articles[0].headline, u("澜江区助力残疾人就业"));
        QCOMPARE(q.articles[0].subheadline, u("——136名残疾人上岗"));
    }

    void oneLineHeadingWithSpeechKicker()
    {
        const Page p = seg("## 市长在青禾镇调研时强调 抓好春耕生产 保障粮食安全\n\n本报讯 记者方远报道 3月2日，市长到青禾镇调研。\n");
        QCOMPARE(p.articles[0].kicker, u("市长在青禾镇调研时强调"));
        QCOMPARE(p.articles[0].headline, u("抓好春耕生产 保障粮食安全"));
    }

    void columnLabels()
    {
        const Page p = seg("青禾观察\n\n小小茶叶何以撬动大产业\n\n茶产业已成为青禾镇的支柱。\n\n"
                           "（本报记者 方远）\n\n旧桥换新颜\n\n一线调查·民生关切\n\n本报讯（记者 林溪）旧桥改造完工。\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].column, u("青禾观察"));
        QCOMPARE(p.articles[0].headline, u("小小茶叶何以撬动大产业"));
        QCOMPARE(p.articles[0].byline, u("本报记者 方远"));
        QCOMPARE(p.articles[1].column, u("一线调查·民生关切"));
        QCOMPARE(p.articles[1].headline, u("旧桥换新颜"));
    }

    void shortLabelOverHeadlineAndStaffLine()
    {
        const Page p = seg("聚焦春耕\n\n青禾镇农民抢抓农时忙播种\n\n本报记者 方远\n\n田野里一片繁忙。\n\n责任编辑：林溪\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].column, u("聚焦春耕"));
        QCOMPARE(p.articles[0].headline, u("青禾镇农民抢抓农时忙播种"));
        QCOMPARE(p.articles[0].byline, u("本报记者 方远"));
        // The staff line closing the page is the page's, not the last article's text.
        QCOMPARE(texts(p.articles[0]), QStringList { u("田野里一片繁忙。") });
        QVERIFY(p.warnings.join(QLatin1Char(' ')).contains(u("责任编辑：林溪")));
    }

    // A date line and a page marker on lines of their own at the top are page metadata, not a
    // kicker over the first headline.
    void pageMarkerUnderTheDateLine()
    {
        const Page p = seg("2022年5月9日 星期一\nA3 要闻\n\n**“夜经济”点亮城市烟火气**\n\n本报讯（记者 孙悦）华灯初上，步行街人头攒动。\n");
        QCOMPARE(p.date, QDate(2022, 5, 9));
        QCOMPARE(p.page, std::optional<int>(3));
        QCOMPARE(p.articles.size(), 1);
        QVERIFY(p.articles[0].kicker.isNull());
        QCOMPARE(p.articles[0].headline, u("“夜经济”点亮城市烟火气"));
    }

    // A page set in Traditional characters follows the same rules; its text stays Traditional.
    void traditionalCharacters()
    {
        const Page p = seg("## 港珠澳大橋客流創新高\n\n本報訊（記者 陳嘉欣）大橋口岸出入境旅客已突破1500萬人次。\n\n"
                           "業界人士表示，跨境自駕遊持續升溫。\n\n（下轉A4版）\n\n"
                           "## 國家統計局發布數據\n\n新華社北京6月13日電（記者 王希）5月份全國居民消費價格同比上漲0.3%。\n\n"
                           "市民在超市選購商品。 新華社記者 張三 攝\n\n## 讀者來信\n\n本報評論員\n\n來信說，橋很好。\n\n"
                           "（上接第一版）\n\n兩岸交流持續升溫。\n");
        QCOMPARE(p.articles.size(), 4);
        const Article &a = p.articles[0];
        QCOMPARE(a.byline, u("本報訊（記者 陳嘉欣）"));
        QCOMPARE(a.continuesTo, std::optional<int>(4));
        QCOMPARE(texts(a), (QStringList { u("大橋口岸出入境旅客已突破1500萬人次。"), u("業界人士表示，跨境自駕遊持續升溫。") }));
        const Article &b = p.articles[1];
        QCOMPARE(b.dateline, u("新華社北京6月13日電"));
        QCOMPARE(b.byline, u("記者 王希"));
        QCOMPARE(b.captions.size(), 1);
        QCOMPARE(b.captions[0].text, u("市民在超市選購商品。"));
        QCOMPARE(b.captions[0].credit, u("新華社記者 張三 攝"));
        QCOMPARE(texts(b), QStringList { u("5月份全國居民消費價格同比上漲0.3%。") });
        QCOMPARE(p.articles[2].byline, u("本報評論員"));
        QCOMPARE(texts(p.articles[2]), QStringList { u("來信說，橋很好。") });
        QVERIFY(p.articles[3].headline.isNull());
        QCOMPARE(p.articles[3].continuedFrom, std::optional<int>(1));
        QCOMPARE(texts(p.articles[3]), QStringList { u("兩岸交流持續升溫。") });
    }

    // An editor's note may stand above the byline; the byline then still opens the article. A
    // box label such as 记者手记 is not a writer; （完） ends the wire story (and is no text of it),
    // so the notebook after it is an item of its own.
    void editorsNoteBylineAndBoxLabel()
    {
        const Page p = seg("# 让绿水青山变成金山银山\n\n**编者按** 今起本版推出系列报道，敬请关注。\n\n新华社记者 刘华 李明\n\n"
                           "春日的余村，竹海连绵。\n\n如今，安吉已建成美丽乡村精品示范村近百个。（完）\n\n记者手记\n\n"
                           "在安吉采访，记者最深的感受是：生态就是生产力。\n");
        QCOMPARE(p.articles.size(), 2);
        const Article &a = p.articles[0];
        QCOMPARE(a.byline, u("新华社记者 刘华 李明"));
        QCOMPARE(texts(a), (QStringList { u("编者按 今起本版推出系列报道，敬请关注。"), u("春日的余村，竹海连绵。"),
                                          u("如今，安吉已建成美丽乡村精品示范村近百个。") }));
        QCOMPARE(p.articles[1].headline, u("记者手记"));
        QCOMPARE(p.articles[1].byline, QString());
        QCOMPARE(texts(p.articles[1]), QStringList { u("在安吉采访，记者最深的感受是：生态就是生产力。") });
    }

    // A commentary: its column label, its headline, and its author's name alone on a line.
    void commentaryWithAuthorName()
    {
        const Page p = seg("今日谈\n\n**让更多好产品“走出去”**\n\n李 明\n\n近年来，我国外贸结构持续优化。\n\n"
                           "外贸发展离不开企业创新。\n\n**打开窗口**\n\n欧阳小雨\n\n窗外的春天来了。\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].column, u("今日谈"));
        QCOMPARE(p.articles[0].headline, u("让更多好产品“走出去”"));
        QCOMPARE(p.articles[0].byline, u("李 明"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("近年来，我国外贸结构持续优化。"), u("外贸发展离不开企业创新。") }));
        QCOMPARE(p.articles[1].byline, u("欧阳小雨"));
        QVERIFY(looksLikePersonName(u"李 明"));
        QVERIFY(!looksLikePersonName(u"新时代"));
        QVERIFY(!looksLikePersonName(u"王者归来"));
    }

    // A staff line above the first article, even set as a heading, is the page's, not a headline.
    void staffLineAtTheTop()
    {
        const Page p = seg("### 本版责编：王丽 美编：张强\n\n## 青禾县举办秋季招聘会\n\n本报讯 9月20日，招聘会举行。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("青禾县举办秋季招聘会"));
        QCOMPARE(texts(p.articles[0]), QStringList { u("9月20日，招聘会举行。") });
        QVERIFY(p.warnings.join(QLatin1Char(' ')).contains(u("本版责编：王丽 美编：张强")));
        // The page's picture credit at its foot is no subhead.
        const Page q = seg("## 夏季防汛进入关键期\n\n本报讯 各地要压实防汛责任，加强隐患排查。\n\n本版图片均由受访单位提供\n");
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(q.articles[0].blocks.last().kind, Block::Kind::Paragraph);
    }

    // A short paragraph closed by a photo credit is the article's caption even without a picture
    // gap before it.
    void creditedParagraphIsACaption()
    {
        const Page p = seg("## 春耕忙\n\n本报记者 方远\n\n田野里一片繁忙，农民们正在播种。\n\n农民在田间播种。 本报记者 方远 摄\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(texts(p.articles[0]), QStringList { u("田野里一片繁忙，农民们正在播种。") });
        QCOMPARE(p.articles[0].captions.size(), 1);
        QCOMPARE(p.articles[0].captions[0].credit, u("本报记者 方远 摄"));
    }

    // Pictures in the dump (markdown or HTML) are not text; the caption under one, in the middle
    // of an article, is that article's caption, and the article goes on after it.
    void picturesAreDroppedAndTheirCaptionsLifted()
    {
        const Page p = seg("## 老街焕新颜\n\n本报记者 方远\n\n走进老城区的百年街巷，青石板路干净整洁。\n\n"
                           "![老街新貌](images/p1.jpg)\n\n老街改造后吸引了大量游客。 方远摄\n\n"
                           "据了解，该项目惠及居民2000余户。\n\n<img src=\"p2.png\" alt=\"图\">\n\n"
                           "## 春耕忙\n\n田野里一片繁忙。![](x.png)农民们正在播种。\n");
        QCOMPARE(p.articles.size(), 2);
        const Article &a = p.articles[0];
        QCOMPARE(a.headline, u("老街焕新颜"));
        QCOMPARE(texts(a), (QStringList { u("走进老城区的百年街巷，青石板路干净整洁。"), u("据了解，该项目惠及居民2000余户。") }));
        QCOMPARE(a.captions.size(), 1);
        QCOMPARE(a.captions[0].text, u("老街改造后吸引了大量游客。"));
        QCOMPARE(a.captions[0].credit, u("方远摄"));
        QCOMPARE(texts(p.articles[1]), QStringList { u("田野里一片繁忙。农民们正在播种。") });
    }

    // OCR that kept the column's line breaks: blank lines between paragraphs, single line breaks
    // at a steady width inside them, some of them right after a full stop.
    void hardWrappedParagraphsAreJoined()
    {
        const Page p = seg("## 稻田里的新农人\n\n本报记者 方远\n\n"
                           "初夏时节，走进青禾镇的万亩稻田，一台台插秧机正在田间\n"
                           "来回穿梭。“今年合作社流转了3200亩地，全部机械化插秧。”\n"
                           "站在田埂上的李建国告诉记者。\n\n"
                           "2015年，在外打工多年的李建国回到家乡，承包了200亩地。\n"
                           "头两年由于缺乏经验，亏了不少钱。\n\n"
                           "如今，他的合作社年产稻谷超过1500吨，带动周边农户增收。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(texts(p.articles[0]),
                 (QStringList { u("初夏时节，走进青禾镇的万亩稻田，一台台插秧机正在田间来回穿梭。“今年合作社流转了3200亩地，"
                                  "全部机械化插秧。”站在田埂上的李建国告诉记者。"),
                                u("2015年，在外打工多年的李建国回到家乡，承包了200亩地。头两年由于缺乏经验，亏了不少钱。"),
                                u("如今，他的合作社年产稻谷超过1500吨，带动周边农户增收。") }));
    }

    // Lines of uneven width without blank lines between them (an interview's exchanges) are not
    // wrapped text, even on a page that separates its other paragraphs with blank lines.
    void unevenLinesStayParagraphs()
    {
        const Page p = seg("## 对话新农人\n\n本报记者 方远\n\n记者来到青禾镇，与种粮大户李建国聊了聊。\n\n"
                           "记者：为什么回乡？\n李建国：家里的地不能荒着，我想试试用新办法种粮。\n"
                           "记者：难吗？\n李建国：开始很难，头两年亏了不少钱，后来参加培训才慢慢好起来。\n\n"
                           "采访结束时，天已经黑了。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].blocks.size(), 6);
    }

    // A continuation's jump line after an article does not take the article's only paragraph,
    // however much vocabulary they share.
    void continuationLeavesTheOpeningParagraph()
    {
        const Page p = seg("## 以高质量发展推动乡村全面振兴\n\n本报记者 方远\n\n乡村振兴是一项长期任务，各地要久久为功。\n\n"
                           "（紧接第一版）推进乡村全面振兴，必须把产业振兴作为重中之重。\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(texts(p.articles[0]), QStringList { u("乡村振兴是一项长期任务，各地要久久为功。") });
        QCOMPARE(p.articles[1].continuedFrom, std::optional<int>(1));
        QCOMPARE(texts(p.articles[1]), QStringList { u("推进乡村全面振兴，必须把产业振兴作为重中之重。") });
    }

    void bylinesAndDatelines_data()
    {
        QTest::addColumn<QString>("lead");
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QString>("dateline");
        QTest::addColumn<QString>("body");
        QTest::newRow("wire with bracketed writers") << u("新华社青禾3月2日电（记者 方远 林溪）春耕开始了。") << u("记者 方远 林溪")
                                                     << u("新华社青禾3月2日电") << u("春耕开始了。");
        QTest::newRow("according to wire") << u("据新华社北京3月2日电 记者2日从农业部门获悉，春耕开始了。") << QString()
                                          << u("据新华社北京3月2日电") << u("记者2日从农业部门获悉，春耕开始了。");
        QTest::newRow("paper dateline") << u("本报青禾3月2日电 春耕开始了。") << QString() << u("本报青禾3月2日电")
                                        << u("春耕开始了。");
        QTest::newRow("benbaoxun reported") << u("本报讯 记者方远报道 春耕开始了。") << u("本报讯 记者方远报道") << QString()
                                            << u("春耕开始了。");
        QTest::newRow("benbaoxun bracketed") << u("本报讯(记者 方远 通讯员 林溪)春耕开始了。")
                                             << u("本报讯(记者 方远 通讯员 林溪)") << QString() << u("春耕开始了。");
        QTest::newRow("reporter reported") << u("记者方远报道 春耕开始了。") << u("记者方远报道") << QString() << u("春耕开始了。");
        QTest::newRow("trailing wire credit") << u("春耕开始了。(新华社青禾3月2日电 记者 方远)") << u("记者 方远")
                                              << u("新华社青禾3月2日电") << u("春耕开始了。");
        QTest::newRow("dated benbaoxun with writers") << u("本报青禾3月2日讯（记者 方远）春耕开始了。") << u("记者 方远")
                                                      << u("本报青禾3月2日讯") << u("春耕开始了。");
        QTest::newRow("writers with their roles") << u("本报记者 张三 通讯员 李四 文/图\n\n春耕开始了。")
                                                 << u("本报记者 张三 通讯员 李四 文/图") << QString() << u("春耕开始了。");
        QTest::newRow("paper voice") << u("本报评论员\n\n春耕开始了。") << u("本报评论员") << QString() << u("春耕开始了。");
        QTest::newRow("named paper voice") << u("（青禾日报评论员）\n\n春耕开始了。") << u("青禾日报评论员") << QString()
                                           << u("春耕开始了。");
        QTest::newRow("trailing dateline only") << u("春耕开始了。（新华社北京3月2日电）") << QString()
                                                << u("新华社北京3月2日电") << u("春耕开始了。");
    }
    void bylinesAndDatelines()
    {
        QFETCH(QString, lead);
        QFETCH(QString, byline);
        QFETCH(QString, dateline);
        QFETCH(QString, body);
        const Page p = PageSegmenter().segment(u("## 春耕忙\n\n") + lead + u("\n"));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, byline);
        QCOMPARE(p.articles[0].dateline, dateline);
        QCOMPARE(texts(p.articles[0]), QStringList { body });
    }

    // A writers line after the first paragraph with more text and no heading under it is the
    // article's, set under its standfirst (two reviewers read it so; text with no headline and no
    // jump note is no piece of its own). After two paragraphs or more, or over a heading, it closes
    // the article.
    void writersLineUnderAStandfirst()
    {
        const Page p = seg("## 茶香满山\n\n青禾镇的春茶开采了。\n\n通讯员林溪\n\n今年的雨水格外充沛。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, u("通讯员林溪"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("青禾镇的春茶开采了。"), u("今年的雨水格外充沛。") }));
        const Page q = seg("## 茶香满山\n\n青禾镇的春茶开采了。\n\n茶农们忙着采摘。\n\n通讯员林溪\n\n今年的雨水格外充沛。\n");
        QCOMPARE(q.articles.size(), 2);
        QCOMPARE(q.articles[0].byline, u("通讯员林溪"));
        QVERIFY(q.articles[1].headline.isNull());
    }

    void writersLineUnderHeadline()
    {
        const Page p = seg("## 茶香满山\n\n□本报记者 方远 林溪\n\n青禾镇的春茶开采了。\n\n文/图 本报记者 方远\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, u("□本报记者 方远 林溪 文/图 本报记者 方远"));
        QCOMPARE(texts(p.articles[0]), QStringList { u("青禾镇的春茶开采了。") });
    }

    void announcedCaption()
    {
        const Page p = seg("## 茶香满山\n\n本报讯 记者方远报道 青禾镇的春茶开采了。\n\n图为茶农在采茶。视觉中国供图\n\n今年产量增加。\n");
        QCOMPARE(p.articles[0].captions, (QList<Caption> { { u("图为茶农在采茶。"), u("视觉中国供图") } }));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("青禾镇的春茶开采了。"), u("今年产量增加。") }));
    }

    // A round-up of dispatches from several places or days keeps each item's dateline; one story
    // in several dispatches (the same dateline, or 据… items after its lead) takes its lead's.
    void wirePackageKeepsItemDatelines()
    {
        const Page p = seg("青禾两会消息\n\n新华社青禾3月2日电（记者 方远）大会开幕。\n\n代表们听取报告。\n\n"
                           "新华社青禾3月3日电（记者 林溪）大会闭幕。\n");
        QCOMPARE(p.articles.size(), 1);
        QVERIFY(p.articles[0].dateline.isNull());
        QVERIFY(p.articles[0].byline.isNull());
        QCOMPARE(texts(p.articles[0]), (QStringList { u("新华社青禾3月2日电（记者 方远）大会开幕。"), u("代表们听取报告。"),
                                                      u("新华社青禾3月3日电（记者 林溪）大会闭幕。") }));
        const Page q = seg("## 总理分别会见两国总理\n\n新华社上海11月4日电（记者 许可 周蕊）总理会见甲国总理。\n\n"
                           "新华社上海11月4日电（记者 许可 许晓青）总理会见乙国总理。\n\n据新华社北京11月4日电 相关活动同日举行。\n");
        QCOMPARE(q.articles[0].dateline, u("新华社上海11月4日电"));
        QCOMPARE(q.articles[0].byline, u("记者 许可 周蕊"));
        QCOMPARE(texts(q.articles[0]), (QStringList { u("总理会见甲国总理。"), u("新华社上海11月4日电（记者 许可 许晓青）总理会见乙国总理。"),
                                                      u("据新华社北京11月4日电 相关活动同日举行。") }));
    }

    void brokenParagraphsJoin()
    {
        const Page p = seg("## 茶香满山\n\n青禾镇的春茶今年提前开采，茶农们忙着\n\n采摘嫩芽。Tea export to\n\nEurope grew.\n");
        QCOMPARE(texts(p.articles[0]), QStringList { u("青禾镇的春茶今年提前开采，茶农们忙着采摘嫩芽。Tea export to Europe grew.") });
    }

    void lineWrappedOcr()
    {
        const Page p = seg("青禾镇建成智慧粮仓\n本报讯（记者 方远）近日，青禾镇首座智\n慧粮仓投入使用。粮仓配备温湿度传感器\n"
                           "可实时监测储粮状态\n茶叶产量创新高\n本报讯（通讯员 林溪）春茶产量创新高。\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].headline, u("青禾镇建成智慧粮仓"));
        QCOMPARE(texts(p.articles[0]), QStringList { u("近日，青禾镇首座智慧粮仓投入使用。粮仓配备温湿度传感器可实时监测储粮状态") });
        QCOMPARE(p.articles[1].headline, u("茶叶产量创新高"));
    }

    void captionInterruptingSentence()
    {
        const Page p = seg("## 茶香满山\n\n本报讯 记者方远报道 清晨，茶农们在茶园里采\n\n\n\n"
                           "3月2日，青禾镇茶农在采摘春茶。本报记者 方远 摄\n\n摘嫩芽。\n\n\n\n茶农展示新茶。\n\n午后，茶叶进入炒制车间。\n");
        QCOMPARE(p.articles.size(), 1);
        const Article &a = p.articles[0];
        QCOMPARE(texts(a), (QStringList { u("清晨，茶农们在茶园里采摘嫩芽。"), u("茶农展示新茶。"), u("午后，茶叶进入炒制车间。") }));
        QCOMPARE(a.captions.size(), 1);
        QCOMPARE(a.captions[0].text, u("3月2日，青禾镇茶农在采摘春茶。"));
        QCOMPARE(a.captions[0].credit, u("本报记者 方远 摄"));
    }

    void captionWithoutCreditInGap()
    {
        const Page p = seg("# 茶香满山\n\n\n\n青禾镇茶农在采摘春茶。\n\n本报讯 记者方远报道 清晨，茶农们在茶园里采\n\n\n\n"
                           "午后的炒茶车间。\n\n摘嫩芽。\n");
        const Article &a = p.articles[0];
        QCOMPARE(a.captions.size(), 2);
        QCOMPARE(a.captions[0].text, u("青禾镇茶农在采摘春茶。"));
        QVERIFY(a.captions[0].credit.isNull());
        QCOMPARE(texts(a), QStringList { u("清晨，茶农们在茶园里采摘嫩芽。") });
    }

    void duplicatedParagraphAppearsOnce()
    {
        const Page p = seg("## 茶香满山\n\n茶农们说，今年的春茶品质是近五年来最好的一年。\n\n"
                           "茶农们说，今年的春茶品质是近五年来最好的一年。\n\n价格也随之上涨。\n");
        QCOMPARE(texts(p.articles[0]), (QStringList { u("茶农们说，今年的春茶品质是近五年来最好的一年。"), u("价格也随之上涨。") }));
        QCOMPARE(p.warnings.size(), 1);
    }

    void subheads()
    {
        const Page p = seg("## 青禾镇发展规划\n\n规划分为三部分。\n\n### 一、总体要求\n\n坚持生态优先。\n\n**二、重点任务**\n\n"
                           "发展茶产业。\n\n1. 建设茶叶市场\n\n市场明年建成。\n\n破题：先修路再种茶\n\n道路已经修通。\n\n"
                           "青山绿水带来好收成\n\n茶农收入增加。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(texts(p.articles[0]), (QStringList { u("规划分为三部分。"), u("## 一、总体要求"), u("坚持生态优先。"),
                                                      u("## 二、重点任务"), u("发展茶产业。"), u("## 1. 建设茶叶市场"),
                                                      u("市场明年建成。"), u("## 破题：先修路再种茶"), u("道路已经修通。"),
                                                      u("## 青山绿水带来好收成"), u("茶农收入增加。") }));
    }

    void markedUpSubheadsWithoutEvidence()
    {
        const Page p = seg("## 青禾镇的春天\n\n本报讯 记者方远报道 春天来了。\n\n### 茶园里的新变化\n\n茶农们用上了无人机。\n\n"
                           "**小店里的好日子**\n\n镇上的小店生意红火。\n\n**旧桥换新颜**\n\n本报讯（记者 林溪）旧桥改造完工。\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(texts(p.articles[0]), (QStringList { u("春天来了。"), u("## 茶园里的新变化"), u("茶农们用上了无人机。"),
                                                      u("## 小店里的好日子"), u("镇上的小店生意红火。") }));
        QCOMPARE(p.articles[1].headline, u("旧桥换新颜"));
    }

    void brokenLinesAreNotSubheads()
    {
        const Page p = seg("## 青禾镇发展规划\n\n规划分为三部分。\n\n在此基础上，又出台了《青禾镇茶产业\n\n发展条例》等文件。\n\n"
                           "2024年3月，茶叶协会\n\n正式成立。\n");
        QCOMPARE(texts(p.articles[0]), (QStringList { u("规划分为三部分。"), u("在此基础上，又出台了《青禾镇茶产业发展条例》等文件。"),
                                                      u("2024年3月，茶叶协会正式成立。") }));
    }

    void jumpLines()
    {
        const Page p = seg("## 青禾镇的春天\n\n春天来了，茶农们\n\n（下转第4版）\n\n## 旧桥换新颜\n\n本报讯 记者方远报道 旧桥改造完工。\n\n"
                           "（上接第一版）\n\n开始采茶。\n\n下午，茶叶进厂。（下转第十二版）\n");
        QCOMPARE(p.articles.size(), 3);
        QCOMPARE(p.articles[0].continuesTo, std::optional<int>(4));
        QCOMPARE(texts(p.articles[0]), QStringList { u("春天来了，茶农们") });
        QVERIFY(p.articles[2].headline.isNull());
        QCOMPARE(p.articles[2].continuedFrom, std::optional<int>(1));
        QCOMPARE(p.articles[2].continuesTo, std::optional<int>(12));
        QCOMPARE(texts(p.articles[2]), (QStringList { u("开始采茶。"), u("下午，茶叶进厂。") }));
    }

    void inlineJumpOpensContinuation()
    {
        const Page p = seg("## 旧桥换新颜\n\n本报讯 记者方远报道 旧桥改造完工。\n\n（上接第2版）茶叶进厂加工。\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[1].continuedFrom, std::optional<int>(2));
        QCOMPARE(texts(p.articles[1]), QStringList { u("茶叶进厂加工。") });
    }

    void exclaimedHeadlineAndBulletSubhead()
    {
        const Page p = seg("春茶飘香时，你来了吗？\n\n本报讯（记者 方远）青禾镇的春茶开采了。\n\n● 茶园游人如织\n\n周末游客很多。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("春茶飘香时，你来了吗？"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("青禾镇的春茶开采了。"), u("## ● 茶园游人如织"), u("周末游客很多。") }));
    }

    void headlessFragmentAtPageStart()
    {
        const Page p = seg("进厂加工，当天就能上市。\n\n## 旧桥换新颜\n\n本报讯 记者方远报道 旧桥改造完工。\n");
        QCOMPARE(p.articles.size(), 2);
        QVERIFY(p.articles[0].headline.isNull());
        QVERIFY(!p.articles[0].continuedFrom);
        QCOMPARE(p.articles[1].headline, u("旧桥换新颜"));
    }

    void photoNews()
    {
        const Page p = seg("## 茶香满山\n\n本报讯 记者方远报道 清晨，茶农们在茶园里采\n\n\n\n**新茶上市**\n\n"
                           "3月2日，青禾镇茶叶市场迎来今年第一批春茶。\n\n本报通讯员 林溪 摄\n\n摘嫩芽。\n\n\n\n晨练\n\n"
                           "市民在湖边晨练。图为太极拳爱好者。\n\n本报记者 方远 摄\n");
        QCOMPARE(p.articles.size(), 3);
        QCOMPARE(texts(p.articles[0]), QStringList { u("清晨，茶农们在茶园里采摘嫩芽。") });
        QCOMPARE(p.articles[1].headline, u("新茶上市"));
        QVERIFY(p.articles[1].blocks.isEmpty());
        QCOMPARE(p.articles[1].captions, (QList<Caption> { { u("3月2日，青禾镇茶叶市场迎来今年第一批春茶。"), u("本报通讯员 林溪 摄") } }));
        QCOMPARE(p.articles[2].headline, u("晨练"));
        QCOMPARE(p.articles[2].captions[0].credit, u("本报记者 方远 摄"));
    }

    void metadata()
    {
        Page p = seg("青禾日报 2025年3月3日 星期一 第2版\n\n## 春耕忙\n\n新华社北京3月2日电 春耕开始了。\n");
        QCOMPARE(p.paper, u("青禾日报"));
        QCOMPARE(p.date, QDate(2025, 3, 3));
        QCOMPARE(p.page, std::optional<int>(2));
        QCOMPARE(p.articles[0].headline, u("春耕忙"));
        p = seg("## 春耕忙\n\n新华社北京3月2日电 2025年春耕开始了，到2030年全面机械化。\n");
        QCOMPARE(p.date, QDate(2025, 3, 3)); // the day after the dateline, the year a target does not move
        p = seg("## 春耕忙\n\n春耕开始了。\n");
        QVERIFY(!p.date.isValid());
        QVERIFY(p.paper.isNull());
        QVERIFY(!p.page);
        PageHints hints;
        hints.paper = u("青禾日报");
        hints.date = QDate(2020, 1, 2);
        hints.page = 7;
        p = PageSegmenter().segment(u("## 春耕忙\n\n新华社北京3月2日电 2025年春耕开始了。\n"), hints);
        QCOMPARE(p.date, QDate(2020, 1, 2));
        QCOMPARE(p.page, std::optional<int>(7));
    }

    void emptyAndDegenerateInput()
    {
        Page p = seg("");
        QVERIFY(p.articles.isEmpty());
        QCOMPARE(p.warnings.size(), 1);
        p = seg(" \n\n\t\n  \n");
        QVERIFY(p.articles.isEmpty());
        p = seg("****\n\n###\n\n---\n");
        QVERIFY(p.articles.isEmpty());
        p = seg("**(二)加强组织领导。**各级要落实责任。\n");
        QCOMPARE(texts(p.articles[0]), QStringList { u("(二)加强组织领导。各级要落实责任。") });
    }

    void hugeSingleLine()
    {
        QString line;
        line.reserve(50 * 1024 * 1024 / 3);
        const QString sentence = u("青禾镇的春茶今年提前开采，茶农们忙着采摘嫩芽。");
        while (line.size() < 50 * 1024 * 1024 / 3)
            line += sentence;
        const Page p = PageSegmenter().segment(line);
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].blocks.size(), 1);
        QCOMPARE(p.articles[0].blocks[0].text.size(), line.size());
    }
};

QTEST_GUILESS_MAIN(TestPageSegmenter)
#include "tst_pagesegmenter.moc"
