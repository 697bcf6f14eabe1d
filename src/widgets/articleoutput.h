// ArticleOutput: File → Print, Print Preview and Export for the article in the reader pane.
#pragma once

#include "render/articleinput.h"
#include "render/renderoptions.h"

#include <QObject>

class QWidget;

namespace broadsheet {

// Everything goes through the render layer's ArticleExporter, so print-outs and exports match what
// the reader pane shows. Exports are written on a worker thread; printing stays on the UI thread
// because Qt's print dialogs and preview need it.
class ArticleOutput : public QObject {
    Q_OBJECT
public:
    explicit ArticleOutput(QWidget *window);

    void print(const ArticleInput &article, const RenderOptions &options);
    void printPreview(const ArticleInput &article, const RenderOptions &options);
    // Asks for a file and a format, then writes it in the background.
    void exportArticle(const ArticleInput &article, const RenderOptions &options);
    // Writes without asking (the format follows the file suffix); used by the dialog path and tests.
    void exportTo(const ArticleInput &article, const RenderOptions &options, const QString &path);

signals:
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);
    void exported(const QString &path);

private:
    PageSetup pageSetup(const RenderOptions &options) const;

    QWidget *m_window;
};

} // namespace broadsheet
