// Library records: the plain rows the library's read queries return (Qt types only, no SQLite).
#pragma once

#include "core/article.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace broadsheet {

// A paper. `name` is null for the "unknown paper" that holds pages whose paper nobody could tell.
struct PaperRecord {
    qint64 id = 0;
    QString name;
    int issueCount = 0;
    QDate firstDate; // oldest dated issue; invalid when the paper has only undated pages
    QDate lastDate;  // newest dated issue
};

// How many issues a paper has in one year, or in one month of a year (for the library tree).
struct PeriodCount {
    int year = 0;
    int month = 0; // 1..12 for a month, 0 for a whole year
    int issueCount = 0;
};

// An issue: a paper on a date. `date` is invalid for the "undated" issue of a paper.
struct IssueRecord {
    qint64 id = 0;
    qint64 paperId = 0;
    QString paper; // null for the unknown paper
    QDate date;
    int pageCount = 0;
    int articleCount = 0;
};

// A stored page: where it came from and what it holds.
struct PageRecord {
    qint64 id = 0;
    qint64 issueId = 0;
    QString paper;               // null for the unknown paper
    QDate date;                  // invalid for an undated page
    std::optional<int> number;   // the page number (版次), when known
    QString source;              // the file name, without its folder
    QString sourcePath;          // the path (or virtual path) it was imported from
    QString encoding;            // what its bytes were decoded from
    QByteArray contentHash;      // SHA-1 of the raw bytes: the page's identity for re-imports
    qint64 bytes = 0;            // size of the raw file
    qint64 characters = 0;       // characters of article text stored for it
    int articleCount = 0;
    QDateTime importedAt;        // UTC
    QStringList warnings;        // the segmenter's warnings for this page
};

// One article as a list or a page view shows it: its headline stack and the start of its body.
struct ArticleSummary {
    qint64 id = 0;
    qint64 pageId = 0;
    qint64 issueId = 0;
    QString paper;               // null for the unknown paper
    QDate date;                  // invalid when undated
    std::optional<int> page;
    int ordinal = 0;             // 0-based reading order within its page
    QString kicker;
    QString headline;            // null for a headless continuation fragment
    QString subheadline;
    QString column;
    QString byline;
    QString lead;                // the first characters of its first body block (at most ~120)
    qint64 characters = 0;       // characters of its text (headline stack, body, captions)
    std::optional<int> continuedFrom;
    std::optional<int> continuesTo;
};

// One article with all its parts (page-JSON fields) and its continuation links.
struct ArticleRecord {
    qint64 id = 0;
    qint64 pageId = 0;
    qint64 issueId = 0;
    QString paper;
    QDate date;
    std::optional<int> page;
    int ordinal = 0;
    Article article;
    std::optional<qint64> previousPartId; // the part on the page it continues from, once linked
    std::optional<qint64> nextPartId;     // the part on the page where it goes on, once linked
};

// An article read whole across its pages: the linked parts in order (the first part carries the
// headline). A part that is not linked (its other page is not in the library) stands alone.
struct WholeArticle {
    QList<ArticleRecord> parts;
};

// Totals for `broadsheet-cli stats` and the GUI's about box.
struct LibraryStats {
    qint64 papers = 0;
    qint64 issues = 0;
    qint64 pages = 0;
    qint64 articles = 0;
    qint64 characters = 0;   // characters of stored article text
    qint64 bytes = 0;        // raw bytes of the imported page files
    qint64 fileBytes = 0;    // size of the library file on disk (with its WAL)
};

// What `check` found: SQLite's integrity and foreign-key checks plus the library's own invariants.
struct IntegrityReport {
    bool ok = true;
    QStringList problems; // one sentence per problem; empty when ok
};

// Filters for listing issues, pages and articles. Empty fields do not filter.
struct LibraryFilter {
    std::optional<qint64> paperId;
    QString paperName;           // exact paper name; ignored when paperId is set
    bool unknownPaperOnly = false;
    QDate from;                  // inclusive; invalid = no lower bound
    QDate to;                    // inclusive; invalid = no upper bound
    std::optional<qint64> issueId;
    std::optional<qint64> pageId;
    int limit = -1;              // -1: no limit
    int offset = 0;
};

// One past import run, newest first in LibraryStore::imports().
struct ImportRecord {
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt;        // invalid while running or when the run was interrupted
    QString status;              // "running", "finished", "cancelled", "failed"
    int imported = 0;
    int unchanged = 0;
    int replaced = 0;
    int failed = 0;
};

} // namespace broadsheet
