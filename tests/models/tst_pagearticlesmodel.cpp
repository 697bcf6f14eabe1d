// Tests PageArticlesModel on a real library: the page's articles in reading order with card fields.
#include "demolibrary.h"
#include "models/pagearticlesmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace broadsheet;

class TestPageArticlesModel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_lib.create()); }

    void passesModelTester()
    {
        PageArticlesModel model(m_lib.store());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int page = 1; page <= 4; ++page)
            QVERIFY(model.setPage(m_lib.pageId(page)));
        QVERIFY(model.setPage(0));
        QCOMPARE(model.rowCount(), 0);
    }

    void showsThePageInReadingOrder()
    {
        PageArticlesModel model(m_lib.store());
        const qint64 pageId = m_lib.pageId(1);
        QVERIFY(model.setPage(pageId));
        LibraryFilter filter;
        filter.pageId = pageId;
        const auto expected = m_lib.store().articles(filter);
        QVERIFY(expected.ok());
        QVERIFY(expected->size() >= 3);
        QCOMPARE(model.rowCount(), int(expected->size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const ArticleSummary &a = expected->at(row);
            QCOMPARE(index.data(PageArticlesModel::IdRole).toLongLong(), a.id);
            QCOMPARE(index.data(PageArticlesModel::HeadlineRole).toString(), a.headline);
            QCOMPARE(index.data(PageArticlesModel::KickerRole).toString(), a.kicker);
            QCOMPARE(index.data(PageArticlesModel::BylineRole).toString(), a.byline);
            QCOMPARE(index.data(PageArticlesModel::LeadRole).toString(), a.lead);
            QCOMPARE(model.rowOf(a.id), row);
        }
        // The page's lead story goes on to page 4 (下转第4版) and the card says so.
        QCOMPARE(model.index(0).data(PageArticlesModel::ContinuesToRole).toInt(), 4);
    }

    void namesHeadlessFragments()
    {
        PageArticlesModel model(m_lib.store());
        // Page 3 opens with the rest of a page-2 story, without a headline of its own.
        QVERIFY(model.setPage(m_lib.pageId(3)));
        bool found = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            if (index.data(PageArticlesModel::HeadlineRole).toString().isEmpty()
                && !index.data(PageArticlesModel::ContinuedFromRole).isNull()) {
                found = true;
                QVERIFY(!index.data(Qt::DisplayRole).toString().isEmpty());
                QCOMPARE(index.data(PageArticlesModel::ContinuedFromRole).toInt(), 2);
            }
        }
        QVERIFY(found);
    }

private:
    DemoLibrary m_lib;
};

QTEST_GUILESS_MAIN(TestPageArticlesModel)
#include "tst_pagearticlesmodel.moc"
