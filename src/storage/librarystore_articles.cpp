// LibraryStore's page and article queries (the issue-level ones are in librarystore.cpp).
#include "storage/database.h"
#include "storage/librarystore.h"
#include "storage/querysupport.h"

#include <QSet>

namespace broadsheet {

using namespace query;

namespace {

constexpr const char *kPageSelect =
    "SELECT p.id, p.issue_id, pa.name, i.date, p.number, p.source, p.source_path, p.encoding, p.content_hash, "
    "p.bytes, p.characters, (SELECT count(*) FROM articles a WHERE a.page_id = p.id), p.imported_at, p.warnings "
    "FROM pages p JOIN issues i ON i.id = p.issue_id JOIN papers pa ON pa.id = i.paper_id ";

constexpr const char *kPageOrder = "ORDER BY pa.name = '', pa.name, i.date, p.number IS NULL, p.number, p.source ";

PageRecord pageRow(Statement &st)
{
    PageRecord r;
    r.id = st.int64(0);
    r.issueId = st.int64(1);
    r.paper = paperName(st.text(2));
    r.date = dateOf(st.text(3));
    r.number = st.optionalInt(4);
    r.source = st.text(5);
    r.sourcePath = st.text(6);
    r.encoding = st.text(7);
    r.contentHash = st.blob(8);
    r.bytes = st.int64(9);
    r.characters = st.int64(10);
    r.articleCount = st.int32(11);
    r.importedAt = QDateTime::fromString(st.text(12), Qt::ISODate);
    if (!st.isNull(13))
        r.warnings = st.text(13).split(QLatin1Char('\n'));
    return r;
}

constexpr const char *kArticleSummarySelect =
    "SELECT a.id, a.page_id, p.issue_id, pa.name, i.date, p.number, a.ordinal, a.kicker, a.headline, "
    "a.subheadline, a.column_label, a.byline, "
    "(SELECT substr(b.text, 1, 120) FROM blocks b WHERE b.article_id = a.id ORDER BY b.ordinal LIMIT 1), "
    "a.characters, a.continued_from, a.continues_to "
    "FROM articles a JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id "
    "JOIN papers pa ON pa.id = i.paper_id ";

ArticleSummary summaryRow(Statement &st)
{
    ArticleSummary r;
    r.id = st.int64(0);
    r.pageId = st.int64(1);
    r.issueId = st.int64(2);
    r.paper = paperName(st.text(3));
    r.date = dateOf(st.text(4));
    r.page = st.optionalInt(5);
    r.ordinal = st.int32(6);
    r.kicker = st.text(7);
    r.headline = st.text(8);
    r.subheadline = st.text(9);
    r.column = st.text(10);
    r.byline = st.text(11);
    r.lead = st.text(12);
    r.characters = st.int64(13);
    r.continuedFrom = st.optionalInt(14);
    r.continuesTo = st.optionalInt(15);
    return r;
}

// The WHERE clause for a filter over pages p / issues i / papers pa, with parameters ?11..?17.
QByteArray filterClause(const LibraryFilter &filter)
{
    QByteArray sql = "WHERE 1 ";
    if (filter.pageId)
        sql += "AND p.id = ?11 ";
    if (filter.issueId)
        sql += "AND p.issue_id = ?12 ";
    if (filter.paperId)
        sql += "AND i.paper_id = ?13 ";
    else if (!filter.paperName.isNull())
        sql += "AND pa.name = ?14 ";
    if (filter.unknownPaperOnly)
        sql += "AND pa.name = '' ";
    if (filter.from.isValid())
        sql += "AND i.date >= ?15 ";
    if (filter.to.isValid())
        sql += "AND i.date <> '' AND i.date <= ?16 ";
    return sql;
}

void bindFilter(Statement &st, const LibraryFilter &filter)
{
    if (filter.pageId)
        st.bind(11, *filter.pageId);
    if (filter.issueId)
        st.bind(12, *filter.issueId);
    if (filter.paperId)
        st.bind(13, *filter.paperId);
    else if (!filter.paperName.isNull())
        st.bind(14, filter.paperName);
    if (filter.from.isValid())
        st.bind(15, storedDate(filter.from));
    if (filter.to.isValid())
        st.bind(16, storedDate(filter.to));
    st.bind(17, filter.limit).bind(18, filter.offset);
}

} // namespace

Result<QList<PageRecord>> LibraryStore::pages(const LibraryFilter &filter) const
{
    const QByteArray sql = QByteArray(kPageSelect) + filterClause(filter) + kPageOrder + "LIMIT ?17 OFFSET ?18";
    Result<Statement> st = m_db->prepare(sql.constData());
    if (!st)
        return Error {st.error()};
    bindFilter(st.value(), filter);
    return collect<PageRecord>(st.value(), pageRow);
}

Result<std::optional<PageRecord>> LibraryStore::page(qint64 pageId) const
{
    LibraryFilter f;
    f.pageId = pageId;
    Result<QList<PageRecord>> list = pages(f);
    if (!list)
        return Error {list.error()};
    return list->isEmpty() ? std::optional<PageRecord>() : std::optional<PageRecord>(list->first());
}

Result<std::optional<PageRecord>> LibraryStore::adjacentPage(qint64 pageId, int direction) const
{
    Result<Statement> st = m_db->prepare("SELECT issue_id FROM pages WHERE id = ?1");
    if (!st)
        return Error {st.error()};
    st->bind(1, pageId);
    Result<std::optional<qint64>> issue = first<qint64>(st.value(), [](Statement &s) { return s.int64(0); });
    if (!issue)
        return Error {issue.error()};
    if (!issue.value())
        return std::optional<PageRecord>();
    // An issue has a few dozen pages at most: read them in order and step.
    LibraryFilter f;
    f.issueId = *issue.value();
    Result<QList<PageRecord>> list = pages(f);
    if (!list)
        return Error {list.error()};
    for (qsizetype i = 0; i < list->size(); ++i) {
        if (list->at(i).id != pageId)
            continue;
        const qsizetype j = i + (direction < 0 ? -1 : 1);
        if (j < 0 || j >= list->size())
            return std::optional<PageRecord>();
        return std::optional<PageRecord>(list->at(j));
    }
    return std::optional<PageRecord>();
}

Result<QList<ArticleSummary>> LibraryStore::articles(const LibraryFilter &filter) const
{
    QByteArray sql = QByteArray(kArticleSummarySelect) + filterClause(filter);
    // One page's articles come straight off the (page_id, ordinal) key.
    sql += filter.pageId ? QByteArray("ORDER BY a.ordinal ")
                         : QByteArray(kPageOrder) + ", a.ordinal ";
    sql += "LIMIT ?17 OFFSET ?18";
    Result<Statement> st = m_db->prepare(sql.constData());
    if (!st)
        return Error {st.error()};
    bindFilter(st.value(), filter);
    return collect<ArticleSummary>(st.value(), summaryRow);
}

Result<std::optional<ArticleRecord>> LibraryStore::article(qint64 articleId) const
{
    Result<Statement> st = m_db->prepare(
        "SELECT a.id, a.page_id, p.issue_id, pa.name, i.date, p.number, a.ordinal, a.kicker, a.headline, "
        "a.subheadline, a.column_label, a.byline, a.dateline, a.continued_from, a.continues_to, "
        "(SELECT from_article FROM continuations WHERE to_article = a.id), "
        "(SELECT to_article FROM continuations WHERE from_article = a.id) "
        "FROM articles a JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id "
        "JOIN papers pa ON pa.id = i.paper_id WHERE a.id = ?1");
    if (!st)
        return Error {st.error()};
    st->bind(1, articleId);
    Result<std::optional<ArticleRecord>> found = first<ArticleRecord>(st.value(), [](Statement &s) {
        ArticleRecord r;
        r.id = s.int64(0);
        r.pageId = s.int64(1);
        r.issueId = s.int64(2);
        r.paper = paperName(s.text(3));
        r.date = dateOf(s.text(4));
        r.page = s.optionalInt(5);
        r.ordinal = s.int32(6);
        r.article.kicker = s.text(7);
        r.article.headline = s.text(8);
        r.article.subheadline = s.text(9);
        r.article.column = s.text(10);
        r.article.byline = s.text(11);
        r.article.dateline = s.text(12);
        r.article.continuedFrom = s.optionalInt(13);
        r.article.continuesTo = s.optionalInt(14);
        r.previousPartId = s.optionalInt64(15);
        r.nextPartId = s.optionalInt64(16);
        return r;
    });
    if (!found || !found.value())
        return found;
    ArticleRecord &record = *found.value();

    Result<Statement> blocks = m_db->prepare("SELECT kind, text FROM blocks WHERE article_id = ?1 ORDER BY ordinal");
    if (!blocks)
        return Error {blocks.error()};
    blocks->bind(1, articleId);
    Result<QList<Block>> body = collect<Block>(blocks.value(), [](Statement &s) {
        return Block {s.int32(0) == 1 ? Block::Kind::Subhead : Block::Kind::Paragraph, s.text(1)};
    });
    if (!body)
        return Error {body.error()};
    record.article.blocks = body.value();

    Result<Statement> captions = m_db->prepare("SELECT text, credit FROM captions WHERE article_id = ?1 ORDER BY ordinal");
    if (!captions)
        return Error {captions.error()};
    captions->bind(1, articleId);
    Result<QList<Caption>> list = collect<Caption>(captions.value(), [](Statement &s) { return Caption {s.text(0), s.text(1)}; });
    if (!list)
        return Error {list.error()};
    record.article.captions = list.value();
    return found;
}

Result<WholeArticle> LibraryStore::wholeArticle(qint64 articleId) const
{
    Result<std::optional<ArticleRecord>> start = article(articleId);
    if (!start)
        return Error {start.error()};
    if (!start.value())
        return Error {QStringLiteral("There is no article %1 in the library %2.").arg(articleId).arg(m_path)};
    WholeArticle whole;
    whole.parts.append(*start.value());
    // Links are one-to-one, but guard against a loop all the same (a damaged library).
    QSet<qint64> seen {articleId};
    enum class Direction { Back, On };
    auto walk = [&](Direction direction) -> Status {
        for (;;) {
            const ArticleRecord &end = direction == Direction::Back ? whole.parts.first() : whole.parts.last();
            const std::optional<qint64> linked = direction == Direction::Back ? end.previousPartId : end.nextPartId;
            if (!linked || seen.contains(*linked))
                return success();
            seen.insert(*linked);
            Result<std::optional<ArticleRecord>> part = article(*linked);
            if (!part)
                return Error {part.error()};
            if (!part.value())
                return success();
            if (direction == Direction::Back)
                whole.parts.prepend(*part.value());
            else
                whole.parts.append(*part.value());
        }
    };
    for (const Direction direction : { Direction::Back, Direction::On }) {
        if (const Status walked = walk(direction); !walked)
            return Error {walked.error()};
    }
    return whole;
}

Result<std::optional<qint64>> LibraryStore::adjacentArticle(qint64 articleId, int direction) const
{
    Result<Statement> here = m_db->prepare("SELECT page_id, ordinal FROM articles WHERE id = ?1");
    if (!here)
        return Error {here.error()};
    here->bind(1, articleId);
    Result<bool> row = here->step();
    if (!row)
        return Error {row.error()};
    if (!row.value())
        return std::optional<qint64>();
    qint64 pageId = here->int64(0);
    const int ordinal = here->int32(1);

    Result<Statement> sibling = m_db->prepare(direction < 0
        ? "SELECT id FROM articles WHERE page_id = ?1 AND ordinal < ?2 ORDER BY ordinal DESC LIMIT 1"
        : "SELECT id FROM articles WHERE page_id = ?1 AND ordinal > ?2 ORDER BY ordinal ASC LIMIT 1");
    if (!sibling)
        return Error {sibling.error()};
    sibling->bind(1, pageId).bind(2, ordinal);
    Result<std::optional<qint64>> id = first<qint64>(sibling.value(), [](Statement &s) { return s.int64(0); });
    if (!id || id.value())
        return id;
    // Off the end of the page: the nearest article on the following (or preceding) pages.
    for (;;) {
        Result<std::optional<PageRecord>> next = adjacentPage(pageId, direction);
        if (!next)
            return Error {next.error()};
        if (!next.value())
            return std::optional<qint64>();
        pageId = next.value()->id;
        sibling->bind(1, pageId).bind(2, direction < 0 ? std::numeric_limits<int>::max() : -1);
        id = first<qint64>(sibling.value(), [](Statement &s) { return s.int64(0); });
        if (!id || id.value())
            return id;
    }
}

} // namespace broadsheet
