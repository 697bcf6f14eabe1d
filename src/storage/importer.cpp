#include "storage/importer.h"
#include "core/pagesegmenter.h"
#include "core/sourcepath.h"
#include "storage/database.h"
#include "storage/importrun.h"
#include "storage/librarystore.h"
#include "storage/librarywriter.h"
#include "text/textdecoder.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <sqlite3.h>

#include <condition_variable>
#include <mutex>
#include <vector>

namespace broadsheet {

QList<ImportFileResult> ImportSummary::failures() const
{
    QList<ImportFileResult> out;
    for (const ImportFileResult &f : files) {
        if (f.outcome == ImportOutcome::Failed)
            out.append(f);
    }
    return out;
}

namespace {

// What a worker hands the writer for one source.
struct Parsed {
    bool failed = false;
    QString message;
    bool knownContent = false; // the hash was in the library when the run started: not segmented
    PageToWrite page;
    qint64 heldBytes = 0;      // memory this result holds, for the queue bound
};

Parsed parseSource(const ImportSource &source, const QSet<QByteArray> &knownHashes, const ImportFallbacks &fallbacks)
{
    Parsed out;
    QByteArray bytes;
    if (source.bytes) {
        bytes = *source.bytes;
    } else {
        QFile file(source.path);
        if (!file.open(QIODevice::ReadOnly)) {
            out.failed = true;
            out.message = QStringLiteral("cannot read %1: %2").arg(QDir::toNativeSeparators(source.path), file.errorString());
            return out;
        }
        bytes = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            out.failed = true;
            out.message = QStringLiteral("reading %1 failed: %2").arg(QDir::toNativeSeparators(source.path), file.errorString());
            return out;
        }
    }
    out.page.bytes = bytes.size();
    out.page.sourcePath = source.path;
    out.page.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
    if (knownHashes.contains(out.page.contentHash)) {
        out.knownContent = true;
        return out;
    }
    Result<DecodedText> decoded = decodeText(bytes, QDir::toNativeSeparators(source.path));
    bytes = QByteArray();
    if (!decoded) {
        out.failed = true;
        out.message = decoded.error();
        return out;
    }
    const SourcePathInfo fromPath = inferFromSourcePath(source.path);
    PageHints hints;
    hints.source = QFileInfo(source.path).fileName();
    hints.encoding = decoded->encoding;
    hints.paper = fromPath.paper;
    hints.date = fromPath.date;
    hints.page = fromPath.page;
    Page page = PageSegmenter().segment(decoded->text, hints);
    // The user's flags fill only what neither the path nor the text told.
    if (page.paper.isEmpty())
        page.paper = fallbacks.paper.isEmpty() ? QString() : fallbacks.paper;
    if (!page.date.isValid())
        page.date = fallbacks.date;
    if (!page.page)
        page.page = fallbacks.page;
    page.source = hints.source;
    page.encoding = decoded->encoding;
    out.heldBytes = decoded->text.size() * 2;
    out.page.page = std::move(page);
    return out;
}

bool isLibraryFailure(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_CANTOPEN:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_PERM:
        return true;
    default:
        return false;
    }
}

// The bounded, ordered hand-over between the parsing workers and the writer.
class ParseQueue {
public:
    ParseQueue(qsizetype count, int window, qint64 maxBytes) : m_slots(size_t(count)), m_window(window), m_maxBytes(maxBytes) { }

    // A worker's next index, or -1 when there is nothing left (or the run is stopping).
    qsizetype take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] {
            return m_stop || m_next >= qsizetype(m_slots.size())
                || (m_next < m_written + m_window && (m_heldBytes < m_maxBytes || m_next == m_written));
        });
        if (m_stop || m_next >= qsizetype(m_slots.size()))
            return -1;
        return m_next++;
    }

    void put(qsizetype index, Parsed parsed)
    {
        std::lock_guard lock(m_mutex);
        m_heldBytes += parsed.heldBytes;
        m_slots[size_t(index)] = std::move(parsed);
        m_changed.notify_all();
    }

    // The writer's next result, in source order; waits for it.
    Parsed wait(qsizetype index)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_slots[size_t(index)].has_value(); });
        Parsed p = std::move(*m_slots[size_t(index)]);
        m_slots[size_t(index)].reset();
        m_heldBytes -= p.heldBytes;
        m_written = index + 1;
        m_changed.notify_all();
        return p;
    }

    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_changed.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::optional<Parsed>> m_slots;
    qsizetype m_next = 0;
    qsizetype m_written = 0;
    int m_window;
    qint64 m_maxBytes;
    qint64 m_heldBytes = 0;
    bool m_stop = false;
};

} // namespace

Importer::Importer(QString libraryPath) : m_libraryPath(std::move(libraryPath)) { }

Importer::Importer(QString libraryPath, Options options) : m_libraryPath(std::move(libraryPath)), m_options(options) { }

void Importer::cancel()
{
    m_cancel.store(true);
}

Result<ImportSummary> Importer::run(const QList<ImportSource> &sources, const ImportFallbacks &fallbacks,
                                    ImportObserver *observer)
{
    QElapsedTimer clock;
    clock.start();
    std::function<bool(qint64, qint64)> reindexing;
    if (observer)
        reindexing = [observer](qint64 done, qint64 total) { return observer->reindexing(done, total); };
    Result<LibraryStore> store = LibraryStore::open(m_libraryPath, LibraryStore::Access::ReadWrite, reindexing);
    if (!store)
        return Error {store.error()};
    Database &db = store->database();
    ImportRun run(db, observer, m_options.maxBusyWaitMs);
    if (Status s = run.start(sources.size()); !s)
        return Error {s.error()};

    Result<QSet<QByteArray>> known = run.knownHashes();
    if (!known)
        return Error {known.error()};

    ImportProgress progress;
    progress.filesTotal = int(sources.size());
    for (const ImportSource &s : sources)
        progress.bytesTotal += s.bytes ? s.bytes->size() : QFileInfo(s.path).size();

    const int threads = m_options.parseThreads > 0 ? m_options.parseThreads : qMax(1, QThread::idealThreadCount());
    ParseQueue queue(sources.size(), qMax(16, threads * 8), m_options.maxQueuedBytes);
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    const QSet<QByteArray> &knownHashes = known.value();
    for (int t = 0; t < threads; ++t) {
        pool.start([&] {
            for (;;) {
                const qsizetype i = queue.take();
                if (i < 0)
                    return;
                queue.put(i, m_cancel.load() ? Parsed {} : parseSource(sources.at(i), knownHashes, fallbacks));
            }
        });
    }

    LibraryWriter writer(db);
    ImportSummary summary;
    QList<ImportFileResult> pending; // written in the open transaction, not yet committed
    QElapsedTimer sinceCommit, sinceProgress;
    sinceCommit.start();
    sinceProgress.start();
    std::optional<Error> fatal;
    qint64 committedArticles = 0;

    auto commit = [&]() -> Status {
        if (!db.inTransaction())
            return success();
        if (Status s = run.recordFiles(pending); !s)
            return s;
        if (Status s = db.commit(); !s)
            return s;
        for (const ImportFileResult &f : pending)
            run.count(summary, f);
        committedArticles = summary.articles;
        pending.clear();
        sinceCommit.restart();
        return success();
    };
    auto report = [&](bool force) {
        if (!observer || (!force && sinceProgress.elapsed() < 200))
            return;
        sinceProgress.restart();
        progress.seconds = clock.elapsed() / 1000.0;
        progress.articles = committedArticles;
        for (const ImportFileResult &f : pending)
            progress.articles += f.articles;
        progress.bytesPerSecond = progress.seconds > 0 ? progress.bytesDone / progress.seconds : 0;
        progress.etaSeconds = progress.bytesPerSecond > 0 && progress.bytesDone > 0
            ? (progress.bytesTotal - progress.bytesDone) / progress.bytesPerSecond
            : -1;
        observer->progress(progress);
    };

    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (m_cancel.load()) {
            summary.cancelled = true;
            break;
        }
        Parsed parsed = queue.wait(i);
        if (m_cancel.load()) {
            summary.cancelled = true;
            break;
        }
        ImportFileResult file;
        file.path = sources.at(i).path;
        file.bytes = parsed.page.bytes;
        if (parsed.failed) {
            file.outcome = ImportOutcome::Failed;
            file.message = parsed.message;
        } else {
            if (!db.inTransaction()) {
                if (Status s = run.beginWrite(m_cancel); !s) {
                    fatal = Error {s.error()};
                    break;
                }
            }
            if (parsed.knownContent) {
                Result<std::optional<qint64>> same = writer.pageWithHash(parsed.page.contentHash);
                if (same && same.value()) {
                    file.outcome = ImportOutcome::Unchanged;
                    file.pageId = *same.value();
                } else {
                    // Deleted since the run started: segment it after all.
                    parsed = parseSource(sources.at(i), {}, fallbacks);
                }
            }
            if (parsed.failed) {
                file.outcome = ImportOutcome::Failed;
                file.message = parsed.message;
            } else if (file.outcome != ImportOutcome::Unchanged) {
                parsed.page.importId = run.id();
                const Page &page = parsed.page.page;
                file.paper = page.paper;
                file.date = page.date;
                file.page = page.page;
                file.warnings = page.warnings;
                Result<PageWriteResult> written = writer.writePage(parsed.page);
                if (!written) {
                    if (isLibraryFailure(db.lastErrorCode())) {
                        fatal = Error {written.error()};
                        break;
                    }
                    file.outcome = ImportOutcome::Failed;
                    file.message = written.error();
                } else {
                    file.pageId = written->pageId;
                    file.articles = written->articles;
                    file.outcome = written->kind == PageWriteResult::Kind::Inserted ? ImportOutcome::Imported
                        : written->kind == PageWriteResult::Kind::Replaced          ? ImportOutcome::Replaced
                                                                                    : ImportOutcome::Unchanged;
                    if (file.outcome == ImportOutcome::Unchanged)
                        file.articles = 0;
                }
            }
        }
        progress.filesDone = int(i + 1);
        progress.bytesDone += file.bytes;
        progress.currentPath = file.path;
        if (observer)
            observer->fileDone(file);
        if (db.inTransaction()) {
            pending.append(file);
        } else {
            run.count(summary, file);
        }
        if (pending.size() >= m_options.batchPages || sinceCommit.elapsed() > 500) {
            if (Status s = commit(); !s) {
                fatal = Error {s.error()};
                break;
            }
        }
        report(false);
    }
    queue.stop();
    pool.waitForDone();

    if (!fatal) {
        if (Status s = commit(); !s)
            fatal = Error {s.error()};
    }
    if (fatal) {
        db.rollback();
        run.finish(summary, QStringLiteral("failed"));
        return Error {QStringLiteral("%1 (%2 pages were stored before this and stay; run the same import again to "
                                     "complete it.)")
                          .arg(fatal->message)
                          .arg(summary.imported + summary.replaced)};
    }
    summary.seconds = clock.elapsed() / 1000.0;
    summary.bytes = progress.bytesDone;
    report(true);
    run.finish(summary, summary.cancelled ? QStringLiteral("cancelled") : QStringLiteral("finished"));
    return summary;
}

} // namespace broadsheet
