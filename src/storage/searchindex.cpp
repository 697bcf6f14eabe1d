#include "storage/searchindex.h"

#include "storage/database.h"
#include "storage/ftstokenizer.h"
#include "storage/searcharticletext.h"

namespace broadsheet {

namespace {

constexpr const char *kInsertSql =
    "INSERT INTO article_fts (rowid, body, headline, deck, captions, byline) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr const char *kDeleteSql =
    "INSERT INTO article_fts (article_fts, rowid, body, headline, deck, captions, byline) "
    "VALUES ('delete', ?1, ?2, ?3, ?4, ?5, ?6)";
constexpr int kProgressEvery = 500;

void bindColumns(Statement &st, qint64 articleId, const SearchIndex::Columns &c)
{
    st.bind(1, articleId).bind(2, c.body).bind(3, c.headline).bind(4, c.deck).bind(5, c.captions).bind(6, c.byline);
}

void appendLine(QString &to, const QString &line)
{
    if (line.isEmpty())
        return;
    if (!to.isEmpty())
        to += QLatin1Char('\n');
    to += line;
}

Status setStoredVersion(Database &db, const QString &version)
{
    Result<Statement> st = db.prepare(
        "INSERT INTO search_meta (key, value) VALUES ('tokenizer', ?1) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!st)
        return Error {st.error()};
    st->bind(1, version);
    return st->exec();
}

} // namespace

SearchIndex::Columns SearchIndex::columnsOf(const Article &article)
{
    Columns c;
    for (const Block &b : article.blocks)
        appendLine(c.body, b.text);
    c.headline = article.headline;
    appendLine(c.deck, article.kicker);
    appendLine(c.deck, article.subheadline);
    appendLine(c.deck, article.column);
    appendLine(c.byline, article.byline);
    appendLine(c.byline, article.dateline);
    for (const Caption &cap : article.captions) {
        appendLine(c.captions, cap.text);
        appendLine(c.byline, cap.credit);
    }
    return c;
}

SearchIndex::SearchIndex(Database &db) : m_db(db) { }

SearchIndex::~SearchIndex() = default;

Status SearchIndex::addArticle(qint64 articleId, const Article &article)
{
    if (!m_insert) {
        Result<Statement> st = m_db.prepare(kInsertSql);
        if (!st)
            return Error {st.error()};
        m_insert = std::make_unique<Statement>(std::move(st.value()));
    }
    bindColumns(*m_insert, articleId, columnsOf(article));
    return m_insert->exec();
}

Status SearchIndex::deleteArticle(qint64 articleId, const Columns &columns)
{
    if (!m_delete) {
        Result<Statement> st = m_db.prepare(kDeleteSql);
        if (!st)
            return Error {st.error()};
        m_delete = std::make_unique<Statement>(std::move(st.value()));
    }
    bindColumns(*m_delete, articleId, columns);
    return m_delete->exec();
}

Status SearchIndex::removePageArticles(qint64 pageId)
{
    QList<std::pair<qint64, Columns>> stored;
    Status read = forEachStoredArticle(m_db, pageId, [&stored](qint64 id, const Article &article) {
        stored.append({id, columnsOf(article)});
        return true;
    });
    if (!read)
        return read;
    for (const auto &[id, columns] : stored) {
        if (Status s = deleteArticle(id, columns); !s)
            return s;
    }
    return success();
}

Status SearchIndex::applySchemaV2(Database &db)
{
    if (Status s = db.exec(R"sql(
CREATE VIRTUAL TABLE article_fts USING fts5(
    body, headline, deck, captions, byline,
    content = '', tokenize = 'broadsheet'
);
CREATE TABLE search_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
-- Tokens are gathered in memory up to this many bytes before FTS5 writes a segment (default 1 MB):
-- fewer, larger segments mean less merging while importing (measured: re-indexing 72 MB of text
-- went from 22.9 s to 15.5 s). Stored in the table's config, so every connection uses it.
INSERT INTO article_fts (article_fts, rank) VALUES ('hashsize', 33554432);
)sql");
        !s)
        return s;
    return rebuild(db);
}

Result<bool> SearchIndex::isCurrent(Database &db)
{
    Result<Statement> st = db.prepare("SELECT value FROM search_meta WHERE key = 'tokenizer'");
    if (!st)
        return Error {st.error()};
    Result<bool> row = st->step();
    if (!row)
        return Error {row.error()};
    return row.value() && st->text(0) == FtsTokenizer::version();
}

Status SearchIndex::rebuild(Database &db, const Progress &progress)
{
    if (Status s = db.exec("INSERT INTO article_fts (article_fts) VALUES ('delete-all')"); !s)
        return s;
    qint64 total = 0;
    if (progress) {
        Result<Statement> count = db.prepare("SELECT count(*) FROM articles");
        if (!count)
            return Error {count.error()};
        if (Result<bool> row = count->step(); !row)
            return Error {row.error()};
        total = count->int64(0);
        if (!progress(0, total))
            return Error {QStringLiteral("Re-indexing the library for search was cancelled.")};
    }
    Result<Statement> insert = db.prepare(kInsertSql);
    if (!insert)
        return Error {insert.error()};
    qint64 done = 0;
    Status failure = success();
    bool cancelled = false;
    Status read = forEachStoredArticle(db, std::nullopt, [&](qint64 id, const Article &article) {
        bindColumns(insert.value(), id, columnsOf(article));
        if (Status s = insert->exec(); !s) {
            failure = s;
            return false;
        }
        ++done;
        if (progress && done % kProgressEvery == 0 && !progress(done, total)) {
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!read)
        return read;
    if (!failure)
        return failure;
    if (cancelled)
        return Error {QStringLiteral("Re-indexing the library for search was cancelled.")};
    if (progress)
        progress(done, total);
    return setStoredVersion(db, FtsTokenizer::version());
}

Status SearchIndex::ensureCurrent(Database &db, const Progress &progress)
{
    Result<bool> current = isCurrent(db);
    if (!current)
        return Error {current.error()};
    if (current.value() || db.mode() != Database::Mode::ReadWrite)
        return success();
    return inTransaction(db, [&]() -> Status {
        // Another connection may have re-indexed while this one waited for the write lock.
        Result<bool> again = isCurrent(db);
        if (!again)
            return Error {again.error()};
        return again.value() ? success() : rebuild(db, progress);
    });
}

} // namespace broadsheet
