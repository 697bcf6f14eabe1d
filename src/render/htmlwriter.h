// HtmlWriter: a self-contained HTML file (inline CSS, lang="zh") for one article or a collection.
#pragma once

#include "render/articlecollection.h"
#include "render/renderoptions.h"

#include <QString>

namespace broadsheet {

// Structure: a single article's headline is <h1> and its subheadline <h2>; in a collection the
// title is <h1>, each headline <h2 id="article-N"> and the subheadline a <p class="subheadline">.
// Subheads are <h3>, captions <figure><figcaption> with the credit in <span class="credit">,
// jump notes (only where a part is not in the library) <p class="jump">, highlights <mark>.
class HtmlWriter {
public:
    static QString write(const ArticleCollection &collection, const RenderOptions &options = {});
};

} // namespace broadsheet
