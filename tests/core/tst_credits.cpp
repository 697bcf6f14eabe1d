// The small readers the segmenter is built from: numbers, jump notes, credits, folios, dates.
#include "core/chinesenumber.h"
#include "core/credits.h"
#include "core/hanvariants.h"
#include "core/jumpline.h"
#include "core/pagedate.h"
#include "core/textshape.h"

#include <QTest>

using namespace broadsheet;

namespace {
QString u(const char *s) { return QString::fromUtf8(s); }
}

class TestCredits : public QObject {
    Q_OBJECT
private slots:
    void chineseNumbers()
    {
        QCOMPARE(parseChineseNumber(u("4")), std::optional<int>(4));
        QCOMPARE(parseChineseNumber(u("０４")), std::optional<int>(4));
        QCOMPARE(parseChineseNumber(u("四")), std::optional<int>(4));
        QCOMPARE(parseChineseNumber(u("十二")), std::optional<int>(12));
        QCOMPARE(parseChineseNumber(u("二十一")), std::optional<int>(21));
        QCOMPARE(parseChineseNumber(u("一百零五")), std::optional<int>(105));
        QCOMPARE(parseChineseNumber(u("十")), std::optional<int>(10));
        QVERIFY(!parseChineseNumber(u("十百")));
        QVERIFY(!parseChineseNumber(u("版")));
        QVERIFY(!parseChineseNumber(u("")));
    }

    void jumpLines()
    {
        auto to = [](const char *s) { const auto j = parseJumpLine(QString::fromUtf8(s)); return j && j->direction == JumpLine::Direction::To ? j->page : -1; };
        auto from = [](const char *s) { const auto j = parseJumpLine(QString::fromUtf8(s)); return j && j->direction == JumpLine::Direction::From ? j->page : -1; };
        QCOMPARE(to("（下转第4版）"), 4);
        QCOMPARE(to("(转第十二版)"), 12);
        QCOMPARE(to("【下转A3版】"), 3);
        QCOMPARE(to("转第2版"), 2);
        QCOMPARE(from("(上接第1版)"), 1);
        QCOMPARE(from("（上接第一版）"), 1);
        QCOMPARE(from("接第二版"), 2);
        QVERIFY(!parseJumpLine(u("转第二版的消息传来，大家都很高兴。")));
        QVERIFY(!parseJumpLine(u("（本报记者 方远）")));
        QString text = u("茶叶进厂。（下转第4版）");
        QCOMPARE(takeTrailingJump(text)->page, 4);
        QCOMPARE(text, u("茶叶进厂。"));
        text = u("（上接第3版）茶叶进厂。");
        QCOMPARE(takeLeadingJump(text)->page, 3);
        QCOMPARE(text, u("茶叶进厂。"));
    }

    void leadingCredits()
    {
        CreditSplit s = splitLeadingCredit(u("新华社青禾3月2日电（记者 方远）春耕开始了。"));
        QCOMPARE(s.dateline, u("新华社青禾3月2日电"));
        QCOMPARE(s.byline, u("记者 方远"));
        QCOMPARE(s.rest, u("春耕开始了。"));
        s = splitLeadingCredit(u("本报讯 通讯员林溪报道 春耕开始了。"));
        QCOMPARE(s.byline, u("本报讯 通讯员林溪报道"));
        QVERIFY(s.dateline.isNull());
        s = splitLeadingCredit(u("记者在现场看到，春耕开始了。"));
        QVERIFY(!s.found());
        s = splitLeadingCredit(u("通讯社的消息说，春耕开始了。"));
        QVERIFY(!s.found());
        QVERIFY(startsWithDateline(u("据新华社北京3月2日电 春耕开始了。")));
        QVERIFY(startsWithDateline(u("本报讯 春耕开始了。")));
        QVERIFY(!startsWithDateline(u("3月2日，春耕开始了。")));
    }

    void trailingCredits()
    {
        CreditSplit s = splitTrailingCredit(u("春耕开始了。（本报记者 方远）"));
        QCOMPARE(s.byline, u("本报记者 方远"));
        QCOMPARE(s.rest, u("春耕开始了。"));
        s = splitTrailingCredit(u("（新华社北京3月2日电 记者 方远 林溪）"));
        QCOMPARE(s.dateline, u("新华社北京3月2日电"));
        QCOMPARE(s.byline, u("记者 方远 林溪"));
        QVERIFY(s.rest.isEmpty());
        // A bracket that is part of the sentence is no credit.
        QVERIFY(!splitTrailingCredit(u("茶农们采摘嫩芽（每天约十斤）")).found());
        QVERIFY(!splitTrailingCredit(u("春耕开始了。（图文无关）")).found());
        // Where the item came from: the source closing it.
        for (const char16_t *source : {u"据新华社", u"新华社微特稿", u"综合新华社、央视新闻", u"本报综合", u"来源：人民网"}) {
            s = splitTrailingCredit(QStringLiteral("法案将分类管理。（") + QString::fromUtf16(source) + QStringLiteral("）"));
            QCOMPARE(s.byline, QString::fromUtf16(source));
            QCOMPARE(s.rest, u("法案将分类管理。"));
        }
        QVERIFY(!splitTrailingCredit(u("增长了5%。（据统计）")).found());
        QVERIFY(!splitTrailingCredit(u("增长了5%。（据了解）")).found());
        // An author behind a mark, as literary pages set one; a label behind a mark is none.
        QCOMPARE(standaloneByline(u("□ 王小波")), u("□ 王小波"));
        QCOMPARE(standaloneByline(u("◎李 红")), u("◎李 红"));
        QCOMPARE(standaloneByline(u("作者：李明")), u("作者：李明"));
        QCOMPARE(standaloneByline(u("撰文：张三 摄影：李四")), u("撰文：张三 摄影：李四"));
        QVERIFY(standaloneByline(u("图：这是一张图片的说明")).isNull());
        QVERIFY(standaloneByline(u("■ 新闻链接")).isNull());
        QVERIFY(standaloneByline(u("■记者手记")).isNull());
        QCOMPARE(standaloneByline(u("通讯员林溪")), u("通讯员林溪"));
        QCOMPARE(standaloneByline(u("本报记者 方远 林溪")), u("本报记者 方远 林溪"));
        QVERIFY(standaloneByline(u("记者方远报道 春耕开始了。")).isNull());
        QVERIFY(standaloneByline(u("茶农们说")).isNull());
    }

    void photoCredits()
    {
        QVERIFY(isCreditLine(u("本报记者 方远 摄")));
        QVERIFY(isCreditLine(u("拍友 林溪 本报记者 方远 摄")));
        QVERIFY(isCreditLine(u("新华社发")));
        QVERIFY(isCreditLine(u("新华社发（青禾镇政府供图）")));
        QVERIFY(!isCreditLine(u("茶农们在拍摄。")));
        CaptionSplit c = splitCaptionCredit(u("3月2日，茶农在采茶（拼版照片）。新华社记者 方远 摄"));
        QCOMPARE(c.text, u("3月2日，茶农在采茶（拼版照片）。"));
        QCOMPARE(c.credit, u("新华社记者 方远 摄"));
        c = splitCaptionCredit(u("市民在公园赏菊。图片来源：视觉中国"));
        QCOMPARE(c.text, u("市民在公园赏菊。"));
        QCOMPARE(c.credit, u("图片来源：视觉中国"));
        QVERIFY(isCreditLine(u"图片来源：青禾市文旅局"));
        QVERIFY(!isCreditLine(u"图片来源是本报的资料库，记者整理了很多年。"));
        c = splitCaptionCredit(u("茶农在采茶。"));
        QCOMPARE(c.text, u("茶农在采茶。"));
        QVERIFY(c.credit.isNull());
    }

    void traditionalVariantsInPatterns()
    {
        QVERIFY(traditionalVariants(u'记').contains(u'記'));
        QVERIFY(traditionalVariants(u'的').isEmpty());
        // Outside a class a character becomes a class; inside one it gains its variants; escapes
        // and the first character of a range stay put.
        QCOMPARE(withTraditional(u"记者"), u("[记記]者"));
        QCOMPARE(withTraditional(u"[电讯]"), u("[电電讯訊]"));
        QCOMPARE(withTraditional(u"\\x{4E00}[^电]"), u("\\x{4E00}[^电電]"));
        QCOMPARE(withTraditional(u"[一-龥]"), u("[一-龥]"));
        QVERIFY(hanRegex(QStringLiteral("^本报记者$")).match(u("本報記者")).hasMatch());
        QVERIFY(!hanRegex(QStringLiteral("^本报记者$")).match(u("本报编辑")).hasMatch());
        const QStringList forms = spellings(u"记者");
        QVERIFY(forms.contains(u("记者")) && forms.contains(u("記者")));
        QVERIFY(WordSet({u"记者"}).foundIn(u"本報記者 張三"));
        // Credits and jump lines read either way.
        QCOMPARE(standaloneByline(u"本報記者 陳嘉欣"), u("本報記者 陳嘉欣"));
        QVERIFY(isCreditLine(u"新華社記者 張三 攝"));
        QCOMPARE(parseJumpLine(u"（下轉第4版）")->page, 4);
    }

    void foliosAndDates()
    {
        auto folio = parseFolioLine(u("青禾日报 2025年3月3日 星期一 第2版"));
        QVERIFY(folio);
        QCOMPARE(folio->paper, u("青禾日报"));
        QCOMPARE(folio->date, QDate(2025, 3, 3));
        QCOMPARE(folio->page, std::optional<int>(2));
        QVERIFY(!parseFolioLine(u("2025年3月3日，青禾镇举行了茶叶节，第2版有详细报道。")));
        // A page marker alone, with or without its section.
        for (const char *marker : { "A3 要闻", "第3版", "要闻·A03版", "03版：要闻", "第三版", "综合 B3", "A03版" }) {
            folio = parseFolioLine(u(marker));
            QVERIFY2(folio && folio->page == std::optional<int>(3) && !folio->date.isValid(), marker);
        }
        for (const char *notMarker : { "G20 峰会开幕", "B2B平台", "3 大举措", "第3版有详细报道。", "A3纸张价格上涨了", "B3 大楼封顶" }) {
            folio = parseFolioLine(u(notMarker));
            QVERIFY2(!folio, notMarker);
        }
        QCOMPARE(inferIssueDate(u("新华社北京12月31日电 2024年的最后一天。")), QDate(2025, 1, 1));
        QCOMPARE(inferIssueDate(u("11月11日，记者从气象部门获悉，2024年入冬偏晚。3月8日前完成。")), QDate(2024, 11, 12));
        QVERIFY(!inferIssueDate(u("茶农们说，今年收成好。")).isValid());
        QVERIFY(!inferIssueDate(u("新华社北京3月2日电 春耕开始了。")).isValid()); // no year stated
    }

    void shapes()
    {
        QVERIFY(endsSentence(u("春耕开始了。”")));
        QVERIFY(endsSentence(u("真好！")));
        QVERIFY(!endsSentence(u("茶农们忙着")));
        QVERIFY(endsSentence(u("示范村近百个。（完）")));
        QVERIFY(endsSentence(u("示范村近百个(完) ")));
        QVERIFY(!endsSentence(u("工作（未完）")));
        QVERIFY(standaloneByline(u"记者手记").isNull());
        QVERIFY(standaloneByline(u"【记者观察】").isNull());
        QCOMPARE(standaloneByline(u"记者 刘华"), u("记者 刘华"));
        QVERIFY(isStaffLine(u"本版责编：王丽 美编：张强"));
        QVERIFY(isStaffLine(u"本版图片均由受访单位提供"));
        QVERIFY(!isStaffLine(u"本版图片展示了青禾镇的新面貌。"));
        QVERIFY(isEditorsNote(u"【编者按】今起推出系列报道。"));
        QVERIFY(!isEditorsNote(u"编者们说"));
        QVERIFY(!endsSentence(u("增长了3.")));
        QCOMPARE(joinBroken(u("茶农们忙着"), u("采摘")), u("茶农们忙着采摘"));
        QCOMPARE(joinBroken(u("export to"), u("Europe")), u("export to Europe"));
        QVERIFY(looksLikeColumnLabel(u("一线调查·民生关切")));
        QVERIFY(looksLikeColumnLabel(u("文化特派员日记")));
        QVERIFY(looksLikeColumnLabel(u("【青禾观察】")));
        QVERIFY(!looksLikeColumnLabel(u("青禾镇茶叶丰收")));
        QVERIFY(looksLikeEnumeratedSubhead(u("二、总体要求")));
        QVERIFY(looksLikeEnumeratedSubhead(u("（三）加强领导")));
        QVERIFY(!looksLikeEnumeratedSubhead(u("1.5万多个会员单位")));
        QVERIFY(looksLikeLeadInSubhead(u("破题：先修路再种茶")));
        QVERIFY(!looksLikePlainHeading(u("又出台了《青禾镇茶产业")));
    }
};

QTEST_GUILESS_MAIN(TestCredits)
#include "tst_credits.moc"
