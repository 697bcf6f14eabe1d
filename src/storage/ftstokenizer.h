// FtsTokenizer: the FTS5 tokenizer of the search index (CJK bigrams, folded words) and the token
// sequences a search term turns into.
#pragma once

#include "text/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

struct sqlite3;

namespace broadsheet {

// The index holds, for text folded by foldForSearch():
//  - each run of CJK characters (Han, kana, hangul, bopomofo) as its overlapping bigrams, plus the
//    run's last character alone. So a term of n >= 2 CJK characters is the phrase of its n-1
//    bigrams (which can only line up inside one run), and one character c is the prefix query c*,
//    matching every bigram that starts with c and every run ending in c: each occurrence of c is
//    one or the other, so both are exact substring searches without indexing every character twice.
//    (SearchMatch sends a term of one character to the character tables instead.) Spaces between
//    two CJK characters do not end a run: names padded to three characters (李　强) and
//    letter-spaced headlines are indexed as they read.
//  - each run of letters/digits of other scripts as one whole token (prefix search with *).
//  - a run directly followed by a run of the other kind (2024年, 中国ABC) ends in a junction token
//    joined by kJoinMark: a word's names the first CJK character after it (2024›年), a CJK run's the
//    whole word after it (平›2024). So "国abc" matches 中国ABC but not 中国 ABC; 2024年 or 11月4日
//    are phrases of exact tokens, and 习近平20 ends in the prefix 平›20* over a few junction tokens,
//    never in a prefix query over every token that starts with 20 or every bigram that starts with 年.
// Everything else (punctuation, symbols, line breaks) separates runs and is not indexed.
class FtsTokenizer {
public:
    // The name the tokenizer is registered under (CREATE VIRTUAL TABLE … tokenize='broadsheet').
    static constexpr const char *kName = "broadsheet";
    // The tokenizer of the character tables (article_chars, article_heads): each CJK character on
    // its own. Those tables keep no positions (detail=none), only which articles hold a character,
    // which answers one-character terms by reading one short list instead of every bigram c*.
    static constexpr const char *kCharactersName = "broadsheet_chars";
    // U+203A: joins a run's last token to the first character of the run of the other kind after it.
    static constexpr const char *kJoinMark = "\xE2\x80\xBA";
    // Letter/digit runs longer than this (UTF-8 bytes) are cut, in documents and queries alike.
    static constexpr int kMaxWordBytes = 120;

    // True for the characters indexed as bigrams (Han, kana, hangul, bopomofo), after folding.
    static bool isCjk(char32_t c);

    // Registers the tokenizer on `db` (a connection hook: every connection of the library).
    static Status registerWith(sqlite3 *db);

    // Identifies what the tokenizer produces: its own rules and a fingerprint of foldForSearch().
    // Stored in the index; a library indexed with another version is re-indexed on open.
    static QString version();

    // One indexed token with its place in the UTF-8 input.
    struct Token {
        QByteArray text;
        int start = 0; // byte offsets into the input
        int end = 0;
        int firstEnd = 0; // end of the token's first character (what a one-character prefix covers)
        int joinEnd = 0;  // end of the next run's first character for a junction token, else `end`
    };

    // The callback receives each token; a non-zero return stops tokenizing and is returned.
    using Emit = int (*)(void *context, const char *token, int length, int start, int end, int firstEnd, int joinEnd);
    // Tokenizes UTF-8 `text` for the index (no allocation per token; this is the import hot path).
    static int tokenize(const char *text, int size, void *context, Emit sink);
    static QList<Token> tokenize(const QByteArray &utf8);
    // The character tables' tokens: each distinct CJK character of the folded text, once, at its
    // first occurrence, and each word as the words table has it (Emit's firstEnd and joinEnd are `end`).
    static int tokenizeCharacters(const char *text, int size, void *context, Emit sink);

    // One token of a query phrase: exact, or a prefix.
    struct QueryToken {
        QByteArray text;
        bool prefix = false;
        bool operator==(const QueryToken &) const = default;
    };
    using Phrase = QList<QueryToken>;

    // A term the character tables answer alone: one CJK character, or one word (whole, or a
    // prefix when `prefix`). Their token, and whether it is a prefix query there.
    struct CharacterTerm {
        QByteArray token;
        bool prefix = false;
    };
    static std::optional<CharacterTerm> characterTerm(QStringView text, bool prefix);

    // The phrases (any of which may match) that find `text` the way the index holds it. `phrase`:
    // the text came in quotes, where a space next to a CJK character may also be absent (so
    // "技能 大赛" finds 技能大赛). `prefix`: the last word may continue (covid*). Empty when `text`
    // has nothing indexable.
    static QList<Phrase> queryPhrases(QStringView text, bool phrase, bool prefix);
};

} // namespace broadsheet
