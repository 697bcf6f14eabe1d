#include "core/linemarkup.h"

#include "core/credits.h"
#include "core/hanvariants.h"
#include "core/jumpline.h"
#include "core/textshape.h"

#include <QRegularExpression>
#include <QStringList>

#include <functional>

namespace broadsheet {

QString stripInlineMarkup(QString s)
{
    if (!s.contains(u'*') && !s.contains(u'_'))
        return s.trimmed();
    s.remove(QStringLiteral("**"));
    s.remove(QStringLiteral("__"));
    s = s.trimmed();
    // A line set wholly in italics (*…*), as app exports set a picture's caption.
    if (s.size() > 2 && s.front() == u'*' && s.back() == u'*' && s.count(u'*') == 2)
        s = s.mid(1, s.size() - 2).trimmed();
    return s;
}

int boldMarkers(QStringView s) { return int(s.count(u"**")); }

namespace {

// The columns of space a line opens with (a full-width space is two, a tab four), counted up to
// `enough`.
int leadingColumns(QStringView line, int enough)
{
    int columns = 0;
    for (QChar c : line) {
        if (c == u'\u3000')
            columns += 2;
        else if (c == u' ' || c == u'\u00A0')
            columns += 1;
        else if (c == u'\t')
            columns += 4;
        else
            break;
        if (columns >= enough)
            break;
    }
    return columns;
}

} // namespace

bool indented(QStringView line) { return leadingColumns(line, 2) >= 2; }

bool setRight(QStringView line) { return leadingColumns(line, 16) >= 16; }

QString withoutPictures(const QString &line, bool *hadPicture)
{
    static const Pattern picture(QStringLiteral("!\\[[^\\]]*\\]\\([^)]*\\)|<img\\b[^>]*>"),
                                            QRegularExpression::CaseInsensitiveOption);
    // Most lines hold neither mark: one cheap look for each first.
    if ((!line.contains(u'!') || !line.contains(u"![")) && (!line.contains(u'<') || !line.contains(u"<img", Qt::CaseInsensitive)))
        return line;
    QString out = line;
    const qsizetype before = out.size();
    picture.removeFrom(out);
    *hadPicture = out.size() != before;
    return out.trimmed();
}

QString withoutLinks(const QString &line, bool *navigation)
{
    *navigation = false;
    if (!line.contains(u']') || !line.contains(u"]("))
        return line;
    static const Pattern link(QStringLiteral("\\[([^\\[\\]]*)\\]\\((?:https?://|www\\.|/|\\.\\.?/|#|mailto:)[^()\\s]*(?:\\s+\"[^\"]*\")?\\)"));
    QString out;
    qsizetype from = 0;
    int links = 0;
    QString between; // the text outside the links
    for (QRegularExpressionMatchIterator it = link.regex().globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        between += QStringView(line).mid(from, m.capturedStart() - from);
        out += QStringView(line).mid(from, m.capturedStart() - from);
        out += m.capturedView(1);
        from = m.capturedEnd();
        ++links;
    }
    between += QStringView(line).mid(from);
    out += QStringView(line).mid(from);
    qsizetype words = 0;
    for (QChar c : between)
        words += c.isLetterOrNumber() ? 1 : 0;
    *navigation = links >= 2 && words <= 4;
    return out.trimmed();
}

qsizetype runInHeadEnd(const QString &line)
{
    if (!line.startsWith(u"**"))
        return 0;
    const qsizetype close = line.indexOf(u"**", 2);
    if (close < 4 || close > 40 || close + 2 >= line.size())
        return 0;
    const QStringView head = QStringView(line).mid(2, close - 2).trimmed();
    const QStringView rest = QStringView(line).mid(close + 2).trimmed();
    if (head.size() < 4 || endsSentence(head) || rest.size() < 10)
        return 0;
    return startsWithDateline(rest) || splitLeadingCredit(rest).found() || opensAsReport(rest) ? close + 2 : 0;
}

std::optional<int> dashedPageNumber(QStringView line)
{
    line = line.trimmed();
    if (line.size() < 3)
        return std::nullopt;
    switch (line.front().unicode()) {
    case u'-': case u'—': case u'–': case u'－': case u'~': case u'～': case u'·': case u'•':
        break;
    default:
        return std::nullopt;
    }
    static const Pattern re(QStringLiteral("^[-—–－~～·•]+\\s*([0-9０-９]{1,3})\\s*[-—–－~～·•]+$"));
    const QRegularExpressionMatch m = re.match(line.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString digits = m.captured(1);
    for (QChar &c : digits) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(c.unicode() - 0xFEE0);
    }
    const int n = digits.toInt();
    return n > 0 ? std::optional<int>(n) : std::nullopt;
}

bool isPictureMarker(QStringView line)
{
    if (line.size() > 8 || (!line.contains(u'图') && !line.contains(u'圖') && !line.contains(u'照')))
        return false;
    static const Pattern marker = hanRegex(QStringLiteral(
        "^[\\[【(（]?\\s*(?:图片|图|照片|插图)\\s*[①②③④⑤⑥⑦⑧⑨⑩0-9一二三四五六七八九十]{0,2}\\s*[\\]】)）]?$"));
    return marker.match(line).hasMatch();
}

qsizetype columnRuleEnd(QStringView line)
{
    if (line.size() < 2)
        return 0;
    const QChar c = line.front();
    const bool rule = c == u'|' || c == u'¦' || c == u'│' || c == u'┃' || (c == u'丨' && line[1].isSpace());
    if (!rule || (c == u'|' && line.count(u'|') >= 3))
        return 0;
    qsizetype end = 1;
    while (end < line.size() && line[end].isSpace())
        ++end;
    return end < line.size() ? end : 0;
}

QString tableRow(QStringView line)
{
    if (line.size() < 3 || !line.startsWith(u'|') || !line.endsWith(u'|') || line.count(u'|') < 3)
        return {};
    QStringList cells;
    for (QStringView cell : line.mid(1, line.size() - 2).split(u'|'))
        cells << stripInlineMarkup(cell.toString());
    return cells.join(QStringLiteral(" | "));
}

QString withoutHtml(const QString &text)
{
    static const Pattern tag(QStringLiteral("<\\s*/?\\s*(?:p|br|div|span|b|strong|h[1-6]|img|i|em|font|table|tr|td|th|li|ul|ol|section|article|center)\\b[^>]{0,200}>"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const Pattern entity(QStringLiteral("&(?:nbsp|amp|lt|gt|quot|apos|#[0-9]{2,6}|#x[0-9a-fA-F]{2,5});"));
    // (Pictures alone, <img …>, are taken out line by line as pictures: they make no HTML page.)
    static const Pattern blockTag(QStringLiteral("<\\s*/?\\s*(?:p|br|div|span|b|strong|h[1-6]|td|tr|li)\\b[^>]{0,200}>"),
                                             QRegularExpression::CaseInsensitiveOption);
    const bool tags = text.contains(u'<') && blockTag.match(text).hasMatch();
    const bool entities = text.contains(u'&') && entity.match(text).hasMatch();
    if (!tags && !entities)
        return text;
    QString out = text;
    if (tags) {
        static const QList<std::pair<QRegularExpression, QString>> rewrites = [] {
            const auto ci = QRegularExpression::CaseInsensitiveOption;
            return QList<std::pair<QRegularExpression, QString>> {
                { QRegularExpression(QStringLiteral("<\\s*h1\\b[^>]{0,200}>"), ci), QStringLiteral("\n# ") },
                { QRegularExpression(QStringLiteral("<\\s*h2\\b[^>]{0,200}>"), ci), QStringLiteral("\n## ") },
                { QRegularExpression(QStringLiteral("<\\s*h[3-6]\\b[^>]{0,200}>"), ci), QStringLiteral("\n### ") },
                { QRegularExpression(QStringLiteral("<\\s*div\\b[^>]{0,100}class\\s*=\\s*[\"'][^\"']{0,40}title[^>]{0,100}>"), ci), QStringLiteral("\n## ") },
                { QRegularExpression(QStringLiteral("<\\s*/?\\s*(?:b|strong)\\s*>"), ci), QStringLiteral("**") },
                { QRegularExpression(QStringLiteral("<\\s*br\\s*/?\\s*>|<\\s*/\\s*(?:p|div|h[1-6]|li|tr|section|article)\\s*>"), ci), QStringLiteral("\n") },
            };
        }();
        for (const auto &[re, with] : rewrites)
            out.replace(re, with);
        tag.removeFrom(out);
        // A block's end and the line break after it are one paragraph break, not a picture's gap.
        static const Pattern blankRun(QStringLiteral("\\n[ \\t]*\\n(?:[ \\t]*\\n)+"));
        blankRun.replaceIn(out, u"\n\n");
    }
    if (entities) {
        static const Pattern numeric(QStringLiteral("&#(x?)([0-9a-fA-F]{2,6});"));
        out.replace(QStringLiteral("&nbsp;"), QStringLiteral(" ")).replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">")).replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&apos;"), QStringLiteral("'"));
        QString decoded;
        qsizetype last = 0;
        for (auto it = numeric.globalMatch(out); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            bool ok = false;
            const uint code = m.captured(2).toUInt(&ok, m.capturedLength(1) ? 16 : 10);
            decoded += QStringView(out).mid(last, m.capturedStart() - last);
            const char32_t character = code;
            decoded += ok && code > 0 && code <= 0x10FFFF ? QString::fromUcs4(&character, 1) : m.captured();
            last = m.capturedEnd();
        }
        decoded += QStringView(out).mid(last);
        out = decoded.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    }
    return out;
}

bool isWebFurniture(QStringView line, const std::function<bool()> &tableAround)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || t.size() > 80)
        return false; // (a menu, a breadcrumb, a button is a short line; most lines of text are longer)
    // (One look at each character for bars and breadcrumb steps: every short line comes here.)
    bool bar = false, wideBar = false;
    int steps = 0;
    for (const QChar c : t) {
        switch (c.unicode()) {
        case u'|': bar = true; break;
        case u'｜': wideBar = true; break;
        case u'›': case u'»': ++steps; break;
        default: break;
        }
    }
    // A menu: four items or more between bars, each a word or two.
    if ((bar || wideBar) && !tableAround()) {
        int items = 0;
        bool short_ = true;
        for (QStringView item : t.split(bar ? u'|' : u'｜')) {
            item = item.trimmed();
            items += item.isEmpty() ? 0 : 1;
            short_ = short_ && item.size() <= 6 && !item.contains(u'，') && !item.contains(u'。');
        }
        if (items >= 4 && short_)
            return true;
    }
    // A breadcrumb: two steps or more. (One naming the day, 早报电子版 › 2024年11月5日 ›
    // 新加坡 A4, is the page's folio and is read as one.)
    if (steps >= 2 && !t.contains(u'年'))
        return true;
    // The rest opens with a word of the site's (every line of text is looked at: one character
    // decides before any pattern runs).
    switch (t.front().unicode()) {
    case u'分': case u'转': case u'轉': case u'S': {
        static const Pattern share = hanRegex(QStringLiteral(
            "^(?:分享|分享到|转发|Share)\\s*[：:]?(?:\\s*(?:[A-Za-z]+|微信|微博|朋友圈|QQ空间|复制链接|抖音|小红书))+$"));
        return share.match(t).hasMatch();
    }
    case u'发': case u'發': case u'更': {
        static const Pattern published = hanRegex(QStringLiteral(
            "^(?:发布|发布时间|更新|更新时间|发表于|发表时间)\\s*[/／:：]?\\s*[0-9]{4}\\s*[年\\-/.][0-9]{1,2}\\s*[月\\-/.][0-9]{1,2}日?"
            "(?:\\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:\\s*[AaPp][Mm])?)?$"));
        return published.match(t).hasMatch();
    }
    case u'跳': case u'回': case u'返': case u'订': case u'訂': case u'登': case u'打': case u'关': case u'關': case u'【':
    case u'上': case u'下': {
        static const Pattern neighbours = hanRegex(QStringLiteral("^(?:上一篇|下一篇)\\s*[：:]"));
        static const Pattern buttons = hanRegex(QStringLiteral(
            "^(?:跳到主要内容|跳至主要内容|跳到内容|返回顶部|回到顶部|返回首页|返回目录|订阅登录|登录注册|打印本页|关闭窗口|【打印】【关闭】|上一篇|下一篇|上一篇下一篇)$"));
        if (t.size() <= 12) {
            QString closed = t.toString();
            closed.remove(u' ').remove(QChar(0x3000));
            if (buttons.match(closed).hasMatch())
                return true;
        }
        return (t.front() == u'上' || t.front() == u'下') && neighbours.match(t).hasMatch();
    }
    default:
        return false;
    }
}

} // namespace broadsheet
