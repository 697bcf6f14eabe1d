// Fuzz harness: the FTS5 tokenizer on arbitrary bytes (invalid UTF-8 included) and the query
// phrases of arbitrary text.
#include "storage/ftstokenizer.h"

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
    for (const FtsTokenizer::Token &t : FtsTokenizer::tokenize(bytes)) {
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
