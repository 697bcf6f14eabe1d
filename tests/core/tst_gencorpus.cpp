// Tests tools/gencorpus end to end: it runs the binary on the bundled demo issue and reads what it wrote.
#include "core/pagesegmenter.h"
#include "text/textdecoder.h"
#include "text/textfold.h"
#include "traditionalchars.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace broadsheet;

namespace {

constexpr double kMegabytes = 2.0;

// Relative path → SHA-1 of the bytes, for every file under `root`.
QMap<QString, QByteArray> fingerprint(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(root).relativeFilePath(path),
                QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1));
    }
    return files;
}

int parsePageNumber(const QString &n)
{
    bool ok = false;
    const int arabic = n.toInt(&ok);
    if (ok)
        return arabic;
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    int value = 0;
    int current = 0;
    for (const QChar c : n) {
        if (c == QChar(u'十')) {
            value += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else {
            current = int(digits.indexOf(c));
        }
    }
    return value + current;
}

} // namespace

class TestGenCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layout();
    void size();
    void deterministic();
    void pagesDecodeAndSegment();
    void jumpLinesHaveContinuations();
    void traditionalSubstitutionsFoldBack();

private:
    bool generate(const QString &out, int seed);

    QTemporaryDir m_dir;
    QString m_corpus;
    QMap<QString, QByteArray> m_files;
};

bool TestGenCorpus::generate(const QString &out, int seed)
{
    QProcess process;
    process.start(QStringLiteral(BROADSHEET_GENCORPUS),
        { QStringLiteral("--from"), QStringLiteral(BROADSHEET_DEMO_DIR), QStringLiteral("--out"), out,
            QStringLiteral("--mb"), QString::number(kMegabytes), QStringLiteral("--seed"),
            QString::number(seed), QStringLiteral("--papers"), QStringLiteral("3"),
            QStringLiteral("--quiet") });
    if (!process.waitForFinished(300000)) {
        qWarning() << "gencorpus did not finish:" << process.errorString();
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning() << "gencorpus failed:" << process.readAllStandardError();
        return false;
    }
    return true;
}

void TestGenCorpus::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(BROADSHEET_GENCORPUS)), BROADSHEET_GENCORPUS);
    m_corpus = m_dir.filePath(QStringLiteral("a"));
    QVERIFY(generate(m_corpus, 7));
    m_files = fingerprint(m_corpus);
    QVERIFY(!m_files.isEmpty());
}

void TestGenCorpus::layout()
{
    static const QRegularExpression shape(QStringLiteral("^([^/]+)/(\\d{4}-\\d{2}-\\d{2})/(\\d{2})\\.txt$"));
    QSet<QString> papers;
    QMap<QString, QList<int>> pagesByIssue;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        const QRegularExpressionMatch m = shape.match(it.key());
        QVERIFY2(m.hasMatch(), qPrintable(it.key()));
        QVERIFY2(QDate::fromString(m.captured(2), Qt::ISODate).isValid(), qPrintable(it.key()));
        papers.insert(m.captured(1));
        pagesByIssue[m.captured(1) + QLatin1Char('/') + m.captured(2)].append(m.captured(3).toInt());
    }
    QCOMPARE(papers.size(), 3);
    for (auto it = pagesByIssue.cbegin(); it != pagesByIssue.cend(); ++it) {
        QList<int> pages = it.value();
        std::sort(pages.begin(), pages.end());
        QVERIFY2(pages.size() >= 4 && pages.size() <= 8, qPrintable(it.key()));
        for (int i = 0; i < pages.size(); ++i)
            QCOMPARE(pages.at(i), i + 1); // an issue's pages run 01..NN without gaps
    }
}

void TestGenCorpus::size()
{
    qint64 bytes = 0;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        bytes += QFileInfo(m_corpus + QLatin1Char('/') + it.key()).size();
    const qint64 target = qint64(kMegabytes * 1024 * 1024);
    QVERIFY2(bytes >= target, qPrintable(QString::number(bytes)));
    // Only the issue that crosses the target is finished past it: at most 8 pages of ~20 KB.
    QVERIFY2(bytes < target + 400 * 1024, qPrintable(QString::number(bytes)));
}

void TestGenCorpus::deterministic()
{
    const QString again = m_dir.filePath(QStringLiteral("b"));
    QVERIFY(generate(again, 7));
    QCOMPARE(fingerprint(again), m_files);
    const QString other = m_dir.filePath(QStringLiteral("c"));
    QVERIFY(generate(other, 8));
    QVERIFY(fingerprint(other) != m_files);
}

void TestGenCorpus::pagesDecodeAndSegment()
{
    const PageSegmenter segmenter;
    QSet<QString> encodings;
    int crlf = 0;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        QFile file(m_corpus + QLatin1Char('/') + it.key());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        crlf += bytes.contains("\r\n") ? 1 : 0;
        const Result<DecodedText> decoded = decodeText(bytes, it.key());
        QVERIFY2(decoded.ok(),
            qPrintable(it.key() + QStringLiteral(": ") + (decoded.ok() ? QString() : decoded.error())));
        // A mis-detected charset decodes "cleanly" into nonsense; real Chinese text has full stops.
        QVERIFY2(decoded->text.contains(QChar(u'。')),
            qPrintable(it.key() + QLatin1Char(' ') + decoded->encoding));
        encodings.insert(decoded->encoding);
        PageHints hints;
        hints.source = QFileInfo(it.key()).fileName();
        hints.encoding = decoded->encoding;
        const Page page = segmenter.segment(decoded->text, hints);
        QVERIFY2(!page.articles.isEmpty(), qPrintable(it.key()));
    }
    QVERIFY2(
        encodings.contains(QStringLiteral("UTF-8")), qPrintable(QStringList(encodings.values()).join(u',')));
    QVERIFY2(encodings.contains(QStringLiteral("GB18030")),
        qPrintable(QStringList(encodings.values()).join(u',')));
    QVERIFY(crlf > 0);
}

void TestGenCorpus::jumpLinesHaveContinuations()
{
    static const QRegularExpression jump(
        QStringLiteral("^[（(]?(下转|转|上接|接)第([0-9〇一二三四五六七八九十]+)版[）)]?$"));
    // issue → "from>to" pairs announced by 下转 lines, and the same pairs found by 上接 lines.
    QMap<QString, QStringList> announced;
    QMap<QString, QStringList> arrived;
    QMap<QString, int> pageCount;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        const QString issue = QFileInfo(it.key()).path();
        const int page = QFileInfo(it.key()).baseName().toInt();
        pageCount[issue] = qMax(pageCount.value(issue), page);
        QFile file(m_corpus + QLatin1Char('/') + it.key());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<DecodedText> decoded = decodeText(file.readAll(), it.key());
        QVERIFY(decoded.ok());
        for (const QString &line : decoded->text.split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = jump.match(line.trimmed());
            if (!m.hasMatch())
                continue;
            const int other = parsePageNumber(m.captured(2));
            const bool forward = m.captured(1).endsWith(QChar(u'转'));
            if (forward) {
                QVERIFY2(other > page, qPrintable(it.key() + QLatin1Char(' ') + line));
                announced[issue] << QStringLiteral("%1>%2").arg(page).arg(other);
            } else {
                QVERIFY2(other < page, qPrintable(it.key() + QLatin1Char(' ') + line));
                arrived[issue] << QStringLiteral("%1>%2").arg(other).arg(page);
            }
        }
    }
    int jumps = 0;
    for (auto it = announced.begin(); it != announced.end(); ++it) {
        QStringList out = it.value();
        QStringList in = arrived.value(it.key());
        std::sort(out.begin(), out.end());
        std::sort(in.begin(), in.end());
        QCOMPARE(in, out);
        jumps += int(out.size());
    }
    for (auto it = arrived.cbegin(); it != arrived.cend(); ++it)
        QVERIFY2(announced.contains(it.key()), qPrintable(it.key()));
    QVERIFY(jumps > 10);
    for (auto it = pageCount.cbegin(); it != pageCount.cend(); ++it) {
        for (const QString &pair : announced.value(it.key()))
            QVERIFY(pair.section(QLatin1Char('>'), 1).toInt() <= it.value());
    }
}

void TestGenCorpus::traditionalSubstitutionsFoldBack()
{
    // Search tests rely on every substituted character folding back to the Simplified original.
    const QList<QPair<QChar, QChar>> pairs = traditionalPairs();
    QVERIFY(pairs.size() > 300);
    QString traditional;
    for (const auto &pair : pairs) {
        QCOMPARE(toSimplified(QString(pair.second)), QString(pair.first));
        traditional += pair.second;
    }
    // And the corpus holds some of them.
    int pagesWithTraditional = 0;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it) {
        QFile file(m_corpus + QLatin1Char('/') + it.key());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Result<DecodedText> decoded = decodeText(file.readAll(), it.key());
        QVERIFY(decoded.ok());
        int count = 0;
        for (const QChar c : decoded->text)
            count += traditional.contains(c) ? 1 : 0;
        pagesWithTraditional += count >= 20 ? 1 : 0;
    }
    QVERIFY(pagesWithTraditional > 0);
}

QTEST_GUILESS_MAIN(TestGenCorpus)
#include "tst_gencorpus.moc"
