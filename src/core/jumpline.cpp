#include "core/jumpline.h"

#include "core/chinesenumber.h"
#include "core/hanvariants.h"

#include <QRegularExpression>

namespace broadsheet {

namespace {

// The note proper: an optional 上/下/紧, 接 or 转 (or 续), an optional 第, the page number (Arabic,
// full-width, Chinese, optionally prefixed by a section letter such as A), then 版 or 面.
const QString kNote = QStringLiteral(
    "(?<dir>上接|下转|紧接|接续|续|接|转)\\s*(?:见)?\\s*(?:本报)?\\s*第?\\s*[A-Za-zＡ-Ｚ]?\\s*"
    "(?<num>[0-9０-９一二三四五六七八九十百〇零两]{1,4})\\s*(?:版|面)(?:[^()（）\\[\\]【】]{0,12})?");

std::optional<JumpLine> fromMatch(const QRegularExpressionMatch &m)
{
    const std::optional<int> page = parseChineseNumber(m.capturedView(u"num"));
    if (!page || *page <= 0)
        return std::nullopt;
    const QStringView dir = m.capturedView(u"dir");
    static const WordSet fromWords { u"接", u"续" };
    const bool from = fromWords.foundIn(dir);
    return JumpLine { from ? JumpLine::Direction::From : JumpLine::Direction::To, *page };
}

} // namespace

std::optional<JumpLine> parseJumpLine(QStringView line)
{
    static const QRegularExpression bracketed = hanRegex(QStringLiteral("^\\s*[(（\\[【]\\s*%1\\s*[)）\\]】]\\s*$").arg(kNote));
    static const QRegularExpression bare = hanRegex(QStringLiteral("^\\s*%1\\s*$").arg(kNote));
    if (line.size() > 40 || (!line.contains(u'版') && !line.contains(u'面')))
        return std::nullopt;
    QRegularExpressionMatch m = bracketed.match(line);
    if (!m.hasMatch())
        m = bare.match(line);
    return m.hasMatch() ? fromMatch(m) : std::nullopt;
}

std::optional<JumpLine> takeTrailingJump(QString &text)
{
    static const QRegularExpression trailing = hanRegex(QStringLiteral("[(（\\[【]\\s*%1\\s*[)）\\]】]\\s*$").arg(kNote));
    const qsizetype from = std::max<qsizetype>(0, text.size() - 40);
    if (!QStringView(text).mid(from).contains(u'版') && !QStringView(text).mid(from).contains(u'面'))
        return std::nullopt;
    const QRegularExpressionMatch m = trailing.match(text, from);
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
    static const QRegularExpression leading = hanRegex(QStringLiteral("^\\s*[(（\\[【]\\s*%1\\s*[)）\\]】]").arg(kNote));
    if (!QStringView(text).left(40).contains(u'版') && !QStringView(text).left(40).contains(u'面'))
        return std::nullopt;
    const QRegularExpressionMatch m = leading.match(QStringView(text).left(40));
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
