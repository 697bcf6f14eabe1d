#include "storage/ftstokenizer.h"

#include "text/textfold.h"

#include <QCryptographicHash>

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace broadsheet {

namespace {

// Bump when the token rules change (the fold's own changes are caught by its fingerprint).
constexpr int kRulesVersion = 4;

enum class CharClass { Gap, Cjk, Word, Mark };

bool cjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x3134F)                                            // Han
        || (c >= 0x3041 && c <= 0x309F) || (c >= 0x30A1 && c <= 0x30FF && c != 0x30FB)
        || (c >= 0x31F0 && c <= 0x31FF)                                              // kana
        || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3131 && c <= 0x318E) // hangul
        || (c >= 0x3105 && c <= 0x312F) || (c >= 0x31A0 && c <= 0x31BF)             // bopomofo
        || c == 0x3005 || c == 0x3007 || (c >= 0x3021 && c <= 0x3029);             // 々 〇 Hangzhou numerals
}

// Spaces within a line (after folding, U+3000 and U+00A0 are U+0020): between two CJK characters
// they are not indexed as a break. Line breaks are.
bool horizontalSpace(char32_t c) { return c == u' ' || c == u'\t'; }

CharClass classify(char32_t c)
{
    if (c < 0x80) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z'))
            return CharClass::Word;
        return CharClass::Gap;
    }
    if (cjk(c))
        return CharClass::Cjk;
    if (QChar::isLetterOrNumber(c))
        return CharClass::Word;
    if (QChar::isMark(c))
        return CharClass::Mark;
    return CharClass::Gap;
}

// Decodes the UTF-8 code point at `s` (invalid bytes read as U+FFFD, one byte each).
inline int decodeUtf8(const unsigned char *s, int size, int i, char32_t &c)
{
    const unsigned char b = s[i];
    if (b < 0x80) {
        c = b;
        return 1;
    }
    int n = 0;
    char32_t min = 0;
    if ((b & 0xE0) == 0xC0) {
        n = 2;
        c = b & 0x1F;
        min = 0x80;
    } else if ((b & 0xF0) == 0xE0) {
        n = 3;
        c = b & 0x0F;
        min = 0x800;
    } else if ((b & 0xF8) == 0xF0) {
        n = 4;
        c = b & 0x07;
        min = 0x10000;
    } else {
        c = 0xFFFD;
        return 1;
    }
    if (i + n > size) {
        c = 0xFFFD;
        return 1;
    }
    for (int k = 1; k < n; ++k) {
        if ((s[i + k] & 0xC0) != 0x80) {
            c = 0xFFFD;
            return 1;
        }
        c = (c << 6) | (s[i + k] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD;
    return n;
}

inline int encodeUtf8(char32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = char(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = char(0xC0 | (c >> 6));
        out[1] = char(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = char(0xE0 | (c >> 12));
        out[1] = char(0x80 | ((c >> 6) & 0x3F));
        out[2] = char(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = char(0xF0 | (c >> 18));
    out[1] = char(0x80 | ((c >> 12) & 0x3F));
    out[2] = char(0x80 | ((c >> 6) & 0x3F));
    out[3] = char(0x80 | (c & 0x3F));
    return 4;
}

constexpr int kJoinMarkBytes = 3;

// The scanning state: the run being read and what of it is still to be emitted.
class Scanner {
public:
    Scanner(void *context, FtsTokenizer::Emit sink) : m_context(context), m_emit(sink) { }

    // One folded code point that came from the input bytes [start, end).
    int feed(char32_t c, int start, int end)
    {
        switch (classify(c)) {
        case CharClass::Cjk:
            if (m_run == Run::Word) {
                if (int rc = emitWord(c, end))
                    return rc;
            }
            // Spaces between two CJK characters are layout (李　强, spaced headlines): the run goes on.
            m_spaceAfterCjk = false;
            if (m_run == Run::Cjk) {
                char token[8];
                std::memcpy(token, m_prev, size_t(m_prevLength));
                const int n = encodeUtf8(c, token + m_prevLength);
                if (int rc = m_emit(m_context, token, m_prevLength + n, m_prevStart, end, m_prevEnd, end))
                    return rc;
            }
            m_run = Run::Cjk;
            m_prevLength = encodeUtf8(c, m_prev);
            m_prevStart = start;
            m_prevEnd = end;
            return SQLITE_OK;
        case CharClass::Word:
            if (m_run == Run::Cjk) {
                if (m_spaceAfterCjk) {
                    if (int rc = emitRunEnd())
                        return rc;
                } else {
                    // The run's junction token names the whole word: emitted when the word ends.
                    m_run = Run::None;
                    m_pendingJoin = true;
                }
            }
            if (m_run != Run::Word) {
                m_run = Run::Word;
                m_wordLength = 0;
                m_wordStart = start;
                m_wordFirstEnd = end;
            }
            appendToWord(c);
            m_wordEnd = end;
            return SQLITE_OK;
        case CharClass::Mark:
            // A combining mark belongs to the word it follows; elsewhere (a variation selector
            // after a Han character) it is ignored.
            if (m_run == Run::Word) {
                appendToWord(c);
                m_wordEnd = end;
            }
            return SQLITE_OK;
        case CharClass::Gap:
            if (m_run == Run::Cjk && horizontalSpace(c)) {
                m_spaceAfterCjk = true;
                return SQLITE_OK;
            }
            return flush();
        }
        return SQLITE_OK;
    }

    int flush()
    {
        int rc = SQLITE_OK;
        if (m_run == Run::Cjk)
            rc = emitRunEnd();
        else if (m_run == Run::Word)
            rc = emitWord(0, 0);
        m_run = Run::None;
        return rc;
    }

private:
    enum class Run { None, Cjk, Word };

    void appendToWord(char32_t c)
    {
        char bytes[4];
        const int n = encodeUtf8(c, bytes);
        if (m_wordLength + n <= FtsTokenizer::kMaxWordBytes) {
            std::memcpy(m_word + m_wordLength, bytes, size_t(n));
            m_wordLength += n;
        }
    }

    // Appends the junction (kJoinMark and the next run's first character) when `next` is set.
    static int appendJoin(char *token, int n, char32_t next)
    {
        if (!next)
            return n;
        std::memcpy(token + n, FtsTokenizer::kJoinMark, kJoinMarkBytes);
        return n + kJoinMarkBytes + encodeUtf8(next, token + n + kJoinMarkBytes);
    }

    // The last character of a CJK run that a gap ends.
    int emitRunEnd()
    {
        m_run = Run::None;
        m_spaceAfterCjk = false;
        return m_emit(m_context, m_prev, m_prevLength, m_prevStart, m_prevEnd, m_prevEnd, m_prevEnd);
    }

    // A whole word; `next` (ending at `nextEnd`) is the CJK character right after it. A CJK run
    // touching the word's start gets its junction token first: its last character, kJoinMark and
    // the whole word (so 习近平20 is an exact phrase, or a prefix over a few junctions, never a
    // prefix query over every token that starts with 20).
    int emitWord(char32_t next, int nextEnd)
    {
        m_run = Run::None;
        if (m_pendingJoin) {
            m_pendingJoin = false;
            char token[4 + kJoinMarkBytes + FtsTokenizer::kMaxWordBytes];
            std::memcpy(token, m_prev, size_t(m_prevLength));
            std::memcpy(token + m_prevLength, FtsTokenizer::kJoinMark, kJoinMarkBytes);
            std::memcpy(token + m_prevLength + kJoinMarkBytes, m_word, size_t(m_wordLength));
            if (int rc = m_emit(m_context, token, m_prevLength + kJoinMarkBytes + m_wordLength, m_prevStart, m_prevEnd,
                                m_prevEnd, m_wordEnd))
                return rc;
        }
        const int n = appendJoin(m_word, m_wordLength, next);
        return m_emit(m_context, m_word, n, m_wordStart, m_wordEnd, m_wordFirstEnd, next ? nextEnd : m_wordEnd);
    }

    void *m_context;
    FtsTokenizer::Emit m_emit;
    Run m_run = Run::None;
    bool m_spaceAfterCjk = false; // spaces read after a CJK run (it goes on if CJK comes next)
    bool m_pendingJoin = false;   // the word being read touches the CJK run before it
    char m_prev[4] = {};
    int m_prevLength = 0;
    int m_prevStart = 0;
    int m_prevEnd = 0;
    char m_word[FtsTokenizer::kMaxWordBytes + kJoinMarkBytes + 4] = {};
    int m_wordLength = 0;
    int m_wordStart = 0;
    int m_wordEnd = 0;
    int m_wordFirstEnd = 0;
};

// Calls feed(c, start, end) for each code point of `text` after foldForSearch's per-character
// folding, with the input bytes it came from; a non-zero return stops and is returned.
template<typename Feed>
int forEachFolded(const char *text, int size, Feed &&feed)
{
    const auto *s = reinterpret_cast<const unsigned char *>(text);
    char16_t folded[kMaxFoldedUnits];
    for (int i = 0; i < size;) {
        char32_t c;
        if (s[i] < 0x80) {
            c = s[i];
            if (c >= u'A' && c <= u'Z')
                c += 32;
            if (int rc = feed(c, i, i + 1))
                return rc;
            ++i;
            continue;
        }
        const int width = decodeUtf8(s, size, i, c);
        const int units = appendFolded(c, folded);
        for (int k = 0; k < units; ++k) {
            char32_t f = folded[k];
            if (f >= 0xD800 && f <= 0xDBFF && k + 1 < units) {
                f = 0x10000 + ((f - 0xD800) << 10) + (char32_t(folded[k + 1]) - 0xDC00);
                ++k;
            }
            if (int rc = feed(f, i, i + width))
                return rc;
        }
        i += width;
    }
    return SQLITE_OK;
}

// ---- FTS5 glue ----------------------------------------------------------------------------------

struct Fts5Context {
    void *ftsContext;
    int (*xToken)(void *, int, const char *, int, int, int);
};

int emitToFts5(void *context, const char *token, int length, int start, int end, int, int)
{
    auto *c = static_cast<Fts5Context *>(context);
    return c->xToken(c->ftsContext, 0, token, length, start, end);
}

int ftsCreate(void *, const char **, int, Fts5Tokenizer **out)
{
    // Stateless: any non-null handle will do.
    static char instance;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void ftsDelete(Fts5Tokenizer *) { }

int ftsTokenize(Fts5Tokenizer *, void *ftsContext, int flags, const char *text, int size,
                int (*xToken)(void *, int, const char *, int, int, int))
{
    if (size <= 0)
        return SQLITE_OK;
    if (flags & FTS5_TOKENIZE_QUERY) {
        // Queries reach MATCH only through SearchMatch, which quotes each already-folded token
        // (from queryPhrases()) on its own: pass it through unchanged.
        return xToken(ftsContext, 0, text, size, 0, size);
    }
    Fts5Context context {ftsContext, xToken};
    return FtsTokenizer::tokenize(text, size, &context, emitToFts5);
}

int ftsTokenizeCharacters(Fts5Tokenizer *, void *ftsContext, int flags, const char *text, int size,
                          int (*xToken)(void *, int, const char *, int, int, int))
{
    if (size <= 0)
        return SQLITE_OK;
    if (flags & FTS5_TOKENIZE_QUERY)
        return xToken(ftsContext, 0, text, size, 0, size);
    Fts5Context context {ftsContext, xToken};
    return FtsTokenizer::tokenizeCharacters(text, size, &context, emitToFts5);
}

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

// ---- Query side ---------------------------------------------------------------------------------

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

bool FtsTokenizer::isCjk(char32_t c) { return cjk(c); }

int FtsTokenizer::tokenize(const char *text, int size, void *context, Emit sink)
{
    Scanner scanner(context, sink);
    if (int rc = forEachFolded(text, size, [&scanner](char32_t c, int start, int end) { return scanner.feed(c, start, end); }))
        return rc;
    return scanner.flush();
}

int FtsTokenizer::tokenizeCharacters(const char *text, int size, void *context, Emit sink)
{
    // The character tables keep no positions, so a character needs to reach FTS5 once per text:
    // each later occurrence would only cost a hash lookup there. `seen` stamps each code point with
    // the number of the call that last emitted it, so nothing is cleared between calls.
    static constexpr char32_t kStamped = 0x32000; // past the last CJK block cjk() accepts
    thread_local std::vector<std::uint32_t> seen(kStamped, 0);
    thread_local std::uint32_t call = 0;
    if (++call == 0) {
        std::fill(seen.begin(), seen.end(), 0);
        call = 1;
    }
    // Words as the words table has them (whole, cut at kMaxWordBytes), so a term that is one word
    // is answered here too, without positions or junction tokens; FTS5 keeps one of repeats.
    char word[kMaxWordBytes];
    int wordLength = 0;
    int wordStart = -1;
    int wordEnd = 0;
    auto endWord = [&]() {
        if (wordStart < 0)
            return int(SQLITE_OK);
        const int rc = sink(context, word, wordLength, wordStart, wordEnd, wordEnd, wordEnd);
        wordStart = -1;
        wordLength = 0;
        return rc;
    };
    const int rc = forEachFolded(text, size, [&](char32_t c, int start, int end) {
        const CharClass kind = classify(c);
        if (kind == CharClass::Word || (kind == CharClass::Mark && wordStart >= 0)) {
            if (wordStart < 0)
                wordStart = start;
            char bytes[4];
            const int n = encodeUtf8(c, bytes);
            if (wordLength + n <= kMaxWordBytes) {
                std::memcpy(word + wordLength, bytes, size_t(n));
                wordLength += n;
            }
            wordEnd = end;
            return int(SQLITE_OK);
        }
        if (kind == CharClass::Mark)
            return int(SQLITE_OK);
        if (int rc = endWord())
            return rc;
        if (kind != CharClass::Cjk)
            return int(SQLITE_OK);
        if (c < kStamped) {
            if (seen[c] == call)
                return int(SQLITE_OK);
            seen[c] = call;
        }
        char token[4];
        const int n = encodeUtf8(c, token);
        return sink(context, token, n, start, end, end, end);
    });
    return rc ? rc : endWord();
}

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

QList<FtsTokenizer::Token> FtsTokenizer::tokenize(const QByteArray &utf8)
{
    QList<Token> tokens;
    auto collect = [](void *context, const char *token, int length, int start, int end, int firstEnd, int joinEnd) {
        static_cast<QList<Token> *>(context)->append({QByteArray(token, length), start, end, firstEnd, joinEnd});
        return 0;
    };
    tokenize(utf8.constData(), int(utf8.size()), &tokens, collect);
    return tokens;
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

Status FtsTokenizer::registerWith(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api) {
        return Error {QStringLiteral("This SQLite library has no FTS5 full-text search, which the library's search "
                                     "index needs. Install an SQLite built with FTS5 (Debian's libsqlite3 has it).")};
    }
    static fts5_tokenizer tokenizer {ftsCreate, ftsDelete, ftsTokenize};
    static fts5_tokenizer characters {ftsCreate, ftsDelete, ftsTokenizeCharacters};
    int rc = api->xCreateTokenizer(api, kName, nullptr, &tokenizer, nullptr);
    if (rc == SQLITE_OK)
        rc = api->xCreateTokenizer(api, kCharactersName, nullptr, &characters, nullptr);
    if (rc != SQLITE_OK) {
        return Error {QStringLiteral("Could not register the search tokenizer with SQLite: %1.")
                          .arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    return success();
}

QString FtsTokenizer::version()
{
    // Folding that changes what these produce changes the index: the fingerprint catches it.
    static const QString probe = QStringLiteral(
        "ＡＢＣ１２３abcXYZ Straße İstanbul ﬁ①㈠㍿ ΣΑΣ 總工會 臺灣 體育 後 發展 髮 乾隆 钟鍾 "
        "ｶﾀｶﾅ ひらがな 한국어 \u00AD\u200B é e\u0301 ﹝（）﹞，。！？");
    static const QString value = [] {
        const QByteArray fold = foldForSearch(probe).toUtf8();
        const QByteArray hash = QCryptographicHash::hash(fold, QCryptographicHash::Sha1).toHex().left(12);
        return QStringLiteral("bigram-%1/%2").arg(kRulesVersion).arg(QString::fromLatin1(hash));
    }();
    return value;
}

} // namespace broadsheet
