// ArticlePool: the articles, paragraphs and captions of the input pages, cleaned for reuse in a corpus.
#pragma once

#include "core/article.h"
#include "text/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace broadsheet {

class ArticlePool
{
public:
    // Reads every *.txt file under `folders` (recursively, in sorted path order, so that a seed
    // always sees the same pool), decodes and segments it. Files that do not decode are skipped
    // and named in skipped(); a pool without a single usable article is an error.
    static Result<ArticlePool> load(const QStringList &folders);

    // Articles with a headline (synthesised from the body where the page had none) and at least
    // one paragraph; markup and jump notes are already removed from every text.
    const QList<Article> &articles() const { return m_articles; }
    const QList<Caption> &captions() const { return m_captions; }
    const QStringList &kickers() const { return m_kickers; }
    const QStringList &subheadlines() const { return m_subheadlines; }
    const QStringList &columns() const { return m_columns; }
    const QStringList &paragraphs() const { return m_paragraphs; }
    const QStringList &skipped() const { return m_skipped; }
    int pageCount() const { return m_pageCount; }

private:
    void add(Article article);

    QList<Article> m_articles;
    QList<Caption> m_captions;
    QStringList m_kickers;
    QStringList m_subheadlines;
    QStringList m_columns;
    QStringList m_paragraphs;
    QStringList m_skipped;
    int m_pageCount = 0;
};

} // namespace broadsheet
