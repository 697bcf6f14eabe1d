// SearchHighlighter: where a query matches in an article's text — snippets for result lists and
// highlights over a whole article — by the same token rules as the index, so what is marked is
// exactly what matched.
#pragma once

#include "core/article.h"
#include "core/searchquery.h"
#include "storage/searchmatch.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace broadsheet {

// A marked stretch of text: UTF-16 offsets (QString indices) into the text it belongs to.
struct TextRange {
    int start = 0;
    int length = 0;
    int end() const { return start + length; }
    bool operator==(const TextRange &) const = default;
};

// A short excerpt around the best match, with its matches marked.
struct Snippet {
    QString text;              // "…" at either end where the field's text was cut
    QList<TextRange> highlights; // offsets into `text`
};

// The matches in one field of an article.
struct FieldHighlights {
    enum class Field { Kicker, Headline, Subheadline, Column, Byline, Dateline, Block, Caption, CaptionCredit };
    Field field = Field::Block;
    int index = 0;             // which block or caption (0-based); 0 for the single fields
    QList<TextRange> ranges;   // offsets into that field's text, in order, not overlapping
};

// Every match in an article, field by field (fields without matches are left out).
struct ArticleHighlights {
    QList<FieldHighlights> fields;
    int matchCount() const;
};

// Built once per query; const and thread-safe to use afterwards.
class SearchHighlighter {
public:
    explicit SearchHighlighter(const SearchQuery &query);
    explicit SearchHighlighter(const SearchMatch &match);

    // The matches of the query's (non-excluded) terms in `text`. `headlineStack`: the text is a
    // kicker, headline, subheadline or column label, where title: terms match too.
    QList<TextRange> find(QStringView text, bool headlineStack = false) const;
    ArticleHighlights highlight(const Article &article) const;
    // About `width` characters around the place matching the most terms (body first, then captions,
    // deck, byline); the body's beginning when the matches are only in the headline.
    Snippet snippet(const Article &article, int width = 80) const;

private:
    struct Found {
        TextRange range;
        int clause;
    };
    QList<Found> findAll(QStringView text, bool headlineStack) const;

    // A phrase of a term, reached through its first token.
    struct PhraseRef {
        int term;
        int phrase;
    };
    QList<SearchMatch::Term> m_terms;
    // Phrases by their first token: exact tokens by text, prefix tokens by the prefix (looked up
    // for each length in m_prefixLengths), so finding is one pass over the text's tokens however
    // many terms the query has.
    QHash<QByteArray, QList<PhraseRef>> m_byFirstToken;
    QHash<QByteArray, QList<PhraseRef>> m_byFirstPrefix;
    QList<qsizetype> m_prefixLengths;
};

} // namespace broadsheet
