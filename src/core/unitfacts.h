// UnitFacts: what each unit of a page is (a jump note, a credit, heading-like, a line that stands
// as it is …) and what the page's layout says (hard wraps, indented paragraphs), worked out once
// before the segmenter's pass, which asks these many times as it looks ahead.
#pragma once

#include "core/jumpline.h"
#include "core/segmenterunits.h"

#include <QList>
#include <QStringView>

#include <optional>

namespace broadsheet {

struct UnitFact {
    std::optional<JumpLine> jump;
    bool lead = false;          // opens with a byline or dateline, or is a writers line
    bool creditOnly = false;    // only a byline/dateline: (本报记者 陆乐), 通讯员郑莎薇
    bool creditLine = false;    // a photo credit line: 本报记者 方远 摄
    bool captionCredit = false; // ends with a photo credit
    bool headingish = false;    // could be part of a headline stack
    bool standsAlone = false;   // verse, a signature, a teaser, a row: kept as it stands, never a heading
    bool poemTitle = false;     // the title of one poem of a set (组诗, 外二首): a subhead, whatever its markup
    bool enumerated = false;    // looksLikeEnumeratedSubhead(): 二、…, （三）…, 1. …, ■ …
    bool leadIn = false;        // looksLikeLeadInSubhead(): 破题：…
    bool creditOverCaption = false; // a photo credit set above its caption (圖／美聯社 / 川普4日…。)
    bool signOff = false;       // when and where a piece was written, under its signature (2024年9月于北京)
};

struct PageLayout {
    QList<UnitFact> facts; // one for each unit
    // Hard-wrapped text: some lines run on to the next without a blank line at a steady width
    // (OCR that kept the column's line breaks).
    bool softWraps = false;
    int wrapWidth = 0; // the typical display width of a wrapped line
    // Blank lines part the paragraphs, so a wrapped line that ends a sentence still runs on; with
    // no blank lines, a full stop at a line's end ends its paragraph.
    bool blankParagraphs = false;
    bool indentedParagraphs = false; // paragraphs are marked by an indented first line (　　)
};

PageLayout readLayout(const QList<LineUnit> &units);

// Width on the page: a full-width (CJK) character takes two columns, ASCII one.
int displayWidth(QStringView t);

// Units i - 1 and i are two plain body lines in a row, as wrapped text would give.
bool plainPair(const QList<LineUnit> &units, const QList<UnitFact> &facts, qsizetype i);

} // namespace broadsheet
