// Fuzz harness: foldForSearch, toSimplified and junctionInsideWord on arbitrary UTF-16 (bad surrogates included).
#include "text/textbreaks.h"
#include "text/textfold.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace broadsheet;

namespace {

[[noreturn]] void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_textfold: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // The first byte picks how the rest is read: as UTF-8 when odd (the sample-page seeds start
    // with '#', 0x23, so they arrive as real text), else as raw UTF-16 code units (which reaches
    // unpaired surrogates and every BMP character).
    if (size == 0)
        return 0;
    QString input;
    if (data[0] & 1) {
        input = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    } else {
        for (std::size_t i = 1; i + 1 < size; i += 2)
            input.append(QChar(char16_t(data[i] | (data[i + 1] << 8))));
    }

    QList<int> offsets;
    const QString folded = foldForSearch(input, &offsets);
    if (offsets.size() != folded.size() + 1 || offsets.last() != input.size())
        fail("offsets have the wrong length");
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (offsets[i] < 0 || offsets[i] >= input.size() || (i > 0 && offsets[i] < offsets[i - 1]))
            fail("an offset is out of order or out of range");
    }
    if (foldForSearch(folded) != folded)
        fail("folding is not idempotent");
    if (foldForSearch(input) != folded)
        fail("folding differs with and without offsets");

    const QString simple = toSimplified(input);
    if (toSimplified(simple) != simple)
        fail("toSimplified is not idempotent");

    const qsizetype split = input.isEmpty() ? 0 : qsizetype(data[0] >> 1) % (input.size() + 1);
    (void)junctionInsideWord(QStringView(input).left(split), QStringView(input).mid(split));
    return 0;
}
