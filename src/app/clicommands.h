// The broadsheet-cli subcommands: each takes its own arguments and returns the exit status.
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cstdio>

namespace broadsheet::cli {

// Options that come before the subcommand and apply to all of them.
struct GlobalOptions {
    QString libraryPath; // --library PATH, else $BROADSHEET_LIBRARY, else the default location
};

// Writes UTF-8 text to stdout / stderr.
void out(const QString &text);
void err(const QString &text);
bool stdoutIsTerminal();
bool stderrIsTerminal();

// Reports a search re-index (articles done, articles in all) on stderr: one line rewritten in
// place on a terminal, else a line every tenth of the way. finish() ends a live line.
class ReindexProgress {
public:
    ReindexProgress() : m_live(stderrIsTerminal()) { }
    bool operator()(qint64 done, qint64 total);
    void finish();

private:
    bool m_live;
    bool m_open = false;
    int m_lastTenth = -1;
};

// Each command: `args` are the words after the command name.
int runParse(const GlobalOptions &global, const QStringList &args);
// The library (cli_import.cpp, cli_library.cpp).
int runImport(const GlobalOptions &global, const QStringList &args);
int runList(const GlobalOptions &global, const QStringList &args);
int runShow(const GlobalOptions &global, const QStringList &args);
int runStats(const GlobalOptions &global, const QStringList &args);
int runCheck(const GlobalOptions &global, const QStringList &args);
int runSearch(const GlobalOptions &global, const QStringList &args);
// Printouts and exports (cli_export.cpp; only with BROADSHEET_GUI, as it needs Qt Gui for fonts).
int runExport(const GlobalOptions &global, const QStringList &args);
// True when argv names a command that lays out text and so needs a QGuiApplication (export).
bool commandNeedsGui(int argc, char **argv);

} // namespace broadsheet::cli
