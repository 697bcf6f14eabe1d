// The page JSON contract: field order, nulls, escaping, and a lossless round trip.
#include "core/pagejson.h"

#include <QJsonDocument>
#include <QTest>

using namespace broadsheet;

class TestPageJson : public QObject {
    Q_OBJECT
private slots:
    void writesDocumentedShape()
    {
        Page p;
        p.source = QStringLiteral("01.txt");
        p.encoding = QStringLiteral("GB18030");
        p.date = QDate(2025, 3, 18);
        Article a;
        a.headline = QString::fromUtf8("茶香\"满山\"\n");
        a.blocks.append(Block { Block::Kind::Subhead, QString::fromUtf8("一、总体要求") });
        a.captions.append(Caption { QString::fromUtf8("茶农采茶。"), QString() });
        a.continuesTo = 4;
        p.articles.append(a);
        const QByteArray json = pageToJson(p);
        QVERIFY(json.startsWith("{\n  \"format\": \"broadsheet.page/1\",\n  \"source\": \"01.txt\",\n  \"encoding\": \"GB18030\",\n"
                                "  \"paper\": null,\n  \"date\": \"2025-03-18\",\n  \"page\": null,\n  \"articles\": ["));
        QVERIFY(json.contains("\"kicker\": null,\n      \"headline\": \"茶香\\\"满山\\\"\\n\","));
        QVERIFY(json.contains("{\"kind\": \"subhead\", \"text\": \"一、总体要求\"}"));
        QVERIFY(json.contains("{\"text\": \"茶农采茶。\", \"credit\": null}"));
        QVERIFY(json.contains("\"continued_from\": null,\n      \"continues_to\": 4\n"));
        QVERIFY(json.endsWith("}\n"));
        QJsonParseError error;
        QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void roundTrips()
    {
        Page p;
        p.source = QStringLiteral("x.txt");
        p.encoding = QStringLiteral("UTF-8");
        p.paper = QString::fromUtf8("青禾日报");
        p.page = 3;
        Article a;
        a.kicker = QStringLiteral("k");
        a.byline = QString::fromUtf8("本报记者 方远");
        a.blocks.append(Block { Block::Kind::Paragraph, QString::fromUtf8("正文\t制表") });
        a.blocks.append(Block { Block::Kind::Paragraph, QString(QChar(0xFEFF)) + QString::fromUtf8("段首") });
        a.captions.append(Caption { QStringLiteral("c"), QStringLiteral("d") });
        a.continuedFrom = 1;
        p.articles << a << Article {};
        Result<Page> back = pageFromJson(pageToJson(p));
        QVERIFY(back.ok());
        QCOMPARE(back->paper, p.paper);
        QCOMPARE(back->page, p.page);
        QVERIFY(!back->date.isValid());
        QCOMPARE(back->articles.size(), 2);
        QVERIFY(back->articles[0] == a);
        QVERIFY(back->articles[1] == Article {});
    }

    // Characters beyond the BMP (rare name characters: 陈𠮷, 王𬭚) are written as the UTF-8 of the
    // character, not of each surrogate half; control characters next to them are escaped.
    void writesCharactersBeyondTheBmp()
    {
        Page p;
        Article a;
        a.byline = QString::fromUtf8("本报讯（记者 陈\U00020BB7）");
        a.blocks.append(Block { Block::Kind::Paragraph, QString::fromUtf8("\U0002CB5A\x01王\U0002CB5A表示") });
        p.articles.append(a);
        const QByteArray json = pageToJson(p);
        QVERIFY(json.contains("\"byline\": \"本报讯（记者 陈\xF0\xA0\xAE\xB7）\""));
        QVERIFY(json.contains("\"text\": \"\xF0\xAC\xAD\x9A\\u0001王\xF0\xAC\xAD\x9A表示\""));
        QVERIFY(!json.contains('?'));
        Result<Page> back = pageFromJson(json);
        QVERIFY(back.ok());
        QVERIFY(back->articles.value(0) == a);
    }

    void rejectsForeignDocuments()
    {
        QVERIFY(!pageFromJson("{\"format\": \"other/1\"}").ok());
        QVERIFY(!pageFromJson("not json").ok());
        QVERIFY(!pageFromJson("{\"format\": \"broadsheet.page/1\", \"articles\": [{\"blocks\": [{\"kind\": \"table\"}]}]}").ok());
    }
};

QTEST_GUILESS_MAIN(TestPageJson)
#include "tst_pagejson.moc"
