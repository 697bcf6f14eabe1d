// Boxes, lists and lines of other papers' pages (weather, figure and field boxes, sets of poems,
// letters, round-ups) and what OCR and converters do to text (wrapped captions, one line per
// paragraph, narrow columns, re-read fragments), from the fourth session's reviews; the credits,
// headlines and folios of the same reviews are in tst_pagefeatures. Last, the fifth session's page
// furniture (folios, staff strips, page numbers, footers) and spaced-out OCR. Each rule is shown on
// a minimal page written for it.
#include "segmentertestsupport.h"

#include "core/ocrspacing.h"
#include "core/pagedate.h"
#include "core/textshape.h"

#include <QTest>

using namespace broadsheet;
using namespace broadsheet::testing;

class TestPageBoxes : public QObject {
    Q_OBJECT
private slots:
    // OCR kept the column's line breaks and no blank lines: a line as wide as the column between
    // two lines of text is a wrapped line of the paragraph, comma or not, even on a short page.
    void wrappedLineWithoutComma()
    {
        const Page p = seg("千亩麦田喜迎春灌\n本报讯（记者 唐颖）连日来，安陵县柳\n溪镇的千亩麦田迎来春灌高峰。在该镇红\n旗村的田头，智能喷灌设备缓缓移动。\n"
                           "与往年相比，今年的春灌多了不少“科\n技范”。系统会根据土壤湿度自动生成灌\n溉建议，既不浪费水，也能保证长势。\n"
                           "县农业农村局还组织了20多名农技专\n家下沉一线，开展“科技春灌”巡回指\n导，已培训农户3200余人次。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("千亩麦田喜迎春灌"));
        QCOMPARE(p.articles[0].byline, u("本报讯（记者 唐颖）"));
        QCOMPARE(texts(p.articles[0]).size(), 3);
        QCOMPARE(texts(p.articles[0]).last(), u("县农业农村局还组织了20多名农技专家下沉一线，开展“科技春灌”巡回指导，已培训农户3200余人次。"));
    }

    // OCR re-read a column's first fragment: whichever copy its tail follows stays, and a copy of
    // the paragraph's first sentences only goes; the text reads once, whole.
    void reReadColumnFragments()
    {
        const char *fragment = "产业规模上去了，如何让好茶卖出好价钱？湄潭的答案是品牌化。县里对授权企业实行动态管理，检查不合格的，立即收回";
        const QString whole = u("产业规模上去了，如何让好茶卖出好价钱？湄潭的答案是品牌化。县里对授权企业实行动态管理，检查不合格的，立即收回授权。目前，已有120家企业获准使用这一品牌。");
        const QByteArray prefix = QByteArray(fragment) + "授权。";
        for (const char *copy : { fragment, prefix.constData() }) {
            const Page p = seg(page({ "## 小茶叶撬动百亿大产业", "本报讯 四月的湄潭，漫山遍野的茶园吐露新芽。", fragment, "授权。目前，已有120家企业获准使用这一品牌。", copy,
                                      "茶旅融合是湄潭的另一张名片。" }));
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(texts(p.articles[0]), (QStringList { u("四月的湄潭，漫山遍野的茶园吐露新芽。"), whole, u("茶旅融合是湄潭的另一张名片。") }));
        }
        // The stray copy first, the one its tail follows later: the later stays.
        const Page q = seg(page({ "## 小茶叶撬动百亿大产业", "本报讯 四月的湄潭，漫山遍野的茶园吐露新芽。", fragment, "茶旅融合是湄潭的另一张名片。", fragment,
                                  "授权。目前，已有120家企业获准使用这一品牌。" }));
        QCOMPARE(texts(q.articles[0]), (QStringList { u("四月的湄潭，漫山遍野的茶园吐露新芽。"), u("茶旅融合是湄潭的另一张名片。"), whole }));
    }

    // A set of poems (组诗, 外一首, 三题): each poem's title is a subhead of the one article, each
    // line of verse its own block, even in stanzas of two or three lines.
    void poemSets()
    {
        for (const char *titleMark : { "**", "### ", "" }) {
            const bool bold = QByteArray(titleMark) == "**";
            const QByteArray spring = QByteArray(titleMark) + "春雨" + (bold ? "**" : "");
            const QByteArray tea = QByteArray(titleMark) + "采茶" + (bold ? "**" : "");
            const Page p = seg(QByteArray("## 江南四月（组诗）\n\n□ 赵小川\n\n" + spring + "\n\n雨落在青瓦上\n像一封迟到的信\n母亲站在檐下\n\n" + tea
                                          + "\n\n她的手指比露水还轻\n一芽一叶\n\n## 读书的滋味\n\n" + kBody + "\n")
                                   .constData());
            QCOMPARE(p.articles.size(), 2);
            QCOMPARE(p.articles[0].byline, u("□ 赵小川"));
            QCOMPARE(texts(p.articles[0]), (QStringList { u("## 春雨"), u("雨落在青瓦上"), u("像一封迟到的信"), u("母亲站在檐下"), u("## 采茶"),
                                                          u("她的手指比露水还轻"), u("一芽一叶") }));
            QCOMPARE(p.articles[1].headline, u("读书的滋味"));
        }
        // The last line of a stanza is no title, however short.
        const Page q = seg("## 秋日田野(外一首)\n\n王晓燕\n\n稻子弯下了腰\n像一位谦逊的老人\n深深鞠躬\n\n风从远山走来\n父亲站在田埂上\n\n### 打谷场\n\n月光铺满打谷场\n连枷声声\n");
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(texts(q.articles[0]), (QStringList { u("稻子弯下了腰"), u("像一位谦逊的老人"), u("深深鞠躬"), u("风从远山走来"), u("父亲站在田埂上"), u("## 打谷场"),
                                                      u("月光铺满打谷场"), u("连枷声声") }));
    }

    // Rows of a short label and its value (作者：… 出版社：…, 时间：… 地点：…) are a list: each row
    // stands as it is, none is a byline, none runs into the text around it.
    void fieldRows()
    {
        const Page p = seg(page({ "新书推荐", "《运河人家》", "作者：周长安", "出版社：江城文艺出版社", "本书以京杭大运河畔的一个江南小镇为背景，描绘了运河人家的日常生活。" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, QString());
        QCOMPARE(texts(p.articles[0]), (QStringList { u("作者：周长安"), u("出版社：江城文艺出版社"), u("本书以京杭大运河畔的一个江南小镇为背景，描绘了运河人家的日常生活。") }));
        const Page q = seg(page({ "## 社区义诊活动本周六举行", "本报讯（记者 孙悦）本周六，市一院将在东湖社区开展义诊活动。活动安排如下：", "时间：3月23日上午9时至11时",
                                  "地点：东湖社区党群服务中心", "欢迎广大居民参加。" }));
        QCOMPARE(texts(q.articles[0]), (QStringList { u("本周六，市一院将在东湖社区开展义诊活动。活动安排如下："), u("时间：3月23日上午9时至11时"),
                                                      u("地点：东湖社区党群服务中心"), u("欢迎广大居民参加。") }));
        // Credits alone, one under another, stay the byline.
        const Page r = seg(page({ "## 华小新生人数下滑", "报道：黄慧玲", "摄影：李国强", kBody }));
        QCOMPARE(r.articles[0].byline, u("报道：黄慧玲 摄影：李国强"));
    }

    // A weather box (its label, forecast rows, the bureau's note) and a schedule stand as rows; a
    // short label over such rows heads a box of its own, as the weather and a correction (更正) are
    // items of their own, even under a short first story.
    void weatherSchedulesAndCorrections()
    {
        const Page p = seg(page({ "## 市民可免费领取应急包", "本报讯（记者 林晨）即日起至4月30日，市民可凭身份证免费领取家庭应急包一份。", "**天气**",
                                  "今天 多云转小雨 14℃～21℃ 东南风3～4级", "明天 小雨转阴 13℃～18℃ 北风3级", "（市气象台昨日17时发布）", "**更正**",
                                  "本报4月15日A05版《老旧小区加装电梯提速》一文中，“136台”应为“163台”。特此更正。" }));
        QCOMPARE(p.articles.size(), 3);
        QCOMPARE(p.articles[1].headline, u("天气"));
        QCOMPARE(texts(p.articles[1]), (QStringList { u("今天 多云转小雨 14℃～21℃ 东南风3～4级"), u("明天 小雨转阴 13℃～18℃ 北风3级"), u("（市气象台昨日17时发布）") }));
        QCOMPARE(p.articles[2].headline, u("更正"));
        QCOMPARE(p.articles[2].kicker, QString());
        const Page q = seg("# 全省春季招聘会开幕\n\n本报讯（记者 吴越）4月16日，全省春季大型招聘会在澄州开幕。\n\n**招聘会日程**\n\n4月16日 综合类专场\n"
                           "4月17日 制造业专场\n4月18日 服务业专场\n\n一季度全省经济运行实现“开门稳”\n\n# 新动能加快成长\n\n本报讯（记者 罗嘉宁）4月16日，省统计局发布数据。\n");
        QCOMPARE(q.articles.size(), 3);
        QCOMPARE(q.articles[1].headline, u("招聘会日程"));
        QCOMPARE(texts(q.articles[1]), (QStringList { u("4月16日 综合类专场"), u("4月17日 制造业专场"), u("4月18日 服务业专场") }));
        QCOMPARE(q.articles[2].kicker, u("一季度全省经济运行实现“开门稳”"));
        // A table's header row stands with its rows.
        const Page r = seg("中超积分榜（截至第5轮）\n\n排名　球队　　　场次　胜　平　负　积分\n1　　上海海港　5　　4　1　0　　13\n2　　成都蓉城　5　　4　0　1　　12\n");
        QCOMPARE(r.articles.size(), 1);
        QCOMPARE(r.articles[0].subheadline, QString());
        QCOMPARE(texts(r.articles[0]).first(), u("排名　球队　　　场次　胜　平　负　积分"));
    }

    // A related-reading box (延伸閱讀 and its ● items) stays with its article as lines of their
    // own; no item becomes the next story's headline. The page count at the foot is
    // furniture.
    void relatedReadingAndFootNotes()
    {
        const Page p = seg(page({ "健保點值再探底　醫界憂急診壅塞", "〔記者林佳穎／台北報導〕健保總額協商即將登場，醫界近日接連發聲。", "衛福部長昨天表示，明年總額成長率將爭取達到4.5％。",
                                  "延伸閱讀", "●護理師離職潮未歇　醫院關床逾千張", "●急診壅塞　醫學會籲分級醫療落實", "北市老宅都更新制上路　容積獎勵最高50％",
                                  "記者陳宏志／台北報導", "台北市政府昨天宣布，老舊建築物加速重建專案將自下月一日起上路。" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].byline, u("記者林佳穎／台北報導"));
        QCOMPARE(texts(p.articles[0]).mid(2), (QStringList { u("延伸閱讀"), u("●護理師離職潮未歇　醫院關床逾千張"), u("●急診壅塞　醫學會籲分級醫療落實") }));
        QCOMPARE(p.articles[1].headline, u("北市老宅都更新制上路　容積獎勵最高50％"));
        QCOMPARE(p.articles[1].subheadline, QString());

        const Page q = seg("市区新增公交线路三条\n　　本报讯　为方便群众出行，市公交公司从本月一日起新开辟三条公交线路。\n本报今日四版\n");
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(texts(q.articles[0]), QStringList { u("为方便群众出行，市公交公司从本月一日起新开辟三条公交线路。") });
    }

    // A caption wrapped over lines of its own, between blank lines and closed by its credit, is
    // one caption; the text around it is untouched.
    void wrappedCaptions()
    {
        for (const char *caption : { "11月15日，志愿者在清波\n街道社区食堂为老人打菜。\n本报记者 林佳 摄", "11月15日，志愿者在清波街道社区食堂\n为老人打菜。本报记者 林佳 摄" }) {
            const Page p = seg(QByteArray("社区食堂开进老街巷\n\n本报记者 林佳\n\n如今，食堂日均接待就餐者四百余人次。\n\n") + caption
                               + "\n\n“在这里吃饭，还能跟老邻居聊聊天。”独居老人孙阿姨说。\n");
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(texts(p.articles[0]), (QStringList { u("如今，食堂日均接待就餐者四百余人次。"), u("“在这里吃饭，还能跟老邻居聊聊天。”独居老人孙阿姨说。") }));
            QCOMPARE(p.articles[0].captions, (QList<Caption> { { u("11月15日，志愿者在清波街道社区食堂为老人打菜。"), u("本报记者 林佳 摄") } }));
        }
    }

    // A dump that set every line apart by a blank line: lines of one width that break off
    // mid-sentence run on, and none of them is a headline, however it looks.
    void everyLineItsOwnParagraph()
    {
        const Page p = seg(page({ "社区食堂开进老街巷", "本报记者 林佳", "这家食堂由闲置的老厂房改建而成，面积约", "三百平方米，今年8月投入运营。食堂实行",
                                  "“政府补一点、企业让一点、个人出一点”", "的运营模式，辖区60周岁以上老人凭社保", "卡就餐可享受八折优惠，80周岁以上老人",
                                  "还能再减两元。", "如今，食堂日均接待就餐者四百余人次。", "上城区民政局相关负责人表示，下一步将推", "动社区食堂与周边养老服务中心联动，",
                                  "让老年人在家门口就能享受养老服务。", "西湖区启动冬季“送温暖”行动", "本报讯（通讯员 吴雨）11月16日，西湖区冬季“送温暖”行动正式启动。" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].byline, u("本报记者 林佳"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("这家食堂由闲置的老厂房改建而成，面积约三百平方米，今年8月投入运营。食堂实行“政府补一点、企业让一点、"
                                                        "个人出一点”的运营模式，辖区60周岁以上老人凭社保卡就餐可享受八折优惠，80周岁以上老人还能再减两元。"),
                                                      u("如今，食堂日均接待就餐者四百余人次。"),
                                                      u("上城区民政局相关负责人表示，下一步将推动社区食堂与周边养老服务中心联动，让老年人在家门口就能享受养老服务。") }));
        QCOMPARE(p.articles[1].headline, u("西湖区启动冬季“送温暖”行动"));
        // A kicker ending in —— is no line broken off, on such a page or any other.
        const Page q = seg(page({ "## 第一篇", "本报讯 这家食堂由闲置的老厂房改建而成，面积约", "三百平方米，今年8月投入运营。食堂实行", "政府补贴的运营模式，辖区老人凭社保",
                                  "卡就餐可享受八折优惠，其中80岁以上老人", "每餐还能再减去两元钱，另外独居老人", "还能享受送餐上门。", "中央首次召开社会工作会议,浙江如何落实部署——", "龙游拆窗破网提升校园消防安全",
                                  "新华社白鹭洲3月11日电(记者 董萱)活动看似平常,却拉近了党委、政府与新就业群体的联系。" }));
        QCOMPARE(q.articles.size(), 2);
        QCOMPARE(q.articles[1].kicker, u("中央首次召开社会工作会议,浙江如何落实部署——"));
        QCOMPARE(q.articles[1].headline, u("龙游拆窗破网提升校园消防安全"));
    }

    // Narrow columns OCR'd line by line (older and vertically set pages): a paragraph's first line
    // is no headline, whether it is as wide as the column, indented, or has lost its indent but
    // breaks off inside a word; prose in short ragged lines is no verse.
    void narrowColumnLines()
    {
        const Page p = seg("石桥村致富记\n\n石桥村村民余德顺承包了\n八十亩荒山，成了远近闻名的\n板栗大王。他说，政策对了头，\n山沟里也能出金子。\n\n"
                           "乡里还办起了茶叶初制厂，\n吸收了六百多名富余劳力。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("石桥村致富记"));
        QCOMPARE(p.articles[0].column, QString());
        QCOMPARE(texts(p.articles[0]).first(), u("石桥村村民余德顺承包了八十亩荒山，成了远近闻名的板栗大王。他说，政策对了头，山沟里也能出金子。"));

        const Page q = seg("城关镇个体户越来越多\n　　本报讯　走进县城的东街，\n饭馆、理发店一家挨着一家，\n十分热闹。\n　　个体户的发展，方\n便了群众生活，也安排\n"
                           "了一批待业青年。县工商局\n要求个体户文明经商。\n据县工商局统计，城关镇的个\n体户已由三年前的八十多户增加\n到现在的三百多户。\n"
                           "　　县里还为个体户开\n办了培训班。\n");
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(q.articles[0].byline, u("本报讯"));
        QCOMPARE(texts(q.articles[0]), (QStringList { u("走进县城的东街，饭馆、理发店一家挨着一家，十分热闹。"),
                                                      u("个体户的发展，方便了群众生活，也安排了一批待业青年。县工商局要求个体户文明经商。"),
                                                      u("据县工商局统计，城关镇的个体户已由三年前的八十多户增加到现在的三百多户。"),
                                                      u("县里还为个体户开办了培训班。") }));

        const Page r = seg("春到茶山\n\n李　明\n\n谷雨前后，正是采\n茶的好时节。清晨的\n茶山笼罩在薄雾里，采茶\n姑娘们背着竹篓，说说笑笑地\n上了山。\n");
        QCOMPARE(r.articles.size(), 1);
        QCOMPARE(r.articles[0].byline, u("李　明"));
        QCOMPARE(texts(r.articles[0]), QStringList { u("谷雨前后，正是采茶的好时节。清晨的茶山笼罩在薄雾里，采茶姑娘们背着竹篓，说说笑笑地上了山。") });
    }

    // A box of figures — rows of a label and its figures, or 数读's lone figures with their labels —
    // stands as rows; none of it is a subheadline, and the story after it keeps its headline.
    void figureBoxes()
    {
        const Page p = seg("**数据**\n\n4月14日主要指数收盘\n上证指数　3312.56点　+1.24%\n深证成指　10582.31点　+1.87%\n两融余额　18532.6亿元\n\n"
                           "央行开展3000亿元MLF操作\n\n本报讯（记者 郑静）中国人民银行4月14日开展中期借贷便利操作。\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].subheadline, QString());
        QCOMPARE(texts(p.articles[0]), (QStringList { u("上证指数　3312.56点　+1.24%"), u("深证成指　10582.31点　+1.87%"), u("两融余额　18532.6亿元") }));
        QCOMPARE(p.articles[1].headline, u("央行开展3000亿元MLF操作"));
        const Page q = seg("数读\n\n政府工作报告里的这些数字\n\n5%左右\n国内生产总值增长预期目标\n\n1200万人以上\n城镇新增就业目标\n\n8%以上\n全社会研发经费投入增长\n\n"
                           "现场\n\n“部长通道”上的三个瞬间\n\n3月5日上午，人民大会堂北大厅内，“部长通道”准时开启。\n\n（本报记者 高远）\n");
        QCOMPARE(q.articles.size(), 2);
        QCOMPARE(q.articles[0].headline, u("政府工作报告里的这些数字"));
        QCOMPARE(texts(q.articles[0]).size(), 6);
        QCOMPARE(texts(q.articles[0]).at(1), u("国内生产总值增长预期目标"));
        QCOMPARE(q.articles[1].column, u("现场"));
        QCOMPARE(q.articles[1].headline, u("“部长通道”上的三个瞬间"));
    }

    // Letters: a title over a salutation (编辑同志：) opens a letter; the writer's signature and
    // the follow-up after it (记者回访, 编后 — on its own line or run into its text) stay with the
    // letter, the signature its byline. A headline OCR read twice appears once.
    void lettersAndFollowUps()
    {
        const Page p = seg(page({ "读者来信", "小区门口的路灯何时能亮", "编辑同志：", "我家小区门口的五盏路灯从春节前就一直不亮，老人孩子出门都提心吊胆。", "读者　张建华",
                                  "记者回访", "接到来信后，记者联系了区城市管理局。3月19日晚，五盏路灯已全部恢复照明。（本报记者 吴敏）", "老旧小区加装电梯难在哪",
                                  "编辑同志：", "我今年七十三岁，住在一栋六层住宅楼的五楼，上下楼成了我最大的难题。", "读者　陈志远", "编后：加装电梯是群众呼声最高的事项之一。" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].column, u("读者来信"));
        QCOMPARE(p.articles[0].byline, u("读者　张建华 本报记者 吴敏"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("编辑同志："), u("我家小区门口的五盏路灯从春节前就一直不亮，老人孩子出门都提心吊胆。"), u("## 记者回访"),
                                                      u("接到来信后，记者联系了区城市管理局。3月19日晚，五盏路灯已全部恢复照明。") }));
        QCOMPARE(p.articles[1].headline, u("老旧小区加装电梯难在哪"));
        QCOMPARE(p.articles[1].byline, u("读者　陈志远"));
        QCOMPARE(texts(p.articles[1]).last(), u("编后：加装电梯是群众呼声最高的事项之一。"));

        const Page q = seg("持续高温推高用电需求\n全市电网负荷创历史新高\n持续高温推高用电需求\n全市电网负荷创历史新高\n\n本报讯（记者 林涛）8月4日，全市电网负荷创历史新高。\n");
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(q.articles[0].headline, u("持续高温推高用电需求"));
        QCOMPARE(q.articles[0].subheadline, u("全市电网负荷创历史新高"));
    }

    // Boxes with titles of their own: an index whose entries end in a page (　　2版, （3版）, ▶8版)
    // stands as lines; a question under a box's label is the box's headline (小科普 / …的？); briefs
    // titled **■ …** over their 本报讯 leads are items, their label the first one's column.
    void indexesExplainersAndTitledBriefs()
    {
        const Page p = seg(page({ "导读", "我市首批12个未来社区通过验收　　2版", "秋粮收购全面启动　最低收购价保持稳定（3版）", "“村BA”总决赛本周末开打 ▶8版",
                                  "## 秋收正当时", "9月21日，在岱山县高亭镇的稻田里，农户驾驶收割机抢收晚稻。", "本报记者 何文 摄" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].headline, u("导读"));
        QCOMPARE(texts(p.articles[0]).size(), 3);
        QCOMPARE(p.articles[1].headline, u("秋收正当时"));
        QCOMPARE(p.articles[1].kicker, QString());

        const Page q = seg(page({ "让AI真正读懂蛋白质", "本报记者 陈静", "记者：AI给生命科学研究带来了哪些改变？", "李明远：借助深度学习模型，几分钟就能得到结果。",
                                  "小科普", "大模型是怎样“学会”说话的？", "问：什么是大语言模型？", "答：大语言模型是一种人工智能模型。", "（本报记者 陈静 整理）" }));
        QCOMPARE(q.articles.size(), 2);
        QCOMPARE(q.articles[0].byline, u("本报记者 陈静"));
        QCOMPARE(q.articles[1].column, u("小科普"));
        QCOMPARE(q.articles[1].headline, u("大模型是怎样“学会”说话的？"));

        const Page r = seg(page({ "## 文化快讯", "**■ 第十二届北京国际电影节开幕**", "本报讯（记者 周雨）第十二届北京国际电影节10日晚在怀柔开幕。",
                                  "**■ 国家图书馆推出“典籍里的节气”展**", "本报讯 5月10日起，国家图书馆推出专题展览。" }));
        QCOMPARE(r.articles.size(), 2);
        QCOMPARE(r.articles[0].column, u("文化快讯"));
        QCOMPARE(r.articles[0].headline, u("■ 第十二届北京国际电影节开幕"));
        QCOMPARE(r.articles[0].byline, u("本报讯（记者 周雨）"));
        QCOMPARE(r.articles[1].headline, u("■ 国家图书馆推出“典籍里的节气”展"));
    }

    // A round-up of short items with headlines and no bylines: an item whose text opens with who
    // did what on which day (巴西中央银行7日宣布，…) opens under its own headline; a box of figures
    // keeps rows whose labels hold digits (科创50); briefs titled behind a bullet share their label.
    void roundUpsAndBoxes()
    {
        const Page p = seg(page({ "日本4月企业破产数同比增加", "日本东京商工调查公司8日公布的数据显示，日本4月企业破产数量为842家，同比增长6.4%。",
                                  "巴西央行加息50个基点", "巴西中央银行7日宣布，将基准利率上调50个基点至14.75%。", "澳大利亚新一届内阁宣誓就职",
                                  "澳大利亚总理领导的新一届内阁成员8日在堪培拉宣誓就职。" }));
        QCOMPARE(p.articles.size(), 3);
        QCOMPARE(p.articles[2].headline, u("澳大利亚新一届内阁宣誓就职"));
        // An in-article subhead over a paragraph that opens otherwise stays a subhead.
        const Page q = seg(page({ "## 老街焕新记", "本报记者 王敏", kBody, "改造难在哪里", "老街的房子大多建于上世纪五六十年代，产权关系复杂。" }));
        QCOMPARE(q.articles.size(), 1);

        const Page r = seg("数据\n\n4月14日主要指数收盘\n上证指数　3312.56点　+1.24%\n科创50　1036.48点　+2.91%\n两融余额　18532.6亿元\n\n央行开展3000亿元MLF操作\n\n"
                           "本报讯（记者 郑静）中国人民银行4月14日开展中期借贷便利操作。\n");
        QCOMPARE(r.articles.size(), 2);
        QCOMPARE(texts(r.articles[0]).size(), 3);
        QCOMPARE(r.articles[1].headline, u("央行开展3000亿元MLF操作"));
        QCOMPARE(r.articles[1].kicker, QString());

        const Page s = seg(page({ "## 文化快讯", "**■ 第十二届北京国际电影节开幕**", "本报讯（记者 周雨）第十二届北京国际电影节10日晚在怀柔开幕。",
                                  "**■ 国家图书馆推出“典籍里的节气”展**", "本报讯 5月10日起，国家图书馆推出专题展览。" }));
        QCOMPARE(s.articles.size(), 2);
        QCOMPARE(s.articles[1].column, u("文化快讯"));
    }

    // Nothing is lost as page furniture that is text: a lead broken off at a column's end after
    // 零售价格 stays, with its byline.
    void imprintWordsInText()
    {
        const Page p = seg(page({ "## 成品油价格今起上调", "本报讯（记者 潘越）记者从省发改委获悉，自今日24时起，我省汽、柴油最高零售价格每吨分别提高",
                                  "120元和115元。折合92号汽油每升上调0.09元。" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, u("本报讯（记者 潘越）"));
        QCOMPARE(texts(p.articles[0]), QStringList { u("记者从省发改委获悉，自今日24时起，我省汽、柴油最高零售价格每吨分别提高120元和115元。折合92号汽油每升上调0.09元。") });
        QVERIFY(p.warnings.filter(u("staff line")).isEmpty());
        // The imprint itself still goes.
        const Page q = seg(page({ "## 标题", "本报讯 正文一段说明了情况。", "零售价：1.50元　本报地址：江城市解放路1号" }));
        QCOMPARE(texts(q.articles[0]), QStringList { u("正文一段说明了情况。") });
    }

    // Page furniture: folios, staff strips, page numbers and footers.

    // A folio's section name may join two names with a middle dot (第5版：文化·读书): the line is
    // still the folio, in plain text or as a markdown heading, with a colon or a space.
    void folioSectionWithMiddleDot()
    {
        for (const char *folio : { "第05版：文化·读书", "第05版 文化·读书", "# 第05版：文化·读书" }) {
            const Page p = seg(page({ "澄江日报", "2025年4月16日　星期三", folio, "## 县图书馆夜间开放受欢迎", "本报讯（记者 陈晓）县图书馆本月起延长开放时间。" }));
            QCOMPARE(p.page, 5);
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(p.articles[0].headline, u("县图书馆夜间开放受欢迎"));
            QCOMPARE(p.articles[0].kicker, QString());
            QCOMPARE(p.articles[0].column, QString());
        }
    }

    // A staff strip without colons, its names set out with spaces, or behind the section's name
    // set apart by wide space, is the page's, not a headline or kicker; a sentence naming an
    // editor stays text.
    void staffStripsWithoutColons()
    {
        for (const char *staff : { "责任编辑 周小舟", "责编 林雨桐", "责任编辑　许　薇　　见习编辑　钱乐平", "本版编辑 许 薇 视觉设计 钱乐平",
                                   "城市新闻　　责任编辑　许　薇　　美编　钱　乐" }) {
            const Page p = seg(page({ "澄江晚报　2025年4月16日　星期三　第6版", staff, "**地铁5号线今起加密班次**", "本报讯（记者 陈晓）自今日起，地铁5号线早高峰行车间隔缩短。" }));
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(p.articles[0].headline, u("地铁5号线今起加密班次"));
            QCOMPARE(p.articles[0].kicker, QString());
            QCOMPARE(p.articles[0].column, QString());
            QCOMPARE(p.warnings.filter(u("staff line")).size(), 1);
        }
        const Page q = seg(page({ "## 本版下周起改版", "责任编辑周小舟介绍说，改版后将增加读者来信栏目。" }));
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(texts(q.articles[0]), QStringList { u("责任编辑周小舟介绍说，改版后将增加读者来信栏目。") });
        QVERIFY(!isStaffLine(u("编辑出版")));
    }

    // A section's letter and page number alone at the page's head (B3, Ｂ03) are the page's
    // number, the letter dropped as from B3版; further down such a line is no folio.
    void sectionPageNumberAlone()
    {
        for (const char *number : { "B3", "Ｂ03", "B 3" }) {
            const Page p = seg(page({ "澄江晚报", "2025年4月16日　星期三", number, "**地铁5号线今起加密班次**", "本报讯（记者 陈晓）自今日起，地铁5号线早高峰行车间隔缩短。" }));
            QCOMPARE(p.page, 3);
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(p.articles[0].headline, u("地铁5号线今起加密班次"));
            const Page q = seg(page({ number, "澄江晚报　2025年4月16日　星期三", "**地铁5号线今起加密班次**", "本报讯（记者 陈晓）自今日起，地铁5号线早高峰行车间隔缩短。" }));
            QCOMPARE(q.page, 3);
            QCOMPARE(q.articles.size(), 1);
        }
        QVERIFY(parseFolioLine(u("B3"))->headOnly);
    }

    // A number alone over a headline that starts no numbering (1) and goes on with none (2 after
    // a 1 …) is the page's number OCR kept between the columns: it goes, and the headline under it
    // opens the next story. A numbering's numbers still number their subheads.
    void strayPageNumberOverAHeadline()
    {
        const Page p = seg(page({ "**县城夜市重新开张**", "本报讯（记者 陈晓）县城夜市昨晚重新开张，摊位比去年多了一倍。", "7",
                                  "**秋收农机检修忙**", "本报讯（记者 周婷）各地农机站近日为秋收检修农机。" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(texts(p.articles[0]), QStringList { u("县城夜市昨晚重新开张，摊位比去年多了一倍。") });
        QCOMPARE(p.articles[1].headline, u("秋收农机检修忙"));
        const Page q = seg(page({ "## 老街新事", "本报讯 老街改造完工。", "01", "茶馆回来了", "老茶馆重新开门。", "02", "手艺人回来了", "修鞋摊也回来了。" }));
        QCOMPARE(q.articles.size(), 1);
        QCOMPARE(texts(q.articles[0]), (QStringList { u("老街改造完工。"), u("## 01 茶馆回来了"), u("老茶馆重新开门。"), u("## 02 手艺人回来了"), u("修鞋摊也回来了。") }));
    }

    // The page's footer (本版邮箱：…, 本版广告热线：… with the page's notice after it) closing the page
    // is the page's, neither an article nor the last one's text.
    void pageFooters()
    {
        for (const char *footer : { "本版邮箱：clfk2025@163.com", "本版投稿邮箱 clfk2025@163.com", "本版广告热线：0571-86001234  本版信息仅供参考，请读者自行核实。" }) {
            const Page p = seg(page({ "**老街的秋天**", "老街的梧桐叶黄了，巷口的糖炒栗子又飘香了。（何 苇）", footer }));
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(texts(p.articles[0]), QStringList { u("老街的梧桐叶黄了，巷口的糖炒栗子又飘香了。") });
            QCOMPARE(p.warnings.filter(u("staff line")).size(), 1);
        }
    }

    // A masthead over three lines whose last sets the page and section beside the staff strip
    // (B6 城市新闻 责编：许薇): that line is the folio too, not the headline.
    void pageMarkerWithStaffStrip()
    {
        for (const char *marker : { "B6 城市新闻 责编：许薇", "B6城市新闻责编：许薇", "第6版 城市 编辑 许 薇" }) {
            const Page p = seg(page({ "澄江晚报", "2025年4月16日 星期三", marker, "地铁5号线今起加密班次", "本报记者 陈晓",
                                      "记者15日从市地铁集团获悉，地铁5号线早高峰行车间隔将缩短。" }));
            QCOMPARE(p.page, 6);
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(p.articles[0].headline, u("地铁5号线今起加密班次"));
            QCOMPARE(p.articles[0].subheadline, QString());
        }
    }

    // A section's name set letter-spaced alone at the page's head (评　论, 要 闻) is the folio's,
    // not part of the first article's column or kicker; other spaced words are no section.
    void letterSpacedSectionName()
    {
        for (const char *section : { "要　闻", "评 论", "体　　育" }) {
            const Page p = seg(page({ "澄江日报　2025年4月16日　星期三　第3版", section, "短评", "## 会少开一点　事多办一点", kBody }));
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(p.articles[0].column, u("短评"));
            QCOMPARE(p.articles[0].kicker, QString());
            QCOMPARE(p.articles[0].headline, u("会少开一点　事多办一点"));
        }
        QVERIFY(!parseFolioLine(u("春　晓")).has_value());
    }

    // OCR of justified columns put a space between the CJK characters of the whole page, beside
    // its punctuation too (获 | 悉 , 今), and the wrap broke a figure (3.2 | 5 公 顷): the spaces go
    // before any line is read, so the masthead, headlines, byline and dateline read as printed and
    // the wrapped lines join without a space.
    void spacedOutOcrPage()
    {
        const Page p = seg("江 城 日 报\n2019年 5 月 7 日  星 期 二\nA 3   城 市 新 闻\n\n老 城 区 将 新 增 口 袋 公 园\n\n本报记者 周 宁\n\n"
                           "　　记 者 6 日 从 市 园 林 局 获\n悉 , 今 年 老城 区 将 利用 边 角 地\n新 建 口袋 公 园 18 处 ， 总 面 积 达 3.2\n5 公 顷 。\n"
                           "　　据 介 绍 ， 首 批 6 处 公 园 将 于\n7 月 底 前 建 成 开 放 。\n\n旧 桥 改 造 下 月 动 工\n\n"
                           "　　本 报 江 城 5 月 6 日 讯 （ 记 者 林\n芳 ） 跨 越 青 溪 的 老 石 桥 将 于\n下 月 开 始 加 固 改 造 。\n");
        QCOMPARE(p.paper, u("江城日报"));
        QCOMPARE(p.date, QDate(2019, 5, 7));
        QCOMPARE(p.page, 3);
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].headline, u("老城区将新增口袋公园"));
        QCOMPARE(p.articles[0].byline, u("本报记者周宁"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("记者6日从市园林局获悉,今年老城区将利用边角地新建口袋公园18处，总面积达3.25公顷。"),
                                                      u("据介绍，首批6处公园将于7月底前建成开放。") }));
        QCOMPARE(p.articles[1].headline, u("旧桥改造下月动工"));
        QCOMPARE(p.articles[1].dateline, u("本报江城5月6日讯"));
        QCOMPARE(p.articles[1].byline, u("记者林芳"));
        QCOMPARE(texts(p.articles[1]), QStringList { u("跨越青溪的老石桥将于下月开始加固改造。") });
    }

    // On a typeset page, a line letter-spaced throughout (a masthead or a headline OCR read from
    // large type) loses its spaces too; the page's other lines keep theirs.
    void letterSpacedLinesOnATypesetPage()
    {
        const Page p = seg("江 城 日 报\n2019年 5 月 7 日  星 期 二\nA 3   城 市 新 闻\n\n城 东 新 建 两 所 小 学\n\n本报记者 王浩 李 明\n\n"
                           "记者从市教育局获悉，城东两所新建小学将于9月开学，可提供学位2700个。\n");
        QCOMPARE(p.paper, u("江城日报"));
        QCOMPARE(p.date, QDate(2019, 5, 7));
        QCOMPARE(p.page, 3);
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("城东新建两所小学"));
        QCOMPARE(p.articles[0].byline, u("本报记者 王浩 李 明"));
    }

    // Typeset text keeps every space: fields and names set apart by single spaces (本版编辑 吴 越,
    // 本报记者 王浩 北京报道), names padded with full-width spaces (王　浩), words spaced with two
    // spaces (声  明), Latin beside CJK (iPhone 15 发布), and a few odd spaces OCR left in text.
    void typesetSpacesStay()
    {
        const QString typeset = u("新民晚报 2023年9月12日 星期二 第A4版 要闻\n本版编辑 吴 越 视觉设计 戚黎明\n\n## iPhone 15 发布 国内售价公布\n\n"
                                  "本报记者 王浩 北京报道\n\n　　苹果公司13日凌晨发布 iPhone 15 系列手机，国内售价 5999 元起。记者 从 多家门店了解到，预约人数较去年 有所增加。\n\n"
                                  "声  明\n\n本公司员工王　浩、李　明已于8月离职，此后其行为与本公司无关。\n\n王 浩  李 明\n");
        QCOMPARE(withoutOcrSpacing(typeset), typeset);
        const Page p = seg(typeset.toUtf8().constData());
        QCOMPARE(p.articles[0].headline, u("iPhone 15 发布 国内售价公布"));
        QCOMPARE(p.articles[0].byline, u("本报记者 王浩 北京报道"));
        // A page with a few lines of odd spaces, far from spaced out throughout.
        const QString odd = u("## 夜市重开\n\n本报讯 城南 夜市 昨晚 重新开放，摊位 比 以前 整齐。\n\n" + QByteArray(kBody) + "\n\n" + QByteArray(kBody) + "\n");
        QCOMPARE(withoutOcrSpacing(odd), odd);
    }
};

QTEST_GUILESS_MAIN(TestPageBoxes)
#include "tst_pageboxes.moc"
