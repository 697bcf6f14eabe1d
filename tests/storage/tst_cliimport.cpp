// Tests that run the real broadsheet-cli: JSON shapes, an import killed with SIGKILL and run
// again, and a read-only library file and folder.
#include "librarytestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

using namespace broadsheet;
using namespace broadsheet::testing;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs broadsheet-cli with `args`; `asUser` runs it as that (unprivileged) user through setpriv.
Run cli(const QStringList &args, bool asNobody = false)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BROADSHEET_LIBRARY"));
    p.setProcessEnvironment(env);
    if (asNobody) {
        p.start(QStringLiteral("setpriv"), QStringList {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                        QStringLiteral("--clear-groups"), QStringLiteral(BROADSHEET_CLI)}
                                               + args);
    } else {
        p.start(QStringLiteral(BROADSHEET_CLI), args);
    }
    Run r;
    if (!p.waitForFinished(300000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QJsonObject json(const Run &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

} // namespace

class TestCliImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonShapes();
    void killedImportCompletesOnRerun();
    void interruptedImportStopsCleanly();
    void staleSearchIndexIsRebuiltWithProgress();
    void readOnlyLibrary_data();
    void readOnlyLibrary();

private:
    QTemporaryDir m_dir;
};

void TestCliImport::initTestCase()
{
    QVERIFY2(QFileInfo(QStringLiteral(BROADSHEET_CLI)).isExecutable(), BROADSHEET_CLI);
    if (demoPageFiles().size() < 4)
        QSKIP("The demo issue (resources/samples/云澜日报/2025-03-18) is not there.");
}

void TestCliImport::jsonShapes()
{
    const QString lib = m_dir.filePath(QStringLiteral("shapes.sqlite"));
    const Run imported = cli({QStringLiteral("--library"), lib, QStringLiteral("import"), QStringLiteral(BROADSHEET_DEMO_DIR), QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const QJsonObject summary = json(imported);
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 4);
    QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("files")).toArray().size(), 4);

    const Run again = cli({QStringLiteral("--library"), lib, QStringLiteral("import"), demoIssueDir()});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains("already in library"), again.out.constData());

    const Run list = cli({QStringLiteral("--library"), lib, QStringLiteral("list"), QStringLiteral("articles"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray articles = json(list).value(QStringLiteral("articles")).toArray();
    QVERIFY(articles.size() > 4);
    const QStringList expected {QStringLiteral("date"), QStringLiteral("headline"), QStringLiteral("id"), QStringLiteral("page"), QStringLiteral("paper")};
    for (const QJsonValue &a : articles)
        QCOMPARE(sortedKeys(a.toObject()), expected);
    QCOMPARE(articles.at(0).toObject().value(QStringLiteral("paper")).toString(), QStringLiteral("云澜日报"));
    QCOMPARE(articles.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2025-03-18"));
    QCOMPARE(articles.at(0).toObject().value(QStringLiteral("page")).toInt(), 1);

    const Run stats = cli({QStringLiteral("--library"), lib, QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    QCOMPARE(sortedKeys(json(stats)),
             (QStringList {QStringLiteral("articles"), QStringLiteral("bytes"), QStringLiteral("characters"), QStringLiteral("issues"),
                           QStringLiteral("pages"), QStringLiteral("papers")}));
    QCOMPARE(json(stats).value(QStringLiteral("articles")).toInt(), articles.size());

    // show: the page-JSON article plus id/paper/date/page and the parts of a continued article.
    qint64 continued = -1;
    for (const QJsonValue &a : articles) {
        const Run shown = cli({QStringLiteral("--library"), lib, QStringLiteral("show"), QString::number(a.toObject().value(QStringLiteral("id")).toInteger()),
                               QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject o = json(shown);
        for (const char *key : {"kicker", "headline", "subheadline", "column", "byline", "dateline", "blocks", "captions", "continued_from",
                                "continues_to", "id", "paper", "date", "page", "parts"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        if (o.value(QStringLiteral("parts")).toArray().size() > 1) {
            continued = o.value(QStringLiteral("id")).toInteger();
            break;
        }
    }
    QVERIFY2(continued > 0, "the demo issue has a continued article");
    const Run text = cli({QStringLiteral("--library"), lib, QStringLiteral("show"), QString::number(continued), QStringLiteral("--text")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("(continued on p.")));

    const Run check = cli({QStringLiteral("--library"), lib, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY(check.out.startsWith("ok:"));

    const Run missing = cli({QStringLiteral("--library"), lib, QStringLiteral("show"), QStringLiteral("999999")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("no article 999999")));
    const Run bad = cli({QStringLiteral("--library"), lib, QStringLiteral("import"), m_dir.filePath(QStringLiteral("nowhere.txt"))});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains(QStringLiteral("nowhere.txt")));
    QCOMPARE(cli({QStringLiteral("--library"), lib, QStringLiteral("list"), QStringLiteral("things")}).exitCode, 2);
    const Run noLibrary = cli({QStringLiteral("--library"), m_dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("stats")});
    QCOMPARE(noLibrary.exitCode, 1);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.sqlite")))); // reading never creates a library
}

void TestCliImport::killedImportCompletesOnRerun()
{
    QTemporaryDir in;
    const int total = writeDemoCorpus(in.path(), QStringLiteral("云澜日报"), 400);
    QCOMPARE(total, 1600);
    const QString lib = m_dir.filePath(QStringLiteral("killed.sqlite"));

    QProcess child;
    child.start(QStringLiteral(BROADSHEET_CLI), {QStringLiteral("--library"), lib, QStringLiteral("import"), in.path()});
    QVERIFY(child.waitForStarted());
    // Kill it once some pages are committed, in the middle of its work.
    qint64 seen = 0;
    for (int i = 0; i < 6000 && child.state() == QProcess::Running; ++i) {
        if (QFileInfo::exists(lib)) {
            Result<LibraryStore> store = LibraryStore::open(lib, LibraryStore::Access::ReadOnly);
            if (store) {
                const Result<LibraryStats> stats = store->stats();
                if (stats && stats->pages >= 100) {
                    seen = stats->pages;
                    break;
                }
            }
        }
        QThread::msleep(10);
    }
    QVERIFY2(child.state() == QProcess::Running, "the import ended before it could be killed: make the corpus larger");
    QVERIFY(child.processId() > 0); // kill(0) would signal this test's own process group
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // Whatever was committed is whole; the library checks out.
    const Run check = cli({QStringLiteral("--library"), lib, QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    const qint64 kept = json(cli({QStringLiteral("--library"), lib, QStringLiteral("stats"), QStringLiteral("--json")}))
                            .value(QStringLiteral("pages")).toInteger();
    QVERIFY(kept >= seen);
    QVERIFY2(kept < total, "killed mid-way, not everything is in");
    qInfo("killed after %lld of %d pages", kept, total);

    // The same import again completes it.
    const Run rerun = cli({QStringLiteral("--library"), lib, QStringLiteral("import"), in.path(), QStringLiteral("--json")});
    QVERIFY2(rerun.exitCode == 0, qPrintable(rerun.err));
    const QJsonObject summary = json(rerun);
    QCOMPARE(summary.value(QStringLiteral("unchanged")).toInteger(), kept);
    QCOMPARE(summary.value(QStringLiteral("imported")).toInteger(), total - kept);
    QCOMPARE(cli({QStringLiteral("--library"), lib, QStringLiteral("check")}).exitCode, 0);

    // Same counts as a library that was never interrupted.
    const QString clean = m_dir.filePath(QStringLiteral("clean.sqlite"));
    QCOMPARE(cli({QStringLiteral("--library"), clean, QStringLiteral("import"), in.path()}).exitCode, 0);
    const QJsonObject a = json(cli({QStringLiteral("--library"), lib, QStringLiteral("stats"), QStringLiteral("--json")}));
    const QJsonObject b = json(cli({QStringLiteral("--library"), clean, QStringLiteral("stats"), QStringLiteral("--json")}));
    QCOMPARE(a, b);
}

void TestCliImport::interruptedImportStopsCleanly()
{
    QTemporaryDir in;
    const int total = writeDemoCorpus(in.path(), QStringLiteral("云澜日报"), 400);
    const QString lib = m_dir.filePath(QStringLiteral("interrupted.sqlite"));
    QProcess child;
    child.start(QStringLiteral(BROADSHEET_CLI), {QStringLiteral("--library"), lib, QStringLiteral("import"), in.path(), QStringLiteral("--json")});
    QVERIFY(child.waitForStarted());
    for (int i = 0; i < 6000 && child.state() == QProcess::Running; ++i) {
        if (QFileInfo::exists(lib)) {
            Result<LibraryStore> store = LibraryStore::open(lib, LibraryStore::Access::ReadOnly);
            if (store && store->stats() && store->stats()->pages >= 100)
                break;
        }
        QThread::msleep(10);
    }
    QVERIFY2(child.state() == QProcess::Running, "the import ended before it could be interrupted");
    QVERIFY(child.processId() > 0);
    ::kill(pid_t(child.processId()), SIGINT); // Ctrl-C
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 130);
    // It says what it stored, and that is what the library holds.
    const QJsonObject summary = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
    QVERIFY(summary.value(QStringLiteral("cancelled")).toBool());
    const qint64 stored = summary.value(QStringLiteral("imported")).toInteger();
    QVERIFY(stored >= 100 && stored < total);
    QCOMPARE(json(cli({QStringLiteral("--library"), lib, QStringLiteral("stats"), QStringLiteral("--json")})).value(QStringLiteral("pages")).toInteger(),
             stored);
    QCOMPARE(cli({QStringLiteral("--library"), lib, QStringLiteral("check")}).exitCode, 0);
    const Run rerun = cli({QStringLiteral("--library"), lib, QStringLiteral("import"), in.path(), QStringLiteral("--json")});
    QCOMPARE(rerun.exitCode, 0);
    QCOMPARE(json(rerun).value(QStringLiteral("imported")).toInteger(), total - stored);
}

// A library whose search index another tokenizer version built is re-indexed before `import`
// (and `search`) goes on, saying so on stderr, and searching works afterwards.
void TestCliImport::staleSearchIndexIsRebuiltWithProgress()
{
    const QString lib = m_dir.filePath(QStringLiteral("stale.sqlite"));
    const QStringList pages = demoPageFiles();
    QCOMPARE(cli({QStringLiteral("--library"), lib, QStringLiteral("import"), pages[0], pages[1]}).exitCode, 0);
    auto makeStale = [&] {
        Result<LibraryStore> store = LibraryStore::open(lib);
        return store.ok()
            && store->database()
                   .exec("INSERT INTO article_fts (article_fts) VALUES ('delete-all'); "
                         "UPDATE search_meta SET value = 'bigram-0/old' WHERE key = 'tokenizer'")
                   .ok();
    };
    QVERIFY(makeStale());
    const Run imported = cli({QStringLiteral("--library"), lib, QStringLiteral("import"), pages[2], QStringLiteral("--json")});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.err.contains(QStringLiteral("Re-indexing the library for search")), qPrintable(imported.err));
    // Non-terminal stderr: plain lines, the last one saying all the articles are done.
    QStringList lines = imported.err.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &l) { return !l.startsWith(QStringLiteral("Re-indexing")); });
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(\\d+) of (\\d+) articles$")).match(lines.last());
    QVERIFY2(m.hasMatch() && m.captured(1) == m.captured(2) && m.captured(1).toInt() > 0, qPrintable(imported.err));

    // Every article of the three pages is found again by a word the demo's first page holds.
    const Run found = cli({QStringLiteral("--library"), lib, QStringLiteral("search"), QStringLiteral("稳投资"), QStringLiteral("--json")});
    QCOMPARE(found.exitCode, 0);
    QVERIFY(json(found).value(QStringLiteral("total")).toInt() >= 1);

    QVERIFY(makeStale());
    const Run searched = cli({QStringLiteral("--library"), lib, QStringLiteral("search"), QStringLiteral("稳投资"), QStringLiteral("--json")});
    QCOMPARE(searched.exitCode, 0);
    QVERIFY2(searched.err.contains(QStringLiteral("Re-indexing the library for search")), qPrintable(searched.err));
    QCOMPARE(json(searched).value(QStringLiteral("total")).toInt(), json(found).value(QStringLiteral("total")).toInt());
}

void TestCliImport::readOnlyLibrary_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::newRow("read-only file") << false;
    QTest::newRow("read-only folder") << true;
}

void TestCliImport::readOnlyLibrary()
{
    QFETCH(bool, folderReadOnly);
    // Permission bits do not stop root: as root, the commands run as "nobody" (setpriv), for whom
    // the same bits do apply. Then the folders on the way must let nobody through.
    const bool root = ::geteuid() == 0;
    if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        QSKIP("Running as root without setpriv: cannot make a file read-only for the program.");
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                          | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    const QString folder = dir.filePath(QStringLiteral("lib"));
    QVERIFY(QDir().mkpath(folder));
    const QString lib = folder + QStringLiteral("/library.sqlite");
    QVERIFY(cli({QStringLiteral("--library"), lib, QStringLiteral("import"), demoPageFiles().at(1)}).exitCode == 0);
    const QString page = dir.filePath(QStringLiteral("in/云澜日报/2025-03-18/03.txt"));
    QVERIFY(writeFile(page, demoPageUtf8(2)));
    QFile::setPermissions(dir.filePath(QStringLiteral("in")), QFile::permissions(dir.path()));

    const auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther;
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto exec = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(lib, folderReadOnly ? all : readOnly));
    QVERIFY(QFile::setPermissions(folder, folderReadOnly ? (readOnly | exec) : (all | exec)));
    const QByteArray before = readAll(lib);

    const Run import = cli({QStringLiteral("--library"), lib, QStringLiteral("import"), page}, root);
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(lib) || import.err.contains(folder), qPrintable(import.err));
    QVERIFY2(import.err.contains(QStringLiteral("read-only")), qPrintable(import.err));
    QCOMPARE(readAll(lib), before);

    // Reading still works.
    const Run list = cli({QStringLiteral("--library"), lib, QStringLiteral("list"), QStringLiteral("pages"), QStringLiteral("--json")}, root);
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(json(list).value(QStringLiteral("pages")).toArray().size(), 1);
    QCOMPARE(readAll(lib), before);
    QFile::setPermissions(folder, all | exec);
}

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
