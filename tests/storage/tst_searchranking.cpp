// Tests relevance over many hits (the headline-stack tiers and the bm25 pool of SearchEngine), the
// character tables for one-character terms, the in-memory filters following the library as it
// changes, and a library from before the character tables being upgraded on open.
#include "searchtestlibrary.h"

#include "core/searchquery.h"
#include "storage/database.h"
#include "storage/searchengine.h"
#include "storage/searchindex.h"

#include <QSet>
#include <QTemporaryDir>

using namespace broadsheet;
using namespace broadsheet::testing;

namespace {

constexpr int kArticles = 4300; // more hits than one bm25 pool holds
constexpr int kHeadlineEvery = 172; // 25 articles carry the term in their headline

bool inHeadline(int i) { return i % kHeadlineEvery == 0; }

QList<TestPage> manyHits()
{
    QList<TestPage> pages;
    for (int i = 0; i < kArticles; ++i) {
        if (i % 10 == 0)
            pages.append({QStringLiteral("星报"), QDate(2024, 9, 1).addDays(i / 80), 1 + (i / 10) % 8, {}});
        const QString headline = inHeadline(i) ? QStringLiteral("星火燎原第%1号").arg(i) : QStringLiteral("第%1号报道").arg(i);
        QString body = QStringLiteral("这是第%1篇报道，").arg(i);
        for (int r = 0; r <= i % 3; ++r)
            body += QStringLiteral("星火计划推进，");
        body += QStringLiteral("各方参与。");
        pages.last().articles.append(makeArticle(headline, {body}));
    }
    return pages;
}

// Every hit of `query` by relevance, read in pages of `pageSize`.
QList<SearchHit> allPages(SearchEngine &engine, const QString &query, int pageSize)
{
    QList<SearchHit> hits;
    SearchOptions options;
    options.limit = pageSize;
    options.snippets = false;
    options.countTotal = false;
    for (options.offset = 0; options.offset <= kArticles * 2; options.offset += pageSize) {
        Result<SearchResults> page = engine.search(SearchQuery::parse(query), options);
        if (!page)
            return {};
        hits += page->hits;
        if (page->hits.size() < pageSize)
            break;
    }
    return hits;
}

QSet<qint64> idsOf(const QList<SearchHit> &hits)
{
    QSet<qint64> ids;
    for (const SearchHit &h : hits)
        ids.insert(h.id);
    return ids;
}

} // namespace

class TestSearchRanking : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void headlineTierFirstThenBm25();
    void paginationIsConsistentPastThePool();
    void oneCharacterRanksHeadlinesFirst();
    void filtersFollowTheLibrary();
    void libraryWithoutCharacterTablesIsUpgraded();

private:
    QTemporaryDir m_dir;
    std::optional<Result<LibraryStore>> m_store;
    LibraryStore &store() { return m_store->value(); }
};

void TestSearchRanking::initTestCase()
{
    m_store.emplace(LibraryStore::open(m_dir.filePath(QStringLiteral("library.sqlite"))));
    QVERIFY(m_store->ok());
    QVERIFY(writePages(store(), manyHits()));
}

void TestSearchRanking::headlineTierFirstThenBm25()
{
    SearchEngine engine(store().database());
    Result<SearchResults> first = engine.search(SearchQuery::parse(u"星火"), SearchOptions {SearchOptions::Sort::Relevance, 60});
    QVERIFY(first.ok());
    QCOMPARE(first->total, kArticles);
    QCOMPARE(first->hits.size(), 60);
    const int inHeadlines = (kArticles + kHeadlineEvery - 1) / kHeadlineEvery;
    for (int k = 0; k < first->hits.size(); ++k) {
        const bool headlineHit = first->hits[k].headline.contains(QStringLiteral("星火"));
        QVERIFY2(headlineHit == (k < inHeadlines), qPrintable(first->hits[k].headline));
        if (k > 0 && k != inHeadlines) // bm25 order within each tier
            QVERIFY(first->hits[k - 1].score >= first->hits[k].score);
        QVERIFY(first->hits[k].score > 0);
    }
    // In the body tier the articles saying it three times rank above those saying it once.
    const SearchHit &bodyTop = first->hits[inHeadlines];
    QVERIFY(bodyTop.score > first->hits.last().score || first->hits.last().score == bodyTop.score);
}

void TestSearchRanking::paginationIsConsistentPastThePool()
{
    SearchEngine engine(store().database());
    const QList<SearchHit> byPages = allPages(engine, QStringLiteral("星火"), 487);
    QCOMPARE(byPages.size(), kArticles);
    QCOMPARE(idsOf(byPages).size(), kArticles); // each hit once
    // A page deep in the list, asked for alone, is the same slice.
    SearchOptions deep;
    deep.offset = 4150;
    deep.limit = 100;
    deep.snippets = false;
    Result<SearchResults> page = engine.search(SearchQuery::parse(u"星火"), deep);
    QVERIFY(page.ok());
    QCOMPARE(page->hits.size(), 100);
    for (int k = 0; k < 100; ++k)
        QCOMPARE(page->hits[k].id, byPages[deep.offset + k].id);
    // Past the end: nothing, and no error.
    deep.offset = kArticles + 5;
    page = engine.search(SearchQuery::parse(u"星火"), deep);
    QVERIFY(page.ok());
    QVERIFY(page->hits.isEmpty());
}

void TestSearchRanking::oneCharacterRanksHeadlinesFirst()
{
    SearchEngine engine(store().database());
    const QList<SearchHit> hits = allPages(engine, QStringLiteral("燎"), 10);
    const int inHeadlines = (kArticles + kHeadlineEvery - 1) / kHeadlineEvery;
    QCOMPARE(hits.size(), inHeadlines); // 燎 is only in those headlines
    const QList<SearchHit> star = allPages(engine, QStringLiteral("星"), 333);
    QCOMPARE(star.size(), kArticles);
    QCOMPARE(idsOf(star).size(), kArticles);
    for (int k = 0; k < star.size(); ++k) {
        QVERIFY2(star[k].headline.contains(u'星') == (k < inHeadlines), qPrintable(star[k].headline));
        if (k > 0 && k != inHeadlines) // newest added first within a tier
            QVERIFY(star[k - 1].id > star[k].id);
    }
    Result<qint64> both = engine.count(SearchQuery::parse(u"星 燎"));
    QVERIFY(both.ok());
    QCOMPARE(both.value(), inHeadlines);
    Result<qint64> without = engine.count(SearchQuery::parse(u"星 -燎"));
    QVERIFY(without.ok());
    QCOMPARE(without.value(), kArticles - inHeadlines);
    Result<qint64> titled = engine.count(SearchQuery::parse(u"title:星 计划"));
    QVERIFY(titled.ok());
    QCOMPARE(titled.value(), inHeadlines);
}

void TestSearchRanking::filtersFollowTheLibrary()
{
    SearchEngine engine(store().database());
    const SearchQuery december = SearchQuery::parse(u"星火 date:2024-12 page:3");
    Result<qint64> before = engine.count(december);
    QVERIFY(before.ok());
    QCOMPARE(before.value(), 0);
    // Another connection adds an article that matches.
    {
        Result<LibraryStore> other = LibraryStore::open(m_dir.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(other.ok());
        QVERIFY(writePages(other.value(), {{QStringLiteral("月报"), QDate(2024, 12, 2), 3,
                                            {makeArticle(QStringLiteral("十二月的星火"), {QStringLiteral("星火相传。")})}}}));
    }
    Result<qint64> after = engine.count(december);
    QVERIFY(after.ok());
    QCOMPARE(after.value(), 1);
    // And this connection adds one (on page 4: outside the filter), then one on page 3.
    QVERIFY(writePages(store(), {{QStringLiteral("月报"), QDate(2024, 12, 3), 4,
                                  {makeArticle(QStringLiteral("第四版的星火"), {QStringLiteral("星火相传。")})}}}));
    QCOMPARE(engine.count(december).value(), 1);
    QVERIFY(writePages(store(), {{QStringLiteral("月报"), QDate(2024, 12, 4), 3,
                                  {makeArticle(QStringLiteral("又一篇星火"), {QStringLiteral("星火相传。")})}}}));
    QCOMPARE(engine.count(december).value(), 2);
    QCOMPARE(engine.count(SearchQuery::parse(u"星火 paper:月报")).value(), 3);
    QCOMPARE(engine.count(SearchQuery::parse(u"星 paper:月报 page:4")).value(), 1);
}

void TestSearchRanking::libraryWithoutCharacterTablesIsUpgraded()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        Result<LibraryStore> fresh = LibraryStore::open(path);
        QVERIFY(fresh.ok());
        QVERIFY(writePages(fresh.value(), {{QStringLiteral("旧报"), QDate(2024, 1, 2), 1,
                                            {makeArticle(QStringLiteral("旧馆藏"), {QStringLiteral("燎原之火。")})}}}));
        // What a library of schema version 3 holds: no character tables, an older tokenizer.
        QVERIFY(fresh->database().exec("DROP TABLE article_chars; DROP TABLE article_heads; PRAGMA user_version = 3; "
                                       "UPDATE search_meta SET value = 'bigram-2/old' WHERE key = 'tokenizer'").ok());
    }
    int progressCalls = 0;
    Result<LibraryStore> upgraded = LibraryStore::open(path, LibraryStore::Access::ReadWrite, [&](qint64, qint64) {
        ++progressCalls;
        return true;
    });
    QVERIFY2(upgraded.ok(), qPrintable(upgraded.ok() ? QString() : upgraded.error()));
    QVERIFY(progressCalls > 0);
    SearchEngine engine(upgraded->database());
    QCOMPARE(engine.count(SearchQuery::parse(u"燎")).value(), 1);
    QCOMPARE(engine.count(SearchQuery::parse(u"title:馆")).value(), 1);
    QCOMPARE(engine.count(SearchQuery::parse(u"燎原")).value(), 1);
    Result<bool> current = SearchIndex::isCurrent(upgraded->database());
    QVERIFY(current.ok() && current.value());
}

QTEST_GUILESS_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
