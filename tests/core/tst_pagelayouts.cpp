// Layouts from other papers and years than the samples' (national papers' padded bylines,
// Taiwan and Hong Kong credits, 1980s datelines, metro pages with tables and pictures, opinion,
// letters, literary and notice pages). Each rule is shown on a minimal page written for it, cut
// down from a page a reviewer set the way those papers do.
#include "segmentertestsupport.h"

#include "core/credits.h"
#include "core/jumpline.h"
#include "core/pagedate.h"

#include <QTest>

using namespace broadsheet;
using namespace broadsheet::testing;

class TestPageLayouts : public QObject {
    Q_OBJECT
private slots:
    // Writers lists set apart by ideographic spaces, with names padded to three characters, are
    // bylines under a headline, wherever the stack ends.
    void paddedWritersLists()
    {
        for (const char *byline : { "新华社记者　张晓松　朱基钗", "光明日报记者　陈　雪　王笑妃", "本报记者　王　浩　李晓晴", "何　娟", "本报评论部" }) {
            const Page p = seg(page({ "全国人大代表热议政府工作报告——", "稳中求进　以进促稳", byline, kBody }));
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(p.articles[0].kicker, u("全国人大代表热议政府工作报告——"));
            QCOMPARE(p.articles[0].headline, u("稳中求进　以进促稳"));
            QCOMPARE(p.articles[0].subheadline, QString());
            QCOMPARE(p.articles[0].byline, u(byline));
        }
        // Closing the article above, a bracketed list does not join the next article's kicker.
        const Page q = seg(page({ "第一篇标题", kBody, "（本报记者　孙振军　王　沛）", "代表委员热议政府工作报告——", "以进促稳开新局",
                                  "本报记者　王浩", "第一段正文内容比较长，讲述了事情的来龙去脉。" }));
        QCOMPARE(q.articles.size(), 2);
        QCOMPARE(q.articles[0].byline, u("本报记者　孙振军　王　沛"));
        QCOMPARE(q.articles[1].kicker, u("代表委员热议政府工作报告——"));
        QCOMPARE(q.articles[1].headline, u("以进促稳开新局"));
    }

    // A photo credit in brackets closes a caption, even one run into the text of a broken
    // paragraph; it is nobody's byline. A credit on its own line credits the caption above it.
    void captionCredits()
    {
        const Page p = seg("## 北台灣周六探10度\n\n【記者王小明／台北報導】高山有機會出現降雪或\n"
                           "合歡山武嶺昨天清晨氣溫降至3度，不少遊客上山拍攝雲海。（記者林俊良攝）\n"
                           "冰霰，建議民眾留意最新預報。\n\n農業部表示，低溫恐影響茶園。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, u("記者王小明／台北報導"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("高山有機會出現降雪或冰霰，建議民眾留意最新預報。"), u("農業部表示，低溫恐影響茶園。") }));
        QCOMPARE(p.articles[0].captions, (QList<Caption> { { u("合歡山武嶺昨天清晨氣溫降至3度，不少遊客上山拍攝雲海。"), u("記者林俊良攝") } }));

        const Page q = seg(page({ "测试标题一二三", "本报记者　王　浩", kBody, "3月5日，代表们步入会场。", "本报记者　邹　毅摄",
                                  "图片说明:十月四日,农民在晾晒新收的玉米。(新华社记者 李文摄)", "后面还有一段正文，讲述了事情的来龙去脉。",
                                  "黎巴嫩南部城市提爾26日遭空襲後濃煙沖天。圖:法新社" }));
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(q.articles[0].byline, u("本报记者　王　浩"));
        QCOMPARE(texts(q.articles[0]), (QStringList { u(kBody), u("后面还有一段正文，讲述了事情的来龙去脉。") }));
        QCOMPARE(q.articles[0].captions, (QList<Caption> { { u("3月5日，代表们步入会场。"), u("本报记者　邹　毅摄") },
                                                           { u("十月四日,农民在晾晒新收的玉米。"), u("新华社记者 李文摄") },
                                                           { u("黎巴嫩南部城市提爾26日遭空襲後濃煙沖天。"), u("圖:法新社") } }));
        // A credit alone is not cut between its role and its name.
        QCOMPARE(splitCaptionCredit(u("本报记者　邹　毅摄")).credit, QString());
        QVERIFY(!splitTrailingCredit(u("…今年这个县粮食总产比去年增长一成多。(新华社记者 李文摄)")).found());
    }

    // Datelines of older pages (Chinese numerals, a year), Taiwan's wire copy (the day only),
    // 记者…报道: with a colon, Hong Kong's 【…专讯】 and 综合外电报导.
    void datelinesAndTags()
    {
        struct Case {
            const char *lead, *dateline, *byline, *rest;
        };
        const Case cases[] = {
            { "新华社北京十月五日电(记者 周建华 陈立新)为期五天的会议今天闭幕。", "新华社北京十月五日电", "记者 周建华 陈立新", "为期五天的会议今天闭幕。" },
            { "新华社北京1985年10月5日电 会议今天闭幕。", "新华社北京1985年10月5日电", nullptr, "会议今天闭幕。" },
            { "本报上海十月四日电 记者陈秀英报道:上海港今年吞吐量将突破一亿吨。", "本报上海十月四日电", "记者陈秀英报道", "上海港今年吞吐量将突破一亿吨。" },
            { "中央社記者蘇思云台北27日電 中央銀行今天宣布利率不變。", "中央社記者蘇思云台北27日電", nullptr, "中央銀行今天宣布利率不變。" },
            { "中央社記者徐薇婷華盛頓26日專電 美國總統當選人表示。", "中央社記者徐薇婷華盛頓26日專電", nullptr, "美國總統當選人表示。" },
            { "【明報專訊】政府昨日公布大學城規劃。", nullptr, "明報專訊", "政府昨日公布大學城規劃。" },
            { "【本報訊】南韓國會通過預算削減案。", nullptr, "本報訊", "南韓國會通過預算削減案。" },
            { "綜合外電報導 以色列總理宣布停火。", nullptr, "綜合外電報導", "以色列總理宣布停火。" },
            { "記者王小明／台北報導 今年入秋以來第一波冷氣團報到。", nullptr, "記者王小明／台北報導", "今年入秋以來第一波冷氣團報到。" },
        };
        for (const Case &c : cases) {
            const CreditSplit s = splitLeadingCredit(u(c.lead));
            QCOMPARE(s.dateline, c.dateline ? u(c.dateline) : QString());
            QCOMPARE(s.byline, c.byline ? u(c.byline) : QString());
            QCOMPARE(s.rest, u(c.rest));
        }
        // Bylines filed from a place, on their own line, and a source closing an item.
        QCOMPARE(standaloneByline(u("陳柏諭、周毓翔／台北報導")), u("陳柏諭、周毓翔／台北報導"));
        QCOMPARE(standaloneByline(u("（記者林宏達／台中報導）")), u("記者林宏達／台中報導"));
        QCOMPARE(standaloneByline(u("文化特派员日记")), QString());
        QCOMPARE(splitTrailingCredit(u("汽車價格可能大幅上升。(中央社)")).byline, u("中央社"));
        QCOMPARE(splitTrailingCredit(u("展览将持续至本月底。（顾　阳）")).byline, u("顾　阳"));
    }

    // Mastheads and folios: Chinese-numeral and Republic of China dates, full-width digits,
    // headers set over several lines (page number, section, paper, date), and what is furniture
    // rather than a page number (今日24版) or a folio (a jump note).
    void mastheadsAndFolios()
    {
        FolioLine f = *parseFolioLine(u("人民日报 一九八五年十月六日 星期日 第一版"));
        QCOMPARE(f.date, QDate(1985, 10, 6));
        QCOMPARE(f.page, std::optional<int>(1));
        QCOMPARE(f.paper, u("人民日报"));
        f = *parseFolioLine(u("聯合報 中華民國113年11月27日 星期三 A1 要聞"));
        QCOMPARE(f.date, QDate(2024, 11, 27));
        QCOMPARE(f.page, std::optional<int>(1));
        f = *parseFolioLine(u("２　　要闻　　人民日报　２０２４年３月５日　星期二"));
        QCOMPARE(f.date, QDate(2024, 3, 5));
        QCOMPARE(f.page, std::optional<int>(2));
        QCOMPARE(parseFolioLine(u("明報 2024年11月27日(星期三) A4 港聞"))->paper, u("明報"));
        QCOMPARE(parseFolioLine(u("第A03版：要闻"))->page, std::optional<int>(3));
        // The page count is printed on its front page.
        QCOMPARE(parseFolioLine(u("今日24版"))->page, std::optional<int>(1));

        const Page p = seg("5\n评论\n人民日报\n2024年3月6日 星期三\n\n第一篇标题在这里\n\n本报记者　李　四\n\n"
                           "甲篇正文内容比较长，讲述了事情的来龙去脉。\n\n下转第4版\n");
        QCOMPARE(p.paper, u("人民日报"));
        QCOMPARE(p.date, QDate(2024, 3, 6));
        QCOMPARE(p.page, std::optional<int>(5));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("第一篇标题在这里"));
        QCOMPARE(p.articles[0].continuesTo, std::optional<int>(4));

        const Page q = seg("# 江城晚报\n\nJIANGCHENG EVENING NEWS\n\n国内统一连续出版物号 CN 42-0000\n\n今日24版\n\n"
                           "## 低空配送航线开通\n\n本报讯（记者 罗家伟）无人机送外卖最快15分钟送达。\n\n天气：今天多云 22℃～31℃\n\n"
                           "本报地址：江城市新华路218号 零售价：1.00元\n");
        QCOMPARE(q.paper, u("江城晚报"));
        QCOMPARE(q.page, std::optional<int>(1));
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(q.articles[0].headline, u("低空配送航线开通"));
        QCOMPARE(texts(q.articles[0]), QStringList { u("无人机送外卖最快15分钟送达。") });
        // Furniture is reported, never dropped in silence.
        QVERIFY(q.warnings.join(QLatin1Char(' ')).contains(u("零售价")));
        // A number alone below the page's first article is text, not the page's number.
        QCOMPARE(seg("## 标题\n\n5\n").page, std::nullopt);
    }

    // Jump notes as Taiwan and Hong Kong papers word them.
    void onwardAndBackNotes()
    {
        QCOMPARE(parseJumpLine(u("（續見A3版）"))->direction, JumpLine::Direction::To);
        QCOMPARE(parseJumpLine(u("（續見A3版）"))->page, 3);
        QCOMPARE(parseJumpLine(u("轉A4"))->page, 4);
        QCOMPARE(parseJumpLine(u("(接A1)"))->direction, JumpLine::Direction::From);
        QCOMPARE(parseJumpLine(u("承A1版"))->direction, JumpLine::Direction::From);
        QVERIFY(!parseJumpLine(u("接力赛")));
        const Page p = seg("## 標題\n\n記者王小明報導 今年入秋以來第一波冷氣團報到。\n\n（續見A3版）\n\n## 次篇\n\n本報訊 內容。\n");
        QCOMPARE(p.articles[0].continuesTo, std::optional<int>(3));
        QCOMPARE(p.articles[1].continuesTo, std::nullopt);
    }

    // Signatures close what is above them (a name, a place and role, a note on the author); the
    // next piece keeps its own stack.
    void closingSignatures()
    {
        const Page p = seg(page({ "今日谈", "让菜篮子拎得更稳当", "民生无小事，枝叶总关情。", "张 宁", "## 以高质量就业托举青年梦想",
                                  "就业是最基本的民生。", "（作者为中国人民大学劳动人事学院教授）", "郑　宁", "别让调研走了样",
                                  "本报讯 一些干部下基层调研。" }));
        QCOMPARE(p.articles.size(), 3);
        QCOMPARE(p.articles[0].column, u("今日谈"));
        QCOMPARE(p.articles[0].byline, u("张 宁"));
        QCOMPARE(p.articles[1].headline, u("以高质量就业托举青年梦想"));
        QCOMPARE(p.articles[1].kicker, QString());
        QCOMPARE(p.articles[1].byline, u("郑　宁"));
        QCOMPARE(texts(p.articles[1]), (QStringList { u("就业是最基本的民生。"), u("（作者为中国人民大学劳动人事学院教授）") }));
        QCOMPARE(p.articles[2].headline, u("别让调研走了样"));
        QCOMPARE(p.articles[2].kicker, QString());

        const Page letters = seg(page({ "## 乡村公路何时能打通？", "编辑同志：", "我们村到镇上的公路修了一半就停工了。",
                                        "湖南邵阳县 读者 刘德胜", "## 快递包装浪费现象应引起重视", "编辑同志：", "前几天我网购了一支口红。",
                                        "北京市朝阳区 王 芳", "## AI進校園 教師培訓要先行", "張文德／退休教師（台北市）", "教育部宣布明年起補助中小學。",
                                        "建議教育部先規畫教師研習。", "林佩君（新竹市／國中教師）" }));
        QCOMPARE(letters.articles.size(), 3);
        QCOMPARE(letters.articles[0].byline, u("湖南邵阳县 读者 刘德胜"));
        // The salutation stands apart from the letter under it.
        QCOMPARE(texts(letters.articles[0]), (QStringList { u("编辑同志："), u("我们村到镇上的公路修了一半就停工了。") }));
        QCOMPARE(letters.articles[1].headline, u("快递包装浪费现象应引起重视"));
        QCOMPARE(letters.articles[1].byline, u("北京市朝阳区 王 芳"));
        QCOMPARE(letters.articles[2].byline, u("張文德／退休教師（台北市） 林佩君（新竹市／國中教師）"));
        QCOMPARE(letters.articles[2].subheadline, QString());
    }

    // A markdown table stays in its article, a row a block; a picture marker line (图片, 图①)
    // is no text, and a short line under a picture is its caption.
    void tablesAndPictures()
    {
        const Page p = seg("## 三大指数周线三连阳\n\n本报讯 本周A股三大指数震荡走高。\n\n| 指数 | 收盘 | 周涨跌幅 |\n|---|---|---|\n"
                           "| 上证指数 | 3154.55 | +1.60% |\n| 深证成指 | 9744.79 | +1.90% |\n\n从板块表现看，消费电子涨幅居前。\n\n"
                           "### 融资余额连续四周回升\n\n两市融资余额本周继续回升。\n\n（下转B03版）\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(texts(p.articles[0]), (QStringList { u("本周A股三大指数震荡走高。"), u("指数 | 收盘 | 周涨跌幅"),
                                                      u("上证指数 | 3154.55 | +1.60%"), u("深证成指 | 9744.79 | +1.90%"),
                                                      u("从板块表现看，消费电子涨幅居前。"), u("## 融资余额连续四周回升"),
                                                      u("两市融资余额本周继续回升。") }));
        QCOMPARE(p.articles[0].continuesTo, std::optional<int>(3));

        const Page q = seg("## 城西湿地公园 樱花进入盛花期\n\n图①\n\n图①：游客在樱花林中拍照留念。 记者 方正 摄\n\n"
                           "图②：一位小朋友在樱花树下放风筝。 记者 方正 摄\n\n本报讯（记者 方正）这几天，樱花进入盛花期。\n\n"
                           "## 对话企业家\n\n# “出海”不是选择题\n\n### ——专访董事长林志强\n\n本报记者 唐悦 文/图\n\n![](image_5.jpg)\n\n"
                           "林志强在公司展厅介绍新款工业机器人。\n\n今年以来，我市外贸企业“出海”步伐明显加快。\n\n图片\n\n▲\n\n"
                           "工人在生产线上组装物流无人机。 实习生 潘一诺 摄\n");
        QCOMPARE(q.articles.size(), 2);
        QCOMPARE(q.articles[0].headline, u("城西湿地公园 樱花进入盛花期"));
        QCOMPARE(q.articles[0].byline, u("本报讯（记者 方正）"));
        QCOMPARE(q.articles[0].captions.size(), 2);
        QCOMPARE(texts(q.articles[0]), QStringList { u("这几天，樱花进入盛花期。") });
        const Article &b = q.articles[1];
        QCOMPARE(b.column, u("对话企业家"));
        QCOMPARE(b.headline, u("“出海”不是选择题"));
        QCOMPARE(b.subheadline, u("——专访董事长林志强"));
        QCOMPARE(texts(b), QStringList { u("今年以来，我市外贸企业“出海”步伐明显加快。") });
        QCOMPARE(b.captions, (QList<Caption> { { u("林志强在公司展厅介绍新款工业机器人。"), QString() },
                                               { u("工人在生产线上组装物流无人机。"), u("实习生 潘一诺 摄") } }));
    }

    // Notices are items of their own; a form's line stands as it is; list items and the text
    // under a salutation do not join a line ending in a colon.
    void noticesAndLists()
    {
        const Page p = seg("## 市民热线上半年受理诉求超500万件\n\n本报讯 从诉求类型看，排在前五位的分别是：\n\n（1）住房保障与物业管理，占比18.4%；\n\n"
                           "（2）城市管理与市容环境，占比15.1%。\n\n**江城市自然资源和规划局 关于滨江路片区规划批前公示的公告**\n\n"
                           "证券代码：603XXX　证券简称：华锦新材\n\n根据相关规定，现将规划予以公示。\n\n联系电话：027-85551234\n\n特此公告。\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(texts(p.articles[0]), (QStringList { u("从诉求类型看，排在前五位的分别是："), u("（1）住房保障与物业管理，占比18.4%；"),
                                                      u("（2）城市管理与市容环境，占比15.1%。") }));
        QCOMPARE(p.articles[1].headline, u("江城市自然资源和规划局 关于滨江路片区规划批前公示的公告"));
        QCOMPARE(texts(p.articles[1]), (QStringList { u("证券代码：603XXX　证券简称：华锦新材"), u("根据相关规定，现将规划予以公示。"),
                                                      u("联系电话：027-85551234"), u("特此公告。") }));
    }

    // Stacks: a line ending in a colon is the kicker; a name of two or three characters over a
    // longer heading is the page's or series' label, however it is set; a numbered heading
    // under a jump note is a subhead; interview questions stay dialogue.
    void stacksAndSubheads()
    {
        Page p = seg("## 春季流感进入高发期 专家提醒：\n\n## 老人儿童尽早接种疫苗\n\n本报讯（记者 吴佳琪）近期气温起伏较大。\n\n"
                     "# 大地\n\n## 故乡的老槐树\n\n李秋白\n\n村口那棵老槐树，不知道已经站了多少年。\n\n"
                     "## 民生新闻\n\n## 地铁5号线南延段下月起空载试运行\n\n本报讯（记者 李明轩）地铁5号线南延段已全部完工。\n");
        QCOMPARE(p.articles.size(), 3);
        QCOMPARE(p.articles[2].column, u("民生新闻"));
        QCOMPARE(p.articles[2].headline, u("地铁5号线南延段下月起空载试运行"));
        QCOMPARE(p.articles[0].kicker, u("春季流感进入高发期 专家提醒："));
        QCOMPARE(p.articles[0].headline, u("老人儿童尽早接种疫苗"));
        QCOMPARE(p.articles[1].column, u("大地"));
        QCOMPARE(p.articles[1].headline, u("故乡的老槐树"));
        QCOMPARE(p.articles[1].byline, u("李秋白"));

        // A question set before the headline on its line is the kicker.
        const Page asked = seg("## 飞机维修哪家强？ 来看这场技能大比拼\n\n本报讯 比赛昨日开赛。\n");
        QCOMPARE(asked.articles[0].kicker, u("飞机维修哪家强？"));
        QCOMPARE(asked.articles[0].headline, u("来看这场技能大比拼"));

        p = seg("## 让创新成为高质量发展的强大动能\n\n(上接第一版)\n\n### 三、完善科技成果转化机制\n\n"
                "科技成果只有转化为现实生产力，才能真正发挥作用。\n\n**记者：这些年遇到的最大困难是什么？**\n\n林志强：最大的困难是本地化。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].continuedFrom, std::optional<int>(1));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("## 三、完善科技成果转化机制"), u("科技成果只有转化为现实生产力，才能真正发挥作用。"),
                                                      u("记者：这些年遇到的最大困难是什么？"), u("林志强：最大的困难是本地化。") }));
    }

    // A poem: its poet under the title, each line a line, the next poem of the set (外一首) a
    // subhead; ornaments between pieces are no text.
    void verseOnLiteraryPages()
    {
        const Page p = seg("## 秋日田野(外一首)\n\n王晓燕\n\n稻子弯下了腰\n像一位谦逊的老人\n向养育它的土地\n深深鞠躬\n\n"
                           "### 打谷场\n\n月光铺满打谷场\n连枷声声\n把一年的辛劳\n敲打成金黄的颗粒\n\n◆\n\n## 读书的滋味\n\n□ 陈 默\n\n"
                           "少年时读书，贪多求快。\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].headline, u("秋日田野(外一首)"));
        QCOMPARE(p.articles[0].subheadline, QString());
        QCOMPARE(p.articles[0].byline, u("王晓燕"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("稻子弯下了腰"), u("像一位谦逊的老人"), u("向养育它的土地"), u("深深鞠躬"), u("## 打谷场"),
                                                      u("月光铺满打谷场"), u("连枷声声"), u("把一年的辛劳"), u("敲打成金黄的颗粒") }));
        QCOMPARE(p.articles[1].headline, u("读书的滋味"));
    }

    // Staff lines without a colon (two roles or more, each named) and the page's mailbox are
    // the page's, at its foot; a paragraph OCR read twice, once broken at a column gap, appears
    // once; a subhead over a paragraph that a picture interrupts mid-sentence is no photo news.
    void footersDuplicatesAndInterruptedSections()
    {
        const Page p = seg(page({ "## 标题", "本报讯 记者从市商务局获悉，中山路步行街提升改造工程已全部完工。",
                                  "市商务局表示，步行街将于4月10日起试运营，届时将举办开街活动。",
                                  "市商务局表示，步行街将于4月10日起试运营，届时将", "举办开街活动。", "“发展信心更足了”",
                                  "“报告提出今年国内生产总值增长5%左右的预期目标，这个目标积极稳妥，也同经济增长潜力相匹配。”全国人大代表、浙江省宁波市某机械制造企业董事长陈立新说，企业今年的订单已经排到了三季度，", "3月5日，代表们步入会场。", "本报记者　邹　毅摄",
                                  "“我们准备再上两条智能生产线。”", "编辑 苏明 美编 许燕 校对 韩雪", "责任编辑　周　琳　　美术编辑　王子萱",
                                  "邮箱　jjrbcj@163.com" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(texts(p.articles[0]), (QStringList { u("记者从市商务局获悉，中山路步行街提升改造工程已全部完工。"),
                                                      u("市商务局表示，步行街将于4月10日起试运营，届时将举办开街活动。"),
                                                      u("## “发展信心更足了”"),
                                                      u("“报告提出今年国内生产总值增长5%左右的预期目标，这个目标积极稳妥，也同经济增长潜力相匹配。”全国人大代表、浙江省宁波市某机械制造企业董事长陈立新说，"
                                                        "企业今年的订单已经排到了三季度，“我们准备再上两条智能生产线。”") }));
        QCOMPARE(p.articles[0].captions.size(), 1);
        QCOMPARE(p.warnings.filter(u("staff line")).size(), 3);
    }

    // Running heads OCR left between columns go, but a line that holds a headline besides the
    // folio is text; the page a page prints outranks the number in its file's name.
    void runningHeadsAndPrintedPages()
    {
        const Page p = seg(page({ "## 梯田里的新“丰”景", "本报讯 近年来，云和县推动梯田保护与乡村旅游深度融合。全县梯田景区年接待",
                                  "2024年9月6日 星期五 要闻 3", "游客超过120万人次，相关产品销售额达36", "00万元。" }));
        QCOMPARE(p.page, std::optional<int>(3));
        QCOMPARE(texts(p.articles[0]), QStringList { u("近年来，云和县推动梯田保护与乡村旅游深度融合。全县梯田景区年接待游客超过120万人次，相关产品销售额达3600万元。") });
        const Page q = seg("丽水日报 2024年9月6日 星期五 要闻 3 庆 元 香 菇 再 获 国 际 认 证\n\n本报讯 庆元香菇日前获得国际认证。\n");
        QVERIFY(q.articles.size() >= 1);
        QVERIFY(q.articles[0].headline.contains(u("认 证")) || texts(q.articles[0]).join(QString()).contains(u("认 证")));
        QCOMPARE(seg("理论周刊 7\n\n## 标题\n\n本报讯 正文。\n").page, std::optional<int>(7));
        QCOMPARE(seg("7 体育\n\n## 标题\n\n本报讯 正文。\n").page, std::optional<int>(7));
        // The page count beside the date is printed on its front page.
        QCOMPARE(seg("2016年9月20日 星期二 农历丙申年八月二十 今日12版\n\n## 标题\n\n本报讯 正文。\n").page, std::optional<int>(1));
        PageHints hints;
        hints.page = 6;
        QCOMPARE(PageSegmenter().segment(u("星島日報 2024年11月27日 星期三 A16 國際\n\n## 標題\n\n本報訊 內容。\n"), hints).page,
                 std::optional<int>(16));
        QCOMPARE(PageSegmenter().segment(u("## 標題\n\n本報訊 內容。\n"), hints).page, std::optional<int>(6));
    }

    // Subheads: a number on its own line numbers the heading under it; a numbered part under a
    // paragraph that announces it with a colon is a subhead; an index of the issue is no heading.
    void numberedPartsAndIndexes()
    {
        const Page p = seg(page({ "## 老屋活了", "本报讯 十年前，村里的老屋大多空置。县域创新面临的问题主要有以下几个方面：",
                                  "（一）创新资源相对匮乏", "县域高校院所少，研发平台不足。", "1", "“老屋再不修，就真的要塌了”",
                                  "村支书说，修缮工作随后启动。", "2 留住乡愁，也留住人", "老屋活了，人也回来了。" }));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("十年前，村里的老屋大多空置。县域创新面临的问题主要有以下几个方面："),
                                                      u("## （一）创新资源相对匮乏"), u("县域高校院所少，研发平台不足。"),
                                                      u("## 1 “老屋再不修，就真的要塌了”"), u("村支书说，修缮工作随后启动。"),
                                                      u("## 2 留住乡愁，也留住人"), u("老屋活了，人也回来了。") }));
        const Page index = seg("## 导读\n\n我省出台十条措施激发民间投资活力 第2版\n\n首届“江淮最美家庭”名单揭晓  第5版\n\n"
                               "# 全省重点项目建设现场推进会在临江召开\n\n本报讯 全省重点项目建设现场推进会昨日召开。\n");
        QCOMPARE(index.articles.size(), 2);
        QCOMPARE(texts(index.articles[0]).size(), 2);
        QCOMPARE(index.articles[1].headline, u("全省重点项目建设现场推进会在临江召开"));
        QCOMPARE(index.articles[1].kicker, QString());
    }

    // Writers: several names or a name with the body they work for, under a headline or closing
    // an item in brackets; a name alone in brackets closes a note.
    void writersOfEveryKind()
    {
        for (const char *writers : { "王晓东 陈佳怡", "浙江省委党校 王晓东", "中央党校（国家行政学院）教授 韩庆祥", "许翔宇 报道",
                                     "特派员 许翔宇 吉隆坡报道", "黄宝玲 综合报道", "记者 Lim Wei Ling" }) {
            const Page p = seg(page({ "## 县域创新的路径选择", writers, "县域是我国经济发展的基本单元。" }));
            QCOMPARE(p.articles[0].byline, u(writers));
            QCOMPARE(p.articles[0].subheadline, QString());
            QCOMPARE(texts(p.articles[0]), QStringList { u("县域是我国经济发展的基本单元。") });
        }
        // The writer's e-mail address under the writers line is part of the credit, and so is a
        // second writers line: neither closes the article before its text.
        const Page mail = seg(page({ "## 组屋转售价格连续上涨", "许翔宇 报道", "xuxy@sph.com.sg", "建屋发展局的数据显示，价格上涨。" }));
        QCOMPARE(mail.articles.size(), 1);
        QCOMPARE(mail.articles[0].byline, u("许翔宇 报道 xuxy@sph.com.sg"));
        const Page two = seg(page({ "## 春耕忙", "本报记者 王浩", "通讯员 李明", "田野里一片繁忙。" }));
        QCOMPARE(two.articles.size(), 1);
        QCOMPARE(two.articles[0].byline, u("本报记者 王浩 通讯员 李明"));
        QCOMPARE(standaloneByline(u("新华社 报道")), QString());
        const Page q = seg(page({ "武义举办农民丰收节", "本报讯 活动吸引游客1.5万人次。", "（武义县融媒体中心 何 洁）", "东阳木雕亮相博览会",
                                  "本报讯 东阳木雕作品日前亮相。", "（据东阳发布）", "## 记者手记", "采访中，记者感受到匠人的坚守。", "（陈思远）" }));
        QCOMPARE(q.articles.size(), 3);
        QCOMPARE(q.articles[0].byline, u("本报讯 武义县融媒体中心 何 洁"));
        QCOMPARE(q.articles[1].headline, u("东阳木雕亮相博览会"));
        QCOMPARE(q.articles[1].byline, u("本报讯 据东阳发布"));
        QCOMPARE(q.articles[2].byline, u("陈思远"));
        QCOMPARE(texts(q.articles[2]), QStringList { u("采访中，记者感受到匠人的坚守。") });
    }

    // Credits of wire agencies, interviewees and cartoonists; a bracketed note after a full stop
    // ends the paragraph; a quoted exclamation over a lead is a headline; one finished paragraph
    // over a credited caption is an article's text, not photo news.
    void moreCreditsAndEndings()
    {
        const Page p = seg(page({ "## 西班牙洪灾", "新华社马德里11月4日电 西班牙东部暴雨引发洪灾。", "…清理工作仍在进行。(均据新华社)",
                                  "11月4日,救援人员在瓦伦西亚省清理街道。", "路透社", "受灾居民在临时安置点休息。（受访者提供）",
                                  "## “家门口就能看病了！”", "本报讯（记者 王五）社区卫生服务站昨日开诊。", "## 层层加码", "层层加码的督查让基层疲于应付。",
                                  "王成 绘", "## 组屋转售价格连续上涨", "建屋发展局的数据显示，今年第三季度组屋转售价格比上季度上涨。",
                                  "副总理黄循财昨天在国会发言。（陈渊桂摄）" }));
        QCOMPARE(p.articles.size(), 4);
        QCOMPARE(texts(p.articles[0]), (QStringList { u("西班牙东部暴雨引发洪灾。"), u("…清理工作仍在进行。") }));
        QCOMPARE(p.articles[0].byline, u("均据新华社"));
        QCOMPARE(p.articles[0].captions, (QList<Caption> { { u("11月4日,救援人员在瓦伦西亚省清理街道。"), u("路透社") },
                                                           { u("受灾居民在临时安置点休息。"), u("受访者提供") } }));
        QCOMPARE(p.articles[1].headline, u("“家门口就能看病了！”"));
        QCOMPARE(p.articles[2].captions, (QList<Caption> { { u("层层加码的督查让基层疲于应付。"), u("王成 绘") } }));
        QCOMPARE(texts(p.articles[3]), QStringList { u("建屋发展局的数据显示，今年第三季度组屋转售价格比上季度上涨。") });
        // Photo news whose caption a column gap broke after a dated opening is still one caption.
        const Page photo = seg(page({ "## 科普进校园", "5月16日,在安徽省合肥市一所小学,科技馆工作人员为学生演示机器人",
                                      "编程。当天,活动走进该校。", "本报记者 孙 浩 摄", "## 高原牧场迎来接羔季",
                                      "5月15日,在西藏那曲市色尼区,牧民在照看新生的小羊羔。", "新华社记者 晋美多吉 摄" }));
        QCOMPARE(photo.articles.size(), 2);
        QCOMPARE(photo.articles[0].captions, (QList<Caption> { { u("5月16日,在安徽省合肥市一所小学,科技馆工作人员为学生演示机器人编程。当天,活动走进该校。"),
                                                                u("本报记者 孙 浩 摄") } }));
        QCOMPARE(p.articles[3].captions, (QList<Caption> { { u("副总理黄循财昨天在国会发言。"), u("陈渊桂摄") } }));
    }

    // OCR that kept the column's line breaks and no blank line at all: a column-wide line with a
    // comma is a paragraph's first line, not a headline; a full stop at a line's end ends the
    // paragraph (nothing else can tell where one ends).
    void hardWrappedWithoutBlankLines()
    {
        const Page p = seg("梯田里长出“金饭碗”\n本报讯（记者 叶 青）初秋时节，云和梯田层层叠叠，稻浪翻滚。在梯\n"
                           "田景区核心区的坑根村，村民刘大伯正忙着给游客介绍今年\n的新米。\n"
                           "近年来，云和县坚持“以农促旅、以旅兴农”，推动梯田保护\n与乡村旅游深度融合，带动村民人均增收8000余元。\n"
                           "为留住“乡愁”，当地还成立了梯田农耕文化研究\n会，挖掘整理开犁节、尝新节等民俗活动，并开发\n出梯田系列农产品。\n"
                           "今年1至8月，相关产品线上线下销售额达3600万元，同比增长\n27.5%。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("梯田里长出“金饭碗”"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("初秋时节，云和梯田层层叠叠，稻浪翻滚。在梯田景区核心区的坑根村，村民刘大伯正忙着给游客介绍今年的新米。"),
                                                      u("近年来，云和县坚持“以农促旅、以旅兴农”，推动梯田保护与乡村旅游深度融合，带动村民人均增收8000余元。"),
                                                      u("为留住“乡愁”，当地还成立了梯田农耕文化研究会，挖掘整理开犁节、尝新节等民俗活动，并开发出梯田系列农产品。"),
                                                      u("今年1至8月，相关产品线上线下销售额达3600万元，同比增长27.5%。") }));
    }

    // A box of bulleted briefs under its label is one item, each brief keeping its signature;
    // results and figures set in plain-text columns are rows, never a headline stack.
    void boxesAndPlainTextRows()
    {
        const Page p = seg(page({ "## 电梯安装提速", "本报讯 今年全市计划开工加装电梯300台。", "热线速递",
                                  "■昨日上午10时许，中山路一家服装店门口的广告牌被风刮落，所幸无人受伤。（记者 赵敏）",
                                  "■昨日，市民张先生在公交车上捡到一个钱包，失主可拨打本报热线认领。（记者 孙涛）",
                                  "## 中超联赛收官", "本报讯 中超联赛昨晚收官。", "上海申花 3∶1 山东泰山", "成都蓉城 2∶0 北京国安",
                                  "积分榜前三：上海海港 70分 上海申花 67分 成都蓉城 60分", "## 辽宁胜广东", "新华社沈阳11月5日电 辽宁队主场取胜。" }));
        QCOMPARE(p.articles.size(), 4);
        QCOMPARE(texts(p.articles[0]), QStringList { u("今年全市计划开工加装电梯300台。") });
        QCOMPARE(p.articles[1].headline, u("热线速递"));
        QCOMPARE(p.articles[1].byline, QString());
        QCOMPARE(texts(p.articles[1]), (QStringList { u("■昨日上午10时许，中山路一家服装店门口的广告牌被风刮落，所幸无人受伤。（记者 赵敏）"),
                                                      u("■昨日，市民张先生在公交车上捡到一个钱包，失主可拨打本报热线认领。（记者 孙涛）") }));
        QCOMPARE(texts(p.articles[2]), (QStringList { u("中超联赛昨晚收官。"), u("上海申花 3∶1 山东泰山"), u("成都蓉城 2∶0 北京国安"),
                                                      u("积分榜前三：上海海港 70分 上海申花 67分 成都蓉城 60分") }));
        QCOMPARE(p.articles[3].headline, u("辽宁胜广东"));
        QCOMPARE(p.articles[3].subheadline, QString());
    }

    // A dump an HTML converter left its markup in reads as the page it was: blocks are paragraphs,
    // titles headings, bold lines subheads, and character references are read.
    void htmlLeftovers()
    {
        const Page p = seg("<div class=\"title\">城南片区老旧小区改造全面启动</div>\n<div class=\"subtitle\">今年将惠及居民1.2万户&nbsp;年底前完工</div>\n\n"
                           "<p>本报讯（记者&nbsp;周晓岚）3月18日，改造工程全面启动。</p>\n\n<p><b>加装电梯“一楼一策”</b></p>\n\n"
                           "<p>市住建局逐栋摸排，供水&amp;燃气管网一并更换。<br>居民王桂芬说&#8220;很高兴&#8221;。</p>\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("城南片区老旧小区改造全面启动"));
        QCOMPARE(p.articles[0].subheadline, u("今年将惠及居民1.2万户 年底前完工"));
        QCOMPARE(p.articles[0].byline, u("本报讯（记者 周晓岚）"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("3月18日，改造工程全面启动。"), u("## 加装电梯“一楼一策”"),
                                                      u("市住建局逐栋摸排，供水&燃气管网一并更换。"), u("居民王桂芬说“很高兴”。") }));
    }

    // Rules of any set between pieces are no text; jump notes may lose their brackets; datelines
    // may name the day only; writers may follow a paper's name and a middle dot; charts are
    // credited 制图; a letter-spaced label is a label; a data source stands as it is.
    void olderAndOtherSettings()
    {
        const Page p = seg(page({ "**城市绿道建设提速**", "本报讯 今年全市新建绿道50公里，同步建设观鸟平台。转第3版", "＊＊＊",
                                  "**冬季积肥运动广泛开展**", "本报北京6日讯 各地积极开展冬季积肥运动。", "———",
                                  "## 追光者", "### ——记青年科学家团队", "中国青年报·中青网记者 许雯 实习生 杜若飞", "团队成员平均年龄只有31岁。",
                                  "2023年1月—2024年3月我国月度进出口增速", "制图：高妍", "数据来源：海关总署", "社 论",
                                  "## 坚持不懈抓好农业生产", "农业是国民经济的基础。" }));
        QCOMPARE(p.articles.size(), 4);
        QCOMPARE(p.articles[0].continuesTo, std::optional<int>(3));
        QCOMPARE(texts(p.articles[0]), QStringList { u("今年全市新建绿道50公里，同步建设观鸟平台。") });
        QCOMPARE(p.articles[1].dateline, u("本报北京6日讯"));
        QCOMPARE(texts(p.articles[1]), QStringList { u("各地积极开展冬季积肥运动。") });
        QCOMPARE(p.articles[2].subheadline, u("——记青年科学家团队"));
        QCOMPARE(p.articles[2].byline, u("中国青年报·中青网记者 许雯 实习生 杜若飞"));
        QCOMPARE(p.articles[2].captions, (QList<Caption> { { u("2023年1月—2024年3月我国月度进出口增速"), u("制图：高妍") } }));
        QCOMPARE(texts(p.articles[2]), (QStringList { u("团队成员平均年龄只有31岁。"), u("数据来源：海关总署") }));
        QCOMPARE(p.articles[3].column, u("社 论"));
        QCOMPARE(p.articles[3].headline, u("坚持不懈抓好农业生产"));
        QCOMPARE(splitLeadingCredit(u("新华社北京二十日电 会议闭幕。")).dateline, u("新华社北京二十日电"));
        QCOMPARE(splitLeadingCredit(u("据新华社北京6日电 会议闭幕。")).dateline, u("据新华社北京6日电"));
        // Mastheads: the weather box and a page number before the section's name go.
        const Page r = seg("经济日报　2024年7月9日　星期二　5　产经\n\n今日天气\n\n多云转晴 14℃～24℃\n\n## 标题\n\n本报讯 正文。\n");
        QCOMPARE(r.page, std::optional<int>(5));
        QCOMPARE(r.articles.size(), 1);
        QCOMPARE(r.articles[0].kicker, QString());
        QCOMPARE(r.articles[0].column, QString());
        QCOMPARE(seg("2019年3月7日 星期四 第4版 全国两会特别报道\n\n## 标题\n\n本报讯 正文。\n").page, std::optional<int>(4));
    }

    // Without bylines, a plain heading after finished text opens a new item when the paragraph
    // under it opens the way reports do (with when it happened, or 记者从…获悉); under other
    // headings, or when the text above is unfinished, the heading stays a subhead.
    void reportsWithoutBylines()
    {
        const Page p = seg(page({ "## 社区食堂开进老小区", "本报讯 我市新建社区食堂43家。", "社区工作人员介绍，食堂由街道提供场地。",
                                  "冬季用电高峰将至 电力部门提前部署", "记者从国网杭州供电公司获悉，今冬最高用电负荷将创新高。",
                                  "图书馆推出夜间阅读服务", "11月1日，市图书馆延长开放时间至晚上九点。", "读者服务更贴心",
                                  "周一至周五晚间，图书馆还将举办读书分享会。" }));
        QCOMPARE(p.articles.size(), 3);
        QCOMPARE(p.articles[1].headline, u("冬季用电高峰将至 电力部门提前部署"));
        QCOMPARE(p.articles[2].headline, u("图书馆推出夜间阅读服务"));
        QCOMPARE(texts(p.articles[2]), (QStringList { u("11月1日，市图书馆延长开放时间至晚上九点。"), u("## 读者服务更贴心"),
                                                      u("周一至周五晚间，图书馆还将举办读书分享会。") }));
    }

    // Two articles may close on the same sentence: only a copy a few lines on, with no heading
    // between, is OCR reading it twice.
    void boilerplateIsNoRepeat()
    {
        const char *closing = "各乡镇（街道）、市级有关部门主要负责人参加会议。";
        const Page p = seg(page({ "## 全市安全生产工作会议召开", "本报讯 全市安全生产工作会议昨日召开。", closing, "## 全市秋粮收购工作会议召开",
                                  "本报讯 全市秋粮收购工作会议昨日召开。", closing }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(texts(p.articles[0]).last(), u(closing));
        QCOMPARE(texts(p.articles[1]).last(), u(closing));
    }
};

QTEST_APPLESS_MAIN(TestPageLayouts)
#include "tst_pagelayouts.moc"
