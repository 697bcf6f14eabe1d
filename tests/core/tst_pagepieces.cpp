// How pieces open and close on pages of the fifth session's reviews (national dailies, notice and
// serial pages, 1990s-2000s metro papers): notes closing a piece, column labels however set,
// captions next to headlines, and credits in the head or at the foot. Each rule is shown on a
// minimal page written for it.
#include "segmentertestsupport.h"

#include <QTest>

using namespace broadsheet;
using namespace broadsheet::testing;

class TestPagePieces : public QObject {
    Q_OBJECT
private slots:
    // A note on the piece itself closes it however long it is (theory pages' funding notes), and
    // is never the kicker of the next piece.
    void noteOnThePieceClosesIt()
    {
        const Page p = seg(page({ "# 在比较中把握传统的延续性", "传统的延续，不是把过去原封不动地搬到今天，而是在转化中不断生长。",
                                  "（本文系国家社科基金重大项目“地方文献整理与研究”（22&ZD101）阶段性成果）",
                                  "# 公共文化服务的供给逻辑", "近年来，县级融媒体中心逐步拓展为综合服务平台，群众点单、中心派单。" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(texts(p.articles[0]).size(), 2);
        QVERIFY(texts(p.articles[0]).last().startsWith(u("（本文系")));
        QCOMPARE(p.articles[1].kicker, QString());
        QCOMPARE(p.articles[1].headline, u("公共文化服务的供给逻辑"));
    }

    // A short heading set smaller than the headline under it is the column's name, in markdown as
    // in plain lines; a longer one is still a kicker.
    void smallerShortHeadingIsTheColumn()
    {
        const Page p = seg(page({ "## 学术圆桌", "# 在比较中把握传统的延续性", "**作者：周明远**", kBody }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].column, u("学术圆桌"));
        QCOMPARE(p.articles[0].kicker, QString());
        QCOMPARE(p.articles[0].headline, u("在比较中把握传统的延续性"));
        const Page q = seg(page({ "## 守护一方碧水的二十年", "# 在比较中把握传统的延续性", kBody }));
        QCOMPARE(q.articles[0].column, QString());
        QCOMPARE(q.articles[0].kicker, u("守护一方碧水的二十年"));
    }

    // A photo set right under a headline, its caption closed by the credit, and then the lead: the
    // headline opens a new piece with that caption, not a subhead of the piece above.
    void captionBetweenHeadlineAndLead()
    {
        const Page p = seg(page({ "**老街路灯修好了**", "本报讯（记者　马　丽）居委会已安排人员将路灯全部修复。",
                                  "**社区食堂开到家门口**", "老人们在社区食堂里用餐。　本报记者　赵　刚　摄",
                                  "本报讯（记者　陈　晨）城东社区食堂昨天正式开张。" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(texts(p.articles[0]), QStringList { u("居委会已安排人员将路灯全部修复。") });
        QCOMPARE(p.articles[0].captions, QList<Caption>());
        QCOMPARE(p.articles[1].headline, u("社区食堂开到家门口"));
        QCOMPARE(p.articles[1].byline, u("本报讯（记者　陈　晨）"));
        QCOMPARE(p.articles[1].captions, (QList<Caption> { { u("老人们在社区食堂里用餐。"), u("本报记者　赵　刚　摄") } }));
    }

    // A lead photo over its headline: at the top of the page, or under a rule that closes the piece
    // above, the picture's caption is the next piece's. Without the rule it stays with the text
    // above it.
    void leadPhotoOverItsHeadline()
    {
        const Page top = seg("![](img/a01.jpg)\n图为市民在超市选购粽子。 本报记者 王晨 摄\n\n## 端午临近 粽子价格稳中有降\n\n本报记者 李楠\n\n"
                             "距离端午节还有不到一周，各大超市的粽子销售进入高峰期。\n");
        QCOMPARE(top.articles.size(), 1);
        QCOMPARE(top.articles[0].captions, (QList<Caption> { { u("图为市民在超市选购粽子。"), u("本报记者 王晨 摄") } }));
        QCOMPARE(top.articles[0].blocks.size(), 1);
        // (The credit on a line of its own under the caption.)
        const Page credited = seg(page({ "端午将至，社区志愿者和居民一起包粽子。", "本报记者 范晓东 摄", "## 粽叶飘香 邻里情浓", kBody }));
        QCOMPARE(credited.articles.size(), 1);
        QCOMPARE(credited.articles[0].captions, (QList<Caption> { { u("端午将至，社区志愿者和居民一起包粽子。"), u("本报记者 范晓东 摄") } }));

        const char *rest = "[图片]\n\n6月24日，工作人员在游泳场检测水质。 本报记者 赵宇 摄\n\n## 室外游泳场馆陆续开放\n\n"
                           "本报讯（记者 孙悦）多家室外游泳场馆将于本周末陆续开放。\n";
        const Page ruled = seg((QByteArray("## 端午临近 粽子价格稳中有降\n\n") + kBody + "\n\n---\n\n" + rest).constData());
        QCOMPARE(ruled.articles.size(), 2);
        QCOMPARE(ruled.articles[0].captions, QList<Caption>());
        QCOMPARE(ruled.articles[1].captions.size(), 1);
        QCOMPARE(ruled.articles[1].captions[0].credit, u("本报记者 赵宇 摄"));
        const Page unruled = seg((QByteArray("## 端午临近 粽子价格稳中有降\n\n") + kBody + "\n\n" + rest).constData());
        QCOMPARE(unruled.articles.size(), 2);
        QCOMPARE(unruled.articles[0].captions.size(), 1);
        QCOMPARE(unruled.articles[1].captions, QList<Caption>());
    }

    // A photo-news box of several pictures, each caption with its credit on its line, keeps them
    // all; none is taken for text of the piece the box interrupted.
    void photoBoxOfSeveralPictures()
    {
        const Page p = seg(page({ "“田秀才”的直播间", "本报记者 韩 超", "晚上8点，寿光市一座蔬菜大棚里灯光通明。", "图片新闻",
                                  "6月4日，在亳州市谯城区，农户驾驶收割机抢收小麦。  刘勤利 摄",
                                  "6月3日，兴化市一家农民专业合作社的社员在晾晒油菜籽。  周社根 摄" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(texts(p.articles[0]), QStringList { u("晚上8点，寿光市一座蔬菜大棚里灯光通明。") });
        QCOMPARE(p.articles[1].captions.size(), 2);
        QCOMPARE(p.articles[1].captions[1], (Caption { u("6月3日，兴化市一家农民专业合作社的社员在晾晒油菜籽。"), u("周社根 摄") }));
    }

    // A box's label over bulleted briefs whose titles sit right on their text: the first title is a
    // headline like the others, never run into its text.
    void firstBriefTitleUnderTheLabel()
    {
        const Page p = seg("三农快讯\n\n■张掖：制种玉米播种全面完成\n近日，张掖市102万亩制种玉米播种全面完成。（刘 佳）\n\n"
                           "■柳州：螺蛳粉产业带动农民增收\n今年前5个月，柳州市袋装螺蛳粉销售收入同比增长18%。（韦 宁）\n");
        QCOMPARE(p.articles.size(), 2);
        for (const Article &a : p.articles)
            QCOMPARE(a.column, u("三农快讯"));
        QCOMPARE(p.articles[0].headline, u("■张掖：制种玉米播种全面完成"));
        QCOMPARE(texts(p.articles[0]), QStringList { u("近日，张掖市102万亩制种玉米播种全面完成。") });
        QCOMPARE(p.articles[0].byline, u("刘 佳"));
        QCOMPARE(p.articles[1].headline, u("■柳州：螺蛳粉产业带动农民增收"));
    }

    // A serial's head: its label, title, the instalment's chapter as the subheadline, and the
    // author signed with the verb of authorship.
    void serialInstalmentHead()
    {
        const Page p = seg(page({ "长篇连载", "**渡口人家**", "**第十二章 老码头的灯（3）**", "□ 林守义 著",
                                  "【上期回顾】秀英在娘家住了三天。", "船到渡口的时候，东边刚泛出鱼肚白。", "（未完待续）" }));
        QCOMPARE(p.articles.size(), 1);
        const Article &a = p.articles[0];
        QCOMPARE(a.column, u("长篇连载"));
        QCOMPARE(a.kicker, QString());
        QCOMPARE(a.headline, u("渡口人家"));
        QCOMPARE(a.subheadline, u("第十二章 老码头的灯（3）"));
        QCOMPARE(a.byline, u("□ 林守义 著"));
        QCOMPARE(texts(a).value(0), u("【上期回顾】秀英在娘家住了三天。"));
        QCOMPARE(seg(page({ "**渡口人家**", "林守义 著", kBody })).articles[0].byline, u("林守义 著"));
        // (A part numbered under a heading further down is still a subhead.)
        const Page q = seg(page({ "**渡口人家**", "船到渡口的时候，东边刚泛出鱼肚白，秀英蹲在船头看着两岸的芦苇。", "第二章 回乡",
                                  "三天后，她搭了王二叔的菜船往回赶，一路上心里七上八下。" }));
        QCOMPARE(texts(q.articles[0]).value(1), u("## 第二章 回乡"));
    }

    // A story told to a writer is credited to both: 口述：X（…）　记者 Y 整理.
    void storyToldToAWriter()
    {
        const Page p = seg(page({ "【劳模说】", "把平凡的工作做到极致", "口述：李秀芝（全国劳动模范、公交驾驶员）　本报记者 钱 磊 整理",
                                  "开了26年公交车，我最大的体会是，乘客的一句“谢谢师傅”比什么都珍贵。" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, u("口述：李秀芝（全国劳动模范、公交驾驶员）　本报记者 钱 磊 整理"));
        QCOMPARE(p.articles[0].subheadline, QString());
    }

    // A poem in a dump that sets a blank line after every line: its lines are verse (mostly
    // without a full stop), one article under its page label, not headlines of made-up pieces.
    // The next label over the next title ends it.
    void poemWithEveryLineApart()
    {
        const Page p = seg(page({ "新民诗苑", "**江边夜色**", "□ 周　屹", "灯火把江水点亮", "渡船拖着长长的汽笛", "海关的钟声", "一声一声",
                                  "落进了对岸的新楼群里", "小小说", "**一碗羊汤**", "□ 赵家平", "老周的羊汤馆开在菜市场后门，二十年没挪过窝。" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].column, u("新民诗苑"));
        QCOMPARE(p.articles[0].kicker, QString());
        QCOMPARE(p.articles[0].byline, u("□ 周　屹"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("灯火把江水点亮"), u("渡船拖着长长的汽笛"), u("海关的钟声"), u("一声一声"), u("落进了对岸的新楼群里") }));
        QCOMPARE(p.articles[1].column, u("小小说"));
        QCOMPARE(p.articles[1].headline, u("一碗羊汤"));
        // (Short prose lines, each closed by a full stop, are no poem.)
        const Page q = seg(page({ "**江边夜色**", "□ 周　屹", "灯火把江水点亮了。", "渡船拖着长长的汽笛。", "海关的钟声响了。", "一声一声传得很远。" }));
        QCOMPARE(texts(q.articles[0]).size(), 4);
    }

    // A notices page: a bare notice word is a title (声明, letter-spaced 讣  告), a closing formula
    // without its full stop stays in its notice, and joint signers one to a line are its text.
    void noticesPage()
    {
        const Page p = seg("减资公告\n\n本公司经股东会决议，注册资本由500万元减少至100万元。请债权人自见报之日起45日内申报债权。\n\n"
                           "特此公告\n\n江城恒泰商贸有限公司\n2016年8月23日\n\n声  明\n\n本人与江城瑞丰装饰工程有限公司已解除劳动关系。\n\n"
                           "声明人：周国强\n2016年8月22日\n\n公告\n\n自9月1日起，对凤凰西街实施半封闭施工，过往车辆请绕行。\n\n"
                           "江城市鼓楼区城市建设管理局\n江城市公安局交通管理局鼓楼大队\n2016年8月22日\n");
        QCOMPARE(p.articles.size(), 3);
        QCOMPARE(p.articles[0].headline, u("减资公告"));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("本公司经股东会决议，注册资本由500万元减少至100万元。请债权人自见报之日起45日内申报债权。"),
                                                      u("特此公告"), u("江城恒泰商贸有限公司"), u("2016年8月23日") }));
        QCOMPARE(p.articles[1].headline, u("声  明"));
        QCOMPARE(p.articles[2].headline, u("公告"));
        QCOMPARE(texts(p.articles[2]), (QStringList { u("自9月1日起，对凤凰西街实施半封闭施工，过往车辆请绕行。"), u("江城市鼓楼区城市建设管理局"),
                                                      u("江城市公安局交通管理局鼓楼大队"), u("2016年8月22日") }));
    }

    // A markdown table's alignment row (|:--|--:|) is markup, like |---|, not a row of text.
    void tableAlignmentRowIsMarkup()
    {
        const Page p = seg("## 游泳场馆开放\n\n部分场馆开放情况如下：\n\n|场馆|开放日期|\n|:--|--:|\n|陶然亭游泳场|6月26日|\n");
        QCOMPARE(texts(p.articles[0]), (QStringList { u("部分场馆开放情况如下："), u("场馆 | 开放日期"), u("陶然亭游泳场 | 6月26日") }));
        QCOMPARE(texts(seg("## 比分\n\n上半场结束时比分是 2:1，双方都有机会。\n").articles[0]).size(), 1);
    }

    // A short plain line over a longer one is a label when it names a series or a desk; a phrase
    // built with 的 names a thing, as a headline does, and the line under it is the subheadline.
    void headlineBuiltWithDe()
    {
        const Page p = seg(page({ "山坳里的暑假课堂", "一位代课教师和他的第二十一个暑假", "本报记者 林 琳", kBody }));
        QCOMPARE(p.articles[0].column, QString());
        QCOMPARE(p.articles[0].headline, u("山坳里的暑假课堂"));
        QCOMPARE(p.articles[0].subheadline, u("一位代课教师和他的第二十一个暑假"));
        const Page q = seg(page({ "法治课堂", "一位代课教师和他的第二十一个暑假", "本报记者 林 琳", kBody }));
        QCOMPARE(q.articles[0].column, u("法治课堂"));
        QCOMPARE(q.articles[0].headline, u("一位代课教师和他的第二十一个暑假"));
    }

    // A poem's refrain sung twice is verse, not a stack that OCR read twice.
    void refrainIsNoOcrRepeat()
    {
        const Page p = seg(page({ "**故乡的河**", "□ 周　屹", "河水向东流", "一声一声", "河水向东流", "一声一声", "流进了我的梦里" }));
        QCOMPARE(texts(p.articles[0]), (QStringList { u("河水向东流"), u("一声一声"), u("河水向东流"), u("一声一声"), u("流进了我的梦里") }));
        // (A headline read twice between text and a byline is still OCR's.)
        const Page q = seg(page({ "## 城东社区食堂开张", kBody, "老街路灯修好了", "老街路灯修好了", "本报记者 王浩", "居委会已安排人员将路灯全部修复，居民出行更方便了。" }));
        QCOMPARE(q.articles.size(), 2);
        QCOMPARE(q.articles[1].headline, u("老街路灯修好了"));
        QCOMPARE(q.articles[1].subheadline, QString());
    }

    // A subhead over a sentence that runs round a credited photo: the sentence goes on under the
    // caption, so the subhead is no photo news and the caption is the article's.
    void sentenceRunningRoundAPhotoUnderASubhead()
    {
        const Page p = seg(page({ "## 海鸥1:2遭雄狮逆转", "本报记者 邱海涛", "开场后，海鸥队率先破门。", "### 下半场风云突变",
                                  "易边再战，第57分钟，中后卫刘畅高高跃起头球攻门，", "王建峰（右）在比赛中带球突破。本报记者 邱海涛 摄", "皮球应声入网，1:1。" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(texts(p.articles[0]), (QStringList { u("开场后，海鸥队率先破门。"), u("## 下半场风云突变"),
                                                      u("易边再战，第57分钟，中后卫刘畅高高跃起头球攻门，皮球应声入网，1:1。") }));
        QCOMPARE(p.articles[0].captions, (QList<Caption> { { u("王建峰（右）在比赛中带球突破。"), u("本报记者 邱海涛 摄") } }));
    }

    // Who asked, closing a question in a Q&A box (问：…？（读者 张女士）), is part of the question:
    // no byline, and the box stays in its article.
    void askerClosingAQuestion()
    {
        const Page p = seg(page({ "## 春季过敏别当感冒", "本报记者 谭晓丽", "进入三月，不少市民出现打喷嚏等症状。", "专家门诊",
                                  "问：孩子一到春天就打喷嚏，是不是过敏？（读者 张女士）", "答：儿童过敏性鼻炎并不少见，建议到医院就诊。",
                                  "问：脱敏治疗能“断根”吗？（读者 刘先生）", "答：脱敏治疗疗程一般需要3年左右。" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].byline, u("本报记者 谭晓丽"));
        QCOMPARE(texts(p.articles[0]).size(), 6);
        QCOMPARE(texts(p.articles[0]).value(2), u("问：孩子一到春天就打喷嚏，是不是过敏？（读者 张女士）"));
    }

    // A news app's export: a lead photo under a # headline with its caption in italics, the text,
    // then the editor in lenticular brackets (furniture) and a bare source line (the credit).
    void newsAppExport()
    {
        const Page p = seg("# 社区食堂开进了居民楼\n\n![](https://img.example.com/a1.jpg)\n\n*9月14日中午，老人们正在用餐。记者 叶子萱 摄*\n\n"
                           "午饭时间刚到，社区食堂里已经坐满了人。\n\n【责任编辑：王琪】\n\n来源：潮起新闻\n\n---\n\n"
                           "# 37所学校完成课桌椅改造\n\n记者从市教育局获悉，37所中小学完成课桌椅改造。\n");
        QCOMPARE(p.articles.size(), 2);
        const Article &a = p.articles[0];
        QCOMPARE(a.captions, (QList<Caption> { { u("9月14日中午，老人们正在用餐。"), u("记者 叶子萱 摄") } }));
        QCOMPARE(texts(a), QStringList { u("午饭时间刚到，社区食堂里已经坐满了人。") });
        QCOMPARE(a.byline, u("来源：潮起新闻"));
        QCOMPARE(p.articles[1].headline, u("37所学校完成课桌椅改造"));
        QCOMPARE(p.articles[1].column, QString());
    }

    // A folio line holding the number (第1862期), or a staff strip after the paper's name
    // (湘中晨报　主编：周红　责编：李雯), is furniture read for the page; a front page's index lines
    // (A3 暑期托管班开班 …) under 今日导读 are an item of their own, not a kicker.
    void folioFurnitureAndFrontIndex()
    {
        const Page p = seg("青溪报　　　　2014年11月20日　星期四\n第1862期　　　　　　第2版　综合新闻\n\n## 小区里的新菜场\n\n"
                           "本报讯（记者 王平）昨天，城东小区菜场正式开业。\n");
        QCOMPARE(p.page, std::optional<int>(2));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].kicker, QString());
        const Page q = seg("湘中晨报　　主编：周红　责编：李雯\n\n2019年3月5日 星期二\n\n**春季过敏别当感冒**\n\n本报讯 进入三月，不少市民出现打喷嚏等症状。\n");
        QCOMPARE(q.paper, u("湘中晨报"));
        QCOMPARE(q.articles.size(), 1);
        const Page r = seg("南都晨报\n2023年7月6日 星期四\n第8123期 今日32版 A1\n\n今日导读\n\nA3 暑期托管班开班 今年新增80个校内点位\n"
                           "A6 老旧小区加装电梯 这笔账怎么算\n\n## 新开工项目 拉动有效投资\n# 上半年全市重大项目完成投资1863亿元\n\n"
                           "本报讯（记者 钟嘉怡）7月5日，记者从市发展改革委获悉，今年上半年重大项目进展顺利。\n");
        QCOMPARE(r.page, std::optional<int>(1));
        QCOMPARE(r.articles.size(), 2);
        QCOMPARE(r.articles[0].headline, u("今日导读"));
        QCOMPARE(texts(r.articles[0]).size(), 2);
        QCOMPARE(r.articles[1].kicker, u("新开工项目 拉动有效投资"));
    }
};

QTEST_GUILESS_MAIN(TestPagePieces)
#include "tst_pagepieces.moc"
