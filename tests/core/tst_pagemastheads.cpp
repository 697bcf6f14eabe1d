// Mastheads and folios set over two lines at the page's head, as the eleventh session's reviews
// found them: the paper's name, section and page on one line and the date on the other (either way
// up), and a paper's name that does not end in 报 standing alone over a dated folio line. Each rule
// is shown on a minimal page.
#include "core/pagedate.h"
#include "segmentertestsupport.h"

#include <QTest>

using namespace broadsheet;
using namespace broadsheet::testing;

namespace {

Page segText(const QString &text) { return PageSegmenter().segment(text); }

} // namespace

class TestPageMastheads : public QObject {
    Q_OBJECT
private slots:
    // 东湖日报　要闻　3 over 2025年7月3日　星期四: one folio, not the first article's kicker.
    void twoLineFolioNameLineFirst()
    {
        const Page p = segText(u("东湖日报　　　　　　　　要闻　　　　　　　　　　3\n2025年7月3日　星期四\n\n"
                                 "## 江北快速路二期全线通车\n\n　　本报讯　7月2日上午，江北快速路二期工程全线通车。\n"));
        QCOMPARE(p.paper, u("东湖日报"));
        QCOMPARE(p.date, QDate(2025, 7, 3));
        QCOMPARE(p.page, std::optional<int>(3));
        QCOMPARE(p.articles.size(), 1);
        QVERIFY(p.articles[0].kicker.isEmpty());
        QCOMPARE(p.articles[0].headline, u("江北快速路二期全线通车"));
    }

    // The other way up, and with the page's number first (3　要闻　东湖日报).
    void twoLineFolioDateLineFirst()
    {
        const Page p = segText(u("2025年7月3日　星期四\n东湖日报　　　要闻　　　3\n\n"
                                 "## 江北快速路二期全线通车\n\n　　本报讯　7月2日上午，江北快速路二期工程全线通车。\n"));
        QCOMPARE(p.paper, u("东湖日报"));
        QCOMPARE(p.page, std::optional<int>(3));
        QVERIFY(p.articles[0].kicker.isEmpty());

        const Page q = segText(u("3　　　要闻　　　东湖日报\n2025年7月3日　星期四\n\n"
                                 "## 江北快速路二期全线通车\n\n　　本报讯　7月2日上午，江北快速路二期工程全线通车。\n"));
        QCOMPARE(q.paper, u("东湖日报"));
        QCOMPARE(q.page, std::optional<int>(3));
        QVERIFY(q.articles[0].kicker.isEmpty());
    }

    // A section and page over a date line that names the paper and the editors (群众来信　11).
    void twoLineFolioSectionAndPage()
    {
        const Page p = segText(u("群众来信　　　　　　　　11\n2025年6月12日　星期四　　　北江日报　　　责任编辑：钱蓓\n\n"
                                 "## 老旧小区充电难，何时能解？\n\n　　编辑同志：我家住在城南一个老旧小区，电动车充电很不方便。\n"));
        QCOMPARE(p.paper, u("北江日报"));
        QCOMPARE(p.page, std::optional<int>(11));
        QVERIFY(p.articles[0].kicker.isEmpty());
        QCOMPARE(p.articles[0].headline, u("老旧小区充电难，何时能解？"));
    }

    // On a continuation page the folio is no headline of the fragment carried over (上接第一版).
    void twoLineFolioOverContinuedFragment()
    {
        const Page p = segText(u("东湖日报　　　　要闻　　　　3\n2025年7月3日　星期四　　　责任编辑：孟凡　校对：丁宁\n\n"
                                 "（上接第一版）\n要把群众反映最集中的就医、入学、停车等问题列出清单，做到件件有回音。\n\n"
                                 "　　会议强调，各级领导干部要带头下基层、接地气，实打实解决问题。\n"));
        QCOMPARE(p.paper, u("东湖日报"));
        QCOMPARE(p.page, std::optional<int>(3));
        QVERIFY(!p.articles.isEmpty());
        QVERIFY(p.articles[0].headline.isEmpty());
        QVERIFY(!p.articles[0].kicker.contains(u("东湖日报")));
    }

    // A paper's name that does not end in 报, alone at the page's head over a dated folio line.
    void mastheadNameAloneOverFolio()
    {
        const Page p = segText(u("今日武义\n2024年3月8日 星期五 第2版 要闻\n\n我县召开“三农”工作会议\n\n"
                                 "本报讯（记者 朱小龙）3月7日，全县“三农”工作会议召开。\n"));
        QCOMPARE(p.paper, u("今日武义"));
        QCOMPARE(p.page, std::optional<int>(2));
        QCOMPARE(p.articles.size(), 1);
        QVERIFY(p.articles[0].column.isEmpty());
        QVERIFY(p.articles[0].kicker.isEmpty());
        QCOMPARE(p.articles[0].headline, u("我县召开“三农”工作会议"));

        // Over a blank line and a date line that names the weekday only; with digits; an edition.
        const Page q = segText(u("21世纪经济报道\n\n2024年11月20日 星期三\n\n第6版 金融·市场\n\n前10月社零总额同比增长3.5%\n\n"
                                 "国家统计局11月15日发布数据，前10月社会消费品零售总额同比增长3.5%。\n"));
        QCOMPARE(q.paper, u("21世纪经济报道"));
        QCOMPARE(q.page, std::optional<int>(6));
        QVERIFY(q.articles[0].column.isEmpty());
        const Page r = segText(u("中学生学习报·初中版\n2024年5月20日　第4版　作文园地\n\n那一刻，我长大了\n\n"
                                 "　　那天放学回家，我第一次自己做了一顿晚饭。妈妈下班回来，愣了好一会儿。\n"));
        QCOMPARE(r.paper, u("中学生学习报·初中版"));
        QCOMPARE(r.page, std::optional<int>(4));
        QVERIFY(r.articles[0].column.isEmpty());
    }

    // Only by its place: a column's label or a section's name over the folio is no paper, nor is a
    // name under the article's headline, nor one over a folio line that names its paper.
    void mastheadNameNeedsItsPlace()
    {
        QVERIFY(looksLikeMastheadName(u("南方周末")));
        QVERIFY(!looksLikeMastheadName(u("记者手记")));
        QVERIFY(!looksLikeMastheadName(u("理论周刊")));
        QVERIFY(!looksLikeMastheadName(u("国际新闻")));

        const Page p = segText(u("读书周刊\n2024年6月12日 星期三 第5版\n\n明清江南家族文献整理的路径\n\n"
                                 "　　家族文献是地方文献的重要组成部分，整理工作近年来进展很快。\n"));
        QVERIFY(p.paper.isEmpty());
        const Page c = segText(u("新书速递\n2024年6月12日 星期三 第5版\n\n明清江南家族文献整理的路径\n\n"
                                 "　　家族文献是地方文献的重要组成部分，整理工作近年来进展很快。\n"));
        QVERIFY(c.paper.isEmpty());
        const Page q = segText(u("南方周末\n光明日报　2024年6月12日　星期三　第5版\n\n明清江南家族文献整理的路径\n\n"
                                 "　　家族文献是地方文献的重要组成部分，整理工作近年来进展很快。\n"));
        QCOMPARE(q.paper, u("光明日报"));
        // A site's article: its headline over the day and weekday, and no page numbered.
        const Page w = segText(u("国务院召开常务会议\n2024年3月8日 星期五\n\n"
                                 "　　国务院总理主持召开国务院常务会议，研究部署有关工作。会议指出，要加快推进各项工作。\n"));
        QVERIFY(w.paper.isEmpty());
        QCOMPARE(w.articles.size(), 1);
        QCOMPARE(w.articles[0].headline, u("国务院召开常务会议"));
    }
};

QTEST_GUILESS_MAIN(TestPageMastheads)
#include "tst_pagemastheads.moc"
