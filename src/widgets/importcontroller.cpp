#include "widgets/importcontroller.h"

#include <QPointer>
#include <QThread>

namespace broadsheet {

namespace {

// Forwards the Importer's reports from the worker to the controller's thread.
class QueuedObserver : public ImportObserver {
public:
    explicit QueuedObserver(ImportController *controller) : m_controller(controller) { }

    void progress(const ImportProgress &p) override
    {
        post([p](ImportController *c) { emit c->progress(p); });
    }
    void fileDone(const ImportFileResult &r) override
    {
        post([r](ImportController *c) { emit c->fileDone(r); });
    }
    void notice(const QString &message) override
    {
        post([message](ImportController *c) { emit c->notice(message); });
    }

    template<typename F>
    void post(F f)
    {
        QPointer<ImportController> target = m_controller;
        QMetaObject::invokeMethod(
            m_controller.data(), [target, f] { if (target) f(target.data()); }, Qt::QueuedConnection);
    }

private:
    QPointer<ImportController> m_controller;
};

} // namespace

ImportController::ImportController(QString libraryPath, QObject *parent)
    : QObject(parent), m_libraryPath(std::move(libraryPath))
{
}

ImportController::~ImportController()
{
    if (m_thread) {
        // Closing the window mid-import: stop soon, keep the whole pages written so far.
        m_importer->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportController::importPaths(const QStringList &paths)
{
    return start(paths, {});
}

bool ImportController::importSources(const QList<ImportSource> &sources)
{
    return start({}, sources);
}

bool ImportController::start(const QStringList &paths, const QList<ImportSource> &sources)
{
    if (m_thread)
        return false;
    // One core stays with the window: with every core segmenting, the UI thread waits for the
    // scheduler and the window stutters.
    Importer::Options options;
    options.parseThreads = std::max(1, QThread::idealThreadCount() - 1);
    m_importer = std::make_shared<Importer>(m_libraryPath, options);
    auto importer = m_importer;
    auto observer = std::make_shared<QueuedObserver>(this);
    struct Outcome {
        std::optional<ImportSummary> summary;
        QString error;
        QStringList problems;
    };
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([importer, observer, outcome, paths, sources] {
        QList<ImportSource> all = sources;
        if (!paths.isEmpty()) {
            CollectedSources collected = collectImportSources(paths);
            all += collected.sources;
            outcome->problems = collected.problems;
        }
        auto result = importer->run(all, {}, observer.get());
        if (result)
            outcome->summary = std::move(result.value());
        else
            outcome->error = result.error();
    });
    m_thread->setObjectName(QStringLiteral("import"));
    // Reported once the thread is gone, so a handler may start the next import at once.
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_importer.reset();
        if (outcome->summary)
            emit finished(*outcome->summary, outcome->problems);
        else
            emit failed(outcome->error);
    });
    emit started();
    m_thread->start(QThread::LowPriority);
    return true;
}

void ImportController::cancel()
{
    if (m_importer)
        m_importer->cancel();
}

} // namespace broadsheet
