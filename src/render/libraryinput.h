// articleInputFrom: turns the library's WholeArticle (storage records) into the renderer's ArticleInput.
#pragma once

#include "render/articleinput.h"
#include "storage/libraryrecords.h"

namespace broadsheet {

// `openedId` is the part the reader opened (any part of `whole`); it becomes ArticleInput::current.
// Header-only so that bs_render itself does not link the storage layer.
inline ArticleInput articleInputFrom(const WholeArticle &whole, qint64 openedId = 0)
{
    ArticleInput input;
    for (int i = 0; i < whole.parts.size(); ++i) {
        const ArticleRecord &r = whole.parts.at(i);
        if (i == 0) {
            input.paper = r.paper;
            input.date = r.date;
        }
        input.parts.append(ArticlePart {r.id, r.page, r.article});
        if (r.id == openedId)
            input.current = i;
    }
    return input;
}

} // namespace broadsheet
