// Tests LibraryTreeModel on a real library: lazy levels, labels, lookups and the filter.
#include "demolibrary.h"
#include "models/librarytreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace broadsheet;

class TestLibraryTreeModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_lib.create()); }

    void passesModelTester_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("unfiltered") << QString();
        QTest::newRow("month") << QStringLiteral("2025-03");
        QTest::newRow("day") << QStringLiteral("2025-03-18");
        QTest::newRow("paper") << QStringLiteral("云澜");
        QTest::newRow("nothing") << QStringLiteral("1999");
    }

    void passesModelTester()
    {
        QFETCH(QString, filter);
        LibraryTreeModel model(m_lib.store());
        model.setFilterText(filter);
        // The tester fetches every level it can, which walks the whole lazily loaded tree. (A tester
        // kept across a reset would see the rows fetched on its own post-reset walk as inserted
        // "during" the reset, so each filter state gets a fresh one.)
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!QTest::currentTestFailed());
    }

    void loadsLevelsLazily()
    {
        LibraryTreeModel model(m_lib.store());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex paper = model.index(0, 0);
        QCOMPARE(paper.data().toString(), QStringLiteral("云澜日报"));
        QCOMPARE(paper.data(LibraryTreeModel::KindRole).toInt(), int(LibraryTreeModel::NodeKind::Paper));
        QVERIFY(model.hasChildren(paper));
        QCOMPARE(model.rowCount(paper), 0); // nothing below the papers is read before a view asks
        QVERIFY(model.canFetchMore(paper));
        model.fetchMore(paper);
        QVERIFY(!model.canFetchMore(paper));
        QCOMPARE(model.rowCount(paper), 1);
        const QModelIndex year = model.index(0, 0, paper);
        QCOMPARE(year.data(LibraryTreeModel::KindRole).toInt(), int(LibraryTreeModel::NodeKind::Year));
        model.fetchMore(year);
        const QModelIndex month = model.index(0, 0, year);
        QCOMPARE(month.data(LibraryTreeModel::KindRole).toInt(), int(LibraryTreeModel::NodeKind::Month));
        model.fetchMore(month);
        const QModelIndex issue = model.index(0, 0, month);
        QCOMPARE(issue.data(LibraryTreeModel::DateRole).toDate(), QDate(2025, 3, 18));
        QCOMPARE(issue.data(LibraryTreeModel::CountRole).toInt(), 4);
        model.fetchMore(issue);
        QCOMPARE(model.rowCount(issue), 4);
        for (int i = 0; i < 4; ++i) {
            const QModelIndex page = model.index(i, 0, issue);
            QCOMPARE(page.data(LibraryTreeModel::PageNumberRole).toInt(), i + 1);
            QCOMPARE(page.data(LibraryTreeModel::IdRole).toLongLong(), m_lib.pageId(i + 1));
            QVERIFY(!model.hasChildren(page));
        }
    }

    void findsPagesThroughUnloadedLevels()
    {
        LibraryTreeModel model(m_lib.store());
        const qint64 page3 = m_lib.pageId(3);
        QVERIFY(page3 != 0);
        const QModelIndex index = model.indexForPage(page3);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(LibraryTreeModel::IdRole).toLongLong(), page3);
        QCOMPARE(index.parent().data(LibraryTreeModel::DateRole).toDate(), QDate(2025, 3, 18));
        QCOMPARE(model.parent(index.parent().parent().parent().parent()), QModelIndex());
    }

    void filtersByNameAndDate_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("papers");
        QTest::newRow("none") << QString() << 1;
        QTest::newRow("name") << QStringLiteral("云澜") << 1;
        QTest::newRow("other name") << QStringLiteral("浙江") << 0;
        QTest::newRow("year") << QStringLiteral("2025") << 1;
        QTest::newRow("month") << QStringLiteral("2025-03") << 1;
        QTest::newRow("day") << QStringLiteral("2025-03-18") << 1;
        QTest::newRow("other day") << QStringLiteral("2025-03-19") << 0;
        QTest::newRow("other year") << QStringLiteral("2024") << 0;
        QTest::newRow("name and date") << QStringLiteral("云澜 2025年3月") << 1;
    }

    void filtersByNameAndDate()
    {
        QFETCH(QString, filter);
        QFETCH(int, papers);
        LibraryTreeModel model(m_lib.store());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setFilterText(filter);
        QCOMPARE(model.rowCount(), papers);
        QCOMPARE(reset.count(), filter.isEmpty() ? 0 : 1);
    }

    void dayFilterHidesOtherIssues()
    {
        LibraryTreeModel model(m_lib.store());
        model.setFilterText(QStringLiteral("2025-03-18"));
        QVERIFY(model.indexForPage(m_lib.pageId(1)).isValid());
    }

    void filesUndatedPagesOfAnUnknownPaper()
    {
        // A page whose paper and date nobody can tell still has a place in the tree.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("undated.sqlite"));
        const QByteArray text = QStringLiteral("# 河边的柳树发芽了\n\n记者 王小明\n\n今天上午，河边的柳树冒出了新芽，引来不少市民驻足观看。\n")
                                    .toUtf8();
        auto summary = Importer(path).run({ImportSource::memory(QStringLiteral("scan.txt"), text)});
        QVERIFY(summary.ok());
        QCOMPARE(summary->imported, 1);
        auto store = LibraryStore::open(path);
        QVERIFY(store.ok());
        LibraryTreeModel model(store.value());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex paper = model.index(0, 0);
        QCOMPARE(paper.data().toString(), QStringLiteral("Unknown paper"));
        QCOMPARE(model.rowCount(paper), 1);
        const QModelIndex undated = model.index(0, 0, paper);
        QCOMPARE(undated.data().toString(), QStringLiteral("Undated"));
        QCOMPARE(model.rowCount(undated), 1);
        const QModelIndex issue = model.index(0, 0, undated);
        QVERIFY(!issue.data(LibraryTreeModel::DateRole).toDate().isValid());
        QCOMPARE(model.rowCount(issue), 1);
        const QModelIndex page = model.index(0, 0, issue);
        QCOMPARE(page.data(LibraryTreeModel::KindRole).toInt(), int(LibraryTreeModel::NodeKind::Page));
        QCOMPARE(model.indexForPage(page.data(LibraryTreeModel::IdRole).toLongLong()), page);
    }

private:
    DemoLibrary m_lib;
};

QTEST_GUILESS_MAIN(TestLibraryTreeModel)
#include "tst_librarytreemodel.moc"
