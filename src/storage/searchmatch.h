// SearchMatch: a parsed SearchQuery written as FTS5 MATCH expressions, the only way user text
// reaches MATCH.
#pragma once

#include "core/searchquery.h"
#include "storage/ftstokenizer.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace broadsheet {

// Every token is re-quoted by us (the tokenizer passes quoted query strings through as they are),
// so FTS5 syntax typed by a user (NEAR, ^, {col}:, AND/NOT, unbalanced quotes) is plain text here.
struct SearchMatch {
    // One term as the index sees it: the phrases any of which matches it.
    struct Term {
        QList<FtsTokenizer::Phrase> phrases;
        bool titleOnly = false;
        int clause = 0; // index into the positive (or excluded) clauses it belongs to
    };

    QByteArray positive;     // the non-excluded clauses ANDed; empty when there are none
    QByteArray excluded;     // the excluded clauses ORed; empty when there are none
    QList<Term> positiveTerms;
    int positiveClauses = 0; // how many positive clauses survived (for snippets' "all terms" score)
    QStringList notes;       // terms dropped because nothing in them can be searched

    static SearchMatch build(const SearchQuery &query);
    // True when the query had terms but none of them can be searched.
    bool nothingSearchable = false;
};

} // namespace broadsheet
