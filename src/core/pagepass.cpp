// What the segmenter's pass asks of the units ahead: where a headline stack ends, whether a
// heading starts a new piece, where photo news ends, what a caption is.
#include "core/pagepass.h"

#include "core/credits.h"
#include "core/hanvariants.h"
#include "core/jumpline.h"
#include "core/textshape.h"
#include "text/textbreaks.h"

#include <QRegularExpression>

#include <algorithm>

namespace broadsheet::segmentation {

namespace {

// A brief so far: one short finished paragraph opened by its own credit (本报讯（记者 X）…, a
// dateline), and nothing else. (A writers line of its own under the headline is an article's.)
bool isBrief(const Draft &d)
{
    if (d.body.size() != 1 || d.body.first().kind != Block::Kind::Paragraph || d.body.first().creditOnly)
        return false;
    const QString &text = d.body.first().text;
    return text.size() <= 120 && endsSentence(text) && splitLeadingCredit(text).found();
}

} // namespace

bool Pass::softWrapped(qsizetype i) const
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

bool Pass::isBrokenFragment(qsizetype i) const
{
    signed char &known = m_broken[size_t(i)];
    if (known < 0)
        known = brokenFragment(i) ? 1 : 0;
    return known == 1;
}

bool Pass::brokenFragment(qsizetype i) const
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

qsizetype Pass::stackEnd(qsizetype i) const
{
    qsizetype &known = m_stackEnd[size_t(i)];
    if (known < 0)
        known = stackEndFrom(i);
    return known;
}

qsizetype Pass::stackEndFrom(qsizetype i) const
{
    qsizetype j = i;
    while (j < m_u.size() && j - i < 6 && isHeadingish(j)) {
        // (A serial's chapter right under its title, 第二十三章 老码头的灯, is the instalment's
        // subheadline, not the first of its parts.)
        if (j > i && ((m_f[j].enumerated && !(opensChapter(m_u[j].text) && !m_f[j - 1].enumerated)) || m_u[j].gapBefore >= 3))
            break;
        if (isBrokenFragment(j))
            break;
        // (On a page that indents its paragraphs, a plain indented line under a heading opens the
        // text: 他的口头禅是“慢慢来” under ## 一双布鞋.)
        if (j > i && !m_u[j].markup && m_u[j].indented && m_layout.indentedParagraphs)
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

bool Pass::isCaptionLike(qsizetype i) const
{
    const LineUnit &u = m_u[i];
    if (u.markup || u.text.size() > 200 || isJump(i) || isLead(i) || isCreditOnly(i))
        return false;
    return endsSentence(u.text) || hasCaptionCredit(i);
}

qsizetype Pass::skipGapCaptions(qsizetype k) const
{
    while (k < m_u.size() && m_u[k].gapBefore >= 2 && isCaptionLike(k)
           && (k + 1 >= m_u.size() || m_u[k + 1].gapBefore <= 2 || hasCaptionCredit(k)))
        k += (k + 1 < m_u.size() && creditLine(k + 1)) ? 2 : 1;
    return k;
}

bool Pass::lastParagraphOpen(const Draft *d) const
{
    return d && !d->body.isEmpty() && d->body.last().kind == Block::Kind::Paragraph && !d->body.last().creditOnly
        && !d->body.last().standsAlone && !endsSentence(d->body.last().text) && !splitTrailingCredit(d->body.last().text).found();
}

qsizetype Pass::photoNewsEnd(qsizetype i) const
{
    // (A long plain line with a pause in it is text the picture cut, not the item's headline.)
    if (!m_u[i].markup && m_u[i].text.size() > 30 && (m_u[i].text.contains(u'，') || m_u[i].text.contains(u',')))
        return -1;
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
        // (Not a credit that heads the caption under it: the text over it is the article's.)
        if (j + 1 < m_u.size() && creditLine(j + 1) && !m_f[j + 1].creditOverCaption)
            return endsItem(j + 2) ? j + 2 : -1;
    }
    return -1;
}

bool Pass::startsNewArticle(qsizetype i) const
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
    // A run of briefs, each a headline over a short paragraph (地铁二号线客流创新高 / 本报讯（记者
    // 李明）…。 / 地铁三号线开通试运营 / 三号线全长32公里…。): after a piece that is one short
    // finished paragraph opened by its credit, a heading standing alone over a paragraph opens
    // the next brief. (An article's own subheads come after more than one credited sentence.)
    // (A plain line, set off by a blank line, that names something in a few words with no pause in
    // it, over a paragraph that finishes its sentence and is no tail of the line: not opening on a
    // pause or with a clause of a few characters (完成情况。…), nor the end of a dateline the line
    // began (新华社上海11月4日 / 电（记者…）…).)
    static const QStringView pauses = u"，,、；;：:。！？!?";
    const auto named = [](QStringView t) {
        return t.size() >= 4 && t.size() <= 24 && std::none_of(t.begin(), t.end(), [](QChar c) { return pauses.contains(c); });
    };
    const auto ownParagraph = [&](qsizetype j) {
        const QStringView t = m_u[j].text;
        const qsizetype pause = std::find_if(t.begin(), t.end(), [](QChar c) { return pauses.contains(c); }) - t.begin();
        return pause > 6 && endsSentence(t) && !startsWithDateline(QString(u.text).append(t.left(40)));
    };
    const bool afterBrief = !u.markup && u.gapBefore >= 1 && k == i + 1 && next < m_u.size() && !m_u[next].markup && !isHeadingish(next)
        && !m_f[i].enumerated && !m_f[i].leadIn && named(u.text) && ownParagraph(next) && !lastParagraphOpen(d) && isBrief(*d)
        && looksLikeStandaloneHeading(u.text) && !isBrokenFragment(i);
    const bool evidence = (next < m_u.size() && (isLead(next) || (isJump(next) && m_f[next].jump->direction == JumpLine::Direction::From)))
        || leadAfterCaption || (k - i >= 2) || (u.gapBefore >= 2 && !lastParagraphOpen(d)) || reportFollows || afterBrief;
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
        // (So does a bold one over a dated dispatch: **韩媒：韩国出生率现回升迹象** over
        // 【韩联社首尔11月5日电】…, as digests of the foreign press run them.)
        return evidence && next < m_u.size() && isLead(next)
            && (!u.markup || opensWithSolidBullet(u.text)
                || (m_f[i].leadIn && !m_f[i].enumerated && k == i + 1 && d->hasOwnParagraph() && !lastParagraphOpen(d)
                    && !splitLeadingCredit(m_u[next].text).dateline.isEmpty()));
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

qsizetype Pass::headlineUnderCaption(qsizetype i) const
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

} // namespace broadsheet::segmentation
