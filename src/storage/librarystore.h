// LibraryStore: one connection to a library file — open/create/migrate, and every read query.
#pragma once

#include "storage/libraryrecords.h"
#include "text/result.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace broadsheet {

class Database;

// A LibraryStore is one SQLite connection and belongs to the thread that opened it (SQLite
// connections must not be shared between threads without locking, and WAL lets any number of
// connections read while one writes). A worker thread opens its own:
//     Result<LibraryStore> reader = LibraryStore::open(store.path(), LibraryStore::Access::ReadOnly);
// Opening is cheap (well under a millisecond on a migrated library). Reads never block on a
// running import; writes wait up to the busy timeout for another writer.
class LibraryStore {
public:
    enum class Access {
        ReadWrite, // creates the file if missing and brings its schema up to date
        ReadOnly,  // the file must exist with the current schema; never writes, also on read-only media
    };

    // The library file used when neither --library nor BROADSHEET_LIBRARY names one:
    // QStandardPaths::AppDataLocation/library.sqlite.
    static QString defaultPath();
    // `explicitPath` when not empty, else defaultPath(); made absolute.
    static QString resolvePath(const QString &explicitPath);

    // Opens (ReadWrite: creating and migrating) the library at `path`. Errors are sentences naming
    // the path: not a library, a newer library than this version understands (left untouched),
    // read-only file or folder, disk full, missing file (ReadOnly).
    // ReadWrite also re-indexes the library for search when it was indexed by another tokenizer
    // version, reporting to `reindexProgress` (articles done, articles in all) while it works.
    static Result<LibraryStore> open(const QString &path, Access access = Access::ReadWrite,
                                     const std::function<bool(qint64, qint64)> &reindexProgress = {});

    LibraryStore(LibraryStore &&other) noexcept;
    LibraryStore &operator=(LibraryStore &&other) noexcept;
    LibraryStore(const LibraryStore &) = delete;
    LibraryStore &operator=(const LibraryStore &) = delete;
    ~LibraryStore();

    QString path() const;
    bool isReadOnly() const;
    int schemaVersion() const;
    // The raw connection, for the storage layer's own writers (LibraryWriter, search, clippings).
    Database &database();

    // Papers by name (the unknown paper last); issue counts and date range included.
    Result<QList<PaperRecord>> papers() const;
    Result<std::optional<PaperRecord>> paper(qint64 paperId) const;
    Result<std::optional<PaperRecord>> paperByName(const QString &name) const;

    // Years (newest first) in which a paper has dated issues, with issue counts; then the months
    // of one year (in calendar order).
    Result<QList<PeriodCount>> years(qint64 paperId) const;
    Result<QList<PeriodCount>> months(qint64 paperId, int year) const;

    // Issues matching the filter (paper, date range; limit/offset), ordered by paper name then
    // date ascending; undated issues come first within their paper.
    Result<QList<IssueRecord>> issues(const LibraryFilter &filter = {}) const;
    Result<std::optional<IssueRecord>> issue(qint64 issueId) const;
    Result<std::optional<IssueRecord>> issueOf(const QString &paper, const QDate &date) const;
    // The issue with the newest date (of one paper, or of any), for opening the reader somewhere.
    Result<std::optional<IssueRecord>> newestIssue(std::optional<qint64> paperId = {}) const;
    // The previous (direction < 0) or next (direction > 0) dated issue of the same paper.
    Result<std::optional<IssueRecord>> adjacentIssue(qint64 issueId, int direction) const;
    // The dates on which a paper (or any paper) has an issue, within [from, to], for a calendar.
    Result<QList<QDate>> issueDates(std::optional<qint64> paperId, const QDate &from, const QDate &to) const;

    // Pages matching the filter, ordered by paper, date, page number (unnumbered pages last, by
    // file name). With filter.issueId set this is one issue's pages, an indexed lookup.
    Result<QList<PageRecord>> pages(const LibraryFilter &filter = {}) const;
    Result<std::optional<PageRecord>> page(qint64 pageId) const;
    // The previous/next page of the same issue.
    Result<std::optional<PageRecord>> adjacentPage(qint64 pageId, int direction) const;

    // Articles matching the filter in reading order (paper, date, page, position on the page).
    // With filter.pageId set this is one page's articles, an indexed lookup.
    Result<QList<ArticleSummary>> articles(const LibraryFilter &filter = {}) const;
    // One article with every page-JSON field and its continuation links; nullopt when no such id.
    Result<std::optional<ArticleRecord>> article(qint64 articleId) const;
    // The article read whole: its linked parts across pages, in order. Error when no such id.
    Result<WholeArticle> wholeArticle(qint64 articleId) const;
    // The article before/after this one in reading order within its issue (crossing pages).
    Result<std::optional<qint64>> adjacentArticle(qint64 articleId, int direction) const;

    Result<LibraryStats> stats() const;
    // True when no page has been imported yet (the GUI then imports the demo issue).
    Result<bool> isEmpty() const;
    // SQLite's integrity_check and foreign_key_check plus the library's own invariants.
    Result<IntegrityReport> checkIntegrity() const;
    // Past imports, newest first.
    Result<QList<ImportRecord>> imports(int limit = 20) const;

private:
    LibraryStore(std::unique_ptr<Database> db, QString path, bool readOnly);

    std::unique_ptr<Database> m_db;
    QString m_path;
    bool m_readOnly = false;
};

} // namespace broadsheet
