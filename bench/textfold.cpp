// bench_textfold: throughput of the text layer's hot paths (search folding, Traditional->Simplified,
// decoding UTF-8 and GB18030) on page text built from the demo issue and the sample pages.
#include "text/textdecoder.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace broadsheet;

namespace {

QStringList readPages(const QStringList &roots)
{
    QStringList pages;
    for (const QString &root : roots) {
        QDirIterator it(root, { QStringLiteral("*.txt") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const Result<DecodedText> decoded = decodeText(f.readAll(), f.fileName());
            if (decoded.ok() && !decoded->text.isEmpty())
                pages << decoded->text;
        }
    }
    return pages;
}

// Runs `work` over every page until `seconds` have passed; returns MiB/s of UTF-8 page text.
template<typename Work>
double measure(const QStringList &pages, qint64 utf8Bytes, double seconds, Work work)
{
    QElapsedTimer timer;
    timer.start();
    qint64 rounds = 0;
    qsizetype sink = 0;
    do {
        for (const QString &page : pages)
            sink += work(page);
        ++rounds;
    } while (timer.nsecsElapsed() < qint64(seconds * 1e9));
    const double elapsed = double(timer.nsecsElapsed()) / 1e9;
    if (sink < 0)
        std::puts("");
    return double(rounds * utf8Bytes) / (1024.0 * 1024.0) / elapsed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toDouble() : 3.0;
    const QStringList pages = readPages({ QStringLiteral(BROADSHEET_DEMO_DIR), QStringLiteral(BROADSHEET_SAMPLES_DIR) });
    if (pages.isEmpty()) {
        std::fprintf(stderr, "bench_textfold: no pages found under %s or %s\n", BROADSHEET_DEMO_DIR,
                     BROADSHEET_SAMPLES_DIR);
        return 1;
    }
    qint64 utf8 = 0;
    QList<QByteArray> utf8Pages, gbPages;
    for (const QString &p : pages) {
        utf8Pages << p.toUtf8();
        utf8 += utf8Pages.last().size();
        const Result<QByteArray> gb = encodeText(p, QStringLiteral("GB18030"));
        if (gb.ok())
            gbPages << gb.value();
    }
    std::printf("corpus: %lld pages, %.2f MiB of UTF-8 page text; each run lasts %.1f s\n", qlonglong(pages.size()),
                double(utf8) / (1024.0 * 1024.0), seconds);

    std::printf("foldForSearch:             %8.0f MiB/s\n",
                measure(pages, utf8, seconds, [](const QString &p) { return foldForSearch(p).size(); }));
    QList<int> offsets;
    std::printf("foldForSearch + offsets:   %8.0f MiB/s\n", measure(pages, utf8, seconds, [&](const QString &p) {
                    return foldForSearch(p, &offsets).size();
                }));
    std::printf("toSimplified:              %8.0f MiB/s\n",
                measure(pages, utf8, seconds, [](const QString &p) { return toSimplified(p).size(); }));

    qsizetype i = 0;
    std::printf("decodeText (UTF-8):        %8.0f MiB/s\n", measure(pages, utf8, seconds, [&](const QString &) {
                    return decodeText(utf8Pages[i++ % utf8Pages.size()], QStringLiteral("page.txt"))->text.size();
                }));
    if (gbPages.size() == pages.size()) {
        i = 0;
        std::printf("decodeText (GB18030):      %8.0f MiB/s (of the UTF-8 size)\n",
                    measure(pages, utf8, seconds, [&](const QString &) {
                        return decodeText(gbPages[i++ % gbPages.size()], QStringLiteral("page.txt"))->text.size();
                    }));
    }
    return 0;
}
