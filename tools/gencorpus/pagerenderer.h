// PageRenderer: lays a GenArticle out as raw page text, with the styles and damage of real page dumps.
#pragma once

#include "genarticle.h"
#include "rng.h"

#include <QStringList>

namespace broadsheet {

class PageRenderer
{
public:
    // Appends the article to `units`: the pieces of a page that are separated by one blank line (an
    // empty unit makes three blank lines, as around a displaced picture). The headline style
    // (markdown, bold, plain lines), punctuation width, column breaks, displaced captions,
    // duplicated paragraphs and jump lines are chosen here.
    void render(const GenArticle &article, Rng &rng, QStringList &units) const;

    // "4" or "四": page numbers in jump lines come in both forms.
    static QString pageNumber(int page, bool chinese);

private:
    void renderHead(const GenArticle &article, Rng &rng, QStringList &units) const;
    void renderBody(const GenArticle &article, Rng &rng, QStringList &units) const;
    static QStringList captionUnits(const Caption &caption, Rng &rng);
};

} // namespace broadsheet
