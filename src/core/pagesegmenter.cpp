#include "core/pagesegmenter.h"

#include "core/articledraft.h"
#include "core/credits.h"
#include "core/hanvariants.h"
#include "core/jumpline.h"
#include "core/pagedate.h"
#include "core/pagefinish.h"
#include "core/pagepass.h"
#include "core/segmenterunits.h"
#include "core/textshape.h"
#include "core/unitfacts.h"
#include "text/textbreaks.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace broadsheet {

namespace segmentation {

void Pass::startArticle(qsizetype i, qsizetype end)
{
    Draft d;
    for (qsizetype j = i; j < end; ++j)
        d.stack.append(m_u[j]);
    d.captions = std::exchange(m_heldCaptions, {});
    m_drafts.append(std::move(d));
    m_cur = m_drafts.size() - 1;
    m_suspended = -1;
}

void Pass::addBody(const LineUnit &u, Block::Kind kind, bool credit)
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
    // (Not a paper's 讯头, 本报讯 or 新加坡讯 on a line of its own: it opens the text under it.)
    if ((creditOnly && d->hasOwnParagraph() && !startsWithNewsTag(text)) || (!creditOnly && kind == Block::Kind::Paragraph && splitTrailingCredit(text).found()))
        d->closed = true;
    const bool joinWrapped = std::exchange(m_joinNext, false);
    // After a colon, a list item or the text under a salutation (编辑同志：) is a paragraph of its own.
    const bool afterColon = !d->body.isEmpty() && endsWithColon(d->body.last().text)
        && (opensWithListMarker(text) || bulletOf(text) || d->body.last().text.size() <= 12 || isSalutation(d->body.last().text));
    // (An interview's turn never runs into the one before: 问：…吗 / 答：….)
    // (On a page that indents its paragraphs, an indented line opens one, whatever the line above
    // ended with: a caption's 摄, a pull quote's ——, a quotation's ”.)
    const bool opensParagraph = u.indented && m_layout.indentedParagraphs;
    if (kind == Block::Kind::Paragraph && !creditOnly && (joinWrapped || (lastParagraphOpen(d) && !opensParagraph)) && !startsWithDateline(text)
        && !afterColon && !isDialogueTurn(text)) {
        d->body.last().text = joinBroken(d->body.last().text, text);
        return;
    }
    // (A digest's 题：… line is whole: the text under it is the translation's first paragraph.)
    d->body.append(BodyItem { kind, text, creditOnly, kind == Block::Kind::Paragraph && !creditOnly && isDigestTitle(text) });
}

qsizetype Pass::step(qsizetype i)
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
    // (So is the date and place under a signature that closed the piece: 止庵 / 2024年9月于北京.)
    if (m_f[i].standsAlone && cur() && (!cur()->closed || (m_f[i].signOff && m_lastBodyUnit == i - 1))) {
        cur()->body.append(BodyItem { Block::Kind::Paragraph, u.text, false, true });
        m_lastBodyUnit = i;
        return i + 1;
    }
    // A plain line right under an unfinished one (no blank line between) goes on with it: OCR
    // that wraps lines at the column width leaves many short lines without punctuation.
    const bool softWrap = softWrapped(i);
    const bool wrapped = softWrap
        || (!u.markup && u.gapBefore == 0 && lastParagraphOpen(cur()) && !isLead(i) && !creditLine(i)
            && !isCreditOnly(i) && !m_f[i].enumerated && !(i + 1 < m_u.size() && isLead(i + 1)) && !(u.indented && m_layout.indentedParagraphs));
    if (softWrap) {
        m_joinNext = true;
        addBody(u, Block::Kind::Paragraph);
        m_lastBodyUnit = i;
        return i + 1;
    }
    // An editor's or reporter's follow-up to a letter (编后, 记者回访, 部门回复) is a subhead of it,
    // even after the letter's signature.
    // (Not a label over a headline and the lead of a piece of its own: 追踪 / 颱風康芮災損統計出爐 /
    // 本報訊…, the column of that piece.)
    if (isHeadingish(i) && !wrapped && u.text.size() <= 8 && !(u.markup && u.level <= 2) && isFollowUpLabel(u.text) && cur()
        && !cur()->continuesTo && cur()->hasOwnParagraph() && !(stackEnd(i) > i + 1 && stackEnd(i) < m_u.size() && isLead(stackEnd(i)))) {
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
            && d->hasOnlyCredits() && (u.markup || u.gapBefore >= 1)) {
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
        // (Nor a plain line over a jump note, …表示，下一步将在…等方面 / （下转第6版）, a paragraph the
        // jump cut; nor one indented as the paragraphs are, with a pause in it and longer than a
        // subhead is.)
        const bool cutByJump = i + 1 < m_u.size() && isJump(i + 1) && m_f[i + 1].jump->direction == JumpLine::Direction::To;
        const bool clause = !u.markup && u.indented && !m_f[i].enumerated && !m_f[i].leadIn && u.text.size() > 20
            && (u.text.contains(u'，') || u.text.contains(u','));
        const bool subhead = numbered || ((u.markup || ((!lastParagraphOpen(cur()) || colonAbove) && plainShape && !cutByJump && !clause)) && !endsWithDash(u.text)
            && !isBrokenFragment(i) && cur()->hasParagraph() && !cur()->body.last().creditOnly);
        addBody(u, subhead ? Block::Kind::Subhead : Block::Kind::Paragraph);
        return i + 1;
    }
    Draft *d = cur();
    if (const qsizetype h = headlineUnderCaption(i); h > 0) {
        m_heldCaptions.append(readCaption(u.text, h == i + 2 ? m_u[i + 1].text : QString()));
        return h;
    }
    // A caption in a picture gap, or one carrying a credit, or followed by a credit line.
    // "图为…", "图①：…", "上图：…" announce a caption wherever it stands.
    static const Pattern captionOpening = hanRegex(QStringLiteral("^(?:图为|图[①②③④⑤⑥⑦⑧⑨⑩0-9一二三四五六]\\s*[：:]|图[①②③④⑤⑥⑦⑧⑨⑩]\\s|[上下左右中]图[：:为]|图片说明[：:])"));
    // (图：X is one too when X is no credit, finished or not: 图：轻轨东线隧道段施工现场.)
    const bool announced = d && u.text.size() <= 200
        && ((isCaptionLike(i) && captionOpening.match(u.text).hasMatch()) || (!u.markup && !isLead(i) && isLabelledCaption(u.text)));
    // A short paragraph closed by a photo credit (…。 新华社记者 张三 摄) is a caption even
    // without a picture gap: body text does not end in 摄.
    // A credit in brackets closing it marks one even run into the text ((记者林俊良摄)).
    const bool bracketClosed = u.text.endsWith(u'）') || u.text.endsWith(u')');
    // (Also right under the headline, before any text: the article's lead photo.)
    const bool underHeadline = d && !d->closed && d->body.isEmpty() && !d->stack.isEmpty();
    // (On a page that indents its paragraphs and sets no blank lines, a line without the indent
    // stands apart as a blank line would set it.)
    const bool apart = u.gapBefore >= 1 || bracketClosed || (m_layout.indentedParagraphs && !m_layout.blankParagraphs && !u.indented);
    const bool creditedCaption = d && (d->hasParagraph() || underHeadline) && apart && u.text.size() <= 150
        && isCaptionLike(i) && hasCaptionCredit(i) && !splitCaptionCredit(u.text).text.isEmpty();
    // A short finished line right under a picture is its caption, credited or not.
    const bool underPicture = d && u.afterPicture && u.text.size() <= 80 && isCaptionLike(i) && !isLead(i);
    // A short finished paragraph over a photo credit line (本报记者　邹　毅摄) is that photo's caption.
    // (A chart's title over its 制图 credit has no full stop.)
    const bool overCredit = d && !isLead(i) && u.text.size() <= 150 && (endsSentence(u.text) || u.text.size() <= 60) && i + 1 < m_u.size()
        && creditLine(i + 1) && !isCreditOnly(i) && !u.markup && !m_f[i + 1].creditOverCaption;
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
        if (m_f[i].creditOverCaption) {
            addCaption(m_u[i + 1].text, u.text.trimmed());
            m_lastCaptionUnit = i + 1;
            return i + 2;
        }
        // A credit line alone: it credits the caption above it that has none.
        if (!d->captions.isEmpty() && d->captions.last().credit.isNull() && m_lastCaptionUnit == i - 1)
            d->captions.last().credit = u.text.trimmed();
        else
            addCaption(u.text, QString());
        return i + 1;
    }
    // A writer's line after an article its credit closed, with the next heading under it, is
    // that article's too (（本报记者　常　钦）, a signature); after its jump note only when it names no
    // writer yet (…（文转A6） / 报道：陈嘉欣, as Malaysian papers sign under the jump).
    const auto namesWriters = [](const Draft *d) {
        return std::any_of(d->body.cbegin(), d->body.cend(), [](const BodyItem &b) { return b.creditOnly; })
            || (!d->body.isEmpty() && !splitLeadingCredit(d->body.first().text).byline.isEmpty());
    };
    if (d && d->closed && isCreditOnly(i) && d->hasOwnParagraph() && !d->photoNews && (!d->continuesTo || !namesWriters(d))
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
    // (A 讯头 on a line of its own under a line that stands as it is, a web page's 发布 / 2024年
    // 11月5日 5:30 AM, opens that article's text.)
    const bool nextBrief = (ownTag || isEditorsNote(u.text)) && d && !d->closed && !d->photoNews && d->hasOwnParagraph() && !lastParagraphOpen(d)
        && m_suspended < 0 && (!isCreditOnly(i) || d->hasProse());
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

} // namespace segmentation

using segmentation::Pass;

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
