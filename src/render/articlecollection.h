// ArticleCollection: several articles set as one document (clippings, selections, search results).
#pragma once

#include "render/articleinput.h"

#include <QList>
#include <QString>

namespace broadsheet {

// With one article and no table of contents this is simply that article, with its source line;
// otherwise a title, a table of contents and a citation under each article.
struct ArticleCollection {
    QString title;                 // e.g. "剪报"; empty: no title block
    QList<ArticleInput> articles;
    bool tableOfContents = true;   // only used with more than one article
    bool citations = true;         // a citation under each article instead of its source line

    bool isSingle() const { return articles.size() == 1 && title.isEmpty(); }
    static ArticleCollection of(const ArticleInput &article)
    {
        ArticleCollection c;
        c.articles.append(article);
        c.tableOfContents = false;
        c.citations = false;
        return c;
    }
    // The anchor name of the i-th article ("article-3"), shared by HTML and QTextDocument links.
    static QString anchorName(int index) { return QStringLiteral("article-%1").arg(index + 1); }
};

} // namespace broadsheet
