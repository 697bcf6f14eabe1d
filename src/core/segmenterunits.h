// SegmenterUnits: cuts raw page text into units (lines with their markup read and removed).
#pragma once

#include "core/pagedate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace broadsheet {

// One line of the page (or several, for a heading set in bold across lines), markup removed.
struct LineUnit {
    QString text;
    bool markup = false; // a markdown heading or a line set wholly in bold
    int level = 0;       // markdown heading level 1..6; 0 for bold or plain
    int gapBefore = 0;   // blank lines before it; a picture or region gap shows as 2 or more
    bool indented = false; // the line began with a paragraph indent (　　)
    bool setRight = false; // the line began with a long run of space, set to the column's right
    bool afterPicture = false; // a picture (![](…), a bare 图片 or 图① line) stands right above it
    bool afterRule = false;    // a rule (---, ＊＊＊, ◆ ◆ ◆) stands in the gap above it
    bool tableRow = false;     // a row of a markdown table, its cells set apart by " | "
    bool runIn = false;        // a bold head that ran into its brief's text on one line

    // Smaller is more prominent: # < ## < bold < ### … < plain.
    int prominence() const { return markup ? (level ? 2 * level : 5) : 14; }
};

struct UnitSplit {
    QList<LineUnit> units;
    QList<FolioLine> folios;        // masthead/folio lines found at the top and taken out
    QStringList droppedDuplicates;  // paragraphs OCR repeated, dropped once each
    QStringList pageStaff;          // staff lines above the first article or closing the page (本版责编：…), taken out
};

// Reads every line once; linear in the text size.
UnitSplit splitUnits(const QString &text);

} // namespace broadsheet
