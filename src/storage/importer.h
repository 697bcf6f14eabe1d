// Importer: reads page files (or in-memory pages), segments them on worker threads and writes them
// into a library from one writer, with progress and cancellation.
#pragma once

#include "storage/libraryrecords.h"
#include "text/result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace broadsheet {

// One page to import: a file (a real path or a Qt resource path like ":/samples/…") or in-memory
// bytes under a virtual path. The path's folders and name tell paper, date and page (see
// core/sourcepath.h), in-memory or not.
struct ImportSource {
    QString path;
    std::optional<QByteArray> bytes; // set: import these bytes instead of reading `path`

    static ImportSource file(const QString &path) { return {path, std::nullopt}; }
    static ImportSource memory(const QString &virtualPath, const QByteArray &data) { return {virtualPath, data}; }
};

// Files, folders (recursively: *.txt and *.md, except README files) and globs expanded into sources, in a stable order
// (sorted by path); `problems` names the arguments that matched nothing or could not be read.
struct CollectedSources {
    QList<ImportSource> sources;
    QStringList problems;
};
CollectedSources collectImportSources(const QStringList &arguments);

// What the user said about pages whose paper, date or page neither the path nor the text tells
// (the flags --paper, --date, --page): a fallback, never an override.
struct ImportFallbacks {
    QString paper;
    QDate date;
    std::optional<int> page;
};

enum class ImportOutcome {
    Imported,  // a new page
    Unchanged, // the same content is already in the library ("already in library")
    Replaced,  // a changed file for the same paper, date and page replaced the stored page
    Failed,    // not stored; `message` says why
};

// What happened to one source.
struct ImportFileResult {
    QString path;
    ImportOutcome outcome = ImportOutcome::Failed;
    QString message;             // the reason for a failure; otherwise empty
    QString paper;               // null when filed under the unknown paper
    QDate date;                  // invalid when filed as undated
    std::optional<int> page;
    int articles = 0;
    qint64 bytes = 0;
    std::optional<qint64> pageId; // the stored page (also for Unchanged)
    QStringList warnings;        // the segmenter's warnings
};

// A snapshot for a progress line or bar.
struct ImportProgress {
    int filesDone = 0;
    int filesTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    qint64 articles = 0;     // articles written so far
    double seconds = 0;      // since the run started
    double bytesPerSecond = 0;
    double etaSeconds = -1;  // -1 while unknown
    QString currentPath;     // the file last finished
};

struct ImportSummary {
    int imported = 0;
    int unchanged = 0;
    int replaced = 0;
    int failed = 0;
    int unknownPaper = 0;        // stored pages filed under the unknown paper
    int undated = 0;             // stored pages filed as undated
    qint64 articles = 0;
    qint64 bytes = 0;
    double seconds = 0;
    bool cancelled = false;      // cancel() stopped the run; what was written stays, whole pages only
    QList<ImportFileResult> files; // one per source, in source order (those reached before a cancel)
    QList<ImportFileResult> failures() const;
};

// Told about the run as it goes. Every call comes from the thread that called Importer::run()
// (the writer); a GUI forwards them to the UI thread with a queued signal.
class ImportObserver {
public:
    virtual ~ImportObserver() = default;
    // About every 200 ms and once at the end.
    virtual void progress(const ImportProgress &) { }
    virtual void fileDone(const ImportFileResult &) { }
    // Something the user should know while waiting, e.g. that another import holds the library.
    virtual void notice(const QString &) { }
    // Before any file: the library's search index was built by another tokenizer version and is
    // being rebuilt (articles done, articles in all). Return false to stop; the library is then
    // left as it was and the run fails.
    virtual bool reindexing(qint64 /*done*/, qint64 /*total*/) { return true; }
};

class Importer {
public:
    struct Options {
        int parseThreads = 0;        // 0: QThread::idealThreadCount()
        int batchPages = 200;        // pages per write transaction (also committed every ~0.5 s)
        qint64 maxQueuedBytes = 64 << 20; // parsed-but-unwritten text kept in memory at most
        int maxBusyWaitMs = 60000;   // how long to wait for another writer before failing
    };

    explicit Importer(QString libraryPath);
    Importer(QString libraryPath, Options options);

    // Imports `sources` into the library (opening it read-write on the calling thread, which
    // becomes the writer; segmenting runs on a thread pool). A bad source fails alone; the
    // result is an error only when the library itself cannot be used (not a library, read-only,
    // disk full, busy too long); pages committed before such an error stay.
    Result<ImportSummary> run(const QList<ImportSource> &sources, const ImportFallbacks &fallbacks = {},
                              ImportObserver *observer = nullptr);

    // Thread-safe: stops the run soon; written pages stay, the rest are left for the next run.
    void cancel();

private:
    QString m_libraryPath;
    Options m_options;
    std::atomic<bool> m_cancel {false};
};

} // namespace broadsheet
