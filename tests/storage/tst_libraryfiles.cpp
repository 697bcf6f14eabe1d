// Tests for the library file's safety: garbage, truncated, foreign and newer files are refused
// with a sentence naming the path and are left untouched; an upgrade keeps a backup.
#include "librarytestsupport.h"
#include "storage/migrations.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace broadsheet;
using namespace broadsheet::testing;

class TestLibraryFiles : public QObject {
    Q_OBJECT

private slots:
    void garbageFileRefused_data();
    void garbageFileRefused();
    void truncatedLibrary();
    void foreignSqliteRefused();
    void newerLibraryRefused();
    void folderIsNotALibrary();
    void upgradeKeepsBackup();
    void fullDiskLosesNothing();
};

static void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(text));
}

static QString makeLibrary(const QTemporaryDir &dir, int pages)
{
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    Result<LibraryStore> store = LibraryStore::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error()));
    for (int i = 1; i <= pages; ++i) {
        QList<Article> articles;
        for (int a = 0; a < 20; ++a)
            articles.append(makeArticle(QStringLiteral("标题%1-%2").arg(i).arg(a), {QString(400, QChar(u'字')), QString(300, QChar(u'文'))}));
        writeOne(store.value(), makePage(QStringLiteral("报"), QDate(2024, 1, 1), i, articles, QString::number(i)));
    }
    return path;
}

void TestLibraryFiles::garbageFileRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray random(64 * 1024, '\0');
    QRandomGenerator gen(42);
    for (char &c : random)
        c = char(gen.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("text") << QByteArray("这不是数据库。\n").repeated(1000);
    QTest::newRow("sqlite header, then garbage") << QByteArray("SQLite format 3\0", 16) + random;
}

void TestLibraryFiles::garbageFileRefused()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    QVERIFY(writeFile(path, content));
    for (LibraryStore::Access access : {LibraryStore::Access::ReadWrite, LibraryStore::Access::ReadOnly}) {
        Result<LibraryStore> store = LibraryStore::open(path, access);
        if (store.ok()) {
            // SQLite may accept a header it can read; then the first real query must fail cleanly.
            const Result<LibraryStats> stats = store->stats();
            QVERIFY(!stats.ok());
            QVERIFY2(stats.error().contains(path), qPrintable(stats.error()));
        } else {
            QVERIFY2(store.error().contains(path), qPrintable(store.error()));
            QVERIFY2(store.error().contains(QStringLiteral("not a Broadsheet library")) || store.error().contains(QStringLiteral("damaged")),
                     qPrintable(store.error()));
        }
    }
    QCOMPARE(readAll(path), content);
}

void TestLibraryFiles::truncatedLibrary()
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir, 30);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > 200 * 1024);
    bytes.truncate(bytes.size() / 2);
    QVERIFY(writeFile(path, bytes));

    // Either the open fails, or reading and checking report the damage; nothing crashes and every
    // message names the file.
    Result<LibraryStore> store = LibraryStore::open(path, LibraryStore::Access::ReadOnly);
    if (!store.ok()) {
        QVERIFY2(store.error().contains(path), qPrintable(store.error()));
        return;
    }
    const Result<IntegrityReport> report = store->checkIntegrity();
    if (report.ok()) {
        QVERIFY(!report->ok);
        QVERIFY(!report->problems.isEmpty());
    } else {
        QVERIFY2(report.error().contains(path), qPrintable(report.error()));
    }
    LibraryFilter all;
    const Result<QList<ArticleSummary>> articles = store->articles(all);
    if (!articles.ok())
        QVERIFY2(articles.error().contains(path), qPrintable(articles.error()));
    else
        QVERIFY(articles->size() < 600); // the second half of the file is gone
}

void TestLibraryFiles::foreignSqliteRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('keep me');");
    const QByteArray before = readAll(path);
    Result<LibraryStore> store = LibraryStore::open(path);
    QVERIFY(!store.ok());
    QVERIFY2(store.error().contains(path) && store.error().contains(QStringLiteral("not a Broadsheet library")), qPrintable(store.error()));
    Result<LibraryStore> reader = LibraryStore::open(path, LibraryStore::Access::ReadOnly);
    QVERIFY(!reader.ok());
    QCOMPARE(readAll(path), before);
}

void TestLibraryFiles::newerLibraryRefused()
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir, 2);
    const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(currentSchemaVersion() + 7);
    rawExec(path, pragma.constData());
    const QByteArray before = readAll(path);
    for (LibraryStore::Access access : {LibraryStore::Access::ReadWrite, LibraryStore::Access::ReadOnly}) {
        Result<LibraryStore> store = LibraryStore::open(path, access);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().contains(path) && store.error().contains(QStringLiteral("newer version")), qPrintable(store.error()));
    }
    QCOMPARE(readAll(path), before);
    // No backup taken, nothing written to the side files (a reader may leave an empty -wal/-shm).
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
        QVERIFY2(name == QLatin1String("library.sqlite") || name.endsWith(QLatin1String("-shm")) || name.endsWith(QLatin1String("-wal")),
                 qPrintable(name));
        if (name.endsWith(QLatin1String("-wal")))
            QCOMPARE(QFileInfo(dir.filePath(name)).size(), 0);
    }
}

void TestLibraryFiles::folderIsNotALibrary()
{
    QTemporaryDir dir;
    Result<LibraryStore> store = LibraryStore::open(dir.path());
    QVERIFY(!store.ok());
    QVERIFY2(store.error().contains(QStringLiteral("is a folder")), qPrintable(store.error()));
}

void TestLibraryFiles::upgradeKeepsBackup()
{
    if (currentSchemaVersion() < 2)
        QSKIP("Only one schema version exists: there is nothing to upgrade from.");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    // A version-1 library: the first step only, with a page in it.
    {
        Result<Database> db = Database::open(path, Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->begin().ok());
        QVERIFY(migrations().first().apply(db.value()).ok());
        QVERIFY(db->setUserVersion(1).ok());
        QVERIFY(db->exec("INSERT INTO papers (name) VALUES ('旧报')").ok());
        QVERIFY(db->commit().ok());
    }
    Result<LibraryStore> store = LibraryStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error()));
    QCOMPARE(store->schemaVersion(), currentSchemaVersion());
    QCOMPARE(store->papers().value().size(), 1);
    const QString backup = path + QStringLiteral(".v1.backup");
    QVERIFY(QFileInfo::exists(backup));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(backup.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt *st = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, "SELECT (SELECT name FROM papers), (SELECT user_version FROM pragma_user_version)", -1, &st, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))), QStringLiteral("旧报"));
    QCOMPARE(sqlite3_column_int(st, 1), 1);
    sqlite3_finalize(st);
    sqlite3_close(db);
}

void TestLibraryFiles::fullDiskLosesNothing()
{
    QTemporaryDir dir;
    const QString path = makeLibrary(dir, 3);
    Result<LibraryStore> store = LibraryStore::open(path);
    QVERIFY(store.ok());
    const LibraryStats before = store->stats().value();
    // A file that may not grow stands in for a full disk: SQLite reports SQLITE_FULL either way.
    Result<Statement> size = store->database().prepare("PRAGMA page_count");
    QVERIFY(size.ok() && size->step().value());
    const QByteArray limit = "PRAGMA max_page_count = " + QByteArray::number(size->int64(0) + 2);
    size = Error {QString()};
    QVERIFY(store->database().exec(limit.constData()).ok());

    Database &db = store->database();
    QVERIFY(db.begin().ok());
    LibraryWriter writer(db);
    QString message;
    for (int i = 10; i < 200 && message.isEmpty(); ++i) {
        QList<Article> articles;
        for (int a = 0; a < 20; ++a)
            articles.append(makeArticle(QStringLiteral("满%1-%2").arg(i).arg(a), {QString(2000, QChar(u'满'))}));
        const Result<PageWriteResult> r = writer.writePage(makePage(QStringLiteral("报"), QDate(2024, 1, 1), i, articles, QString::number(i)));
        if (!r)
            message = r.error();
    }
    db.rollback();
    QVERIFY2(message.contains(path) && message.contains(QStringLiteral("full")), qPrintable(message));
    // What was stored before is all there, and whole.
    const LibraryStats after = store->stats().value();
    QCOMPARE(after.pages, before.pages);
    QCOMPARE(after.articles, before.articles);
    QCOMPARE(after.characters, before.characters);
    QVERIFY(store->checkIntegrity().value().ok);
}

QTEST_GUILESS_MAIN(TestLibraryFiles)
#include "tst_libraryfiles.moc"
