// PagePane: one page's articles as cards, with buttons to the previous/next page and issue.
#pragma once

#include <QWidget>

class QLabel;
class QListView;
class QToolButton;

namespace broadsheet {

class LibraryStore;
class PageArticlesModel;
struct ReadingPosition;

class PagePane : public QWidget {
    Q_OBJECT
public:
    explicit PagePane(LibraryStore &store, QWidget *parent = nullptr);

    // Shows the position's page and marks its article (without emitting articleChosen).
    void showPosition(const ReadingPosition &position);
    void reload();

    QListView *cardView() const { return m_view; }
    PageArticlesModel *model() const { return m_model; }

signals:
    void articleChosen(qint64 articleId);
    void pageStepRequested(int direction);
    void issueStepRequested(int direction);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHeader();

    LibraryStore &m_store;
    PageArticlesModel *m_model;
    QListView *m_view;
    QLabel *m_title;
    QToolButton *m_prevIssue;
    QToolButton *m_prevPage;
    QToolButton *m_nextPage;
    QToolButton *m_nextIssue;
    bool m_updating = false;
};

} // namespace broadsheet
