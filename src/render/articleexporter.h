// ArticleExporter: writes articles or a clipping as PDF, HTML, Markdown or plain text, or prints them.
#pragma once

#include "render/articlecollection.h"
#include "render/renderoptions.h"
#include "text/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

class QIODevice;
class QPagedPaintDevice;

namespace broadsheet {

enum class ExportFormat { Pdf, Html, Markdown, Text };

// Needs a QGuiApplication for PDF and printing (fonts); the text formats need none. Safe to use on
// a worker thread (each call builds its own QTextDocument; no widgets).
class ArticleExporter {
public:
    explicit ArticleExporter(const PageSetup &setup = {});

    // "pdf", "html"/"htm", "md"/"markdown", "txt"/"text" (case-insensitive).
    static std::optional<ExportFormat> formatFromName(const QString &name);
    static QString fileSuffix(ExportFormat format);
    static QString mimeType(ExportFormat format);

    // The exported bytes (UTF-8 for text formats).
    Result<QByteArray> exportToBytes(const ArticleCollection &collection, ExportFormat format) const;
    // Writes the file atomically: an existing file is replaced only once the new one is complete.
    Status exportToFile(const ArticleCollection &collection, ExportFormat format, const QString &path) const;
    // The PDF, with the Noto CJK fonts embedded; an error when no Chinese font is installed.
    Status writePdf(const ArticleCollection &collection, QIODevice *device) const;

    // Prints to a QPrinter (the print dialog's or the preview's) or any paged device. With
    // `applySetup` false the device's page layout (chosen in a dialog) is used as it is.
    Status print(const ArticleCollection &collection, QPagedPaintDevice *device, bool applySetup = true) const;

    // Corrects, in place, the text map of a PDF that Qt wrote with `drawnText` (see PdfTextRepair).
    static Status repairPdfFile(const QString &path, const QString &drawnText);

    // Pages of the last writePdf()/print().
    int pageCount() const { return m_pageCount; }

private:
    Status printCollection(const ArticleCollection &collection, QPagedPaintDevice *device, bool applySetup,
                           QString *drawnText) const;

    PageSetup m_setup;
    mutable int m_pageCount = 0;
};

} // namespace broadsheet
