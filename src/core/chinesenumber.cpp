#include "core/chinesenumber.h"

namespace broadsheet {

namespace {

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'０' && u <= u'９')
        return u - u'０';
    switch (u) {
    case u'〇': case u'零': case u'○': return 0;
    case u'一': return 1;
    case u'二': case u'两': return 2;
    case u'三': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    default: return -1;
    }
}

int unitValue(QChar c)
{
    switch (c.unicode()) {
    case u'十': return 10;
    case u'百': return 100;
    case u'千': return 1000;
    default: return 0;
    }
}

} // namespace

std::optional<int> parseChineseNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 8)
        return std::nullopt;
    bool hasUnit = false;
    for (QChar c : text) {
        if (unitValue(c))
            hasUnit = true;
        else if (digitValue(c) < 0)
            return std::nullopt;
    }
    if (!hasUnit) { // positional digits: 4, 04, ０４, 一二 (rare), 〇四
        int value = 0;
        for (QChar c : text)
            value = value * 10 + digitValue(c);
        return value <= 9999 ? std::optional<int>(value) : std::nullopt;
    }
    int total = 0;
    int pending = -1; // digit waiting for its unit
    int lastUnit = 10000;
    for (QChar c : text) {
        if (const int unit = unitValue(c)) {
            if (unit >= lastUnit)
                return std::nullopt; // 十百, 百百: malformed
            total += (pending < 0 ? 1 : pending) * unit;
            pending = -1;
            lastUnit = unit;
        } else {
            const int d = digitValue(c);
            if (pending > 0)
                return std::nullopt; // two digits in a row inside a unit number
            pending = d; // 零 gives 0 and is then overwritten by the next digit
        }
    }
    if (pending > 0)
        total += pending;
    return total;
}

} // namespace broadsheet
