// Search article text: reads stored articles' text back for the search index and its snippets.
#pragma once

#include "core/article.h"
#include "text/result.h"

#include <functional>
#include <optional>

namespace broadsheet {

class Database;

// Calls `visit` with each stored article (of page `pageId`, or of the whole library) in id
// order, its text fields, blocks and captions filled in; `visit` returns false to stop early.
// Streams: one pass over articles, blocks and captions each, whatever the library's size.
Status forEachStoredArticle(Database &db, std::optional<qint64> pageId,
                            const std::function<bool(qint64 id, const Article &article)> &visit);

// One stored article's text; an error when there is no such article.
Result<Article> storedArticleText(Database &db, qint64 articleId);

} // namespace broadsheet
