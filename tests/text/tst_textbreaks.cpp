// Tests junctionInsideWord(): ICU's Chinese dictionary tells a mid-word line break from a word boundary.
#include "text/textbreaks.h"

#include <QTest>
#include <QtConcurrent/QtConcurrent>

using namespace broadsheet;

class TestTextBreaks : public QObject {
    Q_OBJECT

private slots:
    void junctions_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<bool>("inside");
        QTest::newRow("负|责人") << QStringLiteral("相关部门负") << QStringLiteral("责人介绍") << true;
        QTest::newRow("和|供电所") << QStringLiteral("县电力公司和") << QStringLiteral("供电所") << false;
        QTest::newRow("社|会") << QStringLiteral("推动社") << QStringLiteral("会发展") << true;
        QTest::newRow("latin") << QStringLiteral("infor") << QStringLiteral("mation") << false;
        QTest::newRow("digits") << QStringLiteral("2024") << QStringLiteral("年") << false;
        QTest::newRow("punctuation") << QStringLiteral("发展。") << QStringLiteral("会议") << false;
        QTest::newRow("empty left") << QString() << QStringLiteral("责人") << false;
        QTest::newRow("empty right") << QStringLiteral("负") << QString() << false;
    }

    void junctions()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(bool, inside);
        QCOMPARE(junctionInsideWord(left, right), inside);
    }

    void threadSafe()
    {
        QList<int> work(2000);
        const QList<bool> results = QtConcurrent::blockingMapped(work, [](int) {
            return junctionInsideWord(QStringLiteral("相关部门负"), QStringLiteral("责人介绍"))
                && !junctionInsideWord(QStringLiteral("县电力公司和"), QStringLiteral("供电所"));
        });
        QVERIFY(std::all_of(results.begin(), results.end(), [](bool b) { return b; }));
    }
};

QTEST_GUILESS_MAIN(TestTextBreaks)
#include "tst_textbreaks.moc"
