// The query side of FtsTokenizer: the token phrases a search term turns into, the same way the
// index holds text (see ftstokenizer.h).
#include "storage/ftstokenizer.h"

#include "storage/ftscharclass.h"
#include "text/textfold.h"

#include <algorithm>

namespace broadsheet {

using namespace fts;

namespace {

struct QueryRun {
    CharClass kind = CharClass::Cjk; // Cjk or Word
    QList<char32_t> chars;
    // What separates it from the next run: nothing (they touch), a space, or other characters.
    enum class Next { Touching, Space, Other } next = Next::Other;
};

QByteArray utf8(const QList<char32_t> &chars, qsizetype from, qsizetype count)
{
    QByteArray bytes;
    char buffer[4];
    for (qsizetype i = from; i < from + count; ++i)
        bytes.append(buffer, encodeUtf8(chars[i], buffer));
    return bytes;
}

QByteArray wordToken(const QList<char32_t> &chars)
{
    QByteArray bytes;
    char buffer[4];
    for (char32_t c : chars) {
        const int n = encodeUtf8(c, buffer);
        if (bytes.size() + n > FtsTokenizer::kMaxWordBytes)
            break;
        bytes.append(buffer, n);
    }
    return bytes;
}

QList<QueryRun> splitRuns(QStringView text)
{
    const QString folded = foldForSearch(text);
    QList<QueryRun> runs;
    bool inRun = false;
    bool gapIsSpace = true;
    bool gapIsHorizontal = true;
    for (char32_t c : folded.toUcs4()) {
        const CharClass kind = classify(c);
        if (kind == CharClass::Mark) {
            // As in documents: part of a word, ignored anywhere else.
            if (inRun && runs.last().kind == CharClass::Word)
                runs.last().chars.append(c);
            continue;
        }
        if (kind == CharClass::Gap) {
            if (runs.isEmpty())
                continue;
            if (inRun) {
                inRun = false;
                gapIsSpace = true;
                gapIsHorizontal = true;
            }
            gapIsSpace = gapIsSpace && QChar::isSpace(c);
            gapIsHorizontal = gapIsHorizontal && horizontalSpace(c);
            runs.last().next = gapIsSpace ? QueryRun::Next::Space : QueryRun::Next::Other;
            continue;
        }
        // Spaces between CJK characters are not indexed as a break (see Scanner): nor read as one.
        if (runs.size() && runs.last().kind == kind
            && (inRun || (kind == CharClass::Cjk && gapIsHorizontal))) {
            runs.last().chars.append(c);
            runs.last().next = QueryRun::Next::Other;
            inRun = true;
            continue;
        }
        if (inRun)
            runs.last().next = QueryRun::Next::Touching;
        QueryRun run;
        run.kind = kind;
        run.chars.append(c);
        runs.append(run);
        inRun = true;
    }
    return runs;
}

// The phrases for runs whose separations are all decided (touching runs alternate in kind).
QList<FtsTokenizer::Phrase> phrasesFor(const QList<QueryRun> &runs, bool prefix)
{
    using Phrase = FtsTokenizer::Phrase;
    bool anyCjk = false;
    for (const QueryRun &r : runs)
        anyCjk = anyCjk || r.kind == CharClass::Cjk;
    const QByteArray mark(FtsTokenizer::kJoinMark);
    QList<Phrase> phrases {Phrase {}};
    auto appendToAll = [&phrases](const FtsTokenizer::QueryToken &t) {
        for (Phrase &p : phrases)
            p.append(t);
    };
    // A word at the end of the term may go on in the text: the term was cut from it (mixed with
    // CJK), or it is typed as a prefix.
    auto openEnded = [&](qsizetype i) { return i + 1 == runs.size() && (prefix || anyCjk); };
    bool named = false; // this run was wholly named by the junction token before it
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const QueryRun &run = runs[i];
        const bool last = i + 1 == runs.size();
        const bool touching = !last && run.next == QueryRun::Next::Touching;
        if (run.kind == CharClass::Cjk) {
            const qsizetype n = run.chars.size();
            for (qsizetype k = 0; k + 1 < n; ++k)
                appendToAll({utf8(run.chars, k, 2), false});
            const QByteArray end = utf8(run.chars, n - 1, 1);
            if (touching) {
                // The junction names the whole word after the run: the word is done with if it
                // ends the term.
                const QByteArray word = wordToken(runs[i + 1].chars);
                appendToAll({end + mark + word, openEnded(i + 1)});
                named = openEnded(i + 1);
                continue;
            }
            if (!last)
                appendToAll({end, false});
            else if (n == 1 && !named)
                appendToAll({end, true});
            named = false;
            continue;
        }
        if (named) {
            named = false;
            continue;
        }
        const QByteArray word = wordToken(run.chars);
        if (touching) {
            // The junction names the CJK character after the word: that is all of a last
            // one-character run.
            appendToAll({word + mark + utf8(runs[i + 1].chars, 0, 1), false});
            named = i + 2 == runs.size() && runs[i + 1].chars.size() == 1;
        } else if (!last) {
            appendToAll({word, false});
        } else if (openEnded(i)) {
            appendToAll({word, true});
        } else {
            // A whole word: alone, or directly followed by CJK text (2024年).
            QList<Phrase> joined = phrases;
            appendToAll({word, false});
            for (Phrase &p : joined)
                p.append({word + mark, true});
            phrases += joined;
        }
    }
    return phrases;
}

} // namespace

std::optional<FtsTokenizer::CharacterTerm> FtsTokenizer::characterTerm(QStringView text, bool prefix)
{
    const QList<QueryRun> runs = splitRuns(text);
    if (runs.size() != 1)
        return std::nullopt;
    const QueryRun &run = runs.first();
    if (run.kind == CharClass::Cjk) {
        if (run.chars.size() != 1)
            return std::nullopt;
        return CharacterTerm {utf8(run.chars, 0, 1), false};
    }
    return CharacterTerm {wordToken(run.chars), prefix};
}

QList<FtsTokenizer::Phrase> FtsTokenizer::queryPhrases(QStringView text, bool phrase, bool prefix)
{
    const QList<QueryRun> runs = splitRuns(text);
    if (runs.isEmpty())
        return {};
    // A space next to a CJK run in a phrase may be absent in the text: try both readings, up to
    // a few such spaces (then the touching reading, the usual way Chinese is written).
    QList<qsizetype> optional;
    for (qsizetype i = 0; i + 1 < runs.size(); ++i) {
        if (phrase && runs[i].next == QueryRun::Next::Space
            && (runs[i].kind == CharClass::Cjk || runs[i + 1].kind == CharClass::Cjk))
            optional.append(i);
    }
    constexpr int kMaxOptionalSpaces = 3;
    const int choices = 1 << std::min<int>(int(optional.size()), kMaxOptionalSpaces);
    QList<Phrase> result;
    for (int mask = 0; mask < choices; ++mask) {
        QList<QueryRun> decided;
        for (qsizetype i = 0; i < runs.size(); ++i) {
            QueryRun run = runs[i];
            const qsizetype which = optional.indexOf(i);
            if (which >= 0 && (which >= kMaxOptionalSpaces || !(mask & (1 << which))))
                run.next = QueryRun::Next::Touching;
            if (!decided.isEmpty() && decided.last().next == QueryRun::Next::Touching
                && decided.last().kind == run.kind) {
                decided.last().chars += run.chars;
                decided.last().next = run.next;
            } else {
                decided.append(run);
            }
        }
        for (const Phrase &p : phrasesFor(decided, prefix)) {
            if (!result.contains(p))
                result.append(p);
        }
    }
    return result;
}

} // namespace broadsheet
