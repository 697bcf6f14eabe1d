#include "core/pagesegmenter.h"

#include "core/articledraft.h"
#include "core/credits.h"
#include "core/hanvariants.h"
#include "core/jumpline.h"
#include "core/pagedate.h"
#include "core/segmenterunits.h"
#include "core/textshape.h"
#include "text/textbreaks.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace broadsheet {

namespace {

// The bullet a brief in a box opens with (■…, ●…), or 0.
char16_t bulletOf(QStringView text)
{
    if (text.size() < 8)
        return 0;
    switch (text.front().unicode()) {
    case u'■': case u'●': case u'◆': case u'▲': case u'★': case u'□': case u'◇': case u'○': case u'▶': case u'►':
        return text.front().unicode();
    default:
        return 0;
    }
}

// A row of a list or table set in plain text: figures in columns (上证指数 3154.55 +1.60%) or a
// result (上海申花 3∶1 山东泰山).
bool looksLikeDataRow(QStringView t)
{
    if (t.size() < 5 || t.size() > 60 || endsSentence(t))
        return false;
    static const QRegularExpression score(QStringLiteral("[0-9]{1,3}\\s*[∶:比]\\s*[0-9]{1,3}"));
    static const QRegularExpression figure(QStringLiteral("(?:^|[\\s\\x{3000}])[+\\-－]?[0-9][0-9.,]*(?:%|分|元|万|亿|人|个|场|胜|负)?(?=[\\s\\x{3000}]|$)"));
    if (!std::any_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    int figures = 0;
    for (auto it = figure.globalMatch(t); it.hasNext(); it.next())
        ++figures;
    return figures >= 2 || (score.match(t).hasMatch() && !t.contains(u'，') && t.count(u' ') + t.count(u'\u3000') >= 2);
}

// Segmentation over the units of one page: one forward pass with bounded look-ahead.
class Pass {
public:
    explicit Pass(QList<LineUnit> units) : m_u(std::move(units)) { computeFacts(); }

    QList<Draft> run()
    {
        const qsizetype n = m_u.size();
        qsizetype i = 0;
        while (i < n)
            i = step(i);
        return std::move(m_drafts);
    }

private:
    QList<LineUnit> m_u;
    QList<Draft> m_drafts;
    qsizetype m_cur = -1;       // the article being read (not always the last one begun)
    qsizetype m_suspended = -1; // an article interrupted mid-sentence by photo news

    Draft *cur() { return m_cur < 0 ? nullptr : &m_drafts[m_cur]; }

    // What each unit is, worked out once: the look-ahead below asks these many times.
    struct Facts {
        std::optional<JumpLine> jump;
        bool lead = false;         // opens with a byline or dateline, or is a writers line
        bool creditOnly = false;   // only a byline/dateline: (本报记者 陆乐), 通讯员郑莎薇
        bool creditLine = false;   // a photo credit line: 本报记者 方远 摄
        bool captionCredit = false; // ends with a photo credit
        bool headingish = false;   // could be part of a headline stack
        bool standsAlone = false;  // verse, a signature or a teaser: kept as it stands, never a heading
    };
    QList<Facts> m_f;
    // Hard-wrapped text: the page separates paragraphs with blank lines, yet some of its lines run
    // on to the next without one, at a steady width (OCR that kept the column's line breaks).
    // Such a line is wrapped even where it happens to end a sentence.
    bool m_softWraps = false;
    int m_wrapWidth = 0;     // the typical display width of a wrapped line
    // Blank lines part the paragraphs, so a wrapped line that ends a sentence still runs on; with
    // no blank lines, a full stop at a line's end ends its paragraph.
    bool m_blankParagraphs = false;
    bool m_joinNext = false; // step() found the unit it passes to addBody() wrapped
    // The page marks paragraphs by indenting their first line (　　), as many text dumps do.
    bool m_indentedParagraphs = false;
    qsizetype m_lastBodyUnit = -1;
    qsizetype m_lastCaptionUnit = -1;

    void computeFacts()
    {
        m_f.resize(m_u.size());
        for (qsizetype i = 0; i < m_u.size(); ++i) {
            const LineUnit &u = m_u[i];
            Facts &f = m_f[i];
            f.jump = parseJumpLine(u.text);
            const bool writers = !standaloneByline(u.text).isNull();
            f.lead = !u.markup && (writers || splitLeadingCredit(u.text).found());
            const CreditSplit trailing = splitTrailingCredit(u.text);
            f.creditOnly = writers || (trailing.found() && trailing.rest.isEmpty());
            f.creditLine = isCreditLine(u.text);
            f.captionCredit = u.text.size() <= 400 && !splitCaptionCredit(u.text).credit.isNull();
            // A teaser pointing elsewhere in the issue ("▶ 秋季运动会开幕 详见第8版") is no heading.
            static const QRegularExpression teaser = hanRegex(QStringLiteral(
                "(?:(?:详见|见|请看|参见)\\s*(?:本报)?|\\s)(?:第\\s*)?[0-9０-９一二三四五六七八九十A-H]{1,3}\\s*版(?:[)）])?$"));
            const QStringView tail = QStringView(u.text).right(2);
            // So is an index line naming a page and its section (A02 要闻：…).
            static const QRegularExpression indexLine = hanRegex(QStringLiteral("^[A-H]?[0-9]{1,2}\\s*版?\\s*[\\x{4E00}-\\x{9FFF}]{2,4}\\s*[：:|｜]\\s*\\S"));
            const bool pointsElsewhere = (tail.contains(u'版') && teaser.match(u.text).hasMatch())
                || (!u.text.isEmpty() && u.text.front().unicode() < 0x80 && indexLine.match(u.text).hasMatch());
            // A table row, a form's line (证券代码：… 公告编号：…) and a note on the author stand
            // as they are.
            const bool formLine = !u.markup && u.text.size() <= 60 && !endsSentence(u.text) && looksLikeFormLine(u.text);
            // So does the source under a table or chart (数据来源：海关总署).
            static const QRegularExpression sourceNote = hanRegex(QStringLiteral("^(?:数据来源|资料来源|数据)\\s*[：:]"));
            const bool dataSource = !u.markup && u.text.size() <= 60 && (u.text.startsWith(u"数") || u.text.startsWith(u"资")) && sourceNote.match(u.text).hasMatch();
            f.standsAlone = (pointsElsewhere && !u.markup) || u.tableRow || formLine || isAuthorNote(u.text) || (!u.markup && looksLikeDataRow(u.text))
                || dataSource;
            if (f.jump || f.creditLine || f.creditOnly || isStaffLine(u.text) || f.standsAlone || isDialogueTurn(u.text))
                f.headingish = false;
            else if (u.markup)
                f.headingish = true;
            else
                f.headingish = !f.lead
                    && (looksLikePlainHeading(u.text) || looksLikeColumnLabel(u.text) || (startsWithDash(u.text) && u.text.size() <= 64));
        }
        computeWrapWidth();
        // On hard-wrapped text, a line as wide as the column with more text right under it is the
        // first line of a paragraph, however much it looks like a heading ("为留住“乡愁”，当地还成立了
        // 梯田农耕文化研究" + "会，挖掘整理…").
        if (m_softWraps) {
            for (qsizetype i = 0; i + 1 < m_u.size(); ++i) {
                const LineUnit &u = m_u[i];
                if (m_f[i].headingish && !u.markup && m_u[i + 1].gapBefore == 0 && !m_u[i + 1].markup && !m_f[i + 1].lead
                    && (u.text.contains(u'，') || u.text.contains(u','))
                    && std::abs(displayWidth(u.text) - m_wrapWidth) * 10 <= m_wrapWidth)
                    m_f[i].headingish = false;
            }
        }
        computeSignatures();
        int indentedLines = 0, textLines = 0;
        for (const LineUnit &u : m_u) {
            if (u.markup || u.text.size() < 16)
                continue;
            ++textLines;
            indentedLines += u.indented ? 1 : 0;
        }
        m_indentedParagraphs = indentedLines >= 3 && indentedLines * 2 >= textLines;
        // A name alone between the headline and the text is the author (a commentary's 李 明), and
        // between a title and the lines of a poem, the poet.
        for (qsizetype i = 1; i + 1 < m_u.size(); ++i) {
            Facts &f = m_f[i];
            if (!m_u[i].markup && m_f[i - 1].headingish && !f.lead && (!m_f[i + 1].headingish || verseLinesFrom(i + 1) >= 4) && !m_f[i + 1].lead
                && !m_u[i + 1].markup && looksLikeSignature(m_u[i].text)) {
                f.lead = f.creditOnly = true;
                f.headingish = false;
            }
        }
        computeVerse();
        // A short plain line right over a photo or chart credit line is that picture's caption,
        // not a heading (2023年1月—2024年3月我国月度进出口增速 / 制图：高妍).
        for (qsizetype i = 0; i + 1 < m_u.size(); ++i) {
            if (m_f[i].headingish && !m_u[i].markup && m_u[i].text.size() <= 60 && m_f[i + 1].creditLine && m_u[i + 1].gapBefore <= 1)
                m_f[i].headingish = false;
        }
        // A writer's e-mail address under the writers line is theirs (许翔宇 报道 / xuxy@sph.com.sg).
        static const QRegularExpression email(QStringLiteral("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"));
        for (qsizetype i = 1; i < m_u.size(); ++i) {
            if (m_f[i - 1].creditOnly && m_u[i].text.size() <= 60 && m_u[i].text.contains(u'@') && email.match(m_u[i].text.trimmed()).hasMatch()) {
                m_f[i].creditOnly = true;
                m_f[i].headingish = false;
            }
        }
        // A writer's signature closing a piece (张 宁, 湖南邵阳县 读者 刘德胜): under finished text or
        // a note on the author, and followed by the next piece's heading or nothing.
        for (qsizetype i = 1; i < m_u.size(); ++i) {
            const LineUnit &u = m_u[i];
            const LineUnit &above = m_u[i - 1];
            if (u.markup || m_f[i].lead || u.text.size() > 32 || above.markup || m_f[i - 1].headingish
                || !(endsSentence(above.text) || isAuthorNote(above.text)) || !looksLikeSignature(u.text))
                continue;
            const bool last = i + 1 >= m_u.size();
            if (last || m_u[i + 1].markup || m_f[i + 1].headingish || m_u[i + 1].gapBefore >= 2 || isAuthorNote(m_u[i + 1].text)) {
                m_f[i].creditOnly = true;
                m_f[i].headingish = false;
            }
        }
        // A short exclamation or question over a byline lead is a headline ("春茶飘香时，你来了吗？").
        static const QRegularExpression exclaimed = hanRegex(QStringLiteral("^[^。；;：:]{2,30}[！？!?][”」』\"]?$"));
        for (qsizetype i = 0; i + 1 < m_u.size(); ++i) {
            if (!m_f[i].headingish && !m_u[i].markup && !m_f[i].lead && !m_f[i].creditOnly && m_f[i + 1].lead
                && exclaimed.match(m_u[i].text).hasMatch() && m_u[i].text.count(u'，') <= 1)
                m_f[i].headingish = true;
        }
    }

    // Verse (literary pages): four or more short lines one under another, of uneven lengths (a
    // column's wrapped prose is even), after the writers line that follows a headline. Each line
    // stays a line: no headline stack, no joining.
    bool verseLine(qsizetype k) const
    {
        const Facts &f = m_f[k];
        const qsizetype n = m_u[k].text.size();
        return !m_u[k].markup && n >= 2 && n <= 20 && !f.jump && !f.lead && !f.creditOnly && !f.creditLine
            && !looksLikeEnumeratedSubhead(m_u[k].text);
    }

    // How many short lines, one right under another, start at k (0 when k is not one).
    qsizetype verseLinesFrom(qsizetype k) const
    {
        qsizetype b = k;
        while (b < m_u.size() && verseLine(b) && (b == k || m_u[b].gapBefore == 0))
            ++b;
        return b - k;
    }

    void computeVerse()
    {
        auto shortLine = [this](qsizetype k) { return verseLine(k); };
        for (qsizetype a = 1; a < m_u.size();) {
            // A poem opens under its poet's name, or under the title of the next poem of a set
            // (外一首) set after verse.
            const bool nextPoem = m_u[a - 1].markup && a >= 2 && m_f[a - 2].standsAlone;
            if (!shortLine(a) || !(m_f[a - 1].creditOnly || nextPoem)) {
                ++a;
                continue;
            }
            qsizetype b = a + 1;
            qsizetype shortest = m_u[a].text.size(), longest = shortest;
            while (b < m_u.size() && shortLine(b) && m_u[b].gapBefore <= 1) {
                shortest = std::min(shortest, m_u[b].text.size());
                longest = std::max(longest, m_u[b].text.size());
                ++b;
            }
            // Stanzas are separated by one blank line; lines within one by none.
            qsizetype touching = 0;
            for (qsizetype k = a + 1; k < b; ++k)
                touching += m_u[k].gapBefore == 0 ? 1 : 0;
            if (b - a >= 4 && touching * 2 >= b - a - 1 && longest - shortest >= 3 && (b >= m_u.size() || !m_f[b].lead)) {
                for (qsizetype k = a; k < b; ++k)
                    keepAsItStands(k);
            }
            a = b;
        }
    }

    void keepAsItStands(qsizetype k)
    {
        m_f[k].standsAlone = true;
        m_f[k].headingish = false;
    }

    // A notice's signature: the issuer over the date alone on its line (杭州某某科技有限公司 /
    // 2023年11月2日), closing the text above it.
    void computeSignatures()
    {
        static const QRegularExpression bareDate = hanRegex(QStringLiteral("^[0-9０-９]{4}\\s*年\\s*[0-9０-９]{1,2}\\s*月\\s*[0-9０-９]{1,2}\\s*日$"));
        for (qsizetype i = 1; i < m_u.size(); ++i) {
            const QString &t = m_u[i].text;
            if (m_u[i].markup || m_u[i].gapBefore > 1 || t.size() > 16 || !t.endsWith(u'日') || !bareDate.match(t.trimmed()).hasMatch())
                continue;
            keepAsItStands(i);
            if (!m_u[i - 1].markup && m_u[i - 1].text.size() <= 30 && !endsSentence(m_u[i - 1].text))
                keepAsItStands(i - 1);
        }
    }

    // Width on the page: a full-width (CJK) character takes two columns, ASCII one.
    static int displayWidth(QStringView t)
    {
        int w = 0;
        for (QChar c : t)
            w += c.unicode() < 0x1100 ? 1 : 2;
        return w;
    }

    // Two plain body lines in a row, as wrapped text would give.
    bool plainPair(qsizetype i) const
    {
        auto plain = [this](qsizetype k) {
            const Facts &f = m_f[k];
            return !m_u[k].markup && !f.jump && !f.lead && !f.creditOnly && !f.creditLine && !f.headingish
                && !looksLikeEnumeratedSubhead(m_u[k].text);
        };
        return i > 0 && plain(i - 1) && plain(i);
    }

    void computeWrapWidth()
    {
        int blankSeparated = 0;
        QList<int> widths; // of lines that run on to the next without a blank line
        // (Heading-like lines count: wrapped prose is full of short clauses.)
        auto textLine = [this](qsizetype k) {
            const Facts &f = m_f[k];
            return !m_u[k].markup && !f.jump && !f.lead && !f.creditOnly && !f.creditLine;
        };
        for (qsizetype i = 1; i < m_u.size(); ++i) {
            if (!textLine(i - 1) || !textLine(i))
                continue;
            if (m_u[i].gapBefore == 0)
                widths.append(displayWidth(m_u[i - 1].text));
            else
                ++blankSeparated;
        }
        // (A page with no blank lines at all is hard-wrapped too when enough of its lines run on.)
        if (widths.size() < 2 || (blankSeparated < 2 && widths.size() < 8))
            return;
        std::sort(widths.begin(), widths.end());
        const int median = widths[widths.size() / 2];
        const auto steady = std::count_if(widths.cbegin(), widths.cend(),
                                          [median](int w) { return std::abs(w - median) * 5 <= median; });
        // Most of them the same width, wide enough to be a column's line.
        if (median >= 16 && steady * 3 >= widths.size() * 2) {
            m_softWraps = true;
            m_wrapWidth = median;
            m_blankParagraphs = blankSeparated >= 2;
        }
    }

    // Unit i continues the paragraph of unit i - 1 as a wrapped line (see m_softWraps).
    bool softWrapped(qsizetype i) const
    {
        if (!m_softWraps || m_u[i].gapBefore != 0 || m_lastBodyUnit != i - 1 || !plainPair(i))
            return false;
        const Draft *d = m_cur < 0 ? nullptr : &m_drafts[m_cur];
        if (!d || d->body.isEmpty() || d->body.last().kind != Block::Kind::Paragraph || d->body.last().creditOnly
            || d->body.last().standsAlone)
            return false;
        if (!m_blankParagraphs && !lastParagraphOpen(d))
            return false;
        return std::abs(displayWidth(m_u[i - 1].text) - m_wrapWidth) * 5 <= m_wrapWidth;
    }

    bool isJump(qsizetype i) const { return m_f[i].jump.has_value(); }
    bool isLead(qsizetype i) const { return m_f[i].lead; }
    bool isCreditOnly(qsizetype i) const { return m_f[i].creditOnly; }
    bool creditLine(qsizetype i) const { return m_f[i].creditLine; }
    bool hasCaptionCredit(qsizetype i) const { return m_f[i].captionCredit; }
    bool isHeadingish(qsizetype i) const { return m_f[i].headingish; }

    // A plain short line that the next line continues inside a word ("…相关部门负" + "责人介绍…") is a
    // broken paragraph, not a heading.
    bool isBrokenFragment(qsizetype i) const
    {
        if (m_u[i].markup || i + 1 >= m_u.size() || endsSentence(m_u[i].text) || m_u[i + 1].markup)
            return false;
        // A writers line, a dateline or a credit under it opens nothing a word could run on into.
        if (isLead(i + 1) || isCreditOnly(i + 1) || creditLine(i + 1) || isJump(i + 1))
            return false;
        // On a page that indents its paragraphs, an indented line run on by an unindented one
        // right under it is a paragraph wrapped at the column's edge ("　　问：…面临哪些新" + "形势？").
        if (m_indentedParagraphs && m_u[i].indented && !m_u[i + 1].indented && m_u[i + 1].gapBefore == 0
            && !isJump(i + 1) && !isLead(i + 1) && !isCreditOnly(i + 1) && !creditLine(i + 1))
            return true;
        if (looksLikePlainHeading(m_u[i + 1].text))
            return false;
        return junctionInsideWord(m_u[i].text, m_u[i + 1].text);
    }

    // End (exclusive) of the run of heading-like units starting at i.
    qsizetype stackEnd(qsizetype i) const
    {
        qsizetype j = i;
        while (j < m_u.size() && j - i < 6 && isHeadingish(j)) {
            if (j > i && (looksLikeEnumeratedSubhead(m_u[j].text) || m_u[j].gapBefore >= 3))
                break;
            if (isBrokenFragment(j))
                break;
            // Under a markdown or bold headline the subheadline is marked up too, or stands right
            // above the byline; a plain clause with a comma followed by body text opens the body.
            if (j > i && !m_u[j].markup && m_u[j - 1].markup && (m_u[j].text.contains(u'，') || m_u[j].text.contains(u','))
                && j + 1 < m_u.size() && !isHeadingish(j + 1) && !isLead(j + 1))
                break;
            ++j;
        }
        return std::max(j, i + 1);
    }

    bool isCaptionLike(qsizetype i) const
    {
        const LineUnit &u = m_u[i];
        if (u.markup || u.text.size() > 200 || isJump(i) || isLead(i) || isCreditOnly(i))
            return false;
        return endsSentence(u.text) || hasCaptionCredit(i);
    }

    // Captions sitting in a picture gap (several blank lines before them).
    qsizetype skipGapCaptions(qsizetype k) const
    {
        while (k < m_u.size() && m_u[k].gapBefore >= 2 && isCaptionLike(k)
               && (k + 1 >= m_u.size() || m_u[k + 1].gapBefore <= 2 || hasCaptionCredit(k)))
            k += (k + 1 < m_u.size() && creditLine(k + 1)) ? 2 : 1;
        return k;
    }

    bool lastParagraphOpen(const Draft *d) const
    {
        return d && !d->body.isEmpty() && d->body.last().kind == Block::Kind::Paragraph && !d->body.last().creditOnly
            && !d->body.last().standsAlone && !endsSentence(d->body.last().text) && !splitTrailingCredit(d->body.last().text).found();
    }

    // Photo news at i: a heading, one to three short paragraphs, and a photo credit closing them.
    // Returns the end (exclusive) or -1.
    qsizetype photoNewsEnd(qsizetype i) const
    {
        const qsizetype k = stackEnd(i);
        qsizetype j = k;
        // What follows a photo-news item is another item, never its own lead paragraph: a picture
        // caption under a headline followed by "新华社…电" belongs to that article.
        // (Nor is it when more captions stand between: a headline over its pictures and its lead.)
        auto endsItem = [this](qsizetype e) {
            while (e < m_u.size() && isCaptionLike(e) && hasCaptionCredit(e))
                ++e;
            return e >= m_u.size() || !isLead(e);
        };
        qsizetype length = 0;
        for (int paragraphs = 0; paragraphs < 3 && j < m_u.size(); ++paragraphs, ++j) {
            length += m_u[j].text.size();
            // A picture gap inside means a caption within an article, not one photo-news item.
            // One caption, perhaps broken at a column gap into short pieces: a finished paragraph and
            // another after it are an article's text and its picture's caption, and a long piece cut
            // mid-sentence is text that runs on past the picture.
            if (isHeadingish(j) || isJump(j) || isLead(j) || length > 360 || (j > k && m_u[j].gapBefore >= 2)
                || (j > k && (endsSentence(m_u[j - 1].text) || m_u[j - 1].text.size() > 80)))
                return -1;
            if (hasCaptionCredit(j))
                return endsItem(j + 1) ? j + 1 : -1;
            if (j + 1 < m_u.size() && creditLine(j + 1))
                return endsItem(j + 2) ? j + 2 : -1;
        }
        return -1;
    }

    bool startsNewArticle(qsizetype i) const
    {
        const Draft *d = m_cur < 0 ? nullptr : &m_drafts[m_cur];
        if (!d || d->closed || (d->body.isEmpty() && d->stack.isEmpty()))
            return true;
        const LineUnit &u = m_u[i];
        const qsizetype k = stackEnd(i);
        const qsizetype next = skipGapCaptions(k);
        // A picture's caption (one short finished paragraph) may stand between a headline and its lead.
        // (Only under a heading that is no piece of a sentence: the text above it is finished and it
        // has no comma.)
        const bool leadAfterCaption = next + 1 < m_u.size() && isLead(next + 1) && !isLead(next) && !isHeadingish(next)
            && !m_u[next].markup && m_u[next].text.size() <= 100 && endsSentence(m_u[next].text) && !lastParagraphOpen(d)
            && !u.text.contains(u'，') && !u.text.contains(u',');
        const bool evidence = (next < m_u.size() && (isLead(next) || (isJump(next) && m_f[next].jump->direction == JumpLine::Direction::From)))
            || leadAfterCaption || (k - i >= 2) || (u.gapBefore >= 2 && !lastParagraphOpen(d));
        if (looksLikeEnumeratedSubhead(u.text) || looksLikeLeadInSubhead(u.text))
            return evidence && !u.markup && next < m_u.size() && isLead(next);
        // A box's label over its bulleted items (热线速递 / ■…) opens the box.
        if (!u.markup && k == i + 1 && next < m_u.size() && bulletOf(m_u[next].text) && d->hasParagraph() && looksLikeColumnLabel(u.text))
            return true;
        // A notice (…的公告, 招聘启事) is an item of its own.
        if (looksLikeNoticeTitle(u.text) && d->hasParagraph())
            return true;
        // Right under an article's headline and writers line, plain short lines are its text
        // (narrow columns), unless a byline or dateline of their own follows them.
        if (!u.markup && !d->stack.isEmpty() && d->hasOnlyCredits() && !(next < m_u.size() && isLead(next)))
            return false;
        if (u.markup && (u.level == 1 || u.level == 2))
            return true; // # and ## headings open articles; ###, bold and plain lines need evidence
        return evidence;
    }

    void startArticle(qsizetype i, qsizetype end)
    {
        Draft d;
        for (qsizetype j = i; j < end; ++j)
            d.stack.append(m_u[j]);
        m_drafts.append(std::move(d));
        m_cur = m_drafts.size() - 1;
        m_suspended = -1;
    }

    void addCaption(const QString &text, const QString &credit)
    {
        Draft *d = cur();
        static const QRegularExpression label = hanRegex(QStringLiteral("^(?:图片说明|图说)\\s*[：:]\\s*"));
        CaptionSplit s = splitCaptionCredit(QString(text).remove(label));

        if (!credit.isNull())
            s.credit = s.credit.isNull() ? credit : s.credit + QLatin1Char(' ') + credit;
        d->captions.append(Caption { s.text, s.credit });
    }

    // `credit`: the unit is known to be a writers line (a name under the headline) whatever its text.
    void addBody(const LineUnit &u, Block::Kind kind, bool credit = false)
    {
        Draft *d = cur();
        QString text = u.text;
        if (kind == Block::Kind::Paragraph) {
            if (const auto jump = takeLeadingJump(text); jump && !d->hasParagraph())
                d->continuedFrom = jump->page;
            if (const auto jump = takeTrailingJump(text)) {
                d->continuesTo = jump->page;
                d->closed = true;
            }
            if (text.isEmpty())
                return;
        }
        const bool creditOnly = kind == Block::Kind::Paragraph && (credit || !standaloneByline(text).isNull() || [&] {
            const CreditSplit s = splitTrailingCredit(text);
            return s.found() && s.rest.isEmpty();
        }());
        // A writers line under the headline opens the article; after its text it closes it.
        if ((creditOnly && d->hasOwnParagraph()) || (!creditOnly && kind == Block::Kind::Paragraph && splitTrailingCredit(text).found()))
            d->closed = true;
        const bool joinWrapped = std::exchange(m_joinNext, false);
        // After a colon, a list item or the text under a salutation (编辑同志：) is a paragraph of its own.
        const bool afterColon = !d->body.isEmpty() && (d->body.last().text.endsWith(u'：') || d->body.last().text.endsWith(u':'))
            && (opensWithListMarker(text) || d->body.last().text.size() <= 12);
        if (kind == Block::Kind::Paragraph && !creditOnly && (joinWrapped || lastParagraphOpen(d)) && !startsWithDateline(text) && !afterColon) {
            d->body.last().text = joinBroken(d->body.last().text, text);
            return;
        }
        d->body.append(BodyItem { kind, text, creditOnly });
    }

    qsizetype step(qsizetype i)
    {
        const LineUnit &u = m_u[i];
        if (const auto jump = m_f[i].jump) {
            Draft *d = cur();
            if (jump->direction == JumpLine::Direction::From) {
                if (!(d && d->body.isEmpty() && !d->stack.isEmpty() && !d->continuedFrom && !d->closed))
                    startArticle(i, i);
                cur()->continuedFrom = jump->page;
            } else if (d) {
                d->continuesTo = jump->page;
                d->closed = true;
            }
            return i + 1;
        }
        // "（上接第1版）文章指出…": a continuation whose jump note shares the first line.
        if (!u.markup && cur() && cur()->hasParagraph()) {
            QString probe = u.text;
            if (takeLeadingJump(probe)) {
                startArticle(i, i);
                addBody(u, Block::Kind::Paragraph);
                return i + 1;
            }
        }
        if (m_f[i].standsAlone && cur() && !cur()->closed) {
            cur()->body.append(BodyItem { Block::Kind::Paragraph, u.text, false, true });
            m_lastBodyUnit = i;
            return i + 1;
        }
        // A plain line right under an unfinished one (no blank line between) goes on with it: OCR
        // that wraps lines at the column width leaves many short lines without punctuation.
        const bool softWrap = softWrapped(i);
        const bool wrapped = softWrap
            || (!u.markup && u.gapBefore == 0 && lastParagraphOpen(cur()) && !isLead(i) && !creditLine(i)
                && !isCreditOnly(i) && !looksLikeEnumeratedSubhead(u.text) && !(i + 1 < m_u.size() && isLead(i + 1)));
        if (softWrap) {
            m_joinNext = true;
            addBody(u, Block::Kind::Paragraph);
            m_lastBodyUnit = i;
            return i + 1;
        }
        if (isHeadingish(i) && !wrapped) {
            if (const qsizetype end = photoNewsEnd(i); end > 0 && (u.markup || u.gapBefore >= 2 || !cur() || cur()->closed
                                                                   || !lastParagraphOpen(cur()) || creditLine(end - 1))) {
                const qsizetype interrupted = (cur() && !cur()->closed) ? m_cur : -1;
                const qsizetype k = stackEnd(i);
                startArticle(i, k);
                Draft *d = cur();
                d->photoNews = true;
                QString text;
                QString credit;
                for (qsizetype j = k; j < end; ++j) {
                    if (j == end - 1 && creditLine(j) && j > k)
                        credit = m_u[j].text;
                    else
                        text = text.isEmpty() ? m_u[j].text : joinBroken(text, m_u[j].text);
                }
                addCaption(text, credit);
                d->closed = true;
                m_suspended = interrupted;
                return end;
            }
            // The writers set above the headline (本报评论员, then the title): the heading is the
            // headline of the article the credit opened.
            if (Draft *d = cur(); d && !d->closed && d->stack.isEmpty() && !d->body.isEmpty() && !d->continuedFrom
                && d->hasOnlyCredits() && !u.markup && u.gapBefore >= 1) {
                const qsizetype k = stackEnd(i);
                for (qsizetype j = i; j < k; ++j)
                    d->stack.append(m_u[j]);
                return k;
            }
            if (startsNewArticle(i)) {
                const qsizetype k = stackEnd(i);
                startArticle(i, k);
                return k;
            }
            // A plain subhead stands between finished paragraphs and does not open with a date or
            // figure ("2023年12月,行业协会商会改革" is a paragraph cut at a column gap).
            const bool plainShape = looksLikeStandaloneHeading(u.text) || looksLikeEnumeratedSubhead(u.text)
                || looksLikeLeadInSubhead(u.text) || looksLikeColumnLabel(u.text);
            // (A numbered one set as a heading is a subhead even before the first paragraph, as under a
            // continuation's jump note.)
            const bool numbered = u.markup && looksLikeEnumeratedSubhead(u.text) && (cur()->body.isEmpty() || !cur()->body.last().creditOnly);
            // (A colon closing the paragraph above announces the numbered parts: （一）… is a subhead.)
            const bool colonAbove = cur()->hasParagraph() && (cur()->body.last().text.endsWith(u'：') || cur()->body.last().text.endsWith(u':'))
                && looksLikeEnumeratedSubhead(u.text);
            const bool subhead = numbered || ((u.markup || ((!lastParagraphOpen(cur()) || colonAbove) && plainShape)) && !endsWithDash(u.text)
                && !isBrokenFragment(i) && cur()->hasParagraph() && !cur()->body.last().creditOnly);
            addBody(u, subhead ? Block::Kind::Subhead : Block::Kind::Paragraph);
            return i + 1;
        }
        Draft *d = cur();
        // A caption in a picture gap, or one carrying a credit, or followed by a credit line.
        // "图为…", "图①：…", "上图：…" announce a caption wherever it stands.
        static const QRegularExpression captionOpening = hanRegex(QStringLiteral("^(?:图为|图[①②③④⑤⑥⑦⑧⑨⑩0-9一二三四五六]\\s*[：:]|图[①②③④⑤⑥⑦⑧⑨⑩]\\s|[上下左右中]图[：:为]|图片说明[：:])"));
        const bool announced = d && u.text.size() <= 200 && isCaptionLike(i) && captionOpening.match(u.text).hasMatch();
        // A short paragraph closed by a photo credit (…。 新华社记者 张三 摄) is a caption even
        // without a picture gap: body text does not end in 摄.
        // A credit in brackets closing it marks one even run into the text ((记者林俊良摄)).
        const bool bracketClosed = u.text.endsWith(u'）') || u.text.endsWith(u')');
        const bool creditedCaption = d && d->hasParagraph() && (u.gapBefore >= 1 || bracketClosed) && u.text.size() <= 150
            && isCaptionLike(i) && hasCaptionCredit(i) && !splitCaptionCredit(u.text).text.isEmpty();
        // A short finished line right under a picture is its caption, credited or not.
        const bool underPicture = d && u.afterPicture && u.text.size() <= 80 && isCaptionLike(i) && !isLead(i);
        // A short finished paragraph over a photo credit line (本报记者　邹　毅摄) is that photo's caption.
        // (A chart's title over its 制图 credit has no full stop.)
        const bool overCredit = d && !isLead(i) && u.text.size() <= 150 && (endsSentence(u.text) || u.text.size() <= 60) && i + 1 < m_u.size()
            && creditLine(i + 1) && !isCreditOnly(i) && !u.markup;
        // A short finished paragraph between a headline and its lead is the picture's caption.
        const bool overLead = d && !d->closed && d->body.isEmpty() && !d->stack.isEmpty() && i + 1 < m_u.size()
            && isLead(i + 1) && !isCreditOnly(i + 1) && !isLead(i) && u.text.size() <= 100 && isCaptionLike(i)
            && !isEditorsNote(u.text);
        const bool gapCaption = announced || creditedCaption || overLead || underPicture || overCredit || (u.gapBefore >= 2 && isCaptionLike(i)
            && (hasCaptionCredit(i) || lastParagraphOpen(d)
                || (d && !d->hasParagraph() && i + 1 < m_u.size() && isLead(i + 1))
                || (i + 1 < m_u.size() && creditLine(i + 1))));
        if (d && gapCaption) {
            const bool creditNext = i + 1 < m_u.size() && creditLine(i + 1);
            addCaption(u.text, creditNext ? m_u[i + 1].text : QString());
            m_lastCaptionUnit = i;
            return i + (creditNext ? 2 : 1);
        }
        if (creditLine(i) && d) {
            // A credit line alone: it credits the caption above it that has none.
            if (!d->captions.isEmpty() && d->captions.last().credit.isNull() && m_lastCaptionUnit == i - 1)
                d->captions.last().credit = u.text.trimmed();
            else
                addCaption(u.text, QString());
            return i + 1;
        }
        // A writer's line after an article its credit closed, with the next heading under it, is
        // that article's too (（本报记者　常　钦）, a signature).
        if (d && d->closed && isCreditOnly(i) && d->hasOwnParagraph() && !d->photoNews && !d->continuesTo
            && (i + 1 >= m_u.size() || isHeadingish(i + 1) || m_u[i + 1].markup)) {
            addBody(u, Block::Kind::Paragraph, true);
            m_lastBodyUnit = i;
            return i + 1;
        }
        // In a package of wire items under one headline, an item's closing credit does not end
        // the article: the next item opens with its own dateline, or with the bullet the first
        // item opened with (a box of ■ briefs).
        const bool nextPackageItem = d && d->closed && !d->continuesTo && !d->photoNews && !d->body.isEmpty() && !d->body.last().creditOnly
            && ((startsWithDateline(u.text) && startsWithDateline(d->body.first().text))
                || (bulletOf(u.text) && bulletOf(u.text) == bulletOf(d->body.first().text)));
        if (nextPackageItem) {
            d->closed = false;
        } else if (!d || (d->closed && m_suspended < 0)) {
            startArticle(i, i);
        } else if (d->photoNews && m_suspended >= 0 && !isLead(i)) {
            // Back to the article the photo news interrupted; it keeps its place in reading order.
            m_cur = m_suspended;
            m_suspended = -1;
        }
        addBody(u, Block::Kind::Paragraph, isCreditOnly(i));
        m_lastBodyUnit = i;
        return i + 1;
    }
};

} // namespace

Page PageSegmenter::segment(const QString &text, const PageHints &hints) const
{
    Page page;
    page.source = hints.source;
    page.encoding = hints.encoding.isEmpty() ? QStringLiteral("UTF-8") : hints.encoding;
    page.paper = hints.paper;
    page.date = hints.date;
    page.page = hints.page;

    UnitSplit split = splitUnits(text);
    // The page number the page prints outranks one guessed from its file's name (06_world.md
    // may be the sixth file of a folder and page A16).
    bool printedPage = false;
    for (const FolioLine &folio : split.folios) {
        if (page.paper.isNull() && !folio.paper.isEmpty())
            page.paper = folio.paper;
        if (!page.date.isValid())
            page.date = folio.date;
        if (folio.page && !printedPage) {
            page.page = folio.page;
            printedPage = true;
        }
    }
    for (const QString &staff : split.pageStaff)
        page.warnings << QStringLiteral("took the page's staff line \"%1\" out of the articles").arg(staff);
    for (const QString &dropped : split.droppedDuplicates)
        page.warnings << QStringLiteral("dropped a paragraph that OCR repeated: \"%1…\"").arg(dropped.left(16));
    if (!page.date.isValid())
        page.date = inferIssueDate(text);
    if (split.units.isEmpty()) {
        page.warnings << QStringLiteral("the page holds no text");
        return page;
    }
    QList<Draft> drafts = Pass(std::move(split.units)).run();
    moveStrayParagraphs(drafts);
    for (Draft &d : drafts) {
        Article a = finishDraft(d);
        if (a.headline.isNull() && a.blocks.isEmpty() && a.captions.isEmpty() && a.kicker.isNull()
            && a.subheadline.isNull() && a.column.isNull() && a.byline.isNull() && a.dateline.isNull())
            continue;
        page.articles.append(std::move(a));
    }
    return page;
}

} // namespace broadsheet
