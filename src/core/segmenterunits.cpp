#include "core/segmenterunits.h"

#include "core/credits.h"
#include "core/hanvariants.h"
#include "core/jumpline.h"
#include "core/linemarkup.h"
#include "core/ocrspacing.h"
#include "core/textshape.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace broadsheet {

namespace {

// A caption wrapped over lines of its own, set apart by blank lines and closed by its photo
// credit ("11月15日，志愿者在清波" + "街道社区食堂为老人打菜。" + "本报记者 林佳 摄"): its lines are
// one caption, the credit still a line of its own when it was one.
void joinWrappedCaptions(QList<LineUnit> &units)
{
    for (qsizetype a = 0; a < units.size(); ++a) {
        if (units[a].markup || (a > 0 && units[a].gapBefore == 0))
            continue;
        qsizetype b = a + 1; // the block: a..b-1, no blank line inside
        qsizetype chars = units[a].text.size();
        while (b < units.size() && units[b].gapBefore == 0 && !units[b].markup && chars <= 160)
            chars += units[b++].text.size();
        // (Lines of a few characters are a narrow column's, which the wrap reading joins.)
        if (b - a < 2 || chars > 160 || chars < 8 * (b - a) || (b < units.size() && units[b].gapBefore == 0))
            continue;
        bool jump = false;
        for (qsizetype k = a; k < b && !jump; ++k)
            jump = parseJumpLine(units[k].text).has_value();
        if (jump)
            continue;
        const bool creditLine = isCreditLine(units[b - 1].text);
        const qsizetype textEnd = creditLine ? b - 1 : b; // the caption's own lines: a..textEnd-1
        if (textEnd - a < 2 || (!creditLine && splitCaptionCredit(units[b - 1].text).credit.isNull()))
            continue;
        QString text = units[a].text;
        for (qsizetype k = a + 1; k < textEnd; ++k)
            text = joinBroken(text, units[k].text);
        // (Only a caption's shape: one or two sentences, not a lead with its writers.)
        if (splitLeadingCredit(text).found() || text.count(u'。') > 2)
            continue;
        units[a].text = text;
        units.remove(a + 1, textEnd - a - 1);
    }
}

// A subhead numbered n starts a numbering (1) or goes on with one above it: a heading numbered
// n - 1 (2 …, 02 …, 2、…) stands earlier on the page.
bool continuesNumbering(const QList<LineUnit> &units, int n)
{
    if (n == 1)
        return true;
    const QString previous = QString::number(n - 1);
    for (const LineUnit &u : units) {
        QStringView t = u.text;
        if (t.startsWith(u'0'))
            t = t.mid(1);
        if (t.size() > previous.size() && t.startsWith(previous)) {
            const QChar after = t.at(previous.size());
            if (after == u' ' || after == u'\u3000' || after == u'、' || after == u'.' || after == u'．')
                return true;
        }
    }
    return false;
}

// The weather in the masthead's ear: 天气：今天多云 22℃～31℃ wherever it stands, and at the page's
// head the box's label alone (今日天气) and a line of temperatures (多云转晴 14℃～24℃).
bool isWeather(QStringView line, bool atHead)
{
    if (line.size() > 40 || (!line.contains(u"天气") && !line.contains(u"天氣") && !(atHead && line.contains(u'℃'))))
        return false;
    static const Pattern labelled = hanRegex(QStringLiteral("^(?:今日|今天|明日)?天气\\s*[：:]"));
    static const Pattern box = hanRegex(QStringLiteral("^(?:今日|今天|明日)?天气(?:预报)?$|[0-9]+\\s*℃\\s*[～~\\-－至]\\s*-?[0-9]+\\s*℃"));
    return labelled.match(line).hasMatch() || (atHead && box.match(line).hasMatch());
}

// The imprint of the paper (刊号, 邮发代号, 零售价, 社址): page furniture wherever it stands.
bool isImprintLine(QStringView line)
{
    static const WordSet words { u"出版物号", u"CN", u"邮发代号", u"ISSN", u"零售价", u"定价", u"许可证", u"本报地址", u"社址", u"天气" };
    if (line.size() > 120 || endsSentence(line) || !words.foundIn(line))
        return false;
    // (Never prose: a line with a comma, or a lead, is text broken off at a column's end — "本报讯
    // （记者 潘越）…汽、柴油最高零售价格每吨分别提高" must not go.)
    if (line.contains(u'，') || line.contains(u',') || line.contains(u'。') || startsWithDateline(line) || splitLeadingCredit(line).found())
        return false;
    static const Pattern imprint = hanRegex(QStringLiteral(
        "(?:统一连续出版物号|国际标准连续出版物号|\\bCN\\s*[0-9]{2}\\s*[-－]\\s*[0-9]{4}|邮发代号|ISSN\\s*[0-9]{4}|零售价\\s*[：:0-9０-９]|每份定价|广告(?:经营)?许可证|本报地址|^社址\\s*[：:])"));
    return imprint.match(line).hasMatch() || isWeather(line, false);
}

// A masthead's name in Latin capitals (JIANGCHENG EVENING NEWS).
bool isLatinMasthead(QStringView line)
{
    static const Pattern caps(QStringLiteral("^[A-Z][A-Z.&'-]*(?: [A-Z][A-Z.&'-]*){1,6}$"));
    return line.size() <= 60 && caps.match(line).hasMatch();
}

// The other half of a folio set over two lines at the page's head (see parseFolioPair): the line
// over a dated folio line (the next but blank ones, from `next`) or under one (`above`, the dated line
// just taken). And a paper's name alone over a dated folio line that names no paper, as the page's
// first line: its place makes it the masthead, whatever word closes the name (今日武义, 南方周末).
std::optional<FolioLine> folioHalf(QStringView text, const QList<QStringView> &lines, qsizetype next,
                                   const std::optional<FolioLine> &above, bool pageHead)
{
    if (above) {
        if (std::optional<FolioLine> pair = parseFolioPair(*above, text))
            return pair;
    }
    qsizetype j = next;
    while (j < lines.size() && j - next <= 2 && lines[j].trimmed().isEmpty())
        ++j;
    if (j >= lines.size() || lines[j].trimmed().isEmpty() || parseJumpLine(lines[j].trimmed()))
        return std::nullopt;
    const std::optional<FolioLine> dated = parseFolioLine(lines[j].trimmed());
    if (!dated || !dated->date.isValid())
        return std::nullopt;
    // (The name whole, with its edition: 中学生学习报·初中版.) The folio numbers the page, on the dated
    // line or on the next (21世纪经济报道 / 2024年11月20日 星期三 / 第6版 金融·市场): a site's article
    // prints its headline over the day and weekday too.
    auto numbered = [&lines, j] {
        qsizetype k = j + 1;
        while (k < lines.size() && k - j <= 3 && lines[k].trimmed().isEmpty())
            ++k;
        const std::optional<FolioLine> below = k < lines.size() ? parseFolioLine(lines[k].trimmed()) : std::nullopt;
        return below && below->page && !below->date.isValid();
    };
    if (pageHead && dated->running && dated->paper.isEmpty() && looksLikeMastheadName(text) && (dated->page || numbered()))
        return FolioLine {text.trimmed().toString(), QDate(), std::nullopt};
    return parseFolioPair(*dated, text);
}

} // namespace

UnitSplit splitUnits(const QString &rawText)
{
    UnitSplit out;
    // (OCR's spaces between CJK characters go before any line is read: a spaced-out headline,
    // byline or masthead must read as it was printed.)
    const QString text = withoutOcrSpacing(withoutHtml(rawText));
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    static const Pattern atx(QStringLiteral("^(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$"));
    static const Pattern quote(QStringLiteral("^>\\s?"));
    int gap = 0;
    // After a line of page furniture taken out (a running head, a page number), the blank lines on
    // either side of it are one gap, not two: the text may run on across it.
    int blanksAfterFurniture = -1;
    auto dropFurniture = [&gap, &blanksAfterFurniture](const LineUnit &u) {
        gap = u.gapBefore;
        blanksAfterFurniture = 0;
    };
    bool pictureAbove = false;
    bool ruleAbove = false;
    QString pendingNumber; // a subhead's number on the line above
    std::optional<FolioLine> folioAbove; // the dated folio line last taken at the head, and the line after it
    qsizetype folioEnd = -1;
    qsizetype i = 0;
    while (i < lines.size()) {
        QStringView line = lines[i].trimmed();
        if (line.isEmpty() || isDecoration(line)) {
            ruleAbove = ruleAbove || !line.isEmpty();
            if (blanksAfterFurniture >= 0)
                gap = std::max(gap, ++blanksAfterFurniture);
            else
                ++gap;
            ++i;
            continue;
        }
        bool picture = isPictureMarker(line);
        QString lineText = picture ? QString() : withoutPictures(line.toString(), &picture);
        if (picture && lineText.isEmpty())
            pictureAbove = true;
        if (picture) {
            // A picture leaves a gap in the text, as a photo does on the page.
            gap = std::max(gap, 1) + 1;
            if (lineText.isEmpty()) {
                ++i;
                continue;
            }
        }
        bool navigation = false;
        lineText = withoutLinks(lineText, &navigation);
        const auto bars = [&lines](qsizetype j) { return j >= 0 && j < lines.size() && (lines[j].contains(u'|') || lines[j].contains(u'｜')); };
        if (navigation || (lineText.isEmpty() && !picture) || isWebFurniture(lineText, [&] { return bars(i - 1) || bars(i + 1); })) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        LineUnit u;
        u.gapBefore = gap;
        blanksAfterFurniture = -1;
        u.indented = indented(lines[i]);
        u.setRight = u.indented && setRight(lines[i]);
        u.afterPicture = std::exchange(pictureAbove, false);
        u.afterRule = std::exchange(ruleAbove, false);
        gap = 0;
        if (lineText.startsWith(u'>'))
            quote.removeFrom(lineText);
        else if (const qsizetype rule = columnRuleEnd(lineText); rule > 0)
            lineText.remove(0, rule);
        const QRegularExpressionMatch heading = lineText.startsWith(u'#') ? atx.match(lineText) : QRegularExpressionMatch();
        if (const QString cells = tableRow(lineText); !cells.isEmpty()) {
            u.tableRow = true;
            u.text = cells;
            ++i;
        } else if (heading.hasMatch()) {
            u.markup = true;
            u.level = int(heading.capturedLength(1));
            u.text = stripInlineMarkup(heading.captured(2));
            ++i;
        } else if (lineText.startsWith(u"**") && boldMarkers(lineText) % 2 == 1) {
            // Bold opened here and closed on a following line: a heading set across lines
            // ("**构建起强大的公共卫生体系  \n为维护人民健康提供有力保障**").
            qsizetype j = i + 1;
            while (j < lines.size() && j - i <= 3 && !lines[j].trimmed().isEmpty() && boldMarkers(lines[j]) == 0)
                ++j;
            if (j < lines.size() && j - i <= 3 && lines[j].trimmed().endsWith(u"**") && boldMarkers(lines[j]) == 1) {
                // (Lines set apart by a space, as a stack's lines are, but not after a comma or
                // colon: "一窗受理：" + "前台综合、后台分办" is one line broken.)
                for (qsizetype k = i; k <= j; ++k) {
                    const QString part = stripInlineMarkup(lines[k].toString());
                    const QChar last = u.text.isEmpty() ? QChar() : u.text.back();
                    const bool glued = last == u'，' || last == u'：' || last == u'、' || last == u'；' || last == u'“' || last == u'《';
                    u.text += (u.text.isEmpty() || glued ? QString() : QStringLiteral(" ")) + part;
                }
                u.markup = !readsAsProse(u.text);
                i = j + 1;
            } else {
                u.text = stripInlineMarkup(lineText);
                ++i;
            }
        } else if (const qsizetype split = runInHeadEnd(lineText); split > 0) {
            // A brief whose bold head runs into its text: the head is a heading of its own.
            u.markup = true;
            u.runIn = true;
            u.text = stripInlineMarkup(lineText.left(split));
            LineUnit rest;
            rest.text = lineText.mid(split).trimmed();
            out.units.append(std::move(u));
            u = std::move(rest);
            ++i;
        } else {
            const bool wholeBold = lineText.size() > 4 && lineText.startsWith(u"**") && lineText.endsWith(u"**")
                && boldMarkers(lineText) == 2;
            u.text = stripInlineMarkup(lineText);
            u.markup = wholeBold && !readsAsProse(u.text); // a bold lead is a paragraph
            ++i;
        }
        if (u.text.isEmpty()) {
            gap += 1;
            continue;
        }
        // A subhead's number set on a line of its own ("1", "01") numbers the line under it; one
        // that neither starts nor continues a numbering is the page's number OCR kept between the
        // columns ("5" over the next story's headline): furniture.
        static const Pattern numberAlone(QStringLiteral("^0?[1-9][0-9]?$"));
        if (!out.units.isEmpty() && !u.markup && u.text.size() <= 2 && numberAlone.match(u.text).hasMatch()) {
            qsizetype j = i;
            while (j < lines.size() && lines[j].trimmed().isEmpty())
                ++j;
            if (j < lines.size() && j - i <= 1 && lines[j].trimmed().size() <= 30 && !lines[j].trimmed().front().isDigit()) {
                if (continuesNumbering(out.units, u.text.toInt())) {
                    pendingNumber = u.text;
                    gap = u.gapBefore;
                } else {
                    out.pageStaff << u.text;
                    dropFurniture(u);
                }
                continue;
            }
        }
        if (!pendingNumber.isEmpty()) {
            u.text = pendingNumber + QLatin1Char(' ') + u.text;
            pendingNumber.clear();
        }
        if (isImprintLine(u.text)) {
            out.pageStaff << u.text;
            dropFurniture(u);
            continue;
        }
        // The page's number between dashes or dots (- 5 -, －５－, ·5·), wherever a dump left it:
        // furniture, and no break in the text around it.
        if (const std::optional<int> number = u.text.size() <= 12 ? dashedPageNumber(u.text) : std::nullopt) {
            out.folios.append(FolioLine {QString(), QDate(), number});
            dropFurniture(u);
            continue;
        }
        // A folio line ("云澜日报 2025年3月18日 星期二 第1版") among the first lines is page metadata,
        // and a staff line there (本版责编：王丽) belongs to the page, not to an article.
        // Further down, a running head that OCR kept between the columns ("2024年9月6日 星期五 要闻 3").
        // (No longer once a sentence of text has passed: a weather box under the first short item
        // is no masthead.)
        const bool head = out.units.size() < 3
            && std::none_of(out.units.cbegin(), out.units.cend(), [](const LineUnit &p) { return p.text.size() >= 30 && endsSentence(p.text); });
        // (Further down only a line with a full date and the weekday or a page number qualifies.)
        // (A line set out across the page's width is as long as its words.)
        auto dated = [&u] {
            return u.text.contains(u'年') && u.text.contains(u'月') && u.text.contains(u'日')
                && (u.text.contains(u"星期") || u.text.contains(u'周') || u.text.contains(u'版') || u.text.back().isDigit());
        };
        const bool padded = u.text.size() > 60 && (u.text.contains(u' ') || u.text.contains(u'\u3000')); // (a quick look first)
        const qsizetype setSize = padded && (head || dated()) ? sizeWithoutWidePadding(u.text, 60) : u.text.size();
        const bool runningHead = !head && setSize <= 60 && dated();
        const QString setText = setSize <= 60 && setSize < u.text.size() ? withoutWidePadding(u.text) : QString();
        const QStringView staffText = setText.isNull() ? QStringView(u.text) : QStringView(setText);
        if ((head || !u.markup) && !u.tableRow && setSize <= 60 && (head || runningHead)) {
            const bool jump = parseJumpLine(u.text).has_value();
            auto folio = jump ? std::nullopt : parseFolioLine(u.text);
            if (!folio && !jump && head && !u.markup) {
                const bool adjacent = folioEnd >= 0 && std::all_of(lines.cbegin() + folioEnd, lines.cbegin() + start, [](QStringView l) { return l.trimmed().isEmpty(); });
                folio = folioHalf(u.text, lines, i, adjacent ? folioAbove : std::nullopt, out.units.isEmpty() && out.folios.isEmpty());
            }
            if (folio && (head ? (!folio->headOnly || out.units.isEmpty()) : folio->running)) {
                if (head && folio->date.isValid()) {
                    folioAbove = folio;
                    folioEnd = i;
                }
                out.folios.append(*folio);
                dropFurniture(u);
                continue;
            }
        }
        // An app export closes each story with its editor in lenticular brackets (【责任编辑：王琪】):
        // furniture wherever it stands, as a staff strip between two pieces is (地方新聞中心主任／蔡清華
        // 編輯／林美伶) — not an interview's turn (编辑：您怎么看？).
        // (Every strip names an editor, 编: a quick look first.)
        static const Pattern sentence(QStringLiteral("[，。？！；,?!;]"));
        const bool strip = setSize <= 60 && !head && (u.text.contains(u'编') || u.text.contains(u'編'));
        if (!u.markup && ((u.text.startsWith(u'【') && u.text.size() <= 30) || strip) && isStaffLine(staffText)
            && (u.text.startsWith(u'【') || !sentence.match(u.text).hasMatch())) {
            out.pageStaff << u.text;
            dropFurniture(u);
            continue;
        }
        if (head && !u.tableRow) {
            if ((setSize <= 60 && isStaffLine(staffText)) || isLatinMasthead(u.text) || isWeather(u.text, true)) {
                out.pageStaff << u.text;
                dropFurniture(u);
                continue;
            }
        }
        out.units.append(std::move(u));
    }
    joinWrappedCaptions(out.units);
    // A headline (or a stack of up to three lines) that OCR read twice in a row appears once.
    // (Not a poem's refrain, 河水向东流 / 一声一声 sung twice: short open lines stand on both
    // sides of it, where a headline has text or a byline's lead.)
    auto verseLine = [&out](qsizetype k) {
        return k >= 0 && k < out.units.size() && !out.units[k].markup && out.units[k].text.size() <= 20 && !endsSentence(out.units[k].text);
    };
    for (qsizetype k = 1; k < out.units.size(); ++k) {
        for (qsizetype n = 1; n <= 3 && n <= k && k + n <= out.units.size(); ++n) {
            bool same = out.units[k].gapBefore <= 1 && !(verseLine(k - n - 1) && verseLine(k + n) && !out.units[k].markup);
            for (qsizetype j = 0; j < n && same; ++j) {
                const LineUnit &a = out.units[k - n + j];
                const LineUnit &b = out.units[k + j];
                same = a.text.size() <= 40 && a.text == b.text && a.markup == b.markup && !endsSentence(a.text);
            }
            if (same) {
                for (qsizetype j = 0; j < n; ++j)
                    out.droppedDuplicates << out.units[k + j].text;
                out.units.remove(k, n);
                --k;
                break;
            }
        }
    }
    // And a staff line closing the page (本版责编：张三  李四) is the page's too.
    for (;;) {
        if (out.units.isEmpty() || out.units.last().markup)
            break;
        const QString &last = out.units.last().text;
        if (sizeWithoutWidePadding(last, 60) <= 60 && isStaffLine(withoutWidePadding(last))) {
            out.pageStaff.prepend(last);
        } else if (last.size() <= 12 && last.endsWith(u'版') && parseFolioLine(last) && parseFolioLine(last)->headOnly) {
            out.pageStaff.prepend(last); // the page count (本报今日四版), set at the foot
        } else {
            break;
        }
        out.units.removeLast();
    }
    // The unit at k goes on with a broken paragraph's last word: plain, and its first clause a
    // word's tail ("授权。目前，…").
    auto continuesWord = [&out](qsizetype k) {
        if (k >= out.units.size() || out.units[k].markup)
            return false;
        const QString &t = out.units[k].text;
        for (qsizetype i = 0; i < std::min<qsizetype>(t.size(), 7); ++i) {
            const char16_t c = t.at(i).unicode();
            if (c == u'。' || c == u'，' || c == u'、' || c == u'；' || c == u'！' || c == u'？')
                return i > 0;
        }
        return false;
    };
    // A paragraph OCR read twice appears once: the later copy is kept, since the text that the
    // broken paragraph runs on into follows it. Only a copy a few lines on, with no heading
    // between, is OCR's: two articles may well close on the same sentence (…负责人参加会议。).
    // And a whole paragraph (one that ends its sentence) repeated with a paragraph of other text
    // between is the writer's — a refrain opening and closing a piece, the disclaimer each of two
    // notices carries — and both copies stay; OCR's copies have at most a caption, a credit or
    // the pieces of a broken paragraph between them.
    QHash<QString, qsizetype> following;
    following.reserve(out.units.size());
    QList<bool> repeated(out.units.size(), false);
    qsizetype nextHeading = out.units.size();
    for (qsizetype k = out.units.size() - 1; k >= 0; --k) {
        const LineUnit &u = out.units[k];
        if (u.markup) {
            nextHeading = k;
            continue;
        }
        if (u.text.size() < 20)
            continue;
        auto it = following.find(u.text);
        if (it != following.end()) {
            const qsizetype later = it.value();
            const auto otherText = [&](qsizetype j) {
                const LineUnit &v = out.units[j];
                return !v.markup && v.text.size() >= 20 && endsSentence(v.text) && splitCaptionCredit(v.text).credit.isNull()
                    && !(j + 1 < out.units.size() && isCreditLine(out.units[j + 1].text));
            };
            bool writers = false;
            for (qsizetype j = k + 1; j < later && endsSentence(u.text) && !writers; ++j)
                writers = otherText(j);
            if (later - k <= 6 && later < nextHeading && !writers) {
                // (Unless the earlier copy is the one its tail follows: "…立即收回" + "授权。目前，…",
                // the later copy then standing before text of its own.)
                if (!endsSentence(u.text) && continuesWord(k + 1) && !continuesWord(later + 1)) {
                    repeated[later] = true;
                    continue; // the earlier copy stays, and stays the one to compare with
                }
                repeated[k] = true;
            }
            it.value() = k;
        } else {
            following.insert(u.text, k);
        }
    }
    // So is one read once whole and once broken at a column gap, right before or after: the whole
    // copy goes, and the broken one is joined as any broken paragraph is.
    auto plain = [&out](qsizetype k) { return k >= 0 && k < out.units.size() && !out.units[k].markup; };
    auto brokenCopyAt = [&](qsizetype whole, qsizetype first) {
        if (!plain(first) || !plain(first + 1) || first == whole || first + 1 == whole)
            return false;
        const QString &w = out.units[whole].text;
        const QString &a = out.units[first].text;
        if (a.size() >= w.size() || !w.startsWith(a))
            return false;
        // (Or a copy of the broken paragraph's first sentences only: "…立即收回授权。")
        const QString joined = joinBroken(a, out.units[first + 1].text);
        return joined == w || (endsSentence(w) && joined.startsWith(w));
    };
    for (qsizetype k = 0; k < out.units.size(); ++k) {
        if (!repeated[k] && plain(k) && out.units[k].text.size() >= 20 && (brokenCopyAt(k, k + 1) || brokenCopyAt(k, k - 2)))
            repeated[k] = true;
    }
    QList<LineUnit> kept;
    kept.reserve(out.units.size());
    for (qsizetype k = 0; k < out.units.size(); ++k) {
        LineUnit &u = out.units[k];
        if (repeated[k]) {
            out.droppedDuplicates << u.text;
            if (k + 1 < out.units.size())
                out.units[k + 1].gapBefore = std::max(out.units[k + 1].gapBefore, u.gapBefore);
            continue;
        }
        kept.append(std::move(u));
    }
    out.units = std::move(kept);
    return out;
}

} // namespace broadsheet
