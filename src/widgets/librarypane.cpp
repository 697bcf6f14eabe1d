#include "widgets/librarypane.h"

#include "models/librarytreemodel.h"
#include "storage/librarystore.h"
#include "widgets/navigator.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QTextCharFormat>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace broadsheet {

LibraryPane::LibraryPane(LibraryStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new LibraryTreeModel(store, this)), m_filter(new QLineEdit(this)),
      m_tree(new QTreeView(this)), m_calendar(new QCalendarWidget(this)), m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("libraryPane"));
    m_filter->setObjectName(QStringLiteral("libraryFilter"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setObjectName(QStringLiteral("libraryTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_calendar->setObjectName(QStringLiteral("issueCalendar"));
    m_calendar->setGridVisible(false);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_calendar->setFirstDayOfWeek(Qt::Monday);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->setSpacing(6);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_calendar);

    // The filter re-queries the library, so wait for a pause in typing.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_filter->text());
        // A narrow filter is expected to show its matches, so open the first levels.
        if (!m_filter->text().trimmed().isEmpty() && m_model->rowCount() <= 3)
            for (int i = 0; i < m_model->rowCount(); ++i)
                m_tree->expand(m_model->index(i, 0));
    });
    connect(m_model, &LibraryTreeModel::errorOccurred, this, &LibraryPane::errorOccurred);
    connect(m_tree, &QTreeView::activated, this, &LibraryPane::onActivated);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        // Moving through pages with the arrows opens them; higher levels open only on Enter or a click.
        if (!m_updating && index.data(LibraryTreeModel::KindRole).toInt() == int(LibraryTreeModel::NodeKind::Page))
            emit pageChosen(index.data(LibraryTreeModel::IdRole).toLongLong());
    });
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &LibraryPane::markIssueDays);
    connect(m_calendar, &QCalendarWidget::activated, this, &LibraryPane::onDateChosen);
    connect(m_calendar, &QCalendarWidget::clicked, this, &LibraryPane::onDateChosen);
    retranslate();
    markIssueDays(m_calendar->yearShown(), m_calendar->monthShown());
}

void LibraryPane::onActivated(const QModelIndex &index)
{
    const auto kind = LibraryTreeModel::NodeKind(index.data(LibraryTreeModel::KindRole).toInt());
    const qint64 id = index.data(LibraryTreeModel::IdRole).toLongLong();
    if (kind == LibraryTreeModel::NodeKind::Page)
        emit pageChosen(id);
    else if (kind == LibraryTreeModel::NodeKind::Issue)
        emit issueChosen(id);
    else
        m_tree->setExpanded(index, !m_tree->isExpanded(index));
}

void LibraryPane::onDateChosen(QDate date)
{
    // The paper being read first; any paper's issue of that day when it has none.
    LibraryFilter filter;
    filter.from = date;
    filter.to = date;
    filter.paperId = m_paperId;
    auto issues = m_store.issues(filter);
    if (issues && issues->isEmpty() && m_paperId) {
        filter.paperId.reset();
        issues = m_store.issues(filter);
    }
    if (!issues) {
        emit errorOccurred(issues.error());
        return;
    }
    if (issues->isEmpty()) {
        emit statusMessage(tr("No issue in the library on %1.").arg(date.toString(Qt::ISODate)));
        return;
    }
    emit issueChosen(issues->first().id);
}

void LibraryPane::markIssueDays(int year, int month)
{
    for (const QDate &d : std::as_const(m_marked))
        m_calendar->setDateTextFormat(d, {});
    m_marked.clear();
    const QDate from(year, month, 1);
    // The calendar shows a few days of the neighbouring months too.
    auto dates = m_store.issueDates(m_paperId, from.addDays(-7), from.addMonths(1).addDays(14));
    if (!dates) {
        emit errorOccurred(dates.error());
        return;
    }
    QTextCharFormat marked;
    marked.setFontWeight(QFont::Bold);
    marked.setForeground(palette().color(QPalette::Link));
    marked.setFontUnderline(true);
    for (const QDate &d : dates.value()) {
        m_calendar->setDateTextFormat(d, marked);
        m_marked.append(d);
    }
}

void LibraryPane::showPosition(const ReadingPosition &position)
{
    if (position.pageId == 0)
        return;
    m_updating = true;
    const QModelIndex idx = m_model->indexForPage(position.pageId);
    if (idx.isValid()) {
        for (QModelIndex parent = idx.parent(); parent.isValid(); parent = parent.parent())
            m_tree->expand(parent);
        m_tree->setCurrentIndex(idx);
        m_tree->scrollTo(idx);
    }
    m_updating = false;
    auto issue = m_store.issue(position.issueId);
    if (issue && issue.value()) {
        const bool paperChanged = m_paperId != issue.value()->paperId;
        m_paperId = issue.value()->paperId;
        const QDate date = issue.value()->date;
        if (date.isValid()) {
            m_calendar->blockSignals(true);
            m_calendar->setSelectedDate(date);
            m_calendar->blockSignals(false);
        }
        if (paperChanged || date.isValid())
            markIssueDays(m_calendar->yearShown(), m_calendar->monthShown());
    }
}

void LibraryPane::reload()
{
    m_model->reload();
    markIssueDays(m_calendar->yearShown(), m_calendar->monthShown());
}

void LibraryPane::retranslate()
{
    m_filter->setPlaceholderText(tr("Filter papers or dates (2025-03)"));
    m_filter->setAccessibleName(tr("Library filter"));
    m_filter->setToolTip(tr("Type part of a paper's name, or a year, month or day such as 2025-03-18"));
    m_tree->setAccessibleName(tr("Library: papers, years, months, issues and pages"));
    m_calendar->setAccessibleName(tr("Issue calendar"));
    m_calendar->setToolTip(tr("Days with an issue are underlined; choose one to open it"));
}

void LibraryPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_calendar->setLocale(QLocale());
        m_model->reload(); // month and page labels are language-dependent
    }
    if (event->type() == QEvent::PaletteChange)
        markIssueDays(m_calendar->yearShown(), m_calendar->monthShown());
    QWidget::changeEvent(event);
}

} // namespace broadsheet
