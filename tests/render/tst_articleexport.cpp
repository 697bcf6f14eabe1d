// Tests of the exports (HTML, Markdown, text, PDF) and the print path, on the demo issue and the real samples.
#include "render/articleexporter.h"
#include "render/articlelayout.h"
#include "render/citation.h"
#include "render/markdownwriter.h"
#include "renderfixtures.h"

#include <QPageLayout>
#include <QPrinter>
#include <QTemporaryDir>

#include <thread>

using namespace broadsheet;
using namespace broadsheet::testing;

namespace {

int countOf(const QString &haystack, const QString &needle) { return int(haystack.count(needle)); }

// The area between running head and footer, in PDF points, for pdftotext -x/-y/-W/-H.
QRectF bodyArea(const PageSetup &setup)
{
    const QRectF page = setup.pageSize.rect(QPageSize::Point);
    const qreal mm = 72.0 / 25.4;
    const qreal top = setup.margins.top() * mm + 18;  // header line and rule end above this
    const qreal bottom = setup.margins.bottom() * mm + 18;
    return QRectF(0, top, page.width(), page.height() - top - bottom);
}

// Fails unless the PDF's text holds the headline and every body paragraph of each article exactly
// (white space aside), in reading order.
void verifyPdfHoldsArticles(const QString &pdf, const QList<ArticleInput> &articles, const PageSetup &setup)
{
    const QString text = squeezed(pdfText(pdf, bodyArea(setup)));
    // No text twice: a line at the foot of a sheet must not come back (clipped) on the next one.
    QString source;
    for (const ArticleInput &in : articles) {
        for (const ArticlePart &part : in.parts) {
            for (const Block &b : part.article.blocks)
                source += squeezed(b.text) + QLatin1Char('\n');
        }
    }
    for (const QString &paragraph : source.split(QLatin1Char('\n'))) {
        if (paragraph.size() >= 12)
            QVERIFY2(text.count(paragraph) <= source.count(paragraph),
                     qPrintable(QStringLiteral("text repeated in %1: %2").arg(pdf, paragraph.left(40))));
    }
    qsizetype at = 0;
    for (const ArticleInput &in : articles) {
        const QString headline = squeezed(in.headline());
        if (!headline.isEmpty()) {
            const qsizetype found = text.indexOf(headline, at);
            QVERIFY2(found >= 0, qPrintable(QStringLiteral("headline missing from %1: %2").arg(pdf, in.headline())));
            at = found;
        }
        for (const ArticlePart &part : in.parts) {
            QString dateline = part.article.dateline;
            for (const Block &b : part.article.blocks) {
                const QString expected = squeezed(dateline + b.text);
                dateline.clear();
                const qsizetype found = text.indexOf(expected, at);
                QVERIFY2(found >= 0, qPrintable(QStringLiteral("body text missing from %1 (%2): %3")
                                                    .arg(pdf, in.headline(), b.text.left(40))));
                at = found + expected.size();
            }
        }
    }
}

void verifyEmbeddedCjkFont(const QString &pdf)
{
    const QStringList lines = toolOutput(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    bool cjk = false;
    for (const QString &line : lines) {
        if (!line.contains(QLatin1String("CJK")))
            continue;
        const QStringList cols = line.simplified().split(QLatin1Char(' '));
        // name type... encoding emb sub uni object ID: "emb" is the 5th column from the end.
        QVERIFY(cols.size() >= 7);
        QCOMPARE(cols.at(cols.size() - 5), QStringLiteral("yes"));
        cjk = true;
    }
    QVERIFY2(cjk, qPrintable(QStringLiteral("no CJK font in %1").arg(pdf)));
}

} // namespace

class TestArticleExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    bool m_failed = false;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { m_failed = m_failed || QTest::currentTestFailed(); }
    void cleanupTestCase()
    {
        if (m_failed) { // keep the files to look at
            m_dir.setAutoRemove(false);
            qInfo("exported files kept in %s", qPrintable(m_dir.path()));
        }
    }

    void formatsByName()
    {
        QCOMPARE(ArticleExporter::formatFromName(QStringLiteral("PDF")), ExportFormat::Pdf);
        QCOMPARE(ArticleExporter::formatFromName(QStringLiteral("md")), ExportFormat::Markdown);
        QCOMPARE(ArticleExporter::formatFromName(QStringLiteral("txt")), ExportFormat::Text);
        QCOMPARE(ArticleExporter::formatFromName(QStringLiteral("html")), ExportFormat::Html);
        QVERIFY(!ArticleExporter::formatFromName(QStringLiteral("docx")));
    }

    void htmlKeepsTheStructure()
    {
        for (const ArticleInput &in : inputsOf(demoPages())) {
            const QString html = QString::fromUtf8(ArticleExporter().exportToBytes(ArticleCollection::of(in), ExportFormat::Html).value());
            QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh\">")));
            QVERIFY(html.contains(QStringLiteral("<style>")));
            QVERIFY(!html.contains(QStringLiteral("<link")) && !html.contains(QStringLiteral(" src=")));
            QCOMPARE(countOf(html, QStringLiteral("<h1>")), 1);
            QVERIFY(html.contains(QStringLiteral("<h1>%1</h1>").arg(in.headline().toHtmlEscaped())));
            int subheads = 0, captions = 0;
            for (const ArticlePart &part : in.parts) {
                const Article &a = part.article;
                for (const Block &b : a.blocks) {
                    if (b.kind == Block::Kind::Subhead) {
                        ++subheads;
                        QVERIFY(html.contains(QStringLiteral("<h3>%1</h3>").arg(b.text.toHtmlEscaped())));
                    } else {
                        QVERIFY(html.contains(b.text.toHtmlEscaped()));
                    }
                }
                for (const Caption &c : a.captions) {
                    ++captions;
                    QVERIFY(html.contains(QStringLiteral("<figure><figcaption>%1").arg(c.text.toHtmlEscaped())));
                    if (!c.credit.isEmpty())
                        QVERIFY(html.contains(QStringLiteral("<span class=\"credit\">%1</span></figcaption>").arg(c.credit.toHtmlEscaped())));
                }
            }
            QCOMPARE(countOf(html, QStringLiteral("<h3>")), subheads);
            QCOMPARE(countOf(html, QStringLiteral("<figure>")), captions);
            const Article &head = in.parts.first().article;
            if (!head.subheadline.isEmpty())
                QVERIFY(html.contains(QStringLiteral("<h2 class=\"subheadline\">%1</h2>").arg(head.subheadline.toHtmlEscaped())));
            if (!head.kicker.isEmpty())
                QVERIFY(html.indexOf(head.kicker.toHtmlEscaped()) < html.indexOf(QStringLiteral("<h1>")));
            QVERIFY(html.contains(QStringLiteral("<p class=\"source\">云澜日报")));
            // Every element opened is closed.
            for (const char *tag : {"article", "header", "figure", "figcaption", "p", "h1", "h2", "h3", "main"})
                QCOMPARE(countOf(html, QStringLiteral("<%1>").arg(QLatin1String(tag))) + countOf(html, QStringLiteral("<%1 ").arg(QLatin1String(tag))),
                         countOf(html, QStringLiteral("</%1>").arg(QLatin1String(tag))));
        }
    }

    void htmlCollectionHasContentsAndCitations()
    {
        ArticleCollection clip;
        clip.title = QStringLiteral("剪报");
        clip.articles = inputsOf(demoPages());
        const QString html = QString::fromUtf8(ArticleExporter().exportToBytes(clip, ExportFormat::Html).value());
        QCOMPARE(countOf(html, QStringLiteral("<h1")), 1);
        QCOMPARE(countOf(html, QStringLiteral("<h2>")), int(std::count_if(clip.articles.begin(), clip.articles.end(),
                                                                          [](const ArticleInput &a) { return !a.headline().isEmpty(); })));
        QCOMPARE(countOf(html, QStringLiteral("<p class=\"cite\">")), clip.articles.size());
        for (int i = 0; i < clip.articles.size(); ++i) {
            QVERIFY(html.contains(QStringLiteral("<a href=\"#article-%1\">").arg(i + 1)));
            QVERIFY(html.contains(QStringLiteral("<article id=\"article-%1\">").arg(i + 1)));
            QVERIFY(html.contains(Citation::from(clip.articles.at(i)).readerText().toHtmlEscaped()));
        }
    }

    void markdownKeepsTheStructure()
    {
        for (const ArticleInput &in : inputsOf(demoPages())) {
            const QString md = QString::fromUtf8(ArticleExporter().exportToBytes(ArticleCollection::of(in), ExportFormat::Markdown).value());
            const QStringList lines = md.split(QLatin1Char('\n'));
            QCOMPARE(lines.count(QStringLiteral("# ") + MarkdownWriter::escape(in.headline())), 1);
            int subheads = 0, captions = 0;
            for (const ArticlePart &part : in.parts) {
                for (const Block &b : part.article.blocks) {
                    if (b.kind == Block::Kind::Subhead) {
                        ++subheads;
                        QVERIFY(lines.contains(QStringLiteral("### ") + MarkdownWriter::escape(b.text)));
                    } else {
                        QVERIFY(md.contains(MarkdownWriter::escape(b.text)));
                    }
                }
                for (const Caption &c : part.article.captions) {
                    ++captions;
                    QVERIFY(md.contains(QStringLiteral("> 图：") + MarkdownWriter::escape(c.text)));
                }
            }
            QCOMPARE(int(std::count_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(QLatin1String("### ")); })), subheads);
            QCOMPARE(int(std::count_if(lines.begin(), lines.end(), [](const QString &l) { return l.startsWith(QLatin1String("> ")); })), captions);
            const Article &head = in.parts.first().article;
            if (!head.subheadline.isEmpty())
                QVERIFY(lines.contains(QStringLiteral("## ") + MarkdownWriter::escape(head.subheadline)));
            if (!head.dateline.isEmpty())
                QVERIFY(md.contains(QStringLiteral("**%1** ").arg(MarkdownWriter::escape(head.dateline))));
        }
        QCOMPARE(MarkdownWriter::escape(QStringLiteral("1. *注* [a]")), QStringLiteral("1\\. \\*注\\* \\[a\\]"));
        QCOMPARE(MarkdownWriter::escape(QStringLiteral("# 非标题")), QStringLiteral("\\# 非标题"));
    }

    void plainTextHoldsEverything_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("demo") << QString();
        QTest::newRow("real samples") << samplesDir();
    }

    void plainTextHoldsEverything()
    {
        QFETCH(QString, folder);
        if (!folder.isEmpty() && !QDir(folder).exists())
            QSKIP(qPrintable(QStringLiteral("%1 does not exist (set BROADSHEET_SAMPLES_DIR to the real sample pages)").arg(folder)));
        const QList<ArticleInput> inputs = folder.isEmpty() ? inputsOf(demoPages()) : inputsOf(segmentedPages(folder), false);
        for (const ArticleInput &in : inputs) {
            const QString text = QString::fromUtf8(ArticleExporter().exportToBytes(ArticleCollection::of(in), ExportFormat::Text).value());
            if (!in.headline().isEmpty())
                QVERIFY(text.startsWith(in.parts.first().article.kicker.isEmpty() && in.parts.first().article.column.isEmpty()
                                            ? in.headline().trimmed() : QString()));
            for (const ArticlePart &part : in.parts) {
                for (const Block &b : part.article.blocks)
                    QVERIFY(text.contains(b.text.trimmed()));
                for (const Caption &c : part.article.captions)
                    QVERIFY(text.contains(QStringLiteral("图：") + c.text.trimmed()));
            }
        }
    }

    void pdfHoldsHeadlineAndBody_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("demo") << QString();
        QTest::newRow("real samples") << samplesDir();
    }

    void pdfHoldsHeadlineAndBody()
    {
        QFETCH(QString, folder);
        if (!folder.isEmpty() && !QDir(folder).exists())
            QSKIP(qPrintable(QStringLiteral("%1 does not exist (set BROADSHEET_SAMPLES_DIR to the real sample pages)").arg(folder)));
        const PageSetup setup;
        const ArticleExporter exporter(setup);
        if (folder.isEmpty()) {
            // One PDF per article of the demo issue.
            const QList<ArticleInput> inputs = inputsOf(demoPages());
            for (int i = 0; i < inputs.size(); ++i) {
                const QString file = path(QStringLiteral("demo-%1.pdf").arg(i));
                const Status s = exporter.exportToFile(ArticleCollection::of(inputs.at(i)), ExportFormat::Pdf, file);
                QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error()));
                verifyPdfHoldsArticles(file, {inputs.at(i)}, setup);
                if (QTest::currentTestFailed())
                    return;
                verifyEmbeddedCjkFont(file);
            }
            return;
        }
        // One PDF per real page: its articles as a collection.
        const QList<LoadedPage> pages = segmentedPages(folder);
        QVERIFY(!pages.isEmpty());
        for (const LoadedPage &page : pages) {
            ArticleCollection c;
            c.title = page.name;
            c.articles = inputsOf({page}, false);
            if (c.articles.isEmpty())
                continue;
            const QString file = path(page.name + QStringLiteral(".pdf"));
            const Status s = exporter.exportToFile(c, ExportFormat::Pdf, file);
            QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error()));
            verifyPdfHoldsArticles(file, c.articles, setup);
            if (QTest::currentTestFailed())
                return;
            verifyEmbeddedCjkFont(file);
        }
    }

    void clippingPdfHasContentsWithPageNumbers()
    {
        ArticleCollection clip;
        clip.title = QStringLiteral("剪报");
        clip.articles = inputsOf(demoPages());
        const PageSetup setup;
        ArticleExporter exporter(setup);
        const QString file = path(QStringLiteral("clipping.pdf"));
        QVERIFY(exporter.exportToFile(clip, ExportFormat::Pdf, file).ok());
        const int pages = exporter.pageCount();
        QVERIFY(pages >= 3);
        const QString first = pdfText(file + QString(), {}).split(QLatin1Char('\f')).first();
        QVERIFY(first.contains(QStringLiteral("目录")));
        const QString all = pdfText(file);
        QCOMPARE(countOf(all, QStringLiteral("引用：")), clip.articles.size());
        // Each entry of the contents names the page on which its article's headline is printed.
        const QStringList sheets = all.split(QLatin1Char('\f'));
        const QStringList contentLines = first.split(QLatin1Char('\n'));
        int lastPage = 0;
        for (int i = 0; i < clip.articles.size(); ++i) {
            const QString headline = clip.articles.at(i).headline();
            QString entryPage;
            for (int l = 0; l < contentLines.size(); ++l) {
                if (contentLines.at(l).startsWith(QStringLiteral("%1．%2").arg(i + 1).arg(headline))) {
                    // pdftotext lists the page numbers column after the titles column
                    const QRegularExpression number(QStringLiteral("^(\\d+)$"));
                    int seen = 0;
                    for (int k = 0; k < contentLines.size(); ++k) {
                        if (number.match(contentLines.at(k)).hasMatch() && seen++ == i)
                            entryPage = contentLines.at(k);
                    }
                }
            }
            QVERIFY2(!entryPage.isEmpty(), qPrintable(headline));
            const int page = entryPage.toInt();
            QVERIFY(page >= lastPage && page <= pages);
            lastPage = page;
            QVERIFY2(squeezed(sheets.at(page - 1)).contains(squeezed(headline)),
                     qPrintable(QStringLiteral("%1 not on page %2").arg(headline).arg(page)));
        }
    }

    void noSheetEndsWithAHeading_data()
    {
        QTest::addColumn<qreal>("fontSize");
        for (qreal size : {9.0, 10.5, 12.0, 14.0})
            QTest::newRow(qPrintable(QStringLiteral("%1 pt").arg(size))) << size;
    }

    void noSheetEndsWithAHeading()
    {
        QFETCH(qreal, fontSize);
        ArticleCollection clip;
        clip.title = QStringLiteral("剪报");
        clip.articles = inputsOf(demoPages());
        QStringList headings;
        for (const ArticleInput &in : clip.articles) {
            for (const ArticlePart &part : in.parts) {
                const Article &a = part.article;
                for (const QString &h : {a.column, a.kicker, a.headline, a.subheadline, a.byline})
                    headings << squeezed(h);
                for (const Block &b : a.blocks) {
                    if (b.kind == Block::Kind::Subhead)
                        headings << squeezed(b.text);
                }
            }
        }
        headings.removeAll(QString());
        PageSetup setup;
        setup.fontPointSize = fontSize;
        const QString file = path(QStringLiteral("headings.pdf"));
        QVERIFY(ArticleExporter(setup).exportToFile(clip, ExportFormat::Pdf, file).ok());
        const QStringList sheets = pdfText(file, bodyArea(setup)).split(QLatin1Char('\f'));
        for (int i = 0; i + 1 < sheets.size(); ++i) {
            QStringList lines = sheets.at(i).split(QLatin1Char('\n'));
            lines.removeAll(QString());
            if (lines.isEmpty())
                continue;
            const QString last = squeezed(lines.last());
            for (const QString &h : headings) {
                QVERIFY2(last.size() < 4 || !h.endsWith(last),
                         qPrintable(QStringLiteral("sheet %1 ends with the heading %2").arg(i + 1).arg(h)));
            }
        }
    }

    void printPathRendersThroughQPrinter()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString file = path(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(file);
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A5), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        PageSetup setup;
        setup.fontPointSize = 9;
        setup.serif = false;
        const QList<ArticleInput> inputs = inputsOf(demoPages());
        ArticleExporter exporter(setup);
        const Status s = exporter.print(ArticleCollection::of(inputs.first()), &printer, false);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error()));
        QVERIFY(exporter.pageCount() >= 2); // A5 with a long article
        const QString info = toolOutput(QStringLiteral("pdfinfo"), {file});
        QVERIFY2(info.contains(QStringLiteral("420 x 595")) || info.contains(QStringLiteral("419.528 x 595.276")), qPrintable(info));
        const QString text = squeezed(pdfText(file));
        QVERIFY(text.contains(squeezed(inputs.first().headline())));
        QVERIFY(text.contains(squeezed(inputs.first().parts.first().article.blocks.first().text)));
        QVERIFY(text.contains(QStringLiteral("1/%1").arg(exporter.pageCount())));
        verifyEmbeddedCjkFont(file);
    }

    void pdfTextIsNotRadicalsOrLigatures()
    {
        // 日, 民, 人 share glyphs with Kangxi/supplement radicals; "——" is one ligature glyph in Noto CJK.
        Article a;
        a.headline = QStringLiteral("人民日报——长江");
        a.blocks = {Block {Block::Kind::Paragraph, QStringLiteral("今日是星期日。人民——")}};
        const QString file = path(QStringLiteral("radicals.pdf"));
        QVERIFY(ArticleExporter().exportToFile(ArticleCollection::of(ArticleInput::single(a)), ExportFormat::Pdf, file).ok());
        const QString text = pdfText(file);
        QVERIFY2(text.contains(QStringLiteral("人民日报——长江")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("今日是星期日。人民——")));
        for (QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(text));
    }

    void exportsOnAWorkerThread()
    {
        // The GUI exports off its UI thread; nothing here may need the main thread.
        const ArticleCollection one = ArticleCollection::of(inputsOf(demoPages()).first());
        Result<QByteArray> pdf = Error {QString()};
        std::thread worker([&] { pdf = ArticleExporter().exportToBytes(one, ExportFormat::Pdf); });
        worker.join();
        QVERIFY2(pdf.ok(), pdf.ok() ? "" : qPrintable(pdf.error()));
        QVERIFY(pdf->startsWith("%PDF-"));
        QVERIFY(pdf->contains("NotoSerifCJK"));
    }

    void errorsAreSentences()
    {
        const Result<QByteArray> none = ArticleExporter().exportToBytes(ArticleCollection(), ExportFormat::Html);
        QVERIFY(!none.ok());
        QVERIFY(none.error().contains(QStringLiteral("nothing to export")));
        Article a;
        a.headline = QStringLiteral("标题");
        const QString bad = path(QStringLiteral("no/such/folder/x.pdf"));
        const Status s = ArticleExporter().exportToFile(ArticleCollection::of(ArticleInput::single(a)), ExportFormat::Pdf, bad);
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QStringLiteral("x.pdf")));
        QVERIFY(!QFile::exists(bad));
    }
};

QTEST_MAIN(TestArticleExport)
#include "tst_articleexport.moc"
