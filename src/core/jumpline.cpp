#include "core/jumpline.h"

#include "core/chinesenumber.h"
#include "core/hanvariants.h"

#include <QRegularExpression>

#include <algorithm>

namespace broadsheet {

namespace {

// The note proper: an optional 上/下/紧, 接 or 转 (or 续), an optional 第, the page number (Arabic,
// full-width, Chinese, optionally prefixed by a section letter such as A), then 版 or 面.
const QString kNote = QStringLiteral(
    "(?:文)?(?<dir>上接|下转|紧接|接续|续见|续|承|接|转)\\s*(?:见)?\\s*(?:本报)?\\s*第?\\s*"
    "(?:[A-Za-zＡ-Ｚ]\\s*(?<sec>[0-9０-９]{1,2})(?:\\s*(?:版|面))?|(?<num>[0-9０-９一二三四五六七八九十百〇零两]{1,4})\\s*(?:版|面))"
    "(?:[^()（）\\[\\]【】]{0,12})?");

// Jump notes name 版/面, or a section page (转A4, 续见A6), and a verb of continuing.
bool mayHoldJump(QStringView s)
{
    if (s.contains(u'版') || s.contains(u'面'))
        return true;
    bool letter = false, verb = false;
    for (QChar c : s) {
        switch (c.unicode()) {
        case u'转': case u'轉': case u'接': case u'续': case u'續': case u'承':
            verb = true;
            break;
        default:
            letter = letter || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'Ａ' && c <= u'Ｚ');
        }
    }
    return letter && verb;
}

std::optional<JumpLine> fromMatch(const QRegularExpressionMatch &m)
{
    const std::optional<int> page = parseChineseNumber(m.capturedLength(u"sec") ? m.capturedView(u"sec") : m.capturedView(u"num"));
    if (!page || *page <= 0)
        return std::nullopt;
    const QStringView dir = m.capturedView(u"dir");
    static const WordSet fromWords { u"接", u"续", u"承" };
    static const WordSet toWords { u"转", u"续见" };
    const bool from = fromWords.foundIn(dir) && !toWords.foundIn(dir); // 续见A3版: "see page A3"
    return JumpLine { from ? JumpLine::Direction::From : JumpLine::Direction::To, *page };
}

} // namespace

namespace {

// The next or the previous page, unnumbered, as Taiwan and Hong Kong papers point: 接下頁, 續下頁,
// 轉下頁, 承上頁, 接上頁; and by the edition's page, 接上版.
std::optional<JumpLine> relativeJump(QStringView note)
{
    static const Pattern re = hanRegex(QStringLiteral("^\\s*[(（\\[【〔［]?\\s*(?:(?<to>接下|续下|转下|下接)|(?<from>承上|接上|续上))\\s*[页版]\\s*[)）\\]】〕］]?\\s*$"));
    if (note.size() > 12 || !(note.contains(u'页') || note.contains(u'頁') || note.contains(u'版')))
        return std::nullopt;
    const QRegularExpressionMatch m = re.match(note);
    if (!m.hasMatch())
        return std::nullopt;
    return m.capturedLength(u"to") ? JumpLine { JumpLine::Direction::To, kNextPage } : JumpLine { JumpLine::Direction::From, kPreviousPage };
}

// The bracketed relative note closing (or opening) a paragraph: "…交通影響評估。（接下頁）".
std::optional<JumpLine> takeRelativeJump(QString &text, JumpLine::Direction direction)
{
    const QString t = text.trimmed();
    const bool to = direction == JumpLine::Direction::To;
    if (t.size() < 6)
        return std::nullopt;
    const qsizetype open = to ? std::max(t.lastIndexOf(u'（'), t.lastIndexOf(u'(')) : 0;
    const qsizetype close = to ? t.size() - 1 : std::max(t.indexOf(u'）'), t.indexOf(u')'));
    if (open < 0 || close <= open || close - open > 8)
        return std::nullopt;
    const std::optional<JumpLine> jump = relativeJump(QStringView(t).mid(open, close - open + 1));
    if (!jump || jump->direction != direction)
        return std::nullopt;
    text = (to ? t.left(open) : t.mid(close + 1)).trimmed();
    return jump;
}

} // namespace

std::optional<int> resolveJumpPage(int page, std::optional<int> here)
{
    if (page > 0)
        return page;
    if (!here)
        return std::nullopt;
    const int resolved = *here + (page == kNextPage ? 1 : -1);
    return resolved > 0 ? std::optional<int>(resolved) : std::nullopt;
}

std::optional<JumpLine> parseJumpLine(QStringView line)
{
    if (const std::optional<JumpLine> relative = relativeJump(line))
        return relative;
    static const Pattern bracketed = hanRegex(QStringLiteral("^\\s*[(（\\[【〔［]\\s*%1\\s*[)）\\]】〕］]\\s*$").arg(kNote));
    static const Pattern bare = hanRegex(QStringLiteral("^\\s*[→▶►◀◄←◎●○■□◆◇▲△★☆]?\\s*%1\\s*$").arg(kNote));
    if (line.size() > 40 || !mayHoldJump(line))
        return std::nullopt;
    QRegularExpressionMatch m = bracketed.match(line);
    if (!m.hasMatch())
        m = bare.match(line);
    return m.hasMatch() ? fromMatch(m) : std::nullopt;
}

std::optional<JumpLine> takeTrailingJump(QString &text)
{
    if (const QStringView e = QStringView(text).trimmed(); !e.isEmpty() && (e.back() == u'）' || e.back() == u')') && (e.right(6).contains(u'页') || e.right(6).contains(u'頁')))
        return takeRelativeJump(text, JumpLine::Direction::To);
    static const Pattern trailing = hanRegex(QStringLiteral("[(（\\[【〔［]\\s*%1\\s*[)）\\]】〕］]\\s*$").arg(kNote));
    // Without brackets, after the paragraph's last sentence: "…观鸟平台。转第3版", "… 下转第三版".
    static const Pattern trailingBare = hanRegex(QStringLiteral("(?<=[。！？!?”」\\s])\\s*(?<dir>下转|转)(?<sec>)\\s*(?:见)?\\s*第?\\s*[A-Za-z]?\\s*"
                                                                           "(?<num>[0-9０-９一二三四五六七八九十]{1,3})\\s*版\\s*$"));
    const qsizetype from = std::max<qsizetype>(0, text.size() - 40);
    // The note closes the paragraph: in brackets, or bare after a full stop and ending in 版.
    const QStringView end = QStringView(text).trimmed();
    if (end.isEmpty())
        return std::nullopt;
    const bool bracketed = end.back() == u')' || end.back() == u'）' || end.back() == u']' || end.back() == u'】' || end.back() == u'〕' || end.back() == u'］';
    if ((!bracketed && end.back() != u'版') || !mayHoldJump(QStringView(text).mid(from)))
        return std::nullopt;
    const QRegularExpressionMatch m = (bracketed ? trailing : trailingBare).match(text, from);
    if (!m.hasMatch())
        return std::nullopt;
    const std::optional<JumpLine> jump = fromMatch(m);
    if (!jump || jump->direction != JumpLine::Direction::To)
        return std::nullopt;
    text.truncate(m.capturedStart());
    text = text.trimmed();
    return jump;
}

std::optional<JumpLine> takeLeadingJump(QString &text)
{
    if (const QStringView b = QStringView(text).trimmed(); !b.isEmpty() && (b.front() == u'（' || b.front() == u'(') && (b.left(6).contains(u'页') || b.left(6).contains(u'頁')))
        return takeRelativeJump(text, JumpLine::Direction::From);
    static const Pattern leading = hanRegex(QStringLiteral("^\\s*[(（\\[【〔［]\\s*%1\\s*[)）\\]】〕］]").arg(kNote));
    // Without brackets, set apart from the text by a space: "上接第1版 市教育局…".
    static const Pattern leadingBare = hanRegex(QStringLiteral("^\\s*(?<dir>上接|接)(?<sec>)\\s*第?\\s*[A-Za-z]?\\s*(?<num>[0-9０-９一二三四五六七八九十]{1,3})\\s*版[\\s\\x{3000}]+"));
    // The note opens the paragraph: in brackets, or bare (上接…).
    const QStringView start = QStringView(text).trimmed();
    if (start.isEmpty())
        return std::nullopt;
    const bool bracketed = start.front() == u'(' || start.front() == u'（' || start.front() == u'[' || start.front() == u'【' || start.front() == u'〔' || start.front() == u'［';
    if ((!bracketed && !start.startsWith(u"上接") && !start.startsWith(u"接第")) || !mayHoldJump(QStringView(text).left(40)))
        return std::nullopt;
    const QRegularExpressionMatch m = (bracketed ? leading : leadingBare).match(QStringView(text).left(40));
    if (!m.hasMatch())
        return std::nullopt;
    const std::optional<JumpLine> jump = fromMatch(m);
    if (!jump || jump->direction != JumpLine::Direction::From)
        return std::nullopt;
    text.remove(0, m.capturedEnd());
    text = text.trimmed();
    return jump;
}

} // namespace broadsheet
