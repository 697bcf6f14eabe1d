#include "widgets/pagepane.h"

#include "models/pagearticlesmodel.h"
#include "storage/librarystore.h"
#include "widgets/articlecarddelegate.h"
#include "widgets/navigator.h"
#include "widgets/titles.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

namespace broadsheet {

PagePane::PagePane(LibraryStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new PageArticlesModel(store, this)), m_view(new QListView(this)),
      m_title(new QLabel(this)), m_prevIssue(new QToolButton(this)), m_prevPage(new QToolButton(this)),
      m_nextPage(new QToolButton(this)), m_nextIssue(new QToolButton(this))
{
    setObjectName(QStringLiteral("pagePane"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("cardView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ArticleCardDelegate(m_view));
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setResizeMode(QListView::Adjust);
    // Items take the viewport's width and wrap their text; a horizontal scroll bar would only flicker.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Heights depend on the width: without word wrap a list view keeps the heights it measured
    // before its scroll bar appeared, and a headline wrapping to two lines runs into the next item.
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformItemSizes(false);
    m_view->setFrameShape(QFrame::NoFrame);

    const QList<QPair<QToolButton *, QString>> buttons = {
        {m_prevIssue, QStringLiteral("prevIssueButton")}, {m_prevPage, QStringLiteral("prevPageButton")},
        {m_nextPage, QStringLiteral("nextPageButton")}, {m_nextIssue, QStringLiteral("nextIssueButton")}};
    for (const auto &[button, name] : buttons) {
        button->setObjectName(name);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::TabFocus);
    }
    connect(m_prevIssue, &QToolButton::clicked, this, [this] { emit issueStepRequested(-1); });
    connect(m_prevPage, &QToolButton::clicked, this, [this] { emit pageStepRequested(-1); });
    connect(m_nextPage, &QToolButton::clicked, this, [this] { emit pageStepRequested(1); });
    connect(m_nextIssue, &QToolButton::clicked, this, [this] { emit issueStepRequested(1); });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_prevIssue);
    bar->addWidget(m_prevPage);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_nextPage);
    bar->addWidget(m_nextIssue);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_model, &PageArticlesModel::errorOccurred, this, &PagePane::errorOccurred);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_updating && current.isValid())
                    emit articleChosen(m_model->articleId(current.row()));
            });
    retranslate();
}

void PagePane::showPosition(const ReadingPosition &position)
{
    m_updating = true;
    if (position.pageId != m_model->pageId())
        m_model->setPage(position.pageId);
    const int row = m_model->rowOf(position.articleId);
    if (row >= 0) {
        const QModelIndex idx = m_model->index(row);
        m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect);
        m_view->scrollTo(idx);
    } else {
        m_view->selectionModel()->clear();
    }
    m_updating = false;
    updateHeader();
}

void PagePane::reload()
{
    m_updating = true;
    const qint64 current = m_model->articleId(m_view->currentIndex().row());
    m_model->reload();
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
    m_updating = false;
    updateHeader();
}

void PagePane::updateHeader()
{
    const qint64 pageId = m_model->pageId();
    if (pageId == 0) {
        m_title->setText(tr("No page open"));
        return;
    }
    auto page = m_store.page(pageId);
    if (page && page.value())
        m_title->setText(Titles::pageTitle(page.value()->paper, page.value()->date, page.value()->number));
}

void PagePane::retranslate()
{
    m_prevIssue->setText(QStringLiteral("«"));
    m_prevPage->setText(QStringLiteral("‹"));
    m_nextPage->setText(QStringLiteral("›"));
    m_nextIssue->setText(QStringLiteral("»"));
    m_prevIssue->setToolTip(tr("Previous issue ([)"));
    m_prevPage->setToolTip(tr("Previous page (Page Up)"));
    m_nextPage->setToolTip(tr("Next page (Page Down)"));
    m_nextIssue->setToolTip(tr("Next issue (])"));
    m_prevIssue->setAccessibleName(tr("Previous issue"));
    m_prevPage->setAccessibleName(tr("Previous page"));
    m_nextPage->setAccessibleName(tr("Next page"));
    m_nextIssue->setAccessibleName(tr("Next issue"));
    m_view->setAccessibleName(tr("Articles on this page"));
    m_title->setAccessibleName(tr("Current page"));
    updateHeader();
}

void PagePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace broadsheet
