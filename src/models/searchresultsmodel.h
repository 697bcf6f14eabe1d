// SearchResultsModel: the hits of one search (headline, paper/date/page, highlighted snippet), paged
// in as the view scrolls.
#pragma once

#include "storage/searchengine.h"

#include <QAbstractListModel>

#include <utility>

namespace broadsheet {

// Holds what a SearchEngine returned; it runs no query itself (searches run on a worker thread).
// When the view scrolls to the end, fetchMore() asks for the next page through moreRequested().
class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        HeadlineRole,   // the headline, or a stand-in for a headless fragment
        SourceRole,     // "云澜日报 · 2025-03-18 · 第1版"
        SnippetRole,
        HighlightsRole, // QList<std::pair<int, int>>: (start, length) in the snippet
        PaperRole,
        DateRole,
        PageRole,
        ScoreRole,
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    // Replaces the results (a new query) or appends a further page of the same query.
    void setResults(const SearchResults &results);
    void appendResults(const SearchResults &results);
    void clear();

    qint64 total() const { return m_total; }
    qint64 articleId(int row) const;
    const SearchHit *hit(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The view wants hits from `offset` on; the owner runs the query for them and appends.
    void moreRequested(int offset);

private:
    QList<SearchHit> m_hits;
    qint64 m_total = 0;
    bool m_fetching = false;
};

} // namespace broadsheet
