#include "storage/searchengine.h"

#include "storage/database.h"
#include "storage/searcharticletext.h"
#include "storage/searchmatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace broadsheet {

namespace {

// Parameter numbers are fixed, whichever fragments a statement uses.
enum Param { pMatch = 1, pPapers, pFrom, pTo, pPageFrom, pPageTo, pExcluded, pLimit, pOffset };

// The SQL of one search statement, assembled from the literal fragments below (user text only
// ever goes into the bound parameters).
struct Sql {
    QByteArray text;
    QList<Param> params;
};

// bm25 with SearchEngine::kWeights for body, headline, deck, captions, byline.
constexpr const char *kBm25 = "bm25(article_fts, 1.0, 10.0, 4.0, 2.0, 1.0)";

struct Plan {
    QByteArray match;     // positive terms (with excluded ones as NOT); empty: no full-text part
    QByteArray excluded;  // only when there is no positive part: articles to leave out
    const SearchQuery *query = nullptr;

    bool filtersPaper() const { return !query->papers().isEmpty(); }
    bool filtersDate() const { return query->dateFrom().isValid() || query->dateTo().isValid(); }
    bool filtersPage() const { return query->pageFrom() || query->pageTo(); }

    // How a statement walks the tables. CROSS JOIN fixes the order, so SQLite never probes the
    // full-text index once per row of another table.
    enum class Driver {
        Index,  // the matching rowids first (relevance; date order of a few hits: sorted afterwards)
        Issues, // issues newest first, articles tested against the match set (date order of many hits:
                // stops after the first page of hits instead of sorting them all)
    };

    // FROM … WHERE …, joining only what the filters and the ordering need.
    Sql fromWhere(bool needIssueOrder, Driver driver = Driver::Index) const
    {
        Sql sql;
        const bool needIssue = needIssueOrder || filtersPaper() || filtersDate();
        const bool needPage = needIssue || filtersPage();
        const bool needArticle = needPage || (match.isEmpty());
        if (driver == Driver::Issues) {
            sql.text = " FROM issues i CROSS JOIN pages p ON p.issue_id = i.id CROSS JOIN articles a ON a.page_id = p.id";
        } else {
            if (!match.isEmpty()) {
                sql.text = " FROM article_fts";
                if (needArticle)
                    sql.text += " CROSS JOIN articles a ON a.id = article_fts.rowid";
            } else {
                sql.text = " FROM articles a";
            }
            if (needPage)
                sql.text += " CROSS JOIN pages p ON p.id = a.page_id";
            if (needIssue)
                sql.text += " CROSS JOIN issues i ON i.id = p.issue_id";
        }
        if (filtersPaper())
            sql.text += " CROSS JOIN papers pa ON pa.id = i.paper_id";
        QList<QByteArray> where;
        if (!match.isEmpty()) {
            where.append(driver == Driver::Issues ? "a.id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?1)"
                                                  : "article_fts MATCH ?1");
            sql.params.append(pMatch);
        }
        if (filtersPaper()) {
            where.append("pa.name IN (SELECT value FROM json_each(?2))");
            sql.params.append(pPapers);
        }
        if (query->dateFrom().isValid()) {
            where.append("i.date >= ?3");
            sql.params.append(pFrom);
        }
        if (query->dateTo().isValid()) {
            where.append("i.date <= ?4 AND i.date <> ''");
            sql.params.append(pTo);
        }
        if (query->pageFrom()) {
            where.append("p.number >= ?5");
            sql.params.append(pPageFrom);
        }
        if (query->pageTo()) {
            where.append("p.number <= ?6");
            sql.params.append(pPageTo);
        }
        if (!excluded.isEmpty()) {
            where.append("a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?7)");
            sql.params.append(pExcluded);
        }
        if (!where.isEmpty())
            sql.text += " WHERE " + where.join(" AND ");
        return sql;
    }

    void bind(Statement &st, const Sql &sql, const SearchOptions *options) const
    {
        for (Param p : sql.params) {
            switch (p) {
            case pMatch:
                st.bind(p, QString::fromUtf8(match));
                break;
            case pPapers:
                st.bind(p, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(query->papers()))
                                                 .toJson(QJsonDocument::Compact)));
                break;
            case pFrom:
                st.bind(p, query->dateFrom().toString(Qt::ISODate));
                break;
            case pTo:
                st.bind(p, query->dateTo().toString(Qt::ISODate));
                break;
            case pPageFrom:
                st.bind(p, *query->pageFrom());
                break;
            case pPageTo:
                st.bind(p, *query->pageTo());
                break;
            case pExcluded:
                st.bind(p, QString::fromUtf8(excluded));
                break;
            case pLimit:
                st.bind(p, options->limit);
                break;
            case pOffset:
                st.bind(p, options->offset);
                break;
            }
        }
    }
};

Plan makePlan(const SearchQuery &query, const SearchMatch &match)
{
    Plan plan;
    plan.query = &query;
    if (!match.positive.isEmpty()) {
        plan.match = match.excluded.isEmpty() ? match.positive
                                              : '(' + match.positive + ") NOT (" + match.excluded + ')';
    } else {
        plan.excluded = match.excluded;
    }
    return plan;
}

// Polls the cancel flag while SQLite works (SQLite calls it every kProgressSteps VM steps).
int pollCancel(void *flag)
{
    return static_cast<std::atomic<bool> *>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

constexpr int kProgressSteps = 2000;

class CancelGuard {
public:
    CancelGuard(Database &db, const SearchCancelFlag &flag) : m_db(db), m_flag(flag)
    {
        if (m_flag)
            sqlite3_progress_handler(m_db.handle(), kProgressSteps, pollCancel, m_flag.get());
    }
    ~CancelGuard()
    {
        if (m_flag)
            sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
    }
    CancelGuard(const CancelGuard &) = delete;
    CancelGuard &operator=(const CancelGuard &) = delete;

    bool cancelled() const { return m_flag && m_flag->load(); }
    // An error from a step: "cancelled" when that is why it stopped.
    Error failure(const QString &message) const
    {
        return Error {cancelled() ? SearchEngine::cancelledMessage() : message};
    }

private:
    Database &m_db;
    SearchCancelFlag m_flag;
};

bool nothingToSearch(const SearchQuery &query, const SearchMatch &match)
{
    return query.isEmpty() || (match.positive.isEmpty() && match.excluded.isEmpty() && !query.hasFilters())
        || (match.nothingSearchable && !query.hasFilters());
}

Result<qint64> runCount(Database &db, const Plan &plan, const CancelGuard &guard)
{
    const Sql where = plan.fromWhere(false);
    Result<Statement> st = db.prepare(QByteArray("SELECT count(*)" + where.text).constData());
    if (!st)
        return Error {st.error()};
    plan.bind(st.value(), where, nullptr);
    Result<bool> row = st->step();
    if (!row)
        return guard.failure(row.error());
    return st->int64(0);
}

// Above this many hits, date order walks the issues newest first instead of sorting every hit.
constexpr qint64 kSortLimit = 1000;

// The ids (and scores) of the requested page of hits. `total`: the number of hits when known.
Result<QList<std::pair<qint64, double>>> runPage(Database &db, const Plan &plan, const SearchOptions &options,
                                                 std::optional<qint64> total, const CancelGuard &guard)
{
    const bool byRelevance = options.sort == SearchOptions::Sort::Relevance && !plan.match.isEmpty();
    Plan::Driver driver = Plan::Driver::Index;
    if (!byRelevance) {
        if (plan.match.isEmpty()) {
            driver = Plan::Driver::Issues;
        } else {
            if (!total) {
                Result<qint64> n = runCount(db, plan, guard);
                if (!n)
                    return Error {n.error()};
                total = n.value();
            }
            if (*total > kSortLimit)
                driver = Plan::Driver::Issues;
        }
    }
    Sql sql = plan.fromWhere(!byRelevance, driver);
    QByteArray text;
    if (byRelevance) {
        text = QByteArray("SELECT article_fts.rowid, ") + kBm25 + " AS score" + sql.text + " ORDER BY score";
    } else {
        text = QByteArray("SELECT a.id, 0") + sql.text
            + " ORDER BY i.date DESC, p.number IS NULL, p.number, a.page_id, a.ordinal";
    }
    text += " LIMIT ?8 OFFSET ?9";
    sql.params << pLimit << pOffset;
    Result<Statement> st = db.prepare(text.constData());
    if (!st)
        return Error {st.error()};
    plan.bind(st.value(), sql, &options);
    QList<std::pair<qint64, double>> out;
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return guard.failure(row.error());
        if (!row.value())
            break;
        out.append({st->int64(0), -st->real(1)});
    }
    return out;
}

} // namespace

SearchEngine::SearchEngine(Database &db) : m_db(db) { }

QString SearchEngine::cancelledMessage()
{
    return QCoreApplication::translate("SearchEngine", "The search was cancelled.");
}

Result<qint64> SearchEngine::count(const SearchQuery &query, const SearchCancelFlag &cancel)
{
    const SearchMatch match = SearchMatch::build(query);
    if (nothingToSearch(query, match))
        return qint64(0);
    CancelGuard guard(m_db, cancel);
    return runCount(m_db, makePlan(query, match), guard);
}

Result<SearchResults> SearchEngine::search(const SearchQuery &query, const SearchOptions &options,
                                           const SearchCancelFlag &cancel)
{
    SearchResults results;
    const SearchMatch match = SearchMatch::build(query);
    results.notes = query.notes() + match.notes;
    if (nothingToSearch(query, match)) {
        results.total = 0;
        return results;
    }
    CancelGuard guard(m_db, cancel);
    if (guard.cancelled()) // stale before it started
        return Error {cancelledMessage()};
    const Plan plan = makePlan(query, match);
    if (options.countTotal) {
        Result<qint64> total = runCount(m_db, plan, guard);
        if (!total)
            return Error {total.error()};
        results.total = total.value();
    }
    if (options.limit <= 0)
        return results;
    Result<QList<std::pair<qint64, double>>> page = runPage(
        m_db, plan, options, results.total >= 0 ? std::optional<qint64>(results.total) : std::nullopt, guard);
    if (!page)
        return Error {page.error()};

    Result<Statement> details = m_db.prepare(
        "SELECT pa.name, i.date, p.number, coalesce(a.headline, (SELECT f.headline FROM continuations c "
        "JOIN articles f ON f.id = c.from_article WHERE c.to_article = a.id)) "
        "FROM articles a JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id "
        "JOIN papers pa ON pa.id = i.paper_id WHERE a.id = ?1");
    if (!details)
        return Error {details.error()};
    const SearchHighlighter highlighter(match);
    for (const auto &[id, bm25] : page.value()) {
        if (guard.cancelled())
            return Error {cancelledMessage()};
        SearchHit hit;
        hit.id = id;
        hit.score = bm25;
        details->bind(1, id);
        Result<bool> row = details->step();
        if (!row)
            return guard.failure(row.error());
        if (row.value()) {
            const QString paper = details->text(0);
            const QString date = details->text(1);
            hit.paper = paper.isEmpty() ? QString() : paper;
            hit.date = date.isEmpty() ? QDate() : QDate::fromString(date, Qt::ISODate);
            hit.page = details->optionalInt(2);
            hit.headline = details->text(3);
        }
        if (options.snippets) {
            Result<Article> text = storedArticleText(m_db, id);
            if (!text)
                return Error {text.error()};
            hit.snippet = highlighter.snippet(text.value(), options.snippetWidth);
        }
        results.hits.append(hit);
    }
    return results;
}

Result<ArticleHighlights> SearchEngine::highlightArticle(qint64 articleId, const SearchQuery &query)
{
    Result<Article> text = storedArticleText(m_db, articleId);
    if (!text)
        return Error {text.error()};
    return SearchHighlighter(query).highlight(text.value());
}

} // namespace broadsheet
