#include "render/articleexporter.h"

#include "render/articlerenderer.h"
#include "render/cjkfonts.h"
#include "render/documentprinter.h"
#include "render/htmlwriter.h"
#include "render/markdownwriter.h"
#include "render/pdftextrepair.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFile>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace broadsheet {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("broadsheet::ArticleExporter", text); }

} // namespace

ArticleExporter::ArticleExporter(const PageSetup &setup) : m_setup(setup) { }

std::optional<ExportFormat> ArticleExporter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return ExportFormat::Html;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (n == QLatin1String("txt") || n == QLatin1String("text"))
        return ExportFormat::Text;
    return std::nullopt;
}

QString ArticleExporter::fileSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Html: return QStringLiteral("html");
    case ExportFormat::Markdown: return QStringLiteral("md");
    case ExportFormat::Text: return QStringLiteral("txt");
    }
    return {};
}

QString ArticleExporter::mimeType(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf: return QStringLiteral("application/pdf");
    case ExportFormat::Html: return QStringLiteral("text/html");
    case ExportFormat::Markdown: return QStringLiteral("text/markdown");
    case ExportFormat::Text: return QStringLiteral("text/plain");
    }
    return {};
}

Result<QByteArray> ArticleExporter::exportToBytes(const ArticleCollection &collection, ExportFormat format) const
{
    if (collection.articles.isEmpty())
        return Error {tr("There is nothing to export: no article was given.")};
    RenderOptions options;
    options.fontPointSize = m_setup.fontPointSize;
    options.serif = m_setup.serif;
    switch (format) {
    case ExportFormat::Html: return HtmlWriter::write(collection, options).toUtf8();
    case ExportFormat::Markdown: return MarkdownWriter::write(collection).toUtf8();
    case ExportFormat::Text: return PlainTextWriter::write(collection).toUtf8();
    case ExportFormat::Pdf: break;
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const Status written = writePdf(collection, &buffer);
    if (!written)
        return Error {written.error()};
    return bytes;
}

Status ArticleExporter::exportToFile(const ArticleCollection &collection, ExportFormat format, const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error {tr("Cannot write %1: %2. Choose a folder you can write to.")
                          .arg(QFileInfo(path).absoluteFilePath(), file.errorString())};
    }
    if (format == ExportFormat::Pdf) {
        const Status written = writePdf(collection, &file);
        if (!written)
            return written;
    } else {
        const Result<QByteArray> bytes = exportToBytes(collection, format);
        if (!bytes)
            return Error {bytes.error()};
        if (file.write(bytes.value()) != bytes->size()) {
            return Error {tr("Cannot write %1: %2. Is the disk full?")
                              .arg(QFileInfo(path).absoluteFilePath(), file.errorString())};
        }
    }
    if (!file.commit()) {
        return Error {tr("Cannot finish writing %1: %2. Is the disk full?")
                          .arg(QFileInfo(path).absoluteFilePath(), file.errorString())};
    }
    return success();
}

Status ArticleExporter::writePdf(const ArticleCollection &collection, QIODevice *device) const
{
    if (collection.articles.isEmpty())
        return Error {tr("There is nothing to export: no article was given.")};
    const Result<QString> font = CjkFonts::requireInstalled(m_setup.serif);
    if (!font)
        return Error {font.error()};
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Broadsheet"));
        QString title = collection.title;
        if (title.isEmpty())
            title = collection.articles.first().headline();
        writer.setTitle(title);
        QString drawn;
        const Status printed = printCollection(collection, &writer, true, &drawn);
        if (!printed)
            return printed;
        pdf = PdfTextRepair(CjkFonts::serifFamilies() + CjkFonts::sansFamilies(), drawn).repair(pdf);
    }
    if (device->write(pdf) != pdf.size()) {
        return Error {tr("The PDF could not be written: %1. Is the disk full?").arg(device->errorString())};
    }
    return success();
}

Status ArticleExporter::print(const ArticleCollection &collection, QPagedPaintDevice *device, bool applySetup) const
{
    QString drawn;
    const Status printed = printCollection(collection, device, applySetup, &drawn);
    if (!printed)
        return printed;
    // "Print to file" as PDF: the file is complete now, so its text map can be corrected in place.
    auto *qprinter = dynamic_cast<QPrinter *>(device);
    if (qprinter && qprinter->outputFormat() == QPrinter::PdfFormat && !qprinter->outputFileName().isEmpty())
        return repairPdfFile(qprinter->outputFileName(), drawn);
    return success();
}

Status ArticleExporter::printCollection(const ArticleCollection &collection, QPagedPaintDevice *device,
                                        bool applySetup, QString *drawnText) const
{
    m_pageCount = 0;
    if (collection.articles.isEmpty())
        return Error {tr("There is nothing to print: no article was given.")};
    RenderOptions options;
    options.fontPointSize = m_setup.fontPointSize;
    options.serif = m_setup.serif;
    options.theme = RenderOptions::Theme::Light;
    options.wholeArticle = true;
    QTextDocument doc;
    const QList<DocumentSection> sections = ArticleRenderer(options).render(&doc, collection, true);
    DocumentPrinter printer(m_setup);
    const Status printed = printer.print(&doc, device, sections, applySetup);
    m_pageCount = printer.pageCount();
    if (drawnText) {
        *drawnText = doc.toPlainText() + doc.metaInformation(QTextDocument::DocumentTitle) + QStringLiteral("0123456789 /");
        for (const DocumentSection &s : sections)
            *drawnText += s.headerLeft + s.headerRight;
    }
    return printed;
}

Status ArticleExporter::repairPdfFile(const QString &path, const QString &drawnText)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error {tr("Cannot read back %1: %2.").arg(QFileInfo(path).absoluteFilePath(), in.errorString())};
    const QByteArray original = in.readAll();
    in.close();
    const QByteArray repaired = PdfTextRepair(CjkFonts::serifFamilies() + CjkFonts::sansFamilies(), drawnText).repair(original);
    if (repaired == original)
        return success();
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(repaired) != repaired.size() || !out.commit()) {
        return Error {tr("Cannot write %1: %2. Is the disk full?").arg(QFileInfo(path).absoluteFilePath(), out.errorString())};
    }
    return success();
}

} // namespace broadsheet
