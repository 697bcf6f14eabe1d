#include "storage/ftstokenizer.h"

#include "storage/ftscharclass.h"
#include "text/textfold.h"

#include <QCryptographicHash>

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace broadsheet {

using namespace fts;

namespace {

// Bump when the token rules change (the fold's own changes are caught by its fingerprint).
constexpr int kRulesVersion = 4;

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
