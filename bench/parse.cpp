// bench_parse: decode + segment throughput over a gencorpus corpus, on one thread and on all cores.
#include "articlepool.h"
#include "core/pagesegmenter.h"
#include "corpuswriter.h"
#include "text/textdecoder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <cstdio>
#include <ctime>
#include <optional>

using namespace broadsheet;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// Peak and current resident set size in KiB, from the kernel's own accounting.
qint64 statusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU time, so that figures stay meaningful on a machine that other work is also using.
qint64 cpuNs(clockid_t clock)
{
    timespec ts {};
    clock_gettime(clock, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / 1048576.0, 'f', 1);
}

struct Totals
{
    std::atomic<qint64> bytes { 0 };
    std::atomic<qint64> pages { 0 };
    std::atomic<qint64> articles { 0 };
    std::atomic<qint64> failures { 0 };
    std::atomic<qint64> readNs { 0 };
    std::atomic<qint64> decodeNs { 0 };
    std::atomic<qint64> segmentNs { 0 };
};

// One page, start to end; nothing of it outlives the call, so memory stays at one page per thread.
void parseOne(const QString &path, const PageSegmenter &segmenter, Totals &totals, bool timePhases)
{
    const qint64 t0 = timePhases ? cpuNs(CLOCK_THREAD_CPUTIME_ID) : 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ++totals.failures;
        return;
    }
    const QByteArray bytes = file.readAll();
    file.close();
    const qint64 t1 = timePhases ? cpuNs(CLOCK_THREAD_CPUTIME_ID) : 0;
    const QString name = QFileInfo(path).fileName();
    const Result<DecodedText> decoded = decodeText(bytes, name);
    const qint64 t2 = timePhases ? cpuNs(CLOCK_THREAD_CPUTIME_ID) : 0;
    totals.bytes += bytes.size();
    ++totals.pages;
    if (!decoded) {
        ++totals.failures;
        return;
    }
    PageHints hints;
    hints.source = name;
    hints.encoding = decoded->encoding;
    const Page page = segmenter.segment(decoded->text, hints);
    totals.articles += page.articles.size();
    if (timePhases) {
        const qint64 t3 = cpuNs(CLOCK_THREAD_CPUTIME_ID);
        totals.readNs += t1 - t0;
        totals.decodeNs += t2 - t1;
        totals.segmentNs += t3 - t2;
    }
}

void report(const QString &label, const Totals &totals, qint64 wallNs, qint64 cpuTimeNs, int threads)
{
    const double wall = double(wallNs) / 1e9;
    const double cpu = double(cpuTimeNs) / 1e9;
    const double megabytes = double(totals.bytes) / 1048576.0;
    say(QStringLiteral("%1 (%2 threads): wall %3 s, %4 MiB/s, %5 pages/s; CPU %6 s, %7 MiB/s per core busy; "
                       "%8 articles, %9 failures")
            .arg(label)
            .arg(threads)
            .arg(wall, 0, 'f', 2)
            .arg(megabytes / wall, 0, 'f', 1)
            .arg(double(totals.pages) / wall, 0, 'f', 0)
            .arg(cpu, 0, 'f', 2)
            .arg(megabytes / cpu, 0, 'f', 1)
            .arg(totals.articles.load())
            .arg(totals.failures.load()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Decodes and segments every page of a gencorpus corpus, first on one thread, then on all cores, and "
        "prints MiB/s, pages/s and peak memory. Without --corpus it generates one in a temporary folder."));
    parser.addHelpOption();
    const QCommandLineOption corpusOption(QStringLiteral("corpus"),
        QStringLiteral("Corpus folder; generated into it first when it is empty or absent."),
        QStringLiteral("dir"));
    const QCommandLineOption mbOption(QStringLiteral("mb"), QStringLiteral("MiB to generate (default 200)."),
        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
        QStringLiteral("Page folders to generate from (default: the demo issue and, "
                       "when present, the real samples)."),
        QStringLiteral("dir"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
        QStringLiteral("Threads for the parallel run (default: all cores)."), QStringLiteral("N"));
    parser.addOptions({ corpusOption, mbOption, seedOption, fromOption, threadsOption });
    parser.process(app);

    std::optional<QTemporaryDir> temporary;
    QString corpus = parser.value(corpusOption);
    if (corpus.isEmpty()) {
        temporary.emplace();
        if (!temporary->isValid()) {
            say(QStringLiteral("Cannot create a temporary folder for the corpus: %1. Pass --corpus DIR.")
                    .arg(temporary->errorString()));
            return 1;
        }
        corpus = temporary->path();
    }
    const bool empty
        = !QDir(corpus).exists() || QDir(corpus).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot);
    if (empty) {
        QStringList from = parser.values(fromOption);
        if (from.isEmpty()) {
            from << QStringLiteral(BROADSHEET_DEMO_DIR);
            if (QFileInfo(QStringLiteral(BROADSHEET_SAMPLES_DIR)).isDir())
                from << QStringLiteral(BROADSHEET_SAMPLES_DIR);
        }
        const Result<ArticlePool> pool = ArticlePool::load(from);
        if (!pool) {
            say(pool.error());
            return 1;
        }
        CorpusOptions options;
        options.outDir = corpus;
        options.targetBytes = qint64(parser.value(mbOption).toDouble() * 1048576.0);
        options.seed = parser.value(seedOption).toULongLong();
        QElapsedTimer timer;
        timer.start();
        const Result<CorpusStats> stats = CorpusWriter(pool.value(), options).run();
        if (!stats) {
            say(stats.error());
            return 1;
        }
        say(QStringLiteral("generated %1 MiB in %2 s from %3 articles of %4 pages (%5)")
                .arg(mib(stats->bytes))
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                .arg(pool->articles().size())
                .arg(pool->pageCount())
                .arg(from.join(QStringLiteral(", "))));
    }

    // Only the paths are held: a few dozen bytes per page, not the pages themselves.
    QStringList paths;
    QSet<QString> issues;
    qint64 corpusBytes = 0;
    QDirIterator it(corpus, { QStringLiteral("*.txt") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        paths << it.next();
        corpusBytes += it.fileInfo().size();
        issues.insert(it.fileInfo().path());
    }
    paths.sort();
    if (paths.isEmpty()) {
        say(QStringLiteral("No page files (*.txt) under %1.").arg(corpus));
        return 1;
    }
    say(QStringLiteral("corpus: %1, %2 MiB, %3 files (pages), %4 issues")
            .arg(corpus, mib(corpusBytes))
            .arg(paths.size())
            .arg(issues.size()));
    const qint64 baseKb = statusKb("VmHWM:");

    const PageSegmenter segmenter;
    Totals single;
    QElapsedTimer timer;
    timer.start();
    qint64 cpuStart = cpuNs(CLOCK_PROCESS_CPUTIME_ID);
    for (const QString &path : std::as_const(paths))
        parseOne(path, segmenter, single, true);
    const qint64 singleNs = timer.nsecsElapsed();
    report(
        QStringLiteral("single-threaded"), single, singleNs, cpuNs(CLOCK_PROCESS_CPUTIME_ID) - cpuStart, 1);
    say(QStringLiteral("  CPU of which read %1 s, decode %2 s (%3 MiB/s), segment %4 s (%5 MiB/s)")
            .arg(double(single.readNs) / 1e9, 0, 'f', 2)
            .arg(double(single.decodeNs) / 1e9, 0, 'f', 2)
            .arg(double(single.bytes) / 1048576.0 / (double(single.decodeNs) / 1e9), 0, 'f', 1)
            .arg(double(single.segmentNs) / 1e9, 0, 'f', 2)
            .arg(double(single.bytes) / 1048576.0 / (double(single.segmentNs) / 1e9), 0, 'f', 1));
    const qint64 singleKb = statusKb("VmHWM:");

    QThreadPool pool;
    const int threads = parser.isSet(threadsOption) ? qMax(1, parser.value(threadsOption).toInt())
                                                    : QThread::idealThreadCount();
    pool.setMaxThreadCount(threads);
    Totals parallel;
    timer.restart();
    cpuStart = cpuNs(CLOCK_PROCESS_CPUTIME_ID);
    QtConcurrent::blockingMap(
        &pool, paths, [&](const QString &path) { parseOne(path, segmenter, parallel, false); });
    const qint64 parallelNs = timer.nsecsElapsed();
    report(QStringLiteral("all cores"), parallel, parallelNs, cpuNs(CLOCK_PROCESS_CPUTIME_ID) - cpuStart,
        threads);
    const qint64 parallelKb = statusKb("VmHWM:");
    say(QStringLiteral(
        "peak RSS (VmHWM): %1 MiB after listing, %2 MiB after the single-threaded run, %3 MiB after the "
        "parallel run; largest page %4 KiB")
            .arg(double(baseKb) / 1024.0, 0, 'f', 1)
            .arg(double(singleKb) / 1024.0, 0, 'f', 1)
            .arg(double(parallelKb) / 1024.0, 0, 'f', 1)
            .arg([&] {
                qint64 largest = 0;
                for (const QString &path : std::as_const(paths))
                    largest = qMax(largest, QFileInfo(path).size());
                return largest / 1024;
            }()));
    if (single.articles != parallel.articles)
        say(QStringLiteral(
            "warning: the two runs found different article counts (%1 vs %2): the segmenter is not "
            "deterministic across threads.")
                .arg(single.articles.load())
                .arg(parallel.articles.load()));
    return single.failures + parallel.failures == 0 ? 0 : 1;
}
