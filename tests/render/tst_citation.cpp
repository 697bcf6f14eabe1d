// Tests of Citation: the reader's citation line, GB/T 7714, CSL-JSON and BibTeX.
#include "render/citation.h"
#include "renderfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace broadsheet;
using namespace broadsheet::testing;

class TestCitation : public QObject {
    Q_OBJECT

private:
    static ArticleInput continued()
    {
        for (const ArticleInput &in : inputsOf(demoPages())) {
            if (in.parts.size() == 2 && in.parts.first().page == 1)
                return in;
        }
        return {};
    }

private slots:
    void textForms()
    {
        const ArticleInput in = continued();
        QVERIFY(in.isValid());
        const Citation c = Citation::from(in);
        QCOMPARE(c.title, QStringLiteral("抓项目稳投资 促消费增活力"));
        QCOMPARE(c.pages, (QList<int> {1, 4}));
        QCOMPARE(c.readerText(), QStringLiteral("《抓项目稳投资 促消费增活力》，云澜日报，2025年3月18日，第1、4版。"));
        QCOMPARE(c.gbtText(), QStringLiteral("抓项目稳投资 促消费增活力[N]. 云澜日报, 2025-03-18(1,4)."));
        QCOMPARE(c.key(), QStringLiteral("broadsheet101"));
    }

    void unknownsAndHeadlessFragments()
    {
        Article fragment;
        fragment.blocks = {Block {Block::Kind::Paragraph, QStringLiteral("这是一段没有标题的续文，讲的是春耕备耕和农资供应的情况。")}};
        const Citation c = Citation::from(ArticleInput::single(fragment));
        QVERIFY(c.title.startsWith(QStringLiteral("这是一段没有标题的续文")));
        QVERIFY(c.title.endsWith(QStringLiteral("…")));
        QCOMPARE(c.readerText(), QStringLiteral("《%1》，报名不详。").arg(c.title));
        QVERIFY(c.key().startsWith(QStringLiteral("broadsheet")));
        QVERIFY(c.key() != Citation::from(ArticleInput::single(Article {})).key());
    }

    void cslJson()
    {
        const QList<ArticleInput> inputs = inputsOf(demoPages());
        QList<Citation> list;
        for (const ArticleInput &in : inputs)
            list.append(Citation::from(in));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(citationsToCslJson(list), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.array().size(), list.size());
        const QJsonObject first = doc.array().first().toObject();
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("article-newspaper"));
        QCOMPARE(first.value(QStringLiteral("title")).toString(), inputs.first().headline());
        QCOMPARE(first.value(QStringLiteral("container-title")).toString(), QStringLiteral("云澜日报"));
        QCOMPARE(first.value(QStringLiteral("page")).toString(), QStringLiteral("1,4"));
        const QJsonArray parts = first.value(QStringLiteral("issued")).toObject().value(QStringLiteral("date-parts")).toArray().first().toArray();
        QCOMPARE(parts, (QJsonArray {2025, 3, 18}));
        QSet<QString> ids;
        for (const QJsonValue &v : doc.array())
            ids.insert(v.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(ids.size(), list.size());
    }

    void bibtex()
    {
        Citation c = Citation::from(continued());
        c.title = QStringLiteral("50% {增长} & 更多_新#闻");
        const QString bib = citationsToBibTeX({c});
        QVERIFY(bib.startsWith(QStringLiteral("@article{broadsheet101,\n")));
        QVERIFY(bib.contains(QStringLiteral("  title = {50\\% \\{增长\\} \\& 更多\\_新\\#闻},\n")));
        QVERIFY(bib.contains(QStringLiteral("  journal = {云澜日报},\n")));
        QVERIFY(bib.contains(QStringLiteral("  date = {2025-03-18},\n")));
        QVERIFY(bib.contains(QStringLiteral("  pages = {1,4},\n")));
        QVERIFY(bib.trimmed().endsWith(QStringLiteral("langid = {chinese}\n}")));
        QCOMPARE(bib.count(QLatin1Char('{')) - bib.count(QStringLiteral("\\{")), bib.count(QLatin1Char('}')) - bib.count(QStringLiteral("\\}")));
    }
};

QTEST_MAIN(TestCitation)
#include "tst_citation.moc"
