#include "core/pagefinish.h"

#include "core/credits.h"
#include "core/jumpline.h"
#include "core/textshape.h"

#include <algorithm>

namespace broadsheet {

namespace {

// A label over a series of short pieces set alike (短评·一线观察 over three signed commentaries,
// 要闻简报 over its briefs) labels each of them, up to the first piece that is set otherwise or is
// a full article.
class SeriesLabels {
public:
    // `leadCredit`: the piece opened with its writers or a dateline, as news stories do; the pieces
    // of a series are signed at their end, if at all.
    void label(const Draft &d, Article &a, bool leadCredit)
    {
        const int level = headlineProminence(d, a);
        // (Briefs titled behind a bullet, **■ …**, are a series whatever opens them.)
        const bool piece = isShortPiece(a) && (!leadCredit || opensWithSolidBullet(a.headline)) && a.dateline.isNull();
        if (!a.column.isNull()) {
            m_label = piece ? a.column : QString();
            m_level = level;
        } else if (!m_label.isNull() && level == m_level && piece) {
            a.column = m_label;
        } else {
            m_label.clear();
        }
    }

    bool active() const { return !m_label.isNull(); }

private:
    QString m_label;
    int m_level = -1;

    static int headlineProminence(const Draft &d, const Article &a)
    {
        for (const LineUnit &u : d.stack) {
            if (u.text == a.headline)
                return u.prominence();
        }
        return -1;
    }
    static bool isShortPiece(const Article &a)
    {
        qsizetype chars = 0;
        for (const Block &b : a.blocks)
            chars += b.text.size();
        return !a.headline.isNull() && !a.blocks.isEmpty() && a.blocks.size() <= 3 && chars <= 400 && !a.continuesTo && !a.continuedFrom;
    }
};

// A paragraph of the piece's own text that does not open with a credit.
bool plainText(const BodyItem &b)
{
    return b.kind == Block::Kind::Paragraph && !b.creditOnly && !splitLeadingCredit(b.text).found();
}

// A feature's standfirst set over its writers line (## 竹纸深处有人家 / 一张竹纸，… / 本报记者
// 周远航 / 清明前后，…): the writers line does not end the piece, and the text under it, which
// the pass read as a piece without a headline, is the feature's. The writers line goes first, where
// finishDraft() takes the writers from.
bool joinAfterStandfirst(Draft &d, Draft &next)
{
    if (d.stack.isEmpty() || d.body.size() != 2 || !plainText(d.body[0]) || !d.body[1].creditOnly || d.continuesTo
        || !next.stack.isEmpty() || next.continuedFrom || next.body.isEmpty() || !plainText(next.body.first())
        || std::any_of(next.body.cbegin(), next.body.cend(), [](const BodyItem &b) { return b.creditOnly; }))
        return false;
    d.body.move(1, 0);
    d.body.append(next.body);
    d.captions.append(next.captions);
    d.continuesTo = next.continuesTo;
    return true;
}

// Two signed pieces read as one: writers under the headline, text, one subhead, text, and other
// writers closing it (**别让打卡式考核累垮基层** / □ 张晓岚 / … / 数字化转型不能只靠上云 / … / 作者：李振宇).
// A piece is signed once; the subhead is the second piece's headline. Returns the second piece.
std::optional<Draft> splitSecondSigned(Draft &d)
{
    if (d.body.size() < 5 || !d.body.first().creditOnly || !d.body.last().creditOnly || d.body.last().text == d.body.first().text)
        return std::nullopt;
    qsizetype subhead = -1;
    for (qsizetype k = 0; k < d.body.size(); ++k) {
        if (d.body[k].kind != Block::Kind::Subhead)
            continue;
        if (subhead >= 0)
            return std::nullopt; // (a feature in sections)
        subhead = k;
    }
    if (subhead < 2 || subhead + 2 >= d.body.size() || !plainText(d.body[subhead - 1]) || !plainText(d.body[subhead + 1]))
        return std::nullopt;
    Draft second;
    LineUnit headline;
    headline.text = d.body[subhead].text;
    headline.gapBefore = 1;
    second.stack.append(headline);
    second.body = d.body.mid(subhead + 1);
    second.continuesTo = std::exchange(d.continuesTo, std::nullopt);
    d.body.resize(subhead);
    return second;
}

} // namespace

QList<Article> finishPage(QList<Draft> &drafts, std::optional<int> pageNumber)
{
    for (qsizetype k = 0; k + 1 < drafts.size(); ++k) {
        if (joinAfterStandfirst(drafts[k], drafts[k + 1]))
            drafts.removeAt(k + 1);
    }
    for (qsizetype k = 0; k < drafts.size(); ++k) {
        if (std::optional<Draft> second = splitSecondSigned(drafts[k]))
            drafts.insert(k + 1, std::move(*second));
    }
    QList<Article> articles;
    SeriesLabels series;
    std::optional<int> pendingFrom; // a jump note alone over the headline of the piece it goes on with
    for (Draft &d : drafts) {
        // (Whether the piece opens with its writers or a dateline, as a news story does.)
        // (Only asked of a piece that may be labelled: one with a stack of two or more, or after a label.)
        const bool leadCredit = (series.active() || d.stack.size() >= 2) && !d.body.isEmpty()
            && (d.body.first().creditOnly || (d.body.first().kind == Block::Kind::Paragraph && splitLeadingCredit(d.body.first().text).found()));
        Article a = finishDraft(d);
        if (a.continuesTo)
            a.continuesTo = resolveJumpPage(*a.continuesTo, pageNumber);
        if (a.continuedFrom)
            a.continuedFrom = resolveJumpPage(*a.continuedFrom, pageNumber);
        if (a.headline.isNull() && a.blocks.isEmpty() && a.captions.isEmpty() && a.kicker.isNull()
            && a.subheadline.isNull() && a.column.isNull() && a.byline.isNull() && a.dateline.isNull()) {
            // (接A1 set over 新界東北發展… : the page it comes from is the next piece's.)
            if (a.continuedFrom && !a.continuesTo)
                pendingFrom = a.continuedFrom;
            continue;
        }
        if (const std::optional<int> from = std::exchange(pendingFrom, std::nullopt); from && !a.continuedFrom && !a.headline.isNull())
            a.continuedFrom = from;
        // An editor's note set above the headline it introduces is that article's first block.
        if (!articles.isEmpty() && !a.headline.isNull()) {
            const Article &note = articles.last();
            if (note.headline.isNull() && note.kicker.isNull() && note.byline.isNull() && note.dateline.isNull() && note.captions.isEmpty()
                && !note.continuedFrom && !note.blocks.isEmpty()
                && std::all_of(note.blocks.cbegin(), note.blocks.cend(), [](const Block &b) { return isEditorsNote(b.text); })) {
                a.blocks = note.blocks + a.blocks;
                articles.removeLast();
            }
        }
        // A label that came out as an item of its own (## 文化快讯 over **■ …** briefs) is the
        // next item's column.
        if (!articles.isEmpty()) {
            const Article &label = articles.last();
            if (label.blocks.isEmpty() && label.captions.isEmpty() && label.kicker.isNull() && label.subheadline.isNull() && label.column.isNull()
                && label.byline.isNull() && label.dateline.isNull() && !label.continuesTo && !label.headline.isNull()
                && looksLikeColumnLabel(label.headline) && a.column.isNull() && !a.headline.isNull()) {
                a.column = label.headline;
                articles.removeLast();
            }
        }
        series.label(d, a, leadCredit);
        articles.append(std::move(a));
    }
    return articles;
}

} // namespace broadsheet
