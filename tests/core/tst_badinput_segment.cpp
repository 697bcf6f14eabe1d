// The bad-input matrix through the parse path: decodeText, then PageSegmenter and the page JSON.
#include "core/pagejson.h"
#include "core/pagesegmenter.h"
#include "text/textdecoder.h"

#include <QFile>
#include <QTest>

using namespace broadsheet;

namespace {

Page parse(const QByteArray &bytes, const QString &name)
{
    const Result<DecodedText> decoded = decodeText(bytes, name);
    if (!decoded.ok())
        qFatal("%s", qPrintable(decoded.error()));
    PageHints hints;
    hints.source = name;
    hints.encoding = decoded->encoding;
    return PageSegmenter().segment(decoded->text, hints);
}

QByteArray readBad(const QString &name)
{
    QFile f(QStringLiteral(BROADSHEET_TEST_DATA "/bad/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

// Everything a page holds as text, for checks that no article is made of bare markup.
QStringList articleTexts(const Article &a)
{
    QStringList texts { a.kicker, a.headline, a.subheadline, a.byline, a.dateline };
    for (const Block &b : a.blocks)
        texts << b.text;
    for (const Caption &c : a.captions)
        texts << c.text;
    texts.removeAll(QString());
    return texts;
}

bool onlyMarkup(const QString &s)
{
    for (const QChar c : s) {
        if (!c.isSpace() && !QStringLiteral("#*>-|_=`~").contains(c))
            return false;
    }
    return true;
}

// The page survives its own JSON: what the library stores is what the segmenter made.
void checkJsonRoundTrip(const Page &page)
{
    const QByteArray json = pageToJson(page);
    const Result<Page> back = pageFromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error()));
    QCOMPARE(pageToJson(back.value()), json);
}

} // namespace

class TestBadInputSegment : public QObject {
    Q_OBJECT

private slots:
    void emptyPagesGiveAWarning_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("empty") << QStringLiteral("empty.txt");
        QTest::newRow("whitespace only") << QStringLiteral("whitespace-only.txt");
    }

    void emptyPagesGiveAWarning()
    {
        QFETCH(QString, file);
        const Page page = parse(readBad(file), file);
        QVERIFY(page.articles.isEmpty());
        QVERIFY(!page.warnings.isEmpty());
        checkJsonRoundTrip(page);
    }

    void markerRunsMakeNoArticles()
    {
        const Page page = parse(readBad(QStringLiteral("markdown-markers.txt")), QStringLiteral("markdown-markers.txt"));
        QString markupOnly;
        for (const Article &a : page.articles) {
            for (const QString &t : articleTexts(a)) {
                if (markupOnly.isNull() && onlyMarkup(t))
                    markupOnly = t.left(80);
            }
        }
        QVERIFY2(markupOnly.isNull(), qPrintable(markupOnly));
        checkJsonRoundTrip(page);
    }

    void legacyEncodingsSegment_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("headline");
        QTest::newRow("GB18030") << QStringLiteral("gb18030-nobom.txt") << QStringLiteral("GB18030")
                                 << QStringLiteral("青川县春耕备耕有序推进");
        QTest::newRow("Big5") << QStringLiteral("big5-nobom.txt") << QStringLiteral("Big5")
                              << QStringLiteral("瀾江區舉辦社區運動會");
        QTest::newRow("UTF-16BE") << QStringLiteral("utf16be-bom.txt") << QStringLiteral("UTF-16BE")
                                  << QStringLiteral("云澜新闻");
    }

    void legacyEncodingsSegment()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, headline);
        const Page page = parse(readBad(file), file);
        QCOMPARE(page.encoding, encoding);
        QCOMPARE(page.articles.size(), 1);
        QCOMPARE(page.articles.first().headline, headline);
        QVERIFY(!page.articles.first().blocks.isEmpty());
        checkJsonRoundTrip(page);
    }

    void mixedLineEndingsSegmentLikeLf()
    {
        const QByteArray mixed = readBad(QStringLiteral("mixed-line-endings.txt"));
        QByteArray lf = mixed;
        lf.replace("\r\n", "\n").replace('\r', '\n');
        const Page a = parse(mixed, QStringLiteral("m.txt"));
        const Page b = parse(lf, QStringLiteral("m.txt"));
        QCOMPARE(a.articles, b.articles);
    }

    void byteOrderMarkInsideAPage()
    {
        // Fuzzing found a UTF-16 page whose second BOM began a paragraph: Qt's JSON reader drops a
        // U+FEFF that starts a string, so the page JSON did not survive a round trip.
        QByteArray bytes = "\xFF\xFE";
        for (const QString &part : { QStringLiteral("# 云澜观察\r\n\r\n"), QStringLiteral("\uFEFF一人一户。\r\n") }) {
            for (const QChar c : part)
                bytes += char(c.unicode() & 0xFF), bytes += char(c.unicode() >> 8);
        }
        const Page page = parse(bytes, QStringLiteral("bom.txt"));
        QCOMPARE(page.encoding, QStringLiteral("UTF-16LE"));
        checkJsonRoundTrip(page);
        QVERIFY(!pageToJson(page).contains("\xEF\xBB\xBF"));
    }

    void fiftyMegabyteLine()
    {
        // One 50 MB line of body text with no structure: the segmenter must finish and keep it all.
        const QString unit = QStringLiteral("云澜日报第三版报道，");
        QString text;
        text.reserve(17 * 1024 * 1024);
        while (text.size() + unit.size() <= 50 * 1024 * 1024 / 3)
            text += unit;
        const Page page = PageSegmenter().segment(text + QLatin1Char('\n'));
        qsizetype kept = 0;
        for (const Article &a : page.articles) {
            for (const QString &t : articleTexts(a))
                kept += t.size();
        }
        QVERIFY2(kept >= text.size() * 99 / 100, qPrintable(QStringLiteral("kept %1 of %2").arg(kept).arg(text.size())));
    }

    void hundredThousandTinyParagraphs()
    {
        QString text = QStringLiteral("# 云澜简讯\n\n");
        for (int i = 0; i < 100000; ++i)
            text += QStringLiteral("第%1条简讯。\n\n").arg(i);
        const Page page = PageSegmenter().segment(text);
        qsizetype paragraphs = 0;
        for (const Article &a : page.articles)
            paragraphs += a.blocks.size();
        QVERIFY(!page.articles.isEmpty());
        QCOMPARE(page.articles.first().headline, QStringLiteral("云澜简讯"));
        QCOMPARE(paragraphs, 100000);
        checkJsonRoundTrip(page);
    }
};

QTEST_GUILESS_MAIN(TestBadInputSegment)
#include "tst_badinput_segment.moc"
