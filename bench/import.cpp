// bench_import: imports a generated corpus into a fresh library and prints end-to-end MB/s, peak
// RSS, library size over raw size, and the time to open the library and list the newest issue's pages.
#include "storage/importer.h"
#include "storage/librarystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>

using namespace broadsheet;

namespace {

void say(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
    std::fflush(stderr);
}

double mb(qint64 bytes)
{
    return bytes / 1048576.0;
}

qint64 peakRssKb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

class BenchProgress : public ImportObserver {
public:
    BenchProgress() { m_since.start(); }
    void progress(const ImportProgress &p) override
    {
        if (m_since.elapsed() < 5000 && p.filesDone < p.filesTotal)
            return;
        m_since.restart();
        say(QStringLiteral("  %1/%2 files, %3 MB, %4 articles, %5 MB/s, RSS %6 MB")
                .arg(p.filesDone).arg(p.filesTotal).arg(mb(p.bytesDone), 0, 'f', 1).arg(p.articles)
                .arg(p.bytesPerSecond / 1048576.0, 0, 'f', 1).arg(peakRssKb() / 1024.0, 0, 'f', 0));
    }
    void notice(const QString &text) override { say(text); }

private:
    QElapsedTimer m_since;
};

// What the reader does at start: open, find the newest issue, list its pages (warm OS cache).
// Prints the times; false when the library cannot be read.
bool openAndList(const QString &library, QList<double> &times, qint64 &newestPages)
{
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        Result<LibraryStore> store = LibraryStore::open(library, i == 0 ? LibraryStore::Access::ReadWrite : LibraryStore::Access::ReadOnly);
        if (!store) {
            say(store.error());
            return false;
        }
        const Result<std::optional<IssueRecord>> newest = store->newestIssue();
        if (!newest || !newest.value())
            return false;
        LibraryFilter f;
        f.issueId = newest.value()->id;
        const Result<QList<PageRecord>> pages = store->pages(f);
        if (!pages)
            return false;
        newestPages = pages->size();
        times.append(t.nsecsElapsed() / 1e6);
    }
    return true;
}

int report(const QString &library, const ImportSummary &summary, qint64 files, qint64 rawBytes, double seconds, int threads)
{
    const qint64 rss = peakRssKb();
    const qint64 libraryBytes = QFileInfo(library).size() + QFileInfo(library + QStringLiteral("-wal")).size();
    QList<double> times;
    qint64 newestPages = 0;
    if (!openAndList(library, times, newestPages))
        return 1;
    std::printf("bench_import: %lld files, %.1f MB raw, %lld articles (imported %d, failed %d), %d parse threads on %d cores\n",
                files, mb(rawBytes), qint64(summary.articles), summary.imported, summary.failed,
                threads > 0 ? threads : QThread::idealThreadCount(), QThread::idealThreadCount());
    std::printf("  end to end:     %.1f s, %.1f MB/s (segmenting + storing + search index)\n", seconds, mb(rawBytes) / seconds);
    std::printf("  peak RSS:       %.0f MB\n", rss / 1024.0);
    std::printf("  library:        %.1f MB on disk, %.2f x raw\n", mb(libraryBytes), double(libraryBytes) / double(rawBytes));
    std::printf("  open + list newest issue's %lld pages: read-write %.1f ms (first), read-only %.1f / %.1f / %.1f / %.1f ms\n",
                newestPages, times.at(0), times.at(1), times.at(2), times.at(3), times.at(4));
    return summary.failed == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports a gencorpus corpus into a new library (segmenting and storing, with the search index the "
        "write path keeps) and prints MB/s end to end, peak RSS, library size / raw size, and the time to open "
        "the library and list the newest issue's pages."));
    parser.addHelpOption();
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("Work folder (default /tmp/broadsheet-bench-import)."),
                                        QStringLiteral("dir"), QStringLiteral("/tmp/broadsheet-bench-import"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), QStringLiteral("Corpus folder (default WORK/corpus-MB); generated with gencorpus when absent."),
                                          QStringLiteral("dir"));
    const QCommandLineOption mbOption(QStringLiteral("mb"), QStringLiteral("MiB of corpus to generate (default 100)."), QStringLiteral("n"),
                                      QStringLiteral("100"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed (default 1)."), QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"), QStringLiteral("Parsing threads (default: one per core)."),
                                           QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption openOnlyOption(QStringLiteral("open-only"),
                                            QStringLiteral("Skip the import: only time opening WORK/library.sqlite and listing its newest issue."));
    parser.addOptions({workOption, corpusOption, mbOption, seedOption, threadsOption, openOnlyOption});
    parser.process(app);

    const QString work = parser.value(workOption);
    QDir().mkpath(work);
    const QString library = work + QStringLiteral("/library.sqlite");
    if (parser.isSet(openOnlyOption)) {
        QList<double> times;
        qint64 newestPages = 0;
        if (!openAndList(library, times, newestPages))
            return 1;
        std::printf("open + list newest issue's %lld pages in %s (%.1f MB): read-write %.1f ms, read-only %.1f / %.1f / %.1f / %.1f ms\n",
                    newestPages, library.toUtf8().constData(), mb(QFileInfo(library).size()), times.at(0), times.at(1), times.at(2),
                    times.at(3), times.at(4));
        return 0;
    }
    const QString corpus = parser.isSet(corpusOption) ? parser.value(corpusOption)
                                                      : QStringLiteral("%1/corpus-%2").arg(work, parser.value(mbOption));
    if (!QDir(corpus).exists() || QDir(corpus).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        // A separate process, so that generating does not count in this one's peak RSS.
        const QString gencorpus = QCoreApplication::applicationDirPath() + QStringLiteral("/gencorpus");
        if (!QFileInfo(gencorpus).isExecutable()) {
            say(QStringLiteral("No corpus at %1 and no gencorpus next to this program (build the gencorpus target).").arg(corpus));
            return 1;
        }
        QStringList args {QStringLiteral("--out"), corpus, QStringLiteral("--mb"), parser.value(mbOption), QStringLiteral("--seed"),
                          parser.value(seedOption), QStringLiteral("--quiet"), QStringLiteral("--from"), QStringLiteral(BROADSHEET_DEMO_DIR)};
        if (QFileInfo(QStringLiteral(BROADSHEET_SAMPLES_DIR)).isDir())
            args << QStringLiteral("--from") << QStringLiteral(BROADSHEET_SAMPLES_DIR);
        say(QStringLiteral("generating %1 MiB into %2 …").arg(parser.value(mbOption), corpus));
        if (QProcess::execute(gencorpus, args) != 0) {
            say(QStringLiteral("gencorpus failed."));
            return 1;
        }
    }
    qint64 rawBytes = 0, files = 0;
    for (QDirIterator it(corpus, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        it.next();
        rawBytes += it.fileInfo().size();
        ++files;
    }
    say(QStringLiteral("corpus: %1 (%2 files, %3 MB raw)").arg(corpus).arg(files).arg(mb(rawBytes), 0, 'f', 1));

    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(library + suffix);

    Importer::Options options;
    options.parseThreads = parser.value(threadsOption).toInt();
    Importer importer(library, options);
    BenchProgress progress;
    QElapsedTimer clock;
    clock.start();
    const CollectedSources sources = collectImportSources({corpus});
    const Result<ImportSummary> summary = importer.run(sources.sources, {}, &progress);
    const double seconds = clock.elapsed() / 1000.0;
    if (!summary) {
        say(summary.error());
        return 1;
    }
    return report(library, summary.value(), files, rawBytes, seconds, options.parseThreads);
}
