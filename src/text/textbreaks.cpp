#include "text/textbreaks.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <memory>

namespace broadsheet {

namespace {

constexpr int kContext = 4; // code points taken from each side of the junction

// One iterator per thread: ICU break iterators keep state and are not thread-safe, and creating
// one loads the CJK dictionary, far too slow to do per call.
icu::BreakIterator *wordIterator()
{
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
        if (U_FAILURE(status))
            it.reset();
        return it;
    }();
    return iterator.get();
}

bool isHan(UChar32 c)
{
    UErrorCode status = U_ZERO_ERROR;
    return uscript_getScript(c, &status) == USCRIPT_HAN && U_SUCCESS(status);
}

// Start (in UTF-16 units) of the last `count` code points of `s`.
qsizetype tailStart(QStringView s, int count)
{
    qsizetype i = s.size();
    for (int n = 0; n < count && i > 0; ++n) {
        --i;
        if (i > 0 && s[i].isLowSurrogate() && s[i - 1].isHighSurrogate())
            --i;
    }
    return i;
}

// Length (in UTF-16 units) of the first `count` code points of `s`.
qsizetype headLength(QStringView s, int count)
{
    qsizetype i = 0;
    for (int n = 0; n < count && i < s.size(); ++n) {
        if (i + 1 < s.size() && s[i].isHighSurrogate() && s[i + 1].isLowSurrogate())
            ++i;
        ++i;
    }
    return i;
}

} // namespace

bool junctionInsideWord(QStringView left, QStringView right)
{
    if (left.isEmpty() || right.isEmpty())
        return false;
    icu::BreakIterator *it = wordIterator();
    if (!it)
        return false;
    const QStringView tail = left.mid(tailStart(left, kContext));
    const QStringView head = right.left(headLength(right, kContext));
    icu::UnicodeString text(reinterpret_cast<const char16_t *>(tail.utf16()), int32_t(tail.size()));
    text.append(reinterpret_cast<const char16_t *>(head.utf16()), int32_t(head.size()));
    const int32_t junction = int32_t(tail.size());

    it->setText(text);
    if (it->isBoundary(junction))
        return false;
    const int32_t end = it->following(junction);
    const int32_t start = it->preceding(junction);
    if (start == icu::BreakIterator::DONE || end == icu::BreakIterator::DONE || start >= junction || end <= junction)
        return false;
    for (int32_t i = start; i < end;) {
        const UChar32 c = text.char32At(i);
        if (!isHan(c))
            return false;
        i += U16_LENGTH(c);
    }
    return true;
}

} // namespace broadsheet
