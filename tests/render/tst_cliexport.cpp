// Tests of `broadsheet-cli export` on a library holding the demo issue (runs the real binary).
#include "renderfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace broadsheet::testing;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QString &library, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must choose offscreen by itself
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BROADSHEET_CLI), QStringList {QStringLiteral("--library"), library} + args);
    if (!p.waitForFinished(120000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCliExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    QMap<QString, QString> m_ids; // headline -> id

private slots:
    void initTestCase()
    {
        m_library = m_dir.filePath(QStringLiteral("demo.sqlite"));
        const Run imported = cli(m_library, {QStringLiteral("import"), QStringLiteral(BROADSHEET_DEMO_DIR)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const Run listed = cli(m_library, {QStringLiteral("list"), QStringLiteral("articles"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray articles = QJsonDocument::fromJson(listed.out).object().value(QStringLiteral("articles")).toArray();
        QVERIFY(articles.size() > 10);
        for (const QJsonValue &v : articles) {
            const QJsonObject o = v.toObject();
            if (!m_ids.contains(o.value(QStringLiteral("headline")).toString()))
                m_ids.insert(o.value(QStringLiteral("headline")).toString(), QString::number(o.value(QStringLiteral("id")).toInteger()));
        }
    }

    void textFormatsGoToStdout()
    {
        const QString id = m_ids.value(QStringLiteral("抓项目稳投资 促消费增活力"));
        QVERIFY(!id.isEmpty());
        const Run txt = cli(m_library, {QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("txt")});
        QCOMPARE(txt.exitCode, 0);
        const QString text = QString::fromUtf8(txt.out);
        QVERIFY(text.contains(QStringLiteral("\n抓项目稳投资 促消费增活力\n")));
        QVERIFY(text.contains(QStringLiteral("韩立川要求，要守牢安全发展底线。"))); // from the part on page 4
        QVERIFY(text.contains(QStringLiteral("云澜日报　2025年3月18日　第1、4版")));
        const Run md = cli(m_library, {QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("md")});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(QString::fromUtf8(md.out).contains(QStringLiteral("\n# 抓项目稳投资 促消费增活力\n")));
        const Run html = cli(m_library, {QStringLiteral("export"), id, QStringLiteral("--format=html")});
        QVERIFY(QString::fromUtf8(html.out).contains(QStringLiteral("<h1>抓项目稳投资 促消费增活力</h1>")));
    }

    void filesAndPdf()
    {
        const QString a = m_ids.value(QStringLiteral("湖畔春早"));
        const QString b = m_ids.value(QStringLiteral("“悬空老人”下楼的路越走越顺"));
        const QString pdf = m_dir.filePath(QStringLiteral("clip.pdf"));
        const Run run = cli(m_library, {QStringLiteral("export"), a, b, QStringLiteral("--title"), QStringLiteral("剪报"),
                                        QStringLiteral("-o"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        const QString text = squeezed(pdfText(pdf));
        QVERIFY(text.contains(QStringLiteral("目录")));
        QVERIFY(text.contains(QStringLiteral("“悬空老人”下楼的路越走越顺")));
        QCOMPARE(text.count(QStringLiteral("引用：")), 2);
        QVERIFY(toolOutput(QStringLiteral("pdffonts"), {pdf}).contains(QStringLiteral("CJK")));
        const QString a5 = m_dir.filePath(QStringLiteral("a5.pdf"));
        const Run small = cli(m_library, {QStringLiteral("export"), b, QStringLiteral("--paper"), QStringLiteral("A5"),
                                          QStringLiteral("--margins"), QStringLiteral("12"), QStringLiteral("--font-size"),
                                          QStringLiteral("9"), QStringLiteral("--sans"), QStringLiteral("-o"), a5});
        QVERIFY2(small.exitCode == 0, qPrintable(small.err));
        QVERIFY(toolOutput(QStringLiteral("pdfinfo"), {a5}).contains(QStringLiteral("420 x 595")));
        QVERIFY(toolOutput(QStringLiteral("pdffonts"), {a5}).contains(QStringLiteral("NotoSansCJK")));
        QCOMPARE(cli(m_library, {QStringLiteral("export"), b, QStringLiteral("--margins"), QStringLiteral("0"), QStringLiteral("-o"), a5}).exitCode, 2);
        const QString md = m_dir.filePath(QStringLiteral("one.md"));
        QCOMPARE(cli(m_library, {QStringLiteral("export"), a, QStringLiteral("-o"), md}).exitCode, 0); // format from the suffix
        QVERIFY(QString::fromUtf8(readAll(md)).startsWith(QStringLiteral("# 湖畔春早\n")));
    }

    void citations()
    {
        const QString a = m_ids.value(QStringLiteral("湖畔春早"));
        const Run csl = cli(m_library, {QStringLiteral("export"), a, QStringLiteral("--format"), QStringLiteral("csl")});
        QCOMPARE(csl.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(csl.out).array().first().toObject();
        QCOMPARE(o.value(QStringLiteral("title")).toString(), QStringLiteral("湖畔春早"));
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("broadsheet") + a);
        const Run bib = cli(m_library, {QStringLiteral("export"), a, QStringLiteral("--format"), QStringLiteral("bib")});
        QVERIFY(QString::fromUtf8(bib.out).startsWith(QStringLiteral("@article{broadsheet%1,").arg(a)));
        const Run cite = cli(m_library, {QStringLiteral("export"), a, QStringLiteral("--format"), QStringLiteral("cite")});
        QCOMPARE(QString::fromUtf8(cite.out), QStringLiteral("湖畔春早[N]. 云澜日报, 2025-03-18(1).\n"));
    }

    void mistakesAreExplained()
    {
        const Run none = cli(m_library, {QStringLiteral("export"), QStringLiteral("987654"), QStringLiteral("--format"), QStringLiteral("txt")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QStringLiteral("no article 987654")));
        const Run noFormat = cli(m_library, {QStringLiteral("export"), m_ids.first()});
        QCOMPARE(noFormat.exitCode, 2);
        QVERIFY(noFormat.err.contains(QStringLiteral("--format")));
        const Run badFormat = cli(m_library, {QStringLiteral("export"), m_ids.first(), QStringLiteral("--format"), QStringLiteral("docx")});
        QCOMPARE(badFormat.exitCode, 2);
        QVERIFY(badFormat.err.contains(QStringLiteral("docx")));
        const Run noIds = cli(m_library, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf")});
        QCOMPARE(noIds.exitCode, 2);
        const Run help = cli(m_library, {QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--format"));
    }
};

QTEST_MAIN(TestCliExport)
#include "tst_cliexport.moc"
