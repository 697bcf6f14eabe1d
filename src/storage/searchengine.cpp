#include "storage/searchengine.h"

#include "storage/database.h"
#include "storage/searcharticletext.h"
#include "storage/searchfilter.h"
#include "storage/searchmatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <map>
#include <variant>

#include <sqlite3.h>

namespace broadsheet {

namespace {

// A value bound to the next `?` of a statement (user text only ever goes into these).
using Binding = std::variant<QString, qint64>;

// The SQL of one search statement, assembled from the literal fragments below.
struct Sql {
    QByteArray text;
    QList<Binding> values;

    void bindTo(Statement &st) const
    {
        int index = 1;
        for (const Binding &value : values) {
            if (const QString *text = std::get_if<QString>(&value))
                st.bind(index++, *text);
            else
                st.bind(index++, std::get<qint64>(value));
        }
    }
};

// bm25 with SearchEngine::kWeights for body, headline, deck, captions, byline.
constexpr const char *kBm25 = "bm25(article_fts, 1.0, 10.0, 4.0, 2.0, 1.0)";

// An id constraint: the article is (or is not) among a table's matches.
struct Membership {
    SearchTable table;
    QByteArray expression;
    bool inside = true;
};

struct Plan {
    const SearchQuery *query = nullptr;
    // The table whose MATCH drives the statement (the first positive one of Words, Heads,
    // Characters), and its expression: its clauses ANDed, its exclusions as NOT.
    std::optional<SearchTable> driver;
    // The paper/date/page filters are tested by SearchFilter::kFunction (prepared for this query).
    bool filterInMemory = false;
    QByteArray driverMatch;
    // Every other constraint on the article id: the other tables' clauses, clauses that span
    // tables (any of whose memberships will do) and the exclusions the driver could not take.
    QList<QList<Membership>> constraints;

    bool filtersPaper() const { return !query->papers().isEmpty(); }
    bool filtersDate() const { return query->dateFrom().isValid() || query->dateTo().isValid(); }
    bool filtersPage() const { return query->pageFrom() || query->pageTo(); }
    const char *driverName() const { return searchTableName(*driver); }

    // How a statement walks the tables. CROSS JOIN fixes the order, so SQLite never probes a
    // full-text table once per row of another table.
    enum class Walk {
        Index,  // the driver's matching rowids first (relevance; date order of a few hits: sorted afterwards)
        Issues, // issues newest first, articles tested against the match set (date order of many hits:
                // stops after the first page of hits instead of sorting them all)
    };

    // FROM … WHERE …, joining only what the filters and the ordering need; `extra`: a tier.
    Sql fromWhere(bool needIssueOrder, Walk walk = Walk::Index, const QList<Membership> &extra = {}) const
    {
        Sql sql;
        // Walking the issues, the SQL conditions on them prune the walk; walking hits, a filter
        // in memory saves joining every hit to three tables.
        const bool inMemory = filterInMemory && walk == Walk::Index && (filtersPaper() || filtersDate() || filtersPage());
        const bool needIssue = needIssueOrder || (!inMemory && (filtersPaper() || filtersDate()));
        const bool needPage = needIssue || (!inMemory && filtersPage());
        const bool indexWalk = walk == Walk::Index && driver;
        // Without a driving table, a clause spanning tables drives as the union of its parts
        // (reading every article to test it would read the whole articles table).
        const bool unionWalk = walk == Walk::Index && !driver && !constraints.isEmpty() && constraints.first().size() > 1;
        const bool needArticle = needPage || (!indexWalk && !unionWalk);
        if (!indexWalk && walk == Walk::Issues) {
            sql.text = " FROM issues i CROSS JOIN pages p ON p.issue_id = i.id CROSS JOIN articles a ON a.page_id = p.id";
        } else {
            if (indexWalk) {
                sql.text = QByteArray(" FROM ") + driverName();
                if (needArticle)
                    sql.text += QByteArray(" CROSS JOIN articles a ON a.id = ") + driverName() + ".rowid";
            } else if (unionWalk) {
                QList<QByteArray> parts;
                for (const Membership &m : constraints.first()) {
                    const QByteArray table = searchTableName(m.table);
                    parts.append("SELECT rowid AS id FROM " + table + " WHERE " + table + " MATCH ?");
                    sql.values.append(QString::fromUtf8(m.expression));
                }
                // Ordered by rowid, which each full-text table delivers as it is, the union is a
                // merge of sorted lists: no temporary table of every id (65 ms for 以前 OR 中,
                // 217 000 ids; 21 ms merged).
                sql.text = " FROM (" + parts.join(" UNION ") + " ORDER BY 1 DESC LIMIT -1) u";
                if (needArticle)
                    sql.text += " CROSS JOIN articles a ON a.id = u.id";
            } else {
                sql.text = " FROM articles a";
            }
            if (needPage)
                sql.text += " CROSS JOIN pages p ON p.id = a.page_id";
            if (needIssue)
                sql.text += " CROSS JOIN issues i ON i.id = p.issue_id";
        }
        if (filtersPaper() && !inMemory)
            sql.text += " CROSS JOIN papers pa ON pa.id = i.paper_id";
        const QByteArray id = needArticle ? QByteArray("a.id")
                                          : unionWalk ? QByteArray("u.id") : QByteArray(driverName()) + ".rowid";
        QList<QByteArray> where;
        auto membership = [&](const Membership &m) {
            sql.values.append(QString::fromUtf8(m.expression));
            const QByteArray table = searchTableName(m.table);
            // The unary + keeps the membership a filter: as a constraint on a full-text table's
            // rowid, SQLite would hand FTS5 every id of the set to look up one by one.
            return "+" + id + (m.inside ? " IN" : " NOT IN") + " (SELECT rowid FROM " + table + " WHERE " + table
                + " MATCH ?)";
        };
        if (driver) {
            if (indexWalk) {
                where.append(QByteArray(driverName()) + " MATCH ?");
                sql.values.append(QString::fromUtf8(driverMatch));
            } else {
                where.append(membership({*driver, driverMatch, true}));
            }
        }
        QList<QList<Membership>> all = unionWalk ? constraints.mid(1) : constraints;
        for (const Membership &m : extra)
            all.append({m});
        for (const QList<Membership> &anyOf : all) {
            QList<QByteArray> alternatives;
            for (const Membership &m : anyOf)
                alternatives.append(membership(m));
            where.append(alternatives.size() == 1 ? alternatives.first() : '(' + alternatives.join(" OR ") + ')');
        }
        if (inMemory) {
            where.append(SearchFilter::kFunction + ('(' + id + ')'));
        } else {
            appendFilterConditions(sql, where);
        }
        if (!where.isEmpty())
            sql.text += " WHERE " + where.join(" AND ");
        return sql;
    }

    void appendFilterConditions(Sql &sql, QList<QByteArray> &where) const
    {
        if (filtersPaper()) {
            where.append("pa.name IN (SELECT value FROM json_each(?))");
            sql.values.append(QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(query->papers())).toJson(QJsonDocument::Compact)));
        }
        if (query->dateFrom().isValid()) {
            where.append("i.date >= ?");
            sql.values.append(query->dateFrom().toString(Qt::ISODate));
        }
        if (query->dateTo().isValid()) {
            where.append("i.date <= ? AND i.date <> ''");
            sql.values.append(query->dateTo().toString(Qt::ISODate));
        }
        if (query->pageFrom()) {
            where.append("p.number >= ?");
            sql.values.append(qint64(*query->pageFrom()));
        }
        if (query->pageTo()) {
            where.append("p.number <= ?");
            sql.values.append(qint64(*query->pageTo()));
        }
    }
};

QByteArray joined(const QList<QByteArray> &expressions, const char *op)
{
    if (expressions.size() == 1)
        return expressions.first();
    QList<QByteArray> wrapped;
    for (const QByteArray &e : expressions)
        wrapped.append('(' + e + ')');
    return wrapped.join(op);
}

Plan makePlan(const SearchQuery &query, const SearchMatch &match)
{
    Plan plan;
    plan.query = &query;
    std::map<SearchTable, QList<QByteArray>> anded;
    QList<QList<SearchPart>> spanning;
    for (const QList<SearchPart> &clause : match.clauses) {
        if (clause.size() == 1)
            anded[clause.first().table].append(clause.first().expression);
        else
            spanning.append(clause);
    }
    for (SearchTable t : {SearchTable::Words, SearchTable::Heads, SearchTable::Characters}) {
        if (anded.count(t)) {
            plan.driver = t;
            break;
        }
    }
    for (const auto &[table, expressions] : anded) {
        const QByteArray expression = joined(expressions, " AND ");
        if (table == plan.driver)
            plan.driverMatch = expression;
        else
            plan.constraints.append({Membership {table, expression, true}});
    }
    for (const QList<SearchPart> &clause : spanning) {
        QList<Membership> anyOf;
        for (const SearchPart &part : clause)
            anyOf.append({part.table, part.expression, true});
        plan.constraints.append(anyOf);
    }
    for (const SearchPart &part : match.excluded) {
        if (plan.driver && part.table == *plan.driver)
            plan.driverMatch = '(' + plan.driverMatch + ") NOT (" + part.expression + ')';
        else
            plan.constraints.append({Membership {part.table, part.expression, false}});
    }
    return plan;
}

// The headline-stack tier of a query without a words-table clause: articles whose headline stack
// holds one of its characters.
std::optional<Membership> headsTier(const SearchMatch &match)
{
    QList<QByteArray> characters;
    for (const SearchMatch::Term &term : match.positiveTerms) {
        if (term.table() == SearchTable::Characters)
            characters.append(term.characterExpression());
        else if (term.table() != SearchTable::Heads)
            return std::nullopt;
    }
    if (characters.isEmpty())
        return std::nullopt; // all title-only: every hit is in the headline stack already
    return Membership {SearchTable::Heads, characters.join(" OR "), true};
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
    return query.isEmpty() || (!match.hasPositive() && match.excluded.isEmpty() && !query.hasFilters())
        || (match.nothingSearchable && !query.hasFilters());
}

Result<qint64> runCount(Database &db, const Plan &plan, const CancelGuard &guard, const QList<Membership> &tier = {})
{
    const Sql where = plan.fromWhere(false, Plan::Walk::Index, tier);
    Result<Statement> st = db.prepare(QByteArray("SELECT count(*)" + where.text).constData());
    if (!st)
        return Error {st.error()};
    where.bindTo(st.value());
    Result<bool> row = st->step();
    if (!row)
        return guard.failure(row.error());
    return st->int64(0);
}

using HitPage = QList<std::pair<qint64, double>>;

// Runs `sql` (id, score) with LIMIT and OFFSET appended and collects the rows.
Status collect(Database &db, Sql sql, qint64 limit, qint64 offset, const CancelGuard &guard, HitPage &out)
{
    sql.text += " LIMIT ? OFFSET ?";
    sql.values << limit << offset;
    Result<Statement> st = db.prepare(sql.text.constData());
    if (!st)
        return Error {st.error()};
    sql.bindTo(st.value());
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return guard.failure(row.error());
        if (!row.value())
            return success();
        out.append({st->int64(0), st->real(1)});
    }
}

// Above this many hits, date order walks the issues newest first instead of sorting every hit.
constexpr qint64 kSortLimit = 1000;

// Relevance. bm25 in FTS5 reads each hit's column sizes, about 2 µs a hit, so ranking every one
// of 100,000 hits would take a fifth of a second. Hits are ranked in tiers: first those whose
// headline stack holds a term (a headline match outweighs body matches in bm25 with these
// weights, so this is mostly the order bm25 itself gives), then the rest. Within a tier the
// kRankPool most recently added hits are ranked by bm25 (all of them, in a tier that small) and
// any others follow newest-added first; every statement reads rowids in descending order and stops
// early, so a term in most articles costs no more than a rare one.
constexpr qint64 kRankPool = 4000;

// The fixed scores of the tiers of a query of single characters, which have no bm25: the character
// tables know which articles hold a character, not how often or in which field.
constexpr double kHeadlineTierScore = 2.0;
constexpr double kBodyTierScore = 1.0;

struct Tier {
    Plan plan;                 // the query narrowed to the tier
    QList<Membership> extra;   // its extra id constraint, if any
    bool scored = false;       // bm25 (words-table driver) or a fixed score
    double fixedScore = 0;
};

// Rows [skip, skip + take) of one tier in its order; `size` gets the tier's size when the rows
// end before the window does (0 rows: it is counted).
Result<HitPage> tierRows(Database &db, const Tier &tier, qint64 skip, qint64 take, const CancelGuard &guard,
                         qint64 &size)
{
    const Sql base = tier.plan.fromWhere(false, Plan::Walk::Index, tier.extra);
    const QByteArray rowid = QByteArray(tier.plan.driverName()) + ".rowid";
    const QByteArray score = tier.scored ? QByteArray("-") + kBm25 : QByteArray::number(tier.fixedScore);
    Sql newest = base;
    newest.text = "SELECT " + rowid + ", " + score + base.text + " ORDER BY " + rowid + " DESC";
    HitPage out;
    qint64 ranked = 0;     // rows of the tier that come from the bm25-sorted pool
    bool poolRead = false; // the pool was read (so the tier has at least `ranked` rows)
    if (tier.scored && skip < kRankPool) {
        poolRead = true;
        HitPage pool;
        if (Status s = collect(db, newest, kRankPool, 0, guard, pool); !s)
            return Error {s.error()};
        std::stable_sort(pool.begin(), pool.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        ranked = pool.size();
        out = pool.mid(skip, take);
        if (ranked < kRankPool) {
            size = ranked;
            return out;
        }
    } else if (tier.scored) {
        ranked = kRankPool;
    }
    const qint64 from = std::max(skip, ranked);
    const qint64 want = take - out.size();
    if (want > 0) {
        const qsizetype before = out.size();
        if (Status s = collect(db, newest, want, from, guard, out); !s)
            return Error {s.error()};
        const qint64 got = out.size() - before;
        if (got < want) {
            if (got > 0 || (poolRead && from == ranked)) {
                size = from + got;
            } else {
                Result<qint64> n = runCount(db, tier.plan, guard, tier.extra);
                if (!n)
                    return Error {n.error()};
                size = n.value();
            }
        }
    }
    return out;
}

// The tiers of a relevance ranking (see kRankPool).
QList<Tier> rankingTiers(const Plan &plan, const SearchMatch &match)
{
    QList<Tier> tiers;
    if (plan.driver == SearchTable::Words) {
        QList<QByteArray> terms;
        for (const SearchMatch::Term &term : match.positiveTerms) {
            if (term.table() == SearchTable::Words && !term.titleOnly)
                terms.append(SearchMatch::expressionOf(term));
        }
        if (terms.isEmpty()) // every words term is title-only: one tier
            return {Tier {plan, {}, true, 0}};
        const QByteArray headline = QByteArray(kTitleColumns) + "(" + terms.join(" OR ") + ")";
        Tier first {plan, {}, true, 0};
        // One term alone: its headline-stack form is the whole tier (FTS5 would otherwise match
        // the phrase twice over for every hit).
        const bool single = terms.size() == 1 && plan.driverMatch == terms.first();
        first.plan.driverMatch = single ? headline : '(' + plan.driverMatch + ") AND (" + headline + ')';
        Tier second {plan, {}, true, 0};
        second.plan.driverMatch = '(' + plan.driverMatch + ") NOT (" + headline + ')';
        return {first, second};
    }
    std::optional<Membership> heads = headsTier(match);
    if (!heads)
        return {Tier {plan, {}, false, kHeadlineTierScore}};
    Membership rest = *heads;
    rest.inside = false;
    return {Tier {plan, {*heads}, false, kHeadlineTierScore}, Tier {plan, {rest}, false, kBodyTierScore}};
}

Result<HitPage> rankInTiers(Database &db, const Plan &plan, const SearchMatch &match, const SearchOptions &options,
                            const CancelGuard &guard)
{
    HitPage out;
    qint64 skip = options.offset;
    for (const Tier &tier : rankingTiers(plan, match)) {
        qint64 size = -1;
        Result<HitPage> rows = tierRows(db, tier, skip, options.limit - out.size(), guard, size);
        if (!rows)
            return Error {rows.error()};
        out += rows.value();
        if (out.size() >= options.limit || size < 0)
            break;
        skip = rows->isEmpty() ? std::max<qint64>(0, skip - size) : 0;
    }
    return out;
}

// The ids (and scores) of the requested page of hits. `total`: the number of hits when known.
Result<HitPage> runPage(Database &db, const Plan &plan, const SearchMatch &match, const SearchOptions &options,
                     std::optional<qint64> total, const CancelGuard &guard)
{
    const bool byRelevance = options.sort == SearchOptions::Sort::Relevance && plan.driver;
    if (byRelevance)
        return rankInTiers(db, plan, match, options, guard);
    // Date order: sort a few hits; walk the issues newest first past many.
    Plan::Walk walk = Plan::Walk::Issues;
    if (plan.driver) {
        if (!total) {
            Result<qint64> n = runCount(db, plan, guard);
            if (!n)
                return Error {n.error()};
            total = n.value();
        }
        if (*total <= kSortLimit)
            walk = Plan::Walk::Index;
    }
    Sql sql = plan.fromWhere(true, walk);
    sql.text = QByteArray("SELECT a.id, 0") + sql.text
        + " ORDER BY i.date DESC, p.number IS NULL, p.number, a.page_id, a.ordinal";
    HitPage out;
    if (Status s = collect(db, sql, options.limit, options.offset, guard, out); !s)
        return Error {s.error()};
    return out;
}

} // namespace

SearchEngine::SearchEngine(Database &db) : m_db(db), m_filter(std::make_unique<SearchFilter>(db)) { }

SearchEngine::~SearchEngine() = default;

Result<bool> SearchEngine::filterInMemory(const SearchQuery &query)
{
    if (query.papers().isEmpty() && !query.dateFrom().isValid() && !query.dateTo().isValid() && !query.pageFrom()
        && !query.pageTo())
        return false;
    return m_filter->prepare(query);
}

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
    Plan plan = makePlan(query, match);
    Result<bool> inMemory = filterInMemory(query);
    if (!inMemory)
        return Error {inMemory.error()};
    plan.filterInMemory = inMemory.value();
    return runCount(m_db, plan, guard);
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
    Plan plan = makePlan(query, match);
    Result<bool> inMemory = filterInMemory(query);
    if (!inMemory)
        return Error {inMemory.error()};
    plan.filterInMemory = inMemory.value();
    if (options.countTotal) {
        Result<qint64> total = runCount(m_db, plan, guard);
        if (!total)
            return Error {total.error()};
        results.total = total.value();
    }
    if (options.limit <= 0)
        return results;
    Result<HitPage> page = runPage(m_db, plan, match, options,
                                results.total >= 0 ? std::optional<qint64>(results.total) : std::nullopt, guard);
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
