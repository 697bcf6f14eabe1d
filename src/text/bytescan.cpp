#include "text/bytescan.h"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    auto look = [&scan](unsigned char b, qsizetype i) {
        if (b >= 0x20 && b != 0x7F)
            return;
        if (b == '\t' || b == '\n' || b == '\v' || b == '\f' || b == '\r')
            return;
        if (b == 0 && scan.firstNul < 0)
            scan.firstNul = i;
        if (scan.firstControl < 0)
            scan.firstControl = i;
        ++scan.controlCount;
    };
    qsizetype i = 0;
#if defined(__SSE2__)
    // Sixteen bytes at a time; text has no control byte in nearly every block, and only a block
    // that holds one is looked at byte by byte. A control is a byte up to 0x1F outside tab to CR
    // (0x09-0x0D), or DEL.
    const __m128i upTo1F = _mm_set1_epi8(0x1F);
    const __m128i tab = _mm_set1_epi8(0x09);
    const __m128i fourPastTab = _mm_set1_epi8(0x04);
    const __m128i del = _mm_set1_epi8(0x7F);
    for (; i + 16 <= size; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i low = _mm_cmpeq_epi8(_mm_max_epu8(v, upTo1F), upTo1F);
        const __m128i space = _mm_cmpeq_epi8(_mm_max_epu8(_mm_sub_epi8(v, tab), fourPastTab), fourPastTab);
        const __m128i bad = _mm_or_si128(_mm_andnot_si128(space, low), _mm_cmpeq_epi8(v, del));
        if (_mm_movemask_epi8(bad) == 0)
            continue;
        for (qsizetype k = i; k < i + 16; ++k)
            look(p[k], k);
    }
#endif
    for (; i < size; ++i)
        look(p[i], i);
    return scan;
}

} // namespace broadsheet::bytescan
