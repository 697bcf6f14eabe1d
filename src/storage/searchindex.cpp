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
constexpr const char *kInsertCharsSql = "INSERT INTO article_chars (rowid, text) VALUES (?1, ?2)";
constexpr const char *kDeleteCharsSql =
    "INSERT INTO article_chars (article_chars, rowid, text) VALUES ('delete', ?1, ?2)";
constexpr const char *kInsertHeadsSql = "INSERT INTO article_heads (rowid, text) VALUES (?1, ?2)";
constexpr const char *kDeleteHeadsSql =
    "INSERT INTO article_heads (article_heads, rowid, text) VALUES ('delete', ?1, ?2)";
constexpr int kProgressEvery = 500;

// The text of the character tables: every column, and the headline stack alone.
QString allText(const SearchIndex::Columns &c)
{
    return c.headline + QLatin1Char('\n') + c.deck + QLatin1Char('\n') + c.body + QLatin1Char('\n') + c.captions
        + QLatin1Char('\n') + c.byline;
}

QString headText(const SearchIndex::Columns &c) { return c.headline + QLatin1Char('\n') + c.deck; }

} // namespace

// The statements that add (or remove) one article in all three tables.
class SearchIndexWriter {
public:
    explicit SearchIndexWriter(bool remove) : m_remove(remove) { }

    Status write(Database &db, qint64 articleId, const SearchIndex::Columns &c)
    {
        if (!m_fts) {
            for (auto [slot, sql] : {std::pair {&m_fts, m_remove ? kDeleteSql : kInsertSql},
                                     std::pair {&m_chars, m_remove ? kDeleteCharsSql : kInsertCharsSql},
                                     std::pair {&m_heads, m_remove ? kDeleteHeadsSql : kInsertHeadsSql}}) {
                Result<Statement> st = db.prepare(sql);
                if (!st)
                    return Error {st.error()};
                *slot = std::make_unique<Statement>(std::move(st.value()));
            }
        }
        m_fts->bind(1, articleId).bind(2, c.body).bind(3, c.headline).bind(4, c.deck).bind(5, c.captions).bind(6, c.byline);
        if (Status s = m_fts->exec(); !s)
            return s;
        m_chars->bind(1, articleId).bind(2, allText(c));
        if (Status s = m_chars->exec(); !s)
            return s;
        m_heads->bind(1, articleId).bind(2, headText(c));
        return m_heads->exec();
    }

private:
    bool m_remove;
    std::unique_ptr<Statement> m_fts;
    std::unique_ptr<Statement> m_chars;
    std::unique_ptr<Statement> m_heads;
};

namespace {

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

Result<bool> tableExists(Database &db, const char *name)
{
    Result<Statement> st = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    if (!st)
        return Error {st.error()};
    st->bind(1, QString::fromLatin1(name));
    Result<bool> row = st->step();
    if (!row)
        return Error {row.error()};
    return row.value();
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
    if (!m_add)
        m_add = std::make_unique<SearchIndexWriter>(false);
    return m_add->write(m_db, articleId, columnsOf(article));
}

Status SearchIndex::deleteArticle(qint64 articleId, const Columns &columns)
{
    if (!m_remove)
        m_remove = std::make_unique<SearchIndexWriter>(true);
    return m_remove->write(m_db, articleId, columns);
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

Status SearchIndex::applySchemaV4(Database &db)
{
    // Filled by the re-index that the tokenizer version of this step (rules 3) sets off on open.
    return db.exec(R"sql(
CREATE VIRTUAL TABLE article_chars USING fts5(
    text, content = '', detail = none, columnsize = 0, tokenize = 'broadsheet_chars'
);
CREATE VIRTUAL TABLE article_heads USING fts5(
    text, content = '', detail = none, columnsize = 0, tokenize = 'broadsheet_chars'
);
INSERT INTO article_chars (article_chars, rank) VALUES ('hashsize', 16777216);
INSERT INTO article_heads (article_heads, rank) VALUES ('hashsize', 4194304);
)sql");
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
    Result<bool> hasCharacterTables = tableExists(db, "article_chars");
    if (!hasCharacterTables)
        return Error {hasCharacterTables.error()};
    if (Status s = db.exec("INSERT INTO article_fts (article_fts) VALUES ('delete-all')"); !s)
        return s;
    if (hasCharacterTables.value()) {
        if (Status s = db.exec("INSERT INTO article_chars (article_chars) VALUES ('delete-all');"
                               "INSERT INTO article_heads (article_heads) VALUES ('delete-all')");
            !s)
            return s;
    }
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
    // Before schema step v4 (a library being upgraded runs step 2's rebuild first) there are no
    // character tables yet; step 4 leaves the index out of date, so it is rebuilt again whole.
    std::optional<SearchIndexWriter> writer;
    if (hasCharacterTables.value())
        writer.emplace(false);
    qint64 done = 0;
    Status failure = success();
    bool cancelled = false;
    Status read = forEachStoredArticle(db, std::nullopt, [&](qint64 id, const Article &article) {
        const Columns columns = columnsOf(article);
        Status s = success();
        if (writer) {
            s = writer->write(db, id, columns);
        } else {
            insert->bind(1, id).bind(2, columns.body).bind(3, columns.headline).bind(4, columns.deck);
            s = insert->bind(5, columns.captions).bind(6, columns.byline).exec();
        }
        if (!s) {
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
    if (!writer)
        return setStoredVersion(db, QStringLiteral("(before the character tables)"));
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
