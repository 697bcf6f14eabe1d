// Pass: the segmenter's one forward pass over a page's units, shared by pagesegmenter.cpp (the
// step that reads each unit into the article drafts) and pagepass.cpp (what the step asks: where a
// headline stack ends, whether a heading starts a new piece, where photo news ends). Internal to
// src/core.
#pragma once

#include "core/articledraft.h"
#include "core/credits.h"
#include "core/segmenterunits.h"
#include "core/unitfacts.h"

#include <QList>

#include <utility>
#include <vector>

namespace broadsheet::segmentation {

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
    bool softWrapped(qsizetype i) const;

    bool isJump(qsizetype i) const { return m_f[i].jump.has_value(); }
    bool isLead(qsizetype i) const { return m_f[i].lead; }
    bool isCreditOnly(qsizetype i) const { return m_f[i].creditOnly; }
    bool creditLine(qsizetype i) const { return m_f[i].creditLine; }
    bool hasCaptionCredit(qsizetype i) const { return m_f[i].captionCredit; }
    bool isHeadingish(qsizetype i) const { return m_f[i].headingish; }

    // A plain short line that the next line continues inside a word ("…相关部门负" + "责人介绍…") is a
    // broken paragraph, not a heading.
    bool isBrokenFragment(qsizetype i) const;
    bool brokenFragment(qsizetype i) const;

    // End (exclusive) of the run of heading-like units starting at i.
    qsizetype stackEnd(qsizetype i) const;
    qsizetype stackEndFrom(qsizetype i) const;

    bool isCaptionLike(qsizetype i) const;

    // Captions sitting in a picture gap (several blank lines before them).
    qsizetype skipGapCaptions(qsizetype k) const;

    bool lastParagraphOpen(const Draft *d) const;

    // Photo news at i: a heading, one to three short paragraphs, and a photo credit closing them.
    // Returns the end (exclusive) or -1.
    qsizetype photoNewsEnd(qsizetype i) const;

    bool startsNewArticle(qsizetype i) const;

    void startArticle(qsizetype i, qsizetype end);

    // A caption (with the credit line under it) at i over the headline of a piece that begins
    // there: at the top of the page, or under a picture that a rule sets off from the piece above
    // (lead photos stand over their headlines). Returns the headline's unit, or -1.
    qsizetype headlineUnderCaption(qsizetype i) const;

    void addCaption(const QString &text, const QString &credit) { cur()->captions.append(readCaption(text, credit)); }

    // `credit`: the unit is known to be a writers line (a name under the headline) whatever its text.
    void addBody(const LineUnit &u, Block::Kind kind, bool credit = false);

    qsizetype step(qsizetype i);
};

} // namespace broadsheet::segmentation
