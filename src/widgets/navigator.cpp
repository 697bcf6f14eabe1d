#include "widgets/navigator.h"

#include "storage/librarystore.h"

namespace broadsheet {

namespace {
constexpr qsizetype kMaxHistory = 200;
}

Navigator::Navigator(LibraryStore &store, QObject *parent) : QObject(parent), m_store(store) { }

bool Navigator::moveTo(const ReadingPosition &position, bool record)
{
    if (position == m_position)
        return true;
    if (record) {
        // A new move drops the forward part of the history, as browsers do.
        if (m_index + 1 < m_history.size())
            m_history.erase(m_history.begin() + m_index + 1, m_history.end());
        m_history.append(position);
        if (m_history.size() > kMaxHistory)
            m_history.removeFirst();
        m_index = m_history.size() - 1;
        emit historyChanged();
    }
    m_position = position;
    emit positionChanged(m_position);
    return true;
}

bool Navigator::openArticle(qint64 articleId)
{
    auto article = m_store.article(articleId);
    if (!article) {
        emit errorOccurred(article.error());
        return false;
    }
    if (!article.value()) {
        emit errorOccurred(tr("Article %1 is not in the library any more.").arg(articleId));
        return false;
    }
    const ArticleRecord &rec = *article.value();
    return moveTo({rec.issueId, rec.pageId, rec.id}, true);
}

bool Navigator::openPage(qint64 pageId, qint64 articleId)
{
    auto page = m_store.page(pageId);
    if (!page) {
        emit errorOccurred(page.error());
        return false;
    }
    if (!page.value()) {
        emit errorOccurred(tr("Page %1 is not in the library any more.").arg(pageId));
        return false;
    }
    if (articleId == 0) {
        // Opening a page shows its first article, so the reader pane is never blank needlessly.
        LibraryFilter filter;
        filter.pageId = pageId;
        filter.limit = 1;
        auto first = m_store.articles(filter);
        if (first && !first->isEmpty())
            articleId = first->first().id;
    }
    return moveTo({page.value()->issueId, pageId, articleId}, true);
}

bool Navigator::openIssue(qint64 issueId)
{
    LibraryFilter filter;
    filter.issueId = issueId;
    auto pages = m_store.pages(filter);
    if (!pages) {
        emit errorOccurred(pages.error());
        return false;
    }
    if (pages->isEmpty()) {
        emit boundaryReached(tr("This issue has no pages."));
        return false;
    }
    return openPage(pages->first().id);
}

bool Navigator::stepArticle(int direction)
{
    if (m_position.pageId == 0)
        return false;
    if (m_position.articleId == 0) {
        if (direction > 0)
            return openPage(m_position.pageId);
        return false;
    }
    auto next = m_store.adjacentArticle(m_position.articleId, direction);
    if (!next) {
        emit errorOccurred(next.error());
        return false;
    }
    if (!next.value()) {
        emit boundaryReached(direction > 0 ? tr("This is the last article of the issue.")
                                           : tr("This is the first article of the issue."));
        return false;
    }
    return openArticle(*next.value());
}

bool Navigator::stepPage(int direction)
{
    if (m_position.pageId == 0)
        return false;
    auto next = m_store.adjacentPage(m_position.pageId, direction);
    if (!next) {
        emit errorOccurred(next.error());
        return false;
    }
    if (!next.value()) {
        emit boundaryReached(direction > 0 ? tr("This is the last page of the issue.")
                                           : tr("This is the first page of the issue."));
        return false;
    }
    return openPage(next.value()->id);
}

bool Navigator::stepIssue(int direction)
{
    if (m_position.issueId == 0)
        return false;
    auto next = m_store.adjacentIssue(m_position.issueId, direction);
    if (!next) {
        emit errorOccurred(next.error());
        return false;
    }
    if (!next.value()) {
        emit boundaryReached(direction > 0 ? tr("This is the newest issue of this paper.")
                                           : tr("This is the oldest issue of this paper."));
        return false;
    }
    return openIssue(next.value()->id);
}

bool Navigator::back()
{
    if (!canGoBack())
        return false;
    --m_index;
    emit historyChanged();
    return moveTo(m_history.at(m_index), false);
}

bool Navigator::forward()
{
    if (!canGoForward())
        return false;
    ++m_index;
    emit historyChanged();
    return moveTo(m_history.at(m_index), false);
}

void Navigator::clear()
{
    m_history.clear();
    m_index = -1;
    m_position = {};
    emit historyChanged();
    emit positionChanged(m_position);
}

} // namespace broadsheet
