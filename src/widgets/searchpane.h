// SearchPane: the search field, its filters and sort, and the results list with highlighted snippets.
#pragma once

#include "render/renderoptions.h"

#include <QStringList>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;

namespace broadsheet {

class LibraryStore;
class SearchController;
class SearchHighlighter;
class SearchResultsModel;
class SnippetDelegate;

class SearchPane : public QWidget {
    Q_OBJECT
public:
    explicit SearchPane(LibraryStore &store, QWidget *parent = nullptr);
    ~SearchPane() override;

    // The field lives in the window's toolbar so it is always in sight; the pane owns its logic.
    QLineEdit *field() const { return m_field; }
    QListView *resultsView() const { return m_view; }
    SearchResultsModel *model() const { return m_model; }
    SearchController *controller() const { return m_controller; }

    // Puts the keyboard in the field with its text selected.
    void focusField();
    // Re-reads the paper list and runs the query again (after an import).
    void refresh();

    // The words of the current query, for highlighting them in the opened article.
    QStringList highlightTerms() const;
    HighlightMatcher highlighter() const;

signals:
    void articleChosen(qint64 articleId);
    // True while there is a query to show results for; false when the field was cleared or Esc pressed.
    void activeChanged(bool active);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void fillPapers();
    void runQuery();
    void openCurrent();
    void showStatus();

    LibraryStore &m_store;
    QLineEdit *m_field;
    QComboBox *m_paper;
    QCheckBox *m_useDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_headlinesOnly;
    QComboBox *m_sort;
    QLabel *m_status;
    QListView *m_view;
    SearchResultsModel *m_model;
    SnippetDelegate *m_delegate;
    SearchController *m_controller;
    std::shared_ptr<const SearchHighlighter> m_highlighter; // of the current query; null when none
    QStringList m_terms;
    QStringList m_notes;
    bool m_active = false;
};

} // namespace broadsheet
