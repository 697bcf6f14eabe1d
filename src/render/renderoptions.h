// RenderOptions and PageSetup: how an article is typeset on screen, on paper and in exports.
#pragma once

#include <QColor>
#include <QList>
#include <QMarginsF>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace broadsheet {

// Finds the ranges [start, start + length) of `text` to highlight (e.g. a search engine's own
// folding matcher); used in addition to RenderOptions::highlightTerms.
using HighlightMatcher = std::function<QList<std::pair<int, int>>(const QString &text)>;

struct RenderOptions {
    enum class Theme { Light, Dark };

    qreal fontPointSize = 11.0;   // body text; the headline stack scales from it
    bool serif = true;            // body in Noto Serif CJK (宋体-like) or Noto Sans CJK (黑体-like)
    Theme theme = Theme::Light;
    bool wholeArticle = true;     // all parts in order; false: only the opened part, with jump links
    bool sourceLine = true;       // paper, date and page under the article
    QStringList highlightTerms;   // marked wherever they occur (case-insensitive), e.g. search words
    HighlightMatcher highlighter; // optional extra matcher

    // The colours the reader pane's background and text should use to match the document.
    QColor background() const { return theme == Theme::Dark ? QColor(0x1e, 0x1f, 0x22) : QColor(0xff, 0xff, 0xff); }
    QColor foreground() const { return theme == Theme::Dark ? QColor(0xe4, 0xe2, 0xdd) : QColor(0x1a, 0x1a, 0x1a); }
};

// Paper, margins and type size for printing and PDF export.
struct PageSetup {
    QPageSize pageSize = QPageSize(QPageSize::A4);
    QMarginsF margins = QMarginsF(20, 16, 20, 16); // millimetres, outside the header and footer
    qreal fontPointSize = 10.5;
    bool serif = true;
    bool header = true;  // paper, date, page of the article on each sheet
    bool footer = true;  // page numbers
};

} // namespace broadsheet
