// broadsheet-cli import: pages from files, folders and globs into the library, with progress.
#include "app/clicommands.h"
#include "storage/importer.h"
#include "storage/librarystore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace broadsheet::cli {

namespace {

const char *const kImportHelp =
    "Usage: broadsheet-cli [--library PATH] import PATH... [--paper NAME] [--date YYYY-MM-DD] [--page N] [--json]\n"
    "\n"
    "Reads page files (*.txt, *.md), folders (recursively) and globs, splits each page into articles\n"
    "and stores them in the library (created if missing).\n"
    "\n"
    "Paper, date and page come from the folder layout (<paper>/<YYYY-MM-DD>/<page>.txt,\n"
    "<paper>/<YYYY>/<MM>/<DD>/<page>.txt) and file names (04.txt, p04, 第4版, A04,\n"
    "人民日报_2024-11-12_04.txt), else from the page text, else from these options:\n"
    "  --paper NAME        the paper of pages whose paper is not known otherwise\n"
    "  --date YYYY-MM-DD   the date of pages whose date is not known otherwise\n"
    "  --page N            the page number of pages whose number is not known otherwise\n"
    "  --json              print the summary as JSON on stdout:\n"
    "                      {\"imported\", \"unchanged\", \"replaced\", \"failed\", \"articles\", \"bytes\",\n"
    "                       \"seconds\", \"cancelled\", \"unknown_paper\", \"undated\",\n"
    "                       \"files\": [{\"path\", \"outcome\", \"paper\", \"date\", \"page\", \"articles\", \"message\"}]}\n"
    "\n"
    "A page already in the library (same content) is left alone (\"already in library\"); a changed file\n"
    "for the same paper, date and page replaces the stored page. A page whose paper or date stays unknown\n"
    "is filed under an unknown paper or an undated issue. Progress goes to stderr. Ctrl-C stops after\n"
    "the pages written so far; running the same import again completes it. The exit status is 1 when\n"
    "any file failed.\n";

// The running importer, for the Ctrl-C handler (a signal handler can reach nothing else).
std::atomic<Importer *> g_interruptible {nullptr};

extern "C" void onInterrupt(int)
{
    if (Importer *importer = g_interruptible.load())
        importer->cancel();
    // A second Ctrl-C ends the process at once; the library stays consistent all the same.
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / 1e6, 'f', 1);
}

QString duration(double seconds)
{
    const int s = int(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString describePage(const ImportFileResult &f)
{
    return QStringLiteral("%1 %2 %3")
        .arg(f.paper.isEmpty() ? QStringLiteral("(unknown paper)") : f.paper,
             f.date.isValid() ? f.date.toString(Qt::ISODate) : QStringLiteral("(undated)"),
             f.page ? QStringLiteral("p.%1").arg(*f.page) : QStringLiteral("(no page number)"));
}

// Progress on stderr: one line rewritten in place on a terminal, plain lines every few seconds
// otherwise (a log file or a pipe gets no carriage returns).
class CliProgress : public ImportObserver {
public:
    explicit CliProgress(bool live) : m_live(live) { m_sinceLine.start(); }

    void progress(const ImportProgress &p) override
    {
        m_reindex.finish();
        if (!m_live && m_sinceLine.elapsed() < 2000 && p.filesDone < p.filesTotal)
            return;
        m_sinceLine.restart();
        const QString line = QStringLiteral("%1/%2 files, %3/%4 MB, %5 articles, %6 MB/s%7")
                                 .arg(p.filesDone).arg(p.filesTotal)
                                 .arg(megabytes(p.bytesDone), megabytes(p.bytesTotal))
                                 .arg(p.articles)
                                 .arg(QString::number(p.bytesPerSecond / 1e6, 'f', 1))
                                 .arg(p.etaSeconds >= 0 && p.filesDone < p.filesTotal
                                          ? QStringLiteral(", ETA %1").arg(duration(p.etaSeconds))
                                          : QString());
        if (m_live) {
            err(QStringLiteral("\r\x1b[K") + line);
            m_open = true;
        } else {
            err(line + QLatin1Char('\n'));
        }
    }

    void fileDone(const ImportFileResult &f) override
    {
        if (f.outcome == ImportOutcome::Failed)
            say(QStringLiteral("failed: %1: %2").arg(QDir::toNativeSeparators(f.path), f.message));
    }

    void notice(const QString &text) override { say(text); }

    bool reindexing(qint64 done, qint64 total) override { return m_reindex(done, total); }

    void close()
    {
        m_reindex.finish();
        if (m_open)
            err(QStringLiteral("\n"));
        m_open = false;
    }

private:
    void say(const QString &text)
    {
        close();
        err(text + QLatin1Char('\n'));
    }

    bool m_live;
    bool m_open = false;
    QElapsedTimer m_sinceLine;
    ReindexProgress m_reindex;
};

QJsonObject summaryJson(const ImportSummary &s, const QStringList &problems)
{
    QJsonArray files;
    for (const QString &p : problems) {
        files.append(QJsonObject {{QStringLiteral("path"), QJsonValue()}, {QStringLiteral("outcome"), QStringLiteral("failed")},
                                  {QStringLiteral("message"), p}});
    }
    for (const ImportFileResult &f : s.files) {
        QJsonObject o;
        o.insert(QStringLiteral("path"), f.path);
        const char *outcome = f.outcome == ImportOutcome::Imported ? "imported"
            : f.outcome == ImportOutcome::Unchanged                ? "unchanged"
            : f.outcome == ImportOutcome::Replaced                 ? "replaced"
                                                                   : "failed";
        o.insert(QStringLiteral("outcome"), QString::fromLatin1(outcome));
        o.insert(QStringLiteral("paper"), f.paper.isEmpty() ? QJsonValue() : QJsonValue(f.paper));
        o.insert(QStringLiteral("date"), f.date.isValid() ? QJsonValue(f.date.toString(Qt::ISODate)) : QJsonValue());
        o.insert(QStringLiteral("page"), f.page ? QJsonValue(*f.page) : QJsonValue());
        o.insert(QStringLiteral("articles"), f.articles);
        o.insert(QStringLiteral("message"), f.message.isEmpty() ? QJsonValue() : QJsonValue(f.message));
        files.append(o);
    }
    return QJsonObject {
        {QStringLiteral("imported"), s.imported},
        {QStringLiteral("unchanged"), s.unchanged},
        {QStringLiteral("replaced"), s.replaced},
        {QStringLiteral("failed"), s.failed + int(problems.size())},
        {QStringLiteral("articles"), qint64(s.articles)},
        {QStringLiteral("bytes"), qint64(s.bytes)},
        {QStringLiteral("seconds"), s.seconds},
        {QStringLiteral("cancelled"), s.cancelled},
        {QStringLiteral("unknown_paper"), s.unknownPaper},
        {QStringLiteral("undated"), s.undated},
        {QStringLiteral("files"), files},
    };
}

QString summaryText(const ImportSummary &s, const QStringList &problems, const QString &library)
{
    QString text = QStringLiteral("%1 %2 pages into %3 in %4 (%5 MB, %6 articles):\n")
                       .arg(s.cancelled ? QStringLiteral("Stopped after") : QStringLiteral("Read"))
                       .arg(s.files.size() + problems.size())
                       .arg(QDir::toNativeSeparators(library), duration(s.seconds), megabytes(s.bytes))
                       .arg(s.articles);
    text += QStringLiteral("  imported:  %1\n  unchanged: %2 (already in library)\n  replaced:  %3\n  failed:    %4\n")
                .arg(s.imported).arg(s.unchanged).arg(s.replaced).arg(s.failed + problems.size());
    for (const QString &p : problems)
        text += QStringLiteral("    %1\n").arg(p);
    for (const ImportFileResult &f : s.failures())
        text += QStringLiteral("    %1: %2\n").arg(QDir::toNativeSeparators(f.path), f.message);
    if (s.unknownPaper || s.undated) {
        text += QStringLiteral("  filed under an unknown paper: %1, undated: %2 (give --paper / --date, or use the "
                               "<paper>/<YYYY-MM-DD>/<page>.txt layout):\n")
                    .arg(s.unknownPaper).arg(s.undated);
        int shown = 0;
        for (const ImportFileResult &f : s.files) {
            if ((f.outcome != ImportOutcome::Imported && f.outcome != ImportOutcome::Replaced)
                || (!f.paper.isEmpty() && f.date.isValid()))
                continue;
            if (++shown > 20) {
                text += QStringLiteral("    …\n");
                break;
            }
            text += QStringLiteral("    %1 -> %2\n").arg(QDir::toNativeSeparators(f.path), describePage(f));
        }
    }
    if (s.cancelled)
        text += QStringLiteral("Stopped: the pages listed as imported are stored; run the same import again to "
                               "complete it.\n");
    return text;
}

} // namespace

int runImport(const GlobalOptions &global, const QStringList &args)
{
    QStringList paths;
    ImportFallbacks fallbacks;
    bool json = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](const char *option) -> std::optional<QString> {
            if (i + 1 >= args.size()) {
                err(QStringLiteral("broadsheet-cli import: %1 needs a value. See import --help.\n").arg(QString::fromLatin1(option)));
                return std::nullopt;
            }
            return args.at(++i);
        };
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out(QString::fromUtf8(kImportHelp));
            return 0;
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--paper")) {
            const std::optional<QString> v = value("--paper");
            if (!v)
                return 2;
            fallbacks.paper = v->trimmed();
        } else if (a == QLatin1String("--date")) {
            const std::optional<QString> v = value("--date");
            if (!v)
                return 2;
            fallbacks.date = QDate::fromString(*v, Qt::ISODate);
            if (!fallbacks.date.isValid()) {
                err(QStringLiteral("broadsheet-cli import: --date %1 is not a date; write it as YYYY-MM-DD.\n").arg(*v));
                return 2;
            }
        } else if (a == QLatin1String("--page")) {
            const std::optional<QString> v = value("--page");
            if (!v)
                return 2;
            bool ok = false;
            const int n = v->toInt(&ok);
            if (!ok || n < 1) {
                err(QStringLiteral("broadsheet-cli import: --page %1 is not a page number (1, 2, …).\n").arg(*v));
                return 2;
            }
            fallbacks.page = n;
        } else if (a.startsWith(QLatin1String("--"))) {
            err(QStringLiteral("broadsheet-cli import: unknown option %1. See import --help.\n").arg(a));
            return 2;
        } else {
            paths.append(a);
        }
    }
    if (paths.isEmpty()) {
        err(QStringLiteral("broadsheet-cli import: which files? Usage: broadsheet-cli import PATH... (see import --help)\n"));
        return 2;
    }

    const QString library = LibraryStore::resolvePath(global.libraryPath);
    const CollectedSources collected = collectImportSources(paths);
    for (const QString &p : collected.problems)
        err(QStringLiteral("failed: %1\n").arg(p));

    Importer importer(library);
    CliProgress progress(stderrIsTerminal());
    g_interruptible.store(&importer);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    Result<ImportSummary> summary = importer.run(collected.sources, fallbacks, &progress);
    g_interruptible.store(nullptr);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    progress.close();

    if (!summary) {
        err(QStringLiteral("broadsheet-cli: %1\n").arg(summary.error()));
        return 1;
    }
    if (json) {
        out(QString::fromUtf8(QJsonDocument(summaryJson(summary.value(), collected.problems)).toJson(QJsonDocument::Indented)));
    } else {
        out(summaryText(summary.value(), collected.problems, library));
    }
    if (summary->cancelled)
        return 130;
    return summary->failed > 0 || !collected.problems.isEmpty() ? 1 : 0;
}

} // namespace broadsheet::cli
