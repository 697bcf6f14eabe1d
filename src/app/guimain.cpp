// broadsheet: the desktop reader. Opens the library, imports what the command line names, and shows
// the main window; everything else lives in bs_widgets.
#include "storage/librarystore.h"
#include "widgets/languagemanager.h"
#include "widgets/mainwindow.h"
#include "widgets/thememanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace broadsheet;

namespace {

// Opening a library may migrate its schema or rebuild its search index (after an upgrade of the
// tokenizer), which takes a while on a large library. That first open runs on a worker while a
// progress dialog shows, so nothing looks frozen; the window's own connection then opens at once.
void prepareLibrary(const QString &path)
{
    std::atomic<qint64> done {0};
    std::atomic<qint64> total {0};
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([path, &done, &total] {
        // Errors are reported by the open on the UI thread that follows.
        (void)LibraryStore::open(path, LibraryStore::Access::ReadWrite, [&done, &total](qint64 d, qint64 t) {
            done = d;
            total = t;
            return true;
        });
    }));
    QProgressDialog progress(QApplication::translate("main", "Preparing the library for search…"), QString(), 0, 100);
    progress.setWindowTitle(QStringLiteral("Broadsheet"));
    progress.setMinimumDuration(400);
    progress.setCancelButton(nullptr);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        if (total > 0) {
            progress.setLabelText(QApplication::translate("main", "Preparing the library for search: %1 of %2 articles…")
                                      .arg(done.load())
                                      .arg(total.load()));
            progress.setValue(int(100 * done / total));
        }
    });
    poll.start(100);
    if (!watcher.isFinished())
        loop.exec();
}

} // namespace

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

    prepareLibrary(path);
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
