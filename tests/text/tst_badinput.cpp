// The bad-input matrix (tests/data/bad, plus large inputs generated here): what decodeText makes of each.
#include "text/textdecoder.h"

#include <QFile>
#include <QTest>

using namespace broadsheet;

namespace {

QByteArray readBad(const QString &name)
{
    QFile f(QStringLiteral(BROADSHEET_TEST_DATA "/bad/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("contains"); // a piece of the decoded text
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QStringLiteral("UTF-8") << QString();
        QTest::newRow("whitespace only") << QStringLiteral("whitespace-only.txt") << QStringLiteral("UTF-8")
                                         << QStringLiteral("\n\t\n   \n\u3000\n");
        QTest::newRow("UTF-16BE with BOM") << QStringLiteral("utf16be-bom.txt") << QStringLiteral("UTF-16BE")
                                           << QStringLiteral("# 云澜新闻\n\n本报讯 白鹭洲新区");
        QTest::newRow("UTF-32LE with BOM") << QStringLiteral("utf32le-bom.txt") << QStringLiteral("UTF-32LE")
                                           << QStringLiteral("# 标题\n正文。\n");
        QTest::newRow("GB18030 without BOM") << QStringLiteral("gb18030-nobom.txt") << QStringLiteral("GB18030")
                                             << QStringLiteral("县农业农村局负责人介绍");
        QTest::newRow("Big5 without BOM") << QStringLiteral("big5-nobom.txt") << QStringLiteral("Big5")
                                          << QStringLiteral("本報訊 瀾江區日前舉辦第三屆社區運動會");
        QTest::newRow("mixed line endings") << QStringLiteral("mixed-line-endings.txt") << QStringLiteral("UTF-8")
                                            << QStringLiteral("# Title one\n\nFirst paragraph.\nSecond paragraph.\n\n"
                                                              "## Sub\n\nThird.\n");
        QTest::newRow("markdown marker runs") << QStringLiteral("markdown-markers.txt") << QStringLiteral("UTF-8")
                                              << QStringLiteral("#####\n*****");
    }

    void decodes()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        QFETCH(QString, contains);
        const Result<DecodedText> r = decodeText(readBad(file), file);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
        QCOMPARE(r->encoding, encoding);
        QVERIFY(!r->text.contains(QLatin1Char('\r')));
        QVERIFY(!r->text.contains(QChar::ReplacementCharacter));
        if (contains.isEmpty())
            QVERIFY(r->text.isEmpty());
        else
            QVERIFY2(r->text.contains(contains), qPrintable(r->text.left(200)));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("NUL bytes") << QStringLiteral("nul-bytes.txt")
                                   << QStringLiteral("nul-bytes.txt is not a text file: it holds binary data (a NUL "
                                                     "byte at offset 28).");
        QTest::newRow("PNG") << QStringLiteral("photo.png")
                             << QStringLiteral("photo.png is not a text file: it holds binary data (a NUL byte at "
                                               "offset 8).");
        QTest::newRow("control bytes") << QStringLiteral("control-bytes.bin")
                                       << QStringLiteral("control-bytes.bin is not a text file: it holds binary data "
                                                         "(control bytes, the first at offset 0).");
        QTest::newRow("invalid UTF-8") << QStringLiteral("invalid-utf8.txt")
                                       << QStringLiteral("invalid-utf8.txt is not valid UTF-8: the byte at offset 16 "
                                                         "(0xff) is no part of a UTF-8 character, though the rest of "
                                                         "the file reads as UTF-8. The file may be damaged; re-save "
                                                         "it as UTF-8 and import it again.");
        QTest::newRow("truncated UTF-16") << QStringLiteral("truncated-utf16le.txt")
                                          << QStringLiteral("truncated-utf16le.txt is cut off: it is UTF-16LE text but "
                                                            "its last 1 byte(s), from offset 54, do not make a whole "
                                                            "character. Check that the file was copied completely.");
    }

    void refuses()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        const Result<DecodedText> r = decodeText(readBad(file), file);
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), message);
    }

    void fiftyMegabyteLine()
    {
        // Generated, not committed: 50 MB of one line, mixed Chinese and ASCII, ending in CRLF.
        const QByteArray unit = QStringLiteral("云澜日报第三版Page3，").toUtf8();
        QByteArray bytes;
        bytes.reserve(50 * 1024 * 1024 + 2);
        while (bytes.size() + unit.size() <= 50 * 1024 * 1024)
            bytes.append(unit);
        const qsizetype units = bytes.size() / unit.size();
        bytes.append("\r\n");
        const Result<DecodedText> r = decodeText(bytes, QStringLiteral("line.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(r->text.size(), units * 13 + 1);
        QCOMPARE(r->text.indexOf(QLatin1Char('\n')), r->text.size() - 1);

        // The same line in GB18030 goes through detection and a strict conversion.
        const Result<QByteArray> gb = encodeText(r->text, QStringLiteral("GB18030"));
        QVERIFY(gb.ok());
        const Result<DecodedText> g = decodeText(gb.value(), QStringLiteral("line-gb.txt"));
        QVERIFY(g.ok());
        QCOMPARE(g->encoding, QStringLiteral("GB18030"));
        QCOMPARE(g->text.size(), r->text.size());

        // A bad byte near the end of the 50 MB is reported at its exact offset.
        QByteArray broken = bytes;
        broken[broken.size() - 5] = '\xFF';
        const Result<DecodedText> b = decodeText(broken, QStringLiteral("line.txt"));
        QVERIFY(!b.ok());
        QVERIFY2(b.error().contains(QStringLiteral("offset %1 ").arg(broken.size() - 5)), qPrintable(b.error()));
    }

    void hundredThousandTinyParagraphs()
    {
        QByteArray bytes;
        for (int i = 0; i < 100000; ++i)
            bytes += QStringLiteral("第%1段。\r\n\r\n").arg(i).toUtf8();
        const Result<DecodedText> r = decodeText(bytes, QStringLiteral("tiny.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->text.count(QStringLiteral("\n\n")), 100000);
        QVERIFY(r->text.startsWith(QStringLiteral("第0段。\n\n第1段。\n\n")));
        QVERIFY(r->text.endsWith(QStringLiteral("第99999段。\n\n")));
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
