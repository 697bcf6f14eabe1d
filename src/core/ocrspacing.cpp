#include "core/ocrspacing.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace broadsheet {

namespace {

// A CJK ideograph of the basic plane (the unified blocks and the compatibility block).
bool isHan(char16_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
}

bool isDigit(char16_t c)
{
    return (c >= u'0' && c <= u'9') || (c >= 0xFF10 && c <= 0xFF19);
}

// CJK punctuation and full-width marks (，。、（《“—…·): CJK text sets no space beside them.
bool isCjkMark(char16_t c)
{
    return (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
        || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || (c >= 0x2014 && c <= 0x2026)
        || (c >= 0xFE30 && c <= 0xFE4F) || c == 0x00B7 || c == 0x30FB;
}

// OCR's Latin punctuation in CJK text (获悉 , 受): ,;:!? only, never a bracket or a full stop, which
// Latin text and figures beside CJK text hold (技术 (AI), 27.4).
bool isLatinMark(char16_t c)
{
    return c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?';
}

// A space between left and right is OCR's on spaced-out text: both sides CJK text (ideographs,
// its punctuation, or a figure beside them: 3 月 8 日), or an ideograph beside a Latin comma or
// colon; never two digits (27.4 6 may be two figures of a table) and never a Latin letter (A 10,
// iPhone 15).
bool spaceGoes(char16_t left, char16_t right)
{
    auto cjk = [](char16_t c) { return isHan(c) || isCjkMark(c) || isDigit(c); };
    if (isLatinMark(left) || isLatinMark(right))
        return isHan(left) || isHan(right);
    return cjk(left) && cjk(right) && !(isDigit(left) && isDigit(right));
}

// The text of [begin, end) with each single space between CJK characters taken out, appended.
void appendDespaced(QString &out, QStringView text, qsizetype begin, qsizetype end)
{
    qsizetype copied = begin;
    for (qsizetype i = begin + 1; i + 1 < end; ++i) {
        if (text[i] != u' ' || text[i - 1] == u' ' || text[i + 1] == u' ')
            continue;
        if (!spaceGoes(text[i - 1].unicode(), text[i + 1].unicode()))
            continue;
        out += text.mid(copied, i - copied);
        copied = i + 1;
    }
    out += text.mid(copied, end - copied);
}

// A line letter-spaced throughout (齐 鲁 晚 报, 2006年 3 月 9 日  星 期 四, A 10   济 南 新 闻): no word
// of two ideographs, four single ones, three of them in a row — a padded name (吴 越) has two.
bool letterSpacedLine(QStringView line)
{
    int wordHan = 0, singles = 0, run = 0, longestRun = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char16_t c = line[i].unicode();
        if (c == u' ') {
            wordHan = 0;
        } else if (isHan(c)) {
            if (++wordHan > 1)
                return false;
            ++singles;
            run = i >= 2 && line[i - 1] == u' ' && isHan(line[i - 2].unicode()) ? run + 1 : 0;
            longestRun = std::max(longestRun, run);
        }
    }
    return singles >= 4 && longestRun >= 2;
}

} // namespace

QString withoutOcrSpacing(const QString &text)
{
    // Page: ideographs set apart by one space (spaced pairs), counted on the lines that are not
    // letter-spaced throughout; a spaced page has one in eight characters or more, on three lines
    // at least (a spaced masthead or headline over a short typeset text is no spaced page). Typeset
    // text, even with its names padded (吴 越) and its fields set apart by single spaces (本报记者
    // 王浩 北京报道, 2024年9月6日 星期五 要闻), has a few in a thousand (short probes, one in
    // fifteen); OCR'd spaced columns one in four. The scan jumps from space to space; a line is
    // looked at only around a spaced pair.
    const QStringView t(text);
    qsizetype spaced = 0, letterSpacedChars = 0, spacedTextLines = 0;
    QList<std::pair<qsizetype, qsizetype>> spacedLines;
    qsizetype lineBegin = 0, lineEnd = -1, lineSpaced = 0;
    auto closeLine = [&] {
        const QStringView line = t.sliced(lineBegin, lineEnd - lineBegin);
        if (lineSpaced >= 2 && letterSpacedLine(line)) {
            spacedLines.append({ lineBegin, lineEnd });
            letterSpacedChars += line.size();
        } else {
            spaced += lineSpaced;
            spacedTextLines += lineSpaced >= 2;
        }
    };
    for (qsizetype s = t.indexOf(u' '); s >= 0; s = t.indexOf(u' ', s + 1)) {
        if (s == 0 || s + 1 == t.size() || !isHan(t[s - 1].unicode()) || !isHan(t[s + 1].unicode()))
            continue;
        if (s > lineEnd) { // the first spaced pair of its line
            if (lineEnd >= 0)
                closeLine();
            lineBegin = t.lastIndexOf(u'\n', s) + 1;
            lineEnd = t.indexOf(u'\n', s);
            if (lineEnd < 0)
                lineEnd = t.size();
            lineSpaced = 0;
        }
        ++lineSpaced;
    }
    if (lineEnd >= 0)
        closeLine();
    const bool spacedPage
        = spaced >= 12 && spacedTextLines >= 3 && spaced * 8 >= t.size() - letterSpacedChars;
    if (!spacedPage && spacedLines.isEmpty())
        return text;
    if (spacedPage)
        spacedLines = { { 0, t.size() } };
    QString out;
    out.reserve(t.size());
    qsizetype copied = 0;
    for (const auto &[begin, end] : std::as_const(spacedLines)) {
        out += t.mid(copied, begin - copied);
        appendDespaced(out, t, begin, end);
        copied = end;
    }
    out += t.mid(copied);
    return out;
}

} // namespace broadsheet
