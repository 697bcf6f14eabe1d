// gencorpus: writes a large, realistic corpus of raw newspaper pages from a few real or demo pages.
#include "articlepool.h"
#include "corpuswriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>

using namespace broadsheet;

namespace {

void printLine(const QString &line, FILE *stream)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gencorpus"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Reads the page files under each --from folder, segments them into articles, and "
                       "writes new pages that "
                       "recombine and damage those articles the way real page dumps are damaged, in "
                       "<paper>/<YYYY-MM-DD>/<NN>.txt folders under --out, until --mb megabytes are written. "
                       "The same inputs "
                       "and --seed give the same corpus."));
    parser.addHelpOption();
    const QCommandLineOption fromOption(QStringLiteral("from"),
        QStringLiteral("A folder of page files (*.txt); repeatable."), QStringLiteral("dir"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("The folder to write the corpus into."), QStringLiteral("dir"));
    const QCommandLineOption mbOption(
        QStringLiteral("mb"), QStringLiteral("Megabytes (MiB) to write."), QStringLiteral("N"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption papersOption(QStringLiteral("papers"),
        QStringLiteral("Number of fictional papers, 1 to 12 (default 4)."), QStringLiteral("K"),
        QStringLiteral("4"));
    const QCommandLineOption quietOption(
        QStringLiteral("quiet"), QStringLiteral("Print only the final summary."));
    parser.addOptions({ fromOption, outOption, mbOption, seedOption, papersOption, quietOption });
    parser.process(app);

    const QStringList from = parser.values(fromOption);
    const QString out = parser.value(outOption);
    bool mbOk = false;
    bool seedOk = false;
    bool papersOk = false;
    const double mb = parser.value(mbOption).toDouble(&mbOk);
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    const int papers = parser.value(papersOption).toInt(&papersOk);
    if (from.isEmpty() || out.isEmpty() || !mbOk || mb <= 0 || !seedOk || !papersOk || papers < 1
        || papers > 12) {
        printLine(QStringLiteral(
                      "gencorpus needs --from DIR (at least one), --out DIR and --mb N (a positive number); "
                      "--seed must be a whole number and --papers 1 to 12. See gencorpus --help."),
            stderr);
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const Result<ArticlePool> pool = ArticlePool::load(from);
    if (!pool) {
        printLine(pool.error(), stderr);
        return 1;
    }
    for (const QString &skipped : pool->skipped())
        printLine(QStringLiteral("skipped: %1").arg(skipped), stderr);
    const bool quiet = parser.isSet(quietOption);
    if (!quiet)
        printLine(QStringLiteral("pool: %1 pages, %2 articles, %3 captions")
                      .arg(pool->pageCount())
                      .arg(pool->articles().size())
                      .arg(pool->captions().size()),
            stdout);

    CorpusOptions options;
    options.outDir = QDir::cleanPath(out);
    options.targetBytes = qint64(mb * 1024 * 1024);
    options.seed = seed;
    options.papers = papers;
    const CorpusWriter writer(pool.value(), options);
    qint64 reported = 0;
    const Result<CorpusStats> stats = writer.run([&](const CorpusStats &s) {
        if (!quiet && s.bytes - reported >= 50 * 1024 * 1024) {
            reported = s.bytes;
            printLine(
                QStringLiteral("  %1 MiB, %2 pages").arg(double(s.bytes) / 1048576.0, 0, 'f', 1).arg(s.files),
                stdout);
        }
    });
    if (!stats) {
        printLine(stats.error(), stderr);
        return 1;
    }
    printLine(QStringLiteral("wrote %1 MiB: %2 pages in %3 issues, %4 articles, %5 jumps, to %6 in %7 s")
                  .arg(double(stats->bytes) / 1048576.0, 0, 'f', 2)
                  .arg(stats->files)
                  .arg(stats->issues)
                  .arg(stats->articles)
                  .arg(stats->jumps)
                  .arg(options.outDir)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1),
        stdout);
    return 0;
}
