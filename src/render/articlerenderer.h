// ArticleRenderer: typesets articles into a QTextDocument for the reader pane, printing and PDF.
#pragma once

#include "render/articlecollection.h"
#include "render/articleinput.h"
#include "render/renderoptions.h"

#include <QList>
#include <QString>
#include <QTextCursor>
#include <QTextFormat>

#include <memory>

class QTextDocument;

namespace broadsheet {

// Where an article starts in a rendered document and the running head of the sheets it is on.
struct DocumentSection {
    int position = 0;     // document position of the article's first block
    QString headerLeft;   // paper, date and page(s)
    QString headerRight;  // the headline
};

class ArticleRenderer {
public:
    // Character-format property set on highlighted runs (value true), for F3 / Shift+F3.
    static constexpr int HighlightProperty = QTextFormat::UserProperty + 101;
    // Set on the placeholder page numbers of a printed table of contents; the value is the
    // article's index. DocumentPrinter replaces them once the pages are known.
    static constexpr int TocPageProperty = QTextFormat::UserProperty + 102;
    // Set on block formats (headline stack, subheads, separators) that a printed sheet must not
    // end with: DocumentPrinter moves them to the next sheet together with what follows.
    static constexpr int KeepWithNextProperty = QTextFormat::UserProperty + 103;

    explicit ArticleRenderer(const RenderOptions &options = {});
    const RenderOptions &options() const { return m_options; }

    // Replaces what `doc` holds with the article (the whole article or only the opened part, as
    // options().wholeArticle says). Jump notes are anchors with broadsheet:// URLs (ArticleLink).
    void render(QTextDocument *doc, const ArticleInput &input) const;

    // Replaces what `doc` holds with a collection: title, table of contents (anchors to
    // "#article-N"; with `forPrint`, a column of page numbers DocumentPrinter fills in), then each
    // article whole with its citation. Returns where each article starts (in order; with a title,
    // one more section at the end for the title and contents).
    QList<DocumentSection> render(QTextDocument *doc, const ArticleCollection &collection,
                                  bool forPrint = false) const;

    std::unique_ptr<QTextDocument> createDocument(const ArticleInput &input) const;

    // The highlighted runs of a rendered document, in document order.
    static QList<QTextCursor> highlights(const QTextDocument *doc);

private:
    RenderOptions m_options;
};

} // namespace broadsheet
