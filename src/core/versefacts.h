// VerseFacts: the verse of literary pages (poems under their poet, sets of poems and the titles of
// their poems), found for readLayout(): lines that stand as they are, never a headline stack and
// never joined.
#pragma once

#include "core/unitfacts.h"

namespace broadsheet {

// How many short lines, one right under another, start at unit k (0 when k is not one).
qsizetype verseLinesFrom(const QList<LineUnit> &units, const QList<UnitFact> &facts, qsizetype k);

// Marks the units that are verse as standing alone, and the titles of a set's poems.
void markVerse(const QList<LineUnit> &units, QList<UnitFact> &facts);

} // namespace broadsheet
