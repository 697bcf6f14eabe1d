// SearchEngine: runs a SearchQuery against the library's index — exact total, ranked or newest-first
// pages of hits with snippets, whole-article highlights — and can be cancelled from another thread.
#pragma once

#include "core/searchquery.h"
#include "storage/searchhighlighter.h"
#include "text/result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace broadsheet {

class Database;
class SearchFilter;

struct SearchOptions {
    enum class Sort { Relevance, Date };
    Sort sort = Sort::Relevance; // Date: newest issue first, then page and reading order
    int limit = 20;
    int offset = 0;
    bool countTotal = true;      // false skips the exact total (results.total is then -1)
    int snippetWidth = 80;       // characters of context in each hit's snippet
    bool snippets = true;        // false leaves hits' snippets empty (ids and metadata only)
};

struct SearchHit {
    qint64 id = 0;               // the article id (show, export, LibraryStore::article)
    QString paper;               // null for the unknown paper
    QDate date;                  // invalid when undated
    std::optional<int> page;
    QString headline;            // a continuation fragment shows its first part's headline; may be null
    Snippet snippet;             // with highlights as offsets into snippet.text
    // Relevance, higher is better: bm25 over the weighted columns; for a query of single
    // characters only, 2 when the headline stack holds one of them, else 1. Hits come headline-stack
    // matches first (see SearchEngine), so a later hit may score higher than an earlier one of the
    // first tier. 0 when sorted by date or when no term was searched.
    double score = 0;
};

struct SearchResults {
    qint64 total = -1;           // every matching article, exactly
    QList<SearchHit> hits;       // the requested page of them
    QStringList notes;           // what the query parser read leniently or ignored
};

// Raised by another thread (the GUI when a newer query arrives); the running search stops within
// a few thousand SQLite instructions and returns the error SearchEngine::cancelledMessage().
using SearchCancelFlag = std::shared_ptr<std::atomic<bool>>;

// Relevance order: the hits whose headline stack holds a term first, then the others; within each,
// the 4,000 most recently added are ranked by bm25 and any beyond follow newest-added first, so a
// term in most articles is ranked in bounded time. The total is always exact.
//
// Works on one connection, from the thread that owns it. For the GUI: a worker thread opens its
// own read-only LibraryStore and builds a SearchEngine on store.database(); the UI thread keeps
// the SearchCancelFlag of the running query and raises it when the text changes.
class SearchEngine {
public:
    explicit SearchEngine(Database &db);
    ~SearchEngine();
    SearchEngine(const SearchEngine &) = delete;
    SearchEngine &operator=(const SearchEngine &) = delete;

    Result<SearchResults> search(const SearchQuery &query, const SearchOptions &options = {},
                                 const SearchCancelFlag &cancel = {});
    // Only the exact number of matching articles.
    Result<qint64> count(const SearchQuery &query, const SearchCancelFlag &cancel = {});
    // Every match of the query in one stored article, field by field, for the reader pane.
    Result<ArticleHighlights> highlightArticle(qint64 articleId, const SearchQuery &query);

    static QString cancelledMessage();
    // The weights bm25 gives the columns body, headline, deck, captions, byline.
    static constexpr double kWeights[5] = {1.0, 10.0, 4.0, 2.0, 1.0};

private:
    // Whether the query's paper/date/page filters run in memory (see SearchFilter).
    Result<bool> filterInMemory(const SearchQuery &query);

    Database &m_db;
    std::unique_ptr<SearchFilter> m_filter;
};

} // namespace broadsheet
