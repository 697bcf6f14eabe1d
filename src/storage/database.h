// Database and Statement: small RAII wrappers over one SQLite connection and its prepared statements.
#pragma once

#include "text/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace broadsheet {

class Database;

// A prepared statement. Bind parameters are 1-based, columns 0-based (as in SQLite). A null
// QString binds NULL; an empty one binds ''. Reset automatically when re-bound after a step.
class Statement {
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, const std::optional<int> &value);
    Statement &bind(int index, const std::optional<qint64> &value);
    Statement &bindNull(int index);

    // One step: true while a row is available, false when done. Errors become a Result error
    // described by the owning Database (naming the library file).
    Result<bool> step();
    // Steps to the end, for statements that return no rows.
    Status exec();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const; // NULL gives a null QString, '' an empty one
    QByteArray blob(int column) const;
    std::optional<int> optionalInt(int column) const;
    std::optional<qint64> optionalInt64(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) { }

    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_stepped = false;
};

// One open connection. Settings every connection gets: foreign keys, synchronous=NORMAL, a busy
// timeout, and the connection hooks of connectionhooks.cpp (the FTS5 tokenizer registers
// there). Move-only; used by one thread at a time.
class Database {
public:
    enum class Mode { ReadWrite, ReadOnly, Immutable };

    // Opens (ReadWrite: creates) `path`. Errors are sentences naming the path.
    static Result<Database> open(const QString &path, Mode mode);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }
    Mode mode() const { return m_mode; }

    // Compiles `sql` (a literal from src/storage; user text goes in bound parameters). Hot loops
    // prepare once and re-bind.
    Result<Statement> prepare(const char *sql);
    // Runs one or more statements with no parameters and no rows.
    Status exec(const char *sql);
    // Switches the file to WAL mode (a write); the library does it once it knows the file is its own.
    Status enableWal();

    // Transactions. begin(immediate) takes the write lock at once so a busy library is found out
    // before any work; it waits up to the busy timeout.
    Status begin(bool immediate = true);
    Status commit();
    void rollback(); // never fails visibly; used on error paths
    bool inTransaction() const;

    // The first column of the first row of `sql` as an integer (0 when there is no row).
    Result<qint64> queryInt64(const char *sql);
    Result<int> userVersion();
    Status setUserVersion(int version);
    qint64 lastInsertId() const;
    int changes() const;

    // The last SQLite result code (extended), for callers that react to BUSY, FULL, READONLY.
    int lastErrorCode() const { return m_lastCode; }
    // Turns an SQLite result code into a sentence naming the library file and what to do.
    QString describe(int code, const QString &detail = {}) const;
    Error error(int code) const;

private:
    friend class Statement;
    Database(sqlite3 *db, QString path, Mode mode);

    sqlite3 *m_db = nullptr;
    QString m_path;
    Mode m_mode = Mode::ReadWrite;
    int m_lastCode = 0;
};

// Runs `body` inside a transaction on `db`: commits when it returns success, rolls back otherwise.
template<typename F>
Status inTransaction(Database &db, F &&body)
{
    if (Status s = db.begin(); !s)
        return s;
    Status result = body();
    if (!result) {
        db.rollback();
        return result;
    }
    if (Status c = db.commit(); !c) {
        db.rollback();
        return c;
    }
    return success();
}

} // namespace broadsheet
