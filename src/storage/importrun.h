// ImportRun: the bookkeeping of one import in the library (its imports row, the file history,
// the write lock), kept apart from the Importer's threading.
#pragma once

#include "storage/importer.h"
#include "text/result.h"

#include <QByteArray>
#include <QSet>

#include <atomic>
#include <optional>

namespace broadsheet {

class Database;

class ImportRun {
public:
    ImportRun(Database &db, ImportObserver *observer, int maxBusyWaitMs)
        : m_db(db), m_observer(observer), m_maxBusyWaitMs(maxBusyWaitMs) { }

    // Records the run as started ("running" until finish(); a killed run stays "running").
    Status start(qsizetype sourceCount);
    std::optional<qint64> id() const { return m_id; }

    // The content hashes already stored, so workers need not segment pages known already.
    Result<QSet<QByteArray>> knownHashes();

    // BEGIN IMMEDIATE; while another writer holds the library, tells the observer and keeps
    // waiting (up to maxBusyWaitMs, or until `cancel`), then fails with a sentence.
    Status beginWrite(const std::atomic<bool> &cancel);

    // Adds the history rows of files written in the open transaction (all but unchanged ones).
    Status recordFiles(const QList<ImportFileResult> &files);

    // Adds one file's outcome to the summary's totals and list.
    static void count(ImportSummary &summary, const ImportFileResult &file);

    // Stores the totals and the final status; best effort (the library may be unusable by then).
    void finish(const ImportSummary &summary, const QString &status);

private:
    Database &m_db;
    ImportObserver *m_observer;
    int m_maxBusyWaitMs;
    std::optional<qint64> m_id;
};

} // namespace broadsheet
