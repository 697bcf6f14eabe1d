// broadsheet-cli search: full-text search of the library from the command line.
#include "app/clicommands.h"
#include "core/searchquery.h"
#include "storage/librarystore.h"
#include "storage/searchengine.h"
#include "storage/searchindex.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace broadsheet::cli {

namespace {

const char *const kSearchHelp =
    "Usage: broadsheet-cli [--library PATH] search QUERY... [--sort relevance|date] [--limit N] [--offset N] [--json]\n"
    "\n"
    "Finds the articles containing QUERY. Chinese matches any substring (社会工作 also finds 中央社会工作部);\n"
    "width, case and Traditional/Simplified do not matter (社會工作 = 社会工作, ＡＢＣ = abc); Latin\n"
    "letters and digits match whole words.\n"
    "  words separated by spaces   all of them\n"
    "  \"two words\"                 these words in this order (spaces between Chinese words optional)\n"
    "  a OR b                      either\n"
    "  -word                       leave out articles containing it\n"
    "  title:word                  in the headline, kicker or subheadline only\n"
    "  covid*                      Latin words starting with covid\n"
    "  paper:NAME                  only this paper (several: any of them)\n"
    "  date:2024  date:2024-11  date:2024-11-05  date:2024-11-01..2024-11-30   only these dates\n"
    "  page:1  page:1..4           only these pages\n"
    "Options:\n"
    "  --sort relevance|date  best matches first (default), or newest issue first\n"
    "  --limit N              how many hits to print (default 20)\n"
    "  --offset N             skip the first N hits (for the next page)\n"
    "  --json                 {\"query\", \"total\", \"hits\": [{\"id\", \"paper\", \"date\", \"page\", \"headline\",\n"
    "                          \"snippet\", \"highlights\", \"score\"}], \"notes\"} on stdout; highlights are\n"
    "                          [start, end) pairs of character (code point) offsets into the snippet;\n"
    "                          unknown paper, date or page are null; notes say what in QUERY was ignored\n";

// A QString (UTF-16) offset as a count of code points, for JSON readers that index by character.
int codePoints(const QString &text, int utf16Offset)
{
    int n = 0;
    for (int i = 0; i < utf16Offset && i < text.size(); ++i) {
        if (!text[i].isLowSurrogate())
            ++n;
    }
    return n;
}

QString emphasised(const QString &text, const QList<TextRange> &ranges, bool terminal)
{
    if (!terminal || ranges.isEmpty())
        return text;
    QString out;
    int at = 0;
    for (const TextRange &r : ranges) {
        out += text.mid(at, r.start - at);
        out += QStringLiteral("\x1b[1;31m") + text.mid(r.start, r.length) + QStringLiteral("\x1b[0m");
        at = r.end();
    }
    return out + text.mid(at);
}

// Opens the library; a library indexed by another tokenizer version is re-indexed first (with
// progress on stderr) when the file can be written.
std::optional<LibraryStore> openForSearch(const GlobalOptions &global)
{
    const QString path = LibraryStore::resolvePath(global.libraryPath);
    if (!QFileInfo::exists(path)) {
        err(QStringLiteral("broadsheet-cli: there is no library at %1. Import pages first "
                           "(broadsheet-cli import PATH...) or name another library with --library.\n")
                .arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    Result<LibraryStore> store = LibraryStore::open(path, LibraryStore::Access::ReadOnly);
    if (store) {
        Result<bool> current = SearchIndex::isCurrent(store->database());
        if (current && current.value())
            return std::move(store.value());
    }
    if (!QFileInfo(path).isWritable()) {
        err(QStringLiteral("broadsheet-cli: %1\n")
                .arg(store ? QStringLiteral("The search index of the read-only library %1 was built by another "
                                            "version of Broadsheet and cannot be rebuilt here. Make the file "
                                            "writable, or search a copy.").arg(QDir::toNativeSeparators(path))
                           : store.error()));
        return std::nullopt;
    }
    ReindexProgress progress;
    Result<LibraryStore> writable = LibraryStore::open(path, LibraryStore::Access::ReadWrite, std::ref(progress));
    progress.finish();
    if (!writable) {
        err(QStringLiteral("broadsheet-cli: %1\n").arg(writable.error()));
        return std::nullopt;
    }
    return std::move(writable.value());
}

} // namespace

int runSearch(const GlobalOptions &global, const QStringList &args)
{
    SearchOptions options;
    bool json = false;
    QStringList words;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&](int &target, int minimum) {
            bool ok = false;
            const int n = i + 1 < args.size() ? args[i + 1].toInt(&ok) : 0;
            if (!ok || n < minimum) {
                err(QStringLiteral("broadsheet-cli search: %1 needs a number of at least %2.\n").arg(a).arg(minimum));
                return false;
            }
            target = n;
            ++i;
            return true;
        };
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--sort")) {
            const QString how = i + 1 < args.size() ? args[++i] : QString();
            if (how == QLatin1String("relevance")) {
                options.sort = SearchOptions::Sort::Relevance;
            } else if (how == QLatin1String("date")) {
                options.sort = SearchOptions::Sort::Date;
            } else {
                err(QStringLiteral("broadsheet-cli search: --sort takes relevance or date.\n"));
                return 2;
            }
        } else if (a == QLatin1String("--limit")) {
            if (!value(options.limit, 0))
                return 2;
        } else if (a == QLatin1String("--offset")) {
            if (!value(options.offset, 0))
                return 2;
        } else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out(QString::fromUtf8(kSearchHelp));
            return 0;
        } else if (a == QLatin1String("--")) {
            words += args.mid(i + 1);
            break;
        } else {
            // Anything else is part of the query, also words starting with - (exclusions).
            words.append(a);
        }
    }
    const QString text = words.join(QLatin1Char(' '));
    if (text.trimmed().isEmpty()) {
        err(QStringLiteral("broadsheet-cli search: say what to search for.\n\n") + QString::fromUtf8(kSearchHelp));
        return 2;
    }
    std::optional<LibraryStore> store = openForSearch(global);
    if (!store)
        return 1;
    const SearchQuery query = SearchQuery::parse(text);
    SearchEngine engine(store->database());
    Result<SearchResults> results = engine.search(query, options);
    if (!results) {
        err(QStringLiteral("broadsheet-cli: %1\n").arg(results.error()));
        return 1;
    }

    if (json) {
        QJsonArray hits;
        for (const SearchHit &h : results->hits) {
            QJsonArray highlights;
            for (const TextRange &r : h.snippet.highlights)
                highlights.append(QJsonArray {codePoints(h.snippet.text, r.start), codePoints(h.snippet.text, r.end())});
            hits.append(QJsonObject {
                {QStringLiteral("id"), h.id},
                {QStringLiteral("paper"), h.paper.isNull() ? QJsonValue() : QJsonValue(h.paper)},
                {QStringLiteral("date"), h.date.isValid() ? QJsonValue(h.date.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("page"), h.page ? QJsonValue(*h.page) : QJsonValue()},
                {QStringLiteral("headline"), h.headline.isNull() ? QJsonValue() : QJsonValue(h.headline)},
                {QStringLiteral("snippet"), h.snippet.text},
                {QStringLiteral("highlights"), highlights},
                {QStringLiteral("score"), h.score},
            });
        }
        const QJsonObject doc {
            {QStringLiteral("query"), text},
            {QStringLiteral("total"), results->total},
            {QStringLiteral("hits"), hits},
            {QStringLiteral("notes"), QJsonArray::fromStringList(results->notes)},
        };
        out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
        return 0;
    }

    for (const QString &note : results->notes)
        err(QStringLiteral("note: %1\n").arg(note));
    const bool terminal = stdoutIsTerminal();
    const qint64 shownFrom = results->hits.isEmpty() ? 0 : options.offset + 1;
    QString report = QStringLiteral("%1 %2 %3").arg(results->total)
                         .arg(results->total == 1 ? QStringLiteral("article matches") : QStringLiteral("articles match"),
                              query.toString());
    // Without a term to rank by, hits come newest first whatever --sort says.
    const bool byDate = options.sort == SearchOptions::Sort::Date || !query.hasPositiveTerms();
    if (!results->hits.isEmpty())
        report += QStringLiteral(" (%1–%2, %3)").arg(shownFrom).arg(options.offset + results->hits.size())
                      .arg(byDate ? QStringLiteral("newest first") : QStringLiteral("best first"));
    out(report + QStringLiteral("\n"));
    const SearchHighlighter highlighter(query);
    for (const SearchHit &h : results->hits) {
        const QString where = QStringLiteral("%1 %2 %3")
                                  .arg(h.paper.isNull() ? QStringLiteral("(unknown paper)") : h.paper,
                                       h.date.isValid() ? h.date.toString(Qt::ISODate) : QStringLiteral("(undated)"),
                                       h.page ? QStringLiteral("p.%1").arg(*h.page) : QStringLiteral("p.?"));
        const QString headline = h.headline.isNull() ? QStringLiteral("(no headline)") : h.headline;
        out(QStringLiteral("\n[%1] %2  %3\n    %4\n")
                .arg(h.id)
                .arg(where, emphasised(headline, highlighter.find(headline, true), terminal),
                     emphasised(h.snippet.text, h.snippet.highlights, terminal)));
    }
    return 0;
}

} // namespace broadsheet::cli
