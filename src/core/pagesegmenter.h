// PageSegmenter: splits the raw text of one newspaper page into articles, as an editor would.
#pragma once

#include "core/article.h"

#include <QString>

namespace broadsheet {

// What is already known about a page before its text is read (from a folder layout, a file name
// or the user); the segmenter fills in only what these leave open.
struct PageHints {
    QString source;
    QString encoding;
    QString paper;
    QDate date;
    std::optional<int> page;
};

class PageSegmenter {
public:
    // Segments decoded page text. Runs in time linear in the text size, never recurses on input and
    // accepts any string; an empty text gives a page with no articles and a warning.
    Page segment(const QString &text, const PageHints &hints = {}) const;
};

} // namespace broadsheet
