#include "widgets/searchcontroller.h"

#include "storage/librarystore.h"

#include <QPointer>
#include <QTimer>

#include <optional>

namespace broadsheet {

// Lives on the controller's worker thread and owns that thread's read-only library connection.
class SearchWorker : public QObject {
public:
    SearchWorker(QString path, std::shared_ptr<std::atomic<quint64>> latest)
        : m_path(std::move(path)), m_latest(std::move(latest))
    {
    }

    // Runs on the worker thread; reports back through the controller's queued lambdas.
    template<typename Done, typename Fail>
    void run(quint64 generation, const SearchQuery &query, const SearchOptions &options,
             const SearchCancelFlag &cancel, Done done, Fail fail)
    {
        // A newer query was typed while this one waited in the queue: skip it without touching SQLite.
        if (generation < m_latest->load())
            return;
        QElapsedTimer timer;
        timer.start();
        const QString error = open();
        if (!error.isEmpty()) {
            fail(error);
            return;
        }
        auto results = m_engine->search(query, options, cancel);
        if (!results) {
            if (results.error() != SearchEngine::cancelledMessage())
                fail(results.error());
            return;
        }
        done(std::move(results.value()), double(timer.nsecsElapsed()) / 1e6);
    }

    // Opens this thread's connection once; empty on success, else the reason.
    QString open()
    {
        if (m_store)
            return {};
        auto store = LibraryStore::open(m_path, LibraryStore::Access::ReadOnly);
        if (!store)
            return store.error();
        m_store.emplace(std::move(store.value()));
        m_engine.emplace(m_store->database());
        return {};
    }

private:
    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::optional<LibraryStore> m_store;
    std::optional<SearchEngine> m_engine;
};

SearchController::SearchController(QString libraryPath, QObject *parent)
    : QObject(parent), m_libraryPath(std::move(libraryPath)), m_debounce(new QTimer(this)),
      m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    m_worker = new SearchWorker(m_libraryPath, m_latest);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("search"));
    m_thread.start();
    // The connection is opened ahead of the first keystroke, so the first results come as fast as the rest.
    SearchWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker] { worker->open(); }, Qt::QueuedConnection);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { dispatch(0); });
}

SearchController::~SearchController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_latest->store(~quint64(0));
    m_thread.quit();
    m_thread.wait();
}

void SearchController::setQuery(const SearchQuery &query, const SearchOptions::Sort sort)
{
    m_query = query;
    m_sort = sort;
    // Whatever runs now answers an outdated question.
    ++m_generation;
    m_latest->store(m_generation);
    if (m_cancel)
        m_cancel->store(true);
    if (query.isEmpty() || (!query.hasPositiveTerms() && !query.hasFilters())) {
        m_debounce->stop();
        setBusy(false);
        emit cleared();
        return;
    }
    m_debounce->start();
}

void SearchController::rerun()
{
    if (m_query.isEmpty())
        return;
    ++m_generation;
    m_latest->store(m_generation);
    dispatch(0);
}

void SearchController::fetchMore(int offset)
{
    if (m_query.isEmpty())
        return;
    dispatch(offset);
}

void SearchController::dispatch(int offset)
{
    if (m_cancel && offset == 0)
        m_cancel->store(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const quint64 generation = m_generation;
    SearchOptions options;
    options.sort = m_sort;
    options.limit = kPageSize;
    options.offset = offset;
    options.countTotal = offset == 0;
    const bool append = offset > 0;
    const SearchQuery query = m_query;
    setBusy(true);
    m_dispatched.start();
    QPointer<SearchController> self(this);
    SearchWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [worker, self, generation, query, options, cancel, append] {
            worker->run(
                generation, query, options, cancel,
                [self, generation, append](SearchResults results, double ms) {
                    if (!self)
                        return;
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, generation, results = std::move(results), append, ms] {
                            if (self)
                                self->onResults(generation, results, append, ms);
                        },
                        Qt::QueuedConnection);
                },
                [self, generation](const QString &message) {
                    if (!self)
                        return;
                    QMetaObject::invokeMethod(
                        self.data(),
                        [self, generation, message] {
                            if (self)
                                self->onFailed(generation, message);
                        },
                        Qt::QueuedConnection);
                });
        },
        Qt::QueuedConnection);
}

void SearchController::onResults(quint64 generation, const SearchResults &results, bool append, double ms)
{
    if (generation != m_generation)
        return; // a newer query is on its way; these results would flash up and vanish
    m_lastSearchMs = ms;
    m_lastLatencyMs = double(m_dispatched.nsecsElapsed()) / 1e6;
    setBusy(false);
    emit resultsReady(results, append);
}

void SearchController::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    setBusy(false);
    emit failed(message);
}

void SearchController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

} // namespace broadsheet
