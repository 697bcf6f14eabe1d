// MainWindow: wires the library, page, search and reader panes, the menus and shortcuts together.
#pragma once

#include "widgets/preferences.h"

#include <QMainWindow>

#include <memory>

class QSettings;
class QStackedWidget;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace broadsheet {

class ArticleOutput;
class ImportController;
class ImportDialog;
class LanguageManager;
class LibraryPane;
class LibraryStore;
class Navigator;
class PagePane;
class ReaderPane;
class SearchPane;
class ThemeManager;
struct ArticleLink;
struct ImportSummary;
struct ReadingPosition;

// What the window needs from main(): the library, where settings live, and the application-wide
// look and language (both optional, so tests may leave them out).
struct MainWindowContext {
    LibraryStore &store;
    QSettings &settings;
    ThemeManager *theme = nullptr;
    LanguageManager *language = nullptr;
};

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the last position read (or the newest issue); call once after construction.
    void restoreLastPosition();
    // Imports through the same path as the File menu and drag and drop. False when one is running.
    bool importPaths(const QStringList &paths);
    // Imports the demo issue bundled under :/samples/ and says so in the status bar.
    bool importDemoIssue();

    Preferences preferences() const { return m_preferences; }
    void applyPreferences(const Preferences &preferences);

    Navigator *navigator() const { return m_navigator; }
    LibraryPane *libraryPane() const { return m_libraryPane; }
    PagePane *pagePane() const { return m_pagePane; }
    ReaderPane *readerPane() const { return m_readerPane; }
    SearchPane *searchPane() const { return m_searchPane; }
    ImportController *importController() const { return m_importController; }
    ImportDialog *importDialog() const { return m_importDialog; }
    Ui::MainWindow *ui() const { return m_ui.get(); }

signals:
    // The views show the library as the import left it.
    void importFinished(const broadsheet::ImportSummary &summary);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setUpPanes();
    void setUpActions();
    void setUpShortcuts();
    void connectNavigation();
    void onPositionChanged(const ReadingPosition &position);
    void onLink(const ArticleLink &link);
    void onImportFinished(const ImportSummary &summary, const QStringList &problems);
    void showSearch(bool show);
    void zoom(int delta);
    void showPreferences();
    void showAbout();
    void showShortcuts();
    void chooseImportFiles();
    void chooseImportFolder();
    void showError(const QString &message);
    void showStatus(const QString &message);
    void savePosition();
    void saveState();
    void restoreState();
    void updateActions();
    void updateTitle();

    std::unique_ptr<Ui::MainWindow> m_ui;
    LibraryStore &m_store;
    QSettings &m_settings;
    ThemeManager *m_theme;
    LanguageManager *m_language;
    Preferences m_preferences;
    Navigator *m_navigator;
    LibraryPane *m_libraryPane = nullptr;
    PagePane *m_pagePane = nullptr;
    SearchPane *m_searchPane = nullptr;
    ReaderPane *m_readerPane = nullptr;
    QStackedWidget *m_middle = nullptr;
    ImportController *m_importController;
    ImportDialog *m_importDialog = nullptr;
    ArticleOutput *m_output;
    QTimer *m_savePosition;
    QString m_pageTitle;
    bool m_openedFromSearch = false;
};

} // namespace broadsheet
