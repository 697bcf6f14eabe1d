// Fuzz harness: arbitrary bytes through decodeText, PageSegmenter and the page JSON writer/reader.
#include "core/pagejson.h"
#include "core/pagesegmenter.h"
#include "text/textdecoder.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace broadsheet;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_decode_segment: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.txt");
    const Result<DecodedText> decoded = decodeText(bytes, name);
    if (!decoded.ok()) {
        // Every refusal is a sentence naming the file.
        if (!decoded.error().startsWith(name))
            fail("an error message does not name the file:", decoded.error());
        return 0;
    }
    const QString &text = decoded->text;
    if (text.contains(QLatin1Char('\r')) || text.contains(QChar(0xFEFF)))
        fail("decoded text still holds a CR or a BOM");
    static const QStringList encodings { QStringLiteral("UTF-8"), QStringLiteral("UTF-16LE"), QStringLiteral("UTF-16BE"),
                                         QStringLiteral("UTF-32LE"), QStringLiteral("UTF-32BE"),
                                         QStringLiteral("GB18030"), QStringLiteral("Big5"), QStringLiteral("Big5-HKSCS") };
    if (!encodings.contains(decoded->encoding))
        fail("unexpected encoding", decoded->encoding);
    if (decoded->encoding == QLatin1String("UTF-8") && !bytes.startsWith("\xEF\xBB\xBF")) {
        // Valid UTF-8 is decoded exactly as Qt decodes it, line ends and stray BOMs aside.
        QString expected = QString::fromUtf8(bytes);
        expected.remove(QChar(0xFEFF));
        expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        expected.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        if (expected != text)
            fail("UTF-8 decoding differs from Qt's");
    }

    PageHints hints;
    hints.source = name;
    hints.encoding = decoded->encoding;
    const Page page = PageSegmenter().segment(text, hints);
    const QByteArray json = pageToJson(page);
    const Result<Page> back = pageFromJson(json);
    if (!back.ok())
        fail("pageFromJson rejects what pageToJson wrote:", back.error());
    if (pageToJson(back.value()) != json)
        fail("page JSON does not survive a round trip");
    return 0;
}
