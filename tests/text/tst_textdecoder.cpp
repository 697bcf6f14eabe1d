// Tests decodeText(): BOMs, strict UTF-8, GB18030/Big5 detection, line ends and the errors for bad bytes.
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace broadsheet;

namespace {

const QString kChinese = QStringLiteral("中华全国总工会发表声明，号召广大职工积极参与。\n"
                                        "记者6日从市场监管总局获悉，截至9月底，经营主体总量持续增长。\n");
const QString kTraditional = QStringLiteral("中華全國總工會發表聲明，號召廣大職工積極參與社會建設。\n"
                                            "記者從市場監管總局獲悉，截至九月底，經營主體總量持續增長，"
                                            "民營企業與個體工商戶的數量都創下歷史新高。\n");

QByteArray encoded(const QString &text, const char *encoding)
{
    Result<QByteArray> bytes = encodeText(text, QString::fromLatin1(encoding));
    if (!bytes.ok())
        qFatal("cannot encode the test text: %s", qPrintable(bytes.error()));
    return bytes.value();
}

} // namespace

class TestTextDecoder : public QObject {
    Q_OBJECT

private slots:
    void emptyInput()
    {
        const auto r = decodeText(QByteArray(), QStringLiteral("empty.txt"));
        QVERIFY(r.ok());
        QVERIFY(r->text.isEmpty());
        QCOMPARE(r->encoding, QStringLiteral("UTF-8"));
    }

    void utf8WithAndWithoutBom()
    {
        const QByteArray plain = kChinese.toUtf8();
        auto r = decodeText(plain, QStringLiteral("a.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->text, kChinese);
        QCOMPARE(r->encoding, QStringLiteral("UTF-8"));

        r = decodeText("\xEF\xBB\xBF" + plain, QStringLiteral("a.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->text, kChinese);
        QCOMPARE(r->encoding, QStringLiteral("UTF-8"));
    }

    void utf16WithBom()
    {
        for (const char *enc : { "UTF-16LE", "UTF-16BE" }) {
            const QByteArray bom = QByteArray(enc).endsWith("LE") ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
            const auto r = decodeText(bom + encoded(kChinese, enc), QStringLiteral("wide.txt"));
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
            QCOMPARE(r->text, kChinese);
            QCOMPARE(r->encoding, QString::fromLatin1(enc));
        }
    }

    void utf16WithoutBomIsRecognised()
    {
        const auto r = decodeText(encoded(kChinese, "UTF-16LE"), QStringLiteral("nobom.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(r->text, kChinese);
    }

    void utf32WithBom()
    {
        const auto r = decodeText(QByteArray("\xFF\xFE\0\0", 4) + encoded(kChinese, "UTF-32LE"), QStringLiteral("w.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->encoding, QStringLiteral("UTF-32LE"));
        QCOMPARE(r->text, kChinese);
    }

    void truncatedUtf16()
    {
        QByteArray bytes = "\xFF\xFE" + encoded(kChinese, "UTF-16LE");
        bytes.chop(1);
        const auto r = decodeText(bytes, QStringLiteral("cut.txt"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QStringLiteral("cut.txt")));
        QVERIFY2(r.error().contains(QStringLiteral("offset %1").arg(bytes.size() - 1)), qPrintable(r.error()));
    }

    void unpairedSurrogateInUtf16()
    {
        QByteArray bytes = "\xFF\xFE" + encoded(QStringLiteral("ab"), "UTF-16LE") + QByteArray("\x00\xD8", 2)
            + encoded(QStringLiteral("cd"), "UTF-16LE");
        const auto r = decodeText(bytes, QStringLiteral("s.txt"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("offset 6")), qPrintable(r.error()));
    }

    void gb18030HardCoded()
    {
        // 中文 in GB2312/GBK/GB18030, then a GB18030 four-byte sequence (U+20000 𠀀).
        const auto r = decodeText(QByteArray("\xD6\xD0\xCE\xC4\r\n\x95\x32\x82\x36"), QStringLiteral("gb.txt"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
        QCOMPARE(r->encoding, QStringLiteral("GB18030"));
        QCOMPARE(r->text, QStringLiteral("中文\n") + QString::fromUcs4(U"\U00020000", 1));
    }

    void gb18030Generated()
    {
        const auto r = decodeText(encoded(kChinese, "GB18030"), QStringLiteral("gb.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->encoding, QStringLiteral("GB18030"));
        QCOMPARE(r->text, kChinese);
    }

    void gb18030RealSamples()
    {
        const QDir dir(QStringLiteral(BROADSHEET_SAMPLES_DIR));
        const QStringList files = dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
        if (files.isEmpty())
            QSKIP("the real sample pages are absent");
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto utf8 = decodeText(f.readAll(), name);
            QVERIFY(utf8.ok());
            QCOMPARE(utf8->encoding, QStringLiteral("UTF-8"));
            Result<QByteArray> gb = encodeText(utf8->text, QStringLiteral("GB18030"));
            QVERIFY(gb.ok());
            const auto back = decodeText(gb.value(), name);
            QVERIFY2(back.ok(), qPrintable(name));
            QCOMPARE(back->encoding, QStringLiteral("GB18030"));
            QCOMPARE(back->text, utf8->text);
        }
    }

    void big5Sample()
    {
        const auto r = decodeText(encoded(kTraditional, "Big5"), QStringLiteral("big5.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->encoding, QStringLiteral("Big5"));
        QCOMPARE(r->text, kTraditional);

        // Short Big5 converts cleanly as GB18030 too; GB18030 would read 中華 as kana (い地).
        const auto s = decodeText(encoded(QStringLiteral("中華民國"), "Big5"), QStringLiteral("short.txt"));
        QVERIFY(s.ok());
        QCOMPARE(s->encoding, QStringLiteral("Big5"));
        QCOMPARE(s->text, QStringLiteral("中華民國"));
    }

    // Hong Kong and Macau text holds characters HKSCS adds to Big5 (氹仔, 嘅, 啲), which plain Big5
    // refuses: such a file is read as Big5-HKSCS, and plain Big5 is still Big5.
    void big5HkscsSample()
    {
        const QString text = QStringLiteral("氹仔碼頭擴建\n【本報訊】運輸工務司昨表示，氹仔客運碼頭擴建工程明年展開，佢哋話啲人會鍾意。\n");
        const QByteArray bytes = encoded(text, "Big5-HKSCS");
        QVERIFY(bytes.contains('\x9C') || bytes.contains('\x87') || bytes.contains('\x88')); // (bytes plain Big5 has no character for)
        const auto r = decodeText(bytes, QStringLiteral("macau.txt"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error()));
        QCOMPARE(r->encoding, QStringLiteral("Big5-HKSCS"));
        QCOMPARE(r->text, text);
        QCOMPARE(decodeText(encoded(kTraditional, "Big5-HKSCS"), QStringLiteral("plain.txt"))->encoding, QStringLiteral("Big5"));
    }

    void lineEndings()
    {
        const auto r = decodeText(QByteArray("a\r\nb\rc\n\r\nd\r"), QStringLiteral("le.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->text, QStringLiteral("a\nb\nc\n\nd\n"));
        const auto w = decodeText("\xFF\xFE" + encoded(QStringLiteral("甲\r\n乙\r丙"), "UTF-16LE"), QStringLiteral("le.txt"));
        QVERIFY(w.ok());
        QCOMPARE(w->text, QStringLiteral("甲\n乙\n丙"));
    }

    void byteOrderMarksInsideTheTextAreDropped()
    {
        // Files concatenated with their BOMs (found by fuzzing: Qt's JSON reader loses a U+FEFF
        // that starts a string, so page JSON did not survive a round trip).
        const auto r = decodeText(QByteArray("\xEF\xBB\xBF# a\n\n\xEF\xBB\xBF" "b\xEF\xBB\xBF" "c"), QStringLiteral("cat.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->text, QStringLiteral("# a\n\nbc"));
        const auto w = decodeText("\xFF\xFE" + encoded(QStringLiteral("甲\r\n\uFEFF乙"), "UTF-16LE"), QStringLiteral("w.txt"));
        QVERIFY(w.ok());
        QCOMPARE(w->text, QStringLiteral("甲\n乙"));
        const auto g = decodeText(encoded(QStringLiteral("中文\uFEFF中文"), "GB18030"), QStringLiteral("g.txt"));
        QVERIFY(g.ok());
        QCOMPARE(g->text, QStringLiteral("中文中文"));
    }

    void invalidUtf8NamesTheOffset()
    {
        QByteArray bytes = kChinese.toUtf8();
        bytes.insert(30, '\xFF');
        const auto r = decodeText(bytes, QStringLiteral("broken.txt"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QStringLiteral("broken.txt")));
        QVERIFY2(r.error().contains(QStringLiteral("offset 30 ")), qPrintable(r.error()));

        // A truncated last character of otherwise valid UTF-8.
        bytes = kChinese.toUtf8() + QByteArray("\xE4\xB8");
        const auto t = decodeText(bytes, QStringLiteral("t.txt"));
        QVERIFY(!t.ok());
        QVERIFY2(t.error().contains(QStringLiteral("offset %1 ").arg(bytes.size() - 2)), qPrintable(t.error()));

        // Behind a UTF-8 BOM, the offset counts the BOM.
        const auto b = decodeText(QByteArray("\xEF\xBB\xBF" "ab\xC0\xAF"), QStringLiteral("bom.txt"));
        QVERIFY(!b.ok());
        QVERIFY2(b.error().contains(QStringLiteral("offset 5 ")), qPrintable(b.error()));
    }

    void everyKindOfInvalidUtf8IsFound_data()
    {
        QTest::addColumn<QByteArray>("sequence");
        QTest::newRow("overlong 2") << QByteArray("\xC0\xAF");
        QTest::newRow("overlong 3") << QByteArray("\xE0\x80\xAF");
        QTest::newRow("overlong 4") << QByteArray("\xF0\x80\x80\xAF");
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80");
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80");
        QTest::newRow("no lead byte") << QByteArray("\xF5\x80\x80\x80");
        QTest::newRow("lone continuation") << QByteArray("\x80");
        QTest::newRow("cut short") << QByteArray("\xE4\xB8");
    }

    void everyKindOfInvalidUtf8IsFound()
    {
        // Valid UTF-8 is converted and checked in one pass; whatever that pass refuses is then
        // located byte by byte. Both must agree on every kind of bad sequence, anywhere in a page.
        QFETCH(QByteArray, sequence);
        for (const qsizetype at : { qsizetype(0), qsizetype(30), qsizetype(kChinese.toUtf8().size()) }) {
            QByteArray bytes = kChinese.toUtf8();
            bytes.insert(at, sequence);
            const auto r = decodeText(bytes, QStringLiteral("bad.txt"));
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted at %1").arg(at)));
            QVERIFY2(r.error().contains(QStringLiteral("not valid UTF-8")), qPrintable(r.error()));
            QVERIFY2(r.error().contains(QStringLiteral("offset %1 ").arg(at)), qPrintable(r.error()));
            const auto b = decodeText("\xEF\xBB\xBF" + bytes, QStringLiteral("bom.txt"));
            QVERIFY(!b.ok());
            QVERIFY2(b.error().contains(QStringLiteral("offset %1 ").arg(at + 3)), qPrintable(b.error()));
        }
    }

    void replacementCharacterInTheFileIsText()
    {
        // U+FFFD encoded in a page is a character like any other, not a sign of bad bytes.
        const QByteArray bytes = QStringLiteral("无法识别的字\uFFFD，原样保留。").toUtf8();
        const auto r = decodeText(bytes, QStringLiteral("r.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(r->text, QStringLiteral("无法识别的字\uFFFD，原样保留。"));
    }

    void controlBytesAreFoundAnywhere()
    {
        // Pages are scanned sixteen bytes at a time: a control byte in any place of a block, or in
        // the bytes after the last whole block, is found; tab, line feed, vertical tab, form feed
        // and carriage return are text.
        const QByteArray base(45, 'a');
        for (qsizetype at = 0; at < base.size(); ++at) {
            for (const char control : { '\x00', '\x01', '\x1B', '\x1F', '\x7F' }) {
                QByteArray bytes = base;
                bytes[at] = control;
                const auto r = decodeText(bytes, QStringLiteral("c.txt"));
                QVERIFY2(!r.ok(), qPrintable(QStringLiteral("byte %1 at %2").arg(int(control)).arg(at)));
                QVERIFY2(r.error().contains(QStringLiteral("offset %1).").arg(at)), qPrintable(r.error()));
            }
            for (const char space : { '\t', '\n', '\v', '\f', '\r' }) {
                QByteArray bytes = base;
                bytes[at] = space;
                QVERIFY2(decodeText(bytes, QStringLiteral("s.txt")).ok(), qPrintable(QString::number(at)));
            }
        }
    }

    void undecodableNamesTheOffset()
    {
        // GB18030 text followed by a byte (0xFF) that is no lead byte in GB18030, Big5 or UTF-8.
        const QByteArray bytes = encoded(kChinese, "GB18030") + QByteArray("\xFF\xFF");
        const auto r = decodeText(bytes, QStringLiteral("odd.txt"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QStringLiteral("odd.txt")));
        QVERIFY2(r.error().contains(QStringLiteral("offset %1 ").arg(bytes.size() - 2)), qPrintable(r.error()));
    }

    void privateUseOutputIsRefused()
    {
        // FE FE is a user-defined (private-use) code in both GB18030 and Big5: no text of ours.
        const auto r = decodeText(QByteArray("\xD6\xD0\xCE\xC4\xFE\xFE"), QStringLiteral("pua.txt"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("offset 4 ")), qPrintable(r.error()));
    }

    void nulBytesAreBinary()
    {
        const auto r = decodeText(QByteArray("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00\x01\x01\x00", 14), QStringLiteral("photo.jpg"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error(),
                 QStringLiteral("photo.jpg is not a text file: it holds binary data (a NUL byte at offset 4)."));
        const auto t = decodeText(QByteArray("hello, world\0rest", 17), QStringLiteral("n.txt"));
        QVERIFY(!t.ok());
        QVERIFY(t.error().contains(QStringLiteral("offset 12")));
    }

    void binaryJunk()
    {
        QByteArray junk;
        quint32 x = 12345;
        for (int i = 0; i < 4096; ++i) {
            x = x * 1664525u + 1013904223u;
            junk.append(char(x >> 24));
        }
        const auto r = decodeText(junk, QStringLiteral("junk.bin"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().startsWith(QStringLiteral("junk.bin is not a text file")));

        const auto c = decodeText(QByteArray("\x01\x02\x03text\x04\x05"), QStringLiteral("ctl.bin"));
        QVERIFY(!c.ok());
        QVERIFY(c.error().contains(QStringLiteral("control bytes, the first at offset 0")));
    }

    void fiftyMegabyteLine()
    {
        const QByteArray unit = QStringLiteral("新闻ABC123，").toUtf8();
        QByteArray big;
        big.reserve(50 * 1024 * 1024 + unit.size());
        while (big.size() < 50 * 1024 * 1024)
            big.append(unit);
        const auto r = decodeText(big, QStringLiteral("big.txt"));
        QVERIFY(r.ok());
        QCOMPARE(r->text.size(), big.size() / unit.size() * 9);
        QVERIFY(!r->text.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
