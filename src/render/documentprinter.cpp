#include "render/documentprinter.h"

#include "render/cjkfonts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <memory>
#include <optional>

namespace broadsheet {

namespace {

// The y of a position's line in document coordinates (root-frame blocks and table cells alike).
qreal lineTop(QTextDocument *doc, int position)
{
    const QTextBlock block = doc->findBlock(position);
    if (!block.isValid())
        return 0;
    QTextLayout *layout = block.layout();
    const qreal top = doc->documentLayout()->blockBoundingRect(block).top();
    if (!layout || layout->lineCount() == 0)
        return top;
    const QTextLine line = layout->lineForTextPosition(position - block.position());
    return top + (line.isValid() ? line.y() : layout->lineAt(0).y());
}

bool hasTocPlaceholders(QTextDocument *doc)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().hasProperty(ArticleRenderer::TocPageProperty))
                return true;
        }
    }
    return false;
}

// The sheet a line whose top is at `y` is printed on. Qt places the first line of a sheet a hair
// (a rounding error) above the sheet's top edge.
int sheetOf(qreal y, qreal pageHeight) { return int((y + 1) / pageHeight); }

// The first blocks of runs of keep-with-next blocks (headline stacks, subheads) that a sheet
// would end with while the text they introduce starts on the next sheet.
QSet<int> strandedHeadings(QTextDocument *doc, qreal pageHeight)
{
    QSet<int> starts;
    QTextBlock chain;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().boolProperty(ArticleRenderer::KeepWithNextProperty)) {
            if (!chain.isValid())
                chain = block;
            continue;
        }
        if (!chain.isValid())
            continue;
        const qreal top = lineTop(doc, chain.position());
        const int chainPage = sheetOf(top, pageHeight);
        const bool firstOnSheet = top - chainPage * pageHeight < 30;
        if (!firstOnSheet && sheetOf(lineTop(doc, block.position()), pageHeight) != chainPage)
            starts.insert(chain.blockNumber());
        chain = QTextBlock();
    }
    return starts;
}

// Replaces the placeholder page numbers of a printed table of contents.
void fillTableOfContents(QTextDocument *doc, const QList<int> &sectionPages)
{
    QList<std::pair<QTextFragment, int>> placeholders;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QVariant index = f.charFormat().property(ArticleRenderer::TocPageProperty);
            if (f.isValid() && index.isValid())
                placeholders.append({f, index.toInt()});
        }
    }
    // Back to front, so earlier fragments keep their positions while later ones change.
    for (auto it = placeholders.crbegin(); it != placeholders.crend(); ++it) {
        const int index = it->second;
        if (index < 0 || index >= sectionPages.size())
            continue;
        QTextCursor c(doc);
        c.setPosition(it->first.position());
        c.setPosition(it->first.position() + it->first.length(), QTextCursor::KeepAnchor);
        QTextCharFormat format = it->first.charFormat();
        format.clearProperty(ArticleRenderer::TocPageProperty);
        c.insertText(QString::number(sectionPages.at(index) + 1), format);
    }
}

} // namespace

DocumentPrinter::DocumentPrinter(const PageSetup &setup) : m_setup(setup) { }

void DocumentPrinter::applyPageSetup(QPagedPaintDevice *device) const
{
    device->setPageLayout(QPageLayout(m_setup.pageSize, QPageLayout::Portrait, m_setup.margins,
                                      QPageLayout::Millimeter));
}

Status DocumentPrinter::print(QTextDocument *source, QPagedPaintDevice *device,
                              const QList<DocumentSection> &sections, bool applySetup) const
{
    m_pageCount = 0;
    if (applySetup)
        applyPageSetup(device);
    const int dpi = device->logicalDpiY();
    const QRect paper = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal pt = dpi / 72.0;

    QFont headFont;
    headFont.setFamilies(CjkFonts::sansFamilies());
    headFont.setPointSizeF(m_setup.fontPointSize * 0.78);
    const QFontMetricsF headMetrics(headFont, device);
    const qreal headerHeight = m_setup.header ? headMetrics.height() + 9 * pt : 0;
    const qreal footerHeight = m_setup.footer ? headMetrics.height() + 9 * pt : 0;
    const QRectF body(0, headerHeight, paper.width(), paper.height() - headerHeight - footerHeight);
    if (body.height() < 72 * pt || body.width() < 72 * pt) {
        return Error {QCoreApplication::translate("broadsheet::DocumentPrinter",
                                                  "The margins leave less than an inch of paper to print on. "
                                                  "Choose smaller margins or a larger paper size.")};
    }

    // A copy laid out in 96-dpi units (the units of the formats' margins and indents) on pages of
    // the body's size, then drawn scaled to the device; the reader pane's document is left alone.
    const qreal scale = dpi / 96.0;
    const QSizeF pageSize(body.width() / scale, body.height() / scale);
    // Qt lays an edited document out again only partly, so every change (page breaks that keep a
    // headline with its text, the page numbers of the contents) goes into a fresh copy before it
    // is laid out, and the layout is repeated until it no longer moves anything.
    auto layoutCopy = [&source, &pageSize](const QSet<int> &breaks, const QList<int> *tocPages) {
        std::unique_ptr<QTextDocument> copy(source->clone());
        for (int number : breaks) {
            QTextCursor cursor(copy->findBlockByNumber(number));
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.mergeBlockFormat(format);
        }
        if (tocPages)
            fillTableOfContents(copy.get(), *tocPages);
        copy->setDocumentMargin(0);
        copy->setPageSize(pageSize);
        return copy;
    };
    auto pagesOf = [&sections, &pageSize](QTextDocument *laidOut) {
        QList<int> list;
        for (const DocumentSection &s : sections)
            list.append(sheetOf(lineTop(laidOut, s.position), pageSize.height()));
        return list;
    };
    const bool toc = hasTocPlaceholders(source);
    QSet<int> breaks;
    std::optional<QList<int>> filled;
    std::unique_ptr<QTextDocument> doc;
    QList<int> sectionPages;
    for (int round = 0; round < 6; ++round) {
        doc = layoutCopy(breaks, filled ? &*filled : nullptr);
        sectionPages = pagesOf(doc.get());
        const QSet<int> stranded = strandedHeadings(doc.get(), pageSize.height());
        const bool contentsRight = !toc || (filled && *filled == sectionPages);
        if (stranded.isEmpty() && contentsRight)
            break;
        breaks.unite(stranded);
        if (toc)
            filled = sectionPages;
    }
    const int pages = doc->pageCount();
    // The running head of a sheet belongs to the section in force at its top: the last one that
    // starts before the sheet, or right at its top.
    QList<qreal> sectionTops;
    for (const DocumentSection &s : sections)
        sectionTops.append(lineTop(doc.get(), s.position));

    QPainter painter;
    if (!painter.begin(device)) {
        return Error {QCoreApplication::translate("broadsheet::DocumentPrinter",
                                                  "Printing could not start: the printer or the output file "
                                                  "could not be opened. Check that the folder is writable.")};
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor muted(0x66, 0x63, 0x5e);
    const QString title = doc->metaInformation(QTextDocument::DocumentTitle);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            painter.end();
            return Error {QCoreApplication::translate("broadsheet::DocumentPrinter",
                                                      "Printing stopped at page %1: the device refused a new page.")
                              .arg(page + 1)};
        }
        painter.save();
        painter.translate(body.left(), body.top());
        painter.scale(scale, scale);
        painter.translate(0, -page * pageSize.height());
        const QRectF clip(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        // Lines are drawn when their box meets context.clip; the leading under the last line of
        // the previous sheet reaches a few pixels into this one, and that line must not be drawn
        // again here (clipped out of sight, its text would still be in the PDF's text); likewise the
        // first line of the next sheet, which Qt places a hair above its top edge.
        context.clip = clip.adjusted(0, 12, 0, -2);
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(headFont);
        painter.setPen(muted);
        if (m_setup.header) {
            int current = -1;
            const qreal top = page * pageSize.height() + 4;
            for (int i = 0; i < sectionTops.size(); ++i) {
                if (sectionTops.at(i) <= top && (current < 0 || sectionTops.at(i) >= sectionTops.at(current)))
                    current = i;
            }
            QString left = current >= 0 ? sections.at(current).headerLeft : title;
            // The sheet where an article starts shows its headline big already.
            QString right = current >= 0 && sectionPages.at(current) < page ? sections.at(current).headerRight : QString();
            const qreal baseline = headMetrics.ascent();
            const qreal leftWidth = headMetrics.horizontalAdvance(left);
            right = headMetrics.elidedText(right, Qt::ElideRight, body.width() - leftWidth - 24 * pt);
            painter.drawText(QPointF(0, baseline), left);
            painter.drawText(QPointF(body.width() - headMetrics.horizontalAdvance(right), baseline), right);
            painter.setPen(QPen(QColor(0xbb, 0xb6, 0xad), 0.5 * pt));
            const qreal y = headMetrics.height() + 3 * pt;
            painter.drawLine(QPointF(0, y), QPointF(body.width(), y));
            painter.setPen(muted);
        }
        if (m_setup.footer) {
            const QString number = QStringLiteral("%1 / %2").arg(page + 1).arg(pages);
            const qreal y = paper.height() - headMetrics.descent();
            painter.drawText(QPointF((body.width() - headMetrics.horizontalAdvance(number)) / 2, y), number);
        }
    }
    if (!painter.end()) {
        return Error {QCoreApplication::translate("broadsheet::DocumentPrinter",
                                                  "Printing did not finish: the output could not be written "
                                                  "(is the disk full?).")};
    }
    m_pageCount = pages;
    return success();
}

} // namespace broadsheet
