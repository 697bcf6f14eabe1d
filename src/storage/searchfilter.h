// SearchFilter: the paper, date and page filters of a search, tested in memory against a table of
// every article's issue date, paper and page kept for the connection.
#pragma once

#include "core/searchquery.h"
#include "text/result.h"

#include <QList>

#include <cstdint>
#include <vector>

struct sqlite3_context;
struct sqlite3_value;

namespace broadsheet {

class Database;

// Joining each full-text hit to articles, pages, issues and papers costs three B-tree lookups a
// hit; a search for a common term under date:2024-11 would spend most of its time there. Instead
// the engine loads, once per connection and again when the library changes, a small table (12
// bytes an article) and the SQL function kFunction(article_id) tests a hit against the current
// query's filters in memory.
class SearchFilter {
public:
    static constexpr const char *kFunction = "bs_search_filter";

    // Registers kFunction on `db` for the lifetime of this object.
    explicit SearchFilter(Database &db);
    ~SearchFilter();
    SearchFilter(const SearchFilter &) = delete;
    SearchFilter &operator=(const SearchFilter &) = delete;

    // Makes `query`'s filters the ones kFunction tests, reloading the table when the library
    // changed since it was loaded. False (and the SQL conditions are used instead) when the
    // function could not be registered.
    Result<bool> prepare(const SearchQuery &query);

    bool accepts(qint64 articleId) const;

private:
    static void call(sqlite3_context *context, int argc, sqlite3_value **argv);
    Status reload();

    Database &m_db;
    bool m_registered = false;
    // Indexed by article id; ids that are not articles hold kNoDate/kNoPaper/kNoPage.
    std::vector<std::uint32_t> m_date;  // yyyymmdd, 0 undated
    std::vector<std::uint32_t> m_paper; // papers.id
    std::vector<std::int32_t> m_page;   // page number, kNoPage when unknown
    qint64 m_dataVersion = -1;
    qint64 m_changes = -1;

    // The current query's filters.
    std::uint32_t m_from = 0;
    std::uint32_t m_to = 0;
    bool m_byPaper = false;
    std::vector<bool> m_papers; // by papers.id
    std::int32_t m_pageFrom = 0;
    std::int32_t m_pageTo = 0;
    bool m_byPageFrom = false;
    bool m_byPageTo = false;
};

} // namespace broadsheet
