// OcrSpacing: takes out the spaces OCR sets between the CJK characters of letter-spaced text.
#pragma once

#include <QString>

namespace broadsheet {

// OCR of justified columns and letter-spaced type puts an ASCII space between many CJK characters
// (记 者 8 日 从 济南 市 名泉 …, a masthead 齐 鲁 晚 报). Those spaces are a reading artefact like a
// line break, not the paper's typography (text values keep the source's characters, less such
// artefacts), and every line-shape rule (headline, byline, dateline, masthead) needs them gone.
// Where the whole text is spaced out so, or a line is letter-spaced throughout, one space between
// two CJK characters, CJK punctuation or a digit beside them goes, and beside an ideograph one before
// or after OCR's Latin comma or colon; everything else stays: two spaces or more, full-width spaces
// (王　浩), spaces beside Latin letters (iPhone 15), between two digits. Any other text comes back
// unchanged (the same string).
QString withoutOcrSpacing(const QString &text);

} // namespace broadsheet
