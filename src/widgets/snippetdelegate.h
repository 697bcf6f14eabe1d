// SnippetDelegate: draws a search result — headline, paper/date/page and the snippet with its
// matches highlighted — in the results list.
#pragma once

#include <QStyledItemDelegate>

namespace broadsheet {

class SnippetDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int layoutItem(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
};

} // namespace broadsheet
