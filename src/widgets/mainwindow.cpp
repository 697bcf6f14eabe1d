#include "widgets/mainwindow.h"

#include "ui_mainwindow.h"

#include "render/articlelink.h"
#include "storage/importer.h"
#include "storage/librarystore.h"
#include "widgets/aboutdialog.h"
#include "widgets/articleoutput.h"
#include "widgets/importcontroller.h"
#include "widgets/importdialog.h"
#include "widgets/languagemanager.h"
#include "widgets/librarypane.h"
#include "widgets/navigator.h"
#include "widgets/pagepane.h"
#include "widgets/preferencesdialog.h"
#include "widgets/readerpane.h"
#include "widgets/readerview.h"
#include "widgets/searchpane.h"
#include "widgets/shortcutsdialog.h"
#include "widgets/thememanager.h"
#include "widgets/titles.h"

#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

namespace broadsheet {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
const QString kLibraryVisible = QStringLiteral("window/libraryVisible");
const QString kWholeArticle = QStringLiteral("reader/wholeArticle");
constexpr int kStatusTimeout = 6000;

// Article and page ids belong to one library file, so the last position is kept per library.
QString positionKey(const QString &libraryPath, const char *what)
{
    const QByteArray hash = QCryptographicHash::hash(libraryPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("positions/%1/%2").arg(QLatin1String(hash), QLatin1String(what));
}
} // namespace

MainWindow::MainWindow(const MainWindowContext &context, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_store(context.store),
      m_settings(context.settings), m_theme(context.theme), m_language(context.language),
      m_preferences(Preferences::load(context.settings)), m_navigator(new Navigator(context.store, this)),
      m_importController(new ImportController(context.store.path(), this)), m_output(new ArticleOutput(this))
{
    m_ui->setupUi(this);
    m_savePosition = new QTimer(this);
    m_savePosition->setSingleShot(true);
    m_savePosition->setInterval(2000);
    connect(m_savePosition, &QTimer::timeout, this, &MainWindow::savePosition);
    setWindowIcon(QIcon(QStringLiteral(":/icons/broadsheet-128.png")));
    setUpPanes();
    setUpActions();
    setUpShortcuts();
    connectNavigation();
    restoreState();
    applyPreferences(m_preferences);
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpPanes()
{
    m_libraryPane = new LibraryPane(m_store, this);
    m_pagePane = new PagePane(m_store, this);
    m_searchPane = new SearchPane(m_store, this);
    m_readerPane = new ReaderPane(m_store, this);
    m_middle = new QStackedWidget(this);
    m_middle->setObjectName(QStringLiteral("middleStack"));
    m_middle->addWidget(m_pagePane);
    m_middle->addWidget(m_searchPane);
    m_ui->mainSplitter->addWidget(m_libraryPane);
    m_ui->mainSplitter->addWidget(m_middle);
    m_ui->mainSplitter->addWidget(m_readerPane);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 0);
    m_ui->mainSplitter->setStretchFactor(2, 1);
    m_ui->mainSplitter->setSizes({260, 380, 640});

    m_searchPane->field()->setMinimumWidth(280);
    m_searchPane->field()->setMaximumWidth(420);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_ui->mainToolBar->addWidget(spacer);
    m_ui->mainToolBar->addWidget(m_searchPane->field());

    connect(m_libraryPane, &LibraryPane::errorOccurred, this, &MainWindow::showError);
    connect(m_pagePane, &PagePane::errorOccurred, this, &MainWindow::showError);
    connect(m_searchPane, &SearchPane::errorOccurred, this, &MainWindow::showError);
    connect(m_readerPane, &ReaderPane::errorOccurred, this, &MainWindow::showError);
    connect(m_navigator, &Navigator::errorOccurred, this, &MainWindow::showError);
    connect(m_output, &ArticleOutput::errorOccurred, this, &MainWindow::showError);
    connect(m_output, &ArticleOutput::statusMessage, this, &MainWindow::showStatus);
}

void MainWindow::setUpActions()
{
    auto *ui = m_ui.get();
    connect(ui->actionImportFiles, &QAction::triggered, this, &MainWindow::chooseImportFiles);
    connect(ui->actionImportFolder, &QAction::triggered, this, &MainWindow::chooseImportFolder);
    connect(ui->actionPrint, &QAction::triggered, this,
            [this] { m_output->print(m_readerPane->input(), m_readerPane->renderOptions()); });
    connect(ui->actionPrintPreview, &QAction::triggered, this,
            [this] { m_output->printPreview(m_readerPane->input(), m_readerPane->renderOptions()); });
    connect(ui->actionExport, &QAction::triggered, this,
            [this] { m_output->exportArticle(m_readerPane->input(), m_readerPane->renderOptions()); });
    connect(ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionCopy, &QAction::triggered, m_readerPane->view(), &QTextEdit::copy);
    connect(ui->actionFind, &QAction::triggered, m_searchPane, &SearchPane::focusField);
    connect(ui->actionNextMatch, &QAction::triggered, this, [this] { m_readerPane->stepMatch(1); });
    connect(ui->actionPreviousMatch, &QAction::triggered, this, [this] { m_readerPane->stepMatch(-1); });
    connect(ui->actionBack, &QAction::triggered, m_navigator, &Navigator::back);
    connect(ui->actionForward, &QAction::triggered, m_navigator, &Navigator::forward);
    connect(ui->actionNextArticle, &QAction::triggered, this, [this] { m_navigator->stepArticle(1); });
    connect(ui->actionPreviousArticle, &QAction::triggered, this, [this] { m_navigator->stepArticle(-1); });
    connect(ui->actionNextPage, &QAction::triggered, this, [this] { m_navigator->stepPage(1); });
    connect(ui->actionPreviousPage, &QAction::triggered, this, [this] { m_navigator->stepPage(-1); });
    connect(ui->actionNextIssue, &QAction::triggered, this, [this] { m_navigator->stepIssue(1); });
    connect(ui->actionPreviousIssue, &QAction::triggered, this, [this] { m_navigator->stepIssue(-1); });
    connect(ui->actionWholeArticle, &QAction::toggled, m_readerPane, &ReaderPane::setWholeArticle);
    connect(m_readerPane, &ReaderPane::wholeArticleChanged, ui->actionWholeArticle, &QAction::setChecked);
    connect(ui->actionZoomIn, &QAction::triggered, this, [this] { zoom(1); });
    connect(ui->actionZoomOut, &QAction::triggered, this, [this] { zoom(-1); });
    connect(ui->actionZoomReset, &QAction::triggered, this, [this] { zoom(0); });
    connect(ui->actionFullScreen, &QAction::toggled, this,
            [this](bool on) { setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen); });
    connect(ui->actionShowLibrary, &QAction::toggled, m_libraryPane, &QWidget::setVisible);
    connect(ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    ui->actionBack->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    ui->actionForward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    ui->actionImportFiles->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    ui->actionImportFolder->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    ui->actionPreviousIssue->setIcon(QIcon(QStringLiteral(":/icons/previous-issue.png")));
    ui->actionPreviousPage->setIcon(QIcon(QStringLiteral(":/icons/previous-page.png")));
    ui->actionNextPage->setIcon(QIcon(QStringLiteral(":/icons/next-page.png")));
    ui->actionNextIssue->setIcon(QIcon(QStringLiteral(":/icons/next-issue.png")));
}

void MainWindow::setUpShortcuts()
{
    auto *ui = m_ui.get();
    auto keys = [](std::initializer_list<const char *> list) {
        QList<QKeySequence> out;
        for (const char *k : list)
            out << QKeySequence(QString::fromLatin1(k));
        return out;
    };
    ui->actionImportFiles->setShortcuts(QKeySequence::Open);
    ui->actionImportFolder->setShortcuts(keys({"Ctrl+Shift+O"}));
    ui->actionPrint->setShortcuts(QKeySequence::Print);
    ui->actionExport->setShortcuts(keys({"Ctrl+E"}));
    ui->actionPreferences->setShortcuts(keys({"Ctrl+,"}));
    ui->actionQuit->setShortcuts(QKeySequence::Quit);
    ui->actionCopy->setShortcuts(QKeySequence::Copy);
    ui->actionFind->setShortcuts(keys({"Ctrl+K", "Ctrl+F", "/"}));
    ui->actionNextMatch->setShortcuts(keys({"F3"}));
    ui->actionPreviousMatch->setShortcuts(keys({"Shift+F3"}));
    ui->actionBack->setShortcuts(keys({"Alt+Left"}));
    ui->actionForward->setShortcuts(keys({"Alt+Right"}));
    ui->actionNextArticle->setShortcuts(keys({"J"}));
    ui->actionPreviousArticle->setShortcuts(keys({"K"}));
    ui->actionNextPage->setShortcuts(keys({"PgDown"}));
    ui->actionPreviousPage->setShortcuts(keys({"PgUp"}));
    ui->actionNextIssue->setShortcuts(keys({"]"}));
    ui->actionPreviousIssue->setShortcuts(keys({"["}));
    ui->actionZoomIn->setShortcuts(keys({"Ctrl++", "Ctrl+="}));
    ui->actionZoomOut->setShortcuts(keys({"Ctrl+-"}));
    ui->actionZoomReset->setShortcuts(keys({"Ctrl+0"}));
    ui->actionFullScreen->setShortcuts(keys({"F11"}));
    ui->actionShowLibrary->setShortcuts(keys({"Ctrl+L"}));
    ui->actionShortcuts->setShortcuts(keys({"F1", "?"}));
    // Actions of hidden toolbars and menus must still fire.
    for (QAction *action : findChildren<QAction *>())
        addAction(action);
}

void MainWindow::connectNavigation()
{
    connect(m_navigator, &Navigator::positionChanged, this, &MainWindow::onPositionChanged);
    connect(m_navigator, &Navigator::historyChanged, this, &MainWindow::updateActions);
    connect(m_navigator, &Navigator::boundaryReached, this, &MainWindow::showStatus);
    connect(m_libraryPane, &LibraryPane::pageChosen, this, [this](qint64 id) {
        m_openedFromSearch = false;
        m_navigator->openPage(id);
    });
    connect(m_libraryPane, &LibraryPane::issueChosen, this, [this](qint64 id) {
        m_openedFromSearch = false;
        m_navigator->openIssue(id);
    });
    connect(m_libraryPane, &LibraryPane::statusMessage, this, &MainWindow::showStatus);
    connect(m_pagePane, &PagePane::articleChosen, this, [this](qint64 id) {
        m_openedFromSearch = false;
        m_navigator->openArticle(id);
    });
    connect(m_pagePane, &PagePane::pageStepRequested, m_navigator, &Navigator::stepPage);
    connect(m_pagePane, &PagePane::issueStepRequested, m_navigator, &Navigator::stepIssue);
    connect(m_readerPane, &ReaderPane::stepRequested, m_navigator, &Navigator::stepArticle);
    connect(m_readerPane, &ReaderPane::linkActivated, this, &MainWindow::onLink);
    connect(m_searchPane, &SearchPane::articleChosen, this, [this](qint64 id) {
        m_openedFromSearch = true;
        m_navigator->openArticle(id);
        m_readerPane->view()->setFocus();
    });
    connect(m_searchPane, &SearchPane::activeChanged, this, &MainWindow::showSearch);
    connect(m_importController, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_importController, &ImportController::failed, this, &MainWindow::showError);
    connect(m_importController, &ImportController::started, this, &MainWindow::updateActions);
}

void MainWindow::onPositionChanged(const ReadingPosition &position)
{
    if (m_openedFromSearch)
        m_readerPane->setHighlights(m_searchPane->highlightTerms(), m_searchPane->highlighter());
    else
        m_readerPane->clearHighlights();
    if (position.articleId != m_readerPane->articleId())
        m_readerPane->showArticle(position.articleId);
    m_pagePane->showPosition(position);
    m_libraryPane->showPosition(position);
    if (m_openedFromSearch && m_readerPane->matchCount() > 0)
        m_readerPane->stepMatch(1);
    // Moving on from a search result (j/k, links) leaves the search mode's highlights behind.
    m_openedFromSearch = false;
    // QSettings writes its file (with an fsync) soon after every change; the position is kept
    // once reading pauses, and on close.
    m_savePosition->start();
    updateTitle();
    updateActions();
}

void MainWindow::onLink(const ArticleLink &link)
{
    if (link.kind == ArticleLink::Kind::Article) {
        m_navigator->openArticle(link.value);
        return;
    }
    // A page of the current issue, named by its number.
    LibraryFilter filter;
    filter.issueId = m_navigator->position().issueId;
    auto pages = m_store.pages(filter);
    if (!pages) {
        showError(pages.error());
        return;
    }
    for (const PageRecord &page : pages.value()) {
        if (page.number && *page.number == int(link.value)) {
            m_navigator->openPage(page.id);
            return;
        }
    }
    showStatus(tr("Page %1 of this issue is not in the library.").arg(link.value));
}

void MainWindow::restoreLastPosition()
{
    const qint64 article = m_settings.value(positionKey(m_store.path(), "article")).toLongLong();
    const qint64 page = m_settings.value(positionKey(m_store.path(), "page")).toLongLong();
    // Start with the keyboard on the page's cards: j/k, arrows and Enter work at once.
    m_pagePane->cardView()->setFocus();
    if (article != 0) {
        auto rec = m_store.article(article);
        if (rec && rec.value() && m_navigator->openArticle(article))
            return;
    }
    if (page != 0) {
        auto rec = m_store.page(page);
        if (rec && rec.value() && m_navigator->openPage(page))
            return;
    }
    auto newest = m_store.newestIssue();
    if (newest && newest.value())
        m_navigator->openIssue(newest.value()->id);
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    if (m_importController->isRunning()) {
        showStatus(tr("An import is already running; wait for it to finish or cancel it."));
        return false;
    }
    if (!m_importDialog)
        m_importDialog = new ImportDialog(*m_importController, this);
    const bool ok = m_importController->importPaths(paths);
    if (ok) {
        m_importDialog->show();
        m_importDialog->raise();
    }
    return ok;
}

bool MainWindow::importDemoIssue()
{
    QList<ImportSource> sources;
    QDirIterator it(QStringLiteral(":/samples"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".txt")))
            sources.append(ImportSource::file(path));
    }
    if (sources.isEmpty() || m_importController->isRunning())
        return false;
    std::sort(sources.begin(), sources.end(), [](const ImportSource &a, const ImportSource &b) { return a.path < b.path; });
    showStatus(tr("Your library is empty: importing the bundled demo issue so there is something to read…"));
    connect(m_importController, &ImportController::finished, this, [this](const ImportSummary &summary) {
        statusBar()->showMessage(tr("The library was empty, so the bundled demo issue was imported "
                                    "(%n page(s)). Import your own pages with File → Import.", nullptr,
                                    summary.imported + summary.unchanged + summary.replaced));
    }, Qt::SingleShotConnection);
    return m_importController->importSources(sources);
}

void MainWindow::onImportFinished(const ImportSummary &summary, const QStringList &problems)
{
    const ReadingPosition position = m_navigator->position();
    const bool wasEmpty = position.pageId == 0;
    m_libraryPane->reload();
    m_searchPane->refresh();
    // The page being read is typeset again only when the import replaced it (or its other part).
    bool replacedHere = false;
    for (const ImportFileResult &file : summary.files)
        replacedHere = replacedHere || (file.outcome == ImportOutcome::Replaced && file.pageId);
    if (replacedHere && !wasEmpty) {
        m_pagePane->reload();
        auto article = m_store.article(position.articleId);
        if (article && article.value())
            m_readerPane->showArticle(position.articleId);
        else
            m_navigator->openPage(position.pageId);
    }
    if (wasEmpty)
        restoreLastPosition();
    else
        m_libraryPane->showPosition(m_navigator->position()); // the reloaded tree marks the page again
    showStatus(tr("Import finished: %1 imported, %2 unchanged, %3 replaced, %4 failed.")
                   .arg(summary.imported)
                   .arg(summary.unchanged)
                   .arg(summary.replaced)
                   .arg(summary.failed + int(problems.size())));
    updateActions();
    emit importFinished(summary);
}

void MainWindow::showSearch(bool show)
{
    m_middle->setCurrentWidget(show ? static_cast<QWidget *>(m_searchPane) : static_cast<QWidget *>(m_pagePane));
    if (!show)
        m_readerPane->clearHighlights();
}

void MainWindow::zoom(int delta)
{
    Preferences p = m_preferences;
    p.fontSize = delta == 0 ? Preferences::kDefaultFontSize
                            : std::clamp(p.fontSize + delta, Preferences::kMinFontSize, Preferences::kMaxFontSize);
    applyPreferences(p);
    showStatus(tr("Text size: %1 pt").arg(p.fontSize));
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    m_preferences = preferences;
    m_preferences.save(m_settings);
    if (m_language)
        m_language->setLanguage(preferences.language);
    bool dark = false;
    if (m_theme) {
        m_theme->apply(preferences.theme);
        dark = m_theme->isDark();
    } else {
        dark = preferences.theme == Preferences::Theme::Dark;
    }
    m_readerPane->setAppearance(preferences.fontSize, preferences.serif,
                                dark ? RenderOptions::Theme::Dark : RenderOptions::Theme::Light, preferences.lineWidth);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_preferences, this);
    connect(&dialog, &PreferencesDialog::applied, this, &MainWindow::applyPreferences);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QString text = tr("Library: %1").arg(QDir::toNativeSeparators(m_store.path()));
    auto stats = m_store.stats();
    if (stats)
        text += QLatin1Char('\n')
                + tr("%1 papers · %2 issues · %3 pages · %4 articles")
                      .arg(stats->papers)
                      .arg(stats->issues)
                      .arg(stats->pages)
                      .arg(stats->articles);
    AboutDialog dialog(text, this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(actions(), this);
    dialog.exec();
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Page Files"), QString(),
                                                            tr("Page text (*.txt *.md);;All files (*)"));
    importPaths(files);
}

void MainWindow::chooseImportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Pages"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importPaths(paths);
    }
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 2 * kStatusTimeout);
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, kStatusTimeout);
}

void MainWindow::updateActions()
{
    auto *ui = m_ui.get();
    const ReadingPosition pos = m_navigator->position();
    const bool article = m_readerPane->articleId() != 0;
    ui->actionBack->setEnabled(m_navigator->canGoBack());
    ui->actionForward->setEnabled(m_navigator->canGoForward());
    for (QAction *a : {ui->actionPrint, ui->actionPrintPreview, ui->actionExport, ui->actionCopy})
        a->setEnabled(article);
    for (QAction *a : {ui->actionNextArticle, ui->actionPreviousArticle, ui->actionNextPage, ui->actionPreviousPage,
                       ui->actionNextIssue, ui->actionPreviousIssue})
        a->setEnabled(pos.pageId != 0);
}

void MainWindow::updateTitle()
{
    m_pageTitle.clear();
    const qint64 pageId = m_navigator->position().pageId;
    if (pageId != 0) {
        auto page = m_store.page(pageId);
        if (page && page.value())
            m_pageTitle = Titles::pageTitle(page.value()->paper, page.value()->date, page.value()->number);
    }
    setWindowTitle(Titles::windowTitle(m_pageTitle));
}

void MainWindow::savePosition()
{
    const ReadingPosition position = m_navigator->position();
    m_settings.setValue(positionKey(m_store.path(), "article"), position.articleId);
    m_settings.setValue(positionKey(m_store.path(), "page"), position.pageId);
}

void MainWindow::saveState()
{
    savePosition();
    m_settings.setValue(kGeometry, saveGeometry());
    m_settings.setValue(kState, QMainWindow::saveState());
    m_settings.setValue(kSplitter, m_ui->mainSplitter->saveState());
    m_settings.setValue(kLibraryVisible, m_ui->actionShowLibrary->isChecked());
    m_settings.setValue(kWholeArticle, m_readerPane->wholeArticle());
    m_preferences.save(m_settings);
    m_settings.sync();
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings.value(kGeometry).toByteArray())) {
        // First start: roomy, but never larger than the screen the window opens on.
        QSize size(1280, 800);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.9);
        resize(size);
    }
    QMainWindow::restoreState(m_settings.value(kState).toByteArray());
    m_ui->mainSplitter->restoreState(m_settings.value(kSplitter).toByteArray());
    const bool libraryVisible = m_settings.value(kLibraryVisible, true).toBool();
    m_ui->actionShowLibrary->setChecked(libraryVisible);
    m_libraryPane->setVisible(libraryVisible);
    const bool whole = m_settings.value(kWholeArticle, true).toBool();
    m_ui->actionWholeArticle->setChecked(whole);
    m_readerPane->setWholeArticle(whole);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (m_importController->isRunning())
        m_importController->cancel();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTitle();
    }
    if (event->type() == QEvent::WindowStateChange)
        m_ui->actionFullScreen->setChecked(windowState() & Qt::WindowFullScreen);
    QMainWindow::changeEvent(event);
}

} // namespace broadsheet
