// PageArticlesModel: the articles of one page in reading order, with what an article card shows.
#pragma once

#include "storage/libraryrecords.h"

#include <QAbstractListModel>

namespace broadsheet {

class LibraryStore;

class PageArticlesModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KickerRole,
        HeadlineRole,      // null for a headless continuation fragment
        SubheadlineRole,
        ColumnRole,
        BylineRole,
        LeadRole,          // the first characters of the body
        ContinuedFromRole, // page number or null
        ContinuesToRole,   // page number or null
        CharactersRole,
    };

    explicit PageArticlesModel(LibraryStore &store, QObject *parent = nullptr);

    // Shows the page's articles (0: none). Returns false and emits errorOccurred when the query fails.
    bool setPage(qint64 pageId);
    // Re-reads the current page (after an import replaced it).
    void reload();
    qint64 pageId() const { return m_pageId; }

    qint64 articleId(int row) const;
    int rowOf(qint64 articleId) const;
    const ArticleSummary *summary(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void errorOccurred(const QString &message);

private:
    LibraryStore &m_store;
    qint64 m_pageId = 0;
    QList<ArticleSummary> m_articles;
};

} // namespace broadsheet
