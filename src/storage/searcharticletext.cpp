#include "storage/searcharticletext.h"

#include "storage/database.h"

namespace broadsheet {

namespace {

// The three cursors of one pass, each ordered by article id so they merge in step.
struct Cursors {
    const char *articles;
    const char *blocks;
    const char *captions;
};

constexpr Cursors kAll {
    "SELECT id, kicker, headline, subheadline, column_label, byline, dateline, continued_from, continues_to "
    "FROM articles ORDER BY id",
    "SELECT article_id, kind, text FROM blocks ORDER BY article_id, ordinal",
    "SELECT article_id, text, credit FROM captions ORDER BY article_id, ordinal",
};

constexpr Cursors kOfPage {
    "SELECT id, kicker, headline, subheadline, column_label, byline, dateline, continued_from, continues_to "
    "FROM articles WHERE page_id = ?1 ORDER BY id",
    "SELECT b.article_id, b.kind, b.text FROM blocks b JOIN articles a ON a.id = b.article_id "
    "WHERE a.page_id = ?1 ORDER BY b.article_id, b.ordinal",
    "SELECT c.article_id, c.text, c.credit FROM captions c JOIN articles a ON a.id = c.article_id "
    "WHERE a.page_id = ?1 ORDER BY c.article_id, c.ordinal",
};

constexpr Cursors kOne {
    "SELECT id, kicker, headline, subheadline, column_label, byline, dateline, continued_from, continues_to "
    "FROM articles WHERE id = ?1",
    "SELECT article_id, kind, text FROM blocks WHERE article_id = ?1 ORDER BY ordinal",
    "SELECT article_id, text, credit FROM captions WHERE article_id = ?1 ORDER BY ordinal",
};

// A cursor that knows whether it has a current row.
struct Cursor {
    Statement st;
    bool hasRow = false;

    Status advance()
    {
        Result<bool> row = st.step();
        if (!row)
            return Error {row.error()};
        hasRow = row.value();
        return success();
    }
};

Status run(Database &db, const Cursors &sql, std::optional<qint64> key,
           const std::function<bool(qint64, const Article &)> &visit)
{
    Cursor cursors[3];
    const char *texts[3] = {sql.articles, sql.blocks, sql.captions};
    for (int i = 0; i < 3; ++i) {
        Result<Statement> st = db.prepare(texts[i]);
        if (!st)
            return Error {st.error()};
        cursors[i].st = std::move(st.value());
        if (key)
            cursors[i].st.bind(1, *key);
        if (Status s = cursors[i].advance(); !s)
            return s;
    }
    Cursor &articles = cursors[0];
    Cursor &blocks = cursors[1];
    Cursor &captions = cursors[2];
    while (articles.hasRow) {
        const qint64 id = articles.st.int64(0);
        Article a;
        a.kicker = articles.st.text(1);
        a.headline = articles.st.text(2);
        a.subheadline = articles.st.text(3);
        a.column = articles.st.text(4);
        a.byline = articles.st.text(5);
        a.dateline = articles.st.text(6);
        a.continuedFrom = articles.st.optionalInt(7);
        a.continuesTo = articles.st.optionalInt(8);
        // Rows of articles that no longer exist cannot occur (foreign keys), but skip any below.
        while (blocks.hasRow && blocks.st.int64(0) <= id) {
            if (blocks.st.int64(0) == id)
                a.blocks.append({blocks.st.int32(1) == 1 ? Block::Kind::Subhead : Block::Kind::Paragraph,
                                 blocks.st.text(2)});
            if (Status s = blocks.advance(); !s)
                return s;
        }
        while (captions.hasRow && captions.st.int64(0) <= id) {
            if (captions.st.int64(0) == id)
                a.captions.append({captions.st.text(1), captions.st.text(2)});
            if (Status s = captions.advance(); !s)
                return s;
        }
        if (!visit(id, a))
            return success();
        if (Status s = articles.advance(); !s)
            return s;
    }
    return success();
}

} // namespace

Status forEachStoredArticle(Database &db, std::optional<qint64> pageId,
                            const std::function<bool(qint64, const Article &)> &visit)
{
    return pageId ? run(db, kOfPage, pageId, visit) : run(db, kAll, std::nullopt, visit);
}

Result<Article> storedArticleText(Database &db, qint64 articleId)
{
    std::optional<Article> found;
    Status s = run(db, kOne, articleId, [&found](qint64, const Article &a) {
        found = a;
        return false;
    });
    if (!s)
        return Error {s.error()};
    if (!found)
        return Error {QStringLiteral("There is no article %1 in the library %2.").arg(articleId).arg(db.path())};
    return *found;
}

} // namespace broadsheet
