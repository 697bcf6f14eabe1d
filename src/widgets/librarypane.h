// LibraryPane: the library tree (papers → … → pages), a calendar marking issue days, a filter box.
#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QCalendarWidget;
class QLineEdit;
class QTimer;
class QTreeView;

namespace broadsheet {

class LibraryStore;
class LibraryTreeModel;
struct ReadingPosition;

class LibraryPane : public QWidget {
    Q_OBJECT
public:
    explicit LibraryPane(LibraryStore &store, QWidget *parent = nullptr);

    // Selects (expanding as needed) the position's page in the tree and shows its month in the calendar.
    void showPosition(const ReadingPosition &position);
    // Re-reads the tree and the calendar (after an import), keeping the filter.
    void reload();

    QTreeView *treeView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCalendarWidget *calendar() const { return m_calendar; }
    LibraryTreeModel *model() const { return m_model; }

signals:
    void pageChosen(qint64 pageId);
    void issueChosen(qint64 issueId);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void markIssueDays(int year, int month);
    void onActivated(const QModelIndex &index);
    void onDateChosen(QDate date);

    LibraryStore &m_store;
    LibraryTreeModel *m_model;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QCalendarWidget *m_calendar;
    QTimer *m_filterTimer;
    std::optional<qint64> m_paperId; // the paper being read; the calendar marks its issues
    QList<QDate> m_marked;
    bool m_updating = false;
};

} // namespace broadsheet
