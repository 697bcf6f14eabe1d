// Bad input for `broadsheet-cli import` as a whole: a huge folder of tiny files (issue 8's matrix),
// generated at test time and imported through the real CLI into a real library.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

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
    if (!p.waitForFinished(600000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A name without digits, so no page number, paper or date is read from it: every file is its own
// unnumbered page (whose place in the issue is its file name).
QString letters(int n)
{
    QString s;
    do {
        s.prepend(QChar(u'a' + n % 26));
        n /= 26;
    } while (n > 0);
    return s;
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

// The source paths of the stored pages, read with SQLite directly.
// The distinct values of one text column, read straight from the library file.
QSet<QString> storedTexts(const QString &library, const char *sql)
{
    QSet<QString> out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(library.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return out;
    }
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW)
            out.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}

QSet<QString> storedSourcePaths(const QString &library)
{
    return storedTexts(library, "SELECT source_path FROM pages");
}

QSet<QString> storedHeadlines(const QString &library)
{
    return storedTexts(library, "SELECT headline FROM articles");
}

bool execSql(const QString &library, const char *sql)
{
    sqlite3 *db = nullptr;
    const bool ok = sqlite3_open_v2(library.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK
        && sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    sqlite3_close(db);
    return ok;
}

} // namespace

class TestBadImport : public QObject {
    Q_OBJECT

private slots:
    void hugeFolderOfTinyFiles();
    void sameFileNameInTwoFolders();
    void legacySlotsStillMatchTheirOwnFile();
};

// 20 000 files of 0 to a few bytes in 400 nested folders: unique short texts, empty files,
// whitespace-only files, copies of one text, and a few binary files.
void TestBadImport::hugeFolderOfTinyFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.filePath(QStringLiteral("tiny"));
    const QString library = dir.filePath(QStringLiteral("library.sqlite"));

    const int folders = 40, subfolders = 10, perFolder = 50; // 20 000 files
    QStringList uniqueTexts, empties, blanks, copies, binaries;
    int index = 0;
    for (int f = 0; f < folders; ++f) {
        for (int s = 0; s < subfolders; ++s) {
            const QString folder = QStringLiteral("%1/dir-%2/sub-%3").arg(root, letters(f), letters(s));
            QVERIFY(QDir().mkpath(folder));
            for (int i = 0; i < perFolder; ++i, ++index) {
                const QString path = QStringLiteral("%1/note-%2.txt").arg(folder, letters(index));
                switch (index % 100) {
                case 7: // 200 empty files
                    write(path, QByteArray());
                    empties << path;
                    break;
                case 13: // 200 files of spaces and line ends (all the same bytes)
                    write(path, "  \r\n\t\n");
                    blanks << path;
                    break;
                case 21: // 200 copies of one text
                    write(path, "同一条短讯。");
                    copies << path;
                    break;
                case 42:
                    if (index % 1000 == 42) { // 20 binary files
                        write(path, QByteArray("\x01\x00\x02", 3));
                        binaries << path;
                        break;
                    }
                    [[fallthrough]];
                default: // a few bytes of unique text: "简讯" and a number
                    write(path, QStringLiteral("简讯%1").arg(index).toUtf8());
                    uniqueTexts << path;
                    break;
                }
            }
        }
    }
    QCOMPARE(index, 20000);

    const Run run = cli({QStringLiteral("--library"), library, QStringLiteral("import"), root, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1); // the binary files failed
    const QJsonObject summary = QJsonDocument::fromJson(run.out).object();
    QVERIFY2(!summary.isEmpty(), qPrintable(run.err.right(2000)));

    // Every file is accounted for, by name, exactly once.
    const QJsonArray files = summary.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 20000);
    QHash<QString, QJsonObject> byPath;
    for (const QJsonValue &v : files)
        byPath.insert(v.toObject().value(QStringLiteral("path")).toString(), v.toObject());
    QCOMPARE(byPath.size(), 20000);

    // Identical contents are stored once: one empty page, one blank page, one page of the copied
    // text; the other copies are "already in library". Binary files fail alone, naming themselves.
    const int distinctContents = int(uniqueTexts.size()) + 3;
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), distinctContents);
    QCOMPARE(summary.value(QStringLiteral("unchanged")).toInt(), int(empties.size() + blanks.size() + copies.size()) - 3);
    QCOMPARE(summary.value(QStringLiteral("replaced")).toInt(), 0);
    QCOMPARE(summary.value(QStringLiteral("failed")).toInt(), int(binaries.size()));
    QCOMPARE(summary.value(QStringLiteral("cancelled")).toBool(), false);
    for (const QString &path : binaries) {
        const QJsonObject f = byPath.value(path);
        QCOMPARE(f.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        QVERIFY2(f.value(QStringLiteral("message")).toString().contains(QFileInfo(path).fileName()),
                 qPrintable(f.value(QStringLiteral("message")).toString()));
        QVERIFY(f.value(QStringLiteral("message")).toString().contains(QStringLiteral("not a text file")));
    }
    // Empty and blank files are listed by name with no articles (the one stored of each is a page
    // with no articles).
    for (const QString &path : empties + blanks) {
        const QJsonObject f = byPath.value(path);
        QVERIFY2(!f.isEmpty(), qPrintable(path));
        QCOMPARE(f.value(QStringLiteral("articles")).toInt(), 0);
        QVERIFY(f.value(QStringLiteral("outcome")).toString() != QLatin1String("failed"));
    }

    // Nothing is lost: every text file is a stored page (the copies through their first file).
    const QSet<QString> stored = storedSourcePaths(library);
    QCOMPARE(stored.size(), distinctContents);
    for (const QString &path : uniqueTexts)
        QVERIFY2(stored.contains(path), qPrintable(path));
    int storedEmpties = 0, storedBlanks = 0, storedCopies = 0;
    for (const QString &path : stored) {
        storedEmpties += empties.contains(path);
        storedBlanks += blanks.contains(path);
        storedCopies += copies.contains(path);
    }
    QCOMPARE(storedEmpties, 1);
    QCOMPARE(storedBlanks, 1);
    QCOMPARE(storedCopies, 1);

    // The totals agree with the per-file report, and the library checks out.
    qint64 articles = 0;
    for (const QJsonValue &v : files) {
        if (v.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("imported"))
            articles += v.toObject().value(QStringLiteral("articles")).toInteger();
    }
    QCOMPARE(summary.value(QStringLiteral("articles")).toInteger(), articles);
    const Run stats = cli({QStringLiteral("--library"), library, QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject totals = QJsonDocument::fromJson(stats.out).object();
    QCOMPARE(totals.value(QStringLiteral("pages")).toInt(), distinctContents);
    QCOMPARE(totals.value(QStringLiteral("articles")).toInteger(), articles);
    const Run check = cli({QStringLiteral("--library"), library, QStringLiteral("check")});
    QCOMPARE(check.exitCode, 0);
    QVERIFY2(check.out.startsWith("ok:"), check.out.constData());

    // The same folder again changes nothing: all text files are "already in library".
    const Run again = cli({QStringLiteral("--library"), library, QStringLiteral("import"), root, QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 1);
    const QJsonObject second = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(second.value(QStringLiteral("imported")).toInt(), 0);
    QCOMPARE(second.value(QStringLiteral("unchanged")).toInt(), 20000 - int(binaries.size()));
    QCOMPARE(second.value(QStringLiteral("failed")).toInt(), int(binaries.size()));
    QCOMPARE(storedSourcePaths(library).size(), distinctContents);
}

// x/notes.txt and y/notes.txt in a temporary folder that names no paper or date, and a library
// beside them.
struct TwoFolders {
    QTemporaryDir dir;
    QString xNotes = dir.filePath(QStringLiteral("x/notes.txt"));
    QString yNotes = dir.filePath(QStringLiteral("y/notes.txt"));
    QString library = dir.filePath(QStringLiteral("library.sqlite"));
    bool makeFolders() const { return dir.isValid() && QDir().mkpath(dir.filePath(QStringLiteral("x"))) && QDir().mkpath(dir.filePath(QStringLiteral("y"))); }
    // `broadsheet-cli import PATHS… --json` into the library: its summary, empty when it failed.
    QJsonObject import(const QStringList &paths) const
    {
        const Run run = cli(QStringList {QStringLiteral("--library"), library, QStringLiteral("import")} + paths
                            + QStringList {QStringLiteral("--json")});
        return run.exitCode == 0 ? QJsonDocument::fromJson(run.out).object() : QJsonObject();
    }
};

// Two different files of the same name in two folders that name no paper or date: both land in
// the undated issue of the unknown paper, placed there by name *and* folder, so both are kept, and
// a changed copy of one replaces only its own page.
void TestBadImport::sameFileNameInTwoFolders()
{
    TwoFolders t;
    QVERIFY(t.makeFolders());
    write(t.xNotes, "# 第一篇标题\n\n第一篇的正文内容。\n");
    write(t.yNotes, "# 第二篇标题\n\n第二篇的正文内容。\n");
    const QJsonObject summary = t.import({t.dir.filePath(QStringLiteral("x")), t.dir.filePath(QStringLiteral("y"))});
    QCOMPARE(summary.value(QStringLiteral("files")).toArray().size(), 2);
    QCOMPARE(summary.value(QStringLiteral("imported")).toInt(), 2);
    QCOMPARE(summary.value(QStringLiteral("replaced")).toInt(), 0);
    QCOMPARE(storedSourcePaths(t.library), (QSet<QString> {t.xNotes, t.yNotes}));

    write(t.xNotes, "# 第一篇新标题\n\n第一篇改过的正文。\n");
    QCOMPARE(t.import({t.xNotes}).value(QStringLiteral("replaced")).toInt(), 1);
    QCOMPARE(storedSourcePaths(t.library), (QSet<QString> {t.xNotes, t.yNotes}));
    QCOMPARE(storedHeadlines(t.library), (QSet<QString> {QStringLiteral("第一篇新标题"), QStringLiteral("第二篇标题")}));
}

// A library written before pages of the catch-all issue were placed by folder holds slots such as
// "file:notes.txt". Re-importing that very file replaces its page; a same-named file from another
// folder is a new page.
void TestBadImport::legacySlotsStillMatchTheirOwnFile()
{
    TwoFolders t;
    QVERIFY(t.makeFolders());
    write(t.xNotes, "# 旧标题\n\n旧的正文内容。\n");
    QCOMPARE(t.import({t.xNotes}).value(QStringLiteral("imported")).toInt(), 1);
    QVERIFY(execSql(t.library, "UPDATE pages SET slot = 'file:notes.txt'"));

    write(t.xNotes, "# 新标题\n\n新的正文内容。\n");
    QCOMPARE(t.import({t.xNotes}).value(QStringLiteral("replaced")).toInt(), 1);
    QCOMPARE(storedHeadlines(t.library), QSet<QString> {QStringLiteral("新标题")});

    QVERIFY(execSql(t.library, "UPDATE pages SET slot = 'file:notes.txt'"));
    write(t.yNotes, "# 另一个文件夹\n\n另一篇正文。\n");
    const QJsonObject other = t.import({t.yNotes});
    QCOMPARE(other.value(QStringLiteral("imported")).toInt(), 1);
    QCOMPARE(other.value(QStringLiteral("replaced")).toInt(), 0);
    QCOMPARE(storedSourcePaths(t.library), (QSet<QString> {t.xNotes, t.yNotes}));
    QCOMPARE(storedHeadlines(t.library), (QSet<QString> {QStringLiteral("新标题"), QStringLiteral("另一个文件夹")}));
}

QTEST_GUILESS_MAIN(TestBadImport)
#include "tst_badimport.moc"
