#include "widgets/articleoutput.h"

#include "render/articleexporter.h"
#include "render/documentprinter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace broadsheet {

ArticleOutput::ArticleOutput(QWidget *window) : QObject(window), m_window(window) { }

PageSetup ArticleOutput::pageSetup(const RenderOptions &options) const
{
    PageSetup setup;
    setup.serif = options.serif;
    return setup;
}

void ArticleOutput::print(const ArticleInput &article, const RenderOptions &options)
{
    if (!article.isValid())
        return;
    QPrinter printer(QPrinter::HighResolution);
    const ArticleExporter exporter(pageSetup(options));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print Article"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status status = exporter.print(ArticleCollection::of(article), &printer, false);
    if (!status)
        emit errorOccurred(status.error());
    else
        emit statusMessage(tr("Sent %n page(s) to the printer.", nullptr, exporter.pageCount()));
}

void ArticleOutput::printPreview(const ArticleInput &article, const RenderOptions &options)
{
    if (!article.isValid())
        return;
    QPrinter printer(QPrinter::HighResolution);
    const ArticleExporter exporter(pageSetup(options));
    DocumentPrinter(pageSetup(options)).applyPageSetup(&printer);
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &exporter, &article](QPrinter *p) {
        const Status status = exporter.print(ArticleCollection::of(article), p, false);
        if (!status)
            emit errorOccurred(status.error());
    });
    preview.exec();
}

void ArticleOutput::exportArticle(const ArticleInput &article, const RenderOptions &options)
{
    if (!article.isValid())
        return;
    QString base = article.headline();
    if (base.isEmpty())
        base = tr("article");
    base.replace(QLatin1Char('/'), QLatin1Char('_'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString pdf = tr("PDF document (*.pdf)");
    const QString html = tr("Web page (*.html)");
    const QString md = tr("Markdown (*.md)");
    const QString txt = tr("Plain text (*.txt)");
    QString filter = pdf;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Article"),
                                                QDir(folder).filePath(base + QStringLiteral(".pdf")),
                                                QStringList {pdf, html, md, txt}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        const QString suffix = filter == html ? QStringLiteral("html")
                               : filter == md ? QStringLiteral("md")
                               : filter == txt ? QStringLiteral("txt")
                                               : QStringLiteral("pdf");
        path += QLatin1Char('.') + suffix;
    }
    exportTo(article, options, path);
}

void ArticleOutput::exportTo(const ArticleInput &article, const RenderOptions &options, const QString &path)
{
    const auto format = ArticleExporter::formatFromName(QFileInfo(path).suffix());
    if (!format) {
        emit errorOccurred(tr("Cannot export to %1: choose a file ending in .pdf, .html, .md or .txt.")
                               .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const PageSetup setup = pageSetup(options);
    const ArticleCollection collection = ArticleCollection::of(article);
    // The worker reports an error sentence, empty on success.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) {
            emit errorOccurred(error);
            return;
        }
        emit statusMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
        emit exported(path);
    });
    emit statusMessage(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    watcher->setFuture(QtConcurrent::run([setup, collection, format, path] {
        const Status status = ArticleExporter(setup).exportToFile(collection, *format, path);
        return status ? QString() : status.error();
    }));
}

} // namespace broadsheet
