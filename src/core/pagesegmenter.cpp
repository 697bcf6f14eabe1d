#include "core/pagesegmenter.h"

#include "core/articledraft.h"
#include "core/credits.h"
#include "core/hanvariants.h"
#include "core/jumpline.h"
#include "core/pagedate.h"
#include "core/pagefinish.h"
#include "core/segmenterunits.h"
#include "core/textshape.h"
#include "core/unitfacts.h"
#include "text/textbreaks.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>
#include <vector>

namespace broadsheet {

namespace {

// Segmentation over the units of one page: one forward pass with bounded look-ahead.
class Pass {
public:
    explicit Pass(QList<LineUnit> units)
        : m_u(std::move(units)), m_layout(readLayout(m_u)), m_broken(m_u.size(), -1), m_stackEnd(m_u.size(), -1)
    {
    }

    QList<Draft> run()
    {
        const qsizetype n = m_u.size();
        qsizetype i = 0;
        while (i < n)
            i = step(i);
        return std::move(m_drafts);
    }

private:
    const QList<LineUnit> m_u;
    // What readLayout() found: each unit's facts and the page's wrapping.
    const PageLayout m_layout;
    const QList<UnitFact> &m_f = m_layout.facts;
    QList<Draft> m_drafts;
    qsizetype m_cur = -1;       // the article being read (not always the last one begun)
    qsizetype m_suspended = -1; // an article interrupted mid-sentence by photo news

    Draft *cur() { return m_cur < 0 ? nullptr : &m_drafts[m_cur]; }

    bool m_joinNext = false; // step() found the unit it passes to addBody() wrapped
    qsizetype m_lastBodyUnit = -1;
    qsizetype m_lastCaptionUnit = -1;
    // Captions of a picture set over the headline of the next piece, held until that piece begins.
    QList<Caption> m_heldCaptions;
    // isBrokenFragment() and stackEnd() depend on the units and their facts alone: each is worked
    // out once per unit (-1: not yet).
    mutable std::vector<signed char> m_broken;
    mutable std::vector<qsizetype> m_stackEnd;

    // Unit i continues the paragraph of unit i - 1 as a wrapped line (see m_layout.softWraps).
    bool softWrapped(qsizetype i) const
    {
        if (!m_layout.softWraps || m_u[i].gapBefore != 0 || m_lastBodyUnit != i - 1 || !plainPair(m_u, m_f, i))
            return false;
        const Draft *d = m_cur < 0 ? nullptr : &m_drafts[m_cur];
        if (!d || d->body.isEmpty() || d->body.last().kind != Block::Kind::Paragraph || d->body.last().creditOnly
            || d->body.last().standsAlone)
            return false;
        if (!m_layout.blankParagraphs && !lastParagraphOpen(d))
            return false;
        return std::abs(displayWidth(m_u[i - 1].text) - m_layout.wrapWidth) * 5 <= m_layout.wrapWidth;
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
        signed char &known = m_broken[size_t(i)];
        if (known < 0)
            known = brokenFragment(i) ? 1 : 0;
        return known == 1;
    }
    bool brokenFragment(qsizetype i) const
    {
        if (m_u[i].markup || i + 1 >= m_u.size() || endsSentence(m_u[i].text) || m_u[i + 1].markup)
            return false;
        // A writers line, a dateline or a credit under it opens nothing a word could run on into.
        if (isLead(i + 1) || isCreditOnly(i + 1) || creditLine(i + 1) || isJump(i + 1))
            return false;
        // On a page that indents its paragraphs, an indented line run on by an unindented one
        // right under it is a paragraph wrapped at the column's edge ("　　问：…面临哪些新" + "形势？").
        if (m_layout.indentedParagraphs && m_u[i].indented && !m_u[i + 1].indented && m_u[i + 1].gapBefore == 0
            && !isJump(i + 1) && !isLead(i + 1) && !isCreditOnly(i + 1) && !creditLine(i + 1))
            return true;
        if (looksLikePlainHeading(m_u[i + 1].text))
            return false;
        return junctionInsideWord(m_u[i].text, m_u[i + 1].text);
    }

    // End (exclusive) of the run of heading-like units starting at i.
    qsizetype stackEnd(qsizetype i) const
    {
        qsizetype &known = m_stackEnd[size_t(i)];
        if (known < 0)
            known = stackEndFrom(i);
        return known;
    }
    qsizetype stackEndFrom(qsizetype i) const
    {
        qsizetype j = i;
        while (j < m_u.size() && j - i < 6 && isHeadingish(j)) {
            // (A serial's chapter right under its title, 第二十三章 老码头的灯, is the instalment's
            // subheadline, not the first of its parts.)
            if (j > i && ((m_f[j].enumerated && !(opensChapter(m_u[j].text) && !m_f[j - 1].enumerated)) || m_u[j].gapBefore >= 3))
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
        // (Nor, under a # or ## headline, when plain text follows that no sentence cut by the
        // picture is waiting for: the picture is the article's lead photo, as app exports set it.)
        const Draft *d = m_cur < 0 ? nullptr : &m_drafts[m_cur];
        const bool articleHeading = m_u[i].markup && m_u[i].level >= 1 && m_u[i].level <= 2 && !lastParagraphOpen(d);
        auto endsItem = [this, articleHeading](qsizetype e) {
            while (e < m_u.size() && isCaptionLike(e) && hasCaptionCredit(e))
                ++e;
            if (articleHeading && e < m_u.size() && !m_u[e].markup && !isHeadingish(e) && !isJump(e))
                return false;
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
            // (A piece cut mid-sentence over a credited caption whose sentence goes on under it is
            // text that runs round a picture: a subhead's paragraph, not photo news.)
            if (hasCaptionCredit(j) && j > k && !endsSentence(m_u[j - 1].text) && j + 1 < m_u.size() && !m_u[j + 1].markup
                && !isHeadingish(j + 1) && !isLead(j + 1) && !isJump(j + 1) && !hasCaptionCredit(j + 1))
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
        // A picture's caption (one short finished paragraph, or one closed by its credit: …测量血压。
        // 本报记者 赵刚 摄) may stand between a headline and its lead.
        // (Only under a heading that is no piece of a sentence: the text above it is finished and it
        // has no comma.)
        const bool leadAfterCaption = next + 1 < m_u.size() && isLead(next + 1) && !isLead(next) && !isHeadingish(next)
            && !m_u[next].markup && m_u[next].text.size() <= 100 && (endsSentence(m_u[next].text) || m_f[next].captionCredit) && !lastParagraphOpen(d)
            && !u.text.contains(u'，') && !u.text.contains(u',');
        // A report opens with when it happened (3月5日，… 近日，… 昨天上午，…): under a heading that
        // follows finished text, such an opening starts a new item even without a byline.
        // (So does a bold head run into such an opening, as briefs in a box are set.)
        // (Or, in a round-up of short items, with who did it on what day: 巴西中央银行7日宣布，….)
        static const Pattern dayEarly = hanRegex(QStringLiteral("^[^。，,！？“”]{2,16}?(?:[0-9０-９]{1,2}日|昨日|昨天|今天|今日)(?:[上下]午|晚)?(?:在|宣布|表示|公布|发布|举行|召开|称|说|发表|透露|举办|启动|开幕|闭幕|签署|会见|访问|抵达|出席|发生|进行|通过|当选|宣誓)"));
        const bool reportFollows = (!u.markup || u.runIn) && next < m_u.size() && !m_u[next].markup && !lastParagraphOpen(d) && d->hasOwnParagraph()
            && !m_f[i].enumerated && !m_f[i].leadIn && looksLikeStandaloneHeading(u.text)
            && !isBrokenFragment(i) && (opensAsReport(m_u[next].text) || dayEarly.match(m_u[next].text).hasMatch());
        const bool evidence = (next < m_u.size() && (isLead(next) || (isJump(next) && m_f[next].jump->direction == JumpLine::Direction::From)))
            || leadAfterCaption || (k - i >= 2) || (u.gapBefore >= 2 && !lastParagraphOpen(d)) || reportFollows;
        if (m_f[i].enumerated || m_f[i].leadIn) {
            // A source and its claim (市统计局：一季度居民收入增长6%) after finished text is a headline
            // when it is set as large as the article's own, or a report's opening follows it.
            static const Pattern source = hanRegex(QStringLiteral(
                "^[\\x{4E00}-\\x{9FFF}]{1,8}(?:局|部|委|院|厅|办|会|中心|公司|集团|银行|大学|研究|组织|署|网|社|府|馆|法院|专家|调查|报告|数据)[：:]"));
            const bool claim = source.match(u.text).hasMatch() && !m_f[i].enumerated && !lastParagraphOpen(d) && d->hasOwnParagraph();
            const bool asLarge = u.markup && std::any_of(d->stack.cbegin(), d->stack.cend(), [&u](const LineUnit &h) { return h.markup && h.prominence() <= u.prominence(); });
            // (A report tells when in its first words: 4月18日，… 香港中文大學醫學院昨日發表…)
            static const Pattern when = hanRegex(QStringLiteral(
                "^[^。，,！？]{0,20}?(?:昨日|昨天|今天|今日|日前|近日|前天|上周|本周|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|[0-9０-９]{1,2}日)"));
            if (claim && (asLarge || (!u.markup && k == i + 1 && next < m_u.size() && !m_u[next].markup && when.match(m_u[next].text).hasMatch())))
                return true;
            // (A brief's title marked by a bullet, **■ …**, over its 本报讯 lead opens it, however set.)
            return evidence && (!u.markup || opensWithSolidBullet(u.text)) && next < m_u.size() && isLead(next);
        }
        // A box's label over its bulleted items (热线速递 / ■…) opens the box.
        if (!u.markup && k == i + 1 && next < m_u.size() && bulletOf(m_u[next].text) && d->hasParagraph() && looksLikeColumnLabel(u.text))
            return true;
        // A short label over two rows or more that stand as they are (赛事预告 over its fixtures) heads
        // a box of its own.
        // (Not a title over its fields, 《运河人家》 over 作者：… 出版社：…: that is an item of a list.)
        if (k == i + 1 && u.text.size() <= 10 && !u.text.startsWith(u'《') && next + 1 < m_u.size() && m_f[next].standsAlone
            && m_f[next + 1].standsAlone && !m_f[next].lead && m_u[next + 1].gapBefore <= 1 && !QStringView(m_u[next].text).left(9).contains(u'：')
            && d->hasOwnParagraph() && !lastParagraphOpen(d))
            return true;
        // A title over a salutation (编辑同志：) opens a letter.
        if (!u.markup && k == i + 1 && next < m_u.size() && isSalutation(m_u[next].text) && d->hasOwnParagraph())
            return true;
        // A notice (…的公告, 招聘启事) is an item of its own, and so is the weather box.
        if ((looksLikeNoticeTitle(u.text) || isWeatherLabel(u.text)) && d->hasParagraph())
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
        d.captions = std::exchange(m_heldCaptions, {});
        m_drafts.append(std::move(d));
        m_cur = m_drafts.size() - 1;
        m_suspended = -1;
    }

    // A caption (with the credit line under it) at i over the headline of a piece that begins
    // there: at the top of the page, or under a picture that a rule sets off from the piece above
    // (lead photos stand over their headlines). Returns the headline's unit, or -1.
    qsizetype headlineUnderCaption(qsizetype i) const
    {
        const LineUnit &u = m_u[i];
        if (!isCaptionLike(i) || u.text.size() > 150 || !(hasCaptionCredit(i) || u.afterPicture || (i + 1 < m_u.size() && creditLine(i + 1))))
            return -1;
        const Draft *d = m_cur < 0 ? nullptr : &m_drafts[m_cur];
        if (d && !(u.afterPicture && u.afterRule && !lastParagraphOpen(d)))
            return -1;
        const qsizetype h = i + 1 + (i + 1 < m_u.size() && creditLine(i + 1) ? 1 : 0);
        if (h >= m_u.size() || !isHeadingish(h) || m_f[h].enumerated || !startsNewArticle(h))
            return -1;
        return h;
    }

    static Caption captionOf(const QString &text, const QString &credit)
    {
        static const Pattern label = hanRegex(QStringLiteral("^(?:图片说明|图说)\\s*[：:]\\s*"));
        QString captionText = text;
        CaptionSplit s = splitCaptionCredit(label.removeFrom(captionText));
        if (!credit.isNull())
            s.credit = s.credit.isNull() ? credit : s.credit + QLatin1Char(' ') + credit;
        return Caption { s.text, s.credit };
    }

    void addCaption(const QString &text, const QString &credit) { cur()->captions.append(captionOf(text, credit)); }

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
            if (takeWireEnd(text))
                d->closed = true;
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
        const bool afterColon = !d->body.isEmpty() && endsWithColon(d->body.last().text)
            && (opensWithListMarker(text) || bulletOf(text) || d->body.last().text.size() <= 12 || isSalutation(d->body.last().text));
        // (An interview's turn never runs into the one before: 问：…吗 / 答：….)
        if (kind == Block::Kind::Paragraph && !creditOnly && (joinWrapped || lastParagraphOpen(d)) && !startsWithDateline(text) && !afterColon
            && !isDialogueTurn(text)) {
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
        if (m_f[i].poemTitle && cur() && !cur()->closed) {
            addBody(u, Block::Kind::Subhead);
            return i + 1;
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
                && !isCreditOnly(i) && !m_f[i].enumerated && !(i + 1 < m_u.size() && isLead(i + 1)));
        if (softWrap) {
            m_joinNext = true;
            addBody(u, Block::Kind::Paragraph);
            m_lastBodyUnit = i;
            return i + 1;
        }
        // An editor's or reporter's follow-up to a letter (编后, 记者回访, 部门回复) is a subhead of it,
        // even after the letter's signature.
        if (isHeadingish(i) && !wrapped && u.text.size() <= 8 && !(u.markup && u.level <= 2) && isFollowUpLabel(u.text) && cur()
            && !cur()->continuesTo && cur()->hasOwnParagraph()) {
            cur()->closed = false;
            addBody(u, Block::Kind::Subhead);
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
                // More pictures of the box follow, each caption with its credit (图片新闻 over two
                // photos): they are the item's too, not text of the piece it interrupted.
                qsizetype after = end;
                while (after < m_u.size() && isCaptionLike(after) && !isHeadingish(after)
                       && (hasCaptionCredit(after) || (after + 1 < m_u.size() && creditLine(after + 1)))) {
                    const bool creditNext = !hasCaptionCredit(after);
                    addCaption(m_u[after].text, creditNext ? m_u[after + 1].text : QString());
                    after += creditNext ? 2 : 1;
                }
                d->closed = true;
                m_suspended = interrupted;
                return after;
            }
            // A box's label, then the first brief's title behind its bullet, then its text
            // (三农快讯 / ■张掖：制种玉米播种全面完成 / 近日，…): the title is the headline under the
            // label, as the next briefs' titles are theirs.
            if (Draft *d = cur(); d && !d->closed && d->body.isEmpty() && d->stack.size() == 1 && !d->stack[0].markup
                && looksLikeColumnLabel(d->stack[0].text) && !u.markup && bulletOf(u.text) && u.text.size() <= 40
                && !endsSentence(u.text) && i + 1 < m_u.size() && !isHeadingish(i + 1)) {
                d->stack.append(u);
                return i + 1;
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
            const bool plainShape = m_f[i].enumerated || m_f[i].leadIn || looksLikeStandaloneHeading(u.text) || looksLikeColumnLabel(u.text)
                || looksLikeQuestionSubhead(u.text);
            // (A numbered one set as a heading is a subhead even before the first paragraph, as under a
            // continuation's jump note.)
            const bool numbered = u.markup && m_f[i].enumerated && (cur()->body.isEmpty() || !cur()->body.last().creditOnly);
            // (A colon closing the paragraph above announces the numbered parts: （一）… is a subhead.)
            const bool colonAbove = cur()->hasParagraph() && endsWithColon(cur()->body.last().text)
                && m_f[i].enumerated;
            const bool subhead = numbered || ((u.markup || ((!lastParagraphOpen(cur()) || colonAbove) && plainShape)) && !endsWithDash(u.text)
                && !isBrokenFragment(i) && cur()->hasParagraph() && !cur()->body.last().creditOnly);
            addBody(u, subhead ? Block::Kind::Subhead : Block::Kind::Paragraph);
            return i + 1;
        }
        Draft *d = cur();
        if (const qsizetype h = headlineUnderCaption(i); h > 0) {
            m_heldCaptions.append(captionOf(u.text, h == i + 2 ? m_u[i + 1].text : QString()));
            return h;
        }
        // A caption in a picture gap, or one carrying a credit, or followed by a credit line.
        // "图为…", "图①：…", "上图：…" announce a caption wherever it stands.
        static const Pattern captionOpening = hanRegex(QStringLiteral("^(?:图为|图[①②③④⑤⑥⑦⑧⑨⑩0-9一二三四五六]\\s*[：:]|图[①②③④⑤⑥⑦⑧⑨⑩]\\s|[上下左右中]图[：:为]|图片说明[：:])"));
        const bool announced = d && u.text.size() <= 200 && isCaptionLike(i) && captionOpening.match(u.text).hasMatch();
        // A short paragraph closed by a photo credit (…。 新华社记者 张三 摄) is a caption even
        // without a picture gap: body text does not end in 摄.
        // A credit in brackets closing it marks one even run into the text ((记者林俊良摄)).
        const bool bracketClosed = u.text.endsWith(u'）') || u.text.endsWith(u')');
        // (Also right under the headline, before any text: the article's lead photo.)
        const bool underHeadline = d && !d->closed && d->body.isEmpty() && !d->stack.isEmpty();
        const bool creditedCaption = d && (d->hasParagraph() || underHeadline) && (u.gapBefore >= 1 || bracketClosed) && u.text.size() <= 150
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
        // (An uncredited line in a picture gap interrupts a sentence when the sentence goes on after
        // it; when a heading or nothing follows, it is the sentence's own end: "…机会明显增多，" + gap +
        // "尤其是电商、文旅等新业态，…空间。" + "希望县城也能留住人才".)
        const bool sentenceGoesOn = i + 1 < m_u.size() && !isHeadingish(i + 1) && !m_u[i + 1].markup && !isLead(i + 1) && !isJump(i + 1);
        const bool gapCaption = announced || creditedCaption || overLead || underPicture || overCredit || (u.gapBefore >= 2 && isCaptionLike(i)
            && (hasCaptionCredit(i) || (lastParagraphOpen(d) && sentenceGoesOn)
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
        // (Dispatches with a dated dateline; a paper's own undated 讯头, 本报讯, opens a brief of its
        // own, as evening and metro papers run them one after another without headlines.)
        const bool ownTag = startsWithNewsTag(u.text);
        const bool nextPackageItem = d && d->closed && !d->continuesTo && !d->photoNews && !d->body.isEmpty() && !d->body.last().creditOnly
            && ((startsWithDateline(u.text) && startsWithDateline(d->body.first().text) && !ownTag)
                || (bulletOf(u.text) && bulletOf(u.text) == bulletOf(d->body.first().text)));
        // (So does an editor's note after a finished article: it introduces the next one.)
        const bool nextBrief = (ownTag || isEditorsNote(u.text)) && d && !d->closed && !d->photoNews && d->hasOwnParagraph() && !lastParagraphOpen(d)
            && m_suspended < 0;
        // (So does a follow-up run into its label after the signature: 记者回访：…, 编后：….)
        const qsizetype colon = QStringView(u.text).left(7).indexOf(u'：');
        const bool followUp = d && d->closed && !d->continuesTo && !d->photoNews && colon > 0 && colon <= 6 && isFollowUpLabel(QStringView(u.text).left(colon));
        if (nextPackageItem || followUp) {
            d->closed = false;
        } else if (!d || (d->closed && m_suspended < 0) || nextBrief) {
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
    page.articles = finishPage(drafts, page.page);
    return page;
}

} // namespace broadsheet
