#include "render/articlerenderer.h"

#include "render/articlelayout.h"
#include "render/citation.h"
#include "render/cjkfonts.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace broadsheet {

namespace {

// Lengths in formats are in 96-dpi pixels; QTextDocumentLayout scales them for a printer.
qreal px(qreal points) { return points * 96.0 / 72.0; }

struct Palette {
    QColor text, muted, accent, captionBackground, highlight, rule;
};

Palette paletteFor(const RenderOptions &o)
{
    if (o.theme == RenderOptions::Theme::Dark)
        return {o.foreground(), QColor(0xa3, 0x9f, 0x97), QColor(0xe0, 0x8f, 0x7b), QColor(0x2b, 0x2c, 0x30),
                QColor(0x7a, 0x62, 0x10), QColor(0x55, 0x55, 0x55)};
    return {o.foreground(), QColor(0x66, 0x63, 0x5e), QColor(0x9b, 0x1c, 0x1c), QColor(0xf3, 0xf0, 0xe8),
            QColor(0xff, 0xe3, 0x6e), QColor(0xbb, 0xb6, 0xad)};
}

// Headline stacks, subheads and separators stay on the sheet of the text they introduce.
QTextBlockFormat keep(QTextBlockFormat format)
{
    format.setProperty(ArticleRenderer::KeepWithNextProperty, true);
    return format;
}

// Appends blocks at the end of a document, one typographic role at a time.
class Builder {
public:
    Builder(QTextDocument *doc, const RenderOptions &options)
        : m_doc(doc), m_options(options), m_palette(paletteFor(options)), m_cursor(doc),
          m_serif(CjkFonts::serifFamilies()), m_sans(CjkFonts::sansFamilies())
    {
        m_doc->clear();
        QFont font;
        font.setFamilies(options.serif ? m_serif : m_sans);
        font.setPointSizeF(options.fontPointSize);
        m_doc->setDefaultFont(font);
        m_cursor.movePosition(QTextCursor::End);
    }

    qreal base() const { return m_options.fontPointSize; }
    const Palette &palette() const { return m_palette; }
    QTextCursor &cursor() { return m_cursor; }

    QTextCharFormat chars(bool sans, qreal scale, const QColor &color, int weight = QFont::Normal) const
    {
        QTextCharFormat f;
        f.setFontFamilies(sans ? m_sans : (m_options.serif ? m_serif : m_sans));
        f.setFontPointSize(base() * scale);
        f.setFontWeight(weight);
        f.setForeground(color);
        return f;
    }

    QTextBlockFormat block(Qt::Alignment align, qreal top, qreal bottom, int lineHeight = 0) const
    {
        QTextBlockFormat f;
        f.setAlignment(align);
        f.setTopMargin(px(top));
        f.setBottomMargin(px(bottom));
        if (lineHeight > 0)
            f.setLineHeight(lineHeight, QTextBlockFormat::ProportionalHeight);
        return f;
    }

    // Starts a block.
    void startBlock(const QTextBlockFormat &format, const QTextCharFormat &chars)
    {
        // The document's first block, and the empty block Qt leaves after a frame or a table, are
        // reused instead of leaving a gap.
        if (m_fresh && m_cursor.block().length() <= 1 && m_cursor.currentFrame() == m_doc->rootFrame()) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
        } else {
            m_cursor.insertBlock(format, chars);
        }
        m_fresh = false;
        m_cursor.setCharFormat(chars);
    }

    // Inserts text, marking the highlighted ranges.
    void text(const QString &text, const QTextCharFormat &format)
    {
        const auto ranges = ArticleLayout::highlightRanges(text, m_options);
        int at = 0;
        for (const auto &[start, length] : ranges) {
            if (start > at)
                m_cursor.insertText(text.mid(at, start - at), format);
            QTextCharFormat marked = format;
            marked.setBackground(m_palette.highlight);
            if (m_options.theme == RenderOptions::Theme::Dark)
                marked.setForeground(QColor(0xff, 0xff, 0xff));
            marked.setProperty(ArticleRenderer::HighlightProperty, true);
            m_cursor.insertText(text.mid(start, length), marked);
            at = start + length;
        }
        if (at < text.size())
            m_cursor.insertText(text.mid(at), format);
    }

    void link(const QString &text, const QString &href, QTextCharFormat format)
    {
        format.setAnchor(true);
        format.setAnchorHref(href);
        format.setForeground(m_palette.accent);
        m_cursor.insertText(text, format);
    }

    void rule(qreal top)
    {
        QTextBlockFormat f = block(Qt::AlignLeft, top, 2);
        f.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth, QTextLength(QTextLength::PercentageLength, 100));
        startBlock(f, chars(false, 0.5, m_palette.rule));
    }

    void caption(const LayoutItem &item)
    {
        QTextFrameFormat frame;
        frame.setBackground(m_palette.captionBackground);
        frame.setPadding(px(base() * 0.6));
        frame.setMargin(0);
        frame.setTopMargin(px(base() * 0.5));
        frame.setBottomMargin(px(base() * 0.5));
        frame.setBorder(0);
        m_cursor.insertFrame(frame);
        m_cursor.setBlockFormat(block(Qt::AlignLeft | Qt::AlignAbsolute, 0, 0, 150));
        const QTextCharFormat f = chars(true, 0.88, m_palette.text);
        m_cursor.setBlockCharFormat(f);
        if (!item.text.isEmpty())
            text(item.text, f);
        if (!item.credit.isEmpty()) {
            if (!item.text.isEmpty())
                m_cursor.insertText(QStringLiteral("　"), f);
            text(item.credit, chars(true, 0.82, m_palette.muted));
        }
        m_cursor.movePosition(QTextCursor::End); // out of the frame
        m_fresh = true;
    }

    void afterTable()
    {
        m_cursor.movePosition(QTextCursor::End);
        m_fresh = true;
    }

    void article(const QList<LayoutItem> &items, const QString &anchor)
    {
        const qreal b = base();
        for (const LayoutItem &item : items) {
            switch (item.kind) {
            case LayoutItem::Kind::Column: {
                startBlock(keep(block(Qt::AlignHCenter, 0, 4)), chars(true, 0.85, m_palette.accent, QFont::Bold));
                QTextCharFormat f = chars(true, 0.85, m_palette.accent, QFont::Bold);
                f.setFontLetterSpacingType(QFont::AbsoluteSpacing);
                f.setFontLetterSpacing(1.0);
                text(item.text, f);
                break;
            }
            case LayoutItem::Kind::Kicker:
                startBlock(keep(block(Qt::AlignHCenter, 0, 4, 130)), chars(true, 1.05, m_palette.text));
                text(item.text, chars(true, 1.05, m_palette.text));
                break;
            case LayoutItem::Kind::Headline: {
                startBlock(keep(block(Qt::AlignHCenter, 2, 6, 125)), chars(true, 2.0, m_palette.text, QFont::Bold));
                QTextCharFormat f = chars(true, 2.0, m_palette.text, QFont::Bold);
                if (!anchor.isEmpty()) {
                    f.setAnchor(true);
                    f.setAnchorNames({anchor});
                }
                text(item.text, f);
                break;
            }
            case LayoutItem::Kind::Subheadline:
                startBlock(keep(block(Qt::AlignHCenter, 0, 6, 130)), chars(true, 1.2, m_palette.text));
                text(item.text, chars(true, 1.2, m_palette.text));
                break;
            case LayoutItem::Kind::Byline:
                startBlock(keep(block(Qt::AlignHCenter, 2, b * 1.1)), chars(false, 0.92, m_palette.muted));
                text(item.text, chars(false, 0.92, m_palette.muted));
                break;
            case LayoutItem::Kind::JumpFrom:
            case LayoutItem::Kind::JumpTo: {
                const bool from = item.kind == LayoutItem::Kind::JumpFrom;
                const QTextBlockFormat f = block(from ? Qt::AlignLeft : Qt::AlignRight, from ? 0 : 4, from ? 4 : 0);
                startBlock(from ? keep(f) : f, chars(false, 0.9, m_palette.muted));
                link(item.text, item.link.toString(), chars(false, 0.9, m_palette.accent));
                break;
            }
            case LayoutItem::Kind::Paragraph: {
                QTextBlockFormat f = block(Qt::AlignJustify, 0, b * 0.45, 165);
                f.setTextIndent(px(b * 2));
                startBlock(f, chars(false, 1.0, m_palette.text));
                if (!item.lead.isEmpty()) {
                    text(item.lead, chars(true, 1.0, m_palette.text, QFont::Bold));
                    if (!item.text.isEmpty())
                        m_cursor.insertText(QStringLiteral(" "), chars(false, 1.0, m_palette.text));
                }
                text(item.text, chars(false, 1.0, m_palette.text));
                break;
            }
            case LayoutItem::Kind::Subhead:
                startBlock(keep(block(Qt::AlignLeft, b * 0.8, b * 0.45, 150)), chars(true, 1.05, m_palette.text, QFont::Bold));
                text(item.text, chars(true, 1.05, m_palette.text, QFont::Bold));
                break;
            case LayoutItem::Kind::Caption:
                caption(item);
                break;
            case LayoutItem::Kind::PartBreak:
                startBlock(keep(block(Qt::AlignHCenter, b * 0.4, b * 0.8)), chars(true, 0.8, m_palette.muted));
                text(item.text.isEmpty() ? QStringLiteral("· · ·") : QStringLiteral("—— %1 ——").arg(item.text),
                     chars(true, 0.8, m_palette.muted));
                break;
            case LayoutItem::Kind::Source:
                rule(b * 0.8);
                startBlock(block(Qt::AlignLeft, 0, 0), chars(true, 0.82, m_palette.muted));
                text(item.text, chars(true, 0.82, m_palette.muted));
                break;
            }
        }
    }

private:
    QTextDocument *m_doc;
    const RenderOptions &m_options;
    Palette m_palette;
    QTextCursor m_cursor;
    QStringList m_serif;
    QStringList m_sans;
    bool m_fresh = true;
};

void tableOfContents(Builder &out, const ArticleCollection &collection, bool forPrint)
{
    const qreal b = out.base();
    out.startBlock(keep(out.block(Qt::AlignLeft, b, b * 0.4)), out.chars(true, 1.1, out.palette().text, QFont::Bold));
    out.text(QStringLiteral("目录"), out.chars(true, 1.1, out.palette().text, QFont::Bold));
    const QTextCharFormat entry = out.chars(false, 0.95, out.palette().text);
    const QTextCharFormat muted = out.chars(true, 0.8, out.palette().muted);
    if (!forPrint) {
        for (int i = 0; i < collection.articles.size(); ++i) {
            const ArticleInput &a = collection.articles.at(i);
            out.startBlock(out.block(Qt::AlignLeft, 0, 2, 140), entry);
            out.cursor().insertText(QStringLiteral("%1．").arg(i + 1), entry);
            out.link(Citation::from(a).title, QLatin1Char('#') + ArticleCollection::anchorName(i), entry);
            out.cursor().insertText(QStringLiteral("　"), entry);
            out.text(ArticleLayout::sourceText(a), muted);
        }
        return;
    }
    // Printed: a borderless two-column table whose second column gets the page numbers.
    QTextTableFormat table;
    table.setBorder(0);
    table.setCellPadding(px(1.5));
    table.setCellSpacing(0);
    table.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    table.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 92),
                                     QTextLength(QTextLength::PercentageLength, 8)});
    table.setHeaderRowCount(0);
    out.startBlock(out.block(Qt::AlignLeft, 0, 0), entry);
    QTextTable *t = out.cursor().insertTable(int(collection.articles.size()), 2, table);
    for (int i = 0; i < collection.articles.size(); ++i) {
        const ArticleInput &a = collection.articles.at(i);
        QTextCursor c = t->cellAt(i, 0).firstCursorPosition();
        c.insertText(QStringLiteral("%1．").arg(i + 1), entry);
        QTextCharFormat link = entry;
        link.setAnchor(true);
        link.setAnchorHref(QLatin1Char('#') + ArticleCollection::anchorName(i));
        c.insertText(Citation::from(a).title, link);
        c.insertText(QStringLiteral("　"), entry);
        c.insertText(ArticleLayout::sourceText(a), muted);
        QTextCursor p = t->cellAt(i, 1).firstCursorPosition();
        QTextBlockFormat right = p.blockFormat();
        right.setAlignment(Qt::AlignRight | Qt::AlignAbsolute);
        p.setBlockFormat(right);
        QTextCharFormat page = entry;
        page.setProperty(ArticleRenderer::TocPageProperty, i);
        p.insertText(QStringLiteral("0000"), page);
    }
    out.afterTable();
}

} // namespace

ArticleRenderer::ArticleRenderer(const RenderOptions &options) : m_options(options) { }

void ArticleRenderer::render(QTextDocument *doc, const ArticleInput &input) const
{
    Builder out(doc, m_options);
    out.article(ArticleLayout::build(input, m_options.wholeArticle, m_options.sourceLine), QString());
    doc->setMetaInformation(QTextDocument::DocumentTitle, input.headline());
}

QList<DocumentSection> ArticleRenderer::render(QTextDocument *doc, const ArticleCollection &collection,
                                               bool forPrint) const
{
    Builder out(doc, m_options);
    QList<DocumentSection> sections;
    const qreal b = out.base();
    const bool single = collection.articles.size() == 1 && collection.title.isEmpty();
    if (!collection.title.isEmpty()) {
        out.startBlock(out.block(Qt::AlignHCenter, 0, b * 0.3), out.chars(true, 1.7, out.palette().text, QFont::Bold));
        out.text(collection.title, out.chars(true, 1.7, out.palette().text, QFont::Bold));
        out.startBlock(out.block(Qt::AlignHCenter, 0, b * 0.6), out.chars(true, 0.85, out.palette().muted));
        out.text(QStringLiteral("共%1篇").arg(collection.articles.size()), out.chars(true, 0.85, out.palette().muted));
    }
    if (collection.tableOfContents && !single && !collection.articles.isEmpty())
        tableOfContents(out, collection, forPrint);
    for (int i = 0; i < collection.articles.size(); ++i) {
        const ArticleInput &a = collection.articles.at(i);
        if (i > 0 || !collection.title.isEmpty() || (collection.tableOfContents && !single)) {
            // A printed collection starts each article on a fresh line of the page with air above.
            out.startBlock(keep(out.block(Qt::AlignHCenter, b * 1.2, b * 1.2)), out.chars(true, 0.9, out.palette().rule));
            out.cursor().insertText(QStringLiteral("◆　◆　◆"), out.chars(true, 0.7, out.palette().rule));
        }
        DocumentSection section;
        section.position = out.cursor().position() + 1;
        section.headerLeft = ArticleLayout::sourceText(a);
        section.headerRight = a.headline();
        sections.append(section);
        const bool cite = collection.citations && !single;
        out.article(ArticleLayout::build(a, true, !cite), single ? QString() : ArticleCollection::anchorName(i));
        if (cite) {
            out.startBlock(out.block(Qt::AlignLeft, b * 0.8, 0), out.chars(true, 0.82, out.palette().muted));
            out.text(QStringLiteral("引用：") + Citation::from(a).readerText(), out.chars(true, 0.82, out.palette().muted));
        }
    }
    if (single && !sections.isEmpty()) {
        sections.first().position = 0;
    } else if (!collection.title.isEmpty()) {
        // The title and contents sheets are headed by the collection's title (listed last so the
        // article indexes of a printed table of contents stay those of the articles).
        sections.append(DocumentSection {0, collection.title, QString()});
    }
    doc->setMetaInformation(QTextDocument::DocumentTitle,
                            collection.title.isEmpty() && !collection.articles.isEmpty()
                                ? collection.articles.first().headline()
                                : collection.title);
    return sections;
}

std::unique_ptr<QTextDocument> ArticleRenderer::createDocument(const ArticleInput &input) const
{
    auto doc = std::make_unique<QTextDocument>();
    render(doc.get(), input);
    return doc;
}

QList<QTextCursor> ArticleRenderer::highlights(const QTextDocument *doc)
{
    QList<QTextCursor> list;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().boolProperty(HighlightProperty))
                continue;
            QTextCursor c(const_cast<QTextDocument *>(doc));
            c.setPosition(fragment.position());
            c.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            if (!list.isEmpty() && list.last().selectionEnd() == c.selectionStart()) {
                list.last().setPosition(c.selectionEnd(), QTextCursor::KeepAnchor);
                continue;
            }
            list.append(c);
        }
    }
    return list;
}

} // namespace broadsheet
