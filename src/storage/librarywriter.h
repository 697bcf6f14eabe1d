// LibraryWriter: THE write path of the library — stores one segmented page (atomically replacing
// an older version of it) or deletes one, and keeps cross-page continuation links.
#pragma once

#include "core/article.h"
#include "storage/database.h"
#include "storage/libraryrecords.h"
#include "storage/searchindex.h"
#include "text/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <unordered_map>

namespace broadsheet {

// A page ready to store: the segmented page (paper/date/page already final) and where it came from.
struct PageToWrite {
    Page page;
    QString sourcePath;
    QByteArray contentHash; // SHA-1 of the raw bytes
    qint64 bytes = 0;
    std::optional<qint64> importId;
};

struct PageWriteResult {
    enum class Kind { Inserted, Unchanged, Replaced };
    Kind kind = Kind::Inserted;
    qint64 pageId = 0;
    int articles = 0;
};

// Every write of articles goes through writePage()/deletePage() (the search index hooks in there,
// inside the same transaction). The caller owns the transaction: writePage() itself runs in a
// SAVEPOINT, so a failing page leaves the enclosing batch transaction usable and the page absent.
// Holds prepared statements of one Database; use it on that connection's thread only.
class LibraryWriter {
public:
    explicit LibraryWriter(Database &db);
    ~LibraryWriter();
    LibraryWriter(const LibraryWriter &) = delete;
    LibraryWriter &operator=(const LibraryWriter &) = delete;

    // Stores `input`: Unchanged when a page with the same content hash is stored already;
    // Replaced when another content is stored for the same paper, date and page (its articles
    // are deleted and the new ones inserted); Inserted otherwise. Then links continuations with
    // the other pages of the issue, whichever was stored first.
    Result<PageWriteResult> writePage(const PageToWrite &input);

    // Deletes a page with its articles (and their links and index entries).
    Status deletePage(qint64 pageId);

    // The stored page whose raw bytes hash to `contentHash`, if any.
    Result<std::optional<qint64>> pageWithHash(const QByteArray &contentHash);

private:
    Result<qint64> paperId(const QString &name);
    Result<qint64> issueId(qint64 paperId, const QDate &date);
    // The two places where articles enter and leave the library.
    Status insertArticles(qint64 pageId, const QList<Article> &articles);
    Status deletePageArticles(qint64 pageId);
    Status linkContinuations(qint64 pageId, qint64 issueId, std::optional<int> number);
    Status linkPages(qint64 fromPage, int fromNumber, qint64 toPage, int toNumber);
    // A prepared statement for `sql` (a literal), compiled once per writer and handed out reset.
    Result<Statement *> statement(const char *sql);

    Database &m_db;
    SearchIndex m_search; // the full-text index, kept in the same transaction as the articles
    std::unordered_map<const char *, Statement> m_statements;
};

} // namespace broadsheet
