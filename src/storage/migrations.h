// Migrations: the ordered steps that bring a library's schema to the current PRAGMA user_version.
#pragma once

#include "text/result.h"

#include <QList>

namespace broadsheet {

class Database;

// One schema step. `apply` runs inside a transaction the migrator opens (after a backup copy of
// an existing non-empty library); the migrator then sets user_version = `version`.
struct Migration {
    int version;
    const char *description;
    Status (*apply)(Database &db);
};

// The steps in ascending version order (v1 core schema, v2 search index, v3 clippings). Defined
// in migrations.cpp, a plain list other storage files append their step to.
const QList<Migration> &migrations();
// The version a library has once every step has run: the last step's version.
int currentSchemaVersion();

// Brings `db` (opened read-write) up to currentSchemaVersion(). Refuses, untouched, a library
// whose user_version is newer than this program knows, and a file that is not a library.
// Before migrating a non-empty library it copies the file next to it as
// "<name>.v<old>.backup" (kept, so a failed upgrade never loses anything).
Status migrate(Database &db);

} // namespace broadsheet
