// Helpers of the segmenter tests: a page segmented from UTF-8 text, and an article's blocks as text.
#pragma once

#include "core/pagesegmenter.h"

#include <QStringList>

namespace broadsheet::testing {

inline Page seg(const char *utf8) { return PageSegmenter().segment(QString::fromUtf8(utf8)); }
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
