// ReaderPane: the opened article typeset for reading, with whole-article and search-match controls.
#pragma once

#include "render/articleinput.h"
#include "render/renderoptions.h"

#include <QTextCursor>
#include <QWidget>

class QLabel;
class QToolButton;

namespace broadsheet {

class LibraryStore;
class ReaderView;
struct ArticleLink;

class ReaderPane : public QWidget {
    Q_OBJECT
public:
    explicit ReaderPane(LibraryStore &store, QWidget *parent = nullptr);

    // Opens an article (0 clears the pane). Returns false and emits errorOccurred when it cannot be read.
    bool showArticle(qint64 articleId);
    qint64 articleId() const { return m_articleId; }
    const ArticleInput &input() const { return m_input; }
    ReaderView *view() const { return m_view; }

    // What to mark in the text (e.g. the words of the search that led here); applies on the next
    // showArticle() and re-renders the current one.
    void setHighlights(const QStringList &terms, const HighlightMatcher &matcher = {});
    void clearHighlights();
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_currentMatch; }

    // Type, theme and measure from the preferences; re-renders.
    void setAppearance(qreal fontPointSize, bool serif, RenderOptions::Theme theme, int lineWidthChars);
    RenderOptions renderOptions() const { return m_options; }

    bool wholeArticle() const { return m_options.wholeArticle; }
    void setWholeArticle(bool whole);

public slots:
    // F3 / Shift+F3: select the next or previous highlighted match; wraps around.
    void stepMatch(int direction);

signals:
    void linkActivated(const broadsheet::ArticleLink &link);
    void stepRequested(int direction);
    void errorOccurred(const QString &message);
    void articleShown(qint64 articleId);
    void wholeArticleChanged(bool whole);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void retranslate();
    void updateMatchLabel();

    LibraryStore &m_store;
    ReaderView *m_view;
    QToolButton *m_wholeButton;
    QToolButton *m_prevMatch;
    QToolButton *m_nextMatch;
    QLabel *m_matchLabel;
    RenderOptions m_options;
    int m_lineWidthChars = 36;
    qint64 m_articleId = 0;
    ArticleInput m_input;
    QList<QTextCursor> m_matches;
    int m_currentMatch = -1;
};

} // namespace broadsheet
