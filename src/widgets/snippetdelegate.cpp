#include "widgets/snippetdelegate.h"

#include "models/searchresultsmodel.h"
#include "widgets/articlecarddelegate.h"

#include <QAbstractScrollArea>
#include <QPainter>
#include <QTextLayout>

namespace broadsheet {

namespace {

constexpr int kPadding = 8;
constexpr int kSnippetLines = 3;

// Lays text out in at most maxLines lines with its match ranges in a marker colour.
int drawMarked(QPainter *painter, const QString &text, const QList<std::pair<int, int>> &ranges, const QFont &font,
               const QColor &ink, const QColor &mark, const QColor &markInk, int x, int y, int width, int maxLines)
{
    if (text.isEmpty() || width <= 0)
        return 0;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QList<QTextLayout::FormatRange> formats;
    for (const auto &[start, length] : ranges) {
        QTextLayout::FormatRange r;
        r.start = start;
        r.length = length;
        r.format.setBackground(mark);
        r.format.setForeground(markInk);
        r.format.setFontWeight(QFont::Bold);
        formats.append(r);
    }
    layout.setFormats(formats);
    const QFontMetricsF metrics(font);
    layout.beginLayout();
    qreal height = 0;
    int lines = 0;
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += metrics.lineSpacing();
        ++lines;
    }
    layout.endLayout();
    if (painter) {
        painter->save();
        painter->setPen(ink);
        painter->setClipRect(QRectF(x, y, width, height));
        layout.draw(painter, QPointF(x, y));
        painter->restore();
    }
    return int(std::ceil(height));
}

} // namespace

int SnippetDelegate::layoutItem(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                int width) const
{
    const QPalette &pal = option.palette;
    const QColor ink = pal.color(QPalette::Text);
    QColor muted = ink;
    muted.setAlphaF(0.7f);
    QFont headline = option.font;
    headline.setPointSizeF(option.font.pointSizeF() * 1.12);
    headline.setBold(true);
    QFont small = option.font;
    small.setPointSizeF(option.font.pointSizeF() * 0.88);

    const int x = option.rect.x() + kPadding;
    int y = option.rect.y() + kPadding;
    const int textWidth = width - 2 * kPadding;
    // A marker yellow reads as "found here" in both themes.
    const QColor mark(0xff, 0xd5, 0x4f);
    const QColor markInk(0x20, 0x1a, 0x10);
    const QString head = index.data(SearchResultsModel::HeadlineRole).toString();
    y += drawMarked(painter, head, m_headlineMatcher ? m_headlineMatcher(head) : QList<std::pair<int, int>>(), headline,
                    ink, mark, markInk, x, y, textWidth, 2);
    if (painter)
        painter->setPen(muted);
    y += drawWrappedText(painter, index.data(SearchResultsModel::SourceRole).toString(), small, x, y, textWidth, 1) + 2;
    const auto ranges = index.data(SearchResultsModel::HighlightsRole).value<QList<std::pair<int, int>>>();
    y += drawMarked(painter, index.data(SearchResultsModel::SnippetRole).toString(), ranges, option.font, muted, mark,
                    markInk, x, y, textWidth, kSnippetLines);
    return y - option.rect.y() + kPadding;
}

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    // The current result is tinted and marked at the edge, like the page's cards, so the snippet's
    // marker colour keeps its contrast.
    if (opt.state & QStyle::State_Selected) {
        const QColor base = opt.palette.color(QPalette::Base);
        const QColor highlight = opt.palette.color(QPalette::Highlight);
        const qreal t = 0.14;
        painter->fillRect(opt.rect, QColor::fromRgbF(float(base.redF() * (1 - t) + highlight.redF() * t),
                                                     float(base.greenF() * (1 - t) + highlight.greenF() * t),
                                                     float(base.blueF() * (1 - t) + highlight.blueF() * t)));
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), 4, opt.rect.height()), highlight);
    }
    painter->setPen(opt.palette.color(QPalette::Mid));
    painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
    layoutItem(painter, opt, index, opt.rect.width());
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int width = 320;
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(opt.widget))
        width = std::max(area->viewport()->width(), 200);
    opt.rect = QRect(0, 0, width, 0);
    return {width, layoutItem(nullptr, opt, index, width)};
}

} // namespace broadsheet
