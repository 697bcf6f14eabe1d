#include "storage/searchmatch.h"

#include <QCoreApplication>

namespace broadsheet {

namespace {

// The FTS5 columns of the headline stack (see SearchIndex).
constexpr const char *kTitleColumns = "{headline deck} : ";

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
    QList<QByteArray> alternatives;
    for (const FtsTokenizer::Phrase &p : term.phrases)
        alternatives.append(phraseExpression(p));
    QByteArray expression = '(' + alternatives.join(" OR ") + ')';
    if (term.titleOnly)
        expression = kTitleColumns + expression;
    return expression;
}

} // namespace

SearchMatch SearchMatch::build(const SearchQuery &query)
{
    SearchMatch match;
    QList<QByteArray> positive;
    QList<QByteArray> excluded;
    bool anyTerm = false;
    for (const SearchClause &clause : query.clauses()) {
        QList<QByteArray> alternatives;
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
            alternatives.append(termExpression(term));
            terms.append(term);
        }
        if (alternatives.isEmpty())
            continue;
        const QByteArray expression = alternatives.size() == 1 ? alternatives.first()
                                                               : '(' + alternatives.join(" OR ") + ')';
        if (clause.excluded) {
            excluded.append(expression);
        } else {
            for (Term &term : terms) {
                term.clause = match.positiveClauses;
                match.positiveTerms.append(term);
            }
            ++match.positiveClauses;
            positive.append(expression);
        }
    }
    match.positive = positive.join(" AND ");
    match.excluded = excluded.join(" OR ");
    match.nothingSearchable = anyTerm && positive.isEmpty() && excluded.isEmpty();
    return match;
}

} // namespace broadsheet
