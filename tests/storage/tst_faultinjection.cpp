// Fault injection against the real broadsheet-cli: an import killed with SIGKILL at many random
// points, another process holding the library's write lock, and a library overwritten with garbage
// after it was in use. (One kill, Ctrl-C, read-only files and full disks are in tst_cliimport and
// tst_libraryfiles.)
#include "librarytestsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sqlite3.h>

using namespace broadsheet;
using namespace broadsheet::testing;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BROADSHEET_LIBRARY"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BROADSHEET_CLI), args);
    Run r;
    if (!p.waitForFinished(300000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// SIGKILL to the child if it still runs (processId() is 0 once it has ended, and kill(0) would hit
// the test's own process group), then reaps it.
void killChild(QProcess &child)
{
    const qint64 pid = child.processId();
    if (child.state() == QProcess::Running && pid > 0)
        ::kill(pid_t(pid), SIGKILL);
    child.waitForFinished();
}

QStringList libraryArgs(const QString &lib, const QStringList &rest)
{
    return QStringList {QStringLiteral("--library"), lib} + rest;
}

QJsonObject statsOf(const QString &lib)
{
    return QJsonDocument::fromJson(cli(libraryArgs(lib, {QStringLiteral("stats"), QStringLiteral("--json")})).out).object();
}

// Source path -> number of articles, for every page the library holds, read with a plain SQLite
// connection so that the product's own code is not the judge of its file.
QMap<QString, int> articlesPerPage(const QString &lib)
{
    QMap<QString, int> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(lib.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return out;
    }
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT p.source_path, COUNT(a.id) FROM pages p LEFT JOIN articles a ON a.page_id = p.id GROUP BY p.id",
                           -1, &st, nullptr)
        == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW)
            out.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))), sqlite3_column_int(st, 1));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

// Pages under <root>/<paper>/<date>/<NN>.txt for three papers with different date ranges; each page
// is a demo page with a paragraph naming its paper, day and page, so no two pages share content.
int writeCorpus(const QString &root, int daysPerPaper)
{
    QList<QByteArray> demo;
    for (int i = 0; i < demoPageFiles().size(); ++i)
        demo.append(demoPageUtf8(i));
    const QStringList papers {QStringLiteral("云澜日报"), QStringLiteral("临江晚报"), QStringLiteral("北岸商报")};
    int written = 0;
    for (qsizetype k = 0; k < papers.size(); ++k) {
        const QDate first = QDate(2023, 3, 1).addDays(37 * k);
        for (int d = 0; d < daysPerPaper; ++d) {
            const QDate date = first.addDays(2 * d);
            for (qsizetype p = 0; p < demo.size(); ++p) {
                const QByteArray extra = QStringLiteral("\n\n%1讯，%2第%3版。\n").arg(papers.at(k), date.toString(Qt::ISODate)).arg(p + 1).toUtf8();
                const QString path = QStringLiteral("%1/%2/%3/%4.txt")
                                         .arg(root, papers.at(k), date.toString(Qt::ISODate))
                                         .arg(p + 1, 2, 10, QLatin1Char('0'));
                if (!writeFile(path, demo.at(p) + extra))
                    return -1;
                ++written;
            }
        }
    }
    return written;
}

} // namespace

class TestFaultInjection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void killedAtRandomPoints();
    void killedWhileCreatingTheLibrary();
    void writeLockHeldByAnotherProcess();
    void garbageOverwrittenLibrary();

private:
    QTemporaryDir m_dir;
};

void TestFaultInjection::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(BROADSHEET_CLI)).isExecutable(), BROADSHEET_CLI);
    if (demoPageFiles().size() < 4)
        QSKIP("The demo issue (resources/samples/云澜日报/2025-03-18) is not there.");
    QVERIFY(m_dir.isValid());
}

void TestFaultInjection::killedAtRandomPoints()
{
    const QString in = m_dir.filePath(QStringLiteral("pages"));
    const int total = writeCorpus(in, 200);
    QCOMPARE(total, 2400);

    // The reference: the same folder imported without interruption. Its duration only scales the
    // random kill delays below; nothing is asserted about it.
    const QString clean = m_dir.filePath(QStringLiteral("clean.sqlite"));
    QElapsedTimer timer;
    timer.start();
    const Run reference = cli(libraryArgs(clean, {QStringLiteral("import"), in}));
    const qint64 cleanMs = timer.elapsed();
    QVERIFY2(reference.exitCode == 0, qPrintable(reference.err));
    const QJsonObject cleanStats = statsOf(clean);
    const QMap<QString, int> cleanPages = articlesPerPage(clean);
    QCOMPARE(cleanPages.size(), total);
    qInfo("clean import of %d pages: %lld ms", total, cleanMs);

    // A run that finds every page already stored: roughly what each restarted import spends before
    // it writes anything new (scanning, hashing, opening the library).
    timer.restart();
    QCOMPARE(cli(libraryArgs(clean, {QStringLiteral("import"), in})).exitCode, 0);
    const qint64 startupMs = qMax<qint64>(timer.elapsed(), 10);

    // The importer commits every 200 pages or about every 0.5 s; a batch's time scales the delays.
    const qint64 batchMs = qBound(qint64(10), cleanMs * 200 / total, qint64(500));
    // Each kill comes at a random moment from the middle of the start-up to two batches after
    // it (never past half the work still left), so the points spread over scanning, opening, parsing,
    // writing and committing, and the library grows from kill to kill without being completed.
    const QString lib = m_dir.filePath(QStringLiteral("killed.sqlite"));
    QRandomGenerator rng(20261126);
    int kills = 0, killsThatKeptNewPages = 0;
    qint64 keptBefore = 0;
    QList<quint32> delays;
    for (int attempt = 0; attempt < 40 && kills < 20; ++attempt) {
        const qint64 remainingMs = cleanMs * (total - keptBefore) / total;
        const qint64 spread = qMin(remainingMs / 2, 2 * batchMs);
        const quint32 delay = quint32(startupMs / 2) + rng.bounded(quint32(startupMs / 2 + spread + 1));
        QProcess child;
        child.start(QStringLiteral(BROADSHEET_CLI), libraryArgs(lib, {QStringLiteral("import"), in}));
        QVERIFY(child.waitForStarted());
        QThread::msleep(delay);
        killChild(child);
        if (child.exitStatus() == QProcess::NormalExit) {
            QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
            break; // it finished before the kill: the checks after the loop say so
        }
        ++kills;
        delays.append(delay);

        if (!QFileInfo::exists(lib))
            continue; // killed before it created the library: nothing to check yet
        const Run check = cli(libraryArgs(lib, {QStringLiteral("check")}));
        QVERIFY2(check.exitCode == 0 && check.out.startsWith("ok:"),
                 qPrintable(QStringLiteral("after kill %1 (%2 ms): %3 %4").arg(kills).arg(delay).arg(QString::fromUtf8(check.out), check.err)));

        // Pages are whole: each stored page has exactly the articles it has in the clean library,
        // and the totals agree with the pages.
        const QJsonObject stats = statsOf(lib);
        const QMap<QString, int> pages = articlesPerPage(lib);
        qint64 articles = 0;
        for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
            QVERIFY2(cleanPages.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(it.value() == cleanPages.value(it.key()),
                     qPrintable(QStringLiteral("%1 has %2 articles, %3 expected").arg(it.key()).arg(it.value()).arg(cleanPages.value(it.key()))));
            articles += it.value();
        }
        QCOMPARE(stats.value(QStringLiteral("pages")).toInteger(), qint64(pages.size()));
        QCOMPARE(stats.value(QStringLiteral("articles")).toInteger(), articles);
        // Nothing committed before is lost.
        QVERIFY(pages.size() >= keptBefore);
        if (pages.size() > keptBefore)
            ++killsThatKeptNewPages;
        keptBefore = pages.size();
    }
    QString delayList;
    for (quint32 d : delays)
        delayList += QString::number(d) + QLatin1Char(' ');
    qInfo("start-up %lld ms, batch %lld ms; %d kills, %d of them after new pages were committed; delays (ms): %s; %lld of %d pages stored before the last run",
          startupMs, batchMs, kills, killsThatKeptNewPages, qPrintable(delayList), keptBefore, total);
    QVERIFY2(kills >= 20, "the import finished before 20 kills: make the corpus larger");
    QVERIFY2(killsThatKeptNewPages >= 3, "too few kills came after pages were committed: the kill points miss the import's work");
    QVERIFY2(keptBefore < total, "the killed runs stored everything: the final run below would prove nothing");

    // The same import again completes it, and the library equals the clean one.
    const Run rerun = cli(libraryArgs(lib, {QStringLiteral("import"), in, QStringLiteral("--json")}));
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
    const QJsonObject summary = QJsonDocument::fromJson(rerun.out).object();
    QCOMPARE(summary.value(QStringLiteral("unchanged")).toInteger(), keptBefore);
    QCOMPARE(summary.value(QStringLiteral("imported")).toInteger(), total - keptBefore);
    QCOMPARE(summary.value(QStringLiteral("failed")).toInteger(), 0);
    QCOMPARE(cli(libraryArgs(lib, {QStringLiteral("check")})).exitCode, 0);
    QCOMPARE(statsOf(lib), cleanStats);
    QCOMPARE(articlesPerPage(lib), cleanPages);
}

void TestFaultInjection::killedWhileCreatingTheLibrary()
{
    // Kills in the first few tens of milliseconds of a fresh library's life: before the file
    // exists, while its tables are being created, and during the first pages.
    QRandomGenerator rng(811);
    int halfCreated = 0;
    for (int i = 0; i < 12; ++i) {
        const QString lib = m_dir.filePath(QStringLiteral("young%1.sqlite").arg(i));
        const quint32 delay = rng.bounded(60u);
        QProcess child;
        child.start(QStringLiteral(BROADSHEET_CLI), libraryArgs(lib, {QStringLiteral("import"), demoIssueDir()}));
        QVERIFY(child.waitForStarted());
        QThread::msleep(delay);
        killChild(child);
        if (QFileInfo::exists(lib)) {
            // Either a whole library, or a refusal naming the file; never a crash or a silent success
            // on a file without tables.
            const Run check = cli(libraryArgs(lib, {QStringLiteral("check")}));
            if (check.exitCode != 0) {
                ++halfCreated;
                QCOMPARE(check.exitCode, 1);
                QVERIFY2(check.err.contains(lib), qPrintable(check.err));
            } else {
                QVERIFY2(check.out.startsWith("ok:"), check.out.constData());
            }
        }
        // Running the import again always gives the whole demo issue.
        const Run rerun = cli(libraryArgs(lib, {QStringLiteral("import"), demoIssueDir()}));
        QVERIFY2(rerun.exitCode == 0, qPrintable(QStringLiteral("after a kill at %1 ms: %2").arg(delay).arg(rerun.err)));
        QVERIFY2(cli(libraryArgs(lib, {QStringLiteral("check")})).exitCode == 0, qPrintable(lib));
        QCOMPARE(statsOf(lib).value(QStringLiteral("pages")).toInt(), 4);
    }
    qInfo("%d of 12 kills left a library file that was not set up yet", halfCreated);
}

void TestFaultInjection::writeLockHeldByAnotherProcess()
{
    const QString lib = m_dir.filePath(QStringLiteral("locked.sqlite"));
    const QStringList demo = demoPageFiles();
    QVERIFY(cli(libraryArgs(lib, {QStringLiteral("import"), demo.at(0)})).exitCode == 0);
    const QJsonObject before = statsOf(lib);
    QCOMPARE(before.value(QStringLiteral("pages")).toInt(), 1);

    // Another program takes the write lock and keeps it.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(lib.toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);

    QProcess child;
    child.start(QStringLiteral(BROADSHEET_CLI), libraryArgs(lib, {QStringLiteral("import"), demo.at(1), demo.at(2), QStringLiteral("--json")}));
    QVERIFY(child.waitForStarted());
    QString err;
    for (int i = 0; i < 300 && child.state() == QProcess::Running && !err.contains(QStringLiteral("busy")); ++i) {
        child.waitForReadyRead(100);
        err += QString::fromUtf8(child.readAllStandardError());
    }
    // It says why it waits, naming the library, and keeps waiting rather than failing.
    QVERIFY2(err.contains(QStringLiteral("busy")) && err.contains(lib), qPrintable(err));
    QThread::msleep(300);
    QCOMPARE(child.state(), QProcess::Running);
    // Readers are not blocked meanwhile, and nothing was written behind the lock holder's back.
    QCOMPARE(statsOf(lib), before);

    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == 0, child.readAllStandardError().constData());
    QCOMPARE(QJsonDocument::fromJson(child.readAllStandardOutput()).object().value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(cli(libraryArgs(lib, {QStringLiteral("check")})).exitCode, 0);
    QCOMPARE(statsOf(lib).value(QStringLiteral("pages")).toInt(), 3);
}

void TestFaultInjection::garbageOverwrittenLibrary()
{
    const QString lib = m_dir.filePath(QStringLiteral("overwritten.sqlite"));
    QVERIFY(cli(libraryArgs(lib, {QStringLiteral("import"), demoIssueDir()})).exitCode == 0);
    QCOMPARE(statsOf(lib).value(QStringLiteral("pages")).toInt(), 4);

    // Something else writes over the whole file (the side files of the last session are gone with it).
    QByteArray garbage(int(QFileInfo(lib).size()), '\0');
    QRandomGenerator rng(8);
    for (char &c : garbage)
        c = char(rng.bounded(256));
    QVERIFY(writeFile(lib, garbage));
    QFile::remove(lib + QStringLiteral("-wal"));
    QFile::remove(lib + QStringLiteral("-shm"));

    const QList<QStringList> commands {
        {QStringLiteral("stats")},
        {QStringLiteral("list"), QStringLiteral("articles")},
        {QStringLiteral("check")},
        {QStringLiteral("search"), QStringLiteral("报")},
        {QStringLiteral("import"), demoPageFiles().at(0)},
    };
    for (const QStringList &command : commands) {
        const Run r = cli(libraryArgs(lib, command));
        const QString what = command.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err;
        QVERIFY2(r.exitCode == 1, qPrintable(what));
        QVERIFY2(r.err.contains(lib), qPrintable(what));
        QVERIFY2(r.err.contains(QStringLiteral("not a Broadsheet library")) || r.err.contains(QStringLiteral("damaged")), qPrintable(what));
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QCOMPARE(readAll(lib), garbage);
    }
}

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
