#include "widgets/readerpane.h"

#include "render/articlelink.h"
#include "render/articlerenderer.h"
#include "storage/librarystore.h"
#include "widgets/readerview.h"

#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace broadsheet {

ReaderPane::ReaderPane(LibraryStore &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_view(new ReaderView(this)), m_wholeButton(new QToolButton(this)),
      m_prevMatch(new QToolButton(this)), m_nextMatch(new QToolButton(this)), m_matchLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("readerPane"));
    m_view->setObjectName(QStringLiteral("readerView"));
    m_wholeButton->setObjectName(QStringLiteral("wholeArticleButton"));
    m_wholeButton->setCheckable(true);
    m_wholeButton->setChecked(m_options.wholeArticle);
    m_wholeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_wholeButton->setAutoRaise(true);
    m_prevMatch->setObjectName(QStringLiteral("previousMatchButton"));
    m_nextMatch->setObjectName(QStringLiteral("nextMatchButton"));
    m_prevMatch->setAutoRaise(true);
    m_nextMatch->setAutoRaise(true);
    m_prevMatch->setText(QStringLiteral("▲"));
    m_nextMatch->setText(QStringLiteral("▼"));
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    bar->addWidget(m_wholeButton);
    bar->addStretch(1);
    bar->addWidget(m_matchLabel);
    bar->addWidget(m_prevMatch);
    bar->addWidget(m_nextMatch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_wholeButton, &QToolButton::toggled, this, &ReaderPane::setWholeArticle);
    connect(m_prevMatch, &QToolButton::clicked, this, [this] { stepMatch(-1); });
    connect(m_nextMatch, &QToolButton::clicked, this, [this] { stepMatch(1); });
    connect(m_view, &ReaderView::stepRequested, this, &ReaderPane::stepRequested);
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (const auto link = ArticleLink::fromUrl(url))
            emit linkActivated(*link);
        else if (url.hasFragment() && url.path().isEmpty())
            m_view->scrollToAnchor(url.fragment());
    });
    retranslate();
    updateMatchLabel();
}

bool ReaderPane::showArticle(qint64 articleId)
{
    if (articleId == 0) {
        m_articleId = 0;
        m_input = {};
        m_view->clear();
        m_matches.clear();
        m_currentMatch = -1;
        updateMatchLabel();
        return true;
    }
    auto whole = m_store.wholeArticle(articleId);
    if (!whole) {
        emit errorOccurred(whole.error());
        return false;
    }
    ArticleInput input;
    const QList<ArticleRecord> &parts = whole->parts;
    for (int i = 0; i < parts.size(); ++i) {
        const ArticleRecord &part = parts.at(i);
        input.parts.append(ArticlePart {part.id, part.page, part.article});
        if (part.id == articleId)
            input.current = i;
        if (i == 0 || input.paper.isNull())
            input.paper = part.paper;
        if (!input.date.isValid())
            input.date = part.date;
    }
    if (!input.isValid()) {
        emit errorOccurred(tr("Article %1 could not be read from the library.").arg(articleId));
        return false;
    }
    m_articleId = articleId;
    m_input = std::move(input);
    render();
    m_view->verticalScrollBar()->setValue(0);
    emit articleShown(articleId);
    return true;
}

void ReaderPane::render()
{
    if (!m_input.isValid())
        return;
    const int scroll = m_view->verticalScrollBar()->value();
    ArticleRenderer renderer(m_options);
    QTextDocument *doc = m_view->document();
    renderer.render(doc, m_input);
    m_matches = ArticleRenderer::highlights(doc);
    m_currentMatch = -1;
    m_view->verticalScrollBar()->setValue(scroll);
    updateMatchLabel();
}

void ReaderPane::setHighlights(const QStringList &terms, const HighlightMatcher &matcher)
{
    m_options.highlightTerms = terms;
    m_options.highlighter = matcher;
    render();
}

void ReaderPane::clearHighlights()
{
    if (m_options.highlightTerms.isEmpty() && !m_options.highlighter)
        return;
    setHighlights({}, {});
}

void ReaderPane::setAppearance(qreal fontPointSize, bool serif, RenderOptions::Theme theme, int lineWidthChars)
{
    m_options.fontPointSize = fontPointSize;
    m_options.serif = serif;
    m_options.theme = theme;
    m_lineWidthChars = lineWidthChars;
    QFont font = m_view->font();
    font.setPointSizeF(fontPointSize);
    // The measure counts full-width characters, which is how a Chinese column is measured.
    m_view->setMeasure(QFontMetrics(font).horizontalAdvance(QChar(0x4E2D)) * lineWidthChars);
    QPalette pal = m_view->palette();
    pal.setColor(QPalette::Base, m_options.background());
    pal.setColor(QPalette::Text, m_options.foreground());
    m_view->setPalette(pal);
    render();
}

void ReaderPane::setWholeArticle(bool whole)
{
    if (m_wholeButton->isChecked() != whole)
        m_wholeButton->setChecked(whole); // re-enters through toggled()
    if (m_options.wholeArticle == whole)
        return;
    m_options.wholeArticle = whole;
    render();
    emit wholeArticleChanged(whole);
}

void ReaderPane::stepMatch(int direction)
{
    if (m_matches.isEmpty())
        return;
    const int n = int(m_matches.size());
    if (m_currentMatch < 0)
        m_currentMatch = direction > 0 ? 0 : n - 1;
    else
        m_currentMatch = ((m_currentMatch + direction) % n + n) % n;
    m_view->setTextCursor(m_matches.at(m_currentMatch));
    m_view->ensureCursorVisible();
    updateMatchLabel();
}

void ReaderPane::updateMatchLabel()
{
    const bool any = !m_matches.isEmpty();
    m_prevMatch->setVisible(any);
    m_nextMatch->setVisible(any);
    m_matchLabel->setVisible(any);
    if (!any)
        return;
    m_matchLabel->setText(m_currentMatch < 0 ? tr("%n match(es)", nullptr, int(m_matches.size()))
                                             : tr("match %1 of %2").arg(m_currentMatch + 1).arg(m_matches.size()));
}

void ReaderPane::retranslate()
{
    m_wholeButton->setText(tr("Read whole article"));
    m_wholeButton->setToolTip(tr("Show every part of a continued article in one piece"));
    m_wholeButton->setAccessibleName(tr("Read whole article"));
    m_prevMatch->setToolTip(tr("Previous match (Shift+F3)"));
    m_nextMatch->setToolTip(tr("Next match (F3)"));
    m_prevMatch->setAccessibleName(tr("Previous match"));
    m_nextMatch->setAccessibleName(tr("Next match"));
    m_matchLabel->setAccessibleName(tr("Matches in this article"));
    m_view->setAccessibleName(tr("Article text"));
    updateMatchLabel();
}

void ReaderPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace broadsheet
