// ArticleInput: what the renderer needs to typeset one article, whole across the pages it spans.
#pragma once

#include "core/article.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace broadsheet {

// One part of an article as printed on one page.
struct ArticlePart {
    qint64 id = 0;            // the part's library id; 0 when it is not stored (jump links then go to the page)
    std::optional<int> page;  // the page it is printed on, when known
    Article article;
};

// An article as the app or the GUI read it from the library. `parts` holds the parts in reading
// order (the first one carries the headline); an article that was not continued has one part.
// `current` is the part the reader opened: it decides the jump links when only that part is shown.
struct ArticleInput {
    QString paper;   // null where unknown
    QDate date;      // invalid where unknown
    QList<ArticlePart> parts;
    int current = 0;

    // An article that stands alone on one page.
    static ArticleInput single(const Article &article, qint64 id = 0, const QString &paper = {},
                               const QDate &date = {}, std::optional<int> page = {})
    {
        ArticleInput input;
        input.paper = paper;
        input.date = date;
        input.parts.append(ArticlePart {id, page, article});
        return input;
    }

    bool isValid() const { return !parts.isEmpty() && current >= 0 && current < parts.size(); }
    const ArticlePart &currentPart() const { return parts.at(current); }
    qint64 id() const { return isValid() ? currentPart().id : 0; }

    // The headline of the article: the first part that has one (a headless fragment opened alone
    // borrows it from its head when the head is among the parts).
    QString headline() const
    {
        for (const ArticlePart &p : parts) {
            if (!p.article.headline.isEmpty())
                return p.article.headline;
        }
        return {};
    }

    // The pages the article is printed on, in reading order, without repeats.
    QList<int> pages() const
    {
        QList<int> list;
        for (const ArticlePart &p : parts) {
            if (p.page && !list.contains(*p.page))
                list.append(*p.page);
        }
        return list;
    }
};

} // namespace broadsheet
