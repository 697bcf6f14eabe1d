// SearchController: search-as-you-type — debounces the typed query, runs it on a worker thread with
// its own library connection, cancels and drops stale queries, and hands back results in order.
#pragma once

#include "core/searchquery.h"
#include "storage/searchengine.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

class QTimer;

namespace broadsheet {

class SearchWorker;

class SearchController : public QObject {
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 150;
    static constexpr int kPageSize = 20;

    explicit SearchController(QString libraryPath, QObject *parent = nullptr);
    ~SearchController() override;

    // Schedules a search for `query` after the debounce pause; an empty query clears at once.
    void setQuery(const SearchQuery &query, const SearchOptions::Sort sort);
    // Runs the current query again now (after an import) without waiting for the pause.
    void rerun();
    // The next page of the current query's hits (the view scrolled to the end).
    void fetchMore(int offset);

    // From dispatching the latest query to its results arriving on this thread, in milliseconds;
    // and the part of it spent searching on the worker.
    double lastLatencyMs() const { return m_lastLatencyMs; }
    double lastSearchMs() const { return m_lastSearchMs; }
    bool isBusy() const { return m_busy; }

signals:
    // Results of the current query: a first page (append false) or a further one (append true).
    void resultsReady(const broadsheet::SearchResults &results, bool append);
    void cleared();
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    void dispatch(int offset);
    void onResults(quint64 generation, const SearchResults &results, bool append, double ms);
    void onFailed(quint64 generation, const QString &message);
    void setBusy(bool busy);

    QString m_libraryPath;
    QThread m_thread;
    SearchWorker *m_worker = nullptr;
    QTimer *m_debounce;
    SearchQuery m_query;
    SearchOptions::Sort m_sort = SearchOptions::Sort::Relevance;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    SearchCancelFlag m_cancel;
    QElapsedTimer m_dispatched;
    double m_lastLatencyMs = 0;
    double m_lastSearchMs = 0;
    bool m_busy = false;
};

} // namespace broadsheet
