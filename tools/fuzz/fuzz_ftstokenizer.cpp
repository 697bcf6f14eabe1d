// Fuzz harness: the FTS5 tokenizers (words and characters) on arbitrary bytes (invalid UTF-8
// included) and the query phrases of arbitrary text.
#include "storage/ftstokenizer.h"

#include <QSet>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace broadsheet;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_ftstokenizer: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    int lastStart = -1;
    const QList<FtsTokenizer::Token> tokens = FtsTokenizer::tokenize(bytes);
    for (const FtsTokenizer::Token &t : tokens) {
        if (t.text.isEmpty())
            fail("an empty token");
        // A word at the limit, then a junction: the mark and one character of the next run.
        if (t.text.size() > FtsTokenizer::kMaxWordBytes + 3 + 4)
            fail("a token longer than the limit");
        if (t.start < 0 || t.end > int(size) || t.start >= t.end || t.firstEnd <= t.start || t.firstEnd > t.end)
            fail("token offsets outside the input");
        if (t.start < lastStart)
            fail("tokens out of order");
        lastStart = t.start;
        if (QString::fromUtf8(t.text).toUtf8() != t.text)
            fail("a token that is not valid UTF-8");
    }
    // The character tables' tokens: each CJK character once, exactly the characters the words
    // tokenizer starts a token with (every CJK character begins a bigram or ends a run), and the
    // words, exactly the words of the words tokenizer (its word tokens without their junctions).
    struct Seen {
        QSet<QByteArray> characters;
        QSet<QByteArray> words;
        int size = 0;
    } seen;
    seen.size = int(size);
    auto collect = [](void *context, const char *token, int length, int start, int end, int, int) {
        auto *c = static_cast<Seen *>(context);
        const QByteArray t(token, length);
        const QList<uint> ucs = QString::fromUtf8(t).toUcs4();
        if (t.isEmpty() || QString::fromUtf8(t).toUtf8() != t)
            fail("a character-table token that is empty or not valid UTF-8");
        if (start < 0 || end > c->size || start >= end)
            fail("character token offsets outside the input");
        if (FtsTokenizer::isCjk(ucs.first())) {
            if (ucs.size() != 1)
                fail("a character token of more than one CJK character");
            if (c->characters.contains(t))
                fail("a character emitted twice");
            c->characters.insert(t);
            return 0;
        }
        for (uint u : ucs) {
            if (FtsTokenizer::isCjk(u))
                fail("a word token holding a CJK character");
        }
        if (t.size() > FtsTokenizer::kMaxWordBytes)
            fail("a word token longer than the limit");
        c->words.insert(t);
        return 0;
    };
    FtsTokenizer::tokenizeCharacters(bytes.constData(), int(size), &seen, collect);
    QSet<QByteArray> starts;
    QSet<QByteArray> words;
    for (const FtsTokenizer::Token &t : tokens) {
        // The first character's bytes (tokens are valid UTF-8, checked above).
        const auto lead = static_cast<unsigned char>(t.text[0]);
        const int n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        const QByteArray first = t.text.left(n);
        if (FtsTokenizer::isCjk(QString::fromUtf8(first).toUcs4().value(0))) {
            starts.insert(first);
        } else {
            const qsizetype mark = t.text.indexOf(FtsTokenizer::kJoinMark);
            words.insert(mark < 0 ? t.text : t.text.left(mark));
        }
    }
    if (starts != seen.characters)
        fail("the character tokens differ from the characters the words tokenizer indexes");
    if (words != seen.words)
        fail("the word tokens of the character tables differ from the words tokenizer's");

    // The same bytes as a query term: every phrase has tokens, and only the last may be a prefix.
    const QString text = QString::fromUtf8(bytes);
    for (bool phrase : {false, true}) {
        for (const FtsTokenizer::Phrase &p : FtsTokenizer::queryPhrases(text, phrase, size % 2 == 1)) {
            if (p.isEmpty())
                fail("an empty query phrase");
            for (qsizetype i = 0; i + 1 < p.size(); ++i) {
                if (p[i].text.isEmpty())
                    fail("an empty query token");
            }
        }
    }
    return 0;
}
