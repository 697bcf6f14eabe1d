// Navigator: where the reader is (issue, page, article), how to move from there, and the history.
#pragma once

#include <QObject>
#include <QString>

#include <QList>

namespace broadsheet {

class LibraryStore;

// The place the window shows. pageId 0: nothing open; articleId 0: a page without an article chosen.
struct ReadingPosition {
    qint64 issueId = 0;
    qint64 pageId = 0;
    qint64 articleId = 0;

    bool operator==(const ReadingPosition &) const = default;
};

// Keeps the panes in step without them knowing each other: every move goes through here and ends
// in positionChanged(). Moves that find nothing (the last page of an issue, …) leave the position
// as it is and say why through boundaryReached().
class Navigator : public QObject {
    Q_OBJECT
public:
    explicit Navigator(LibraryStore &store, QObject *parent = nullptr);

    ReadingPosition position() const { return m_position; }

    // Each open* records the previous position in the history.
    bool openArticle(qint64 articleId);
    bool openPage(qint64 pageId, qint64 articleId = 0);
    bool openIssue(qint64 issueId);

    // direction: +1 next, -1 previous.
    bool stepArticle(int direction); // within the issue, crossing pages
    bool stepPage(int direction);    // within the issue
    bool stepIssue(int direction);   // same paper, adjacent date

    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_history.size(); }
    bool back();
    bool forward();

    // Forgets the history and the position (the library changed under it).
    void clear();

signals:
    void positionChanged(const broadsheet::ReadingPosition &position);
    void historyChanged();
    void boundaryReached(const QString &message);
    void errorOccurred(const QString &message);

private:
    bool moveTo(const ReadingPosition &position, bool record);

    LibraryStore &m_store;
    ReadingPosition m_position;
    QList<ReadingPosition> m_history;
    qsizetype m_index = -1;
};

} // namespace broadsheet
