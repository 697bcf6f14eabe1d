#include "core/sourcepath.h"

#include "core/pattern.h"

#include <QRegularExpression>
#include <QStringList>

namespace broadsheet {

namespace {

constexpr int kMaxPage = 999;

std::optional<int> chineseNumber(const QString &text)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    int total = 0;
    int current = -1; // pending digit
    for (const QChar c : text) {
        int d = digits.indexOf(c);
        if (c == QChar(u'零'))
            d = 0;
        if (c == QChar(u'两'))
            d = 2;
        if (d >= 0) {
            if (current >= 0)
                current = current * 10 + d; // 一〇五 style
            else
                current = d;
        } else if (c == QChar(u'十') || c == QChar(u'百')) {
            const int unit = c == QChar(u'十') ? 10 : 100;
            total += (current < 0 ? 1 : current) * unit;
            current = -1;
        } else {
            return std::nullopt;
        }
    }
    if (current > 0)
        total += current;
    if (total <= 0)
        return std::nullopt;
    return total;
}

std::optional<int> pageNumber(int n)
{
    if (n < 1 || n > kMaxPage)
        return std::nullopt;
    return n;
}

// A date written as one whole token: 2024-11-12, 2024_11_12, 2024.11.12, 20241112, 2024年11月12日.
QDate parseDateToken(const QString &token)
{
    static const Pattern re(QStringLiteral(
        "^(\\d{4})(?:([-_.])(\\d{1,2})\\2(\\d{1,2})|(\\d{2})(\\d{2})|年(\\d{1,2})月(\\d{1,2})日?)$"));
    const QRegularExpressionMatch m = re.match(token);
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    int month = 0, day = 0;
    if (m.hasCaptured(3)) {
        month = m.captured(3).toInt();
        day = m.captured(4).toInt();
    } else if (m.hasCaptured(5)) {
        month = m.captured(5).toInt();
        day = m.captured(6).toInt();
    } else {
        month = m.captured(7).toInt();
        day = m.captured(8).toInt();
    }
    if (year < 1800 || year > 2200)
        return {};
    return QDate(year, month, day); // invalid when month/day are out of range
}

// A date somewhere inside a file stem, delimited from its neighbours; returns it and the stem
// with the date cut out (replaced by a delimiter).
QDate takeDate(QString &stem)
{
    static const Pattern re(QStringLiteral(
        "(?<![0-9A-Za-z])(\\d{4}(?:([-_.])\\d{1,2}\\2\\d{1,2}|\\d{4}|年\\d{1,2}月\\d{1,2}日?))(?![0-9A-Za-z])"));
    QRegularExpressionMatchIterator it = re.globalMatch(stem);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QDate date = parseDateToken(m.captured(1));
        if (date.isValid()) {
            stem.replace(m.capturedStart(1), m.capturedLength(1), QStringLiteral("_"));
            return date;
        }
    }
    return {};
}

// A token that looks like a hash or an id: hex digits only, long enough not to be a word.
bool looksLikeHash(const QString &token)
{
    static const Pattern re(QStringLiteral("^[0-9A-Fa-f]{6,}$"));
    return re.match(token).hasMatch();
}

// A token that can be a paper's name: has letters, no digits, and is not hex-looking.
bool looksLikeName(const QString &token)
{
    bool letter = false;
    for (const QChar c : token) {
        if (c.isDigit())
            return false;
        if (c.isLetter())
            letter = true;
    }
    return letter && !looksLikeHash(token);
}

bool plausiblePaperFolder(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')) || looksLikeHash(name) || parseDateToken(name).isValid())
        return false;
    for (const QChar c : name) {
        if (c.isLetter())
            return true;
    }
    return false;
}

} // namespace

std::optional<int> parsePageToken(const QString &token)
{
    static const Pattern digits(QStringLiteral("^(\\d{1,3})版?$"));
    static const Pattern prefixed(QStringLiteral("^(?:[Pp](?:[Aa][Gg][Ee]|[Gg])?[-_.\\s]?|[A-Z])(\\d{1,3})$"));
    static const Pattern ban(QStringLiteral("^第\\s*(\\d{1,3}|[〇零一二两三四五六七八九十百]{1,5})\\s*版$"));
    const QString t = token.trimmed();
    if (QRegularExpressionMatch m = digits.match(t); m.hasMatch())
        return pageNumber(m.captured(1).toInt());
    if (QRegularExpressionMatch m = prefixed.match(t); m.hasMatch())
        return pageNumber(m.captured(1).toInt());
    if (QRegularExpressionMatch m = ban.match(t); m.hasMatch()) {
        const QString n = m.captured(1);
        if (n.at(0).isDigit())
            return pageNumber(n.toInt());
        if (std::optional<int> v = chineseNumber(n))
            return pageNumber(*v);
    }
    return std::nullopt;
}

SourcePathInfo inferFromSourcePath(const QString &path)
{
    SourcePathInfo info;
    QString normalised = path;
    normalised.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QStringList parts = normalised.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return info;

    // Folders: <paper>/<date>/<file> or <paper>/<YYYY>/<MM>/<DD>/<file>.
    const QStringList dirs = parts.mid(0, parts.size() - 1);
    qsizetype paperIndex = -1;
    if (!dirs.isEmpty()) {
        const QDate date = parseDateToken(dirs.last());
        if (date.isValid()) {
            info.date = date;
            paperIndex = dirs.size() - 2;
        } else if (dirs.size() >= 3) {
            static const Pattern year(QStringLiteral("^\\d{4}$"));
            static const Pattern twoDigits(QStringLiteral("^\\d{1,2}$"));
            const QString y = dirs.at(dirs.size() - 3), m = dirs.at(dirs.size() - 2), d = dirs.last();
            if (year.match(y).hasMatch() && twoDigits.match(m).hasMatch() && twoDigits.match(d).hasMatch()) {
                const QDate ymd(y.toInt(), m.toInt(), d.toInt());
                if (ymd.isValid() && ymd.year() >= 1800) {
                    info.date = ymd;
                    paperIndex = dirs.size() - 4;
                }
            }
        }
    }
    if (paperIndex >= 0 && plausiblePaperFolder(dirs.at(paperIndex)))
        info.paper = dirs.at(paperIndex);

    // The file name: its stem as a whole, else its delimited tokens.
    QString stem = parts.last();
    static const Pattern extension(QStringLiteral("\\.[A-Za-z0-9]{1,4}$"));
    extension.removeFrom(stem);
    if (std::optional<int> page = parsePageToken(stem)) {
        info.page = page;
        return info;
    }
    const QDate stemDate = takeDate(stem);
    static const Pattern delimiters(QStringLiteral("[-_\\s.·]+"));
    const QStringList tokens = stem.split(delimiters.regex(), Qt::SkipEmptyParts);
    std::optional<int> page;
    QString name;
    int pages = 0, names = 0;
    for (const QString &token : tokens) {
        if (std::optional<int> p = parsePageToken(token)) {
            page = p;
            ++pages;
        } else if (looksLikeName(token)) {
            name = token;
            ++names;
        } else {
            // Something else (a hash, a serial number, a word with digits): the numbers in this
            // name mean nothing we know, so none of them is taken for a page.
            return info;
        }
    }
    if (pages == 1)
        info.page = page;
    if (!info.date.isValid())
        info.date = stemDate;
    // A name in the file is taken for the paper only beside a date (人民日报_2024-11-12_04), not
    // from any word a file happens to be called.
    if (info.paper.isNull() && stemDate.isValid() && names == 1)
        info.paper = name;
    return info;
}

} // namespace broadsheet
