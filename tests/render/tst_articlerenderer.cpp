// Tests of ArticleRenderer (the reader pane's QTextDocument), ArticleLayout and ArticleLink.
#include "render/articlelayout.h"
#include "render/articlelink.h"
#include "render/articlerenderer.h"
#include "renderfixtures.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>

using namespace broadsheet;
using namespace broadsheet::testing;

namespace {

// The QTextBlock whose text is `text`, or an invalid block.
QTextBlock blockWithText(const QTextDocument &doc, const QString &text)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.text() == text)
            return b;
    }
    return {};
}

QStringList anchorsOf(const QTextDocument &doc)
{
    QStringList hrefs;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isAnchor() && !it.fragment().charFormat().anchorHref().isEmpty())
                hrefs << it.fragment().charFormat().anchorHref();
        }
    }
    return hrefs;
}

} // namespace

class TestArticleRenderer : public QObject {
    Q_OBJECT

private slots:
    void linkUrlsRoundTrip()
    {
        const QUrl a = ArticleLink::articleUrl(42);
        QCOMPARE(a.toString(), QStringLiteral("broadsheet://article/42"));
        QCOMPARE(ArticleLink::fromUrl(a)->kind, ArticleLink::Kind::Article);
        QCOMPARE(ArticleLink::fromUrl(a)->value, 42);
        const QUrl p = ArticleLink::pageUrl(4);
        QCOMPARE(p.toString(), QStringLiteral("broadsheet://page/4"));
        QCOMPARE(ArticleLink::fromUrl(p)->kind, ArticleLink::Kind::Page);
        QVERIFY(!ArticleLink::fromUrl(QUrl(QStringLiteral("https://example.org/article/1"))));
        QVERIFY(!ArticleLink::fromUrl(QUrl(QStringLiteral("broadsheet://article/x"))));
        QVERIFY(!ArticleLink::fromUrl(QUrl(QStringLiteral("broadsheet://issue/3"))));
    }

    void headlineStackIsTypesetLargeToSmall()
    {
        const QList<ArticleInput> inputs = inputsOf(demoPages());
        QVERIFY(!inputs.isEmpty());
        const ArticleInput &in = inputs.first(); // 抓项目稳投资: kicker, headline, subheadline, byline
        const Article &a = in.parts.first().article;
        QVERIFY(!a.kicker.isEmpty() && !a.subheadline.isEmpty());
        QTextDocument doc;
        ArticleRenderer(RenderOptions {}).render(&doc, in);
        const QTextBlock kicker = blockWithText(doc, a.kicker);
        const QTextBlock headline = blockWithText(doc, a.headline);
        const QTextBlock sub = blockWithText(doc, a.subheadline);
        QVERIFY(kicker.isValid() && headline.isValid() && sub.isValid());
        QVERIFY(kicker.blockNumber() < headline.blockNumber() && headline.blockNumber() < sub.blockNumber());
        const QTextCharFormat h = headline.begin().fragment().charFormat();
        QVERIFY(h.fontWeight() >= QFont::Bold);
        QVERIFY(h.fontPointSize() > 1.5 * kicker.begin().fragment().charFormat().fontPointSize());
        QVERIFY(h.fontPointSize() > sub.begin().fragment().charFormat().fontPointSize());
        QCOMPARE(headline.blockFormat().alignment() & Qt::AlignHorizontal_Mask, Qt::AlignHCenter);
        // Every paragraph, in order, justified with a first-line indent.
        int last = -1;
        for (const ArticlePart &part : in.parts) {
            for (const Block &b : part.article.blocks) {
                const QTextBlock tb = blockWithText(doc, b.text);
                QVERIFY2(tb.isValid(), qPrintable(b.text));
                QVERIFY(tb.blockNumber() > last);
                last = tb.blockNumber();
                if (b.kind == Block::Kind::Paragraph)
                    QVERIFY(tb.blockFormat().textIndent() > 0);
            }
        }
        QCOMPARE(doc.metaInformation(QTextDocument::DocumentTitle), a.headline);
    }

    void datelineLeadsTheFirstParagraphInBold()
    {
        for (const ArticleInput &in : inputsOf(demoPages())) {
            const Article &a = in.parts.first().article;
            if (a.dateline.isEmpty() || a.blocks.isEmpty())
                continue;
            QTextDocument doc;
            ArticleRenderer().render(&doc, in);
            const QTextBlock first = blockWithText(doc, a.dateline + QLatin1Char(' ') + a.blocks.first().text);
            QVERIFY2(first.isValid(), qPrintable(a.headline));
            QVERIFY(first.begin().fragment().charFormat().fontWeight() >= QFont::Bold);
            QCOMPARE(first.begin().fragment().text(), a.dateline);
            return;
        }
        QFAIL("the demo issue has no article with a dateline");
    }

    void captionsAreSetApartWithTheirCredit()
    {
        bool seen = false;
        for (const ArticleInput &in : inputsOf(demoPages())) {
            for (const Caption &c : in.parts.first().article.captions) {
                QTextDocument doc;
                ArticleRenderer().render(&doc, in);
                const QString text = c.credit.isEmpty() ? c.text : c.text + QStringLiteral("　") + c.credit;
                const QTextBlock block = blockWithText(doc, text);
                QVERIFY2(block.isValid(), qPrintable(text));
                QTextCursor cursor(block);
                QVERIFY(cursor.currentFrame() != doc.rootFrame()); // in its own shaded frame
                QVERIFY(cursor.currentFrame()->frameFormat().background().style() != Qt::NoBrush);
                seen = true;
            }
        }
        QVERIFY(seen);
    }

    void jumpNotesLinkToTheOtherPart()
    {
        const QList<LoadedPage> pages = demoPages();
        ArticleInput whole;
        for (const ArticleInput &in : inputsOf(pages)) {
            if (in.parts.size() == 2 && in.parts.first().page == 1 && in.parts.at(1).page == 4)
                whole = in;
        }
        QVERIFY2(whole.isValid(), "the demo issue has a continued article (下转第4版)");
        RenderOptions partOnly;
        partOnly.wholeArticle = false;
        QTextDocument head;
        ArticleRenderer(partOnly).render(&head, whole);
        QVERIFY(head.toPlainText().contains(ArticleLayout::jumpToText(4)));
        QCOMPARE(anchorsOf(head), QStringList {ArticleLink::articleUrl(whole.parts.at(1).id).toString()});

        whole.current = 1; // the reader opened the fragment on page 4
        QTextDocument tail;
        ArticleRenderer(partOnly).render(&tail, whole);
        QVERIFY(tail.toPlainText().contains(ArticleLayout::jumpFromText(1)));
        QCOMPARE(anchorsOf(tail), QStringList {ArticleLink::articleUrl(whole.parts.at(0).id).toString()});
        QVERIFY(tail.toPlainText().contains(whole.parts.at(1).article.blocks.first().text));
        QVERIFY(!tail.toPlainText().contains(whole.parts.at(0).article.blocks.first().text));

        // Read whole: both parts, no jump notes, a marker where page 4 begins, both pages in the source.
        QTextDocument all;
        ArticleRenderer().render(&all, whole);
        const QString text = all.toPlainText();
        QVERIFY(text.contains(whole.parts.at(0).article.blocks.last().text));
        QVERIFY(text.contains(whole.parts.at(1).article.blocks.first().text));
        QVERIFY(!text.contains(ArticleLayout::jumpToText(4)));
        QVERIFY(text.contains(ArticleLayout::partBreakText(4)));
        QVERIFY(text.contains(QStringLiteral("第1、4版")));
        QVERIFY(anchorsOf(all).isEmpty());
        QVERIFY(text.indexOf(whole.parts.at(0).article.blocks.last().text)
                < text.indexOf(whole.parts.at(1).article.blocks.first().text));
    }

    void jumpToAPageWhenThePartIsNotStored()
    {
        Article a;
        a.headline = QStringLiteral("标题");
        a.blocks = {Block {Block::Kind::Paragraph, QStringLiteral("正文。")}};
        a.continuesTo = 3;
        QTextDocument doc;
        ArticleRenderer().render(&doc, ArticleInput::single(a, 7, QStringLiteral("某报"), QDate(2024, 1, 2), 1));
        QCOMPARE(anchorsOf(doc), QStringList {QStringLiteral("broadsheet://page/3")});
    }

    void sourceLineNamesPaperDateAndPage()
    {
        const QList<ArticleInput> inputs = inputsOf(demoPages());
        QTextDocument doc;
        ArticleRenderer().render(&doc, inputs.at(1));
        QVERIFY(doc.toPlainText().endsWith(QStringLiteral("云澜日报　2025年3月18日　第1版")));
        RenderOptions noSource;
        noSource.sourceLine = false;
        ArticleRenderer(noSource).render(&doc, inputs.at(1));
        QVERIFY(!doc.toPlainText().contains(QStringLiteral("云澜日报")));
    }

    void searchTermsAreHighlighted()
    {
        const QList<ArticleInput> inputs = inputsOf(demoPages());
        RenderOptions options;
        options.highlightTerms = {QStringLiteral("韩立川"), QStringLiteral("项目")};
        QTextDocument doc;
        ArticleRenderer(options).render(&doc, inputs.first());
        const QString plain = doc.toPlainText();
        const int expected = int(plain.count(QStringLiteral("韩立川")) + plain.count(QStringLiteral("项目")));
        QVERIFY(expected > 3);
        const QList<QTextCursor> marks = ArticleRenderer::highlights(&doc);
        QCOMPARE(marks.size(), expected);
        for (const QTextCursor &c : marks) {
            QVERIFY(c.selectedText() == QStringLiteral("韩立川") || c.selectedText() == QStringLiteral("项目"));
            QVERIFY(c.charFormat().background().style() != Qt::NoBrush);
        }
        // A matcher of the caller's (e.g. the search engine's folding one) adds its ranges.
        options.highlightTerms.clear();
        options.highlighter = [](const QString &text) {
            QList<std::pair<int, int>> r;
            if (text.size() > 4)
                r.append({0, 2});
            return r;
        };
        ArticleRenderer(options).render(&doc, inputs.first());
        QVERIFY(!ArticleRenderer::highlights(&doc).isEmpty());
    }

    void darkThemeUsesLightText()
    {
        RenderOptions dark;
        dark.theme = RenderOptions::Theme::Dark;
        QTextDocument doc;
        ArticleRenderer(dark).render(&doc, inputsOf(demoPages()).first());
        const QString headline = inputsOf(demoPages()).first().headline();
        const QColor c = blockWithText(doc, headline).begin().fragment().charFormat().foreground().color();
        QVERIFY(c.lightness() > 180);
        QVERIFY(dark.background().lightness() < 60);
    }

    void everySampleArticleRendersItsText_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("demo raw pages") << demoRawDir();
        QTest::newRow("real samples") << samplesDir();
    }

    void everySampleArticleRendersItsText()
    {
        QFETCH(QString, folder);
        if (!QDir(folder).exists())
            QSKIP(qPrintable(QStringLiteral("%1 does not exist (set BROADSHEET_SAMPLES_DIR to the real sample pages)").arg(folder)));
        const QList<ArticleInput> inputs = inputsOf(segmentedPages(folder), false);
        QVERIFY(!inputs.isEmpty());
        for (const ArticleInput &in : inputs) {
            QTextDocument doc;
            ArticleRenderer().render(&doc, in);
            const QString text = doc.toPlainText();
            const Article &a = in.parts.first().article;
            if (!a.headline.isEmpty())
                QVERIFY(text.contains(a.headline.trimmed()));
            for (const Block &b : a.blocks)
                QVERIFY2(text.contains(b.text.trimmed()), qPrintable(b.text.left(30)));
            for (const Caption &c : a.captions)
                QVERIFY(text.contains(c.text.trimmed()));
        }
    }
};

QTEST_MAIN(TestArticleRenderer)
#include "tst_articlerenderer.moc"
