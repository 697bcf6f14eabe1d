#include "storage/searchmatch.h"

#include <QCoreApplication>

#include <map>

namespace broadsheet {

namespace {

QByteArray quoted(const QByteArray &token)
{
    QByteArray out = token;
    out.replace('"', "\"\"");
    return '"' + out + '"';
}

QByteArray phraseExpression(const FtsTokenizer::Phrase &phrase)
{
    QList<QByteArray> parts;
    for (const FtsTokenizer::QueryToken &t : phrase)
        parts.append(quoted(t.text) + (t.prefix ? "*" : ""));
    return parts.join(" + ");
}

QByteArray termExpression(const SearchMatch::Term &term)
{
    if (!term.character.isEmpty())
        return term.characterExpression();
    QList<QByteArray> alternatives;
    for (const FtsTokenizer::Phrase &p : term.phrases)
        alternatives.append(phraseExpression(p));
    QByteArray expression = '(' + alternatives.join(" OR ") + ')';
    if (term.titleOnly)
        expression = kTitleColumns + expression;
    return expression;
}

// The clause's terms grouped by table, in the tables' order.
QList<SearchPart> partsOf(const QList<SearchMatch::Term> &terms)
{
    std::map<SearchTable, QList<QByteArray>> byTable;
    for (const SearchMatch::Term &term : terms)
        byTable[term.table()].append(termExpression(term));
    QList<SearchPart> parts;
    for (const auto &[table, expressions] : byTable) {
        parts.append({table, expressions.size() == 1 ? expressions.first() : '(' + expressions.join(" OR ") + ')'});
    }
    return parts;
}

} // namespace

QByteArray SearchMatch::expressionOf(const Term &term) { return termExpression(term); }

QByteArray SearchMatch::Term::characterExpression() const
{
    return quoted(character) + (characterPrefix ? "*" : "");
}

const char *searchTableName(SearchTable table)
{
    switch (table) {
    case SearchTable::Words:
        return "article_fts";
    case SearchTable::Characters:
        return "article_chars";
    case SearchTable::Heads:
        return "article_heads";
    }
    return "article_fts";
}

SearchTable SearchMatch::Term::table() const
{
    if (character.isEmpty())
        return SearchTable::Words;
    return titleOnly ? SearchTable::Heads : SearchTable::Characters;
}

SearchMatch SearchMatch::build(const SearchQuery &query)
{
    SearchMatch match;
    QList<Term> excludedTerms;
    bool anyTerm = false;
    for (const SearchClause &clause : query.clauses()) {
        QList<Term> terms;
        for (const SearchTerm &t : clause.alternatives) {
            anyTerm = true;
            Term term;
            term.phrases = FtsTokenizer::queryPhrases(t.text, t.phrase, t.prefix);
            term.titleOnly = t.titleOnly;
            if (term.phrases.isEmpty()) {
                match.notes.append(QCoreApplication::translate("SearchMatch", "Ignored “%1”: nothing in it can be searched.")
                                       .arg(t.text));
                continue;
            }
            if (const auto alone = FtsTokenizer::characterTerm(t.text, t.prefix)) {
                term.character = alone->token;
                term.characterPrefix = alone->prefix;
            }
            terms.append(term);
        }
        if (terms.isEmpty())
            continue;
        if (clause.excluded) {
            excludedTerms += terms;
        } else {
            for (Term &term : terms) {
                term.clause = match.positiveClauses;
                match.positiveTerms.append(term);
            }
            ++match.positiveClauses;
            match.clauses.append(partsOf(terms));
        }
    }
    match.excluded = partsOf(excludedTerms);
    match.nothingSearchable = anyTerm && match.clauses.isEmpty() && match.excluded.isEmpty();
    return match;
}

} // namespace broadsheet
