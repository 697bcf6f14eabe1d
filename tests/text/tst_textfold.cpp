// Tests foldForSearch() and toSimplified(): width, case and script folding, offsets, idempotence.
#include "text/textfold.h"

#include <QRandomGenerator>
#include <QTest>

using namespace broadsheet;

class TestTextFold : public QObject {
    Q_OBJECT

private slots:
    void widthAndCase_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("full-width letters and digits") << QStringLiteral("ＡＢＣ１２３") << QStringLiteral("abc123");
        QTest::newRow("ascii case") << QStringLiteral("Hello WORLD") << QStringLiteral("hello world");
        QTest::newRow("full-width punctuation") << QStringLiteral("（Ａ）！？") << QStringLiteral("(a)!?");
        QTest::newRow("ideographic space") << QStringLiteral("甲\u3000乙") << QStringLiteral("甲 乙");
        QTest::newRow("CJK punctuation stays") << QStringLiteral("。，、") << QStringLiteral("。,、");
        QTest::newRow("half-width katakana") << QStringLiteral("ｶﾀｶﾅ") << QStringLiteral("カタカナ");
        QTest::newRow("circled digit") << QStringLiteral("①") << QStringLiteral("1");
        QTest::newRow("sharp s") << QStringLiteral("Straße") << QStringLiteral("strasse");
        QTest::newRow("soft hyphen dropped") << QStringLiteral("co\u00ADop") << QStringLiteral("coop");
        QTest::newRow("supplementary unchanged") << QString::fromUcs4(U"\U00020000x", 2) << QString::fromUcs4(U"\U00020000x", 2);
        QTest::newRow("empty") << QString() << QString();
    }

    void widthAndCase()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(foldForSearch(input), expected);
    }

    void traditionalToSimplified_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("總工會") << QStringLiteral("總工會") << QStringLiteral("总工会");
        QTest::newRow("社會") << QStringLiteral("社會") << QStringLiteral("社会");
        QTest::newRow("mixed") << QStringLiteral("中華人民共和國ＧＤＰ") << QStringLiteral("中华人民共和国gdp");
        QTest::newRow("already simplified") << QStringLiteral("经济发展") << QStringLiteral("经济发展");
    }

    void traditionalToSimplified()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(foldForSearch(input), expected);
        QCOMPARE(foldForSearch(toSimplified(input)), expected);
    }

    void toSimplifiedKeepsWidthAndCase()
    {
        QCOMPARE(toSimplified(QStringLiteral("總工會ＡＢ Cd")), QStringLiteral("总工会ＡＢ Cd"));
        QCOMPARE(toSimplified(QString()), QString());
    }

    void offsets()
    {
        // Ａ(1 unit) ß(→ss) 𠀀(2 units) 總(→总) x
        const QString input = QStringLiteral("Ａß") + QString::fromUcs4(U"\U00020000", 1) + QStringLiteral("總x");
        QList<int> offsets;
        const QString out = foldForSearch(input, &offsets);
        QCOMPARE(out, QStringLiteral("ass") + QString::fromUcs4(U"\U00020000", 1) + QStringLiteral("总x"));
        QCOMPARE(offsets, (QList<int> { 0, 1, 1, 2, 2, 4, 5, 6 }));
        QCOMPARE(offsets.size(), out.size() + 1);
        QCOMPARE(offsets.last(), input.size());

        // A code point that folds to nothing leaves no entry.
        const QString shy = QStringLiteral("a\u00ADb");
        QCOMPARE(foldForSearch(shy, &offsets), QStringLiteral("ab"));
        QCOMPARE(offsets, (QList<int> { 0, 2, 3 }));
    }

    void offsetsPointAtTheSourceCodePoint()
    {
        QRandomGenerator rng(7);
        for (int round = 0; round < 200; ++round) {
            const QString input = randomText(rng, 1 + rng.bounded(60));
            QList<int> offsets;
            const QString out = foldForSearch(input, &offsets);
            QCOMPARE(offsets.size(), out.size() + 1);
            QCOMPARE(offsets.last(), input.size());
            for (int i = 0; i < out.size(); ++i) {
                QVERIFY(offsets[i] >= 0 && offsets[i] < input.size());
                QVERIFY(i == 0 || offsets[i] >= offsets[i - 1]);
                QVERIFY(!input.at(offsets[i]).isLowSurrogate() || offsets[i] == 0
                        || !input.at(offsets[i] - 1).isHighSurrogate());
            }
            // Folding the source code point alone gives exactly the units attributed to it.
            for (int i = 0; i < out.size();) {
                int j = i;
                while (j < out.size() && offsets[j] == offsets[i])
                    ++j;
                const int from = offsets[i];
                const int len = (from + 1 < input.size() && input.at(from).isHighSurrogate()
                                 && input.at(from + 1).isLowSurrogate()) ? 2 : 1;
                QCOMPARE(out.mid(i, j - i), foldForSearch(QStringView(input).mid(from, len)));
                i = j;
            }
        }
    }

    void idempotent()
    {
        QRandomGenerator rng(42);
        for (int round = 0; round < 500; ++round) {
            const QString input = randomText(rng, rng.bounded(80));
            const QString once = foldForSearch(input);
            QCOMPARE(foldForSearch(once), once);
            const QString simple = toSimplified(input);
            QCOMPARE(toSimplified(simple), simple);
        }
    }

    void everyBmpCodePointIsStable()
    {
        // Exhaustive over the BMP: the fold of each code point is its own fold.
        for (char32_t c = 0; c < 0x10000; ++c) {
            if (c >= 0xD800 && c < 0xE000)
                continue;
            const QString one = QString::fromUcs4(&c, 1);
            const QString f = foldForSearch(one);
            if (foldForSearch(f) != f)
                QFAIL(qPrintable(QStringLiteral("U+%1 folds unstably").arg(uint(c), 4, 16, QLatin1Char('0'))));
        }
    }

    void appendFoldedMatchesFoldForSearch()
    {
        char16_t buf[kMaxFoldedUnits];
        const int n = appendFolded(U'Ａ', buf);
        QCOMPARE(n, 1);
        QCOMPARE(buf[0], u'a');
        QCOMPARE(appendFolded(U'\u00AD', buf), 0);
        QCOMPARE(appendFolded(U'\uFDFA', buf), foldForSearch(QStringLiteral("\uFDFA")).size());
    }

private:
    // Mixed ASCII, full-width forms, CJK (traditional and simplified), Latin with diacritics,
    // supplementary ideographs and the odd unpaired surrogate.
    static QString randomText(QRandomGenerator &rng, int length)
    {
        QString s;
        for (int i = 0; i < length; ++i) {
            switch (rng.bounded(8)) {
            case 0: s += QChar(char16_t(0x20 + rng.bounded(0x5F))); break;
            case 1: s += QChar(char16_t(0xFF01 + rng.bounded(0x5E))); break;
            case 2: s += QChar(char16_t(0x4E00 + rng.bounded(0x5200))); break;
            case 3: s += QChar(char16_t(0xA0 + rng.bounded(0x2000 - 0xA0))); break;
            case 4: {
                const char32_t c = 0x20000 + rng.bounded(0xFA1F);
                s += QString::fromUcs4(&c, 1);
                break;
            }
            case 5: s += QChar(char16_t(0xD800 + rng.bounded(0x800))); break;
            case 6: s += QChar(char16_t(0xF900 + rng.bounded(0x700))); break;
            default: s += QChar(char16_t(0x2000 + rng.bounded(0x1000))); break;
            }
        }
        return s;
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
