// broadsheet: the desktop reader. Opens the library, imports what the command line names, and shows
// the main window; everything else lives in bs_widgets.
#include "storage/librarystore.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/thememanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

using namespace broadsheet;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Broadsheet"));
    QApplication::setApplicationName(QStringLiteral("Broadsheet"));
    QApplication::setApplicationVersion(QStringLiteral(BROADSHEET_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/broadsheet-256.png")));

    // The language is chosen before any text is shown, including --help's.
    QSettings settings;
    LanguageManager language;
    language.setLanguage(Preferences::load(settings).language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A reader for newspaper issues."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(
        QStringLiteral("library"),
        QApplication::translate("main", "The library file to open (default: $BROADSHEET_LIBRARY, else %1).")
            .arg(QDir::toNativeSeparators(LibraryStore::defaultPath())),
        QStringLiteral("PATH"));
    parser.addOption(libraryOption);
    parser.addPositionalArgument(QStringLiteral("paths"),
                                 QApplication::translate("main", "Page files or folders to import."),
                                 QStringLiteral("[FILE|FOLDER...]"));
    parser.process(app);

    QString explicitPath = parser.value(libraryOption);
    if (explicitPath.isEmpty())
        explicitPath = qEnvironmentVariable("BROADSHEET_LIBRARY");
    const bool defaultLibrary = explicitPath.isEmpty();
    const QString path = LibraryStore::resolvePath(explicitPath);
    if (defaultLibrary)
        QDir().mkpath(QFileInfo(path).absolutePath());

    auto store = LibraryStore::open(path);
    QString readOnlyNote;
    if (!store) {
        // A library on read-only media can still be read; only importing needs write access.
        auto readOnly = LibraryStore::open(path, LibraryStore::Access::ReadOnly);
        if (!readOnly) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Broadsheet"), store.error());
            return 1;
        }
        readOnlyNote = QApplication::translate("main", "Opened read-only: %1").arg(store.error());
        store = std::move(readOnly);
    }

    ThemeManager theme(app);
    MainWindow window({store.value(), settings, &theme, &language});
    window.show();

    if (!readOnlyNote.isEmpty())
        window.statusBar()->showMessage(readOnlyNote);

    const QStringList paths = parser.positionalArguments();
    auto empty = store->isEmpty();
    if (defaultLibrary && empty && empty.value() && paths.isEmpty())
        window.importDemoIssue();
    else
        window.restoreLastPosition();
    if (!paths.isEmpty())
        window.importPaths(paths);
    return app.exec();
}
