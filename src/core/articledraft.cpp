#include "core/articledraft.h"

#include "core/credits.h"
#include "core/hanvariants.h"
#include "core/textshape.h"

#include <QRegularExpression>

#include <algorithm>

namespace broadsheet {

namespace {

QString joinUnits(const QList<LineUnit> &units)
{
    QString s;
    for (const LineUnit &u : units)
        s = s.isEmpty() ? u.text : s + QLatin1Char(' ') + u.text;
    return s.isEmpty() ? QString() : s;
}

// A one-line heading "XX在…时强调 坚定不移…" carries its kicker before the space.
void splitKickerFromHeadline(Article &a)
{
    if (!a.kicker.isNull() || a.headline.isNull())
        return;
    static const Pattern re = hanRegex(QStringLiteral(
        "^(?<kicker>\\S.{3,40}?(?:强调|指出|表示|提出|要求|宣布|寄语|致信|致辞|——))\\s*(?<rest>\\S.{3,})$"));
    const QRegularExpressionMatch m = re.match(a.headline);
    if (m.hasMatch() && (m.captured(u"kicker").endsWith(u"——") || a.headline.at(m.capturedEnd(u"kicker")).isSpace())) {
        a.kicker = m.captured(u"kicker");
        a.headline = m.captured(u"rest");
        return;
    }
    // A question or exclamation set before the headline on its line ("飞机维修哪家强？ 来看这场…").
    static const Pattern asked = hanRegex(QStringLiteral("^(?<kicker>[^？！?!\\s][^？！?!]{1,30}[？！?!][”」』]?)\\s+(?<rest>[^\\s].{5,})$"));
    if (const QRegularExpressionMatch q = asked.match(a.headline); q.hasMatch() && !q.captured(u"rest").contains(u'？') && !q.captured(u"rest").contains(u'！')) {
        a.kicker = q.captured(u"kicker");
        a.headline = q.captured(u"rest");
    }
}

void assignStack(const QList<LineUnit> &stack, Article &a)
{
    QList<LineUnit> rest;
    QStringList columns;
    for (qsizetype j = 0; j < stack.size(); ++j) {
        const LineUnit &u = stack[j];
        // A very short plain line over a longer plain headline is a section or series label
        // (聚焦高质量发展 over 青禾湖畔的"绿色账本").
        // So is a name of two or three characters over a longer heading, however set (# 大地 over
        // ## 故乡的老槐树): a headline says more than that.
        // (A short clause over a plain headline, 藍白聯手三讀 over 財劃法修正…, is its kicker, but
        // nothing tells them apart from a label in plain text; taken for the headline, the clause
        // would cost the headline too.)
        // And a short heading set smaller than the headline under it, as converters set a column's
        // name (## 学术圆桌 over # 在文明比较中…): a kicker of six characters says too little.
        // (A phrase built with 的 names a thing as a headline does, 山坳里的暑假课堂: labels name a
        // series or a desk.)
        // (The first line that is no label: under a paper's name taken for one, 中学生学习报·初中版 / 我手写我心 /
        // 那一刻，我长大了, the line that follows is the label.)
        const LineUnit &under = stack.value(j + 1);
        const bool plainPair = !u.markup && !under.markup && u.text.size() <= 8 && !(u.text.size() > 4 && u.text.contains(u'的'));
        const bool smallerPair = u.markup && j + 1 < stack.size() && u.text.size() <= 6 && under.prominence() < u.prominence()
            && under.text.size() >= 2 * u.text.size();
        const bool shortLabel = rest.isEmpty() && j + 1 < stack.size() && (plainPair || smallerPair || u.text.size() <= 3)
            && under.text.size() >= u.text.size() + (plainPair ? 3 : 2) && !looksLikeColumnLabel(under.text) && !endsWithDash(u.text)
            && !endsWithDash(under.text) && !startsWithDash(under.text) && !u.text.contains(QLatin1Char(' ')) && !endsWithColon(u.text)
            && !endsSentence(u.text) && !(plainPair && looksLikeLeadInSubhead(under.text)) /* a source and its claim, 房屋局：… */;
        if ((looksLikeColumnLabel(u.text) && stack.size() > 1) || shortLabel)
            columns << u.text;
        else
            rest << u;
    }
    // (Every line a label leaves no headline: the last is the headline, 记者手记 over 倾听来自基层的声音.)
    if (rest.isEmpty() && columns.size() >= 2) {
        rest << stack.last();
        columns.removeLast();
    }
    if (!columns.isEmpty())
        a.column = columns.join(QLatin1Char(' '));
    // "kicker—— headline" set on one line: the dash ends the kicker there too.
    for (qsizetype j = 0; j < rest.size(); ++j) {
        const qsizetype dash = rest[j].text.indexOf(u"——");
        if (dash > 0 && !rest[j].text.mid(dash + 2).trimmed().isEmpty()) {
            LineUnit tail = rest[j];
            tail.text = rest[j].text.mid(dash + 2).trimmed();
            rest[j].text = rest[j].text.left(dash + 2).trimmed();
            rest.insert(j + 1, tail);
        }
    }
    // The main headline: the most prominent unit after the last kicker that ends in "——", and
    // not a "——" subheadline.
    // A line reporting who said what (…在…会上强调) over the headline is its kicker too.
    static const Pattern reported = hanRegex(QStringLiteral("(?:强调|指出|表示|提出|要求|寄语|致信|致辞)$"));
    // So is a line ending in a colon (…专家提醒：) over the rest, and a question or exclamation
    // set no larger than the line under it (槟州水供再涨价？ over 水务局：今年内不调整水费).
    auto kickerLine = [&](qsizetype j) {
        const QStringView t = QStringView(rest[j].text).trimmed();
        const bool asked = !t.isEmpty() && (t.back() == u'？' || t.back() == u'！' || t.back() == u'?' || t.back() == u'!')
            && rest[j].prominence() >= rest.value(j + 1).prominence() && !endsSentence(rest.value(j + 1).text)
            && !startsWithDash(rest.value(j + 1).text);
        return j + 1 < rest.size()
            && (endsWithDash(rest[j].text) || endsWithColon(rest[j].text) || asked
                || (reported.match(rest[j].text).hasMatch() && !startsWithDash(rest[j + 1].text)
                    && (rest[j].prominence() >= rest[j + 1].prominence() || (rest[j].markup && rest[j + 1].markup))));
    };
    qsizetype lastKicker = -1;
    for (qsizetype j = 0; j + 1 < rest.size(); ++j) {
        if (kickerLine(j))
            lastKicker = j;
    }
    qsizetype h = -1;
    for (qsizetype j = lastKicker + 1; j < rest.size(); ++j) {
        const LineUnit &u = rest[j];
        if (kickerLine(j))
            continue;
        if (startsWithDash(u.text) && j > 0)
            continue;
        if (h < 0 || u.prominence() < rest[h].prominence())
            h = j;
    }
    // A kicker ending in —— leads into the headline right under it, whatever a converter made of the
    // two lines' sizes (# 打通…“最后一公里”—— / ### 宁海… / ## 全县…).
    if (lastKicker >= 0 && endsWithDash(rest[lastKicker].text) && lastKicker + 1 < rest.size() && !startsWithDash(rest[lastKicker + 1].text))
        h = lastKicker + 1;
    if (h < 0)
        return;
    // Lines set alike: three are kicker, headline and subheadline, in that order (引题, 主题, 副题);
    // over a "——" subheadline, the line right above it is the headline and those before, the kicker.
    const bool alike = std::all_of(rest.cbegin(), rest.cend(), [&](const LineUnit &u) { return u.prominence() == rest[0].prominence(); });
    if (h == 0 && alike) {
        qsizetype dash = -1;
        for (qsizetype j = 2; j < rest.size() && dash < 0; ++j) {
            if (startsWithDash(rest[j].text))
                dash = j;
        }
        if (dash > 0)
            h = dash - 1;
        else if (rest.size() == 3 && !startsWithDash(rest[1].text))
            h = 1;
    }
    a.kicker = joinUnits(rest.mid(0, h));
    a.headline = rest[h].text;
    a.subheadline = joinUnits(rest.mid(h + 1));
    splitKickerFromHeadline(a);
}

} // namespace

Article finishDraft(Draft &d)
{
    Article a;
    assignStack(d.stack, a);
    a.captions = d.captions;
    a.continuedFrom = d.continuedFrom;
    a.continuesTo = d.continuesTo;
    int datelined = 0;
    for (const BodyItem &b : d.body)
        datelined += (b.kind == Block::Kind::Paragraph && startsWithDateline(b.text)) ? 1 : 0;
    // (So is a box of briefs opened by the same bullet: ■…（记者 赵敏） ■…（记者 孙涛）.)
    int bulleted = 0;
    for (const BodyItem &b : d.body)
        // (Briefs are signed: points of a list set behind bullets inside an article are not.)
        bulleted += (b.kind == Block::Kind::Paragraph && bulletOf(b.text) && !b.standsAlone && splitTrailingCredit(b.text).found()) ? 1 : 0;
    const bool package = datelined >= 2 || bulleted >= 2;
    auto addField = [](QString &field, const QString &value) {
        if (!value.isNull())
            field = field.isNull() ? value : field + QLatin1Char(' ') + value;
    };
    // A writers line into byline and dateline: a bracketed credit as splitTrailingCredit() reads
    // it, else the writers as standaloneByline() reads them (本报评论员 out of its brackets), else
    // the line itself.
    auto addCreditLine = [&](const QString &line) {
        const CreditSplit s = splitTrailingCredit(line);
        const QString writers = s.found() ? QString() : standaloneByline(line);
        addField(a.byline, s.found() ? s.byline : writers.isNull() ? line : writers);
        addField(a.dateline, s.dateline);
    };
    // One story told in several dispatches under a headline of its own (two meetings in the same
    // city the same day; a dispatch and the 据新华社… items after it) takes its lead's dateline and
    // writers like any article, and the later items keep theirs; a round-up from several places
    // (本报青川…电, 本报松溪…电) and briefs under a label (简讯, 热线速递) keep every item's.
    auto oneStory = [&d](const CreditSplit &lead) {
        for (qsizetype k = 1; k < d.body.size(); ++k) {
            const BodyItem &b = d.body[k];
            if (b.kind != Block::Kind::Paragraph || !startsWithDateline(b.text))
                continue;
            const QString other = splitLeadingCredit(b.text).dateline;
            if (!(other == lead.dateline || other.startsWith(u'据') || other.startsWith(u'據')))
                return false;
        }
        return true;
    };
    if (package && datelined >= 2 && bulleted < 2 && !a.headline.isNull() && !looksLikeColumnLabel(a.headline) && !d.body.isEmpty()
        && d.body.first().kind == Block::Kind::Paragraph && startsWithDateline(d.body.first().text)) {
        const CreditSplit s = splitLeadingCredit(d.body.first().text);
        if (s.found() && !s.dateline.isNull() && !s.dateline.startsWith(u'据') && oneStory(s)) {
            addField(a.byline, s.byline);
            addField(a.dateline, s.dateline);
            d.body.first().text = s.rest;
        }
    }
    if (!package) {
        // Credit lines right under the headline (or under an editor's note), then the lead's own
        // byline and dateline.
        qsizetype notes = 0;
        while (notes < d.body.size() && d.body[notes].kind == Block::Kind::Paragraph && isEditorsNote(d.body[notes].text))
            ++notes;
        while (notes > 0 && notes < d.body.size() && d.body[notes].creditOnly)
            addCreditLine(d.body.takeAt(notes).text);
        while (!d.body.isEmpty() && d.body.first().creditOnly)
            addCreditLine(d.body.takeFirst().text);
        // A paper's 讯头 on a line of its own under what a web page sets above the text (发布 /
        // 2024年11月5日 5:30 AM, 新加坡讯) is the article's too.
        for (qsizetype k = 1; k + 1 < std::min<qsizetype>(d.body.size(), 3); ++k)
            if (d.body[k].creditOnly && startsWithNewsTag(d.body[k].text) && d.body[k + 1].kind == Block::Kind::Paragraph) {
                addCreditLine(d.body.takeAt(k).text);
                break;
            }
        // (The lead is the first paragraph after the editor's notes: 【编者按】… then 本报讯（记者…）….)
        const qsizetype lead = std::min<qsizetype>(notes, d.body.size() - 1);
        if (!d.body.isEmpty() && d.body[lead].kind == Block::Kind::Paragraph) {
            const CreditSplit s = splitLeadingCredit(d.body[lead].text);
            if (s.found()) {
                addField(a.byline, s.byline);
                addField(a.dateline, s.dateline);
                d.body[lead].text = s.rest;
            }
            // A digest names the writer of the piece it translates after the title: 题：…（作者 X）.
            if (const CreditSplit w = splitDigestTitleWriter(d.body[lead].text); w.found()) {
                addField(a.byline, w.byline);
                d.body[lead].text = w.rest;
            }
        }
        // A letter's signature before the follow-up to it (编后, 记者回访) is its writer.
        for (qsizetype k = 1; k + 1 < d.body.size(); ++k) {
            if (!d.body[k].creditOnly || d.body[k].kind != Block::Kind::Paragraph)
                continue;
            const BodyItem &next = d.body[k + 1];
            const qsizetype colon = next.text.indexOf(u'：');
            if (next.kind == Block::Kind::Subhead ? isFollowUpLabel(next.text) : (colon > 0 && colon <= 6 && isFollowUpLabel(QStringView(next.text).left(colon))))
                addCreditLine(d.body.takeAt(k--).text);
        }
        // A signature over the date and place the piece was written (止庵 / 2024年9月于北京) is the
        // writer; the date stays as the piece's last line.
        if (d.body.size() >= 3 && d.body.last().standsAlone && d.body[d.body.size() - 2].creditOnly && isSignOffLine(d.body.last().text))
            addCreditLine(d.body.takeAt(d.body.size() - 2).text);
        // Closing credits: whole lines, or a bracket ending the last paragraph.
        QList<BodyItem> closing;
        while (!d.body.isEmpty() && d.body.last().creditOnly)
            closing.prepend(d.body.takeLast());
        for (const BodyItem &b : closing)
            addCreditLine(b.text);
        if (closing.isEmpty() && !d.body.isEmpty() && d.body.last().kind == Block::Kind::Paragraph) {
            const CreditSplit s = splitTrailingCredit(d.body.last().text);
            if (s.found()) {
                addField(a.byline, s.byline);
                addField(a.dateline, s.dateline);
                d.body.last().text = s.rest;
            }
        }
    }
    // A piece signed only in the note on its author that closes it: （作者：林晓岚，系省委党校…）.
    // The note is the byline, as (作者系…教授 李然) is, and leaves the body.
    if (a.byline.isNull() && !d.body.isEmpty() && isAuthorNote(d.body.last().text)) {
        static const Pattern named = hanRegex(QStringLiteral("^[(（]\\s*作者\\s*[：:]\\s*(?<name>[^，,；;（）()\\s]{2,6})\\s*[，,；;]"));
        const QString note = d.body.last().text.trimmed();
        if (const QRegularExpressionMatch m = named.match(note); m.hasMatch() && looksLikePersonName(m.capturedView(u"name"))) {
            a.byline = note.mid(1, note.size() - 2).trimmed();
            d.body.removeLast();
        }
    }
    // A 讯头 naming a place rather than the paper (新加坡讯, 吉隆坡讯, 香港讯, as Singaporean and
    // Malaysian papers file a story, on its own line or beside the writers) is the dateline.
    // (本报讯, 大公报讯, 中青网讯 name the paper and stay in the byline.)
    if (a.dateline.isNull() && !a.byline.isNull() && (a.byline.contains(u'讯') || a.byline.contains(u'訊'))) {
        static const Pattern placeTag = hanRegex(QStringLiteral(
            "(?:^|(?<=\\s))(?<tag>[\\x{4E00}-\\x{9FFF}]{1,5}[^本报社网台刊闻站专讯\\s\\p{P}\\p{S}]讯)(?=\\s|$)"));
        const QRegularExpressionMatch m = placeTag.match(a.byline);
        if (m.hasMatch() && !m.captured(u"tag").startsWith(u'本')) {
            a.dateline = m.captured(u"tag");
            const QString rest = (a.byline.left(m.capturedStart()) + a.byline.mid(m.capturedEnd())).simplified();
            a.byline = rest.isEmpty() ? QString() : rest;
        }
    }
    for (const BodyItem &b : d.body) {
        if (!b.text.trimmed().isEmpty())
            a.blocks.append(Block { b.kind, b.text });
    }
    return a;
}

} // namespace broadsheet
