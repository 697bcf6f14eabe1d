#include "render/articlelayout.h"

#include "render/articlelink.h"

#include <algorithm>

namespace broadsheet {

namespace {

bool present(const QString &s) { return !s.trimmed().isEmpty(); }

void addIf(QList<LayoutItem> &items, LayoutItem::Kind kind, const QString &text)
{
    if (present(text))
        items.append(LayoutItem {kind, text.trimmed()});
}

void addHeadStack(QList<LayoutItem> &items, const Article &a, const QString &fallbackHeadline)
{
    addIf(items, LayoutItem::Kind::Column, a.column);
    addIf(items, LayoutItem::Kind::Kicker, a.kicker);
    addIf(items, LayoutItem::Kind::Headline, present(a.headline) ? a.headline : fallbackHeadline);
    addIf(items, LayoutItem::Kind::Subheadline, a.subheadline);
    addIf(items, LayoutItem::Kind::Byline, a.byline);
}

// The body of one part: its blocks (the dateline leading the first paragraph) and its captions.
void addBody(QList<LayoutItem> &items, const Article &a)
{
    QString dateline = a.dateline.trimmed();
    for (const Block &b : a.blocks) {
        if (!present(b.text))
            continue;
        if (b.kind == Block::Kind::Subhead) {
            items.append(LayoutItem {LayoutItem::Kind::Subhead, b.text.trimmed()});
            continue;
        }
        LayoutItem item {LayoutItem::Kind::Paragraph, b.text.trimmed()};
        item.lead = dateline;
        dateline.clear();
        items.append(item);
    }
    if (!dateline.isEmpty()) // a dateline without body text still belongs to the article
        items.append(LayoutItem {LayoutItem::Kind::Paragraph, QString(), dateline});
    for (const Caption &c : a.captions) {
        if (!present(c.text) && !present(c.credit))
            continue;
        LayoutItem item {LayoutItem::Kind::Caption, c.text.trimmed()};
        item.credit = c.credit.trimmed();
        items.append(item);
    }
}

// Where a jump note should lead: the stored part printed on that page, else the page itself.
QUrl jumpLink(const ArticleInput &input, int neighbour, int page)
{
    if (neighbour >= 0 && neighbour < input.parts.size() && input.parts.at(neighbour).id > 0)
        return ArticleLink::articleUrl(input.parts.at(neighbour).id);
    return ArticleLink::pageUrl(page);
}

} // namespace

QList<LayoutItem> ArticleLayout::build(const ArticleInput &input, bool whole, bool sourceLine)
{
    QList<LayoutItem> items;
    if (!input.isValid())
        return items;
    const QString headline = input.headline();
    const int first = whole ? 0 : input.current;
    const int last = whole ? int(input.parts.size()) - 1 : input.current;

    addHeadStack(items, input.parts.at(first).article, headline);
    for (int i = first; i <= last; ++i) {
        const ArticlePart &part = input.parts.at(i);
        const Article &a = part.article;
        if (i > first) {
            LayoutItem br {LayoutItem::Kind::PartBreak};
            br.page = part.page.value_or(0);
            br.text = part.page ? partBreakText(*part.page) : QString();
            items.append(br);
            // A later part may carry a byline of its own (rare, but it is the source's text).
            addIf(items, LayoutItem::Kind::Byline, a.byline == input.parts.at(first).article.byline ? QString() : a.byline);
        }
        if (i == first && a.continuedFrom) {
            LayoutItem jump {LayoutItem::Kind::JumpFrom, jumpFromText(*a.continuedFrom)};
            jump.page = *a.continuedFrom;
            jump.link = jumpLink(input, i - 1, *a.continuedFrom);
            items.append(jump);
        }
        addBody(items, a);
        if (i == last && a.continuesTo) {
            LayoutItem jump {LayoutItem::Kind::JumpTo, jumpToText(*a.continuesTo)};
            jump.page = *a.continuesTo;
            jump.link = jumpLink(input, i + 1, *a.continuesTo);
            items.append(jump);
        }
    }
    if (sourceLine) {
        const QString source = sourceText(input);
        if (!source.isEmpty())
            items.append(LayoutItem {LayoutItem::Kind::Source, source});
    }
    return items;
}

QString ArticleLayout::chineseDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString ArticleLayout::sourceText(const ArticleInput &input)
{
    QStringList fields;
    if (present(input.paper))
        fields << input.paper.trimmed();
    if (input.date.isValid())
        fields << chineseDate(input.date);
    const QList<int> pages = input.pages();
    if (!pages.isEmpty()) {
        QStringList numbers;
        for (int p : pages)
            numbers << QString::number(p);
        fields << QStringLiteral("第%1版").arg(numbers.join(QStringLiteral("、")));
    }
    return fields.join(QStringLiteral("　"));
}

QString ArticleLayout::jumpFromText(int page) { return QStringLiteral("（上接第%1版）").arg(page); }
QString ArticleLayout::jumpToText(int page) { return QStringLiteral("（下转第%1版）").arg(page); }
QString ArticleLayout::partBreakText(int page) { return QStringLiteral("第%1版").arg(page); }

QList<std::pair<int, int>> ArticleLayout::highlightRanges(const QString &text, const RenderOptions &options)
{
    QList<std::pair<int, int>> ranges;
    for (const QString &term : options.highlightTerms) {
        if (term.isEmpty())
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
            ranges.append({int(at), int(term.size())});
    }
    if (options.highlighter) {
        for (const auto &r : options.highlighter(text)) {
            if (r.first >= 0 && r.second > 0 && r.first + r.second <= text.size())
                ranges.append(r);
        }
    }
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<int, int>> merged;
    for (const auto &r : ranges) {
        if (!merged.isEmpty() && r.first <= merged.last().first + merged.last().second) {
            auto &m = merged.last();
            m.second = std::max(m.first + m.second, r.first + r.second) - m.first;
        } else {
            merged.append(r);
        }
    }
    return merged;
}

} // namespace broadsheet
