// Tests SearchResultsModel with real hits from the SearchEngine: roles, highlight offsets, paging.
#include "demolibrary.h"
#include "models/searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace broadsheet;

class TestSearchResultsModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_lib.create()); }

    void passesModelTester()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SearchEngine engine(m_lib.store().database());
        auto results = engine.search(SearchQuery::parse(u"云澜"));
        QVERIFY(results.ok());
        model.setResults(results.value());
        QVERIFY(model.rowCount() > 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void carriesHitsAndHighlights()
    {
        SearchResultsModel model;
        SearchEngine engine(m_lib.store().database());
        auto results = engine.search(SearchQuery::parse(u"投资"));
        QVERIFY(results.ok());
        QVERIFY(!results->hits.isEmpty());
        model.setResults(results.value());
        QCOMPARE(model.rowCount(), int(results->hits.size()));
        QCOMPARE(model.total(), results->total);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(SearchResultsModel::IdRole).toLongLong(), results->hits.first().id);
        QVERIFY(first.data(SearchResultsModel::SourceRole).toString().contains(QStringLiteral("2025-03-18")));
        const QString snippet = first.data(SearchResultsModel::SnippetRole).toString();
        const auto ranges = first.data(SearchResultsModel::HighlightsRole).value<QList<std::pair<int, int>>>();
        QVERIFY(!ranges.isEmpty());
        for (const auto &[start, length] : ranges)
            QCOMPARE(snippet.mid(start, length), QStringLiteral("投资"));
    }

    void pagesInMoreHits()
    {
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SearchEngine engine(m_lib.store().database());
        const SearchQuery query = SearchQuery::parse(u"云澜");
        SearchOptions options;
        options.limit = 2;
        auto first = engine.search(query, options);
        QVERIFY(first.ok());
        QVERIFY2(first->total > 2, "the demo issue mentions 云澜 in more than two articles");
        QSignalSpy more(&model, &SearchResultsModel::moreRequested);
        model.setResults(first.value());
        // The tester may already have asked for more after the reset, as a scrolling view would.
        if (more.isEmpty()) {
            QVERIFY(model.canFetchMore({}));
            model.fetchMore({});
        }
        QCOMPARE(more.count(), 1);
        QCOMPARE(more.first().first().toInt(), 2);
        QVERIFY(!model.canFetchMore({})); // one request at a time
        options.offset = 2;
        options.countTotal = false;
        auto second = engine.search(query, options);
        QVERIFY(second.ok());
        model.appendResults(second.value());
        QCOMPARE(model.rowCount(), 2 + int(second->hits.size()));
        QCOMPARE(model.total(), first->total);
    }

private:
    DemoLibrary m_lib;
};

QTEST_GUILESS_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
