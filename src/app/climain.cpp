// broadsheet-cli: the headless entry point; dispatches to one subcommand.
#include "app/clicommands.h"

#include <QCoreApplication>
#ifdef BROADSHEET_HAVE_RENDER
#include <QGuiApplication>
#endif
#include <QProcessEnvironment>

#include <functional>
#include <memory>
#include <unistd.h>

namespace broadsheet::cli {

void out(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void err(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool stdoutIsTerminal() { return isatty(fileno(stdout)); }
bool stderrIsTerminal() { return isatty(fileno(stderr)); }

bool ReindexProgress::operator()(qint64 done, qint64 total)
{
    const int tenth = total > 0 ? int(done * 10 / total) : 10;
    if (!m_live && tenth == m_lastTenth)
        return true;
    m_lastTenth = tenth;
    const QString line = QStringLiteral("Re-indexing the library for search: %1 of %2 articles").arg(done).arg(total);
    if (m_live) {
        err(QStringLiteral("\r\x1b[K") + line);
        m_open = true;
    } else {
        err(line + QLatin1Char('\n'));
    }
    return true;
}

void ReindexProgress::finish()
{
    if (m_open)
        err(QStringLiteral("\n"));
    m_open = false;
}

namespace {

struct Command {
    const char *name;
    const char *synopsis;
    std::function<int(const GlobalOptions &, const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"parse", "parse FILE [--json]            segment one page file and print its articles", runParse},
        {"import", "import PATH... [--paper NAME] [--date YYYY-MM-DD] [--page N] [--json]\n"
                   "                                 store page files, folders and globs in the library", runImport},
        {"list", "list papers|issues|pages|articles [--paper P] [--date D] [--json]\n"
                 "                                 list what the library holds", runList},
        {"show", "show ARTICLE_ID [--json|--text] print one article, whole across its pages", runShow},
        {"stats", "stats [--json]                 totals of the library", runStats},
        {"check", "check                          check the library's integrity", runCheck},
        {"search", "search QUERY [--sort relevance|date] [--limit N] [--offset N] [--json]\n"
                   "                                 full-text search (search --help: the query language)", runSearch},
#ifdef BROADSHEET_HAVE_RENDER
        {"export", "export ID... --format pdf|html|md|txt [-o FILE]\n"
                   "                                 articles as a PDF, HTML, Markdown or text document", runExport},
#endif
    };
    return list;
}

QString usage()
{
    QString text = QStringLiteral(
        "Usage: broadsheet-cli [--library PATH] COMMAND [ARGS…]\n\n"
        "Broadsheet reads raw newspaper page text, splits it into articles and keeps a searchable\n"
        "library of them.\n\nCommands:\n");
    for (const Command &c : commands())
        text += QStringLiteral("  ") + QString::fromUtf8(c.synopsis) + QLatin1Char('\n');
    text += QStringLiteral(
        "\nGlobal options:\n"
        "  --library PATH   the library file (default: $BROADSHEET_LIBRARY, else the per-user\n"
        "                   application data folder)\n"
        "  -h, --help       this text; COMMAND --help for a command's own options\n"
        "  --version        the version\n");
    return text;
}

} // namespace
} // namespace broadsheet::cli

int main(int argc, char **argv)
{
    using namespace broadsheet::cli;
#ifdef BROADSHEET_HAVE_RENDER
    // export lays text out with Qt Gui's fonts, which needs a QGuiApplication and so a platform
    // plugin; offscreen needs no display and finds the same fonts (fontconfig).
    std::unique_ptr<QCoreApplication> application;
    if (commandNeedsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("Broadsheet"));
    QCoreApplication::setOrganizationName(QStringLiteral("Broadsheet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BROADSHEET_VERSION));

    QStringList args = app.arguments().mid(1);
    GlobalOptions global;
    global.libraryPath = QProcessEnvironment::systemEnvironment().value(QStringLiteral("BROADSHEET_LIBRARY"));
    while (!args.isEmpty() && args.first().startsWith(QLatin1Char('-'))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--library")) {
            if (args.isEmpty()) {
                err(QStringLiteral("broadsheet-cli: --library needs a path.\n"));
                return 2;
            }
            global.libraryPath = args.takeFirst();
        } else if (opt.startsWith(QLatin1String("--library="))) {
            global.libraryPath = opt.mid(10);
        } else if (opt == QLatin1String("-h") || opt == QLatin1String("--help")) {
            out(usage());
            return 0;
        } else if (opt == QLatin1String("--version")) {
            out(QStringLiteral("broadsheet-cli %1\n").arg(QCoreApplication::applicationVersion()));
            return 0;
        } else {
            err(QStringLiteral("broadsheet-cli: unknown option %1\n\n").arg(opt) + usage());
            return 2;
        }
    }
    if (args.isEmpty()) {
        err(usage());
        return 2;
    }
    const QString name = args.takeFirst();
    for (const Command &c : commands()) {
        if (name == QLatin1String(c.name))
            return c.run(global, args);
    }
    err(QStringLiteral("broadsheet-cli: unknown command \"%1\"\n\n").arg(name) + usage());
    return 2;
}
