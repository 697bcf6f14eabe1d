#include "core/unitfacts.h"

#include "core/articledraft.h"
#include "core/credits.h"
#include "core/hanvariants.h"
#include "core/textshape.h"
#include "core/versefacts.h"
#include "text/textbreaks.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>
#include <vector>

namespace broadsheet {

namespace {

// A row of a list or table set in plain text: figures in columns (上证指数 3154.55 +1.60%) or a
// result (上海申花 3∶1 山东泰山).
bool looksLikeDataRow(QStringView t)
{
    if (t.size() < 5 || t.size() > 60 || endsSentence(t))
        return false;
    static const Pattern score(QStringLiteral("[0-9]{1,3}\\s*[∶:比]\\s*[0-9]{1,3}"));
    static const Pattern figure(QStringLiteral("(?:^|[\\s\\x{3000}])[+\\-－]?[0-9][0-9.,]*(?:%|分|元|万|亿|人|个|场|胜|负)?(?=[\\s\\x{3000}]|$)"));
    if (!std::any_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); }))
        return false;
    // A forecast's row (今天 多云转小雨 14℃～21℃ 东南风3～4级), a schedule's (4月16日 综合类专场).
    static const Pattern forecast(QStringLiteral("-?[0-9]{1,2}\\s*℃\\s*[～~\\-－至/]\\s*-?[0-9]{1,2}\\s*℃"));
    static const Pattern dated = hanRegex(QStringLiteral(
        "^[0-9]{1,2}月[0-9]{1,2}日(?:[（(][^()（）]{1,3}[)）])?(?:[上下]午|晚上?)?(?:\\s*[0-9]{1,2}[:：][0-9]{2})?[\\s\\x{3000}]+[^\\s，。；,;]{2,20}$"));
    if ((t.contains(u'℃') && forecast.match(t).hasMatch()) || (t.front().isDigit() && dated.match(t).hasMatch()))
        return true;
    int figures = 0;
    for (auto it = figure.globalMatch(t); it.hasNext(); it.next())
        ++figures;
    return figures >= 2 || (score.match(t).hasMatch() && !t.contains(u'，') && t.count(u' ') + t.count(u'\u3000') >= 2);
}

// Works the facts out: each unit's on its own first, then the ones its neighbours decide.
class FactFinder {
public:
    explicit FactFinder(const QList<LineUnit> &units) : m_u(units) { computeFacts(); }

    PageLayout layout() &&
    {
        return PageLayout { std::move(m_f), m_softWraps, m_wrapWidth, m_blankParagraphs, m_indentedParagraphs };
    }

private:
    using Facts = UnitFact;
    const QList<LineUnit> &m_u;
    QList<Facts> m_f;
    bool m_softWraps = false;
    int m_wrapWidth = 0;
    bool m_blankParagraphs = false;
    bool m_indentedParagraphs = false;

    void computeFacts()
    {
        m_f.resize(m_u.size());
        for (qsizetype i = 0; i < m_u.size(); ++i) {
            const LineUnit &u = m_u[i];
            Facts &f = m_f[i];
            f.jump = parseJumpLine(u.text);
            f.enumerated = looksLikeEnumeratedSubhead(u.text);
            const bool writers = !standaloneByline(u.text).isNull();
            f.lead = !u.markup && (writers || splitLeadingCredit(u.text).found());
            const CreditSplit trailing = splitTrailingCredit(u.text);
            // A bare source line closing an app's story (来源：潮起新闻) credits it as (来源：…) does.
            static const Pattern bareSource = hanRegex(QStringLiteral("^来源\\s*[：:]\\s*[\\x{4E00}-\\x{9FFF}A-Za-z0-9·]{2,20}$"));
            const bool sourceLine = !u.markup && u.text.size() <= 24 && u.text.startsWith(u"来源") && bareSource.match(u.text).hasMatch();
            f.creditOnly = writers || sourceLine || (trailing.found() && trailing.rest.isEmpty());
            // A photographer named in the credits under the headline (报道：X / 摄影：Y) is a writer.
            // (Not the page's own credit for all its pictures, (本版图片均由受访者提供): that credits no caption.)
            // (Set apart from a lead paragraph, 图／美联社 credits a picture.)
            f.creditLine = isCreditLine(u.text) && !(writers && i > 0 && m_f[i - 1].lead && (m_f[i - 1].creditOnly || u.gapBefore == 0))
                && !((u.text.contains(u"本版") || u.text.contains(u"本组") || u.text.contains(u"本期")) && isStaffLine(u.text));
            f.captionCredit = u.text.size() <= 400 && !splitCaptionCredit(u.text).credit.isNull();
            // A teaser pointing elsewhere in the issue ("▶ 秋季运动会开幕 详见第8版") is no heading.
            static const Pattern teaser = hanRegex(QStringLiteral(
                "(?:(?:详见|见|请看|参见)\\s*(?:本报)?|[\\s\\x{3000}]|[(（▶►→])(?:第\\s*)?[0-9０-９一二三四五六七八九十A-H]{1,3}\\s*版(?:[)）])?$"));
            const QStringView tail = QStringView(u.text).right(2);
            // So is an index line naming a page and its section (A02 要闻：…).
            // (Or a front page's index: A3 暑期托管班开班 今年新增80个校内点位.)
            static const Pattern indexLine = hanRegex(QStringLiteral("^[A-H]?[0-9]{1,2}\\s*版?\\s*[\\x{4E00}-\\x{9FFF}]{2,4}\\s*[：:|｜]\\s*\\S"
                                                                     "|^[A-H][0-9]{1,2}[\\s\\x{3000}]+[\\x{4E00}-\\x{9FFF}“]"));
            // (Not a piece's own jump note closing its text: …展开。（续见A15版）.)
            const bool pointsElsewhere = (tail.contains(u'版') && teaser.match(u.text).hasMatch() && [&u] {
                QString probe = u.text;
                return !takeTrailingJump(probe) || probe.isEmpty();
            }())
                || (!u.text.isEmpty() && u.text.front().unicode() < 0x80 && indexLine.match(u.text).hasMatch());
            // A table row, a form's line (证券代码：… 公告编号：…) and a note on the author stand
            // as they are.
            const bool formLine = !u.markup && u.text.size() <= 60 && !endsSentence(u.text) && looksLikeFormLine(u.text);
            // So does the source under a table or chart (数据来源：海关总署).
            static const Pattern sourceNote = hanRegex(QStringLiteral("^(?:数据来源|资料来源|数据)\\s*[：:]"));
            const bool dataSource = !u.markup && u.text.size() <= 60 && (u.text.startsWith(u"数") || u.text.startsWith(u"资")) && sourceNote.match(u.text).hasMatch();
            // And a notice's closing formula, full stop or not: 特此公告, 特此声明。
            static const Pattern closingFormula = hanRegex(QStringLiteral("^特此(?:公告|声明|通知|通告|告知|函告|证明|致谢|说明|致歉)[。！!]?$"));
            const bool closing = u.text.size() <= 6 && u.text.startsWith(u'特') && closingFormula.match(u.text).hasMatch();
            // (Not the CNA's trailer, （編輯：陳承功）1131104, a row by its look: it closes its story and goes.)
            QString wireEnd = !u.text.isEmpty() && u.text.back().isDigit() ? u.text : QString();
            // So does a student essay's 指导老师：李芳 under it: no subhead, and no writers line that would close
            // the essay before its teacher's comment.
            static const Pattern teacher = hanRegex(QStringLiteral("^[（(]?指导(?:老师|教师)\\s*[：:]\\s*[\\x{4E00}-\\x{9FFF}·\\s\\x{3000}、]{2,16}[）)]?$"));
            const bool teacherLine = !u.markup && u.text.size() <= 20 && u.text.contains(u"指导") && teacher.match(u.text).hasMatch();
            f.standsAlone = ((pointsElsewhere && !u.markup) || u.tableRow || formLine || teacherLine || (!u.markup && isBookOrPaperField(u.text)) || isAuthorNote(u.text) || (!u.markup && looksLikeDataRow(u.text))
                || dataSource || closing) && !(takeWireEnd(wireEnd) && wireEnd.isEmpty());
            if (f.jump || f.creditLine || f.creditOnly || isStaffLine(u.text) || f.standsAlone || isDialogueTurn(u.text)
                || (!u.markup && isLabelledCaption(u.text)))
                f.headingish = false;
            else if (u.markup)
                f.headingish = true;
            else
                f.headingish = !f.lead
                    && (looksLikePlainHeading(u.text) || looksLikeColumnLabel(u.text) || (startsWithDash(u.text) && u.text.size() <= 64));
            // (Asked of headings only: a line that is no heading is never a lead-in subhead.)
            f.leadIn = (u.markup || f.headingish) && looksLikeLeadInSubhead(u.text);
        }
        computeWrapWidth();
        // On hard-wrapped text, a line as wide as the column with more text right under it is the
        // first line of a paragraph, however much it looks like a heading ("为留住“乡愁”，当地还成立了
        // 梯田农耕文化研究" + "会，挖掘整理…").
        if (m_softWraps) {
            for (qsizetype i = 0; i + 1 < m_u.size(); ++i) {
                const LineUnit &u = m_u[i];
                if (!m_f[i].headingish || u.markup || m_u[i + 1].gapBefore != 0 || m_u[i + 1].markup || m_f[i + 1].lead)
                    continue;
                const int off = std::abs(displayWidth(u.text) - m_wrapWidth);
                // (Without a comma, when it also runs on from the text line above it: "县农业农村局还
                // 组织了20多名农技专" between two lines of the same paragraph.)
                const bool amidText = i > 0 && u.gapBefore == 0 && !m_u[i - 1].markup && !m_f[i - 1].headingish && !m_f[i - 1].lead
                    && !m_f[i - 1].creditOnly && !m_f[i].enumerated;
                // (Nor when the line under it reads as text, with its commas and full stops: "石桥村村民
                // 余德顺承包了" + "八十亩荒山，成了远近闻名的".)
                const QString &next = m_u[i + 1].text;
                const bool textUnder = (next.contains(u'，') || next.contains(u'。')) && !m_f[i].enumerated
                    && (std::abs(displayWidth(next) - m_wrapWidth) * 5 <= m_wrapWidth || endsSentence(next));
                if (((u.text.contains(u'，') || u.text.contains(u',')) && off * 10 <= m_wrapWidth) || ((amidText || textUnder) && off * 5 <= m_wrapWidth))
                    m_f[i].headingish = false;
            }
        }
        computeLinePerParagraph();
        // A listed company's code line (证券代码：… 公告编号：…) over its announcement's title heads
        // that announcement.
        for (qsizetype i = 0; i + 1 < m_u.size(); ++i) {
            if (m_u[i].text.startsWith(u"证券代码") && m_u[i + 1].gapBefore <= 2 && looksLikeNoticeTitle(m_u[i + 1].text)) {
                m_f[i].standsAlone = false;
                m_f[i].headingish = true;
            }
        }
        // A note in brackets closing a piece ((文中当事人均为化名), (本文图片由作者提供)) is its text, no
        // heading over the next piece; so is a note on the piece itself however long, as theory pages
        // close their articles: （本文系国家社科基金重大项目“…”（23&ZD012）阶段性成果）.
        for (qsizetype i = 1; i < m_u.size(); ++i) {
            const QString &t = m_u[i].text;
            const bool aboutThePiece = t.size() > 2 && (t[1] == u'本' || t[1] == u'此') && (t.mid(1, 2) == u"本文" || t.mid(1, 2) == u"此文" || t.mid(1, 2) == u"本稿");
            if (!m_u[i].markup && m_f[i].headingish && (t.size() <= 40 || aboutThePiece) && (t.startsWith(u'（') || t.startsWith(u'(')) && (t.endsWith(u'）') || t.endsWith(u')'))
                && !m_f[i - 1].headingish && !m_u[i - 1].markup && endsSentence(m_u[i - 1].text))
                keepAsItStands(i);
        }
        // An attribution under a quotation or an epigraph (——题记, ——鲁迅) is part of it, no subhead.
        for (qsizetype i = 1; i < m_u.size(); ++i) {
            const QString &t = m_u[i].text;
            if (!m_u[i].markup && t.size() <= 16 && startsWithDash(t) && !m_u[i - 1].markup && !m_f[i - 1].headingish && !m_f[i - 1].lead
                && endsSentence(m_u[i - 1].text))
                keepAsItStands(i);
        }
        computeSignatures();
        computeFieldLists();
        computeBookData();
        computeFigureRows();
        // A chart's title over its source (图表：… / 数据来源：…) is a caption and its credit.
        for (qsizetype i = 0; i + 1 < m_u.size(); ++i) {
            static const Pattern chart = hanRegex(QStringLiteral("^(?:图表|图|表)\\s*[0-9０-９]?\\s*[：:]"));
            static const Pattern source = hanRegex(QStringLiteral("^(?:数据来源|资料来源|来源)\\s*[：:]"));
            const QString &title = m_u[i].text;
            if (!m_u[i].markup && title.size() <= 60 && !title.isEmpty() && (title.front() == u'图' || title.front() == u'表' || title.front() == u'圖')
                && m_u[i + 1].gapBefore <= 1 && chart.match(title).hasMatch()
                && source.match(m_u[i + 1].text).hasMatch()) {
                m_f[i].standsAlone = m_f[i].headingish = false;
                m_f[i + 1].standsAlone = m_f[i + 1].headingish = false;
                m_f[i + 1].creditLine = true;
            }
        }
        // A table's header row (排名　球队　　　场次　胜　平　负　积分) over its rows stands with them.
        static const Pattern header = hanRegex(QStringLiteral("^[\\x{4E00}-\\x{9FFF}A-Za-z]{1,4}(?:[\\s\\x{3000}]+[\\x{4E00}-\\x{9FFF}A-Za-z]{1,4}){3,12}$"));
        for (qsizetype i = 0; i + 1 < m_u.size(); ++i) {
            if (m_f[i + 1].standsAlone && m_u[i + 1].gapBefore == 0 && !m_u[i].markup && !m_f[i].standsAlone && m_u[i].text.size() <= 60
                && (m_u[i].text.contains(u'\u3000') || m_u[i].text.contains(QLatin1String("  "))) && header.match(m_u[i].text).hasMatch())
                keepAsItStands(i);
        }
        computeRelatedReading();
        // A note in brackets closing rows that stand as they are ((市气象台昨日17时发布), (数据来源：…))
        // is the box's, not a heading over what follows.
        for (qsizetype i = 1; i < m_u.size(); ++i) {
            const QString &t = m_u[i].text;
            if (m_f[i - 1].standsAlone && !m_u[i].markup && m_u[i].gapBefore <= 1 && t.size() <= 40 && (t.startsWith(u'（') || t.startsWith(u'('))
                && (t.endsWith(u'）') || t.endsWith(u')')))
                keepAsItStands(i);
        }
        int indentedLines = 0, textLines = 0;
        for (const LineUnit &u : m_u) {
            if (u.markup || u.text.size() < 8)
                continue;
            ++textLines;
            indentedLines += u.indented ? 1 : 0;
        }
        // (On hard-wrapped pages only a paragraph's first line is indented: one line in ten is enough.)
        m_indentedParagraphs = indentedLines >= 3 && indentedLines * 10 >= textLines;
        // Where paragraphs are indented, an indented line that breaks off with an unindented line
        // right under it is a paragraph's first line ("　　个体户的发展，方" + "便了群众生活，…").
        if (m_indentedParagraphs) {
            for (qsizetype i = 0; i + 1 < m_u.size(); ++i) {
                if (!m_f[i].headingish || m_u[i].markup || endsSentence(m_u[i].text) || m_u[i + 1].gapBefore != 0 || m_u[i + 1].indented
                    || m_u[i + 1].markup || m_f[i + 1].lead || m_f[i + 1].jump)
                    continue;
                // (Unindented, it is one when it has a comma and breaks off inside a word: "据县工商局
                // 统计，城关镇的个" + "体工商户…", its indent lost.)
                if (m_u[i].indented || ((m_u[i].text.contains(u'，') || m_u[i].text.contains(u',')) && junctionInsideWord(m_u[i].text, m_u[i + 1].text)))
                    m_f[i].headingish = false;
            }
        }
        // A name alone between the headline and the text is the author (a commentary's 李 明), and
        // between a title and the lines of a poem, the poet. Behind a mark it may be a pen name of no
        // common surname (□止庵, □冰心), but not a box's label (■简讯).
        auto penName = [](QStringView t) {
            t = t.trimmed();
            static const QString marks = QStringLiteral("□■◎●◇◆☆★○△▲");
            if (t.size() < 3 || t.size() > 6 || !marks.contains(t.front()))
                return false;
            const QStringView name = t.mid(1).trimmed();
            return name.size() >= 2 && name.size() <= 4 && std::all_of(name.begin(), name.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; })
                && !looksLikeColumnLabel(name);
        };
        for (qsizetype i = 1; i + 1 < m_u.size(); ++i) {
            Facts &f = m_f[i];
            if (!m_u[i].markup && m_f[i - 1].headingish && !f.lead && (!m_f[i + 1].headingish || verseLinesFrom(m_u, m_f, i + 1) >= 4) && !m_f[i + 1].lead
                && !m_u[i + 1].markup && (looksLikeSignature(m_u[i].text) || (penName(m_u[i].text) && !m_f[i + 1].standsAlone))) {
                f.lead = f.creditOnly = true;
                f.headingish = false;
            }
        }
        markVerse(m_u, m_f);
        // A short plain line right over a photo or chart credit line is that picture's caption,
        // not a heading (2023年1月—2024年3月我国月度进出口增速 / 制图：高妍).
        for (qsizetype i = 0; i + 1 < m_u.size(); ++i) {
            if (m_f[i].headingish && !m_u[i].markup && m_u[i].text.size() <= 60 && m_f[i + 1].creditLine && m_u[i + 1].gapBefore <= 1)
                m_f[i].headingish = false;
        }
        // A writer's e-mail address under the writers line is theirs (许翔宇 报道 / xuxy@sph.com.sg).
        static const Pattern email(QStringLiteral("^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$"));
        for (qsizetype i = 1; i < m_u.size(); ++i) {
            if (m_f[i - 1].creditOnly && m_u[i].text.size() <= 60 && m_u[i].text.contains(u'@') && email.match(m_u[i].text.trimmed()).hasMatch()) {
                m_f[i].creditOnly = true;
                m_f[i].headingish = false;
            }
        }
        // A writer's signature closing a piece (张 宁, 湖南邵阳县 读者 刘德胜): under finished text or
        // a note on the author, and followed by the next piece's heading or nothing. Set to the right,
        // it is one whatever follows, a pen name too (　　　　　　　　王开岭, 止庵), and so when the date
        // and place it was written stand under it (2024年9月于北京), which stay with the piece.
        auto penSetRight = [this](qsizetype i) {
            const QStringView t = QStringView(m_u[i].text).trimmed();
            return m_u[i].setRight && t.size() >= 2 && t.size() <= 4 && std::all_of(t.begin(), t.end(), [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
        };
        for (qsizetype i = 1; i < m_u.size(); ++i) {
            const LineUnit &u = m_u[i];
            const LineUnit &above = m_u[i - 1];
            if (u.markup || m_f[i].lead || u.text.size() > 32 || above.markup || m_f[i - 1].headingish
                || !(endsSentence(above.text) || isAuthorNote(above.text)) || !(looksLikeSignature(u.text) || penSetRight(i)) || looksLikeColumnLabel(u.text))
                continue; // (焦点, 追踪 over the next headline name its column, not a writer)
            const bool last = i + 1 >= m_u.size();
            const bool signsOff = !last && m_u[i + 1].gapBefore == 0 && !m_u[i + 1].markup && isSignOffLine(m_u[i + 1].text);
            if (signsOff) {
                keepAsItStands(i + 1);
                m_f[i + 1].signOff = true;
            }
            // (Or by a follow-up run into its label: 记者回访：…, 编后：….)
            static const Pattern followUp = hanRegex(QStringLiteral("^(?:编后|编后语|记者回访|回访|部门回复|回复|编者按|编者的话)[：:]"));
            // (Or by the jump note of another piece's continuation: （上接第一版）.)
            if (last || u.setRight || signsOff || m_u[i + 1].markup || m_f[i + 1].headingish || m_u[i + 1].gapBefore >= 2 || isAuthorNote(m_u[i + 1].text)
                || (m_f[i + 1].jump && m_f[i + 1].jump->direction == JumpLine::Direction::From)
                || followUp.match(m_u[i + 1].text).hasMatch()) {
                m_f[i].creditOnly = true;
                m_f[i].headingish = false;
            }
        }
        // A question set apart between finished paragraphs is a subhead (钱去了哪里？).
        for (qsizetype i = 1; i + 1 < m_u.size(); ++i) {
            if (!m_f[i].headingish && !m_u[i].markup && m_u[i].gapBefore >= 1 && m_u[i + 1].gapBefore >= 1 && !m_f[i - 1].headingish
                && endsSentence(m_u[i - 1].text) && m_u[i + 1].text.size() > 30 && !m_f[i + 1].headingish && looksLikeQuestionSubhead(m_u[i].text))
                m_f[i].headingish = true;
        }
        // A short exclamation or question over a byline lead is a headline ("春茶飘香时，你来了吗？"),
        // and over a headline with its byline under it, the kicker (槟州水供再涨价？ / 水务局：…).
        static const Pattern exclaimed = hanRegex(QStringLiteral("^[^。；;：:]{1,20}(?:[：:][^。；;：:]{1,24})?[！？!?][”」』\"]?$"));
        auto asks = [](QStringView t) {
            t = t.trimmed();
            if (t.size() < 3 || t.size() > 34)
                return false;
            const char16_t last = t.back().unicode(), before = t.at(t.size() - 2).unicode();
            auto mark = [](char16_t c) { return c == u'？' || c == u'！' || c == u'?' || c == u'!'; };
            return mark(last) || mark(before);
        };
        for (qsizetype i = m_u.size() - 2; i >= 0; --i) {
            if (m_f[i].headingish || m_u[i].markup || m_f[i].lead || m_f[i].creditOnly || !asks(m_u[i].text))
                continue;
            const bool overHeadline = i + 2 < m_u.size() && m_f[i + 1].headingish && m_u[i + 1].gapBefore <= 1 && m_f[i + 2].lead
                && !m_f[i + 1].enumerated;
            // (And under a box's label: 小科普 / 大模型是怎样“学会”说话的？)
            const bool underLabel = i > 0 && m_f[i - 1].headingish && looksLikeColumnLabel(m_u[i - 1].text);
            if ((m_f[i + 1].lead || overHeadline || underLabel) && exclaimed.match(m_u[i].text).hasMatch() && m_u[i].text.count(u'，') <= 1
                && !isDialogueTurn(m_u[i].text))
                m_f[i].headingish = true;
        }
    }

    // Rows of a short label and its value (作者：周长安 / 出版社：江城文艺出版社, 时间：… / 地点：…):
    // two or more in a row, not all of them credits, are a list, each row standing as it is (not
    // a byline, not run into the text around it).
    void computeFieldLists()
    {
        static const Pattern row = hanRegex(QStringLiteral("^[\\x{4E00}-\\x{9FFF}]{2,8}\\s*[：:]\\s*[^：]{1,40}$"));
        auto fieldRow = [this](qsizetype k) {
            const QString &t = m_u[k].text;
            return !m_u[k].markup && t.size() <= 48 && (t.contains(u'：') || t.contains(u':')) && !endsSentence(t) && !isDialogueTurn(t)
                && row.match(t).hasMatch();
        };
        for (qsizetype a = 0; a < m_u.size();) {
            qsizetype b = a;
            bool allCredits = true, someCredit = false;
            // (Rows of one list are set alike: all one under another, or all apart.)
            while (b < m_u.size() && fieldRow(b) && (b == a || m_u[b].gapBefore <= 1) && (b <= a + 1 || m_u[b].gapBefore == m_u[a + 1].gapBefore)) {
                allCredits = allCredits && m_f[b].lead;
                someCredit = someCredit || m_f[b].lead;
                ++b;
            }
            // (Credits over the text they open are the writers, whatever is above them: 水务局：… /
            // 报道：林佩珊 / 摄影：陈志伟 / （乔治市11日讯）….)
            const bool overText = someCredit && b < m_u.size() && (m_f[b].lead || (!m_u[b].markup && m_u[b].text.size() > 48));
            if (b - a >= 2 && !allCredits && !overText) {
                for (qsizetype k = a; k < b; ++k) {
                    keepAsItStands(k);
                    m_f[k].lead = m_f[k].creditOnly = false;
                }
            }
            a = std::max(b, a + 1);
        }
    }

    // A box of figures: rows of a label and its figures (上证指数　3312.56点　+1.24%, 两融余额
    // 18532.6亿元), or a figure alone with its label under it (数读: 5%左右 / 国内生产总值增长预期
    // 目标). Two such rows or more stand as they are, and so do the labels under lone figures.
    void computeFigureRows()
    {
        static const Pattern figure = hanRegex(QStringLiteral("[+\\-－]?[0-9０-９][0-9０-９.,，]*\\s*(?:%|‰|％|[\\x{4E00}-\\x{9FFF}]{1,3})?(?:左右|以上|以下|多)?"));
        static const Pattern labelled = hanRegex(QStringLiteral("^[\\x{4E00}-\\x{9FFF}A-Za-z][\\x{4E00}-\\x{9FFF}A-Za-z0-9]{1,9}(?:[\\s\\x{3000}]+%1){1,3}$").arg(figure.regex().pattern()));
        static const Pattern alone = hanRegex(QStringLiteral("^%1$").arg(figure.regex().pattern()));
        auto row = [&](qsizetype k) {
            const QString &t = m_u[k].text;
            if (m_u[k].markup || t.size() > 40 || endsSentence(t) || !std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isDigit(); }))
                return 0;
            if (alone.match(t).hasMatch())
                return 2; // a figure alone
            return (labelled.match(t).hasMatch() || m_f[k].standsAlone) ? 1 : 0;
        };
        std::vector<signed char> rows(size_t(m_u.size()), -1);
        auto rowAt = [&](qsizetype k) {
            signed char &r = rows[size_t(k)];
            if (r < 0)
                r = static_cast<signed char>(row(k));
            return int(r);
        };
        for (qsizetype a = 0; a < m_u.size();) {
            qsizetype b = a;
            int n = 0;
            while (b < m_u.size() && (b == a || m_u[b].gapBefore <= 1)) {
                if (const int r = rowAt(b); r > 0) {
                    ++n;
                    ++b;
                    // The label under a lone figure.
                    if (r == 2 && b < m_u.size() && m_u[b].gapBefore == 0 && m_u[b].text.size() <= 20 && !endsSentence(m_u[b].text) && !m_u[b].markup)
                        ++b;
                } else {
                    break;
                }
            }
            if (n >= 2) {
                for (qsizetype k = a; k < b; ++k)
                    keepAsItStands(k);
            }
            a = std::max(b, a + 1);
        }
    }

    // A box pointing to other stories (延伸阅读, 相关新闻) and its items (●護理師離職潮未歇…): the
    // article's, kept as they stand; no item is a headline, none runs into another.
    void computeRelatedReading()
    {
        static const Pattern label = hanRegex(QStringLiteral("^[【\\[]?(?:延伸阅读|相关阅读|相关新闻|相关链接|相关报道|更多阅读|推荐阅读)[】\\]]?[：:]?$"));
        for (qsizetype i = 0; i + 1 < m_u.size(); ++i) {
            const QString &t = m_u[i].text;
            if (t.size() > 10 || !label.match(t.trimmed()).hasMatch())
                continue;
            qsizetype k = i + 1;
            while (k < m_u.size() && m_u[k].text.size() <= 40 && !endsSentence(m_u[k].text) && !m_f[k].lead
                   && (bulletOf(m_u[k].text) || m_u[k].text.startsWith(u'《') || m_u[k].text.startsWith(u'·') || m_u[k].text.startsWith(u'・')))
                ++k;
            if (k == i + 1)
                continue;
            for (qsizetype j = i; j < k; ++j)
                keepAsItStands(j);
            i = k - 1;
        }
    }

    // A book's data, one field under another (《长命》 / 刘亮程 著 / 译林出版社 / 定价：59.00元): each
    // stands as it is, the author's line no byline of the piece, and no field runs into the text.
    // (The title is the data's only over two lines or more; over one, 《宋代的日常》 / 吴钩 著　…　定价：
    // 88.00元, it heads an item of a list of new books.)
    void computeBookData()
    {
        static const Pattern authored = hanRegex(QStringLiteral("^\\S.{1,12}[\\s\\x{3000}]+(?:著|编著|主编|译|著译|编)$"));
        auto field = [this](qsizetype k) { return !m_u[k].markup && isBookOrPaperField(m_u[k].text); };
        auto member = [&](qsizetype k) { return field(k) || (!m_u[k].markup && m_u[k].text.size() <= 16 && authored.match(m_u[k].text).hasMatch()); };
        for (qsizetype i = 0; i < m_u.size(); ++i) {
            if (!field(i))
                continue;
            qsizetype a = i, b = i + 1;
            while (a > 0 && m_u[a].gapBefore == 0 && member(a - 1))
                --a;
            while (b < m_u.size() && m_u[b].gapBefore == 0 && member(b))
                ++b;
            const QString &above = a > 0 ? m_u[a - 1].text : QString();
            if (a > 0 && m_u[a].gapBefore == 0 && b - a >= 2 && !m_u[a - 1].markup && above.size() <= 30 && above.startsWith(u'《') && above.endsWith(u'》'))
                --a;
            for (qsizetype k = a; k < b; ++k) {
                keepAsItStands(k);
                m_f[k].lead = m_f[k].creditOnly = false;
            }
            i = b - 1;
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
        static const Pattern bareDate = hanRegex(QStringLiteral("^[0-9０-９]{4}\\s*年\\s*[0-9０-９]{1,2}\\s*月\\s*[0-9０-９]{1,2}\\s*日$"));
        for (qsizetype i = 1; i < m_u.size(); ++i) {
            const QString &t = m_u[i].text;
            if (m_u[i].markup || m_u[i].gapBefore > 1 || t.size() > 16 || !t.endsWith(u'日') || !bareDate.match(t.trimmed()).hasMatch())
                continue;
            keepAsItStands(i);
            // (Several signers, one to a line, sign a joint notice.)
            for (qsizetype k = i - 1, signers = 0; k >= 0 && signers < 3; --k, ++signers) {
                if (m_u[k].markup || m_u[k].text.size() > 30 || endsSentence(m_u[k].text) || (k < i - 1 && m_u[k + 1].gapBefore != 0))
                    break;
                keepAsItStands(k);
            }
        }
    }

    // A dump that set every line of the page apart by a blank line: many text lines of one width
    // break off mid-sentence and the next goes on. There, a line right under such a line is
    // text, however much it looks like a heading ("“政府补一点、企业让一点、个人出一点”" between
    // "…食堂实行" and "的运营模式，…").
    void computeLinePerParagraph()
    {
        auto textLine = [this](qsizetype k) {
            const Facts &f = m_f[k];
            return !m_u[k].markup && !f.jump && !f.lead && !f.creditOnly && !f.creditLine && !f.standsAlone;
        };
        auto open = [this](qsizetype k) { return !endsSentence(m_u[k].text) && !endsWithColon(m_u[k].text) && !endsWithDash(m_u[k].text); };
        QList<int> widths; // of text lines that break off with a text line after one blank line
        for (qsizetype i = 1; i < m_u.size(); ++i) {
            if (m_u[i].gapBefore == 1 && textLine(i - 1) && textLine(i) && open(i - 1))
                widths.append(displayWidth(m_u[i - 1].text));
        }
        if (widths.size() < 4)
            return;
        std::sort(widths.begin(), widths.end());
        const int median = widths[widths.size() / 2];
        const auto steady = std::count_if(widths.cbegin(), widths.cend(), [median](int w) { return std::abs(w - median) * 5 <= median; });
        // (A visual line of a column: 8 to 32 characters.)
        if (median < 16 || median > 64 || steady * 3 < widths.size() * 2)
            return;
        auto wide = [&](qsizetype k) { return std::abs(displayWidth(m_u[k].text) - median) * 5 <= median; };
        for (qsizetype i = 0; i < m_u.size(); ++i) {
            if (m_u[i].markup || m_f[i].lead || m_f[i].enumerated)
                continue;
            // Under a line that broke off, or itself a paragraph's first line: as wide as the
            // others, with a comma, breaking off over more text.
            const bool under = i > 0 && m_u[i].gapBefore <= 1 && textLine(i - 1) && !m_f[i - 1].headingish && open(i - 1) && wide(i - 1);
            const bool first = textLine(i) && open(i) && wide(i) && (m_u[i].text.contains(u'，') || m_u[i].text.contains(u','))
                && i + 1 < m_u.size() && m_u[i + 1].gapBefore <= 1 && textLine(i + 1) && !m_u[i + 1].markup;
            if (under || first)
                m_f[i].headingish = false;
        }
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
        if (widths.size() < 2 || (blankSeparated < 2 && widths.size() < 6))
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
};

} // namespace

int displayWidth(QStringView t)
{
    int w = 0;
    for (QChar c : t)
        w += c.unicode() < 0x1100 ? 1 : 2;
    return w;
}

bool plainPair(const QList<LineUnit> &units, const QList<UnitFact> &facts, qsizetype i)
{
    auto plain = [&](qsizetype k) {
        const UnitFact &f = facts[k];
        return !units[k].markup && !f.jump && !f.lead && !f.creditOnly && !f.creditLine && !f.headingish
            && !f.enumerated;
    };
    return i > 0 && plain(i - 1) && plain(i);
}

namespace {
// A photo credit set above its caption, as OCR reads the credit in a picture's corner first
// (圖／美聯社 / 川普4日在…造勢。, 星洲日报/摄影：刘国忠 / 新山关卡今早车龙…): apart from the text above
// it, right over a short finished line that a gap closes.
void markCreditsOverCaptions(const QList<LineUnit> &u, QList<UnitFact> &f)
{
    for (qsizetype c = 0; c + 1 < u.size(); ++c) {
        const qsizetype k = c + 1;
        f[c].creditOverCaption = f[c].creditLine && u[c].gapBefore >= 1 && u[k].gapBefore == 0 && !u[k].markup && u[k].text.size() <= 120
            && endsSentence(u[k].text) && !f[k].lead && !f[k].jump && !f[k].creditLine && !f[k].creditOnly && !f[k].headingish
            && (k + 1 >= u.size() || u[k + 1].gapBefore >= 1);
    }
}
} // namespace

PageLayout readLayout(const QList<LineUnit> &units)
{
    PageLayout layout = FactFinder(units).layout();
    markCreditsOverCaptions(units, layout.facts);
    return layout;
}

} // namespace broadsheet
