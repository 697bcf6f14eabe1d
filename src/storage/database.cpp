#include "storage/database.h"
#include "storage/connectionhooks.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>

namespace broadsheet {

namespace {

constexpr int kBusyTimeoutMs = 5000;

QString sqliteMessage(sqlite3 *db, int code)
{
    if (db && sqlite3_errcode(db) == code)
        return QString::fromUtf8(sqlite3_errmsg(db));
    return QString::fromUtf8(sqlite3_errstr(code));
}

} // namespace

// ---- Statement -------------------------------------------------------------------------------

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_stepped(other.m_stepped)
{
    other.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_stepped = other.m_stepped;
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    m_stepped = false;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stepped)
        reset();
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stepped)
        reset();
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_stepped)
        reset();
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
    } else {
        // UTF-16 in host order is what QString holds: no conversion, SQLite copies it.
        sqlite3_bind_text16(m_stmt, index, value.utf16(), int(value.size() * 2), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (m_stepped)
        reset();
    if (blob.isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const std::optional<int> &value)
{
    return value ? bind(index, qint64(*value)) : bindNull(index);
}

Statement &Statement::bind(int index, const std::optional<qint64> &value)
{
    return value ? bind(index, *value) : bindNull(index);
}

Statement &Statement::bindNull(int index)
{
    if (m_stepped)
        reset();
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    m_stepped = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db->m_lastCode = sqlite3_extended_errcode(m_db->m_db);
    const QString detail = sqliteMessage(m_db->m_db, rc);
    sqlite3_reset(m_stmt);
    m_stepped = false;
    return Error {m_db->describe(m_db->m_lastCode, detail)};
}

Status Statement::exec()
{
    for (;;) {
        Result<bool> r = step();
        if (!r)
            return Error {r.error()};
        if (!r.value())
            break;
    }
    reset();
    return success();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return QString();
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    const int bytes = sqlite3_column_bytes16(m_stmt, column);
    if (!data)
        return QString(QLatin1String(""));
    return QString::fromUtf16(data, bytes / 2);
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return QByteArray();
    return QByteArray(static_cast<const char *>(data), bytes);
}

std::optional<int> Statement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int(int64(column));
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

// ---- Database --------------------------------------------------------------------------------

Database::Database(sqlite3 *db, QString path, Mode mode) : m_db(db), m_path(std::move(path)), m_mode(mode) { }

Database::Database(Database &&other) noexcept
    : m_db(other.m_db), m_path(std::move(other.m_path)), m_mode(other.m_mode), m_lastCode(other.m_lastCode)
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_mode = other.m_mode;
        m_lastCode = other.m_lastCode;
        other.m_db = nullptr;
    }
    return *this;
}

Database::~Database()
{
    // close_v2: statements a caller still holds keep the connection alive until finalized.
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<Database> Database::open(const QString &path, Mode mode)
{
    const QString native = QDir::toNativeSeparators(path);
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX;
    QString uri;
    {
        QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
        if (mode == Mode::ReadWrite) {
            flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        } else {
            flags |= SQLITE_OPEN_READONLY;
            // immutable: the file is on read-only media or in a read-only folder, where SQLite can
            // create neither the -shm nor the -wal file it needs for a WAL read.
            if (mode == Mode::Immutable)
                url.setQuery(QStringLiteral("immutable=1"));
        }
        uri = url.toString(QUrl::FullyEncoded);
    }
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(uri.toUtf8().constData(), &db, flags, nullptr);
    Database result(db, path, mode);
    if (rc != SQLITE_OK) {
        result.m_lastCode = db ? sqlite3_extended_errcode(db) : rc;
        return result.error(result.m_lastCode);
    }
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, kBusyTimeoutMs);

    // A new library stores text as UTF-16: Chinese text takes two bytes a character instead of
    // three. Big-endian, so that SQLite's binary collation (memcmp) orders text by code point, as
    // it does UTF-8. Ignored by SQLite for an existing file.
    if (mode == Mode::ReadWrite) {
        if (Status s = result.exec("PRAGMA encoding = 'UTF-16be'"); !s)
            return Error {s.error()};
    }
    // Reading the schema finds out at once whether this is an SQLite file at all.
    // A 64 MiB page cache and memory-mapped reads: the import's B-trees and the FTS5 index are
    // large, and the default 2 MiB cache makes the writer re-read pages through system calls.
    if (Status s = result.exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; "
                               "PRAGMA mmap_size = 1073741824; PRAGMA temp_store = MEMORY;");
        !s)
        return Error {s.error()};
    Result<int> version = result.userVersion();
    if (!version)
        return Error {version.error()};
    for (ConnectionHook hook : connectionHooks()) {
        if (Status s = hook(db); !s)
            return Error {QStringLiteral("Cannot set up the library %1: %2").arg(native, s.error())};
    }
    return result;
}

Status Database::enableWal()
{
    // WAL lets readers (the GUI) go on while an import writes. The mode is stored in the file,
    // so read-only connections find it already set.
    Result<Statement> wal = prepare("PRAGMA journal_mode = WAL");
    if (!wal)
        return Error {wal.error()};
    Result<bool> row = wal->step();
    if (!row)
        return Error {row.error()};
    if (wal->text(0) != QLatin1String("wal"))
        return Error {describe(SQLITE_CANTOPEN, QStringLiteral("the write-ahead log could not be enabled"))};
    // Bound the WAL file: checkpoint often, and cap what stays after a checkpoint.
    return exec("PRAGMA wal_autocheckpoint = 4000; PRAGMA journal_size_limit = 67108864;");
}

Result<Statement> Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_lastCode = sqlite3_extended_errcode(m_db);
        return Error {describe(m_lastCode, sqliteMessage(m_db, rc))};
    }
    return Statement(this, stmt);
}

Status Database::exec(const char *sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        m_lastCode = sqlite3_extended_errcode(m_db);
        const QString detail = message ? QString::fromUtf8(message) : sqliteMessage(m_db, rc);
        sqlite3_free(message);
        return Error {describe(m_lastCode, detail)};
    }
    return success();
}

Status Database::begin(bool immediate)
{
    return exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
}

Status Database::commit()
{
    return exec("COMMIT");
}

void Database::rollback()
{
    if (inTransaction())
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

bool Database::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

Result<qint64> Database::queryInt64(const char *sql)
{
    Result<Statement> st = prepare(sql);
    if (!st)
        return Error {st.error()};
    Result<bool> row = st->step();
    if (!row)
        return Error {row.error()};
    return row.value() ? st->int64(0) : 0;
}

Result<int> Database::userVersion()
{
    Result<qint64> version = queryInt64("PRAGMA user_version");
    if (!version)
        return Error {version.error()};
    return int(version.value());
}

Status Database::setUserVersion(int version)
{
    // PRAGMA takes no bound parameters; the value is our own integer.
    const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(version);
    return exec(sql.constData());
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::describe(int code, const QString &detail) const
{
    const QString file = QDir::toNativeSeparators(m_path);
    const QString why = detail.isEmpty() ? QString::fromUtf8(sqlite3_errstr(code)) : detail;
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        return QStringLiteral("%1 is not a Broadsheet library (not an SQLite database, or damaged). "
                              "Choose another file with --library, or move this one away to start a new library.")
            .arg(file);
    case SQLITE_CORRUPT:
        return QStringLiteral("The library %1 is damaged (%2). Run \"broadsheet-cli check\" for details; "
                              "restore a backup copy or import the pages into a new library.")
            .arg(file, why);
    case SQLITE_READONLY:
        return QStringLiteral("The library %1 is read-only (%2): it cannot be changed. Check the permissions "
                              "of the file and its folder, or choose another library with --library.")
            .arg(file, why);
    case SQLITE_CANTOPEN:
        return QStringLiteral("Cannot open the library %1 (%2). Check that its folder exists and is readable "
                              "and writable, or choose another library with --library.")
            .arg(file, why);
    case SQLITE_FULL:
        return QStringLiteral("The disk holding the library %1 is full: nothing of the unfinished write was "
                              "stored. Free some space and run the same command again.")
            .arg(file);
    case SQLITE_IOERR:
        return QStringLiteral("Reading or writing the library %1 failed (%2). The disk may be full, removed or "
                              "failing; nothing of the unfinished write was stored.")
            .arg(file, why);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("The library %1 is busy: another program (another import?) has been writing to it "
                              "for more than %2 seconds. Wait until it finishes and try again.")
            .arg(file).arg(kBusyTimeoutMs / 1000);
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QStringLiteral("Access to the library %1 was denied (%2). Check its permissions.").arg(file, why);
    default:
        return QStringLiteral("The library %1 reported an error: %2.").arg(file, why);
    }
}

Error Database::error(int code) const
{
    return Error {describe(code, m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString())};
}

} // namespace broadsheet
