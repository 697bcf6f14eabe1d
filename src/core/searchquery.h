// SearchQuery: what a reader typed into the search field, parsed into terms and filters.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace broadsheet {

// One searchable unit: a bare word ("社会工作", "COVID-19", "abc*") or a "quoted phrase".
struct SearchTerm {
    QString text;           // as typed, without quotes, operators or the trailing *
    bool phrase = false;    // came in quotes: whitespace inside means "these words, in this order"
    bool prefix = false;    // ended in *: the last Latin/digit word may continue
    bool titleOnly = false; // title: searches the headline stack (kicker, headline, subheadline)

    bool operator==(const SearchTerm &) const = default;
};

// Terms joined by OR; a query matches when every non-excluded clause matches and no excluded one
// does.
struct SearchClause {
    QList<SearchTerm> alternatives;
    bool excluded = false; // -term

    bool operator==(const SearchClause &) const = default;
};

// The grammar (docs in parse()): terms separated by spaces are ANDed, OR between two terms, -term,
// "phrase", title:term, prefix*, and the filters paper:, date:, page:. Parsing never fails: what
// cannot be read is dropped and explained in notes(), so the caller can show why.
class SearchQuery {
public:
    static SearchQuery parse(QStringView input);

    const QList<SearchClause> &clauses() const { return m_clauses; }
    const QStringList &papers() const { return m_papers; } // any of these papers (exact names)
    QDate dateFrom() const { return m_dateFrom; }          // inclusive; invalid = unbounded
    QDate dateTo() const { return m_dateTo; }              // inclusive; invalid = unbounded
    std::optional<int> pageFrom() const { return m_pageFrom; }
    std::optional<int> pageTo() const { return m_pageTo; }
    // Sentences saying what was read leniently or ignored ("Ignored a lone OR.").
    const QStringList &notes() const { return m_notes; }

    bool hasFilters() const;
    bool hasPositiveTerms() const; // at least one clause that is not excluded
    // Nothing to search for and nothing to filter by: the caller shows no results.
    bool isEmpty() const { return m_clauses.isEmpty() && !hasFilters(); }

    // A canonical rendering of the parsed query, e.g. `a (b OR "c d") -e title:f paper:X`.
    QString toString() const;

    // Adds a filter programmatically (the GUI's filter widgets) on top of what was typed.
    void addPaper(const QString &paper) { m_papers.append(paper); }
    void setDateRange(QDate from, QDate to) { m_dateFrom = from; m_dateTo = to; }
    void setPageRange(std::optional<int> from, std::optional<int> to) { m_pageFrom = from; m_pageTo = to; }
    // Restricts every term to the headline stack, as title: would (the GUI's "headlines only").
    void restrictToTitles()
    {
        for (SearchClause &clause : m_clauses)
            for (SearchTerm &term : clause.alternatives)
                term.titleOnly = true;
    }

private:
    bool readFilter(const QString &field, const QString &value);
    bool readDate(const QString &value);
    bool readPage(const QString &value);

    QList<SearchClause> m_clauses;
    QStringList m_papers;
    QDate m_dateFrom;
    QDate m_dateTo;
    std::optional<int> m_pageFrom;
    std::optional<int> m_pageTo;
    QStringList m_notes;
};

} // namespace broadsheet
