#include "widgets/searchpane.h"

#include "models/searchresultsmodel.h"
#include "storage/librarystore.h"
#include "storage/searchhighlighter.h"
#include "widgets/searchcontroller.h"
#include "widgets/snippetdelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

namespace broadsheet {

SearchPane::SearchPane(LibraryStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_field(new QLineEdit(this)), m_paper(new QComboBox(this)),
      m_useDates(new QCheckBox(this)), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_headlinesOnly(new QCheckBox(this)), m_sort(new QComboBox(this)), m_status(new QLabel(this)),
      m_view(new QListView(this)), m_model(new SearchResultsModel(this)),
      m_controller(new SearchController(store.path(), this))
{
    setObjectName(QStringLiteral("searchPane"));
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setClearButtonEnabled(true);
    m_paper->setObjectName(QStringLiteral("searchPaper"));
    m_useDates->setObjectName(QStringLiteral("searchUseDates"));
    m_from->setObjectName(QStringLiteral("searchFrom"));
    m_to->setObjectName(QStringLiteral("searchTo"));
    m_headlinesOnly->setObjectName(QStringLiteral("searchHeadlinesOnly"));
    m_sort->setObjectName(QStringLiteral("searchSort"));
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("resultsView"));
    m_view->setModel(m_model);
    m_delegate = new SnippetDelegate(m_view);
    m_view->setItemDelegate(m_delegate);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setResizeMode(QListView::Adjust);
    // Items take the viewport's width and wrap their text; a horizontal scroll bar would only flicker.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Heights depend on the width: without word wrap a list view keeps the heights it measured
    // before its scroll bar appeared, and a headline wrapping to two lines runs into the next item.
    m_view->setWordWrap(true);
    m_view->setUniformItemSizes(false);
    m_view->setFrameShape(QFrame::NoFrame);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    m_to->setDate(QDate::currentDate());
    m_from->setDate(QDate::currentDate().addYears(-1));

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(6, 6, 6, 0);
    filters->addWidget(m_paper, 1);
    filters->addWidget(m_sort);
    auto *dates = new QHBoxLayout;
    dates->setContentsMargins(6, 0, 6, 0);
    dates->addWidget(m_useDates);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    dates->addWidget(m_headlinesOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addLayout(dates);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    m_field->installEventFilter(this);
    m_view->installEventFilter(this);
    connect(m_field, &QLineEdit::textChanged, this, &SearchPane::runQuery);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &SearchPane::runQuery);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &SearchPane::runQuery);
    connect(m_headlinesOnly, &QCheckBox::toggled, this, &SearchPane::runQuery);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        runQuery();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &SearchPane::runQuery);
    connect(m_to, &QDateEdit::dateChanged, this, &SearchPane::runQuery);
    connect(m_view, &QListView::activated, this, &SearchPane::openCurrent);
    connect(m_view, &QListView::clicked, this, &SearchPane::openCurrent);
    connect(m_model, &SearchResultsModel::moreRequested, m_controller, &SearchController::fetchMore);
    connect(m_controller, &SearchController::resultsReady, this, [this](const SearchResults &results, bool append) {
        if (append) {
            m_model->appendResults(results);
        } else {
            m_model->setResults(results);
            if (m_model->rowCount() > 0)
                m_view->setCurrentIndex(m_model->index(0));
            m_notes = results.notes;
        }
        showStatus();
    });
    connect(m_controller, &SearchController::cleared, this, [this] {
        m_model->clear();
        m_notes.clear();
        showStatus();
    });
    connect(m_controller, &SearchController::failed, this, [this](const QString &message) {
        m_status->setText(message);
        emit errorOccurred(message);
    });
    connect(m_controller, &SearchController::busyChanged, this, [this] { showStatus(); });

    fillPapers();
    retranslate();
}

SearchPane::~SearchPane() = default;

void SearchPane::fillPapers()
{
    const QString current = m_paper->currentData().toString();
    m_paper->blockSignals(true);
    m_paper->clear();
    m_paper->addItem(tr("All papers"), QString());
    auto papers = m_store.papers();
    if (papers) {
        QDate first;
        QDate last;
        for (const PaperRecord &paper : papers.value()) {
            if (!paper.name.isNull())
                m_paper->addItem(paper.name, paper.name);
            if (paper.firstDate.isValid() && (!first.isValid() || paper.firstDate < first))
                first = paper.firstDate;
            if (paper.lastDate.isValid() && (!last.isValid() || paper.lastDate > last))
                last = paper.lastDate;
        }
        // Until the reader picks dates, the range spans the library, so ticking "Dates" loses nothing.
        if (!m_useDates->isChecked() && first.isValid()) {
            const QSignalBlocker blockFrom(m_from);
            const QSignalBlocker blockTo(m_to);
            m_from->setDate(first);
            m_to->setDate(last);
        }
    } else {
        emit errorOccurred(papers.error());
    }
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(current)));
    m_paper->blockSignals(false);
}

void SearchPane::runQuery()
{
    const QString text = m_field->text();
    SearchQuery query = SearchQuery::parse(text);
    const QString paper = m_paper->currentData().toString();
    const bool typed = !text.trimmed().isEmpty();
    if (typed) {
        if (!paper.isEmpty())
            query.addPaper(paper);
        if (m_useDates->isChecked())
            query.setDateRange(m_from->date(), m_to->date());
        if (m_headlinesOnly->isChecked())
            query.restrictToTitles();
    }
    m_highlighter = typed ? std::make_shared<SearchHighlighter>(query) : nullptr;
    m_delegate->setHeadlineMatcher(highlighter());
    m_terms.clear();
    for (const SearchClause &clause : query.clauses())
        if (!clause.excluded)
            for (const SearchTerm &term : clause.alternatives)
                m_terms << term.text;
    const auto sort = m_sort->currentData().toInt() == 1 ? SearchOptions::Sort::Date : SearchOptions::Sort::Relevance;
    m_controller->setQuery(typed ? query : SearchQuery(), sort);
    if (typed != m_active) {
        m_active = typed;
        emit activeChanged(typed);
    }
    showStatus();
}

void SearchPane::openCurrent()
{
    QModelIndex index = m_view->currentIndex();
    if (!index.isValid() && m_model->rowCount() > 0)
        index = m_model->index(0);
    if (index.isValid())
        emit articleChosen(m_model->articleId(index.row()));
}

void SearchPane::showStatus()
{
    if (!m_active) {
        m_status->setText(tr("Type to search every article: words, \"phrases\", -excluded, title:, paper:, date:2025-03"));
        return;
    }
    if (m_controller->isBusy() && m_model->rowCount() == 0) {
        m_status->setText(tr("Searching…"));
        return;
    }
    QString text = m_model->total() == 0 ? tr("No articles match.")
                                         : tr("%n article(s) match.", nullptr, int(m_model->total()));
    if (!m_notes.isEmpty())
        text += QLatin1Char(' ') + m_notes.join(QLatin1Char(' '));
    m_status->setText(text);
}

void SearchPane::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPane::refresh()
{
    fillPapers();
    m_controller->rerun();
}

QStringList SearchPane::highlightTerms() const
{
    // The highlighter below finds every match by the index's own rules; plain terms are not needed too.
    return m_highlighter ? QStringList() : m_terms;
}

HighlightMatcher SearchPane::highlighter() const
{
    if (!m_highlighter)
        return {};
    std::shared_ptr<const SearchHighlighter> highlighter = m_highlighter;
    return [highlighter](const QString &text) {
        QList<std::pair<int, int>> ranges;
        for (const TextRange &r : highlighter->find(text, true))
            ranges.append({r.start, r.length});
        return ranges;
    };
}

bool SearchPane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_field) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            // The results move under the cursor while the keyboard stays in the field.
            if (m_model->rowCount() > 0) {
                QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
                QCoreApplication::sendEvent(m_view, &copy);
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        case Qt::Key_Escape:
            m_field->clear();
            return true;
        default:
            break;
        }
    } else if (watched == m_view && key->key() == Qt::Key_Escape) {
        focusField();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPane::retranslate()
{
    m_field->setPlaceholderText(tr("Search (Ctrl+K)"));
    m_field->setAccessibleName(tr("Search the library"));
    m_field->setToolTip(tr("Results appear as you type. ↓/↑ choose a result, Enter opens it, Esc clears."));
    const int paper = m_paper->currentIndex();
    if (m_paper->count() > 0)
        m_paper->setItemText(0, tr("All papers"));
    m_paper->setCurrentIndex(paper);
    m_paper->setAccessibleName(tr("Paper to search in"));
    m_useDates->setText(tr("Dates"));
    m_useDates->setAccessibleName(tr("Limit the search to a date range"));
    m_from->setAccessibleName(tr("First date"));
    m_to->setAccessibleName(tr("Last date"));
    m_headlinesOnly->setText(tr("Headlines only"));
    m_headlinesOnly->setAccessibleName(tr("Search headlines only"));
    const int sort = std::max(0, m_sort->currentIndex());
    m_sort->blockSignals(true);
    m_sort->clear();
    m_sort->addItem(tr("Best match"), 0);
    m_sort->addItem(tr("Newest first"), 1);
    m_sort->setCurrentIndex(sort);
    m_sort->blockSignals(false);
    m_sort->setAccessibleName(tr("Sort results"));
    m_status->setAccessibleName(tr("Search status"));
    m_view->setAccessibleName(tr("Search results"));
    showStatus();
}

void SearchPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace broadsheet
