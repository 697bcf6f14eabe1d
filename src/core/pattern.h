// Pattern: a compiled regular expression of the segmenter, matched without PCRE2's UTF-16 check of
// the subject where that check cannot fail.
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace broadsheet {

// PCRE2 checks every subject for valid UTF-16 before it matches, a pass over the whole subject on
// each call: on a page of many short lines tested by dozens of patterns that pass cost about a
// tenth of all parsing instructions (callgrind). Only a surrogate can make UTF-16 invalid, so
// Pattern looks for one first, with a scan several times cheaper, and asks PCRE2 to skip its check
// when there is none; a subject holding a surrogate is checked as before (an unpaired one, which a
// view cut through a pair can hold, then fails to match as it always did).
class Pattern {
public:
    explicit Pattern(const QString &pattern,
                     QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption);

    // As QRegularExpression::match: the QString overload keeps a copy of the subject in the match,
    // the QStringView one refers to it.
    QRegularExpressionMatch match(const QString &subject, qsizetype offset = 0) const;
    QRegularExpressionMatch match(QStringView subject, qsizetype offset = 0) const;
    QRegularExpressionMatchIterator globalMatch(const QString &subject, qsizetype offset = 0) const;
    QRegularExpressionMatchIterator globalMatch(QStringView subject, qsizetype offset = 0) const;

    // Every match in `text` replaced by `literal` (taken as it is: no back-references), or taken out.
    QString &replaceIn(QString &text, QStringView literal) const;
    QString &removeFrom(QString &text) const { return replaceIn(text, {}); }

    // For QString's indexOf/contains/split, which take the expression itself.
    const QRegularExpression &regex() const { return m_re; }

private:
    QRegularExpression m_re;
};

// True when `s` holds a UTF-16 surrogate code unit (paired or not).
bool holdsSurrogate(QStringView s);

} // namespace broadsheet
