// Helpers of the segmenter tests: a page segmented from UTF-8 text or built from lines, a finished
// paragraph to fill it, and an article's blocks as text.
#pragma once

#include "core/pagesegmenter.h"

#include <QByteArray>
#include <QStringList>

#include <initializer_list>

namespace broadsheet::testing {

inline Page seg(const char *utf8) { return PageSegmenter().segment(QString::fromUtf8(utf8)); }
// A page of the given lines, each a paragraph of its own (a blank line after each).
inline QByteArray page(std::initializer_list<const char *> lines)
{
    QByteArray out;
    for (const char *l : lines)
        out += QByteArray(l) + "\n\n";
    return out;
}
// A paragraph of finished text, long enough to read as an article's.
inline constexpr const char *kBody = "甲篇正文内容比较长，讲述了事情的来龙去脉，说明了背景和意义，字数足够多。";
inline QString u(const char *utf8) { return QString::fromUtf8(utf8); }
// Each block's text; a subhead with "## " before it.
inline QStringList texts(const Article &a)
{
    QStringList out;
    for (const Block &b : a.blocks)
        out << (b.kind == Block::Kind::Subhead ? QStringLiteral("## ") : QString()) + b.text;
    return out;
}

} // namespace broadsheet::testing
