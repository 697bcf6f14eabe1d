// TextFold: the per-code-point folding that makes search width-, case- and script-insensitive.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace broadsheet {

// Folds `input` for search: NFKC (full-width ＡＢＣ１２３ → ABC123, compatibility forms), case
// folding, and Traditional → Simplified Chinese, applied code point by code point so that every
// output code point can be traced back to the input. When `sourceOffsets` is given it receives,
// for each UTF-16 unit of the result, the UTF-16 offset in `input` of the code point it came from,
// plus one final entry equal to input.size(). Folding is idempotent: fold(fold(x)) == fold(x).
QString foldForSearch(QStringView input, QList<int> *sourceOffsets = nullptr);

// The most UTF-16 units one code point folds to (e.g. U+FDFA, a whole Arabic phrase under NFKC).
inline constexpr int kMaxFoldedUnits = 32;

// The fold of one code point, written to `out` (room for kMaxFoldedUnits units); returns the
// number of units written, 0 for code points search ignores (soft hyphen, zero-width space, …).
// For tokenizers that fold as they scan instead of folding a whole string first.
int appendFolded(char32_t codePoint, char16_t *out);

// Converts Traditional Chinese characters to Simplified (one to one, per code point).
QString toSimplified(QStringView input);

} // namespace broadsheet
