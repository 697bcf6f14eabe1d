// Internal to the search tokenizer (ftstokenizer.cpp, ftsquery.cpp): the character classes the
// index and the queries read text by, and UTF-8 encoding of one code point.
#pragma once

#include <QChar>

namespace broadsheet::fts {

enum class CharClass { Gap, Cjk, Word, Mark };

inline bool cjk(char32_t c)
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
inline bool horizontalSpace(char32_t c) { return c == u' ' || c == u'\t'; }

inline CharClass classify(char32_t c)
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

} // namespace broadsheet::fts
