// SearchMatch: a parsed SearchQuery written as FTS5 MATCH expressions over the search tables, the
// only way user text reaches MATCH.
#pragma once

#include "core/searchquery.h"
#include "storage/ftstokenizer.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace broadsheet {

// The full-text tables (see SearchIndex).
enum class SearchTable {
    Words,      // article_fts: bigrams and words with positions, bm25 over weighted columns
    Characters, // article_chars: which articles hold each CJK character (no positions)
    Heads,      // article_heads: the same for the headline stack alone
};

const char *searchTableName(SearchTable table);

// The FTS5 column filter of the headline stack in the words table (see SearchIndex).
inline constexpr const char *kTitleColumns = "{headline deck} : ";

// One table's share of a clause: the OR of the clause's terms that table answers.
struct SearchPart {
    SearchTable table = SearchTable::Words;
    QByteArray expression;
};

// Every token is re-quoted by us (the tokenizer passes quoted query strings through as they are),
// so FTS5 syntax typed by a user (NEAR, ^, {col}:, AND/NOT, unbalanced quotes) is plain text here.
// A term of one CJK character goes to the character tables: in the words table it would be the
// prefix query c*, which merges the position lists of every bigram starting with c.
struct SearchMatch {
    // One term as the index sees it: the phrases any of which matches it.
    struct Term {
        QList<FtsTokenizer::Phrase> phrases;
        bool titleOnly = false;
        int clause = 0; // index into the positive (or excluded) clauses it belongs to
        // Set for a term the character tables answer: one CJK character, or one word (its token,
        // folded, in UTF-8; `characterPrefix`: a prefix query there).
        QByteArray character;
        bool characterPrefix = false;
        SearchTable table() const;
        // The term's expression in a character table.
        QByteArray characterExpression() const;
    };

    // The positive clauses (ANDed), each the OR of its parts; a clause has one part per table.
    QList<QList<SearchPart>> clauses;
    // The excluded terms (ORed), one part per table.
    QList<SearchPart> excluded;
    QList<Term> positiveTerms;
    int positiveClauses = 0; // how many positive clauses survived (for snippets' "all terms" score)
    QStringList notes;       // terms dropped because nothing in them can be searched

    static SearchMatch build(const SearchQuery &query);
    // A term as an expression for its table (with its column filter when title-only).
    static QByteArray expressionOf(const Term &term);
    // True when the query had terms but none of them can be searched.
    bool nothingSearchable = false;
    bool hasPositive() const { return !clauses.isEmpty(); }
};

} // namespace broadsheet
