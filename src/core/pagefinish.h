// PageFinish: a page's drafts made articles, with what only the page as a whole tells: a series'
// label on each of its pieces, an editor's note set above its headline, a label left as an item of
// its own, and jump notes that name the next or the previous page.
#pragma once

#include "core/article.h"
#include "core/articledraft.h"

#include <QList>

#include <optional>

namespace broadsheet {

// Finishes every draft (finishDraft()) in reading order and drops the empty ones; `pageNumber` is
// the page's own number, when known.
QList<Article> finishPage(QList<Draft> &drafts, std::optional<int> pageNumber);

} // namespace broadsheet
