#include "render/htmlwriter.h"

#include "render/articlelayout.h"
#include "render/citation.h"

namespace broadsheet {

namespace {

const char *const kStyle = R"(
:root { color-scheme: light; }
body { margin: 0; background: #fbfaf7; color: #1a1a1a;
  font-family: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", SimSun, serif;
  font-size: %1pt; line-height: 1.8; }
main { max-width: 40em; margin: 0 auto; padding: 2.5em 1.5em 4em; }
.sans, h1, h2, h3, .kicker, .subheadline, .column, figcaption, .source, .cite, .toc, .partbreak, .title-note {
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
article { margin: 0 0 3em; }
article + article { border-top: 1px solid #d8d3ca; padding-top: 2em; }
header { text-align: center; margin-bottom: 1.6em; }
.column { color: #9b1c1c; font-weight: bold; font-size: .85em; letter-spacing: .1em; margin: 0 0 .3em; }
.kicker { font-size: 1.05em; margin: 0 0 .2em; }
h1, header h2 { font-size: 2em; line-height: 1.3; margin: .1em 0 .3em; }
header h2.subheadline, p.subheadline { font-size: 1.2em; font-weight: normal; margin: 0 0 .4em; }
.byline { color: #66635e; font-size: .92em; margin: .4em 0 0; }
p.body { text-indent: 2em; text-align: justify; margin: 0 0 .45em; }
.dateline { font-weight: bold; font-family: "Noto Sans CJK SC", sans-serif; }
h3 { font-size: 1.05em; margin: 1.2em 0 .45em; }
figure { margin: .8em 0; padding: .6em .8em; background: #f3f0e8; border-left: 3px solid #bbb6ad; }
figcaption { font-size: .88em; line-height: 1.6; }
figcaption .credit { color: #66635e; font-size: .93em; margin-left: 1em; }
.jump { font-size: .9em; color: #66635e; margin: .3em 0; }
.jump.to { text-align: right; }
.toc a { color: #9b1c1c; text-decoration: none; }
.partbreak { text-align: center; color: #66635e; font-size: .8em; margin: .6em 0 1em; }
.source, .cite { color: #66635e; font-size: .82em; border-top: 1px solid #d8d3ca; padding-top: .5em; margin-top: 1.4em; }
.doc-title { text-align: center; margin-bottom: 0; }
.title-note { text-align: center; color: #66635e; font-size: .85em; margin: .2em 0 1.5em; }
.toc { font-size: .95em; margin: 0 0 3em; padding: 0 0 0 2em; }
.toc li { margin: .2em 0; }
.toc .where { color: #66635e; font-size: .85em; margin-left: .8em; }
mark { background: #ffe36e; color: inherit; }
@media print { body { background: #fff; } main { max-width: none; padding: 0; } article { break-before: auto; } }
)";

QString escaped(const QString &text, const RenderOptions &options)
{
    const auto ranges = ArticleLayout::highlightRanges(text, options);
    if (ranges.isEmpty())
        return text.toHtmlEscaped();
    QString out;
    int at = 0;
    for (const auto &[start, length] : ranges) {
        out += text.mid(at, start - at).toHtmlEscaped();
        out += QStringLiteral("<mark>") + text.mid(start, length).toHtmlEscaped() + QStringLiteral("</mark>");
        at = start + length;
    }
    return out + text.mid(at).toHtmlEscaped();
}

QString articleHtml(const ArticleInput &input, const RenderOptions &options, bool inCollection, int index,
                    bool citation)
{
    const QList<LayoutItem> items = ArticleLayout::build(input, true, !citation);
    auto e = [&options](const QString &t) { return escaped(t, options); };
    QString html = inCollection ? QStringLiteral("<article id=\"%1\">\n").arg(ArticleCollection::anchorName(index))
                                : QStringLiteral("<article>\n");
    bool inHeader = false;
    auto openHeader = [&] {
        if (!inHeader) {
            html += QStringLiteral("<header>\n");
            inHeader = true;
        }
    };
    auto closeHeader = [&] {
        if (inHeader) {
            html += QStringLiteral("</header>\n");
            inHeader = false;
        }
    };
    for (const LayoutItem &item : items) {
        switch (item.kind) {
        case LayoutItem::Kind::Column:
            openHeader();
            html += QStringLiteral("<p class=\"column\">%1</p>\n").arg(e(item.text));
            break;
        case LayoutItem::Kind::Kicker:
            openHeader();
            html += QStringLiteral("<p class=\"kicker\">%1</p>\n").arg(e(item.text));
            break;
        case LayoutItem::Kind::Headline:
            openHeader();
            html += inCollection ? QStringLiteral("<h2>%1</h2>\n").arg(e(item.text))
                                 : QStringLiteral("<h1>%1</h1>\n").arg(e(item.text));
            break;
        case LayoutItem::Kind::Subheadline:
            openHeader();
            html += inCollection ? QStringLiteral("<p class=\"subheadline\">%1</p>\n").arg(e(item.text))
                                 : QStringLiteral("<h2 class=\"subheadline\">%1</h2>\n").arg(e(item.text));
            break;
        case LayoutItem::Kind::Byline:
            if (inHeader)
                html += QStringLiteral("<p class=\"byline\">%1</p>\n").arg(e(item.text));
            else
                html += QStringLiteral("<p class=\"byline\" style=\"text-align:center\">%1</p>\n").arg(e(item.text));
            break;
        case LayoutItem::Kind::JumpFrom:
        case LayoutItem::Kind::JumpTo:
            closeHeader();
            // A file outside the app cannot follow broadsheet:// links: the note stays as text.
            html += QStringLiteral("<p class=\"jump %1\">%2</p>\n")
                        .arg(item.kind == LayoutItem::Kind::JumpFrom ? QStringLiteral("from") : QStringLiteral("to"),
                             item.text.toHtmlEscaped());
            break;
        case LayoutItem::Kind::Paragraph:
            closeHeader();
            html += QStringLiteral("<p class=\"body\">");
            if (!item.lead.isEmpty())
                html += QStringLiteral("<span class=\"dateline\">%1</span>").arg(e(item.lead))
                        + (item.text.isEmpty() ? QString() : QStringLiteral(" "));
            html += e(item.text) + QStringLiteral("</p>\n");
            break;
        case LayoutItem::Kind::Subhead:
            closeHeader();
            html += QStringLiteral("<h3>%1</h3>\n").arg(e(item.text));
            break;
        case LayoutItem::Kind::Caption:
            closeHeader();
            html += QStringLiteral("<figure><figcaption>%1").arg(e(item.text));
            if (!item.credit.isEmpty())
                html += QStringLiteral("<span class=\"credit\">%1</span>").arg(e(item.credit));
            html += QStringLiteral("</figcaption></figure>\n");
            break;
        case LayoutItem::Kind::PartBreak:
            closeHeader();
            html += QStringLiteral("<p class=\"partbreak\">%1</p>\n")
                        .arg(item.text.isEmpty() ? QStringLiteral("· · ·")
                                                 : QStringLiteral("—— %1 ——").arg(item.text.toHtmlEscaped()));
            break;
        case LayoutItem::Kind::Source:
            closeHeader();
            html += QStringLiteral("<p class=\"source\">%1</p>\n").arg(item.text.toHtmlEscaped());
            break;
        }
    }
    closeHeader();
    if (citation)
        html += QStringLiteral("<p class=\"cite\">引用：%1</p>\n").arg(Citation::from(input).readerText().toHtmlEscaped());
    return html + QStringLiteral("</article>\n");
}

} // namespace

QString HtmlWriter::write(const ArticleCollection &collection, const RenderOptions &options)
{
    const bool single = collection.isSingle();
    QString title = collection.title;
    if (title.isEmpty() && !collection.articles.isEmpty())
        title = Citation::from(collection.articles.first()).title;
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                                  "<meta name=\"generator\" content=\"Broadsheet\">\n<title>%1</title>\n<style>")
                       .arg(title.toHtmlEscaped());
    html += QString::fromUtf8(kStyle).arg(qMax(options.fontPointSize, 12.0));
    html += QStringLiteral("</style>\n</head>\n<body>\n<main>\n");
    if (!single) {
        if (!collection.title.isEmpty()) {
            html += QStringLiteral("<h1 class=\"doc-title\">%1</h1>\n<p class=\"title-note\">共%2篇</p>\n")
                        .arg(collection.title.toHtmlEscaped())
                        .arg(collection.articles.size());
        }
        if (collection.tableOfContents && collection.articles.size() > 1) {
            html += QStringLiteral("<nav>\n<ol class=\"toc\">\n");
            for (int i = 0; i < collection.articles.size(); ++i) {
                const ArticleInput &a = collection.articles.at(i);
                html += QStringLiteral("<li><a href=\"#%1\">%2</a><span class=\"where\">%3</span></li>\n")
                            .arg(ArticleCollection::anchorName(i), Citation::from(a).title.toHtmlEscaped(),
                                 ArticleLayout::sourceText(a).toHtmlEscaped());
            }
            html += QStringLiteral("</ol>\n</nav>\n");
        }
    }
    for (int i = 0; i < collection.articles.size(); ++i)
        html += articleHtml(collection.articles.at(i), options, !single, i, collection.citations && !single);
    return html + QStringLiteral("</main>\n</body>\n</html>\n");
}

} // namespace broadsheet
