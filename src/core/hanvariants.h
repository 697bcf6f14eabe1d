// HanVariants: the segmenter's patterns and word lists, written in Simplified Chinese, read pages
// set in Traditional characters too (本報記者 … 攝, 新華社北京6月13日電, 下轉第4版), while the text
// itself is never rewritten.
#pragma once

#include "core/pattern.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <bitset>
#include <initializer_list>

namespace broadsheet {

// The Traditional characters that fold to the Simplified `c` (from toSimplified()), empty when
// none do. Built once, on first use, over the CJK ideograph blocks.
QStringView traditionalVariants(char16_t c);

// `pattern` with every Han character that has Traditional variants widened to them: 记 outside a
// character class becomes [记記], inside one it gains 記 (a range's first character is left alone).
QString withTraditional(QStringView pattern);

// A pattern of the segmenter, compiled with withTraditional().
Pattern hanRegex(const QString &pattern,
                 QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption);

// Every spelling of a Simplified word with its characters in either form (记者, 記者, 记者 …),
// for the plain word tests that keep the segmenter fast (WordSet).
QStringList spellings(QStringView simplifiedWord);

// A fixed set of words in every spelling, for the segmenter's quick tests on every line: one pass
// over the text, looking closer only where a word can begin.
class WordSet {
public:
    explicit WordSet(std::initializer_list<const char16_t *> simplifiedWords);
    bool foundIn(QStringView text) const;

private:
    QList<QString> m_byFirst[256]; // the spellings, bucketed by the low byte of their first unit
    std::bitset<65536> m_first;    // the UTF-16 units a spelling starts with
};

} // namespace broadsheet
