#include "storage/searchhighlighter.h"

#include <algorithm>
#include <vector>

namespace broadsheet {

namespace {

// For each UTF-8 byte offset of `text` that starts a code point, the UTF-16 offset of that code
// point (the tokenizer reports byte offsets, the caller wants QString indices).
std::vector<int> byteToUtf16(QStringView text, qsizetype bytes)
{
    std::vector<int> map(size_t(bytes) + 1, 0);
    qsizetype b = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        int width = c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            if (b < bytes)
                map[size_t(b)] = int(i);
            b += 4;
            ++i;
            continue;
        }
        if (b < bytes)
            map[size_t(b)] = int(i);
        b += width;
    }
    map[size_t(bytes)] = int(text.size());
    return map;
}

// A one-character prefix token on the CJK side: it covers only the first character of a bigram.
bool isSingleCjk(const QByteArray &token)
{
    const QString s = QString::fromUtf8(token);
    const QList<uint> ucs = s.toUcs4();
    return ucs.size() == 1 && FtsTokenizer::isCjk(ucs.first());
}

QList<TextRange> merged(QList<TextRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> out;
    for (const TextRange &r : ranges) {
        if (!out.isEmpty() && r.start <= out.last().end())
            out.last().length = std::max(out.last().end(), r.end()) - out.last().start;
        else
            out.append(r);
    }
    return out;
}

int distinctClauses(const QList<int> &clauses)
{
    QList<int> seen;
    for (int c : clauses) {
        if (!seen.contains(c))
            seen.append(c);
    }
    return int(seen.size());
}

} // namespace

int ArticleHighlights::matchCount() const
{
    int n = 0;
    for (const FieldHighlights &f : fields)
        n += int(f.ranges.size());
    return n;
}

SearchHighlighter::SearchHighlighter(const SearchQuery &query) : SearchHighlighter(SearchMatch::build(query)) { }

SearchHighlighter::SearchHighlighter(const SearchMatch &match) : m_terms(match.positiveTerms) { }

QList<SearchHighlighter::Found> SearchHighlighter::findAll(QStringView text, bool headlineStack) const
{
    QList<Found> found;
    if (text.isEmpty() || m_terms.isEmpty())
        return found;
    const QByteArray utf8 = text.toUtf8();
    const QList<FtsTokenizer::Token> tokens = FtsTokenizer::tokenize(utf8);
    if (tokens.isEmpty())
        return found;
    const std::vector<int> offset = byteToUtf16(text, utf8.size());
    for (const SearchMatch::Term &term : m_terms) {
        if (term.titleOnly && !headlineStack)
            continue;
        for (const FtsTokenizer::Phrase &phrase : term.phrases) {
            const qsizetype k = phrase.size();
            for (qsizetype i = 0; i + k <= tokens.size(); ++i) {
                bool ok = true;
                for (qsizetype j = 0; j < k && ok; ++j) {
                    const FtsTokenizer::QueryToken &q = phrase[j];
                    const QByteArray &t = tokens[i + j].text;
                    ok = q.prefix ? t.startsWith(q.text) : t == q.text;
                }
                if (!ok)
                    continue;
                const FtsTokenizer::Token &last = tokens[i + k - 1];
                const FtsTokenizer::QueryToken &q = phrase.last();
                // A one-character prefix covers that character; an exact junction token also the
                // character it names after the run; a word prefix the word.
                int endByte = last.end;
                if (q.prefix && isSingleCjk(q.text))
                    endByte = last.firstEnd;
                else if (!q.prefix && q.text.contains(FtsTokenizer::kJoinMark))
                    endByte = last.joinEnd;
                const int start = offset[size_t(tokens[i].start)];
                const int end = offset[size_t(endByte)];
                found.append({{start, end - start}, term.clause});
            }
        }
    }
    return found;
}

QList<TextRange> SearchHighlighter::find(QStringView text, bool headlineStack) const
{
    QList<TextRange> ranges;
    for (const Found &f : findAll(text, headlineStack))
        ranges.append(f.range);
    return merged(ranges);
}

ArticleHighlights SearchHighlighter::highlight(const Article &article) const
{
    using Field = FieldHighlights::Field;
    ArticleHighlights out;
    auto add = [&](Field field, int index, const QString &text, bool headlineStack) {
        QList<TextRange> ranges = find(text, headlineStack);
        if (!ranges.isEmpty())
            out.fields.append({field, index, ranges});
    };
    add(Field::Kicker, 0, article.kicker, true);
    add(Field::Headline, 0, article.headline, true);
    add(Field::Subheadline, 0, article.subheadline, true);
    add(Field::Column, 0, article.column, true);
    add(Field::Byline, 0, article.byline, false);
    add(Field::Dateline, 0, article.dateline, false);
    for (int i = 0; i < article.blocks.size(); ++i)
        add(Field::Block, i, article.blocks[i].text, false);
    for (int i = 0; i < article.captions.size(); ++i) {
        add(Field::Caption, i, article.captions[i].text, false);
        add(Field::CaptionCredit, i, article.captions[i].credit, false);
    }
    return out;
}

Snippet SearchHighlighter::snippet(const Article &article, int width) const
{
    // Candidates in order of preference when they match equally well.
    QList<std::pair<QString, bool>> texts;
    for (const Block &b : article.blocks)
        texts.append({b.text, false});
    for (const Caption &c : article.captions)
        texts.append({c.text, false});
    for (const QString &deck : {article.kicker, article.subheadline, article.column})
        texts.append({deck, true});
    texts.append({article.byline, false});
    texts.append({article.dateline, false});

    qsizetype best = -1;
    int bestScore = 0;
    QList<Found> bestFound;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QList<Found> found = findAll(texts[i].first, texts[i].second);
        if (found.isEmpty())
            continue;
        QList<int> clauses;
        for (const Found &f : found)
            clauses.append(f.clause);
        const int score = distinctClauses(clauses) * 1000 + std::min<int>(int(found.size()), 999);
        if (score > bestScore) {
            bestScore = score;
            best = i;
            bestFound = found;
        }
    }
    QString text;
    if (best >= 0) {
        text = texts[best].first;
    } else {
        for (const auto &[candidate, deck] : texts) {
            if (!candidate.isEmpty() && !deck) {
                text = candidate;
                break;
            }
        }
    }
    const int length = int(text.size());
    int winStart = 0;
    if (!bestFound.isEmpty() && length > width) {
        int bestWindowScore = -1;
        for (const Found &anchor : bestFound) {
            int s = std::max(0, anchor.range.start - width / 4);
            s = std::min(s, std::max(0, length - width));
            QList<int> inside;
            for (const Found &f : bestFound) {
                if (f.range.start >= s && f.range.end() <= s + width)
                    inside.append(f.clause);
            }
            const int score = distinctClauses(inside) * 1000 + int(inside.size());
            if (score > bestWindowScore) {
                bestWindowScore = score;
                winStart = s;
            }
        }
    }
    int winEnd = std::min(length, winStart + width);
    if (winStart > 0 && text[winStart].isLowSurrogate())
        --winStart;
    if (winEnd < length && winEnd > 0 && text[winEnd - 1].isHighSurrogate())
        ++winEnd;

    Snippet snippet;
    const bool cutStart = winStart > 0;
    if (cutStart)
        snippet.text = QStringLiteral("…");
    snippet.text += QStringView(text).mid(winStart, winEnd - winStart);
    if (winEnd < length)
        snippet.text += QStringLiteral("…");
    QList<TextRange> ranges;
    for (const Found &f : bestFound)
        ranges.append(f.range);
    for (const TextRange &r : merged(ranges)) {
        const int s = std::max(r.start, winStart);
        const int e = std::min(r.end(), winEnd);
        if (e > s)
            snippet.highlights.append({s - winStart + (cutStart ? 1 : 0), e - s});
    }
    return snippet;
}

} // namespace broadsheet
