// LibraryTreeModel: the library as papers → years → months → issues → pages, loaded lazily.
#pragma once

#include <QAbstractItemModel>
#include <QDate>

#include <memory>
#include <optional>
#include <vector>

namespace broadsheet {

class LibraryStore;

// Only papers are read when the model is built; every other level is read when a view first
// expands it (canFetchMore/fetchMore), so a library of any size opens at once. The filter is
// applied by the queries, not by a proxy, for the same reason.
class LibraryTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class NodeKind { Paper, Year, Month, Issue, Page };
    Q_ENUM(NodeKind)

    enum Role {
        KindRole = Qt::UserRole + 1, // NodeKind as int
        IdRole,                      // paper id, issue id or page id (years and months: their paper's id)
        PaperIdRole,
        DateRole,                    // the issue's or page's date (invalid when undated)
        PageNumberRole,              // the page number; null when unknown or not a page
        CountRole,                   // issues (paper, year, month), pages (issue), articles (page)
    };

    explicit LibraryTreeModel(LibraryStore &store, QObject *parent = nullptr);
    ~LibraryTreeModel() override;

    // Re-reads the papers, dropping every loaded level (after an import).
    void reload();

    // Restricts the tree: words that read as a date (2025, 2025-03, 2025-03-18) restrict years,
    // months and issues; other words must all occur in the paper's name.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    // The index of an issue or page, loading the levels above it as needed; invalid when it is not
    // in the (filtered) tree.
    QModelIndex indexForIssue(qint64 issueId);
    QModelIndex indexForPage(qint64 pageId);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // A query failed; the message is a sentence for the status bar.
    void errorOccurred(const QString &message);

private:
    struct Node;
    struct DateFilter {
        int year = 0;  // 0: any
        int month = 0; // 0: any
        int day = 0;   // 0: any
    };

    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    std::vector<std::unique_ptr<Node>> loadChildren(const Node &node) const;
    void loadPapers();
    void ensureFetched(Node *node);
    QString labelOf(const Node &node) const;
    bool issueDateMatches(const QDate &date) const;

    LibraryStore &m_store;
    std::unique_ptr<Node> m_root;
    QString m_filterText;
    QStringList m_nameWords;
    DateFilter m_dateFilter;
    mutable QString m_lastError;
};

} // namespace broadsheet
