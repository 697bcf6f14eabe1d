// Fuzz harness: decodeText alone (fast, so the decoder's branches get far more inputs than through the segmenter).
#include "text/textdecoder.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace broadsheet;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_decode: %s %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString name = QStringLiteral("fuzz.txt");
    const Result<DecodedText> decoded = decodeText(bytes, name);
    if (!decoded.ok()) {
        // A refusal names the file and, when it names a byte offset, one inside the input.
        const QString &message = decoded.error();
        if (!message.startsWith(name) || !message.endsWith(QLatin1Char('.')))
            fail("a malformed error message:", message);
        static const QRegularExpression offsetRe(QStringLiteral("offset (\\d+)"));
        const QRegularExpressionMatch m = offsetRe.match(message);
        if (m.hasMatch() && m.captured(1).toLongLong() >= qint64(size))
            fail("an error names an offset past the end:", message);
        return 0;
    }
    const QString &text = decoded->text;
    if (text.contains(QLatin1Char('\r')) || text.contains(QChar(0xFEFF)))
        fail("decoded text still holds a CR or a BOM");
    if (text.size() > qsizetype(size))
        fail("decoded text has more UTF-16 units than the input has bytes");
    if (decoded->encoding == QLatin1String("UTF-8") && !bytes.startsWith("\xEF\xBB\xBF")) {
        QString expected = QString::fromUtf8(bytes);
        expected.remove(QChar(0xFEFF));
        expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        expected.replace(QLatin1Char('\r'), QLatin1Char('\n'));
        if (expected != text)
            fail("UTF-8 decoding differs from Qt's");
    }
    // GB18030 is a Unicode transformation: the text encodes back to the same bytes (unless line
    // ends or a U+FEFF, 84 31 95 33, were normalised away).
    if (decoded->encoding == QLatin1String("GB18030") && !bytes.contains('\r') && !bytes.contains("\x84\x31\x95\x33")) {
        const Result<QByteArray> again = encodeText(text, decoded->encoding);
        if (!again.ok() || again.value() != bytes)
            fail("GB18030 text does not encode back to its bytes");
    }
    return 0;
}
