// Tests for inferFromSourcePath(): what folder layouts and file names tell about a page.
#include "core/sourcepath.h"

#include <QTest>

using namespace broadsheet;


class TestSourcePath : public QObject {
    Q_OBJECT

private slots:
    void infer_data();
    void infer();
    void pageTokens_data();
    void pageTokens();
};

void TestSourcePath::infer_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("paper");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("page"); // 0: none

    QTest::newRow("paper/date/page") << "/data/云澜日报/2025-03-18/01.txt" << "云澜日报" << QDate(2025, 3, 18) << 1;
    QTest::newRow("resource path") << ":/samples/云澜日报/2025-03-18/04.txt" << "云澜日报" << QDate(2025, 3, 18) << 4;
    QTest::newRow("paper/y/m/d/page") << "/srv/人民日报/2024/11/12/04.txt" << "人民日报" << QDate(2024, 11, 12) << 4;
    QTest::newRow("paper/y/m/d single digits") << "人民日报/2024/1/5/p2.txt" << "人民日报" << QDate(2024, 1, 5) << 2;
    QTest::newRow("compact date folder") << "浙江日报/20241105/第3版.txt" << "浙江日报" << QDate(2024, 11, 5) << 3;
    QTest::newRow("windows separators") << "C:\\papers\\浙江日报\\2024-11-05\\01.txt" << "浙江日报" << QDate(2024, 11, 5) << 1;
    QTest::newRow("name with date and page") << "/in/人民日报_2024-11-12_04.txt" << "人民日报" << QDate(2024, 11, 12) << 4;
    QTest::newRow("name with compact date") << "人民日报-20241112-A04.txt" << "人民日报" << QDate(2024, 11, 12) << 4;
    QTest::newRow("date and page only") << "20241112_p3.txt" << QString() << QDate(2024, 11, 12) << 3;
    QTest::newRow("bare number") << "04.txt" << QString() << QDate() << 4;
    QTest::newRow("p04") << "p04.txt" << QString() << QDate() << 4;
    QTest::newRow("page4") << "page4.txt" << QString() << QDate() << 4;
    QTest::newRow("第4版") << "第4版.txt" << QString() << QDate() << 4;
    QTest::newRow("第十二版") << "第十二版.txt" << QString() << QDate() << 12;
    QTest::newRow("第二十一版") << "第二十一版.md" << QString() << QDate() << 21;
    QTest::newRow("A04") << "A04.txt" << QString() << QDate() << 4;
    QTest::newRow("number then hash") << "/work/shared/samples/002_40c3902e21c9d35c.txt" << QString() << QDate() << 0;
    QTest::newRow("zero then hash") << "000_bf02de0d66448157.txt" << QString() << QDate() << 0;
    QTest::newRow("hash then number") << "40c3902e21c9d35c_002.txt" << QString() << QDate() << 0;
    QTest::newRow("word with digits") << "v2_final.txt" << QString() << QDate() << 0;
    QTest::newRow("year only") << "2024.txt" << QString() << QDate() << 0;
    QTest::newRow("page zero") << "000.txt" << QString() << QDate() << 0;
    QTest::newRow("four digits") << "1234.txt" << QString() << QDate() << 0;
    QTest::newRow("plain word") << "notes.txt" << QString() << QDate() << 0;
    QTest::newRow("name without date is no paper") << "scan_04.txt" << QString() << QDate() << 4;
    QTest::newRow("two page tokens") << "03_04.txt" << QString() << QDate() << 0;
    QTest::newRow("impossible date folder") << "浙江日报/2024-13-45/01.txt" << QString() << QDate() << 1;
    QTest::newRow("folder above non-date is no paper") << "/work/shared/samples/01.txt" << QString() << QDate() << 1;
    QTest::newRow("hidden folder is no paper") << ".cache/2024-11-05/01.txt" << QString() << QDate(2024, 11, 5) << 1;
    QTest::newRow("empty") << "" << QString() << QDate() << 0;
}

void TestSourcePath::infer()
{
    QFETCH(QString, path);
    QFETCH(QString, paper);
    QFETCH(QDate, date);
    QFETCH(int, page);
    const SourcePathInfo info = inferFromSourcePath(path);
    QCOMPARE(info.paper, paper);
    QCOMPARE(info.paper.isNull(), paper.isNull());
    QCOMPARE(info.date, date);
    QCOMPARE(info.page.value_or(0), page);
}

void TestSourcePath::pageTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("page"); // 0: not a page
    QTest::newRow("1") << "1" << 1;
    QTest::newRow("012") << "012" << 12;
    QTest::newRow("999") << "999" << 999;
    QTest::newRow("1000") << "1000" << 0;
    QTest::newRow("0") << "0" << 0;
    QTest::newRow("P-7") << "P-7" << 7;
    QTest::newRow("pg12") << "pg12" << 12;
    QTest::newRow("B12") << "B12" << 12;
    QTest::newRow("4版") << "4版" << 4;
    QTest::newRow("第 4 版") << "第 4 版" << 4;
    QTest::newRow("第一百零五版") << "第一百零五版" << 105;
    QTest::newRow("第十版") << "第十版" << 10;
    QTest::newRow("AB12") << "AB12" << 0;
    QTest::newRow("v2") << "v2" << 0;
    QTest::newRow("12a") << "12a" << 0;
    QTest::newRow("第版") << "第版" << 0;
    QTest::newRow("hash") << "40c3902e" << 0;
}

void TestSourcePath::pageTokens()
{
    QFETCH(QString, token);
    QFETCH(int, page);
    QCOMPARE(parsePageToken(token).value_or(0), page);
}

QTEST_APPLESS_MAIN(TestSourcePath)
#include "tst_sourcepath.moc"
