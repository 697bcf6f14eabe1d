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

} // namespace

QList<Article> finishPage(QList<Draft> &drafts, std::optional<int> pageNumber)
{
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
