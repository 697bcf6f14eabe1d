// Schema steps: the functions migrations.cpp lists, one per schema version.
#pragma once

#include "text/result.h"

namespace broadsheet {

class Database;

// v1: papers, issues, pages, articles (every page-JSON field), blocks, captions, continuation
// links, import history.
Status applySchemaV1(Database &db);

} // namespace broadsheet
