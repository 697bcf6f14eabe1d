// MarkdownWriter and PlainTextWriter: one article or a collection as CommonMark or plain UTF-8 text.
#pragma once

#include "render/articlecollection.h"

#include <QString>

namespace broadsheet {

// Markdown: a single article's headline is "#", its subheadline "##"; in a collection the title is
// "#", each headline "##" and the subheadline an emphasised line. Subheads are "###", captions
// block quotes ("> 图：…" with the credit in italics), the dateline bold, jump notes plain text.
class MarkdownWriter {
public:
    static QString write(const ArticleCollection &collection);
    // Backslash-escapes what CommonMark would read as markup.
    static QString escape(const QString &text);
};

// Plain text: the headline stack, then paragraphs separated by blank lines, subheads on their own
// line, captions as "图：…（credit）", the source line or citation last.
class PlainTextWriter {
public:
    static QString write(const ArticleCollection &collection);
};

} // namespace broadsheet
