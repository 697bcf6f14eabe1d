#include "text/textdecoder.h"

#include "text/bytescan.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

namespace broadsheet {

namespace {

constexpr qsizetype kDetectionSample = 32 * 1024; // enough for ICU's statistics, cheap on 50 MB

struct ConverterCloser {
    void operator()(UConverter *c) const { ucnv_close(c); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

struct DetectorCloser {
    void operator()(UCharsetDetector *d) const { ucsdet_close(d); }
};

// The outcome of a strict conversion: the text, or where it stopped and why.
struct Conversion {
    QString text;
    qsizetype errorOffset = -1; // byte offset of the first byte the charset does not explain
    bool truncated = false;     // the data ends inside a character
    bool ok() const { return errorOffset < 0; }
};

// Converts with ICU's stop-on-error callback, so that no byte is ever replaced or skipped.
Conversion convertStrict(const char *charset, const char *data, qsizetype size)
{
    Conversion result;
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(charset, &status));
    if (U_FAILURE(status)) {
        result.errorOffset = 0;
        return result;
    }
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    // Every charset we read spends at least one byte per UTF-16 unit, so `size` units should
    // suffice; should a converter ever produce more, the buffer grows and conversion goes on.
    result.text.resize(size + 16);
    const char *source = data;
    qsizetype used = 0;
    for (;;) {
        auto *begin = reinterpret_cast<UChar *>(result.text.data());
        UChar *target = begin + used;
        ucnv_toUnicode(converter.get(), &target, begin + result.text.size(), &source, data + size, nullptr, true,
                       &status);
        used = target - begin;
        if (status != U_BUFFER_OVERFLOW_ERROR)
            break;
        status = U_ZERO_ERROR;
        result.text.resize(result.text.size() * 2);
    }
    if (U_FAILURE(status)) {
        char invalid[32];
        int8_t invalidLength = sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(converter.get(), invalid, &invalidLength, &ignored);
        if (U_FAILURE(ignored))
            invalidLength = 0;
        result.errorOffset = std::max<qsizetype>(0, (source - data) - invalidLength);
        result.truncated = status == U_TRUNCATED_CHAR_FOUND;
        result.text.clear();
        return result;
    }
    result.text.resize(used);
    return result;
}

// Byte offset of the character at `unitIndex` of the text `charset` decodes `data` to.
qsizetype sourceOffsetOf(const char *charset, const char *data, qsizetype size, qsizetype unitIndex)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr converter(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return 0;
    QString text(unitIndex + 1, Qt::Uninitialized);
    std::vector<int32_t> offsets(size_t(unitIndex + 1));
    auto *target = reinterpret_cast<UChar *>(text.data());
    const char *source = data;
    // Conversion stops with a buffer overflow once the unit in question is written.
    ucnv_toUnicode(converter.get(), &target, target + unitIndex + 1, &source, data + size, offsets.data(), true,
                   &status);
    return offsets[size_t(unitIndex)];
}

// Private-use characters are what GB18030's and Big5's user-defined areas (and Big5's unassigned
// single bytes) decode to: never newspaper text, but a sign the candidate is the wrong one.
qsizetype firstPrivateUse(const QString &text)
{
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    for (qsizetype i = 0; i < text.size(); ++i)
        if ((s[i] >= 0xE000 && s[i] <= 0xF8FF) || (s[i] >= 0xDB80 && s[i] <= 0xDBFF))
            return i;
    return -1;
}

// Characters a Chinese newspaper page almost never holds but GB18030 and Big5 decode each other's
// byte pairs to: kana, Greek, Cyrillic, bopomofo, box drawing (GB2312 rows 4-9 sit where Big5 keeps
// its most frequent ideographs). Counted over the first 64 Ki units, for telling the two apart.
qsizetype unusualCount(const QString &text)
{
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = std::min<qsizetype>(text.size(), 64 * 1024);
    qsizetype count = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        count += (c >= 0x0370 && c < 0x0530) || (c >= 0x2500 && c < 0x2600) || (c >= 0x3040 && c < 0x3130)
            || (c >= 0x31A0 && c < 0x3200) || (c >= 0xE000 && c < 0xF900);
    }
    return count;
}

// Whether HKSCS's own characters are the few they are in Hong Kong and Macau text (氹仔, a name)
// rather than most of what a file of another encoding turns into: at most one CJK character in
// ten outside plain Big5.
bool fewHkscsCharacters(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    ConverterPtr big5(ucnv_open("Big5", &status));
    if (U_FAILURE(status))
        return false;
    ucnv_setFromUCallBack(big5.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    qsizetype cjk = 0, outside = 0;
    char out[8];
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size();
        const char32_t c = pair ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1)) : text.at(i).unicode();
        if (c >= 0x2E80) {
            ++cjk;
            UErrorCode s = U_ZERO_ERROR;
            ucnv_fromUChars(big5.get(), out, sizeof out, reinterpret_cast<const UChar *>(text.constData() + i), pair ? 2 : 1, &s);
            outside += U_FAILURE(s) ? 1 : 0;
        }
        i += pair ? 1 : 0;
    }
    return cjk > 0 && outside * 10 <= cjk;
}

QString hexByte(const QByteArray &bytes, qsizetype offset)
{
    return QStringLiteral("0x%1").arg(uint(uchar(bytes.at(offset))), 2, 16, QLatin1Char('0'));
}

Error binaryError(const QString &name, qsizetype offset, bool nul)
{
    return Error { nul ? QStringLiteral("%1 is not a text file: it holds binary data (a NUL byte at offset %2).")
                             .arg(name)
                             .arg(offset)
                       : QStringLiteral("%1 is not a text file: it holds binary data (control bytes, the first "
                                        "at offset %2).")
                             .arg(name)
                             .arg(offset) };
}

// Turns CRLF and lone CR into LF and drops U+FEFF, in place. A byte order mark inside a text is
// left over from files concatenated with their BOMs: invisible, meaningless, and lost by Qt's JSON
// reader at the start of a string, so no decoded text keeps one.
void normaliseLineEnds(QString &text)
{
    const qsizetype size = text.size();
    const qsizetype firstCr = text.indexOf(QLatin1Char('\r'));
    const qsizetype firstBom = text.indexOf(QChar(0xFEFF));
    if (firstCr < 0 && firstBom < 0)
        return;
    const qsizetype first = firstCr < 0 ? firstBom : firstBom < 0 ? firstCr : std::min(firstCr, firstBom);
    char16_t *s = reinterpret_cast<char16_t *>(text.data());
    qsizetype w = first;
    for (qsizetype r = first; r < size; ++r) {
        const char16_t c = s[r];
        if (c == u'\r') {
            s[w++] = u'\n';
            // CR, BOM, LF is one CRLF: the BOM is as if absent (found by fuzz_decode).
            qsizetype next = r + 1;
            while (next < size && s[next] == 0xFEFF)
                ++next;
            if (next < size && s[next] == u'\n')
                r = next;
            continue;
        }
        if (c == 0xFEFF)
            continue;
        s[w++] = c;
    }
    text.resize(w);
}

// NULs and C0 controls other than tab, LF, VT, FF and CR in decoded UTF-16/32 text.
struct TextControls {
    qsizetype firstNul = -1;
    qsizetype firstControl = -1;
    qsizetype count = 0;
};

TextControls scanTextControls(QStringView text)
{
    TextControls found;
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = s[i];
        if ((c >= 0x20 && c != 0x7F) || c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r')
            continue;
        if (c == 0 && found.firstNul < 0)
            found.firstNul = i;
        if (found.firstControl < 0)
            found.firstControl = i;
        ++found.count;
    }
    return found;
}

// The text of strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF, as
// bytescan::scanUtf8 has it); nothing when it is not UTF-8. Qt's converter turns each invalid
// sequence into U+FFFD, so text without one is valid as converted, and only text holding one (bad
// bytes, or a replacement character encoded in the file) is scanned byte by byte.
std::optional<QString> strictUtf8(const char *data, qsizetype size)
{
    QString text = QString::fromUtf8(data, size);
    if (text.contains(QChar::ReplacementCharacter) && bytescan::scanUtf8(data, size).firstInvalid >= 0)
        return std::nullopt;
    normaliseLineEnds(text);
    return text;
}

// Byte offset in UTF-16/32 data of the code unit at `unitIndex` of its decoded text.
qsizetype wideByteOffset(const QString &text, qsizetype unitIndex, int unitBytes, qsizetype bomLength)
{
    if (unitBytes == 2)
        return bomLength + 2 * unitIndex;
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < unitIndex; ++i)
        if (!text.at(i).isLowSurrogate())
            ++codePoints;
    return bomLength + 4 * codePoints;
}

// UTF-16 or UTF-32 marked by a BOM (or recognised without one): strict conversion, then no NULs.
Result<DecodedText> decodeWide(const QByteArray &bytes, const QString &name, const char *charset,
                               qsizetype bomLength, int unitBytes)
{
    Conversion c = convertStrict(charset, bytes.constData() + bomLength, bytes.size() - bomLength);
    const QString label = QString::fromLatin1(charset);
    if (!c.ok()) {
        const qsizetype offset = bomLength + c.errorOffset;
        if (c.truncated)
            return Error { QStringLiteral("%1 is cut off: it is %2 text but its last %3 byte(s), from offset %4, "
                                          "do not make a whole character. Check that the file was copied "
                                          "completely.")
                               .arg(name, label)
                               .arg(bytes.size() - offset)
                               .arg(offset) };
        return Error { QStringLiteral("%1 is not valid %2: the bytes at offset %3 are no %2 character. Re-save "
                                      "the file as UTF-8 and import it again.")
                           .arg(name, label)
                           .arg(offset) };
    }
    // A BOM'd file can still hold NULs that then mean binary content, not text.
    const TextControls controls = scanTextControls(c.text);
    if (controls.firstNul >= 0)
        return binaryError(name, wideByteOffset(c.text, controls.firstNul, unitBytes, bomLength), true);
    if (bytescan::tooManyControls(controls.count, c.text.size()))
        return binaryError(name, wideByteOffset(c.text, controls.firstControl, unitBytes, bomLength), false);
    normaliseLineEnds(c.text);
    return DecodedText { std::move(c.text), label };
}

// Whether a decoded text looks like text a person wrote: printable code points of the scripts and
// symbol blocks a newspaper uses, almost nothing else.
bool plausibleText(const QString &text)
{
    if (text.isEmpty())
        return false;
    qsizetype good = 0, total = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i).unicode();
        if (text.at(i).isLowSurrogate())
            continue;
        ++total;
        const bool ok = (c >= 0x20 && c < 0x7F) || c == u'\n' || c == u'\r' || c == u'\t' || (c >= 0xA0 && c < 0x250)
            || (c >= 0x2000 && c < 0x2800) // punctuation, letterlike, numbers, arrows, boxes, shapes
            || (c >= 0x3000 && c < 0xA000) // CJK symbols, kana, bopomofo, enclosed, ideographs
            || (c >= 0xAC00 && c < 0xD7B0) // Hangul
            || (c >= 0xF900 && c < 0xFB00) || (c >= 0xFE30 && c < 0xFE50) || (c >= 0xFF00 && c < 0xFFF0)
            || (c >= 0xD800 && c < 0xDC00); // supplementary ideographs (a pair, counted once)
        if (ok)
            ++good;
    }
    return good * 100 >= total * 98;
}

// UTF-16 without a BOM: considered only for data with NULs, only when the zero bytes sit almost all
// on one side of the code units (ASCII in UTF-16) and the strict decoding reads as text.
std::optional<DecodedText> guessUtf16(const QByteArray &bytes)
{
    const qsizetype size = bytes.size();
    if (size < 4 || size % 2 != 0)
        return std::nullopt;
    qsizetype even = 0, odd = 0;
    const char *d = bytes.constData();
    for (qsizetype i = 0; i < size; i += 2) {
        even += d[i] == 0;
        odd += d[i + 1] == 0;
    }
    const char *charset = nullptr;
    if (odd > even * 10)
        charset = "UTF-16LE";
    else if (even > odd * 10)
        charset = "UTF-16BE";
    if (!charset)
        return std::nullopt;
    Conversion c = convertStrict(charset, d, size);
    if (!c.ok() || scanTextControls(c.text).count > 0 || !plausibleText(c.text))
        return std::nullopt;
    normaliseLineEnds(c.text);
    return DecodedText { std::move(c.text), QString::fromLatin1(charset) };
}

// GB18030 and Big5, in the order ICU's detector finds them likely; GB18030 first when it cannot tell.
std::array<const char *, 2> legacyCandidates(const QByteArray &bytes)
{
    int gb = 0, big5 = 0;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_SUCCESS(status)) {
        ucsdet_setText(detector.get(), bytes.constData(), int32_t(std::min(bytes.size(), kDetectionSample)), &status);
        int32_t count = 0;
        const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
        for (int32_t i = 0; U_SUCCESS(status) && i < count; ++i) {
            UErrorCode s = U_ZERO_ERROR;
            const char *name = ucsdet_getName(matches[i], &s);
            const int confidence = ucsdet_getConfidence(matches[i], &s);
            if (U_FAILURE(s) || !name)
                continue;
            if (std::strcmp(name, "GB18030") == 0)
                gb = std::max(gb, confidence);
            else if (std::strcmp(name, "Big5") == 0)
                big5 = std::max(big5, confidence);
        }
    }
    if (big5 > gb)
        return { "Big5", "GB18030" };
    return { "GB18030", "Big5" };
}

Result<DecodedText> decodeUtf8(const QByteArray &bytes, const QString &name, qsizetype bomLength)
{
    const char *data = bytes.constData() + bomLength;
    const qsizetype size = bytes.size() - bomLength;
    const bytescan::ControlScan controls = bytescan::scanControls(data, size);
    if (controls.firstNul >= 0)
        return binaryError(name, bomLength + controls.firstNul, true);
    if (bytescan::tooManyControls(controls.controlCount, size))
        return binaryError(name, bomLength + controls.firstControl, false);
    if (std::optional<QString> text = strictUtf8(data, size))
        return DecodedText { std::move(*text), QStringLiteral("UTF-8") };
    const qsizetype offset = bomLength + bytescan::scanUtf8(data, size).firstInvalid;
    return Error { QStringLiteral("%1 starts with a UTF-8 byte order mark but is not valid UTF-8: the byte "
                                  "at offset %2 (%3) is no part of a UTF-8 character. Re-save the file "
                                  "as UTF-8 and import it again.")
                       .arg(name)
                       .arg(offset)
                       .arg(hexByte(bytes, offset)) };
}

} // namespace

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &displayName)
{
    if (bytes.isEmpty())
        return DecodedText { QString(), QStringLiteral("UTF-8") };

    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeUtf8(bytes, displayName, 3);
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)))
        return decodeWide(bytes, displayName, "UTF-32LE", 4, 4);
    if (bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)))
        return decodeWide(bytes, displayName, "UTF-32BE", 4, 4);
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWide(bytes, displayName, "UTF-16LE", 2, 2);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWide(bytes, displayName, "UTF-16BE", 2, 2);

    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    const bytescan::ControlScan controls = bytescan::scanControls(data, size);
    if (controls.firstNul >= 0) {
        if (std::optional<DecodedText> wide = guessUtf16(bytes))
            return *wide;
        return binaryError(displayName, controls.firstNul, true);
    }
    if (bytescan::tooManyControls(controls.controlCount, size))
        return binaryError(displayName, controls.firstControl, false);

    // Nearly every page is UTF-8: it is converted and checked at once, and only text that is not
    // UTF-8 is scanned for where and how often it breaks the rules.
    if (std::optional<QString> text = strictUtf8(data, size))
        return DecodedText { std::move(*text), QStringLiteral("UTF-8") };
    const bytescan::Utf8Scan utf8 = bytescan::scanUtf8(data, size);
    // Mostly valid UTF-8 with a few bad bytes is a damaged UTF-8 file: GB18030 accepts nearly any
    // byte pair and would turn it into fluent nonsense, so it is not tried.
    if (utf8.multibyteCount >= 4 * utf8.invalidCount)
        return Error { QStringLiteral("%1 is not valid UTF-8: the byte at offset %2 (%3) is no part of a UTF-8 "
                                      "character, though the rest of the file reads as UTF-8. The file may be "
                                      "damaged; re-save it as UTF-8 and import it again.")
                           .arg(displayName)
                           .arg(utf8.firstInvalid)
                           .arg(hexByte(bytes, utf8.firstInvalid)) };

    // Both legacy candidates are converted strictly; a candidate whose output holds private-use
    // characters counts as failed. When both succeed (Big5 text always does as GBK), the one with
    // fewer implausible characters wins, and ICU's detector (slow: it runs every recogniser it
    // has) decides only when that count cannot.
    // Big5-HKSCS (Hong Kong and Macau: 氹仔, 嘅) is tried when plain Big5 fails: it reads Big5 text
    // the same and the characters HKSCS adds, which plain Big5 refuses.
    qsizetype furthest = utf8.firstInvalid;
    std::optional<DecodedText> accepted[3];
    const char *const charsets[3] = { "GB18030", "Big5", "Big5-HKSCS" };
    for (int k = 0; k < 3; ++k) {
        if (k == 2 && accepted[1])
            break;
        Conversion c = convertStrict(charsets[k], data, size);
        if (c.ok()) {
            const qsizetype privateUse = firstPrivateUse(c.text);
            if (privateUse < 0 && (k < 2 || fewHkscsCharacters(c.text))) {
                accepted[k] = DecodedText { std::move(c.text), QString::fromLatin1(charsets[k]) };
                continue;
            }
            if (privateUse >= 0)
                c.errorOffset = sourceOffsetOf(charsets[k], data, size, privateUse);
        }
        if (k < 2) // (where HKSCS fails too says nothing new of the file)
            furthest = std::max(furthest, c.errorOffset);
    }
    const int big5 = accepted[1] ? 1 : 2;
    if (accepted[0] || accepted[big5]) {
        int pick = accepted[0] ? 0 : big5;
        if (accepted[0] && accepted[big5]) {
            const qsizetype unusualGb = unusualCount(accepted[0]->text);
            const qsizetype unusualBig5 = unusualCount(accepted[big5]->text);
            if (unusualGb != unusualBig5)
                pick = unusualGb < unusualBig5 ? 0 : big5;
            else
                pick = std::strcmp(legacyCandidates(bytes).front(), "Big5") == 0 ? big5 : 0;
        }
        DecodedText result = std::move(*accepted[pick]);
        normaliseLineEnds(result.text);
        return result;
    }
    return Error { QStringLiteral("%1 is in no encoding Broadsheet reads (UTF-8, UTF-16, GB18030, Big5 or Big5-HKSCS): the "
                                  "byte at offset %2 (%3) fits none of them. Re-save the file as UTF-8 and "
                                  "import it again.")
                       .arg(displayName)
                       .arg(furthest)
                       .arg(hexByte(bytes, furthest)) };
}

Result<QByteArray> encodeText(QStringView text, const QString &encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray charset = encoding.toLatin1();
    ConverterPtr converter(ucnv_open(charset.constData(), &status));
    if (U_FAILURE(status))
        return Error { QStringLiteral("%1 is not an encoding Broadsheet knows.").arg(encoding) };
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray out;
    out.resize(text.size() * qsizetype(ucnv_getMaxCharSize(converter.get())) + 8);
    char *target = out.data();
    const auto *source = reinterpret_cast<const UChar *>(text.utf16());
    const UChar *const sourceBegin = source;
    ucnv_fromUnicode(converter.get(), &target, out.data() + out.size(), &source, sourceBegin + text.size(), nullptr,
                     true, &status);
    if (U_FAILURE(status)) {
        UChar invalid[8];
        int8_t invalidLength = 8;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidUChars(converter.get(), invalid, &invalidLength, &ignored);
        const qsizetype at = std::max<qsizetype>(0, (source - sourceBegin) - (U_SUCCESS(ignored) ? invalidLength : 0));
        return Error { QStringLiteral("The character at position %1 cannot be written in %2.").arg(at).arg(encoding) };
    }
    out.resize(target - out.data());
    return out;
}

} // namespace broadsheet
