#include "storage/migrations.h"
#include "storage/clippingstore.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/searchindex.h"

#include <QDir>
#include <QFileInfo>

namespace broadsheet {

const QList<Migration> &migrations()
{
    // Append new steps at the end, with the next version number (v2: search index, v3: clippings,
    // v4: the search index's character tables).
    // A step never changes once released: a library's user_version says which steps it has had.
    static const QList<Migration> steps = {
        {1, "core library: papers, issues, pages, articles, blocks, captions, links, import history", applySchemaV1},
        {2, "search index: FTS5 over headline stack, body, captions and byline", SearchIndex::applySchemaV2},
        {3, "clippings basket: clipped articles in order, with what they were when clipped", ClippingStore::applySchemaV3},
        {4, "search index: character tables for one-character terms", SearchIndex::applySchemaV4},
    };
    return steps;
}

int currentSchemaVersion()
{
    return migrations().isEmpty() ? 0 : migrations().last().version;
}

namespace {

// A free name next to the library for the copy taken before an upgrade.
QString backupPath(const QString &libraryPath, int version)
{
    const QString base = QStringLiteral("%1.v%2.backup").arg(libraryPath).arg(version);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1.%2").arg(base).arg(n);
    return candidate;
}

Result<int> countTables(Database &db)
{
    Result<Statement> st = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
    if (!st)
        return Error {st.error()};
    Result<bool> row = st->step();
    if (!row)
        return Error {row.error()};
    return st->int32(0);
}

} // namespace

Status migrate(Database &db)
{
    const QString file = QDir::toNativeSeparators(db.path());
    const int target = currentSchemaVersion();
    Result<int> version = db.userVersion();
    if (!version)
        return Error {version.error()};
    if (version.value() > target) {
        return Error {QStringLiteral("The library %1 was written by a newer version of Broadsheet (library format %2; "
                                     "this version reads up to format %3). It was left untouched: open it with a "
                                     "newer Broadsheet, or choose another library with --library.")
                          .arg(file).arg(version.value()).arg(target)};
    }
    Result<int> tables = countTables(db);
    if (!tables)
        return Error {tables.error()};
    if (version.value() == 0 && tables.value() > 0) {
        return Error {QStringLiteral("%1 is an SQLite database but not a Broadsheet library; it was left untouched. "
                                     "Choose another file with --library.")
                          .arg(file)};
    }
    // Only now that the file is known to be ours (or new) is anything written to it.
    if (Status s = db.enableWal(); !s)
        return s;
    if (version.value() == target)
        return success();
    if (version.value() > 0) {
        // A consistent copy (also of what sits in the WAL) before changing anything.
        const QString copy = backupPath(db.path(), version.value());
        Result<Statement> vacuum = db.prepare("VACUUM INTO ?1");
        if (!vacuum)
            return Error {vacuum.error()};
        vacuum->bind(1, copy);
        if (Status s = vacuum->exec(); !s) {
            return Error {QStringLiteral("Before upgrading the library %1 a backup copy %2 is made, and that failed: %3")
                              .arg(file, QDir::toNativeSeparators(copy), s.error())};
        }
    }

    int reached = version.value();
    for (const Migration &step : migrations()) {
        if (step.version <= reached)
            continue;
        Status applied = inTransaction(db, [&]() -> Status {
            // Another process may have migrated while this one waited for the write lock.
            Result<int> now = db.userVersion();
            if (!now)
                return Error {now.error()};
            if (now.value() >= step.version)
                return success();
            if (Status s = step.apply(db); !s)
                return s;
            return db.setUserVersion(step.version);
        });
        if (!applied) {
            return Error {QStringLiteral("Upgrading the library %1 to format %2 (%3) failed; it was left at format %4. %5")
                              .arg(file).arg(step.version).arg(QString::fromUtf8(step.description))
                              .arg(reached).arg(applied.error())};
        }
        reached = step.version;
    }
    return success();
}

} // namespace broadsheet
