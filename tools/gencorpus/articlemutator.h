// ArticleMutator: makes new articles from the pool: recombined, renumbered, recredited, sometimes
// Traditional.
#pragma once

#include "articlepool.h"
#include "genarticle.h"
#include "rng.h"

#include <QDate>

namespace broadsheet {

class ArticleMutator
{
public:
    explicit ArticleMutator(const ArticlePool &pool)
        : m_pool(pool)
    {
    }

    // A new article for an issue dated `issueDate`: a regular article (most), a photo-news item or
    // a package of dated wire items under one headline.
    GenArticle make(Rng &rng, const QDate &issueDate) const;

    // Cuts `article` after one of its paragraphs (sometimes in mid-sentence) and returns the rest
    // as a continuation for page `toPage`; `article` gets continuesTo and the continuation gets
    // continuedFrom. The article needs three blocks or more.
    static GenArticle splitForJump(GenArticle &article, Rng &rng, int fromPage, int toPage);

private:
    GenArticle regular(Rng &rng, const QDate &issueDate) const;
    GenArticle photoNews(Rng &rng, const QDate &issueDate) const;
    GenArticle package(Rng &rng, const QDate &issueDate) const;
    void assignCredits(GenArticle &article, const Article &source, Rng &rng, const QDate &issueDate) const;
    Caption caption(Rng &rng, const QDate &issueDate) const;
    static QString captionCredit(Rng &rng);

    const ArticlePool &m_pool;
};

} // namespace broadsheet
