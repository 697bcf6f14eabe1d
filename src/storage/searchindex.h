// SearchIndex: the library's full-text index — its schema step, its upkeep inside the write path,
// and re-indexing when the tokenizer changed.
#pragma once

#include "core/article.h"
#include "text/result.h"

#include <QString>

#include <functional>
#include <memory>

namespace broadsheet {

class Database;
class SearchIndexWriter;

// The index is three contentless FTS5 tables (rowid = articles.id): the text lives once, in
// articles/blocks/captions, and the index holds only tokens.
//  - article_fts: bigrams and words with positions (FtsTokenizer). Columns, in bm25 weight order:
//    headline ≫ deck (kicker, subheadline, column label) > captions > body, byline. Body comes
//    first because FTS5 stores column 0 without a column marker, and the body holds most tokens.
//  - article_chars, article_heads (detail=none): which articles hold each CJK character and each
//    word, in all their text and in their headline stack. They answer one-character terms and
//    terms of one word (2024, covid*) from one short list of rowids; article_fts would need the
//    prefix query c*, merging the position lists of every bigram that starts with c (half a
//    second for 的 in 300,000 articles), or 3 and 3›* for the number 3.
// All three are written in the same statement sequence, inside the import's transaction.
class SearchIndex {
public:
    // The text of each indexed column of one article.
    struct Columns {
        QString body;     // blocks, one per line
        QString headline;
        QString deck;     // kicker, subheadline, column label
        QString captions; // caption texts, one per line
        QString byline;   // byline, dateline, caption credits
    };
    static Columns columnsOf(const Article &article);

    // Called with (articles done, articles in all); returns false to stop (the rebuild rolls back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Keeps the index of `db` up to date from its write path; holds prepared statements, so one
    // per writer, used on that connection's thread.
    explicit SearchIndex(Database &db);
    ~SearchIndex();
    SearchIndex(const SearchIndex &) = delete;
    SearchIndex &operator=(const SearchIndex &) = delete;

    // Indexes an article just inserted with id `articleId` (same transaction as the insert).
    Status addArticle(qint64 articleId, const Article &article);
    // Removes the articles of page `pageId` from the index; call before deleting them, while
    // their text is still stored (a contentless index needs the old text to delete it).
    Status removePageArticles(qint64 pageId);

    // Schema step v2: the index table and its metadata, then the articles already stored.
    static Status applySchemaV2(Database &db);
    // Schema step v4: the character tables (article_chars: every CJK character of an article;
    // article_heads: those of its headline stack), positionless indexes for one-character terms.
    static Status applySchemaV4(Database &db);
    // True when the index was built by this program's tokenizer (FtsTokenizer::version()).
    static Result<bool> isCurrent(Database &db);
    // Re-indexes every article in one transaction when the index is not current; `progress` is
    // called every few hundred articles. A library that is read-only is left as it is.
    static Status ensureCurrent(Database &db, const Progress &progress = {});
    // Re-indexes every article now, in the caller's transaction.
    static Status rebuild(Database &db, const Progress &progress = {});

private:
    Status deleteArticle(qint64 articleId, const Columns &columns);

    Database &m_db;
    std::unique_ptr<SearchIndexWriter> m_add;
    std::unique_ptr<SearchIndexWriter> m_remove;
};

} // namespace broadsheet
