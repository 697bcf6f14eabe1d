#include "widgets/articlecarddelegate.h"

#include "models/pagearticlesmodel.h"

#include <QAbstractScrollArea>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace broadsheet {

namespace {
constexpr int kMargin = 6;   // between cards
constexpr int kPadding = 10; // inside a card
constexpr int kGap = 3;      // between lines of different kinds
} // namespace

int drawWrappedText(QPainter *painter, const QString &text, const QFont &font, int x, int y, int width,
                    int maxLines)
{
    if (text.isEmpty() || width <= 0)
        return 0;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    const QFontMetricsF metrics(font);
    layout.beginLayout();
    qreal height = 0;
    int lines = 0;
    QList<QPair<int, int>> ranges;
    while (lines < maxLines) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += metrics.lineSpacing();
        ranges.append({line.textStart(), line.textLength()});
        ++lines;
    }
    const bool truncated = layout.createLine().isValid();
    layout.endLayout();
    if (painter) {
        painter->save();
        painter->setFont(font);
        for (int i = 0; i < ranges.size(); ++i) {
            QString part = text.mid(ranges[i].first, ranges[i].second);
            if (i == ranges.size() - 1 && truncated)
                part = metrics.elidedText(part + QStringLiteral("……"), Qt::ElideRight, width);
            painter->drawText(QPointF(x, y + i * metrics.lineSpacing() + metrics.ascent()), part);
        }
        painter->restore();
    }
    return int(std::ceil(height));
}

int ArticleCardDelegate::layoutCard(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index, int width) const
{
    const QPalette &pal = option.palette;
    const QFont base = option.font;
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.88);
    QFont headline = base;
    headline.setPointSizeF(base.pointSizeF() * 1.3);
    headline.setBold(true);

    const int x = option.rect.x() + kMargin + kPadding;
    int y = option.rect.y() + kMargin + kPadding;
    const int textWidth = width - 2 * (kMargin + kPadding);
    const QColor ink = pal.color(QPalette::Text);
    QColor muted = ink;
    muted.setAlphaF(0.68f);
    const QColor accent = pal.color(QPalette::Link);

    auto line = [&](const QString &text, const QFont &font, const QColor &color, int maxLines) {
        if (text.isEmpty())
            return;
        if (painter)
            painter->setPen(color);
        y += drawWrappedText(painter, text, font, x, y, textWidth, maxLines) + kGap;
    };

    const QString column = index.data(PageArticlesModel::ColumnRole).toString();
    const QVariant from = index.data(PageArticlesModel::ContinuedFromRole);
    const QVariant to = index.data(PageArticlesModel::ContinuesToRole);
    QStringList tags;
    if (!column.isEmpty())
        tags << column;
    if (!from.isNull())
        tags << tr("continued from page %1").arg(from.toInt());
    line(tags.join(QStringLiteral(" · ")), small, accent, 1);
    line(index.data(PageArticlesModel::KickerRole).toString(), small, muted, 2);
    QString head = index.data(PageArticlesModel::HeadlineRole).toString();
    if (head.isEmpty())
        head = index.data(Qt::DisplayRole).toString();
    line(head, headline, ink, 3);
    line(index.data(PageArticlesModel::SubheadlineRole).toString(), base, ink, 2);
    line(index.data(PageArticlesModel::BylineRole).toString(), small, muted, 1);
    line(index.data(PageArticlesModel::LeadRole).toString(), base, muted, 3);
    if (!to.isNull())
        line(tr("continues on page %1").arg(to.toInt()), small, accent, 1);
    return y - option.rect.y() - kGap + kPadding + kMargin;
}

void ArticleCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(opt.rect).adjusted(kMargin, kMargin / 2.0, -kMargin, -kMargin / 2.0);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    // The chosen card is tinted and framed rather than inverted, so its text stays easy to read.
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor base = opt.palette.color(QPalette::Base);
    const QColor highlight = opt.palette.color(QPalette::Highlight);
    const auto mix = [](const QColor &a, const QColor &b, qreal t) {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                                float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    painter->fillPath(path, selected ? mix(base, highlight, 0.10) : base);
    painter->setPen(QPen(selected ? highlight : opt.palette.color(QPalette::Mid), selected ? 2 : 1));
    painter->drawPath(path);
    if (selected) {
        QPainterPath bar;
        bar.addRoundedRect(QRectF(card.left(), card.top(), 5, card.height()), 2, 2);
        painter->fillPath(bar, highlight);
    }
    painter->restore();

    QStyleOptionViewItem shifted = opt;
    shifted.rect.translate(0, -kMargin / 2);
    painter->save();
    layoutCard(painter, shifted, index, opt.rect.width());
    painter->restore();
}

QSize ArticleCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.rect = QRect(0, 0, std::max(option.rect.width(), 200), 0);
    // Cards take the view's full width, so their height depends on how the text wraps at it.
    int width = 320;
    if (const auto *area = qobject_cast<const QAbstractScrollArea *>(opt.widget))
        width = std::max(area->viewport()->width(), 200);
    return {width, layoutCard(nullptr, opt, index, width)};
}

} // namespace broadsheet
