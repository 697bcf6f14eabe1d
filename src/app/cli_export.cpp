// broadsheet-cli export: articles of the library as PDF, HTML, Markdown, text or citations.
#include "app/clicommands.h"
#include "render/articleexporter.h"
#include "render/citation.h"
#include "render/libraryinput.h"
#include "storage/librarystore.h"

#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QSaveFile>

#include <cstring>

namespace broadsheet::cli {

namespace {

const char *const kExportHelp =
    "Usage: broadsheet-cli [--library PATH] export ID... --format FORMAT [-o FILE] [options]\n"
    "\n"
    "Writes the articles with these ids (see \"list articles\"), each whole across its pages, as one\n"
    "document; with more than one article it has a table of contents and a citation under each.\n"
    "  --format FORMAT  pdf, html (self-contained), md (Markdown), txt (plain text), or the\n"
    "                   citations only: csl (CSL-JSON), bib (BibTeX), cite (one line per article)\n"
    "                   (default: from the -o file's extension)\n"
    "  -o FILE          the output file, replaced only once complete. Without it text formats go\n"
    "                   to stdout, and a PDF too when stdout is not a terminal\n"
    "  --title TEXT     a title above the table of contents (e.g. 剪报)\n"
    "  --paper SIZE     A4 (default), A5, Letter, Legal, B5 (PDF)\n"
    "  --font-size PT   body type size in points (PDF: default 10.5)\n"
    "  --margins MM     page margins in millimetres outside header and footer (PDF: default 20/16)\n"
    "  --sans           set the body in Noto Sans CJK instead of Noto Serif CJK\n"
    "PDFs embed the Noto CJK fonts (Debian package fonts-noto-cjk).\n";

enum class CitationFormat { None, CslJson, BibTeX, Text };

std::optional<QPageSize> pageSizeNamed(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("a4"))
        return QPageSize(QPageSize::A4);
    if (n == QLatin1String("a5"))
        return QPageSize(QPageSize::A5);
    if (n == QLatin1String("b5"))
        return QPageSize(QPageSize::B5);
    if (n == QLatin1String("letter"))
        return QPageSize(QPageSize::Letter);
    if (n == QLatin1String("legal"))
        return QPageSize(QPageSize::Legal);
    return std::nullopt;
}

bool writeOut(const QByteArray &bytes, const QString &file)
{
    if (file.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return std::fflush(stdout) == 0;
    }
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        err(QStringLiteral("broadsheet-cli export: cannot write %1: %2\n").arg(QDir::toNativeSeparators(file), f.errorString()));
        return false;
    }
    return true;
}

} // namespace

bool commandNeedsGui(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--library") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] == '-')
            continue;
        return std::strcmp(argv[i], "export") == 0;
    }
    return false;
}

int runExport(const GlobalOptions &global, const QStringList &args)
{
    QList<qint64> ids;
    QString formatName, output, title;
    PageSetup setup;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString &target) {
            if (i + 1 >= args.size()) {
                err(QStringLiteral("broadsheet-cli export: %1 needs a value. See export --help.\n").arg(a));
                return false;
            }
            target = args.at(++i);
            return true;
        };
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out(QString::fromUtf8(kExportHelp));
            return 0;
        } else if (a == QLatin1String("--format") || a == QLatin1String("-f")) {
            if (!value(formatName))
                return 2;
        } else if (a.startsWith(QLatin1String("--format="))) {
            formatName = a.mid(9);
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!value(output))
                return 2;
        } else if (a == QLatin1String("--title")) {
            if (!value(title))
                return 2;
        } else if (a == QLatin1String("--paper")) {
            QString size;
            if (!value(size))
                return 2;
            const std::optional<QPageSize> page = pageSizeNamed(size);
            if (!page) {
                err(QStringLiteral("broadsheet-cli export: unknown paper size \"%1\"; use A4, A5, B5, Letter or Legal.\n").arg(size));
                return 2;
            }
            setup.pageSize = *page;
        } else if (a == QLatin1String("--font-size")) {
            QString size;
            if (!value(size))
                return 2;
            bool valid = false;
            setup.fontPointSize = size.toDouble(&valid);
            if (!valid || setup.fontPointSize < 6 || setup.fontPointSize > 36) {
                err(QStringLiteral("broadsheet-cli export: --font-size takes points between 6 and 36, not \"%1\".\n").arg(size));
                return 2;
            }
        } else if (a == QLatin1String("--margins")) {
            QString mm;
            if (!value(mm))
                return 2;
            bool valid = false;
            const qreal m = mm.toDouble(&valid);
            if (!valid || m < 5 || m > 60) {
                err(QStringLiteral("broadsheet-cli export: --margins takes millimetres between 5 and 60, not \"%1\".\n").arg(mm));
                return 2;
            }
            setup.margins = QMarginsF(m, m, m, m);
        } else if (a == QLatin1String("--sans")) {
            setup.serif = false;
        } else if (ok && id > 0) {
            ids.append(id);
        } else {
            err(QStringLiteral("broadsheet-cli export: unexpected argument \"%1\". See export --help.\n").arg(a));
            return 2;
        }
    }
    if (ids.isEmpty()) {
        err(QStringLiteral("broadsheet-cli export: which articles? Give one or more ids (see list articles).\n"
                           "Usage: broadsheet-cli export ID... --format pdf|html|md|txt [-o FILE]\n"));
        return 2;
    }
    if (formatName.isEmpty() && !output.isEmpty())
        formatName = QFileInfo(output).suffix();
    CitationFormat citations = CitationFormat::None;
    std::optional<ExportFormat> format;
    const QString f = formatName.toLower();
    if (f == QLatin1String("csl") || f == QLatin1String("csl-json") || f == QLatin1String("json"))
        citations = CitationFormat::CslJson;
    else if (f == QLatin1String("bib") || f == QLatin1String("bibtex"))
        citations = CitationFormat::BibTeX;
    else if (f == QLatin1String("cite") || f == QLatin1String("citation"))
        citations = CitationFormat::Text;
    else
        format = ArticleExporter::formatFromName(f);
    if (!format && citations == CitationFormat::None) {
        err(formatName.isEmpty()
                ? QStringLiteral("broadsheet-cli export: which format? Add --format pdf|html|md|txt (or csl, bib, cite).\n")
                : QStringLiteral("broadsheet-cli export: unknown format \"%1\"; use pdf, html, md, txt, csl, bib or cite.\n").arg(formatName));
        return 2;
    }
    if (format == ExportFormat::Pdf && output.isEmpty() && stdoutIsTerminal()) {
        err(QStringLiteral("broadsheet-cli export: a PDF is not for the terminal; add -o FILE.pdf or redirect stdout.\n"));
        return 2;
    }

    Result<LibraryStore> store = LibraryStore::open(LibraryStore::resolvePath(global.libraryPath), LibraryStore::Access::ReadOnly);
    if (!store) {
        err(QStringLiteral("broadsheet-cli: %1\n").arg(store.error()));
        return 1;
    }
    ArticleCollection collection;
    collection.title = title;
    QList<qint64> heads; // an article asked for by two of its parts is exported once
    for (qint64 id : ids) {
        Result<std::optional<ArticleRecord>> record = store->article(id);
        if (!record) {
            err(QStringLiteral("broadsheet-cli: %1\n").arg(record.error()));
            return 1;
        }
        if (!record.value()) {
            err(QStringLiteral("broadsheet-cli export: there is no article %1 in the library %2. \"list articles\" shows the ids.\n")
                    .arg(id).arg(QDir::toNativeSeparators(store->path())));
            return 1;
        }
        Result<WholeArticle> whole = store->wholeArticle(id);
        if (!whole) {
            err(QStringLiteral("broadsheet-cli: %1\n").arg(whole.error()));
            return 1;
        }
        if (whole->parts.isEmpty() || heads.contains(whole->parts.first().id))
            continue;
        heads.append(whole->parts.first().id);
        collection.articles.append(articleInputFrom(whole.value(), id));
    }
    if (collection.articles.size() == 1 && title.isEmpty()) {
        collection.tableOfContents = false;
        collection.citations = false;
    }

    if (citations != CitationFormat::None) {
        QList<Citation> list;
        for (const ArticleInput &a : collection.articles)
            list.append(Citation::from(a));
        QByteArray bytes;
        if (citations == CitationFormat::CslJson) {
            bytes = citationsToCslJson(list);
        } else if (citations == CitationFormat::BibTeX) {
            bytes = citationsToBibTeX(list).toUtf8();
        } else {
            for (const Citation &c : list)
                bytes += c.gbtText().toUtf8() + '\n';
        }
        return writeOut(bytes, output) ? 0 : 1;
    }

    const ArticleExporter exporter(setup);
    if (!output.isEmpty()) {
        const Status written = exporter.exportToFile(collection, *format, output);
        if (!written) {
            err(QStringLiteral("broadsheet-cli export: %1\n").arg(written.error()));
            return 1;
        }
        return 0;
    }
    const Result<QByteArray> bytes = exporter.exportToBytes(collection, *format);
    if (!bytes) {
        err(QStringLiteral("broadsheet-cli export: %1\n").arg(bytes.error()));
        return 1;
    }
    return writeOut(bytes.value(), QString()) ? 0 : 1;
}

} // namespace broadsheet::cli
