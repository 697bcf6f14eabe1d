// Drives the real MainWindow offscreen over a real library: keyboard navigation, search as you
// type, jump links, importing a folder through the dialog's path, and preferences across a restart.
#include "demolibrary.h"
#include "models/librarytreemodel.h"
#include "models/pagearticlesmodel.h"
#include "models/searchresultsmodel.h"
#include "render/articlelink.h"
#include "widgets/articleoutput.h"
#include "widgets/importcontroller.h"
#include "widgets/importdialog.h"
#include "widgets/languagemanager.h"
#include "widgets/librarypane.h"
#include "widgets/mainwindow.h"
#include "widgets/navigator.h"
#include "widgets/pagepane.h"
#include "widgets/readerpane.h"
#include "widgets/readerview.h"
#include "widgets/searchcontroller.h"
#include "widgets/searchpane.h"

#include "ui_mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QInputMethodEvent>
#include <QMenu>
#include <QMimeData>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace broadsheet;

namespace {

// A window over a library with its own settings file, shown and active so shortcuts fire.
struct Session {
    explicit Session(LibraryStore &store, const QString &settingsPath)
        : settings(settingsPath, QSettings::IniFormat), window(std::make_unique<MainWindow>(MainWindowContext {store, settings}))
    {
        window->show();
        window->activateWindow();
    }
    QSettings settings;
    std::unique_ptr<MainWindow> window;
};

void press(QWidget *target, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(target ? target : QApplication::focusWidget(), key, modifiers);
}

// Chinese is typed through an input method, which commits each character to the field.
void typeChinese(QWidget *field, const QString &text)
{
    for (const QChar ch : text) {
        QInputMethodEvent commit;
        commit.setCommitString(QString(ch));
        QApplication::sendEvent(field, &commit);
        QTest::qWait(20);
    }
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_lib.create()); }

    void keyboardNavigation()
    {
        Session s(m_lib.store(), m_lib.dirPath() + QStringLiteral("/nav.ini"));
        MainWindow &w = *s.window;
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.restoreLastPosition();
        Navigator *nav = w.navigator();
        PageArticlesModel *cards = w.pagePane()->model();
        QCOMPARE(nav->position().pageId, m_lib.pageId(1));
        QCOMPARE(nav->position().articleId, cards->articleId(0));
        QCOMPARE(w.windowTitle(), QStringLiteral("云澜日报 2025-03-18 Page 1 — Broadsheet"));
        QCOMPARE(w.readerPane()->articleId(), cards->articleId(0));

        w.pagePane()->cardView()->setFocus();
        press(&w, Qt::Key_J);
        QCOMPARE(nav->position().articleId, cards->articleId(1));
        QCOMPARE(w.pagePane()->cardView()->currentIndex().row(), 1);
        press(&w, Qt::Key_K);
        QCOMPARE(nav->position().articleId, cards->articleId(0));
        // ↓ in the card list is the list's own movement, and it opens the card.
        press(w.pagePane()->cardView(), Qt::Key_Down);
        QCOMPARE(nav->position().articleId, cards->articleId(1));
        QCOMPARE(w.readerPane()->articleId(), cards->articleId(1));

        press(&w, Qt::Key_PageDown);
        QCOMPARE(nav->position().pageId, m_lib.pageId(2));
        QCOMPARE(w.windowTitle(), QStringLiteral("云澜日报 2025-03-18 Page 2 — Broadsheet"));
        QCOMPARE(w.libraryPane()->treeView()->currentIndex().data(LibraryTreeModel::IdRole).toLongLong(), m_lib.pageId(2));
        press(&w, Qt::Key_PageUp);
        QCOMPARE(nav->position().pageId, m_lib.pageId(1));

        // The demo library has one issue: ] stays put and says why.
        const ReadingPosition before = nav->position();
        press(&w, Qt::Key_BracketRight);
        QCOMPARE(nav->position(), before);
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("newest")));

        // j past the last card of page 1 goes on to page 2.
        const int last = cards->rowCount() - 1;
        QVERIFY(nav->openArticle(cards->articleId(last)));
        w.pagePane()->cardView()->setFocus();
        press(&w, Qt::Key_J);
        QCOMPARE(nav->position().pageId, m_lib.pageId(2));

        // History: Alt+← and Alt+→.
        press(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(nav->position().pageId, m_lib.pageId(1));
        QCOMPARE(nav->position().articleId, cards->articleId(last));
        press(&w, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(nav->position().pageId, m_lib.pageId(2));

        // Space pages through a long article.
        ReaderView *reader = w.readerPane()->view();
        reader->setFocus();
        QVERIFY(nav->openArticle(cards->articleId(0)));
        reader->setFocus();
        w.resize(900, 500); // so that the lead story is longer than the view
        QApplication::processEvents();
        QVERIFY(reader->verticalScrollBar()->maximum() > 0);
        reader->verticalScrollBar()->setValue(0);
        press(reader, Qt::Key_Space);
        QVERIFY(reader->verticalScrollBar()->value() > 0);
        press(reader, Qt::Key_Space, Qt::ShiftModifier);
        QCOMPARE(reader->verticalScrollBar()->value(), 0);

        // ↓ in the reader scrolls, and only past the end of the article opens the next one.
        const qint64 shown = nav->position().articleId;
        reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->maximum());
        press(reader, Qt::Key_Down);
        QVERIFY(nav->position().articleId != shown);
        QCOMPARE(w.readerPane()->articleId(), nav->position().articleId);
    }

    void searchAndOpenHit()
    {
        Session s(m_lib.store(), m_lib.dirPath() + QStringLiteral("/search.ini"));
        MainWindow &w = *s.window;
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.restoreLastPosition();
        SearchPane *pane = w.searchPane();
        w.pagePane()->cardView()->setFocus();
        press(&w, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), pane->field());
        typeChinese(pane->field(), QStringLiteral("稳投资"));
        auto *middle = w.findChild<QStackedWidget *>(QStringLiteral("middleStack"));
        QVERIFY(middle);
        QCOMPARE(middle->currentWidget(), pane);
        SearchResultsModel *results = pane->model();
        QTRY_VERIFY_WITH_TIMEOUT(results->rowCount() > 0, 10000);
        QVERIFY(results->index(0).data(SearchResultsModel::SnippetRole).toString().contains(QStringLiteral("稳投资"))
                || results->index(0).data(SearchResultsModel::HeadlineRole).toString().contains(QStringLiteral("稳投资")));

        // Arrows move through the results while the keyboard stays in the field; Enter opens.
        const int rows = results->rowCount();
        press(pane->field(), Qt::Key_Down);
        const int row = rows > 1 ? 1 : 0;
        QCOMPARE(pane->resultsView()->currentIndex().row(), row);
        press(pane->field(), Qt::Key_Up);
        QCOMPARE(pane->resultsView()->currentIndex().row(), 0);
        const qint64 expected = results->articleId(0);
        press(pane->field(), Qt::Key_Return);
        QCOMPARE(w.navigator()->position().articleId, expected);
        QCOMPARE(w.readerPane()->articleId(), expected);

        // Every match is highlighted; F3 and Shift+F3 walk through them.
        ReaderPane *reader = w.readerPane();
        QVERIFY(reader->matchCount() >= 1);
        QCOMPARE(reader->currentMatch(), 0); // opening from a search selects the first match
        QCOMPARE(reader->view()->textCursor().selectedText(), QStringLiteral("稳投资"));
        press(&w, Qt::Key_F3);
        QCOMPARE(reader->currentMatch(), reader->matchCount() > 1 ? 1 : 0);
        press(&w, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(reader->currentMatch(), 0);

        // Typing on replaces the results; Esc clears the search and returns to the page.
        pane->focusField();
        typeChinese(pane->field(), QStringLiteral("澜江"));
        QTRY_VERIFY_WITH_TIMEOUT(!pane->controller()->isBusy() && results->rowCount() > 0
                                     && results->index(0).data(SearchResultsModel::SnippetRole).toString().contains(QStringLiteral("澜江")),
                                 10000);
        press(pane->field(), Qt::Key_Escape);
        QVERIFY(pane->field()->text().isEmpty());
        QCOMPARE(middle->currentWidget(), w.pagePane());
    }

    // Result and card heights follow the list's width: after the column widens every item is as
    // tall as its text now needs, so none runs into the next or leaves a gap. (The case this was
    // written for, a scroll bar appearing under search-as-you-type on X11, did not reproduce
    // offscreen; it was checked on screenshots under Xvfb.)
    void itemHeightsFollowTheWidth()
    {
        Session s(m_lib.store(), m_lib.dirPath() + QStringLiteral("/heights.ini"));
        MainWindow &w = *s.window;
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.restoreLastPosition();
        SearchPane *pane = w.searchPane();
        pane->focusField();
        typeChinese(pane->field(), QStringLiteral("工"));
        QTRY_VERIFY_WITH_TIMEOUT(!pane->controller()->isBusy() && pane->model()->rowCount() > 3, 10000);
        auto heightsMatch = [](QListView *view) {
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.widget = view;
            option.font = view->font();
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex index = view->model()->index(row, 0);
                const int laidOut = view->visualRect(index).height();
                const int needed = view->itemDelegate()->sizeHint(option, index).height();
                if (laidOut != needed) {
                    qWarning("row %d: laid out %d px high, needs %d", row, laidOut, needed);
                    return false;
                }
            }
            return true;
        };
        QTRY_VERIFY(heightsMatch(pane->resultsView()));
        auto *middle = w.findChild<QStackedWidget *>(QStringLiteral("middleStack"));
        QVERIFY(middle);
        auto *splitter = qobject_cast<QSplitter *>(middle->parentWidget());
        QVERIFY(splitter);
        w.resize(1400, w.height());
        QTRY_COMPARE(splitter->width(), 1400);
        QList<int> sizes = splitter->sizes();
        const int column = splitter->indexOf(middle);
        QVERIFY(column >= 0 && column + 1 < sizes.size());

        // Widen the results column at the reader's cost: headlines and snippets take fewer lines.
        const int before = pane->resultsView()->viewport()->width();
        const int moved = sizes[column + 1] / 2;
        sizes[column] += moved;
        sizes[column + 1] -= moved;
        splitter->setSizes(sizes);
        QTRY_VERIFY(pane->resultsView()->viewport()->width() > before + 100);
        QTRY_VERIFY(heightsMatch(pane->resultsView()));
        press(pane->field(), Qt::Key_Escape);
        QTRY_VERIFY(heightsMatch(w.pagePane()->cardView()));
    }

    void followJumpLink()
    {
        Session s(m_lib.store(), m_lib.dirPath() + QStringLiteral("/jump.ini"));
        MainWindow &w = *s.window;
        QVERIFY(QTest::qWaitForWindowActive(&w));
        // The lead story of page 1 goes on to page 4 (下转第4版).
        QVERIFY(w.navigator()->openPage(m_lib.pageId(1)));
        ReaderPane *reader = w.readerPane();
        reader->setWholeArticle(false);
        QTextDocument *doc = reader->view()->document();
        // Find the jump note's link in the typeset document and click it where it is drawn.
        int linkPos = -1;
        QUrl linkUrl;
        for (QTextBlock block = doc->begin(); block.isValid() && linkPos < 0; block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat f = it.fragment().charFormat();
                if (f.isAnchor() && ArticleLink::fromUrl(QUrl(f.anchorHref()))) {
                    linkPos = it.fragment().position() + it.fragment().length() / 2;
                    linkUrl = QUrl(f.anchorHref());
                    break;
                }
            }
        }
        QVERIFY2(linkPos >= 0, "the opened part shows a jump link");
        const auto link = ArticleLink::fromUrl(linkUrl);
        QVERIFY(link && link->kind == ArticleLink::Kind::Article);
        QTextCursor cursor(doc);
        cursor.setPosition(linkPos);
        reader->view()->setTextCursor(cursor);
        reader->view()->ensureCursorVisible();
        const QPoint at = reader->view()->cursorRect(cursor).center();
        QTest::mouseClick(reader->view()->viewport(), Qt::LeftButton, Qt::NoModifier, at);
        QTRY_COMPARE(w.navigator()->position().articleId, qint64(link->value));
        QCOMPARE(w.navigator()->position().pageId, m_lib.pageId(4));
        QCOMPARE(reader->articleId(), qint64(link->value));

        // Read whole: both parts in one piece, the jump notes gone between them.
        auto whole = m_lib.store().wholeArticle(link->value);
        QVERIFY(whole.ok());
        QCOMPARE(whole->parts.size(), 2);
        reader->setWholeArticle(true);
        const QString text = doc->toPlainText();
        QVERIFY(text.contains(whole->parts.at(0).article.blocks.first().text.left(12)));
        QVERIFY(text.contains(whole->parts.at(1).article.blocks.last().text.left(12)));
    }

    void importFolderThroughTheDialogPath()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fresh.sqlite"));
        auto store = LibraryStore::open(path);
        QVERIFY(store.ok());
        Session s(store.value(), dir.filePath(QStringLiteral("import.ini")));
        MainWindow &w = *s.window;
        QCOMPARE(w.libraryPane()->model()->rowCount(), 0);
        QSignalSpy finished(&w, &MainWindow::importFinished);
        // The window keeps handling events while the import runs on its worker.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(1);
        QVERIFY(w.importPaths({QStringLiteral(BROADSHEET_DEMO_DIR)}));
        QVERIFY(w.importController()->isRunning());
        QVERIFY(w.importDialog() && w.importDialog()->isVisible());
        QVERIFY(!w.importPaths({QStringLiteral(BROADSHEET_DEMO_DIR)})); // one at a time
        QVERIFY(finished.wait(60000));
        QVERIFY(ticks > 0);
        const auto summary = finished.first().first().value<ImportSummary>();
        QCOMPARE(summary.imported, 4);
        QCOMPARE(summary.failed, 0);
        QVERIFY(w.importDialog()->isFinished());
        QVERIFY(w.importDialog()->summaryText().contains(QStringLiteral("Imported: 4")));
        // The views show the new pages: the tree has the paper, and the window opened the issue.
        QCOMPARE(w.libraryPane()->model()->rowCount(), 1);
        QVERIFY(w.navigator()->position().pageId != 0);
        QVERIFY(w.readerPane()->articleId() != 0);

        // The same folder again changes nothing and says so.
        QVERIFY(w.importPaths({QStringLiteral(BROADSHEET_DEMO_DIR)}));
        QVERIFY(finished.wait(60000));
        const auto again = finished.at(1).first().value<ImportSummary>();
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.unchanged, 4);
        QVERIFY(w.importDialog()->summaryText().contains(QStringLiteral("Unchanged (already in library): 4")));
    }

    void importsTheDemoIssueIntoAnEmptyLibrary()
    {
        QTemporaryDir dir;
        auto store = LibraryStore::open(dir.filePath(QStringLiteral("empty.sqlite")));
        QVERIFY(store.ok());
        Session s(store.value(), dir.filePath(QStringLiteral("demo.ini")));
        QSignalSpy finished(s.window.get(), &MainWindow::importFinished);
        QVERIFY(s.window->importDemoIssue());
        QVERIFY(s.window->statusBar()->currentMessage().contains(QStringLiteral("demo issue")));
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<ImportSummary>().imported, 4);
        QVERIFY(s.window->statusBar()->currentMessage().contains(QStringLiteral("demo issue was imported")));
        QCOMPARE(s.window->windowTitle(), QStringLiteral("云澜日报 2025-03-18 Page 1 — Broadsheet"));
    }

    void dropsFoldersOntoTheWindowToImport()
    {
        QTemporaryDir dir;
        auto store = LibraryStore::open(dir.filePath(QStringLiteral("drop.sqlite")));
        QVERIFY(store.ok());
        Session s(store.value(), dir.filePath(QStringLiteral("drop.ini")));
        QSignalSpy finished(s.window.get(), &MainWindow::importFinished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(BROADSHEET_DEMO_DIR))});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(s.window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(s.window.get(), &drop);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().value<ImportSummary>().imported, 4);
    }

    void exportsTheOpenArticle()
    {
        Session s(m_lib.store(), m_lib.dirPath() + QStringLiteral("/export.ini"));
        QVERIFY(s.window->navigator()->openPage(m_lib.pageId(1)));
        auto *output = s.window->findChild<ArticleOutput *>();
        QVERIFY(output);
        QSignalSpy exported(output, &ArticleOutput::exported);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("article.html"));
        output->exportTo(s.window->readerPane()->input(), s.window->readerPane()->renderOptions(), path);
        QVERIFY(exported.wait(30000)); // written on a worker thread
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("抓项目稳投资 促消费增活力")));
        // Read whole: the page-4 part is in the export too.
        auto whole = m_lib.store().wholeArticle(s.window->readerPane()->articleId());
        QVERIFY(whole.ok() && whole->parts.size() == 2);
        QVERIFY(html.contains(whole->parts.at(1).article.blocks.last().text.left(10)));
    }

    void preferencesSurviveARestart()
    {
        const QString ini = m_lib.dirPath() + QStringLiteral("/restart.ini");
        Preferences chosen;
        chosen.fontSize = 21;
        chosen.serif = false;
        chosen.theme = Preferences::Theme::Dark;
        chosen.lineWidth = 30;
        chosen.language = QStringLiteral("zh_TW");
        qint64 article = 0;
        QList<int> sizes;
        {
            Session s(m_lib.store(), ini);
            s.window->applyPreferences(Preferences());
            QVERIFY(s.window->navigator()->openPage(m_lib.pageId(3)));
            QVERIFY(s.window->navigator()->stepArticle(1));
            article = s.window->navigator()->position().articleId;
            s.window->applyPreferences(chosen);
            // Ctrl++ is a preference too.
            QVERIFY(QTest::qWaitForWindowActive(s.window.get()));
            press(s.window.get(), Qt::Key_Plus, Qt::ControlModifier);
            chosen.fontSize = 22;
            QCOMPARE(s.window->preferences(), chosen);
            auto *splitter = s.window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({200, 300, 700});
            sizes = splitter->sizes();
            s.window->readerPane()->setWholeArticle(false);
            s.window->close();
        }
        Session again(m_lib.store(), ini);
        QCOMPARE(again.window->preferences(), chosen);
        QCOMPARE(again.window->readerPane()->renderOptions().fontPointSize, 22.0);
        QVERIFY(!again.window->readerPane()->renderOptions().serif);
        QCOMPARE(again.window->readerPane()->renderOptions().theme, RenderOptions::Theme::Dark);
        QVERIFY(!again.window->readerPane()->wholeArticle());
        QCOMPARE(again.window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
        again.window->restoreLastPosition();
        QCOMPARE(again.window->navigator()->position().articleId, article);
        QCOMPARE(again.window->navigator()->position().pageId, m_lib.pageId(3));
    }

    void switchesTheLanguageLive()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("lang.ini")), QSettings::IniFormat);
        LanguageManager language;
        MainWindow w({m_lib.store(), settings, nullptr, &language});
        w.restoreLastPosition();
        Preferences p = w.preferences();
        p.language = QStringLiteral("zh_CN");
        w.applyPreferences(p);
        QTRY_COMPARE(w.ui()->menuFile->title(), QStringLiteral("文件(&F)")); // LanguageChange is posted
        QCOMPARE(w.windowTitle(), QStringLiteral("云澜日报 2025-03-18 第1版 — Broadsheet"));
        QCOMPARE(w.searchPane()->field()->placeholderText(), QStringLiteral("检索（Ctrl+K）"));
        p.language = QStringLiteral("zh_TW");
        w.applyPreferences(p);
        QTRY_COMPARE(w.ui()->menuFile->title(), QStringLiteral("檔案(&F)"));
        QCOMPARE(w.searchPane()->field()->placeholderText(), QStringLiteral("搜尋（Ctrl+K）"));
        p.language = QStringLiteral("en");
        w.applyPreferences(p);
        QTRY_COMPARE(w.ui()->menuFile->title(), QStringLiteral("&File"));
        QCOMPARE(w.windowTitle(), QStringLiteral("云澜日报 2025-03-18 Page 1 — Broadsheet"));
    }

    void everyControlHasAnAccessibleName()
    {
        Session s(m_lib.store(), m_lib.dirPath() + QStringLiteral("/a11y.ini"));
        s.window->restoreLastPosition();
        // Every widget the keyboard can reach, in every pane (shown or not), except Qt's own
        // internals (calendar navigation parts, scroll bars) and menus, which are named by their titles.
        auto internal = [](const QWidget *w) {
            for (; w; w = w->parentWidget())
                if (w->objectName().startsWith(QLatin1String("qt_")))
                    return true;
            return false;
        };
        QStringList missing;
        int checked = 0;
        const auto widgets = s.window->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (widget->focusPolicy() == Qt::NoFocus || internal(widget) || widget->inherits("QScrollBar")
                || widget->inherits("QMenu"))
                continue;
            ++checked;
            if (widget->accessibleName().isEmpty())
                missing << QStringLiteral("%1 (%2)").arg(widget->objectName(), QLatin1String(widget->metaObject()->className()));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        QVERIFY2(checked >= 20, qPrintable(QString::number(checked))); // fields, lists, buttons, combo boxes of every pane
    }

private:
    DemoLibrary m_lib;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
