// bench_export: time to export a clipping of N articles (default 200) to PDF, HTML and Markdown.
// Articles come from the demo issue and the real sample pages (segmented), repeated as needed.
#include "core/pagesegmenter.h"
#include "render/articleexporter.h"
#include "render/articlerenderer.h"
#include "text/textdecoder.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTextDocument>

#include <cstdio>
#include <ctime>

using namespace broadsheet;

namespace {

QList<ArticleInput> loadArticles(const QStringList &folders)
{
    QList<ArticleInput> list;
    for (const QString &folder : folders) {
        QDirIterator it(folder, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            Result<DecodedText> text = decodeText(f.readAll(), path);
            if (!text)
                continue;
            const Page page = PageSegmenter().segment(text->text);
            for (const Article &a : page.articles) {
                if (!a.blocks.isEmpty())
                    list.append(ArticleInput::single(a, 0, page.paper.isNull() ? QStringLiteral("样报") : page.paper,
                                                     page.date.isValid() ? page.date : QDate(2025, 3, 18), page.page.value_or(1)));
            }
        }
    }
    return list;
}

double cpuSeconds() { return double(std::clock()) / CLOCKS_PER_SEC; }

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    int count = 200;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--articles") && i + 1 < args.size())
            count = args.at(++i).toInt();
        else {
            std::fprintf(stderr, "usage: bench_export [--articles N]\n");
            return 2;
        }
    }
    const QList<ArticleInput> pool = loadArticles({QStringLiteral(BROADSHEET_DEMO_DIR), QStringLiteral(BROADSHEET_SAMPLES_DIR)});
    if (pool.isEmpty()) {
        std::fprintf(stderr, "bench_export: no articles found under %s or %s\n", BROADSHEET_DEMO_DIR, BROADSHEET_SAMPLES_DIR);
        return 1;
    }
    ArticleCollection clipping;
    clipping.title = QStringLiteral("剪报");
    qint64 characters = 0;
    for (int i = 0; i < count; ++i) {
        ArticleInput a = pool.at(i % pool.size());
        a.parts.first().id = i + 1;
        for (const Block &b : a.parts.first().article.blocks)
            characters += b.text.size();
        clipping.articles.append(a);
    }
    std::printf("clipping: %d articles (from a pool of %d), %lld body characters\n", count, int(pool.size()),
                static_cast<long long>(characters));

    // Warm-up: font database and font files, as a running GUI would have them already.
    {
        ArticleCollection one = ArticleCollection::of(clipping.articles.first());
        (void)ArticleExporter().exportToBytes(one, ExportFormat::Pdf);
    }

    QElapsedTimer timer;
    double cpu = cpuSeconds();
    timer.start();
    QTextDocument doc;
    ArticleRenderer().render(&doc, clipping, true);
    std::printf("QTextDocument build:     %7.3f s wall, %7.3f s CPU\n", timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu);

    const ArticleExporter exporter;
    cpu = cpuSeconds();
    timer.restart();
    Result<QByteArray> pdf = exporter.exportToBytes(clipping, ExportFormat::Pdf);
    const double pdfWall = timer.nsecsElapsed() / 1e9, pdfCpu = cpuSeconds() - cpu;
    if (!pdf) {
        std::fprintf(stderr, "bench_export: %s\n", qPrintable(pdf.error()));
        return 1;
    }
    std::printf("PDF export:              %7.3f s wall, %7.3f s CPU  (%d pages, %.1f MB)  target < 5 s\n", pdfWall, pdfCpu,
                exporter.pageCount(), pdf->size() / 1e6);

    for (ExportFormat f : {ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Text}) {
        cpu = cpuSeconds();
        timer.restart();
        Result<QByteArray> bytes = exporter.exportToBytes(clipping, f);
        std::printf("%-24s %7.3f s wall, %7.3f s CPU  (%.1f MB)\n",
                    qPrintable(ArticleExporter::fileSuffix(f).toUpper() + QStringLiteral(" export:")),
                    timer.nsecsElapsed() / 1e9, cpuSeconds() - cpu, bytes ? bytes->size() / 1e6 : 0.0);
    }
    return 0;
}
