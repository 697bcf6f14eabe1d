#include "render/markdownwriter.h"

#include "render/articlelayout.h"
#include "render/citation.h"

#include <algorithm>

namespace broadsheet {

namespace {

QString articleMarkdown(const ArticleInput &input, bool inCollection, bool citation)
{
    const QList<LayoutItem> items = ArticleLayout::build(input, true, !citation);
    auto e = MarkdownWriter::escape;
    QString md;
    for (const LayoutItem &item : items) {
        switch (item.kind) {
        case LayoutItem::Kind::Column:
            md += QStringLiteral("【%1】\n\n").arg(e(item.text));
            break;
        case LayoutItem::Kind::Kicker:
            md += e(item.text) + QStringLiteral("\n\n");
            break;
        case LayoutItem::Kind::Headline:
            md += (inCollection ? QStringLiteral("## ") : QStringLiteral("# ")) + e(item.text) + QStringLiteral("\n\n");
            break;
        case LayoutItem::Kind::Subheadline:
            md += inCollection ? QStringLiteral("*%1*\n\n").arg(e(item.text)) : QStringLiteral("## %1\n\n").arg(e(item.text));
            break;
        case LayoutItem::Kind::Byline:
            md += e(item.text) + QStringLiteral("\n\n");
            break;
        case LayoutItem::Kind::JumpFrom:
        case LayoutItem::Kind::JumpTo:
            md += e(item.text) + QStringLiteral("\n\n"); // broadsheet:// links mean nothing outside the app
            break;
        case LayoutItem::Kind::Paragraph:
            if (!item.lead.isEmpty())
                md += QStringLiteral("**%1**").arg(e(item.lead)) + (item.text.isEmpty() ? QString() : QStringLiteral(" "));
            md += e(item.text) + QStringLiteral("\n\n");
            break;
        case LayoutItem::Kind::Subhead:
            md += QStringLiteral("### ") + e(item.text) + QStringLiteral("\n\n");
            break;
        case LayoutItem::Kind::Caption:
            md += QStringLiteral("> 图：") + e(item.text);
            if (!item.credit.isEmpty())
                md += QStringLiteral("　*%1*").arg(e(item.credit));
            md += QStringLiteral("\n\n");
            break;
        case LayoutItem::Kind::PartBreak:
            md += item.text.isEmpty() ? QStringLiteral("· · ·\n\n") : QStringLiteral("（%1）\n\n").arg(e(item.text));
            break;
        case LayoutItem::Kind::Source:
            md += QStringLiteral("---\n\n") + e(item.text) + QStringLiteral("\n\n");
            break;
        }
    }
    if (citation)
        md += QStringLiteral("---\n\n引用：") + e(Citation::from(input).readerText()) + QStringLiteral("\n\n");
    return md;
}

QString articleText(const ArticleInput &input, bool citation)
{
    const QList<LayoutItem> items = ArticleLayout::build(input, true, !citation);
    QString text;
    for (const LayoutItem &item : items) {
        switch (item.kind) {
        case LayoutItem::Kind::Column:
            text += QStringLiteral("【%1】\n").arg(item.text);
            break;
        case LayoutItem::Kind::Kicker:
        case LayoutItem::Kind::Headline:
        case LayoutItem::Kind::Subheadline:
            text += item.text + QLatin1Char('\n');
            break;
        case LayoutItem::Kind::Byline:
            text += QLatin1Char('\n') + item.text + QLatin1Char('\n');
            break;
        case LayoutItem::Kind::JumpFrom:
        case LayoutItem::Kind::JumpTo:
        case LayoutItem::Kind::Subhead:
            text += QLatin1Char('\n') + item.text + QLatin1Char('\n');
            break;
        case LayoutItem::Kind::Paragraph:
            text += QLatin1Char('\n');
            if (!item.lead.isEmpty())
                text += item.lead + (item.text.isEmpty() ? QString() : QStringLiteral(" "));
            text += item.text + QLatin1Char('\n');
            break;
        case LayoutItem::Kind::Caption:
            text += QStringLiteral("\n图：") + item.text;
            if (!item.credit.isEmpty())
                text += QStringLiteral("（%1）").arg(item.credit);
            text += QLatin1Char('\n');
            break;
        case LayoutItem::Kind::PartBreak:
            text += QStringLiteral("\n（%1）\n").arg(item.text.isEmpty() ? QStringLiteral("……") : item.text);
            break;
        case LayoutItem::Kind::Source:
            text += QStringLiteral("\n——") + item.text + QLatin1Char('\n');
            break;
        }
    }
    if (citation)
        text += QStringLiteral("\n引用：") + Citation::from(input).readerText() + QLatin1Char('\n');
    return text;
}

} // namespace

QString MarkdownWriter::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|':
            out += QLatin1Char('\\');
            break;
        case '#': case '+': case '-': case '=':
            if (i == 0)
                out += QLatin1Char('\\');
            break;
        case '.': case ')':
            // "1." or "1)" at the start of a line would start an ordered list.
            if (i > 0 && std::all_of(text.begin(), text.begin() + i, [](QChar d) { return d >= u'0' && d <= u'9'; }))
                out += QLatin1Char('\\');
            break;
        default:
            break;
        }
        out += c;
    }
    return out;
}

QString MarkdownWriter::write(const ArticleCollection &collection)
{
    const bool single = collection.isSingle();
    QString md;
    if (!single) {
        if (!collection.title.isEmpty())
            md += QStringLiteral("# %1\n\n共%2篇\n\n").arg(escape(collection.title)).arg(collection.articles.size());
        if (collection.tableOfContents && collection.articles.size() > 1) {
            md += QStringLiteral("**目录**\n\n");
            for (int i = 0; i < collection.articles.size(); ++i) {
                const ArticleInput &a = collection.articles.at(i);
                md += QStringLiteral("%1. [%2](#%3)　%4\n")
                          .arg(i + 1)
                          .arg(escape(Citation::from(a).title), ArticleCollection::anchorName(i),
                               escape(ArticleLayout::sourceText(a)));
            }
            md += QLatin1Char('\n');
        }
    }
    for (int i = 0; i < collection.articles.size(); ++i) {
        if (!single)
            md += QStringLiteral("<a id=\"%1\"></a>\n\n").arg(ArticleCollection::anchorName(i));
        md += articleMarkdown(collection.articles.at(i), !single, collection.citations && !single);
    }
    return md;
}

QString PlainTextWriter::write(const ArticleCollection &collection)
{
    const bool single = collection.isSingle();
    QString text;
    if (!single) {
        if (!collection.title.isEmpty())
            text += QStringLiteral("%1（共%2篇）\n\n").arg(collection.title).arg(collection.articles.size());
        if (collection.tableOfContents && collection.articles.size() > 1) {
            text += QStringLiteral("目录\n");
            for (int i = 0; i < collection.articles.size(); ++i) {
                const ArticleInput &a = collection.articles.at(i);
                text += QStringLiteral("%1. %2　%3\n").arg(i + 1).arg(Citation::from(a).title, ArticleLayout::sourceText(a));
            }
            text += QLatin1Char('\n');
        }
    }
    for (int i = 0; i < collection.articles.size(); ++i) {
        if (i > 0)
            text += QStringLiteral("\n\n＊　＊　＊\n\n");
        text += articleText(collection.articles.at(i), collection.citations && !single);
    }
    return text;
}

} // namespace broadsheet
