// bench_gui: a measuring run of the reader application on a real library — cold start to a usable
// window, opening articles, search-as-you-type updates, and the longest UI-thread stall during an
// import — and, with --shots, screenshots of the main states (docs/screenshots). Prints figures and
// the library's size; never a pass/fail timing.
#include "models/searchresultsmodel.h"
#include "storage/librarystore.h"
#include "widgets/aboutdialog.h"
#include "widgets/importcontroller.h"
#include "widgets/importdialog.h"
#include "widgets/languagemanager.h"
#include "widgets/librarypane.h"
#include "widgets/mainwindow.h"
#include "widgets/navigator.h"
#include "widgets/pagepane.h"
#include "widgets/preferencesdialog.h"
#include "widgets/readerpane.h"
#include "widgets/searchcontroller.h"
#include "widgets/searchpane.h"
#include "widgets/shortcutsdialog.h"
#include "widgets/thememanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace broadsheet;

namespace {

QElapsedTimer g_sinceMain;

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

// Milliseconds from the process's exec to now, from /proc (10 ms resolution): the loader's share.
double msSinceExec()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    QFile uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double start = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return (now - start) * 1000.0;
}

struct Stats {
    QList<double> values;
    double percentile(double p) const
    {
        if (values.isEmpty())
            return 0;
        QList<double> v = values;
        std::sort(v.begin(), v.end());
        const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p / 100.0 * double(v.size())));
        return v.at(i);
    }
    QString text() const
    {
        return QStringLiteral("n=%1 p50=%2 ms p99=%3 ms max=%4 ms")
            .arg(values.size())
            .arg(percentile(50), 0, 'f', 2)
            .arg(percentile(99), 0, 'f', 2)
            .arg(percentile(100), 0, 'f', 2);
    }
};

void settle(int ms = 0)
{
    QElapsedTimer t;
    t.start();
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    } while (t.elapsed() < ms);
}

// Waits for one search to land: the controller turns idle with results for the current text.
bool waitForResults(SearchController *controller, int timeoutMs)
{
    QSignalSpy ready(controller, &SearchController::resultsReady);
    QSignalSpy cleared(controller, &SearchController::cleared);
    return ready.wait(timeoutMs) || !cleared.isEmpty();
}

class Shooter {
public:
    explicit Shooter(QString dir) : m_dir(std::move(dir)) { QDir().mkpath(m_dir); }
    bool enabled() const { return !m_dir.isEmpty(); }

    void shoot(QWidget *window, const QString &name, QWidget *overlay = nullptr)
    {
        if (!enabled())
            return;
        settle(150);
        QPixmap shot = window->grab();
        if (overlay) {
            // A dialog is its own window; draw it where it sits over the main window, with a shadow.
            const QPixmap top = overlay->grab();
            QPainter p(&shot);
            const QPoint at((shot.width() - top.width()) / 2, (shot.height() - top.height()) / 3);
            p.fillRect(QRect(at + QPoint(6, 6), top.size()), QColor(0, 0, 0, 60));
            p.drawPixmap(at, top);
            p.setPen(QColor(0, 0, 0, 90));
            p.drawRect(QRect(at, top.size()).adjusted(0, 0, -1, -1));
        }
        const QString path = QDir(m_dir).filePath(name + QStringLiteral(".png"));
        shot.save(path);
        say(QStringLiteral("screenshot: %1").arg(path));
    }

private:
    QString m_dir;
};

} // namespace

int main(int argc, char *argv[])
{
    g_sinceMain.start();
    const double execToMain = msSinceExec();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_gui"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"), QStringLiteral("Library file to open."), QStringLiteral("PATH"));
    const QCommandLineOption importOption(QStringLiteral("import"), QStringLiteral("Folder to import while measuring UI stalls."), QStringLiteral("DIR"));
    const QCommandLineOption shotsOption(QStringLiteral("shots"), QStringLiteral("Write screenshots of the main states here."), QStringLiteral("DIR"));
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Articles to open (default 300)."), QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("UI language (zh_CN, zh_TW, en)."), QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    parser.addOptions({libraryOption, importOption, shotsOption, articlesOption, languageOption});
    parser.process(app);
    if (!parser.isSet(libraryOption)) {
        say(QStringLiteral("bench_gui needs --library PATH (an existing library, e.g. one made with broadsheet-cli import)."));
        return 2;
    }
    Shooter shooter(parser.value(shotsOption));

    // --- cold start: what guimain does, up to a window that shows the last position and is idle.
    QTemporaryDir settingsDir;
    QSettings settings(settingsDir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    LanguageManager language;
    Preferences prefs;
    prefs.language = parser.value(languageOption);
    prefs.theme = Preferences::Theme::Light;
    prefs.save(settings);
    language.setLanguage(prefs.language);
    auto store = LibraryStore::open(parser.value(libraryOption));
    if (!store) {
        say(store.error());
        return 1;
    }
    ThemeManager theme(app);
    MainWindow window({store.value(), settings, &theme, &language});
    window.resize(1400, 880);
    window.show();
    window.restoreLastPosition();
    settle();
    const double coldStart = double(g_sinceMain.nsecsElapsed()) / 1e6;

    auto stats = store->stats();
    if (stats)
        say(QStringLiteral("library: %1 papers, %2 issues, %3 pages, %4 articles, %5 MB of page text, file %6 MB")
                .arg(stats->papers).arg(stats->issues).arg(stats->pages).arg(stats->articles)
                .arg(double(stats->bytes) / 1e6, 0, 'f', 1).arg(double(stats->fileBytes) / 1e6, 0, 'f', 1));
    say(QStringLiteral("cold start: exec to main %1 ms (from /proc, 10 ms steps); main to usable window %2 ms")
            .arg(execToMain, 0, 'f', 0).arg(coldStart, 0, 'f', 1));

    // --- opening articles: the navigator's full path (reader render, page cards, tree, title) + paint.
    Navigator *nav = window.navigator();
    const qint64 maxId = stats ? stats->articles : 0;
    Stats open;
    QRandomGenerator rng(42);
    const int articles = parser.value(articlesOption).toInt();
    for (int i = 0; i < articles && maxId > 0; ++i) {
        const qint64 id = 1 + qint64(rng.bounded(quint64(maxId)));
        QElapsedTimer t;
        t.start();
        if (!nav->openArticle(id))
            continue;
        QCoreApplication::processEvents(); // layout and paint of what changed
        open.values << double(t.nsecsElapsed()) / 1e6;
    }
    say(QStringLiteral("open article (navigator → reader, cards, tree, paint): %1").arg(open.text()));
    // Where that time goes: each pane on its own, for the same kind of random articles.
    {
        Stats reader, cardsPane, tree, paint;
        for (int i = 0; i < std::min(articles, 100) && maxId > 0; ++i) {
            const qint64 id = 1 + qint64(rng.bounded(quint64(maxId)));
            auto rec = store->article(id);
            if (!rec || !rec.value())
                continue;
            const ReadingPosition pos {rec.value()->issueId, rec.value()->pageId, id};
            QElapsedTimer t;
            t.start();
            window.readerPane()->showArticle(id);
            reader.values << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            window.pagePane()->showPosition(pos);
            cardsPane.values << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            window.libraryPane()->showPosition(pos);
            tree.values << double(t.nsecsElapsed()) / 1e6;
            t.restart();
            QCoreApplication::processEvents();
            paint.values << double(t.nsecsElapsed()) / 1e6;
        }
        say(QStringLiteral("  reader pane (read whole article + typeset): %1").arg(reader.text()));
        say(QStringLiteral("  page pane (cards): %1").arg(cardsPane.text()));
        say(QStringLiteral("  library pane (tree path + calendar): %1").arg(tree.text()));
        say(QStringLiteral("  layout and paint of the window: %1").arg(paint.text()));
    }
    if (shooter.enabled()) {
        auto newest = store->newestIssue();
        if (newest && newest.value())
            nav->openIssue(newest.value()->id);
        // The random opens above left many branches expanded; show only the way to the page read.
        window.libraryPane()->treeView()->collapseAll();
        window.libraryPane()->showPosition(nav->position());
        shooter.shoot(&window, QStringLiteral("reader-%1").arg(prefs.language));
    }

    // --- search as you type: each prefix of each query typed with a pause longer than the debounce.
    const QStringList queries = {
        QStringLiteral("云澜"), QStringLiteral("投资"), QStringLiteral("经济运行"), QStringLiteral("地铁3号线"),
        QStringLiteral("新能源汽车"), QStringLiteral("数字农田"), QStringLiteral("春季 农资"), QStringLiteral("白鹭洲 -停车"),
        QStringLiteral("title:春"), QStringLiteral("\"夜间经济\""), QStringLiteral("古籍 OR 茶山"), QStringLiteral("澜江区"),
        QStringLiteral("社會工作"), QStringLiteral("港口 航线"), QStringLiteral("岗位"), QStringLiteral("记者"),
    };
    SearchPane *search = window.searchPane();
    Stats update;
    Stats worker;
    QStringList slow;
    for (const QString &query : queries) {
        for (int n = 1; n <= query.size(); ++n) {
            search->field()->setText(query.left(n));
            if (!waitForResults(search->controller(), 5000))
                continue;
            update.values << search->controller()->lastLatencyMs();
            worker.values << search->controller()->lastSearchMs();
            if (search->controller()->lastLatencyMs() > 50)
                slow << QStringLiteral("%1 (%2 ms)").arg(query.left(n)).arg(search->controller()->lastLatencyMs(), 0, 'f', 0);
        }
    }
    say(QStringLiteral("search-as-you-type update (dispatch → results on the UI thread, after the %1 ms debounce): %2")
            .arg(SearchController::kDebounceMs).arg(update.text()));
    say(QStringLiteral("  of which the search on the worker: %1").arg(worker.text()));
    if (!slow.isEmpty())
        say(QStringLiteral("  updates over 50 ms: %1").arg(slow.join(QStringLiteral(", "))));

    if (shooter.enabled()) {
        search->field()->setText(QStringLiteral("投资"));
        waitForResults(search->controller(), 5000);
        search->resultsView()->setFocus();
        search->resultsView()->setCurrentIndex(search->model()->index(0));
        QMetaObject::invokeMethod(search, "articleChosen", Q_ARG(qint64, search->model()->articleId(0)));
        settle(200);
        shooter.shoot(&window, QStringLiteral("search-%1").arg(prefs.language));
        search->field()->clear();
        settle(100);
        nav->openPage(nav->position().pageId);
        window.libraryPane()->treeView()->collapseAll();
        window.libraryPane()->showPosition(nav->position());
        Preferences dark = window.preferences();
        dark.theme = Preferences::Theme::Dark;
        window.applyPreferences(dark);
        shooter.shoot(&window, QStringLiteral("dark-%1").arg(prefs.language));
        search->field()->setText(QStringLiteral("云澜"));
        waitForResults(search->controller(), 5000);
        shooter.shoot(&window, QStringLiteral("search-dark-%1").arg(prefs.language));
        search->field()->clear();
        Preferences light = window.preferences();
        light.theme = Preferences::Theme::Light;
        window.applyPreferences(light);
        ShortcutsDialog shortcuts(window.actions(), &window);
        shortcuts.show();
        shooter.shoot(&window, QStringLiteral("shortcuts-%1").arg(prefs.language), &shortcuts);
        shortcuts.hide();
        PreferencesDialog preferences(window.preferences(), &window);
        preferences.show();
        shooter.shoot(&window, QStringLiteral("preferences-%1").arg(prefs.language), &preferences);
        preferences.hide();
        AboutDialog about(QStringLiteral("%1").arg(QDir::toNativeSeparators(store->path())), &window);
        about.show();
        shooter.shoot(&window, QStringLiteral("about-%1").arg(prefs.language), &about);
        about.hide();
    }

    // --- import: the longest gap between 1 ms timer ticks on the UI thread while it runs.
    if (parser.isSet(importOption)) {
        QElapsedTimer sinceTick;
        sinceTick.start();
        Stats gaps;
        double longest = 0;
        double longestAt = 0;
        QElapsedTimer importTime;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const double gap = double(sinceTick.nsecsElapsed()) / 1e6;
            sinceTick.restart();
            gaps.values << gap;
            if (gap > longest) {
                longest = gap;
                longestAt = double(importTime.elapsed()) / 1000.0;
            }
        });
        QSignalSpy finished(&window, &MainWindow::importFinished);
        bool shotTaken = false;
        importTime.start();
        ticker.start(1);
        window.importPaths({parser.value(importOption)});
        while (finished.isEmpty()) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            if (shooter.enabled() && !shotTaken && importTime.elapsed() > 2500 && window.importDialog()) {
                ticker.stop();
                shooter.shoot(&window, QStringLiteral("import-progress-%1").arg(prefs.language), window.importDialog());
                shotTaken = true;
                sinceTick.restart();
                ticker.start(1);
            }
        }
        ticker.stop();
        const auto summary = finished.first().first().value<ImportSummary>();
        say(QStringLiteral("import: %1 files (%2 imported, %3 unchanged, %4 replaced, %5 failed), %6 MB, %7 articles in %8 s")
                .arg(summary.files.size()).arg(summary.imported).arg(summary.unchanged).arg(summary.replaced)
                .arg(summary.failed).arg(double(summary.bytes) / 1e6, 0, 'f', 1).arg(summary.articles)
                .arg(summary.seconds, 0, 'f', 1));
        say(QStringLiteral("UI-thread gaps between 1 ms ticks during the import: %1 (longest stall %2 ms, %3 s "
                           "into the %4 s run; the views' refresh at the end included)")
                .arg(gaps.text()).arg(longest, 0, 'f', 1).arg(longestAt, 0, 'f', 1)
                .arg(double(importTime.elapsed()) / 1000.0, 0, 'f', 1));
        if (shooter.enabled())
            shooter.shoot(&window, QStringLiteral("import-summary-%1").arg(prefs.language), window.importDialog());
    }
    return 0;
}
