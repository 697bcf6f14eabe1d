// TextBreaks: word-boundary questions answered by ICU's dictionary-based break iterator.
#pragma once

#include <QStringView>

namespace broadsheet {

// True when the junction between `left` and `right` falls inside a word of ICU's Chinese/Japanese
// dictionary, e.g. left "…相关部门负", right "责人介绍…" (负责人). A segmenter uses it as evidence
// that a line was broken mid-word. Only a few characters either side are looked at.
bool junctionInsideWord(QStringView left, QStringView right);

} // namespace broadsheet
