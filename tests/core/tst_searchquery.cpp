// Tests SearchQuery: each grammar form and filter, and lenient reading of malformed input.
#include "core/searchquery.h"

#include <QTest>

using namespace broadsheet;

class TestSearchQuery : public QObject {
    Q_OBJECT

private slots:
    void spacesAreAnd();
    void phrases();
    void orJoinsNeighbours();
    void exclusion();
    void titleOnly();
    void prefix();
    void paperFilter();
    void dateFilters_data();
    void dateFilters();
    void pageFilter();
    void malformedInputIsReadLeniently_data();
    void malformedInputIsReadLeniently();
    void filtersAlone();
    void canonicalForm();
};

void TestSearchQuery::spacesAreAnd()
{
    const SearchQuery q = SearchQuery::parse(u"社会工作  神舟\u3000李强");
    QCOMPARE(q.clauses().size(), 3);
    QCOMPARE(q.clauses()[0].alternatives.first().text, QStringLiteral("社会工作"));
    QCOMPARE(q.clauses()[1].alternatives.first().text, QStringLiteral("神舟"));
    QCOMPARE(q.clauses()[2].alternatives.first().text, QStringLiteral("李强"));
    QVERIFY(q.notes().isEmpty());
    QVERIFY(q.hasPositiveTerms());
}

void TestSearchQuery::phrases()
{
    const SearchQuery q = SearchQuery::parse(u"\"技能 大赛\" 浙江 “中国 队”");
    QCOMPARE(q.clauses().size(), 3);
    QCOMPARE(q.clauses()[0].alternatives.first().text, QStringLiteral("技能 大赛"));
    QVERIFY(q.clauses()[0].alternatives.first().phrase);
    QVERIFY(!q.clauses()[1].alternatives.first().phrase);
    QCOMPARE(q.clauses()[2].alternatives.first().text, QStringLiteral("中国 队"));
    QVERIFY(q.clauses()[2].alternatives.first().phrase);
}

void TestSearchQuery::orJoinsNeighbours()
{
    const SearchQuery q = SearchQuery::parse(u"浙江 杭州 OR 宁波 OR \"温州 市\" 经济");
    QCOMPARE(q.clauses().size(), 3);
    const QList<SearchTerm> &alts = q.clauses()[1].alternatives;
    QCOMPARE(alts.size(), 3);
    QCOMPARE(alts[0].text, QStringLiteral("杭州"));
    QCOMPARE(alts[1].text, QStringLiteral("宁波"));
    QCOMPARE(alts[2].text, QStringLiteral("温州 市"));
    // A lower-case or is an ordinary word.
    QCOMPARE(SearchQuery::parse(u"cats or dogs").clauses().size(), 3);
}

void TestSearchQuery::exclusion()
{
    const SearchQuery q = SearchQuery::parse(u"社会 -工会 -\"总 工会\" COVID-19");
    QCOMPARE(q.clauses().size(), 4);
    QVERIFY(!q.clauses()[0].excluded);
    QVERIFY(q.clauses()[1].excluded);
    QCOMPARE(q.clauses()[1].alternatives.first().text, QStringLiteral("工会"));
    QVERIFY(q.clauses()[2].excluded);
    QVERIFY(q.clauses()[2].alternatives.first().phrase);
    // A hyphen inside a word is part of it.
    QVERIFY(!q.clauses()[3].excluded);
    QCOMPARE(q.clauses()[3].alternatives.first().text, QStringLiteral("COVID-19"));
    const SearchQuery onlyExcluded = SearchQuery::parse(u"-工会");
    QCOMPARE(onlyExcluded.clauses().size(), 1);
    QVERIFY(!onlyExcluded.hasPositiveTerms());
    QVERIFY(!onlyExcluded.isEmpty());
}

void TestSearchQuery::titleOnly()
{
    const SearchQuery q = SearchQuery::parse(u"title:李强 TITLE：\"会见 总统\" 哈萨克斯坦 -title:外交");
    QCOMPARE(q.clauses().size(), 4);
    QVERIFY(q.clauses()[0].alternatives.first().titleOnly);
    QCOMPARE(q.clauses()[0].alternatives.first().text, QStringLiteral("李强"));
    QVERIFY(q.clauses()[1].alternatives.first().titleOnly);
    QVERIFY(q.clauses()[1].alternatives.first().phrase);
    QVERIFY(!q.clauses()[2].alternatives.first().titleOnly);
    QVERIFY(q.clauses()[3].excluded && q.clauses()[3].alternatives.first().titleOnly);
    // An unknown field name is part of the word.
    const SearchQuery time = SearchQuery::parse(u"10:30 foo:bar");
    QCOMPARE(time.clauses()[0].alternatives.first().text, QStringLiteral("10:30"));
    QCOMPARE(time.clauses()[1].alternatives.first().text, QStringLiteral("foo:bar"));
}

void TestSearchQuery::prefix()
{
    const SearchQuery q = SearchQuery::parse(u"covid* \"new york\"* 5G");
    QVERIFY(q.clauses()[0].alternatives.first().prefix);
    QCOMPARE(q.clauses()[0].alternatives.first().text, QStringLiteral("covid"));
    QVERIFY(q.clauses()[1].alternatives.first().prefix);
    QVERIFY(q.clauses()[1].alternatives.first().phrase);
    QVERIFY(!q.clauses()[2].alternatives.first().prefix);
}

void TestSearchQuery::paperFilter()
{
    const SearchQuery q = SearchQuery::parse(u"神舟 paper:浙江日报 paper:\"People's Daily\"");
    QCOMPARE(q.clauses().size(), 1);
    QCOMPARE(q.papers(), (QStringList {QStringLiteral("浙江日报"), QStringLiteral("People's Daily")}));
    QVERIFY(q.hasFilters());
}

void TestSearchQuery::dateFilters_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("month") << QStringLiteral("date:2024-11") << QDate(2024, 11, 1) << QDate(2024, 11, 30);
    QTest::newRow("february leap") << QStringLiteral("date:2024-02") << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("year") << QStringLiteral("date:2023") << QDate(2023, 1, 1) << QDate(2023, 12, 31);
    QTest::newRow("day") << QStringLiteral("date:2024-11-05") << QDate(2024, 11, 5) << QDate(2024, 11, 5);
    QTest::newRow("slashes") << QStringLiteral("date:2024/11/5") << QDate(2024, 11, 5) << QDate(2024, 11, 5);
    QTest::newRow("range") << QStringLiteral("date:2024-11-01..2024-11-30") << QDate(2024, 11, 1) << QDate(2024, 11, 30);
    QTest::newRow("month range") << QStringLiteral("date:2024-10..2024-11") << QDate(2024, 10, 1) << QDate(2024, 11, 30);
    QTest::newRow("open end") << QStringLiteral("date:2024-11-03..") << QDate(2024, 11, 3) << QDate();
    QTest::newRow("open start") << QStringLiteral("date:..2024-11") << QDate() << QDate(2024, 11, 30);
    QTest::newRow("backwards") << QStringLiteral("date:2024-11-30..2024-11-01") << QDate(2024, 11, 1) << QDate(2024, 11, 30);
    QTest::newRow("two filters intersect") << QStringLiteral("date:2024 date:2024-11..2025-02") << QDate(2024, 11, 1) << QDate(2024, 12, 31);
    QTest::newRow("disjoint filters") << QStringLiteral("date:2023 date:2024") << QDate(2024, 1, 1) << QDate(2023, 12, 31);
}

void TestSearchQuery::dateFilters()
{
    QFETCH(QString, input);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const SearchQuery q = SearchQuery::parse(QString(QStringLiteral("工会 ") + input));
    QCOMPARE(q.dateFrom(), from);
    QCOMPARE(q.dateTo(), to);
    QCOMPARE(q.clauses().size(), 1);
}

void TestSearchQuery::pageFilter()
{
    SearchQuery q = SearchQuery::parse(u"page:1 工会");
    QCOMPARE(q.pageFrom(), std::optional<int>(1));
    QCOMPARE(q.pageTo(), std::optional<int>(1));
    q = SearchQuery::parse(u"page:2..4");
    QCOMPARE(q.pageFrom(), std::optional<int>(2));
    QCOMPARE(q.pageTo(), std::optional<int>(4));
    q = SearchQuery::parse(u"page:3..");
    QCOMPARE(q.pageFrom(), std::optional<int>(3));
    QCOMPARE(q.pageTo(), std::nullopt);
    q = SearchQuery::parse(u"page:one");
    QVERIFY(!q.pageFrom() && !q.pageTo());
    QCOMPARE(q.notes().size(), 1);
    QVERIFY(q.notes().first().contains(QStringLiteral("page:one")));
}

void TestSearchQuery::malformedInputIsReadLeniently_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical"); // what was understood
    QTest::addColumn<int>("notes");
    QTest::newRow("unbalanced quote") << QStringLiteral("工会 \"技能 大赛") << QStringLiteral("工会 \"技能 大赛\"") << 1;
    QTest::newRow("lone OR first") << QStringLiteral("OR 工会") << QStringLiteral("工会") << 1;
    QTest::newRow("lone OR last") << QStringLiteral("工会 OR") << QStringLiteral("工会") << 1;
    QTest::newRow("double OR") << QStringLiteral("a OR OR b") << QStringLiteral("a OR b") << 1;
    QTest::newRow("lone minus") << QStringLiteral("工会 -") << QStringLiteral("工会") << 1;
    QTest::newRow("only punctuation") << QStringLiteral("，。！？") << QString() << 1;
    QTest::newRow("punctuation term") << QStringLiteral("工会 ... 大赛") << QStringLiteral("工会 大赛") << 1;
    QTest::newRow("empty quotes") << QStringLiteral("\"\" 工会") << QStringLiteral("工会") << 1;
    QTest::newRow("lone star") << QStringLiteral("* 工会") << QStringLiteral("工会") << 0;
    QTest::newRow("bad date") << QStringLiteral("工会 date:yesterday") << QStringLiteral("工会") << 1;
    QTest::newRow("bad month") << QStringLiteral("工会 date:2024-13") << QStringLiteral("工会") << 1;
    QTest::newRow("excluded filter") << QStringLiteral("工会 -paper:x") << QStringLiteral("工会") << 1;
    QTest::newRow("empty paper") << QStringLiteral("工会 paper:") << QStringLiteral("工会") << 1;
    QTest::newRow("or around excluded") << QStringLiteral("a OR -b") << QStringLiteral("a -b") << 1;
    QTest::newRow("sql and fts syntax") << QStringLiteral("'); DROP TABLE x; -- NEAR(a b) {x}:y ^z")
                                        << QStringLiteral("DROP TABLE x; NEAR(a b) {x}:y ^z") << 2;
    QTest::newRow("empty") << QString() << QString() << 0;
}

void TestSearchQuery::malformedInputIsReadLeniently()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QFETCH(int, notes);
    const SearchQuery q = SearchQuery::parse(input);
    QCOMPARE(q.toString(), canonical);
    QCOMPARE(q.notes().size(), notes);
}

void TestSearchQuery::filtersAlone()
{
    const SearchQuery q = SearchQuery::parse(u"paper:浙江日报 date:2024-11-05 page:1");
    QVERIFY(q.clauses().isEmpty());
    QVERIFY(!q.isEmpty());
    QVERIFY(!q.hasPositiveTerms());
    QVERIFY(SearchQuery::parse(u"   ").isEmpty());
}

void TestSearchQuery::canonicalForm()
{
    const SearchQuery q = SearchQuery::parse(
        u"title:李强 会见 OR 会谈 -工会 \"技能 大赛\" covid* paper:浙江日报 date:2024-11 page:1..3");
    QCOMPARE(q.toString(),
             QStringLiteral("title:李强 会见 OR 会谈 -工会 \"技能 大赛\" covid* paper:浙江日报 "
                            "date:2024-11-01..2024-11-30 page:1..3"));
    // Parsing the canonical form again gives the same query, also for dates that cannot all hold.
    QCOMPARE(SearchQuery::parse(q.toString()).toString(), q.toString());
    const SearchQuery disjoint = SearchQuery::parse(u"date:2023 date:2024");
    QCOMPARE(SearchQuery::parse(disjoint.toString()).toString(), disjoint.toString());
    QCOMPARE(SearchQuery::parse(disjoint.toString()).dateFrom(), QDate(2024, 1, 1));
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
