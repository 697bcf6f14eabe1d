// TraditionalChars: Simplified → Traditional substitution, so that a corpus exercises script folding.
#pragma once

#include "rng.h"

#include <QList>
#include <QPair>
#include <QString>

namespace broadsheet {

// Replaces each character of `text` that has an unambiguous Traditional form with that form, each
// with probability `fraction` (1.0: all of them, as in an article typeset in Traditional script).
QString toTraditional(const QString &text, Rng &rng, double fraction);

// Every (Simplified, Traditional) pair the substitution uses, for tests and tools that check folding.
QList<QPair<QChar, QChar>> traditionalPairs();

} // namespace broadsheet
