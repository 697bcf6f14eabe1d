// Connection hooks: functions run on every new SQLite connection (e.g. registering the FTS5 tokenizer).
#pragma once

#include "text/result.h"

#include <QList>

struct sqlite3;

namespace broadsheet {

using ConnectionHook = Status (*)(sqlite3 *db);

// Defined in connectionhooks.cpp: a plain list other storage files append their hook to.
const QList<ConnectionHook> &connectionHooks();

} // namespace broadsheet
