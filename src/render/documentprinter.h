// DocumentPrinter: prints a rendered QTextDocument to a QPrinter or QPdfWriter, with running heads.
#pragma once

#include "render/articlerenderer.h"
#include "render/renderoptions.h"
#include "text/result.h"

#include <QList>

class QPagedPaintDevice;
class QTextDocument;

namespace broadsheet {

// Lays the document out on the device's pages (the page setup's paper and margins), draws a
// header (paper, date, page(s) on the left, the headline on the right, from the section that is
// current on each sheet) and a footer with "page / pages", and never splits a line across sheets.
// The GUI's print preview calls print() from its paintRequested handler with the preview's QPrinter.
class DocumentPrinter {
public:
    explicit DocumentPrinter(const PageSetup &setup = {});

    // Applies the page setup (paper size, margins) to `device`.
    void applyPageSetup(QPagedPaintDevice *device) const;

    // Prints `doc` (laid out anew for the device; the caller's layout is restored afterwards).
    // With `applySetup` false the device's own page layout is kept (a QPrinter the user set up in
    // a print dialog). Fills the page numbers of a printed table of contents.
    Status print(QTextDocument *doc, QPagedPaintDevice *device, const QList<DocumentSection> &sections,
                 bool applySetup = true) const;

    // The number of sheets the last print() produced.
    int pageCount() const { return m_pageCount; }

private:
    PageSetup m_setup;
    mutable int m_pageCount = 0;
};

} // namespace broadsheet
