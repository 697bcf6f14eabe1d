// ArticleCardDelegate: draws a page's article as a card (column, kicker, headline, subheadline,
// byline, first lines) in a list view.
#pragma once

#include <QStyledItemDelegate>

namespace broadsheet {

class ArticleCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Lays out every line of the card for the given width; paints when painter is set. Returns the height.
    int layoutCard(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
};

// Draws text wrapped into at most maxLines lines at (x, y), the last one elided; returns the height used.
int drawWrappedText(QPainter *painter, const QString &text, const QFont &font, int x, int y, int width,
                    int maxLines);

} // namespace broadsheet
