// Pages from other presses and other times, as the sixth session's reviews wrote them: old papers
// (datelines with the hour, 發專電), OCR of scanned pages (column rules read as glyphs), and the
// conventions of Traditional-Chinese and overseas papers. Each rule is shown on a minimal page.
#include "core/credits.h"
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
};

QTEST_GUILESS_MAIN(TestPageSources)
#include "tst_pagesources.moc"
