// ImportController: runs the library Importer on a worker thread and reports to the UI thread.
#pragma once

#include "storage/importer.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QThread;

namespace broadsheet {

// The window never waits on an import: collecting files, segmenting and writing all run on the
// worker (the Importer's own writer connection and thread pool), and every report arrives here as
// a queued call. One import at a time.
class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QString libraryPath, QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }

    // Files, folders (recursively) and globs, as the File menu, drag and drop and the command line give them.
    bool importPaths(const QStringList &paths);
    // Ready-made sources (the bundled demo issue from the Qt resources).
    bool importSources(const QList<ImportSource> &sources);

public slots:
    void cancel();

signals:
    void started();
    void progress(const broadsheet::ImportProgress &progress);
    void fileDone(const broadsheet::ImportFileResult &result);
    void notice(const QString &message);
    // The run ended (also when cancelled); problems are arguments that matched nothing.
    void finished(const broadsheet::ImportSummary &summary, const QStringList &problems);
    // The library itself could not be used; nothing more was imported.
    void failed(const QString &message);

private:
    bool start(const QStringList &paths, const QList<ImportSource> &sources);

    QString m_libraryPath;
    QThread *m_thread = nullptr;
    std::shared_ptr<Importer> m_importer;
};

} // namespace broadsheet
