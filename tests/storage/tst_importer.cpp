// Tests for the Importer: the demo issue from files and from memory, re-import, replacement,
// linking in both orders, bad files, fallbacks, cancellation, a reader and a second writer at work.
#include "librarytestsupport.h"
#include "storage/importer.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace broadsheet;
using namespace broadsheet::testing;

namespace {

// Records what the importer tells; can cancel it after a number of files.
class Recorder : public ImportObserver {
public:
    void progress(const ImportProgress &p) override { progresses.append(p); }
    void fileDone(const ImportFileResult &f) override
    {
        files.append(f);
        if (importer && cancelAfter > 0 && files.size() == cancelAfter)
            importer->cancel();
    }
    void notice(const QString &text) override { notices.append(text); }

    QList<ImportProgress> progresses;
    QList<ImportFileResult> files;
    QStringList notices;
    Importer *importer = nullptr;
    int cancelAfter = 0;
};

ImportSummary runImport(const QString &library, const QList<ImportSource> &sources, const ImportFallbacks &fallbacks = {},
                        ImportObserver *observer = nullptr)
{
    Importer importer(library);
    Result<ImportSummary> s = importer.run(sources, fallbacks, observer);
    if (!s)
        qFatal("import failed: %s", qPrintable(s.error()));
    return s.value();
}

QList<ImportSource> sourcesOf(const QStringList &paths)
{
    return collectImportSources(paths).sources;
}

} // namespace

class TestImporter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void demoIssueFromFiles();
    void demoIssueFromMemory();
    void reimportIsUnchanged();
    void changedFileReplacesPage();
    void linksInBothImportOrders_data();
    void linksInBothImportOrders();
    void badFilesFailAlone();
    void fallbacksFillOnlyGaps();
    void collectsFoldersAndGlobs();
    void cancelKeepsWholePages();
    void readerDuringImport();
    void secondWriterWaits();

private:
    QTemporaryDir m_dir;
    QString m_library;
};

void TestImporter::init()
{
    if (demoPageFiles().size() < 4)
        QSKIP("The demo issue (resources/samples/云澜日报/2025-03-18) is not there.");
    static int n = 0;
    m_library = m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++n));
}

static LibraryStore reader(const QString &path)
{
    Result<LibraryStore> store = LibraryStore::open(path, LibraryStore::Access::ReadOnly);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    return std::move(store.value());
}

void TestImporter::demoIssueFromFiles()
{
    Recorder recorder;
    const ImportSummary s = runImport(m_library, sourcesOf({QStringLiteral(BROADSHEET_DEMO_DIR)}), {}, &recorder);
    QCOMPARE(s.imported, 4);
    QCOMPARE(s.failed, 0);
    QCOMPARE(s.unknownPaper, 0);
    QCOMPARE(s.undated, 0);
    QCOMPARE(recorder.files.size(), 4);
    QVERIFY(!recorder.progresses.isEmpty());
    QCOMPARE(recorder.progresses.last().filesDone, 4);
    QCOMPARE(recorder.progresses.last().bytesDone, recorder.progresses.last().bytesTotal);

    LibraryStore store = reader(m_library);
    const QList<PaperRecord> papers = store.papers().value();
    QCOMPARE(papers.size(), 1);
    QCOMPARE(papers.at(0).name, QStringLiteral("云澜日报"));
    const IssueRecord issue = store.newestIssue().value().value();
    QCOMPARE(issue.date, QDate(2025, 3, 18));
    QCOMPARE(issue.pageCount, 4);
    QCOMPARE(qint64(issue.articleCount), s.articles);
    LibraryFilter f;
    f.issueId = issue.id;
    const QList<PageRecord> pages = store.pages(f).value();
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(pages.at(i).number, std::optional<int>(i + 1));
        QVERIFY(!pages.at(i).encoding.isEmpty());
        QCOMPARE(pages.at(i).bytes, QFileInfo(demoPageFiles().at(i)).size());
    }
    // Every jump line of the demo issue whose other page is in the issue is linked.
    int jumps = 0, linked = 0;
    const QList<ArticleSummary> articles = store.articles({}).value();
    for (const ArticleSummary &a : articles) {
        if (!a.continuesTo)
            continue;
        ++jumps;
        linked += store.wholeArticle(a.id).value().parts.size() > 1 ? 1 : 0;
    }
    QVERIFY(jumps >= 1);
    QCOMPARE(linked, jumps);
    QVERIFY(store.checkIntegrity().value().ok);
}

void TestImporter::demoIssueFromMemory()
{
    QList<ImportSource> sources;
    for (const QString &f : demoPageFiles())
        sources.append(ImportSource::memory(QStringLiteral(":/samples/云澜日报/2025-03-18/") + QFileInfo(f).fileName(), readAll(f)));
    const ImportSummary s = runImport(m_library, sources);
    QCOMPARE(s.imported, 4);
    LibraryStore store = reader(m_library);
    const QList<PageRecord> pages = store.pages({}).value();
    QCOMPARE(pages.size(), 4);
    QCOMPARE(pages.at(0).paper, QStringLiteral("云澜日报"));
    QCOMPARE(pages.at(0).sourcePath, QStringLiteral(":/samples/云澜日报/2025-03-18/01.txt"));
    QCOMPARE(pages.at(0).source, QStringLiteral("01.txt"));
    // The same pages as files are the same content: already in the library.
    const ImportSummary again = runImport(m_library, sourcesOf({demoIssueDir()}));
    QCOMPARE(again.unchanged, 4);
    QCOMPARE(again.imported, 0);
}

void TestImporter::reimportIsUnchanged()
{
    const ImportSummary first = runImport(m_library, sourcesOf({demoIssueDir()}));
    QCOMPARE(first.imported, 4);
    QList<qint64> ids;
    const QList<ArticleSummary> firstArticles = reader(m_library).articles({}).value();
    for (const ArticleSummary &a : firstArticles)
        ids.append(a.id);
    const ImportSummary second = runImport(m_library, sourcesOf({demoIssueDir()}));
    QCOMPARE(second.imported, 0);
    QCOMPARE(second.unchanged, 4);
    QCOMPARE(second.replaced, 0);
    QCOMPARE(second.articles, 0);
    for (const ImportFileResult &f : second.files) {
        QCOMPARE(f.outcome, ImportOutcome::Unchanged);
        QVERIFY(f.pageId.has_value());
    }
    QList<qint64> after;
    const QList<ArticleSummary> againArticles = reader(m_library).articles({}).value();
    for (const ArticleSummary &a : againArticles)
        after.append(a.id);
    QCOMPARE(after, ids);
    const QList<ImportRecord> history = reader(m_library).imports().value();
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).status, QStringLiteral("finished"));
    QCOMPARE(history.at(0).unchanged, 4);
    QCOMPARE(history.at(1).imported, 4);
}

void TestImporter::changedFileReplacesPage()
{
    QTemporaryDir in;
    const QString page = in.filePath(QStringLiteral("云澜日报/2025-03-18/02.txt"));
    QVERIFY(writeFile(page, readAll(demoPageFiles().at(1))));
    QCOMPARE(runImport(m_library, sourcesOf({in.path()})).imported, 1);
    const QList<ArticleSummary> before = reader(m_library).articles({}).value();

    // The editor corrects the page: another article at its end.
    QVERIFY(writeFile(page, demoPageUtf8(1) + QStringLiteral("\n\n更正启事\n\n本报昨日第2版一处表述有误，特此更正。\n").toUtf8()));
    const ImportSummary s = runImport(m_library, sourcesOf({in.path()}));
    QCOMPARE(s.replaced, 1);
    QCOMPARE(s.imported, 0);
    LibraryStore store = reader(m_library);
    QCOMPARE(store.stats().value().pages, 1);
    const QList<ArticleSummary> after = store.articles({}).value();
    QVERIFY(!after.isEmpty());
    for (const ArticleSummary &old : before)
        QVERIFY(!store.article(old.id).value().has_value());
    QCOMPARE(store.pages({}).value().at(0).bytes, QFileInfo(page).size());
    QVERIFY(store.checkIntegrity().value().ok);
}

void TestImporter::linksInBothImportOrders_data()
{
    QTest::addColumn<bool>("continuationFirst");
    QTest::newRow("page 1, then page 4") << false;
    QTest::newRow("page 4, then page 1") << true;
}

void TestImporter::linksInBothImportOrders()
{
    QFETCH(bool, continuationFirst);
    const QString p1 = demoPageFiles().at(0), p4 = demoPageFiles().at(3);
    runImport(m_library, sourcesOf({continuationFirst ? p4 : p1}));
    runImport(m_library, sourcesOf({continuationFirst ? p1 : p4}));
    LibraryStore store = reader(m_library);
    std::optional<ArticleSummary> head;
    const QList<ArticleSummary> articles = store.articles({}).value();
    for (const ArticleSummary &a : articles) {
        if (a.page == 1 && a.continuesTo == 4)
            head = a;
    }
    QVERIFY2(head.has_value(), "the demo page 1 has an article that goes on to page 4");
    const WholeArticle whole = store.wholeArticle(head->id).value();
    QCOMPARE(whole.parts.size(), 2);
    QCOMPARE(whole.parts.at(1).page, std::optional<int>(4));
    QCOMPARE(whole.parts.at(1).article.continuedFrom, std::optional<int>(1));
    QCOMPARE(store.wholeArticle(whole.parts.at(1).id).value().parts.at(0).id, head->id);
}

void TestImporter::badFilesFailAlone()
{
    QTemporaryDir in;
    const QString binary = in.filePath(QStringLiteral("报/2025-01-01/01.txt"));
    QVERIFY(writeFile(binary, QByteArray("\x00\x01\x02 binary \x00\xff\xfe", 14).repeated(100)));
    const QString good = in.filePath(QStringLiteral("报/2025-01-01/02.txt"));
    QVERIFY(writeFile(good, readAll(demoPageFiles().at(2))));
    const QString unreadable = in.filePath(QStringLiteral("gone.txt"));
    QList<ImportSource> sources = sourcesOf({in.path()});
    sources.append(ImportSource::file(unreadable));
    const ImportSummary s = runImport(m_library, sources);
    QCOMPARE(s.imported, 1);
    QCOMPARE(s.failed, 2);
    const QList<ImportFileResult> failures = s.failures();
    QCOMPARE(failures.size(), 2);
    QCOMPARE(failures.at(0).path, binary);
    QVERIFY2(failures.at(0).message.contains(QStringLiteral("01.txt")), qPrintable(failures.at(0).message));
    QVERIFY2(failures.at(1).message.contains(unreadable), qPrintable(failures.at(1).message));
    QCOMPARE(reader(m_library).stats().value().pages, 1);
}

void TestImporter::fallbacksFillOnlyGaps()
{
    QTemporaryDir in;
    const QString loose = in.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(loose, readAll(demoPageFiles().at(1))));
    const QString placed = in.filePath(QStringLiteral("云澜日报/2025-03-18/03.txt"));
    QVERIFY(writeFile(placed, readAll(demoPageFiles().at(2))));
    ImportFallbacks fallbacks;
    fallbacks.paper = QStringLiteral("旗帜报");
    fallbacks.date = QDate(2020, 2, 2);
    fallbacks.page = 9;
    const ImportSummary s = runImport(m_library, sourcesOf({loose, placed}), fallbacks);
    QCOMPARE(s.imported, 2);
    QCOMPARE(s.files.at(0).paper, QStringLiteral("旗帜报"));
    QCOMPARE(s.files.at(0).page, std::optional<int>(9));
    // The path told paper, date and page: the flags change nothing.
    QCOMPARE(s.files.at(1).paper, QStringLiteral("云澜日报"));
    QCOMPARE(s.files.at(1).date, QDate(2025, 3, 18));
    QCOMPARE(s.files.at(1).page, std::optional<int>(3));

    // Without flags, a page nothing tells about is filed under the unknown paper and counted.
    const QString other = in.filePath(QStringLiteral("memo.txt"));
    QVERIFY(writeFile(other, demoPageUtf8(0) + "\n\n附记一则。\n"));
    const ImportSummary bare = runImport(m_library, sourcesOf({other}));
    QCOMPARE(bare.imported, 1);
    QCOMPARE(bare.unknownPaper, 1);
    QVERIFY(bare.files.at(0).paper.isEmpty());
}

void TestImporter::collectsFoldersAndGlobs()
{
    QTemporaryDir in;
    QVERIFY(writeFile(in.filePath(QStringLiteral("a/2024-01-02/02.txt")), "x"));
    QVERIFY(writeFile(in.filePath(QStringLiteral("a/2024-01-02/01.txt")), "y"));
    QVERIFY(writeFile(in.filePath(QStringLiteral("a/README.md")), "about"));
    QVERIFY(writeFile(in.filePath(QStringLiteral("a/picture.jpg")), "jpg"));
    QVERIFY(writeFile(in.filePath(QStringLiteral("b/p1.txt")), "z"));
    const CollectedSources c = collectImportSources({in.filePath(QStringLiteral("a")), in.filePath(QStringLiteral("b/*.txt")),
                                                     in.filePath(QStringLiteral("a/2024-01-02/01.txt")), in.filePath(QStringLiteral("nothing/*.txt")),
                                                     in.filePath(QStringLiteral("missing.txt"))});
    QStringList paths;
    for (const ImportSource &s : c.sources)
        paths.append(QDir(in.path()).relativeFilePath(s.path));
    QCOMPARE(paths, (QStringList {QStringLiteral("a/2024-01-02/01.txt"), QStringLiteral("a/2024-01-02/02.txt"), QStringLiteral("b/p1.txt")}));
    QCOMPARE(c.problems.size(), 2);
    QVERIFY(c.problems.at(1).contains(QStringLiteral("missing.txt")));
}

void TestImporter::cancelKeepsWholePages()
{
    QTemporaryDir in;
    const int total = writeDemoCorpus(in.path(), QStringLiteral("云澜日报"), 10);
    QCOMPARE(total, 40);
    Importer importer(m_library, Importer::Options {2, 1, 64 << 20});
    Recorder recorder;
    recorder.importer = &importer;
    recorder.cancelAfter = 7;
    const Result<ImportSummary> s = importer.run(sourcesOf({in.path()}), {}, &recorder);
    QVERIFY(s.ok());
    QVERIFY(s->cancelled);
    QVERIFY(s->imported >= 6 && s->imported < total);
    LibraryStore store = reader(m_library);
    QCOMPARE(store.stats().value().pages, qint64(s->imported));
    QVERIFY(store.checkIntegrity().value().ok);
    QCOMPARE(store.imports().value().at(0).status, QStringLiteral("cancelled"));

    const ImportSummary rest = runImport(m_library, sourcesOf({in.path()}));
    QCOMPARE(rest.unchanged, s->imported);
    QCOMPARE(rest.imported, total - s->imported);
    QCOMPARE(reader(m_library).stats().value().pages, qint64(total));
}

void TestImporter::readerDuringImport()
{
    QTemporaryDir in;
    const int total = writeDemoCorpus(in.path(), QStringLiteral("云澜日报"), 60);
    QCOMPARE(total, 240);
    // Create the library first, so the reader can open it before the import starts.
    QVERIFY(LibraryStore::open(m_library).ok());
    LibraryStore store = reader(m_library);

    std::atomic<bool> done {false};
    ImportSummary summary;
    QThread *thread = QThread::create([&] {
        // Small batches: many commits for the reader to see.
        Importer importer(m_library, Importer::Options {1, 4, 64 << 20});
        Result<ImportSummary> s = importer.run(sourcesOf({in.path()}), {});
        if (s)
            summary = s.value();
        done = true;
    });
    thread->start();
    int reads = 0, readsWhileRunning = 0;
    qint64 lastPages = 0;
    QSet<qint64> seenCounts;
    while (!done) {
        const Result<LibraryStats> stats = store.stats();
        QVERIFY2(stats.ok(), qPrintable(stats.ok() ? QString() : stats.error()));
        QVERIFY(stats->pages >= lastPages); // committed pages never disappear
        lastPages = stats->pages;
        seenCounts.insert(stats->pages);
        // What a reader sees is whole pages: every page of the demo issue has articles, so a page
        // seen without them would be a page read half-written.
        const Result<QList<PageRecord>> pages = store.pages({});
        QVERIFY(pages.ok());
        for (const PageRecord &p : pages.value())
            QVERIFY2(p.articleCount > 0, qPrintable(p.sourcePath));
        const Result<QList<IssueRecord>> issues = store.issues({});
        QVERIFY(issues.ok());
        ++reads;
        if (!done)
            ++readsWhileRunning;
        QThread::msleep(5);
    }
    thread->wait();
    delete thread;
    QCOMPARE(summary.imported, total);
    QVERIFY(readsWhileRunning > 0);
    qInfo("%d reads during the import saw %lld different page counts", reads, qint64(seenCounts.size()));
    QCOMPARE(store.stats().value().pages, qint64(total));
    QVERIFY(store.checkIntegrity().value().ok);
}

void TestImporter::secondWriterWaits()
{
    QVERIFY(LibraryStore::open(m_library).ok());
    // Another writer holds the write lock for a while.
    Result<LibraryStore> other = LibraryStore::open(m_library);
    QVERIFY(other.ok());
    QVERIFY(other->database().begin(true).ok());
    std::atomic<bool> released {false};
    Recorder recorder;
    std::optional<Result<ImportSummary>> result;
    bool releasedBeforeDone = false;
    QThread *thread = QThread::create([&] {
        Importer importer(m_library);
        result = importer.run(sourcesOf({demoPageFiles().at(0)}), {}, &recorder);
        releasedBeforeDone = released.load();
    });
    thread->start();
    QThread::sleep(7);
    released = true;
    QVERIFY(other->database().commit().ok());
    thread->wait();
    delete thread;
    QVERIFY(result.has_value());
    QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error()));
    QVERIFY(releasedBeforeDone); // it could not have finished before the other writer let go
    QCOMPARE(result->value().imported, 1);
    QVERIFY(!recorder.notices.isEmpty());
    QVERIFY(recorder.notices.first().contains(QStringLiteral("busy")));

    // With no patience at all, it fails with a sentence instead.
    QVERIFY(other->database().begin(true).ok());
    Importer impatient(m_library, Importer::Options {1, 200, 64 << 20, 0});
    const Result<ImportSummary> failed = impatient.run(sourcesOf({demoPageFiles().at(1)}), {});
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().contains(m_library) && failed.error().contains(QStringLiteral("busy")), qPrintable(failed.error()));
    other->database().rollback();
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
