// The segmenter on whole pages: the five real samples and the bundled demo issue against their
// reviewed expected JSON, the CLI contract, and conservation of text on real and generated pages.
#include "core/pagejson.h"
#include "core/pagesegmenter.h"
#include "core/segmenterunits.h"
#include "core/sourcepath.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace broadsheet;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Decodes and segments a file the way `broadsheet-cli parse` does.
Page parseFile(const QString &path)
{
    Result<DecodedText> decoded = decodeText(readAll(path), path);
    if (!decoded)
        return {};
    const SourcePathInfo info = inferFromSourcePath(QFileInfo(path).absoluteFilePath());
    PageHints hints { QFileInfo(path).fileName(), decoded->encoding, info.paper, info.date, info.page };
    return PageSegmenter().segment(decoded->text, hints);
}

QString describe(const Article &a)
{
    return QString::fromUtf8(QJsonDocument(articleToJson(a)).toJson(QJsonDocument::Compact));
}

void comparePages(const Page &got, const QString &expectedPath)
{
    Result<Page> expected = pageFromJson(readAll(expectedPath));
    QVERIFY2(expected.ok(), qPrintable(expected.error()));
    QCOMPARE(got.source, expected->source);
    QCOMPARE(got.encoding, expected->encoding);
    QCOMPARE(got.paper, expected->paper);
    QCOMPARE(got.date, expected->date);
    QCOMPARE(got.page, expected->page);
    for (qsizetype i = 0; i < std::min(got.articles.size(), expected->articles.size()); ++i) {
        if (!(got.articles[i] == expected->articles[i]))
            QFAIL(qPrintable(QStringLiteral("article %1 differs\n got:      %2\n expected: %3")
                                 .arg(i).arg(describe(got.articles[i]), describe(expected->articles[i]))));
    }
    QCOMPARE(got.articles.size(), expected->articles.size());
}

// Every character that carries text, as a sorted list: whitespace, markdown markers and the
// brackets around bylines and datelines may go, nothing else.
QString meaningful(const QString &s)
{
    static const QRegularExpression ignorable(QStringLiteral("[\\s#*()（）]"));
    QString t = s;
    t.remove(ignorable);
    std::sort(t.begin(), t.end());
    return t;
}

QString articleText(const Page &page)
{
    QString all;
    for (const Article &a : page.articles) {
        for (const QString &f : { a.kicker, a.headline, a.subheadline, a.column, a.byline, a.dateline })
            all += f;
        for (const Block &b : a.blocks)
            all += b.text;
        for (const Caption &c : a.captions)
            all += c.text + c.credit;
    }
    return all;
}

// What the page may legitimately drop: jump notes, folio lines, and one copy of each paragraph
// that OCR read twice (a few lines apart with no heading between: which copies those are is
// splitUnits()'s rule, tested on its own in tst_pagesegmenter, and reported by it in full).
QString expectedKeptText(const QString &input)
{
    static const QRegularExpression jump(QStringLiteral("[(（【]\\s*(?:上接|下转|接|转)[^()（）【】]{1,12}版[^()（）【】]{0,8}[)）】]"));
    static const QRegularExpression folio(QStringLiteral("^.*(?:19|20)\\d\\d年\\d{1,2}月\\d{1,2}日.*(?:星期|第\\s*\\d+\\s*版).*$"),
                                          QRegularExpression::MultilineOption);
    QString text = input;
    text.remove(jump);
    text.remove(folio);
    QHash<QString, int> dropped;
    for (const QString &d : splitUnits(input).droppedDuplicates)
        dropped[d] += 1;
    QStringList kept;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (int &n = dropped[line.trimmed().remove(QStringLiteral("**"))]; n > 0) {
            --n;
            continue;
        }
        kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

void checkConservation(const QString &input, const Page &page, const QString &what)
{
    const QString want = meaningful(expectedKeptText(input));
    const QString got = meaningful(articleText(page));
    if (want != got) {
        // Name the first characters that differ to make a failure readable.
        QString missing, extra;
        QHash<QChar, int> count;
        for (QChar c : want)
            count[c] += 1;
        for (QChar c : got)
            count[c] -= 1;
        for (auto it = count.cbegin(); it != count.cend(); ++it) {
            if (it.value() > 0)
                missing += QString(it.value(), it.key()).left(3);
            else if (it.value() < 0)
                extra += QString(-it.value(), it.key()).left(3);
        }
        QFAIL(qPrintable(QStringLiteral("%1: text not conserved; missing \"%2\", extra \"%3\"")
                             .arg(what, missing.left(40), extra.left(40))));
    }
}

QStringList samplePages()
{
    return QDir(QStringLiteral(BROADSHEET_SAMPLES_DIR)).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
}

QStringList demoPages()
{
    QStringList out;
    QDir dir(QStringLiteral(BROADSHEET_DEMO_DIR) + QStringLiteral("/云澜日报/2025-03-18"));
    for (const QString &f : dir.entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name))
        out << dir.filePath(f);
    return out;
}

} // namespace

class TestSamplePages : public QObject {
    Q_OBJECT
private slots:
    void realSamplesMatchReviewedJson_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &f : samplePages())
            QTest::newRow(qPrintable(f)) << f;
    }
    void realSamplesMatchReviewedJson()
    {
        if (samplePages().isEmpty())
            QSKIP("the real sample pages are not present (BROADSHEET_SAMPLES_DIR)");
        QFETCH(QString, name);
        const QString expected = QStringLiteral(BROADSHEET_TEST_DATA "/samples-expected/") + QFileInfo(name).completeBaseName()
            + QStringLiteral(".json");
        QVERIFY2(QFile::exists(expected), qPrintable(QStringLiteral("no reviewed JSON for ") + name));
        comparePages(parseFile(QStringLiteral(BROADSHEET_SAMPLES_DIR "/") + name), expected);
    }

    void demoIssueMatchesAuthorsGroundTruth_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : demoPages())
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    }
    void demoIssueMatchesAuthorsGroundTruth()
    {
        QFETCH(QString, path);
        comparePages(parseFile(path), QStringLiteral(BROADSHEET_TEST_DATA "/demo-expected/") + QFileInfo(path).completeBaseName()
                         + QStringLiteral(".json"));
    }

    void cliPrintsTheContract()
    {
        const QString page = demoPages().value(0);
        QProcess cli;
        cli.start(QStringLiteral(BROADSHEET_CLI), { QStringLiteral("parse"), page, QStringLiteral("--json") });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QByteArray out = cli.readAllStandardOutput();
        QCOMPARE(out, pageToJson(parseFile(page)));
        QVERIFY(out.startsWith("{\n  \"format\": \"broadsheet.page/1\",\n  \"source\": \"01.txt\","));
        cli.start(QStringLiteral(BROADSHEET_CLI), { QStringLiteral("parse"), QStringLiteral("/nonexistent/page.txt") });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(cli.readAllStandardError().contains("/nonexistent/page.txt"));
    }

    void conservationOnRealAndDemoPages()
    {
        QStringList paths = demoPages();
        for (const QString &f : samplePages())
            paths << QStringLiteral(BROADSHEET_SAMPLES_DIR "/") + f;
        for (const QString &path : paths) {
            Result<DecodedText> decoded = decodeText(readAll(path), path);
            QVERIFY(decoded.ok());
            checkConservation(decoded->text, PageSegmenter().segment(decoded->text), path);
        }
    }

    // Pages shuffled together from the lines of all known pages, with random gaps, markup and
    // jump lines: whatever the segmenter makes of them, no text may be lost or doubled.
    void conservationOnGeneratedPages()
    {
        QStringList lines;
        QStringList paths = demoPages();
        for (const QString &f : samplePages())
            paths << QStringLiteral(BROADSHEET_SAMPLES_DIR "/") + f;
        for (const QString &path : paths) {
            Result<DecodedText> decoded = decodeText(readAll(path), path);
            for (const QString &l : decoded->text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                lines << l;
        }
        QVERIFY(lines.size() > 50);
        QRandomGenerator rng(20251126);
        const QStringList decorations = { QStringLiteral("## "), QStringLiteral("**"), QStringLiteral("（下转第4版）"),
                                          QStringLiteral("(上接第1版)"), QString() };
        for (int page = 0; page < 200; ++page) {
            QString text;
            const int n = 5 + int(rng.bounded(60));
            for (int k = 0; k < n; ++k) {
                QString line = lines[int(rng.bounded(int(lines.size())))];
                const QString &d = decorations[int(rng.bounded(int(decorations.size())))];
                if (d == QLatin1String("**") && line.size() < 40)
                    line = d + line + d;
                else if (d == QLatin1String("## ") && line.size() < 40)
                    line = d + line;
                else if (d.startsWith(u'（') || d.startsWith(u'('))
                    line = d;
                text += line + QString(1 + int(rng.bounded(4)), QLatin1Char('\n'));
            }
            checkConservation(text, PageSegmenter().segment(text), QStringLiteral("generated page %1").arg(page));
        }
    }
};

QTEST_GUILESS_MAIN(TestSamplePages)
#include "tst_samplepages.moc"
