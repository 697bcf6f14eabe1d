#include "core/pagesegmenter.h"

namespace broadsheet {

// Interim version: one article holding every non-empty line as a paragraph.
Page PageSegmenter::segment(const QString &text, const PageHints &hints) const
{
    Page page;
    page.source = hints.source;
    page.encoding = hints.encoding;
    page.paper = hints.paper;
    page.date = hints.date;
    page.page = hints.page;
    Article a;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty())
            a.blocks.append(Block { Block::Kind::Paragraph, line.trimmed() });
    }
    if (!a.blocks.isEmpty())
        page.articles.append(a);
    return page;
}

} // namespace broadsheet
