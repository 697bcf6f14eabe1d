// SnippetDelegate: draws a search result — headline, paper/date/page and the snippet with its
// matches highlighted — in the results list.
#pragma once

#include "render/renderoptions.h"

#include <QStyledItemDelegate>

namespace broadsheet {

class SnippetDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Finds the query's matches in a headline (the snippet brings its own offsets).
    void setHeadlineMatcher(const HighlightMatcher &matcher) { m_headlineMatcher = matcher; }

private:
    HighlightMatcher m_headlineMatcher;
    int layoutItem(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
};

} // namespace broadsheet
