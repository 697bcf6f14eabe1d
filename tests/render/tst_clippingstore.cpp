// Tests of ClippingStore (the clippings basket in a real library file) and of rendering the basket.
#include "render/articleexporter.h"
#include "render/libraryinput.h"
#include "renderfixtures.h"
#include "storage/clippingstore.h"
#include "storage/database.h"
#include "storage/librarystore.h"
#include "storage/librarywriter.h"

#include <QCryptographicHash>
#include <QTemporaryDir>

using namespace broadsheet;
using namespace broadsheet::testing;

namespace {

Status writeDemo(LibraryStore &store, const QList<LoadedPage> &pages)
{
    LibraryWriter writer(store.database());
    return inTransaction(store.database(), [&]() -> Status {
        for (const LoadedPage &p : pages) {
            PageToWrite w;
            w.page = p.page;
            w.sourcePath = p.name;
            w.contentHash = QCryptographicHash::hash(pageToJson(p.page), QCryptographicHash::Sha1);
            w.bytes = 1000;
            Result<PageWriteResult> r = writer.writePage(w);
            if (!r)
                return Error {r.error()};
        }
        return success();
    });
}

qint64 idOf(LibraryStore &store, const QString &headline)
{
    const Result<QList<ArticleSummary>> articles = store.articles();
    for (const ArticleSummary &a : articles.value()) {
        if (a.headline == headline)
            return a.id;
    }
    return 0;
}

QList<qint64> articleIds(const QList<ClippingRecord> &list)
{
    QList<qint64> ids;
    for (const ClippingRecord &c : list)
        ids.append(c.articleId.value_or(0));
    return ids;
}

} // namespace

class TestClippingStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void basketKeepsOrderAcrossReopening()
    {
        const QString path = m_dir.filePath(QStringLiteral("clip.sqlite"));
        qint64 a = 0, b = 0, c = 0;
        {
            Result<LibraryStore> store = LibraryStore::open(path);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error()));
            QVERIFY(store->schemaVersion() >= 3);
            const Status written = writeDemo(store.value(), demoPages());
            QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error()));
            a = idOf(store.value(), QStringLiteral("湖畔春早"));
            b = idOf(store.value(), QStringLiteral("“悬空老人”下楼的路越走越顺"));
            c = idOf(store.value(), QStringLiteral("数字技术让古籍“活”起来"));
            QVERIFY(a && b && c);
            ClippingStore basket(store->database());
            const qint64 ca = basket.add(a).value();
            const qint64 cb = basket.add(b).value();
            const qint64 cc = basket.add(c).value();
            QCOMPARE(basket.add(a).value(), ca); // already there: stays where it is
            QCOMPARE(articleIds(basket.list().value()), (QList<qint64> {a, b, c}));
            QVERIFY(basket.move(cc, 0).ok());
            QCOMPARE(articleIds(basket.list().value()), (QList<qint64> {c, a, b}));
            QVERIFY(basket.move(cc, 99).ok()); // clamped to the end
            QCOMPARE(articleIds(basket.list().value()), (QList<qint64> {a, b, c}));
            QVERIFY(basket.setOrder({cb, cc, ca}).ok());
            QCOMPARE(articleIds(basket.list().value()), (QList<qint64> {b, c, a}));
            const Status bad = basket.setOrder({cb, cc});
            QVERIFY(!bad.ok());
            QVERIFY(bad.error().contains(QStringLiteral("3 clippings")));
            QVERIFY(!basket.add(987654).ok());
            QVERIFY(basket.remove(cc).ok());
            QVERIFY(basket.remove(cc).ok());
            const QList<ClippingRecord> list = basket.list().value();
            QCOMPARE(list.size(), 2);
            QCOMPARE(list.at(0).headline, QStringLiteral("“悬空老人”下楼的路越走越顺"));
            QCOMPARE(list.at(0).paper, QStringLiteral("云澜日报"));
            QCOMPARE(list.at(0).date, QDate(2025, 3, 18));
            QCOMPARE(list.at(0).page, 2);
            QVERIFY(list.at(0).addedAt.isValid());
        }
        Result<LibraryStore> reopened = LibraryStore::open(path, LibraryStore::Access::ReadOnly);
        QVERIFY(reopened.ok());
        ClippingStore basket(reopened->database());
        QCOMPARE(articleIds(basket.list().value()), (QList<qint64> {b, a}));
    }

    void clippingFollowsItsArticleWhenThePageIsReplaced()
    {
        const QString path = m_dir.filePath(QStringLiteral("replace.sqlite"));
        Result<LibraryStore> store = LibraryStore::open(path);
        QVERIFY(store.ok());
        QList<LoadedPage> pages = demoPages();
        QVERIFY(writeDemo(store.value(), pages).ok());
        const qint64 old = idOf(store.value(), QStringLiteral("湖畔春早"));
        ClippingStore basket(store->database());
        QVERIFY(basket.add(old).ok());
        // A corrected page 1 arrives: same paper, date and page, another text.
        pages.first().page.articles.first().blocks.first().text += QStringLiteral("（更正）");
        QVERIFY(writeDemo(store.value(), {pages.first()}).ok());
        const qint64 now = idOf(store.value(), QStringLiteral("湖畔春早"));
        QVERIFY(now != old);
        const QList<ClippingRecord> list = basket.list().value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().articleId, now);
    }

    void basketRendersWithContentsAndCitations()
    {
        const QString path = m_dir.filePath(QStringLiteral("render.sqlite"));
        Result<LibraryStore> store = LibraryStore::open(path);
        QVERIFY(store.ok());
        QVERIFY(writeDemo(store.value(), demoPages()).ok());
        ClippingStore basket(store->database());
        const qint64 head = idOf(store.value(), QStringLiteral("抓项目稳投资 促消费增活力")); // continued on page 4
        const Result<qint64> added = basket.add(head);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error()));
        QVERIFY(basket.add(idOf(store.value(), QStringLiteral("湖畔春早"))).ok());
        ArticleCollection clip;
        clip.title = QStringLiteral("剪报");
        const Result<QList<ClippingRecord>> clippings = basket.list();
        for (const ClippingRecord &c : clippings.value())
            clip.articles.append(articleInputFrom(store->wholeArticle(*c.articleId).value(), *c.articleId));
        QCOMPARE(clip.articles.first().parts.size(), 2); // whole across pages 1 and 4
        const QString md = QString::fromUtf8(ArticleExporter().exportToBytes(clip, ExportFormat::Markdown).value());
        QVERIFY(md.contains(QStringLiteral("1. [抓项目稳投资 促消费增活力](#article-1)　云澜日报　2025年3月18日　第1、4版")));
        QVERIFY(md.contains(QStringLiteral("引用：《湖畔春早》，云澜日报，2025年3月18日，第1版。")));
        const QString file = m_dir.filePath(QStringLiteral("basket.pdf"));
        QVERIFY(ArticleExporter().exportToFile(clip, ExportFormat::Pdf, file).ok());
        const QString text = squeezed(pdfText(file));
        QVERIFY(text.contains(squeezed(clip.articles.first().parts.at(1).article.blocks.last().text)));
    }
};

QTEST_MAIN(TestClippingStore)
#include "tst_clippingstore.moc"
