#include "text/bytescan.h"

#include <cstring>

namespace broadsheet::bytescan {

namespace {

inline bool isContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Length of the valid UTF-8 sequence starting at p[0] (p has `left` bytes), or 0.
inline int sequenceLength(const unsigned char *p, qsizetype left)
{
    const unsigned char b = p[0];
    if (b < 0x80)
        return 1;
    if (b >= 0xC2 && b <= 0xDF)
        return left >= 2 && isContinuation(p[1]) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        if (left < 3 || !isContinuation(p[1]) || !isContinuation(p[2]))
            return 0;
        if (b == 0xE0 && p[1] < 0xA0) // overlong
            return 0;
        if (b == 0xED && p[1] >= 0xA0) // surrogate
            return 0;
        return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        if (left < 4 || !isContinuation(p[1]) || !isContinuation(p[2]) || !isContinuation(p[3]))
            return 0;
        if (b == 0xF0 && p[1] < 0x90) // overlong
            return 0;
        if (b == 0xF4 && p[1] >= 0x90) // past U+10FFFF
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

Utf8Scan scanUtf8(const char *data, qsizetype size)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        // Eight ASCII bytes at a time: most of any page's markup, digits and line breaks.
        if (i + 8 <= size) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const int n = sequenceLength(p + i, size - i);
        if (n == 0) {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++scan.invalidCount;
            ++i;
            continue;
        }
        if (n > 1)
            ++scan.multibyteCount;
        i += n;
    }
    return scan;
}

ControlScan scanControls(const char *data, qsizetype size)
{
    ControlScan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char b = p[i];
        if (b >= 0x20 && b != 0x7F)
            continue;
        if (b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r')
            continue;
        if (b == 0 && scan.firstNul < 0)
            scan.firstNul = i;
        if (scan.firstControl < 0)
            scan.firstControl = i;
        ++scan.controlCount;
    }
    return scan;
}

} // namespace broadsheet::bytescan
