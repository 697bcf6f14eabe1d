#include "core/pagedate.h"

#include "core/chinesenumber.h"
#include "core/hanvariants.h"
#include "core/textshape.h"

#include <QRegularExpression>

#include <algorithm>

namespace broadsheet {

namespace {

constexpr auto kUnicode = QRegularExpression::UseUnicodePropertiesOption;

int toInt(QStringView s) { return parseChineseNumber(s).value_or(0); }

// A paper's name: 人民日报, 联合报, 明报 (not 报道, 报导), whole: 人民日报海外版 and 早报电子版 do not
// name 人民日报 and 早报 (the name goes on, and a name of its own is read where the line opens with it).
const QString kPaperName = QStringLiteral(
    "[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{3007}]{1,8}(?:日报|晚报|晨报|时报|商报|都市报|青年报|工人报|农民报|法制报|经济报|周报|报)"
    "(?![\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}](?<!第))");
// A lunar date: 农历乙巳年三月二十, 农历十月初五, or the year's name alone: 甲辰年十月初五.
const QString kLunarDate = QStringLiteral(
    "(?:农历\\s*(?:[\\x{4E00}-\\x{9FFF}]{1,3}年)?|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)"
    "\\s*(?:闰)?[正一二三四五六七八九十冬腊]{1,2}月\\s*[初十廿卅一二三四五六七八九十]{1,3}(?:日)?");
// The sections a folio names (要闻, 评论 …).
const QString kSectionNames = QStringLiteral(
    "要闻|综合|国内|国际|经济|财经|社会|民生|体育|文化|文体|副刊|评论|言论|时事|时政|地方|城市|区县|理论|"
    "专版|专题|特刊|广告|新闻|视点|观察|科技|教育|健康|法治|军事|农村|三农|读书|文艺|周刊");

// The year the text is about: the latest year it mentions, leaving out targets and deadlines
// ("到2026年底", "至2027年12月", the end of a range "2024—2026年"), which point into the future.
int dominantYear(QStringView text)
{
    static const Pattern yearRe = hanRegex(QStringLiteral("(?<![0-9])((?:19|20)[0-9]{2})\\s*年"));
    // (Also with 于 after the plan: 预计于2025年投产, 将于2026年完工.)
    static const Pattern planBefore = hanRegex(QStringLiteral("(?:到|至|—|－|-|~|～|力争|预计|计划|(?:力争|预计|计划|有望|将)[于在])\\s*$"));
    // Nor a year named as a start or an aim (2006年以来, 2035年远景目标), nor one
    // a sentence opens with to tell the past (2021年，工程全面启动): the present year is 今年.
    static const Pattern notNow = hanRegex(QStringLiteral("^(?:[，,]|以来|来|起|开始|启动|至今|之前|前|远景|目标|规划|计划|愿景|前后|左右)"));
    int latest = 0;
    for (auto it = yearRe.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int year = toInt(m.capturedView(1));
        if (year <= latest) // (the context is only read of a year that would be the latest)
            continue;
        const qsizetype start = m.capturedStart(1);
        if (planBefore.match(text.mid(std::max<qsizetype>(0, start - 4), std::min<qsizetype>(start, 4))).hasMatch()
            || notNow.match(text.mid(m.capturedEnd(), 4)).hasMatch())
            continue;
        latest = year;
    }
    return latest;
}

// The staff strip that OCR often runs into the folio: 责任编辑：吴昊, 编辑 苏明 校对 韩雪.
const Pattern &staffStrip()
{
    static const Pattern staff = hanRegex(QStringLiteral(
        "(?:责任编辑|责编|编辑|主编|美术编辑|美编|图片编辑|责任校对|校对|版式设计|版式|组版|制图|审校|终审)[\\s\\x{3000}]*[：:]?[\\s\\x{3000}]*"
        "(?:[\\x{4E00}-\\x{9FFF}][\\s\\x{3000}]{1,2}[\\x{4E00}-\\x{9FFF}](?![\\x{4E00}-\\x{9FFF}])|[\\x{4E00}-\\x{9FFF}]{2,3}(?![\\x{4E00}-\\x{9FFF}]))"));
    return staff;
}

// A name opening a folio line that dates the page and gives the weekday but no page number is the
// paper's (参考消息　2024年11月6日　星期三) when it is a title of four characters or more, and not a
// section's (国际新闻, 理论周刊).
bool isTitleName(QStringView name)
{
    static const Pattern section = hanRegex(QStringLiteral("^(?:%1|.*(?:新闻|周刊|专刊|专版|特刊|版))$").arg(kSectionNames));
    return name.size() >= 4 && !section.match(name).hasMatch();
}

} // namespace

std::optional<FolioLine> parseFolioLine(QStringView line)
{
    // Full-width digits and letters read as ASCII (２０２４年３月５日, Ａ３), and a line set out
    // across the page's width as its words (2024年11月6日  星期三　　　…　　　法治日报　　　…　　　8).
    QString ascii = withoutWidePadding(line.trimmed());
    for (QChar &c : ascii) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF5A && (c.unicode() <= 0xFF19 || c.unicode() >= 0xFF21))
            c = QChar(c.unicode() - 0xFEE0);
    }
    // The issue's number (第1862期, 总第8123期) and a staff strip run into a folio line (湘中晨报
    // 主编：周红　责编：李雯) are furniture within it: the rest is read as the folio.
    if (ascii.size() > 4 && ascii.size() <= 80 && (ascii.contains(u'期') || ascii.contains(u'编') || ascii.contains(u'編'))) {
        static const Pattern issueNumber = hanRegex(QStringLiteral("(?:总)?第\\s*[0-9]{1,6}\\s*期"));
        QString rest = ascii;
        issueNumber.removeFrom(rest);
        if (rest.contains(u'编') || rest.contains(u'編'))
            staffStrip().removeFrom(rest);
        rest = rest.trimmed();
        if (!rest.isEmpty() && rest.size() < ascii.size())
            ascii = rest;
    }
    const QStringView t = ascii;
    if (t.size() > 60)
        return std::nullopt;
    // How many pages the issue has (今日24版): masthead furniture, no page number.
    static const Pattern pageCount = hanRegex(QStringLiteral("^(?:今日|今天|本期|本报今日|共)\\s*[0-9一二三四五六七八九十]{1,3}\\s*版(?:\\s+(?:第\\s*([0-9]{1,2})\\s*版|[A-H]\\s*0?([1-9][0-9]?)))?$"));
    if (const QRegularExpressionMatch m = pageCount.match(t); m.hasMatch()) // printed on the issue's front page
        return FolioLine {QString(), QDate(), m.capturedLength(1) ? m.captured(1).toInt() : m.capturedLength(2) ? m.captured(2).toInt() : 1, true};
    // The lunar date the masthead prints under the date (农历乙巳年三月二十, or by its year's name
    // alone: 甲辰年十月初五).
    static const Pattern lunar = hanRegex(QStringLiteral("^(?:%1)$").arg(kLunarDate));
    if (t.startsWith(u"农历") || t.startsWith(u"農曆") || (t.size() >= 6 && t.size() <= 12 && t.at(2) == u'年')) {
        if (lunar.match(t).hasMatch())
            return FolioLine {QString(), QDate(), std::nullopt, true};
    }
    // The page number alone, as the corner of a page prints it (２, 05).
    static const Pattern bareNumber(QStringLiteral("^0?([1-9][0-9]?)$"));
    if (const QRegularExpressionMatch m = bareNumber.match(t); m.hasMatch())
        return FolioLine {QString(), QDate(), m.captured(1).toInt(), true};
    // Or with its section's letter (A5, B03), as papers numbered by section print it; the letter
    // goes, as it does from A5版. (At the head only: further down, B2 could open a headline.)
    static const Pattern sectionNumber(QStringLiteral("^[A-H]\\s?0?([1-9][0-9]?)$"));
    if (t.size() <= 4) {
        if (const QRegularExpressionMatch m = sectionNumber.match(t); m.hasMatch())
            return FolioLine {QString(), QDate(), m.captured(1).toInt(), true};
    }
    static const Pattern paperRe = hanRegex(QStringLiteral("(%1)").arg(kPaperName), kUnicode);
    // The name opening a folio line before its date (南方周末　2025年6月12日　第A4版).
    static const Pattern namedFirst = hanRegex(QStringLiteral("^([\\x{4E00}-\\x{9FFF}]{2,8})[\\s\\x{3000}·|｜]+(?=[0-9０-９〇零○一二三四五六七八九]|中华|民国)"), kUnicode);
    // The paper's name alone (the masthead), or a section name alone (要闻, 评论): page furniture.
    static const Pattern nameAlone = hanRegex(QStringLiteral("^%1$").arg(kPaperName), kUnicode);
    if (nameAlone.match(t).hasMatch() && !t.contains(u"快报") && !t.contains(u"简报") && !t.contains(u"情报") && !t.contains(u"预报"))
        return FolioLine {t.toString(), QDate(), std::nullopt, true};
    // So is the name beside its web address, as an e-paper's page shows it (联合早报 zaobao.com.sg):
    // not only first, since the site's own links (跳到主要内容) may stand above it.
    static const Pattern nameAndSite = hanRegex(QStringLiteral("^(%1)[\\s\\x{3000}|｜]+(?:https?://)?(?:www\\.)?[a-z0-9-]{2,30}(?:\\.[a-z]{2,6}){1,3}/?$").arg(kPaperName), kUnicode);
    if (t.contains(u'.') && t.size() <= 40) {
        if (const QRegularExpressionMatch m = nameAndSite.match(t); m.hasMatch())
            return FolioLine {m.captured(1), QDate(), std::nullopt, false};
    }
    static const Pattern dateRe = hanRegex(QStringLiteral(
        "(?:((?:19|20)[0-9]{2})|(?:中华)?民国\\s*([0-9]{2,3}))\\s*(?:年|-|/|\\.)\\s*([0-9]{1,2})\\s*(?:月|-|/|\\.)\\s*([0-9]{1,2})\\s*日?"
        "|([〇零○一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
        "|(?:中华)?民国\\s*([〇零○一二三四五六七八九十百]{2,5})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"));
    static const Pattern pageRe = hanRegex(QStringLiteral("第\\s*[A-H]?\\s*([0-9一二三四五六七八九十]{1,3})\\s*版|(?<![A-Za-z0-9今日共])[A-Z]?([0-9]{1,2})\\s*版"));
    static const Pattern weekday = hanRegex(QStringLiteral("星期[一二三四五六日天]|周[一二三四五六日]"));
    const QRegularExpressionMatch d = dateRe.match(t);
    const QRegularExpressionMatch p = pageRe.match(t);
    if (!d.hasMatch()) {
        // A page marker alone: "第3版", "A03版", or a section letter and number beside a section
        // name ("A3 要闻", "要闻·A3"): a bare "G20" or "B2" could open a headline. The name after
        // 第N版 may join two names with a middle dot, as sections often do (第11版：理论·实践).
        static const QString section = QStringLiteral("(?:%1|[\\x{4E00}-\\x{9FFF}]{2,6}新闻)").arg(kSectionNames);
        static const Pattern marker = hanRegex(QStringLiteral(
            "^(?:(?:%1|[\\x{4E00}-\\x{9FFF}]{2,6})\\s*[·•:：|｜]?\\s*)?(?:第\\s*[A-H]?\\s*0?([0-9０-９一二三四五六七八九十]{1,3})\\s*版|[A-H]\\s*0?([1-9][0-9]?)\\s*版|0?([1-9][0-9]?)\\s*版)"
            "(?:\\s*[·•:：|｜]?\\s*[\\x{4E00}-\\x{9FFF}]{2,8}(?:[·•・][\\x{4E00}-\\x{9FFF}]{2,8})?)?$"
            "|^%1\\s*[·•:：|｜]?\\s*[A-H]\\s*0?([1-9][0-9]?)$"
            "|^[A-H]\\s*0?([1-9][0-9]?)\\s*[·•:：|｜]?\\s*%1$"
            // At the page's head only: the number beside a section's name (理论周刊 7, 7 体育, 理论·07).
            "|^(?:%1|[\\x{4E00}-\\x{9FFF}]{1,4}(?:周刊|专版|特刊))\\s*[·•:：|｜]?\\s*0?([1-9][0-9]?)$"
            "|^0?([1-9][0-9]?)\\s*[·•:：|｜]?\\s*(?:%1|[\\x{4E00}-\\x{9FFF}]{1,4}(?:周刊|专版|特刊))$"
            // And a section's letter and zero-padded number beside any short name (A07 城事, B03·都市;
            // not G20 峰会开幕).
            "|^[A-H]\\s*0([1-9])[\\s\\x{3000}·•|｜]+[\\x{4E00}-\\x{9FFF}]{2,4}$").arg(section), kUnicode);
        // (With the staff strip run into the line taken out first: A10 济南新闻 责编：周涛. Its
        // roles all hold 编 or 校: 编辑, 责编, 美编, 校对, 审校.)
        QString withoutStaff;
        if (t.size() > 6 && (t.contains(u'编') || t.contains(u'編') || t.contains(u'校'))) {
            withoutStaff = t.toString();
            withoutStaff = staffStrip().removeFrom(withoutStaff).trimmed();
        }
        const QStringView markerText = withoutStaff.isNull() ? t : QStringView(withoutStaff);
        const QRegularExpressionMatch m = markerText.size() <= 20 ? marker.match(markerText) : QRegularExpressionMatch();
        if (!m.hasMatch()) {
            // (Not "…新闻": alone over an article's text, 云澜新闻 is its headline.) Older pages set
            // it letter-spaced (评　论, 要 闻).
            static const Pattern sectionAlone = hanRegex(QStringLiteral("^(?:%1)$").arg(kSectionNames));
            static const Pattern letterSpaced = hanRegex(QStringLiteral("^[\\x{4E00}-\\x{9FFF}](?:[\\s\\x{3000}]{1,3}[\\x{4E00}-\\x{9FFF}]){1,3}$"));
            QString unspaced;
            if (t.size() > 2 && t.size() <= 12 && letterSpaced.match(t).hasMatch()) {
                unspaced = t.toString();
                unspaced.removeIf([](QChar c) { return c.isSpace(); });
            }
            const QStringView name = unspaced.isNull() ? t : QStringView(unspaced);
            if (name.size() <= 6 && sectionAlone.match(name).hasMatch())
                return FolioLine {QString(), QDate(), std::nullopt, true};
            return std::nullopt;
        }
        FolioLine folio;
        for (int g = 1; g <= 8 && !folio.page; ++g) {
            if (m.capturedLength(g)) {
                folio.page = parseChineseNumber(m.capturedView(g));
                folio.headOnly = g >= 6;
            }
        }
        return folio.page ? std::optional<FolioLine>(folio) : std::nullopt;
    }
    // A section page standing alone in a dated folio line: "2021年3月2日 星期二 A6 綜合".
    static const Pattern sectionPage = hanRegex(QStringLiteral("(?<![A-Za-z0-9])[A-H]\\s?0?([1-9][0-9]?)(?![0-9A-Za-z])"));
    QRegularExpressionMatch sp = p.hasMatch() ? QRegularExpressionMatch() : sectionPage.match(t);
    // Or the page's number opening the line, before the section's name ("2　　要闻　　人民日报
    // 2024年3月5日"), or closing it after the date ("2024年9月6日 星期五 要闻 3").
    static const Pattern leadingPage(QStringLiteral("^0?([1-9][0-9]?)(?=[\\s\\x{3000}])"));
    static const Pattern trailingPage(QStringLiteral("(?<=[\\s\\x{3000}])0?([1-9][0-9]?)(?:[\\s\\x{3000}]+[\\x{4E00}-\\x{9FFF}]{2,4})?$"));
    if (!p.hasMatch() && !sp.hasMatch() && d.capturedStart() > 0)
        sp = leadingPage.match(t);
    if (!p.hasMatch() && !sp.hasMatch() && d.capturedEnd() < t.size())
        sp = trailingPage.match(t);
    // Or set apart by wide spaces between the section's name and the paper's (国内　　6　　星洲日报·…).
    static const Pattern spacedPage(QStringLiteral("(?<=[\\x{4E00}-\\x{9FFF}])(?:[\\s\\x{3000}]{2,}|\\x{3000})0?([1-9][0-9]?)(?:[\\s\\x{3000}]{2,}|\\x{3000})(?=[\\x{4E00}-\\x{9FFF}])"));
    if (!p.hasMatch() && !sp.hasMatch() && d.capturedStart() > 0)
        sp = spacedPage.match(QStringView(t).left(d.capturedStart()));
    // A folio names a full date and either the weekday or the page, or is the date alone; prose
    // never looks like that.
    const bool dateAlone = d.capturedStart() == 0 && d.capturedLength() == t.size();
    // Or the paper's name and the date and nothing else, as a folio without the weekday or a
    // second folio line prints them (法治日报 2024年11月6日, 聯合報　中華民國113年11月5日, LIBERTY
    // TIMES　中華民國一一三年十一月五日): at the page's head only.
    static const Pattern nameBeside = hanRegex(QStringLiteral(
        "^[\\s\\x{3000}·|｜/／]*(?:%1|[A-Z][A-Z.&'-]*(?: [A-Z][A-Z.&'-]*){0,4})[\\s\\x{3000}·|｜/／]*$").arg(kPaperName), kUnicode);
    const QStringView before = t.left(d.capturedStart()).trimmed();
    const QStringView after = t.mid(d.capturedEnd()).trimmed();
    const bool namedDate = !dateAlone && (before.isEmpty() || after.isEmpty())
        && nameBeside.match(before.isEmpty() ? after : before).hasMatch();
    const bool weekdayNamed = weekday.match(t).hasMatch();
    if (!p.hasMatch() && !sp.hasMatch() && !weekdayNamed && !dateAlone && !namedDate)
        return std::nullopt;
    // Little else besides: a folio has no sentence punctuation, and no more words than a paper's
    // name, a section's and the lunar date ("… 要闻 3 庆 元 香 菇 再 获 国 际 认 证" holds a headline).
    static const Pattern prose = hanRegex(QStringLiteral("[，。；！？,;!?]"));
    if (prose.match(t).hasMatch())
        return std::nullopt;
    {
        QString rest = t.toString();
        QList<std::pair<qsizetype, qsizetype>> spans { { d.capturedStart(), d.capturedLength() } };
        if (p.hasMatch())
            spans.append({ p.capturedStart(), p.capturedLength() });
        if (sp.hasMatch())
            spans.append({ sp.capturedStart(), sp.capturedLength() });
        if (const QRegularExpressionMatch w = weekday.match(t); w.hasMatch())
            spans.append({ w.capturedStart(), w.capturedLength() });
        if (const QRegularExpressionMatch n = paperRe.match(t); n.hasMatch())
            spans.append({ n.capturedStart(), n.capturedLength() });
        else if (const QRegularExpressionMatch n = namedFirst.match(t); n.hasMatch() && (p.hasMatch() || sp.hasMatch()))
            spans.append({ n.capturedStart(1), n.capturedLength(1) });
        std::sort(spans.begin(), spans.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        qsizetype lastStart = rest.size();
        for (const auto &[start, length] : spans) {
            if (start + length <= lastStart) { // spans sorted from the end; overlapping ones skipped
                rest.remove(start, length);
                lastStart = start;
            }
        }
        // And with the page named, the section's name closing the line (… 第A4版　调查).
        if (p.hasMatch() || sp.hasMatch()) {
            static const Pattern sectionLast = hanRegex(QStringLiteral("[\\s\\x{3000}·|｜]+[\\x{4E00}-\\x{9FFF}]{2,4}\\s*$"));
            sectionLast.removeFrom(rest);
        }
        static const Pattern furniture = hanRegex(QStringLiteral(
            "%2|[\\x{4E00}-\\x{9FFF}]{1,8}(?:电子版|数字报|数字版|网络版)|农历\\S{2,10}|今日\\s*[0-9]{1,3}\\s*版|[\\x{4E00}-\\x{9FFF}]{2,4}(?:新闻|周刊|专版|特刊)|%1|港闻|星期[一二三四五六日天]").arg(kSectionNames, kLunarDate));
        furniture.removeFrom(rest);
        staffStrip().removeFrom(rest);
        // A special section's name closing the line (全国两会特别报道) is furniture too.
        static const Pattern specialSection = hanRegex(QStringLiteral("[\\x{4E00}-\\x{9FFF}]{2,8}(?:报道|专刊|特刊|专版|周刊|专题)\\s*$"));
        specialSection.removeFrom(rest);
        qsizetype han = 0;
        for (QChar c : rest)
            han += c.script() == QChar::Script_Han ? 1 : 0;
        if (han > 4)
            return std::nullopt;
    }
    FolioLine folio;
    if (d.capturedLength(5)) // 一九八五年十月六日
        folio.date = QDate(toInt(d.capturedView(5)), toInt(d.capturedView(6)), toInt(d.capturedView(7)));
    else if (d.capturedLength(8)) // 中華民國一一三年十月十五日
        folio.date = QDate(toInt(d.capturedView(8)) + 1911, toInt(d.capturedView(9)), toInt(d.capturedView(10)));
    else // a Republic of China year (民国113年) counts from 1912
        folio.date = QDate(d.capturedLength(1) ? toInt(d.capturedView(1)) : toInt(d.capturedView(2)) + 1911,
                           toInt(d.capturedView(3)), toInt(d.capturedView(4)));
    if (!folio.date.isValid())
        return std::nullopt;
    static const Pattern pageCountIn = hanRegex(QStringLiteral("(?:今日|今天|本期|本报今日)\\s*[0-9一二三四五六七八九十]{1,3}\\s*版"));
    if (p.hasMatch())
        folio.page = parseChineseNumber(p.capturedLength(1) ? p.capturedView(1) : p.capturedView(2));
    else if (sp.hasMatch())
        folio.page = parseChineseNumber(sp.capturedView(1));
    else if (pageCountIn.match(t).hasMatch())
        folio.page = 1; // the issue's page count is printed on its front page
    folio.running = !dateAlone && (folio.page || weekday.match(t).hasMatch());
    const QRegularExpressionMatch n = paperRe.match(t);
    if (n.hasMatch())
        folio.paper = n.captured(1);
    else if (const QRegularExpressionMatch f = namedFirst.match(t); f.hasMatch() && (folio.page || (weekdayNamed && isTitleName(f.capturedView(1)))))
        folio.paper = f.captured(1); // 南方周末, 参考消息: whatever name opens a line that dates and numbers the page
    return folio;
}

std::optional<FolioLine> parseFolioPair(const FolioLine &dated, QStringView other)
{
    const QStringView t = other.trimmed();
    if (!dated.date.isValid() || t.isEmpty() || sizeWithoutWidePadding(t, 40) > 40)
        return std::nullopt;
    // Read as one line with the date (and its weekday) first, or after the line when the line
    // opens with the page's number (3　要闻　东湖日报).
    static const QString weekdays = QStringLiteral("一二三四五六日");
    const QString date = QStringLiteral("%1年%2月%3日 星期%4").arg(dated.date.year()).arg(dated.date.month()).arg(dated.date.day())
                             .arg(weekdays.at(dated.date.dayOfWeek() - 1));
    std::optional<FolioLine> folio = parseFolioLine(date + QStringLiteral("　") + t.toString());
    if (!folio || !folio->page) {
        if (std::optional<FolioLine> pageFirst = parseFolioLine(t.toString() + QStringLiteral("　") + date); pageFirst && pageFirst->page)
            folio = pageFirst;
    }
    if (!folio || !((folio->page && !dated.page) || (!folio->paper.isEmpty() && dated.paper.isEmpty())))
        return std::nullopt;
    return folio;
}

bool looksLikeMastheadName(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() < 4 || t.size() > 16)
        return false;
    // (An edition may follow the name after a middle dot: ·初中版, ·海外版.)
    static const Pattern name = hanRegex(QStringLiteral("^([0-9]{0,4}[\\x{4E00}-\\x{9FFF}]{2,10})(?:[·・][\\x{4E00}-\\x{9FFF}]{1,4}版)?$"));
    const QRegularExpressionMatch m = name.match(t);
    return m.hasMatch() && isTitleName(m.capturedView(1)) && !looksLikeColumnLabel(m.capturedView(1));
}

QDate inferIssueDate(QStringView text)
{
    const int year = dominantYear(text);
    if (!year)
        return {};
    // Wire datelines and dated 讯头: …X月Y日电, …X月Y日讯.
    static const Pattern wire = hanRegex(QStringLiteral("(?<![0-9])([0-9]{1,2})月([0-9]{1,2})日[电讯]"));
    int bestKey = 0;
    for (auto it = wire.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        bestKey = std::max(bestKey, toInt(m.capturedView(1)) * 100 + toInt(m.capturedView(2)));
    }
    if (!bestKey) {
        // Events reported as past: "11月11日，记者从…获悉", "11月10日晚，…上演". Dates followed by
        // 将/起/前 are plans and left out.
        static const Pattern event = hanRegex(QStringLiteral(
            "(?<![0-9年])([0-9]{1,2})月([0-9]{1,2})日(?:[上下]午|晚|早|凌晨|晚间)?(?:[，,](?!.{0,6}将)|从[^，。]{2,24}(?:获悉|了解到))"));
        for (auto it = event.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            bestKey = std::max(bestKey, toInt(m.capturedView(1)) * 100 + toInt(m.capturedView(2)));
        }
    }
    if (!bestKey)
        return {};
    const QDate reported(year, bestKey / 100, bestKey % 100);
    return reported.isValid() ? reported.addDays(1) : QDate();
}

} // namespace broadsheet
