#include "core/searchquery.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace broadsheet {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("SearchQuery", text); }

bool isQuote(QChar c)
{
    // The ASCII quote and what Chinese input methods type for it.
    return c == u'"' || c == u'\u201C' || c == u'\u201D' || c == u'\uFF02';
}

bool isSpace(QChar c) { return c.isSpace(); } // includes U+3000, the ideographic space

bool isMinus(QChar c) { return c == u'-' || c == u'\uFF0D'; }

bool isColon(QChar c) { return c == u':' || c == u'\uFF1A'; }

bool hasLetterOrDigit(QStringView text)
{
    for (char32_t ucs : text.toUcs4()) {
        if (QChar::isLetterOrNumber(ucs))
            return true;
    }
    return false;
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// One lexical item: a term, a filter or the OR operator.
struct Item {
    enum class Kind { Term, Filter, Or };
    Kind kind = Kind::Term;
    QString field; // for filters and title:
    QString value;
    bool negated = false;
    bool quoted = false;
    bool prefix = false;
};

const QStringList &knownFields()
{
    static const QStringList fields = {QStringLiteral("title"), QStringLiteral("paper"),
                                       QStringLiteral("date"), QStringLiteral("page")};
    return fields;
}

QList<Item> lex(QStringView input, QStringList &notes)
{
    QList<Item> items;
    const qsizetype n = input.size();
    qsizetype pos = 0;
    while (pos < n) {
        while (pos < n && isSpace(input[pos]))
            ++pos;
        if (pos >= n)
            break;
        Item item;
        if (isMinus(input[pos])) {
            item.negated = true;
            ++pos;
            if (pos >= n || isSpace(input[pos])) {
                notes.append(tr("Ignored a lone “-”: put it right before the word to leave out."));
                continue;
            }
        }
        // field: — ASCII letters followed by a colon; unknown names stay part of the term (10:30).
        qsizetype j = pos;
        while (j < n && input[j].unicode() < 128 && input[j].isLetter())
            ++j;
        if (j > pos && j < n && isColon(input[j])) {
            const QString name = input.mid(pos, j - pos).toString().toLower();
            if (knownFields().contains(name)) {
                item.field = name;
                pos = j + 1;
            }
        }
        if (pos < n && isQuote(input[pos])) {
            item.quoted = true;
            qsizetype close = pos + 1;
            while (close < n && !isQuote(input[close]))
                ++close;
            item.value = input.mid(pos + 1, close - pos - 1).toString();
            if (close >= n) {
                notes.append(tr("A quote was not closed; read the phrase up to the end."));
                pos = n;
            } else {
                pos = close + 1;
                if (pos < n && input[pos] == u'*') {
                    item.prefix = true;
                    while (pos < n && input[pos] == u'*')
                        ++pos;
                }
            }
        } else {
            qsizetype end = pos;
            while (end < n && !isSpace(input[end]) && !isQuote(input[end]))
                ++end;
            item.value = input.mid(pos, end - pos).toString();
            pos = end;
            if (!item.negated && item.field.isEmpty() && item.value == QLatin1String("OR")) {
                item.kind = Item::Kind::Or;
                items.append(item);
                continue;
            }
            while (item.value.endsWith(QLatin1Char('*')) || item.value.endsWith(QChar(u'\uFF0A'))) {
                item.value.chop(1);
                item.prefix = true;
            }
        }
        if (!item.field.isEmpty() && item.field != QLatin1String("title"))
            item.kind = Item::Kind::Filter;
        items.append(item);
    }
    return items;
}

// One end of a date: "2024", "2024-11" or "2024-11-05" (also with / or .) as the first and last
// day it covers.
bool readDateSpec(const QString &text, QDate &first, QDate &last)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    if (m.captured(2).isEmpty()) {
        first = QDate(year, 1, 1);
        last = QDate(year, 12, 31);
    } else if (m.captured(3).isEmpty()) {
        first = QDate(year, m.captured(2).toInt(), 1);
        last = first.isValid() ? first.addMonths(1).addDays(-1) : QDate();
    } else {
        first = last = QDate(year, m.captured(2).toInt(), m.captured(3).toInt());
    }
    return first.isValid() && last.isValid();
}

} // namespace

bool SearchQuery::readDate(const QString &value)
{
    QDate from, to;
    const qsizetype dots = value.indexOf(QLatin1String(".."));
    if (dots < 0) {
        if (!readDateSpec(value, from, to))
            return false;
    } else {
        const QString left = value.left(dots);
        const QString right = value.mid(dots + 2);
        QDate ignored;
        if (left.isEmpty() && right.isEmpty())
            return false;
        if (!left.isEmpty() && !readDateSpec(left, from, ignored))
            return false;
        if (!right.isEmpty() && !readDateSpec(right, ignored, to))
            return false;
    }
    if (from.isValid() && to.isValid() && from > to) {
        std::swap(from, to);
        m_notes.append(tr("The date range was backwards; read it the other way round."));
    }
    // Several date: filters all apply, so the range is their intersection.
    if (from.isValid() && (!m_dateFrom.isValid() || from > m_dateFrom))
        m_dateFrom = from;
    if (to.isValid() && (!m_dateTo.isValid() || to < m_dateTo))
        m_dateTo = to;
    return true;
}

bool SearchQuery::readPage(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,4})?(?:(\\.\\.|-)(\\d{1,4})?)?$"));
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(3).isEmpty()))
        return false;
    const bool range = !m.captured(2).isEmpty();
    std::optional<int> from, to;
    if (!m.captured(1).isEmpty())
        from = m.captured(1).toInt();
    if (!m.captured(3).isEmpty())
        to = m.captured(3).toInt();
    if (!range)
        to = from;
    if (from && to && *from > *to)
        std::swap(from, to);
    m_pageFrom = from;
    m_pageTo = to;
    return true;
}

bool SearchQuery::readFilter(const QString &field, const QString &value)
{
    if (field == QLatin1String("paper")) {
        const QString paper = value.trimmed();
        if (paper.isEmpty())
            return false;
        m_papers.append(paper);
        return true;
    }
    if (field == QLatin1String("date"))
        return readDate(value.trimmed());
    if (field == QLatin1String("page"))
        return readPage(value.trimmed());
    return false;
}

SearchQuery SearchQuery::parse(QStringView input)
{
    SearchQuery query;
    const QList<Item> items = lex(input, query.m_notes);
    bool pendingOr = false;
    const Item *previous = nullptr;
    for (const Item &item : items) {
        const Item *before = previous;
        previous = &item;
        if (item.kind == Item::Kind::Or) {
            if (!before || before->kind != Item::Kind::Term || query.m_clauses.isEmpty()
                || query.m_clauses.last().excluded) {
                query.m_notes.append(tr("Ignored an OR that did not stand between two words."));
                continue;
            }
            pendingOr = true;
            continue;
        }
        if (item.kind == Item::Kind::Filter) {
            if (pendingOr)
                query.m_notes.append(tr("Ignored an OR before a filter: filters always apply."));
            pendingOr = false;
            if (item.negated) {
                query.m_notes.append(tr("Ignored -%1:%2: filters cannot be excluded.").arg(item.field, item.value));
            } else if (!query.readFilter(item.field, item.value)) {
                if (item.field == QLatin1String("date"))
                    query.m_notes.append(tr("Ignored date:%1: write date:2024, date:2024-11, date:2024-11-05 "
                                            "or a range such as date:2024-11-01..2024-11-30.").arg(item.value));
                else if (item.field == QLatin1String("page"))
                    query.m_notes.append(tr("Ignored page:%1: write a page number such as page:1 or a "
                                            "range such as page:1..4.").arg(item.value));
                else
                    query.m_notes.append(tr("Ignored paper: without a name; write paper:NAME."));
            }
            continue;
        }
        SearchTerm term;
        term.text = item.value.trimmed();
        term.phrase = item.quoted;
        term.prefix = item.prefix;
        term.titleOnly = item.field == QLatin1String("title");
        if (!hasLetterOrDigit(term.text)) {
            if (!term.text.isEmpty() || term.titleOnly || item.quoted)
                query.m_notes.append(term.text.isEmpty()
                                         ? tr("Ignored an empty term.")
                                         : tr("Ignored “%1”: it has no letters or digits to search for.").arg(term.text));
            // An OR on either side of a dropped term has nothing to join.
            if (pendingOr)
                query.m_notes.append(tr("Ignored an OR that did not stand between two words."));
            pendingOr = false;
            previous = nullptr;
            continue;
        }
        if (pendingOr && !item.negated) {
            query.m_clauses.last().alternatives.append(term);
        } else {
            if (pendingOr)
                query.m_notes.append(tr("Ignored an OR before an excluded term."));
            SearchClause clause;
            clause.alternatives.append(term);
            clause.excluded = item.negated;
            query.m_clauses.append(clause);
        }
        pendingOr = false;
    }
    if (pendingOr)
        query.m_notes.append(tr("Ignored an OR that did not stand between two words."));
    return query;
}

bool SearchQuery::hasFilters() const
{
    return !m_papers.isEmpty() || m_dateFrom.isValid() || m_dateTo.isValid() || m_pageFrom || m_pageTo;
}

bool SearchQuery::hasPositiveTerms() const
{
    for (const SearchClause &c : m_clauses) {
        if (!c.excluded)
            return true;
    }
    return false;
}

QString SearchQuery::toString() const
{
    QStringList parts;
    for (const SearchClause &clause : m_clauses) {
        QStringList alternatives;
        for (const SearchTerm &t : clause.alternatives) {
            QString text = t.phrase ? quoted(t.text) : t.text;
            if (t.prefix)
                text += QLatin1Char('*');
            if (t.titleOnly)
                text.prepend(QLatin1String("title:"));
            alternatives.append(text);
        }
        // OR binds tighter than the spaces between clauses, so no parentheses are needed.
        QString joined = alternatives.join(QLatin1String(" OR "));
        if (clause.excluded)
            joined.prepend(QLatin1Char('-'));
        parts.append(joined);
    }
    for (const QString &paper : m_papers)
        // Quoted when it holds any space (a quoted paper may hold a newline or U+3000), else the
        // canonical form would read back as a shorter paper and a term (found by fuzz_searchquery).
        parts.append(QLatin1String("paper:") + (std::any_of(paper.cbegin(), paper.cend(), isSpace) ? quoted(paper) : paper));
    if (m_dateFrom.isValid() || m_dateTo.isValid()) {
        if (m_dateFrom == m_dateTo)
            parts.append(QLatin1String("date:") + m_dateFrom.toString(Qt::ISODate));
        else if (m_dateFrom.isValid() && m_dateTo.isValid() && m_dateFrom > m_dateTo)
            // Two filters that do not overlap (nothing matches): written as they intersect, since one
            // backwards range would read as the range the other way round.
            parts << QLatin1String("date:") + m_dateFrom.toString(Qt::ISODate) + QLatin1String("..")
                  << QLatin1String("date:..") + m_dateTo.toString(Qt::ISODate);
        else
            parts.append(QLatin1String("date:") + m_dateFrom.toString(Qt::ISODate) + QLatin1String("..")
                         + m_dateTo.toString(Qt::ISODate));
    }
    if (m_pageFrom || m_pageTo) {
        if (m_pageFrom == m_pageTo)
            parts.append(QLatin1String("page:") + QString::number(*m_pageFrom));
        else
            parts.append(QLatin1String("page:") + (m_pageFrom ? QString::number(*m_pageFrom) : QString())
                         + QLatin1String("..") + (m_pageTo ? QString::number(*m_pageTo) : QString()));
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace broadsheet
