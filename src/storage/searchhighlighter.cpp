#include "storage/searchhighlighter.h"

#include <QSet>

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

template <typename Matches>
int distinctClauses(const Matches &found)
{
    QSet<int> seen;
    for (const auto &f : found)
        seen.insert(f.clause);
    return int(seen.size());
}

// Where an excerpt of `width` characters of a text of `length` starts so that it holds the most
// distinct clauses, then the most matches: each match is tried as the anchor a quarter of the
// width from the start, the earliest anchor winning ties. One sweep over the matches sorted by
// start and by end, with clause counts kept as the window slides (a match is inside while it has
// entered at its end and not yet left at its start; leaving is settled before entering), so thousands of matches cost no more than
// sorting them.
template <typename Match>
int bestWindowStart(const QList<Match> &matches, int length, int width)
{
    const qsizetype n = matches.size();
    std::vector<qsizetype> byStart(static_cast<size_t>(n)), byEnd(static_cast<size_t>(n));
    for (qsizetype i = 0; i < n; ++i)
        byStart[size_t(i)] = byEnd[size_t(i)] = i;
    auto startOf = [&](qsizetype i) { return matches[i].range.start; };
    auto endOf = [&](qsizetype i) { return matches[i].range.end(); };
    std::stable_sort(byStart.begin(), byStart.end(), [&](qsizetype a, qsizetype b) { return startOf(a) < startOf(b); });
    std::stable_sort(byEnd.begin(), byEnd.end(), [&](qsizetype a, qsizetype b) { return endOf(a) < endOf(b); });

    std::vector<char> entered(static_cast<size_t>(n), 0), left(static_cast<size_t>(n), 0);
    QHash<int, int> clauseCount;
    int inside = 0;
    size_t enter = 0, leave = 0;
    int best = 0, bestScore = -1;
    for (qsizetype anchor : byStart) {
        const int s = std::min(std::max(0, startOf(anchor) - width / 4), std::max(0, length - width));
        const int e = s + width;
        for (; leave < size_t(n) && startOf(byStart[leave]) < s; ++leave) {
            const qsizetype m = byStart[leave];
            left[size_t(m)] = 1;
            if (entered[size_t(m)]) {
                if (--clauseCount[matches[m].clause] == 0)
                    clauseCount.remove(matches[m].clause);
                --inside;
            }
        }
        for (; enter < size_t(n) && endOf(byEnd[enter]) <= e; ++enter) {
            const qsizetype m = byEnd[enter];
            entered[size_t(m)] = 1;
            if (!left[size_t(m)]) {
                ++clauseCount[matches[m].clause];
                ++inside;
            }
        }
        const int score = int(clauseCount.size()) * 1000 + inside;
        if (score > bestScore) {
            bestScore = score;
            best = s;
        }
    }
    return best;
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

SearchHighlighter::SearchHighlighter(const SearchMatch &match) : m_terms(match.positiveTerms)
{
    // A phrase that several terms share ("的 的", "a OR b" next to "a") matches in the same places
    // for each of them, so it is looked for once, for the first of those terms: otherwise n copies
    // of a frequent character would make n times its matches.
    QSet<QByteArray> seen;
    for (int t = 0; t < m_terms.size(); ++t) {
        const QList<FtsTokenizer::Phrase> &phrases = m_terms[t].phrases;
        for (int p = 0; p < phrases.size(); ++p) {
            if (phrases[p].isEmpty())
                continue;
            QByteArray key(1, m_terms[t].titleOnly ? 't' : 'a');
            for (const FtsTokenizer::QueryToken &token : phrases[p])
                key += (token.prefix ? '*' : '=') + token.text + '\0';
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const FtsTokenizer::QueryToken &first = phrases[p].first();
            if (!first.prefix) {
                m_byFirstToken[first.text].append({t, p});
            } else if (!first.text.isEmpty()) {
                m_byFirstPrefix[first.text].append({t, p});
                if (!m_prefixLengths.contains(first.text.size()))
                    m_prefixLengths.append(first.text.size());
            }
        }
    }
}

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
    auto tryPhrase = [&](qsizetype i, PhraseRef ref) {
        const SearchMatch::Term &term = m_terms[ref.term];
        if (term.titleOnly && !headlineStack)
            return;
        const FtsTokenizer::Phrase &phrase = term.phrases[ref.phrase];
        const qsizetype k = phrase.size();
        if (i + k > tokens.size())
            return;
        for (qsizetype j = 1; j < k; ++j) {
            const FtsTokenizer::QueryToken &q = phrase[j];
            const QByteArray &t = tokens[i + j].text;
            if (!(q.prefix ? t.startsWith(q.text) : t == q.text))
                return;
        }
        const FtsTokenizer::Token &last = tokens[i + k - 1];
        const FtsTokenizer::QueryToken &q = phrase.last();
        // A one-character prefix covers that character; a junction token also what it names
        // after its run (a word's first CJK character, a CJK run's whole word); a word prefix the word.
        int endByte = last.end;
        if (q.prefix && isSingleCjk(q.text))
            endByte = last.firstEnd;
        else if (q.text.contains(FtsTokenizer::kJoinMark) && !(q.prefix && q.text.endsWith(FtsTokenizer::kJoinMark)))
            endByte = last.joinEnd; // (a whole word's "2024›*" names no more than the word)
        const int start = offset[size_t(tokens[i].start)];
        const int end = offset[size_t(endByte)];
        found.append({{start, end - start}, term.clause});
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QByteArray &token = tokens[i].text;
        if (auto it = m_byFirstToken.constFind(token); it != m_byFirstToken.cend()) {
            for (PhraseRef ref : *it)
                tryPhrase(i, ref);
        }
        for (qsizetype length : m_prefixLengths) {
            if (length > token.size())
                continue;
            if (auto it = m_byFirstPrefix.constFind(token.first(length)); it != m_byFirstPrefix.cend()) {
                for (PhraseRef ref : *it)
                    tryPhrase(i, ref);
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
        const int score = distinctClauses(found) * 1000 + std::min<int>(int(found.size()), 999);
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
    if (!bestFound.isEmpty() && length > width)
        winStart = bestWindowStart(bestFound, length, width);
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
