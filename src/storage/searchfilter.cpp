#include "storage/searchfilter.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <limits>

namespace broadsheet {

namespace {

constexpr std::int32_t kNoPage = std::numeric_limits<std::int32_t>::min();

std::uint32_t dateKey(const QDate &date)
{
    return date.isValid() ? std::uint32_t(date.year() * 10000 + date.month() * 100 + date.day()) : 0;
}

} // namespace

SearchFilter::SearchFilter(Database &db) : m_db(db)
{
    m_registered = sqlite3_create_function_v2(db.handle(), kFunction, 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, this, call,
                                              nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

SearchFilter::~SearchFilter()
{
    if (m_registered)
        sqlite3_create_function_v2(m_db.handle(), kFunction, 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
}

void SearchFilter::call(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *self = static_cast<const SearchFilter *>(sqlite3_user_data(context));
    sqlite3_result_int(context, self->accepts(sqlite3_value_int64(argv[0])) ? 1 : 0);
}

bool SearchFilter::accepts(qint64 articleId) const
{
    if (articleId < 0 || articleId >= qint64(m_date.size()))
        return false;
    const auto i = size_t(articleId);
    const std::uint32_t date = m_date[i];
    if (m_from && date < m_from)
        return false;
    if (m_to && (date == 0 || date > m_to))
        return false;
    if (m_byPaper && (m_paper[i] >= m_papers.size() || !m_papers[m_paper[i]]))
        return false;
    const std::int32_t page = m_page[i];
    if (m_byPageFrom && (page == kNoPage || page < m_pageFrom))
        return false;
    if (m_byPageTo && (page == kNoPage || page > m_pageTo))
        return false;
    return true;
}

Status SearchFilter::reload()
{
    Result<qint64> maxId = m_db.queryInt64("SELECT coalesce(max(id), 0) FROM articles");
    if (!maxId)
        return Error {maxId.error()};
    const auto size = size_t(maxId.value()) + 1;
    m_date.assign(size, 0);
    m_paper.assign(size, std::numeric_limits<std::uint32_t>::max());
    m_page.assign(size, kNoPage);
    // The date as yyyymmdd ('' of the undated issue: 0).
    Result<Statement> st = m_db.prepare("SELECT a.id, CAST(replace(i.date, '-', '') AS INTEGER), i.paper_id, p.number "
                                        "FROM articles a JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id");
    if (!st)
        return Error {st.error()};
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return Error {row.error()};
        if (!row.value())
            break;
        const qint64 id = st->int64(0);
        if (id < 0 || size_t(id) >= size)
            continue;
        m_date[size_t(id)] = std::uint32_t(st->int64(1));
        m_paper[size_t(id)] = std::uint32_t(st->int64(2));
        if (!st->isNull(3))
            m_page[size_t(id)] = std::int32_t(st->int64(3));
    }
    return success();
}

Result<bool> SearchFilter::prepare(const SearchQuery &query)
{
    if (!m_registered)
        return false;
    // data_version moves when another connection commits; total_changes when this one writes.
    Result<qint64> version = m_db.queryInt64("PRAGMA data_version");
    if (!version)
        return Error {version.error()};
    const qint64 changes = sqlite3_total_changes64(m_db.handle());
    if (version.value() != m_dataVersion || changes != m_changes) {
        if (Status s = reload(); !s)
            return Error {s.error()};
        m_dataVersion = version.value();
        m_changes = changes;
    }
    m_from = dateKey(query.dateFrom());
    m_to = dateKey(query.dateTo());
    m_byPaper = !query.papers().isEmpty();
    m_papers.clear();
    if (m_byPaper) {
        Result<Statement> st = m_db.prepare("SELECT id FROM papers WHERE name IN (SELECT value FROM json_each(?1))");
        if (!st)
            return Error {st.error()};
        st->bind(1, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(query.papers())).toJson(QJsonDocument::Compact)));
        for (;;) {
            Result<bool> row = st->step();
            if (!row)
                return Error {row.error()};
            if (!row.value())
                break;
            const auto id = size_t(st->int64(0));
            if (id >= m_papers.size())
                m_papers.resize(id + 1, false);
            m_papers[id] = true;
        }
    }
    m_byPageFrom = query.pageFrom().has_value();
    m_byPageTo = query.pageTo().has_value();
    m_pageFrom = query.pageFrom().value_or(0);
    m_pageTo = query.pageTo().value_or(0);
    return true;
}

} // namespace broadsheet
