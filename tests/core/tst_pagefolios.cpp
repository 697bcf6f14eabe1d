// Page furniture and page metadata of other presses, as the tenth session's reviews found them:
// folio lines set out across the page's width, second folio lines (paper and date, an English name
// and the Republic's date), lunar dates, whole paper names; staff strips with slashes and several
// roles; the CNA's wire trailer. Each rule is shown on a minimal page.
#include "core/credits.h"
#include "core/pagedate.h"
#include "core/textshape.h"
#include "segmentertestsupport.h"

#include <QTest>

using namespace broadsheet;
using namespace broadsheet::testing;

namespace {

Page segText(const QString &text) { return PageSegmenter().segment(text); }

// The article's text in every field, to show furniture is in none of them.
QString everything(const Page &p)
{
    QString out;
    for (const Article &a : p.articles) {
        out += a.kicker + a.headline + a.subheadline + a.column + a.byline + a.dateline;
        for (const Block &b : a.blocks)
            out += b.text;
        for (const Caption &c : a.captions)
            out += c.text + c.credit;
    }
    return out;
}

} // namespace

class TestPageFolios : public QObject {
    Q_OBJECT
private slots:
    // A folio line copied from a PDF keeps the page's width in runs of spaces (法治日报 between 40
    // and 30 spaces): it is read as its words, and so is the section and staff line under it.
    void folioSetOutAcrossThePage()
    {
        const QString folio = u("2024年11月6日  星期三") + QString(20, u' ') + u("法治日报") + QString(30, u' ') + u("8");
        const std::optional<FolioLine> f = parseFolioLine(folio);
        QVERIFY(f.has_value());
        QCOMPARE(f->paper, u("法治日报"));
        QCOMPARE(f->date, QDate(2024, 11, 6));
        QCOMPARE(f->page, std::optional<int>(8));

        const QString staff = u("法治经纬") + QString(18, u' ') + u("责任编辑/张晓  见习编辑/王珂  美术编辑/李晶  校对/刘峰");
        const Page p = segText(folio + u("\n") + staff + u("\n\n以案说法\n\n网购“官翻机”实为翻新机\n本报记者 张晨\n\n消费者网购手机后发现是翻新机，法院判决商家退一赔三。\n"));
        QCOMPARE(p.paper, u("法治日报"));
        QCOMPARE(p.date, QDate(2024, 11, 6));
        QCOMPARE(p.page, std::optional<int>(8));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("网购“官翻机”实为翻新机"));
        QVERIFY(!everything(p).contains(u("责任编辑")));

        // The page number alone under the folio, after its section's wide space (国际新闻 … 3).
        const Page ref = segText(u("参考消息") + QString(35, u' ') + u("2024年11月6日 星期三\n国际新闻") + QString(51, u' ')
                              + u("3\n责任编辑：周玉  版式设计：王冰\n\n**西班牙洪灾暴露预警系统短板**\n\n【英国《卫报》网站11月3日报道】瓦伦西亚地区的居民正在追问。\n"));
        QCOMPARE(ref.paper, u("参考消息"));
        QCOMPARE(ref.page, std::optional<int>(3));
        QCOMPARE(ref.articles.size(), 1);
        QCOMPARE(ref.articles[0].kicker, QString());
        QCOMPARE(ref.articles[0].headline, u("西班牙洪灾暴露预警系统短板"));
        // (Prose is no folio however it is spaced.)
        QVERIFY(!parseFolioLine(u("2024年11月6日，") + QString(10, u' ') + u("法治日报记者来到了现场进行采访，了解到事情的经过。")).has_value());
    }

    // A second folio line names only the paper and the date (聯合報　中華民國113年11月5日, 法治日报
    // 2024年11月6日), or the paper's English name and the Republic's date: at the page's head it is
    // the folio's too, never the headline or kicker.
    void paperAndDateAlone()
    {
        std::optional<FolioLine> f = parseFolioLine(u("法治日报 2024年11月6日"));
        QVERIFY(f.has_value());
        QCOMPARE(f->paper, u("法治日报"));
        QCOMPARE(f->date, QDate(2024, 11, 6));
        QCOMPARE(f->page, std::nullopt);
        QVERIFY(!f->running); // (further down, such a line could be a dated note)
        f = parseFolioLine(u("聯合報　中華民國113年11月5日"));
        QVERIFY(f.has_value());
        QCOMPARE(f->paper, u("聯合報"));
        QCOMPARE(f->date, QDate(2024, 11, 5));
        f = parseFolioLine(u("LIBERTY TIMES　　中華民國一一三年十一月五日"));
        QVERIFY(f.has_value());
        QCOMPARE(f->date, QDate(2024, 11, 5));
        QVERIFY(!parseFolioLine(u("人民日报 2024年11月6日发表评论员文章")).has_value());
        QVERIFY(!parseFolioLine(u("新华社 2024年11月6日")).has_value());

        const Page udn = segText(u("A4　要聞") + QString(20, QChar(0x3000)) + u("2024年11月5日／星期二\n聯合報") + QString(19, QChar(0x3000))
                              + u("中華民國113年11月5日\n本版責任編輯／林佳慧　美術編輯／陳姿穎\n\n綠電新制\n再生能源條例三讀　憑證交易明年上路\n"
                                  "學者憂成本轉嫁電價　經濟部：不致大幅調漲\n\n記者王小明／台北報導\n　　立法院昨天三讀通過「再生能源發展條例」部分條文修正案。\n"));
        QCOMPARE(udn.paper, u("聯合報"));
        QCOMPARE(udn.date, QDate(2024, 11, 5));
        QCOMPARE(udn.page, std::optional<int>(4));
        QCOMPARE(udn.articles.size(), 1);
        QCOMPARE(udn.articles[0].headline, u("再生能源條例三讀　憑證交易明年上路"));
        QCOMPARE(udn.articles[0].subheadline, u("學者憂成本轉嫁電價　經濟部：不致大幅調漲"));
        QVERIFY(!everything(udn).contains(u("編輯")));
        QVERIFY(!everything(udn).contains(u("中華民國")));

        const Page ltn = seg("自由時報　　2024年11月5日　星期二　　A14　中部新聞\nLIBERTY TIMES　　中華民國一一三年十一月五日\n\n"
                             "台中捷運藍線 環評有條件通過\n最快2026年動工 沿線居民盼加速\n\n〔記者陳怡君／台中報導〕台中捷運藍線環境影響評估昨天有條件通過。\n");
        QCOMPARE(ltn.paper, u("自由時報"));
        QCOMPARE(ltn.articles.size(), 1);
        QCOMPARE(ltn.articles[0].kicker, QString());
        QCOMPARE(ltn.articles[0].headline, u("台中捷運藍線 環評有條件通過"));
    }

    // Papers of Macau and Hong Kong print the lunar date by its year's name (甲辰年十月初五), without
    // 农历: in the folio line it is furniture, and alone at the head too.
    void lunarDateInTheFolio()
    {
        const std::optional<FolioLine> f = parseFolioLine(u("澳門日報　　二○二四年十一月五日　星期二　甲辰年十月初五　　A2　澳聞"));
        QVERIFY(f.has_value());
        QCOMPARE(f->paper, u("澳門日報"));
        QCOMPARE(f->date, QDate(2024, 11, 5));
        QCOMPARE(f->page, std::optional<int>(2));
        QVERIFY(parseFolioLine(u("甲辰年十月初五")).has_value());
        QVERIFY(parseFolioLine(u("農曆十月初五")).has_value());
        QVERIFY(!parseFolioLine(u("甲辰年十月初五是个好日子")).has_value());

        const Page p = seg("澳門日報　2024年11月5日　星期二　甲辰年十月初五　A2　澳聞\n\n議員促完善輕軌配套\n本報記者　陳卓瑩\n多名立法會議員關注輕軌東線工程進度。\n");
        QCOMPARE(p.paper, u("澳門日報"));
        QCOMPARE(p.page, std::optional<int>(2));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("議員促完善輕軌配套"));
        QCOMPARE(p.articles[0].subheadline, QString());
    }

    // A paper's name is read whole: 人民日报海外版 is not 人民日报, and 早报电子版 (an e-paper's
    // breadcrumb) names no paper, while the masthead beside its web address does (联合早报
    // zaobao.com.sg). A title opening a folio with the weekday but no page number is the paper
    // (参考消息), a section's name is not.
    void wholePaperNames()
    {
        std::optional<FolioLine> f = parseFolioLine(u("人民日报海外版 2024年11月6日 星期三 第3版 要闻"));
        QVERIFY(f.has_value());
        QCOMPARE(f->paper, u("人民日报海外版"));
        f = parseFolioLine(u("早报电子版 › 2024年11月5日 › 新加坡 A4"));
        QVERIFY(f.has_value());
        QCOMPARE(f->paper, QString());
        QCOMPARE(f->page, std::optional<int>(4));
        f = parseFolioLine(u("联合早报 zaobao.com.sg"));
        QVERIFY(f.has_value());
        QCOMPARE(f->paper, u("联合早报"));
        QCOMPARE(parseFolioLine(u("参考消息　2024年11月6日　星期三"))->paper, u("参考消息"));
        QCOMPARE(parseFolioLine(u("国际新闻　2024年11月6日　星期三"))->paper, QString());
        // (The page's number after the name's 第 still closes it: 青禾日报第2版.)
        QCOMPARE(parseFolioLine(u("青禾日报第2版 2025年3月3日 星期一"))->paper, u("青禾日报"));

        const Page p = seg("跳到主要内容\n联合早报 zaobao.com.sg\n早报电子版 › 2024年11月5日 › 新加坡 A4\n\n组屋转售价格第三季涨2.7%\n\n"
                           "报道：黄顺杰\n\n建屋发展局昨天公布的最终数据显示，组屋转售价格指数第三季上涨2.7%。\n");
        QCOMPARE(p.paper, u("联合早报"));
        QCOMPARE(p.date, QDate(2024, 11, 5));
        QCOMPARE(p.page, std::optional<int>(4));
    }

    // Staff strips of Taiwan papers and of 法治日报, 解放军报: a role names its person after a slash
    // (责任编辑/张晓, 責任編輯／林佳慧, 责任编辑 / 王洁), and a strip of several roles may name the
    // editor in chief or a desk's head (主編：張國威　美編：李家瑩, 地方新聞中心主任／蔡清華　編輯／林美伶).
    void staffStripsWithSlashes()
    {
        for (const char *line : { "主編：張國威　美編：李家瑩", "本版責任編輯／林佳慧　美術編輯／陳姿穎", "责任编辑/张晓  美术编辑/李晶", "編輯／林美伶",
                                  "地方新聞中心主任／蔡清華　編輯／林美伶", "要闻                                        责任编辑 / 王洁",
                                  "公司 Company      编辑：张伟  美编：李静  电话：0755-83501628" })
            QVERIFY2(isStaffLine(u(line)), line);
        // (A title and a name alone are anyone's: 主任 is a role only in a strip.)
        for (const char *line : { "办公室主任 张三", "主编：张三", "市卫健委主任／李明" })
            QVERIFY2(!isStaffLine(u(line)), line);

        // Above the first headline, under the folio, or closing the page: never an article,
        // headline or subhead.
        const Page chinaTimes = seg("中國時報　中華民國113年11月5日　星期二　A6　焦點新聞\n主編：張國威　美編：李家瑩\n\n美大選倒數\n"
                                    "川普賀錦麗 搖擺州拉票拚到最後一刻\n\n美國總統大選將於5日舉行投票，兩人4日分別在搖擺州造勢。\n");
        QCOMPARE(chinaTimes.articles.size(), 1);
        QCOMPARE(chinaTimes.articles[0].headline, u("川普賀錦麗 搖擺州拉票拚到最後一刻"));
        const Page army = seg("要闻                                        责任编辑/张晓  美术编辑/李晶\n\n东部战区某旅开展实弹射击训练\n"
                              "本报讯 记者王五报道：11月上旬，某旅在皖南山区组织实弹射击训练。\n");
        QCOMPARE(army.articles.size(), 1);
        QCOMPARE(army.articles[0].headline, u("东部战区某旅开展实弹射击训练"));
        QCOMPARE(army.articles[0].subheadline, QString());
        const Page liberty = seg("雲林蒜價崩 農會收購\n〔記者黃淑莉／雲林報導〕今年大蒜盛產，雲林縣農會昨天宣布啟動保價收購。\n\n"
                                 "地方新聞中心主任／蔡清華　編輯／林美伶\n");
        QCOMPARE(liberty.articles.size(), 1);
        QCOMPARE(texts(liberty.articles[0]), QStringList { u("今年大蒜盛產，雲林縣農會昨天宣布啟動保價收購。") });
        // Between two pieces too; but an interview's turn naming the editor is text.
        const Page between = seg("雲林蒜價崩 農會收購\n〔記者黃淑莉／雲林報導〕今年大蒜盛產，雲林縣農會昨天宣布啟動保價收購。\n\n"
                                 "地方新聞中心主任／蔡清華　編輯／林美伶\n\n故宮南院 明年起夜間開放\n"
                                 "〔記者趙靜瑜／台北報導〕故宮南院今天宣布，明年元旦起每週五、六延長開放至晚間九時。\n");
        QCOMPARE(between.articles.size(), 2);
        QVERIFY(!everything(between).contains(u("林美伶")));
        const Page interview = seg("## 对话作家林青\n\n本报记者 王明\n\n林青的新书上月出版，引起了读者的广泛关注和讨论。\n\n"
                                   "编辑：您怎么看读者的评价？\n\n林青：我很感谢读者的每一条意见。\n");
        QVERIFY(everything(interview).contains(u("编辑：您怎么看读者的评价？")));
    }

    // The CNA closes each story with its editor and the day, the year the Republic's
    // (（編輯：陳承功）1131104): no text of the story, wherever the story stands.
    void cnaTrailerIsFurniture()
    {
        QString text = u("故宮南院今天宣布夜間開放。（編輯：陳承功）1131104");
        QVERIFY(takeWireEnd(text));
        QCOMPARE(text, u("故宮南院今天宣布夜間開放。"));
        text = u("（編輯：陳承功/林克倫）1131104");
        QVERIFY(takeWireEnd(text));
        QVERIFY(text.isEmpty());
        text = u("全年營收為新台幣1131104");
        QVERIFY(!takeWireEnd(text));

        const Page p = seg("故宮南院 明年起夜間開放\n（中央社記者趙靜瑜台北4日電）故宮南院今天宣布，明年元旦起每週五、六延長開放至晚間九時。\n"
                           "（編輯：陳承功）1131104\n\n日圓貶破153 台商赴日投資升溫\n（中央社記者劉千綾台北4日電）日圓兌美元匯率昨一度貶破153價位。\n"
                           "（編輯：林克倫）1131104\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(texts(p.articles[0]), QStringList { u("故宮南院今天宣布，明年元旦起每週五、六延長開放至晚間九時。") });
        QCOMPARE(texts(p.articles[1]), QStringList { u("日圓兌美元匯率昨一度貶破153價位。") });
    }

    // The year of a plan (预计于2025年投产, 将于2026年完工) is not the issue's; and a folio's date is
    // the page's whatever year the text names.
    void issueYear()
    {
        QCOMPARE(inferIssueDate(u("截至11月5日，A股上市公司已全部披露2024年三季报。公告显示，一期工程预计于2025年投产。")), QDate(2024, 11, 6));
        QCOMPARE(inferIssueDate(u("11月5日，记者从市住建局获悉，2024年开工的新区项目将于2026年完工。")), QDate(2024, 11, 6));
        const Page p = segText(u("A6") + QString(30, u' ') + u("证券时报") + QString(26, u' ')
                            + u("2024年11月6日 星期三\n\n三季报收官\n证券时报记者 王一鸣\n\n截至11月5日，2025年的订单已排满。\n"));
        QCOMPARE(p.paper, u("证券时报"));
        QCOMPARE(p.date, QDate(2024, 11, 6));
        QCOMPARE(p.page, std::optional<int>(6));
    }
};

QTEST_GUILESS_MAIN(TestPageFolios)
#include "tst_pagefolios.moc"
