#include "text/textfold.h"

#include "text/foldtable.h"

#include <algorithm>

namespace broadsheet {

namespace {

// Grows `out` (used as a raw buffer of `used` units) so that `extra` more units fit.
inline char16_t *reserveUnits(QString &out, qsizetype used, qsizetype extra)
{
    if (used + extra > out.size())
        out.resize(std::max<qsizetype>(out.size() * 2, used + extra + 64));
    return reinterpret_cast<char16_t *>(out.data());
}

inline void reserveOffsets(QList<int> &offsets, qsizetype used, qsizetype extra)
{
    if (used + extra > offsets.size())
        offsets.resize(std::max<qsizetype>(offsets.size() * 2, used + extra + 64));
}

// Reads the code point at `i` (an unpaired surrogate stands for itself); returns its unit count.
inline int codePointAt(const char16_t *s, qsizetype size, qsizetype i, char32_t &c)
{
    const char16_t u = s[i];
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < size && s[i + 1] >= 0xDC00 && s[i + 1] <= 0xDFFF) {
        c = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(s[i + 1]) - 0xDC00);
        return 2;
    }
    c = u;
    return 1;
}

static_assert(kMaxFoldedUnits == int(foldtable::kMaxFoldUnits));

} // namespace

int appendFolded(char32_t codePoint, char16_t *out)
{
    const unsigned index = foldtable::foldIndex(codePoint);
    if (index) {
        const unsigned length = foldtable::kFoldLength[index - 1];
        std::copy_n(foldtable::kFoldPool + foldtable::kFoldOffset[index - 1], length, out);
        return int(length);
    }
    if (codePoint >= 0x10000) {
        out[0] = char16_t(0xD800 + ((codePoint - 0x10000) >> 10));
        out[1] = char16_t(0xDC00 + ((codePoint - 0x10000) & 0x3FF));
        return 2;
    }
    out[0] = char16_t(codePoint);
    return 1;
}

QString foldForSearch(QStringView input, QList<int> *sourceOffsets)
{
    const char16_t *in = reinterpret_cast<const char16_t *>(input.utf16());
    const qsizetype size = input.size();
    QString out;
    out.resize(size);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    qsizetype used = 0;
    if (sourceOffsets) {
        sourceOffsets->clear();
        sourceOffsets->resize(size + 1);
    }
    int *offsets = sourceOffsets ? sourceOffsets->data() : nullptr;

    for (qsizetype i = 0; i < size;) {
        const char16_t u = in[i];
        if (u < 0x80) {
            // ASCII: only A-Z change; this is most of the non-Han text in a page.
            if (used + 1 > out.size())
                dst = reserveUnits(out, used, 1);
            if (offsets && used + 1 > sourceOffsets->size()) {
                reserveOffsets(*sourceOffsets, used, 1);
                offsets = sourceOffsets->data();
            }
            dst[used] = (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
            if (offsets)
                offsets[used] = int(i);
            ++used;
            ++i;
            continue;
        }
        char32_t c;
        const int width = codePointAt(in, size, i, c);
        if (used + qsizetype(foldtable::kMaxFoldUnits) > out.size())
            dst = reserveUnits(out, used, foldtable::kMaxFoldUnits);
        const int n = appendFolded(c, dst + used);
        if (offsets) {
            if (used + n > sourceOffsets->size()) {
                reserveOffsets(*sourceOffsets, used, n);
                offsets = sourceOffsets->data();
            }
            std::fill_n(offsets + used, n, int(i));
        }
        used += n;
        i += width;
    }
    out.resize(used);
    if (sourceOffsets) {
        sourceOffsets->resize(used + 1);
        (*sourceOffsets)[used] = int(size);
    }
    return out;
}

QString toSimplified(QStringView input)
{
    const char16_t *in = reinterpret_cast<const char16_t *>(input.utf16());
    const qsizetype size = input.size();
    QString out;
    out.resize(size);
    char16_t *dst = reinterpret_cast<char16_t *>(out.data());
    qsizetype used = 0;
    for (qsizetype i = 0; i < size;) {
        if (used + 2 > out.size())
            dst = reserveUnits(out, used, 2);
        if (in[i] < 0x3400) { // nothing below the first CJK block has a simplified form
            dst[used++] = in[i++];
            continue;
        }
        char32_t c;
        const int width = codePointAt(in, size, i, c);
        const char32_t s = foldtable::simplified(c);
        if (s >= 0x10000) {
            dst[used++] = char16_t(0xD800 + ((s - 0x10000) >> 10));
            dst[used++] = char16_t(0xDC00 + ((s - 0x10000) & 0x3FF));
        } else {
            dst[used++] = char16_t(s);
        }
        i += width;
    }
    out.resize(used);
    return out;
}

} // namespace broadsheet
