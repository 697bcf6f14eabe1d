// broadsheet-cli list, show, stats and check: reading the library from the command line.
#include "app/clicommands.h"
#include "core/pagejson.h"
#include "storage/librarystore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace broadsheet::cli {

namespace {

QJsonValue jsonText(const QString &s) { return s.isNull() ? QJsonValue() : QJsonValue(s); }
QJsonValue jsonDate(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }
QJsonValue jsonInt(const std::optional<int> &n) { return n ? QJsonValue(*n) : QJsonValue(); }

QString textPaper(const QString &p) { return p.isNull() ? QStringLiteral("(unknown paper)") : p; }
QString textDate(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("(undated)"); }
QString textPage(const std::optional<int> &n) { return n ? QStringLiteral("p.%1").arg(*n) : QStringLiteral("p.?"); }

void printJson(const QJsonObject &o)
{
    out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
}

// Opens the library for reading; prints the reason and returns nullopt when it cannot.
std::optional<LibraryStore> openForReading(const GlobalOptions &global)
{
    Result<LibraryStore> store = LibraryStore::open(LibraryStore::resolvePath(global.libraryPath), LibraryStore::Access::ReadOnly);
    if (!store) {
        err(QStringLiteral("broadsheet-cli: %1\n").arg(store.error()));
        return std::nullopt;
    }
    return std::move(store.value());
}

template<typename T>
bool check(const Result<T> &r)
{
    if (!r)
        err(QStringLiteral("broadsheet-cli: %1\n").arg(r.error()));
    return r.ok();
}

// --date: a day (2024-11-12), a month (2024-11) or a year (2024).
bool parseDateFilter(const QString &text, LibraryFilter &filter)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const int year = m.captured(1).toInt();
    if (m.hasCaptured(3)) {
        filter.from = filter.to = QDate(year, m.captured(2).toInt(), m.captured(3).toInt());
    } else if (m.hasCaptured(2)) {
        filter.from = QDate(year, m.captured(2).toInt(), 1);
        filter.to = filter.from.isValid() ? filter.from.addMonths(1).addDays(-1) : QDate();
    } else {
        filter.from = QDate(year, 1, 1);
        filter.to = QDate(year, 12, 31);
    }
    return filter.from.isValid();
}

const char *const kListHelp =
    "Usage: broadsheet-cli [--library PATH] list papers|issues|pages|articles [--paper NAME] [--date D] [--json]\n"
    "\n"
    "Lists what the library holds, in order (paper, date, page, position on the page).\n"
    "  --paper NAME   only this paper (\"\" for pages filed under the unknown paper)\n"
    "  --date D       only this day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY)\n"
    "  --json         JSON on stdout:\n"
    "                 papers:   {\"papers\": [{\"name\", \"issues\", \"first_date\", \"last_date\"}]}\n"
    "                 issues:   {\"issues\": [{\"paper\", \"date\", \"pages\", \"articles\"}]}\n"
    "                 pages:    {\"pages\": [{\"paper\", \"date\", \"page\", \"source\", \"encoding\", \"articles\", \"bytes\"}]}\n"
    "                 articles: {\"articles\": [{\"id\", \"paper\", \"date\", \"page\", \"headline\"}]}\n"
    "                 An unknown paper, date or page is null.\n";

const char *const kShowHelp =
    "Usage: broadsheet-cli [--library PATH] show ARTICLE_ID [--json|--text]\n"
    "\n"
    "Prints one article, whole across its pages when it was continued (下转/上接), parts in order.\n"
    "  --text   readable text (the default)\n"
    "  --json   the article object of docs/page-json.md plus \"id\", \"paper\", \"date\", \"page\", and\n"
    "           \"parts\": every part of the whole article in order (each an article object with its own\n"
    "           \"id\", \"paper\", \"date\", \"page\"; the requested article is one of them)\n";

const char *const kStatsHelp =
    "Usage: broadsheet-cli [--library PATH] stats [--json]\n"
    "\n"
    "Totals of the library. --json: {\"papers\", \"issues\", \"pages\", \"articles\", \"characters\", \"bytes\"}\n"
    "(characters of stored article text; bytes of the imported page files).\n";

const char *const kCheckHelp =
    "Usage: broadsheet-cli [--library PATH] check\n"
    "\n"
    "Checks the library file (SQLite's integrity and foreign-key checks) and the library's own rules\n"
    "(whole pages, consistent continuation links). Exit status 0 when all is well, 1 otherwise.\n";

QJsonObject articleObject(const ArticleRecord &r)
{
    QJsonObject o = articleToJson(r.article);
    o.insert(QStringLiteral("id"), r.id);
    o.insert(QStringLiteral("paper"), jsonText(r.paper));
    o.insert(QStringLiteral("date"), jsonDate(r.date));
    o.insert(QStringLiteral("page"), jsonInt(r.page));
    return o;
}

QString articleText(const WholeArticle &whole)
{
    QString text;
    const ArticleRecord &head = whole.parts.first();
    text += QStringLiteral("%1  %2  %3  [article %4]\n\n").arg(textPaper(head.paper), textDate(head.date), textPage(head.page)).arg(head.id);
    auto line = [&text](const QString &s) {
        if (!s.isNull())
            text += s + QLatin1Char('\n');
    };
    for (qsizetype i = 0; i < whole.parts.size(); ++i) {
        const ArticleRecord &part = whole.parts.at(i);
        const Article &a = part.article;
        if (i > 0)
            text += QStringLiteral("\n(continued on %1, article %2)\n\n").arg(textPage(part.page)).arg(part.id);
        line(a.column.isNull() ? QString() : QStringLiteral("[%1]").arg(a.column));
        line(a.kicker);
        if (!a.headline.isNull())
            text += QStringLiteral("%1\n%2\n").arg(a.headline, QString(qMin<qsizetype>(a.headline.size() * 2, 60), QLatin1Char('=')));
        line(a.subheadline);
        line(a.byline);
        line(a.dateline);
        if (!a.headline.isNull() || !a.byline.isNull())
            text += QLatin1Char('\n');
        for (const Block &b : a.blocks)
            text += b.kind == Block::Kind::Subhead ? QStringLiteral("\n## %1\n\n").arg(b.text) : b.text + QLatin1Char('\n');
        for (const Caption &c : a.captions)
            text += c.credit.isNull() ? QStringLiteral("[caption] %1\n").arg(c.text)
                                      : QStringLiteral("[caption] %1 (%2)\n").arg(c.text, c.credit);
        // A jump line whose other part is not in the library is still worth telling.
        if (a.continuesTo && i + 1 == whole.parts.size())
            text += QStringLiteral("\n(continues on p.%1, not in the library)\n").arg(*a.continuesTo);
    }
    if (head.article.continuedFrom)
        text += QStringLiteral("\n(begins on p.%1, not in the library)\n").arg(*head.article.continuedFrom);
    return text;
}

} // namespace

int runList(const GlobalOptions &global, const QStringList &args)
{
    QString what;
    LibraryFilter filter;
    bool json = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out(QString::fromUtf8(kListHelp));
            return 0;
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--paper") && i + 1 < args.size()) {
            filter.paperName = args.at(++i);
            if (filter.paperName.isEmpty()) {
                filter.paperName = QString();
                filter.unknownPaperOnly = true;
            }
        } else if (a == QLatin1String("--date") && i + 1 < args.size()) {
            if (!parseDateFilter(args.at(++i), filter)) {
                err(QStringLiteral("broadsheet-cli list: --date %1 is not a date; write YYYY-MM-DD, YYYY-MM or YYYY.\n").arg(args.at(i)));
                return 2;
            }
        } else if (what.isEmpty() && !a.startsWith(QLatin1Char('-'))) {
            what = a;
        } else {
            err(QStringLiteral("broadsheet-cli list: unexpected argument \"%1\". See list --help.\n").arg(a));
            return 2;
        }
    }
    static const QStringList kinds = {QStringLiteral("papers"), QStringLiteral("issues"), QStringLiteral("pages"), QStringLiteral("articles")};
    if (!kinds.contains(what)) {
        err(QStringLiteral("broadsheet-cli list: list what? papers, issues, pages or articles. See list --help.\n"));
        return 2;
    }
    std::optional<LibraryStore> store = openForReading(global);
    if (!store)
        return 1;

    QJsonArray rows;
    QString text;
    if (what == QLatin1String("papers")) {
        Result<QList<PaperRecord>> papers = store->papers();
        if (!check(papers))
            return 1;
        for (const PaperRecord &p : papers.value()) {
            if (filter.unknownPaperOnly ? !p.name.isNull() : (!filter.paperName.isNull() && p.name != filter.paperName))
                continue;
            rows.append(QJsonObject {{QStringLiteral("name"), jsonText(p.name)}, {QStringLiteral("issues"), p.issueCount},
                                     {QStringLiteral("first_date"), jsonDate(p.firstDate)}, {QStringLiteral("last_date"), jsonDate(p.lastDate)}});
            text += QStringLiteral("%1\t%2 issues\t%3 .. %4\n").arg(textPaper(p.name)).arg(p.issueCount)
                        .arg(p.firstDate.isValid() ? p.firstDate.toString(Qt::ISODate) : QStringLiteral("-"),
                             p.lastDate.isValid() ? p.lastDate.toString(Qt::ISODate) : QStringLiteral("-"));
        }
    } else if (what == QLatin1String("issues")) {
        Result<QList<IssueRecord>> issues = store->issues(filter);
        if (!check(issues))
            return 1;
        for (const IssueRecord &r : issues.value()) {
            rows.append(QJsonObject {{QStringLiteral("paper"), jsonText(r.paper)}, {QStringLiteral("date"), jsonDate(r.date)},
                                     {QStringLiteral("pages"), r.pageCount}, {QStringLiteral("articles"), r.articleCount}});
            text += QStringLiteral("%1\t%2\t%3 pages\t%4 articles\n").arg(textPaper(r.paper), textDate(r.date)).arg(r.pageCount).arg(r.articleCount);
        }
    } else if (what == QLatin1String("pages")) {
        Result<QList<PageRecord>> pages = store->pages(filter);
        if (!check(pages))
            return 1;
        for (const PageRecord &r : pages.value()) {
            rows.append(QJsonObject {{QStringLiteral("paper"), jsonText(r.paper)}, {QStringLiteral("date"), jsonDate(r.date)},
                                     {QStringLiteral("page"), jsonInt(r.number)}, {QStringLiteral("source"), r.source},
                                     {QStringLiteral("encoding"), r.encoding}, {QStringLiteral("articles"), r.articleCount},
                                     {QStringLiteral("bytes"), r.bytes}});
            text += QStringLiteral("%1\t%2\t%3\t%4 articles\t%5\n").arg(textPaper(r.paper), textDate(r.date), textPage(r.number))
                        .arg(r.articleCount).arg(r.source);
        }
    } else {
        Result<QList<ArticleSummary>> articles = store->articles(filter);
        if (!check(articles))
            return 1;
        for (const ArticleSummary &r : articles.value()) {
            rows.append(QJsonObject {{QStringLiteral("id"), r.id}, {QStringLiteral("paper"), jsonText(r.paper)},
                                     {QStringLiteral("date"), jsonDate(r.date)}, {QStringLiteral("page"), jsonInt(r.page)},
                                     {QStringLiteral("headline"), jsonText(r.headline)}});
            const QString headline = r.headline.isNull()
                ? QStringLiteral("(continued from p.%1) %2").arg(r.continuedFrom ? QString::number(*r.continuedFrom) : QStringLiteral("?"), r.lead.left(30))
                : r.headline;
            text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n").arg(r.id).arg(textPaper(r.paper), textDate(r.date), textPage(r.page), headline);
        }
    }
    if (json)
        printJson(QJsonObject {{what, rows}});
    else
        out(text);
    return 0;
}

int runShow(const GlobalOptions &global, const QStringList &args)
{
    bool json = false;
    std::optional<qint64> id;
    for (const QString &a : args) {
        bool ok = false;
        const qint64 n = a.toLongLong(&ok);
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out(QString::fromUtf8(kShowHelp));
            return 0;
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--text")) {
            json = false;
        } else if (ok && !id) {
            id = n;
        } else {
            err(QStringLiteral("broadsheet-cli show: unexpected argument \"%1\"; give one article id (see list articles).\n").arg(a));
            return 2;
        }
    }
    if (!id) {
        err(QStringLiteral("broadsheet-cli show: which article? Usage: broadsheet-cli show ARTICLE_ID [--json|--text]\n"));
        return 2;
    }
    std::optional<LibraryStore> store = openForReading(global);
    if (!store)
        return 1;
    Result<std::optional<ArticleRecord>> record = store->article(*id);
    if (!check(record))
        return 1;
    if (!record.value()) {
        err(QStringLiteral("broadsheet-cli show: there is no article %1 in the library %2. \"list articles\" shows the ids.\n")
                .arg(*id).arg(QDir::toNativeSeparators(store->path())));
        return 1;
    }
    Result<WholeArticle> whole = store->wholeArticle(*id);
    if (!check(whole))
        return 1;
    if (json) {
        QJsonObject o = articleObject(*record.value());
        QJsonArray parts;
        for (const ArticleRecord &p : whole->parts)
            parts.append(articleObject(p));
        o.insert(QStringLiteral("parts"), parts);
        printJson(o);
    } else {
        out(articleText(whole.value()));
    }
    return 0;
}

int runStats(const GlobalOptions &global, const QStringList &args)
{
    bool json = false;
    for (const QString &a : args) {
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out(QString::fromUtf8(kStatsHelp));
            return 0;
        } else if (a == QLatin1String("--json")) {
            json = true;
        } else {
            err(QStringLiteral("broadsheet-cli stats: unexpected argument \"%1\". See stats --help.\n").arg(a));
            return 2;
        }
    }
    std::optional<LibraryStore> store = openForReading(global);
    if (!store)
        return 1;
    Result<LibraryStats> s = store->stats();
    if (!check(s))
        return 1;
    if (json) {
        printJson(QJsonObject {{QStringLiteral("papers"), s->papers}, {QStringLiteral("issues"), s->issues},
                               {QStringLiteral("pages"), s->pages}, {QStringLiteral("articles"), s->articles},
                               {QStringLiteral("characters"), s->characters}, {QStringLiteral("bytes"), s->bytes}});
    } else {
        out(QStringLiteral("Library %1\n  papers:     %2\n  issues:     %3\n  pages:      %4\n  articles:   %5\n"
                           "  characters: %6\n  page files: %7 bytes\n  library:    %8 bytes on disk\n")
                .arg(QDir::toNativeSeparators(store->path())).arg(s->papers).arg(s->issues).arg(s->pages).arg(s->articles)
                .arg(s->characters).arg(s->bytes).arg(s->fileBytes));
    }
    return 0;
}

int runCheck(const GlobalOptions &global, const QStringList &args)
{
    for (const QString &a : args) {
        if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out(QString::fromUtf8(kCheckHelp));
            return 0;
        }
        err(QStringLiteral("broadsheet-cli check: unexpected argument \"%1\". See check --help.\n").arg(a));
        return 2;
    }
    std::optional<LibraryStore> store = openForReading(global);
    if (!store)
        return 1;
    Result<IntegrityReport> report = store->checkIntegrity();
    if (!check(report))
        return 1;
    const QString file = QDir::toNativeSeparators(store->path());
    if (!report->ok) {
        out(QStringLiteral("The library %1 has %2 problem(s):\n").arg(file).arg(report->problems.size()));
        for (const QString &p : report->problems)
            out(QStringLiteral("  %1\n").arg(p));
        return 1;
    }
    Result<LibraryStats> s = store->stats();
    Result<QList<ImportRecord>> imports = store->imports(100);
    QString text = QStringLiteral("ok: the library %1 is consistent").arg(file);
    if (s)
        text += QStringLiteral(" (%1 pages, %2 articles)").arg(s->pages).arg(s->articles);
    text += QStringLiteral(".\n");
    if (imports) {
        int interrupted = 0;
        for (const ImportRecord &r : imports.value())
            interrupted += r.status == QLatin1String("running") || r.status == QLatin1String("failed") ? 1 : 0;
        if (interrupted)
            text += QStringLiteral("note: %1 recent import(s) did not finish (interrupted, or still running); their "
                                   "written pages are whole. Run such an import again to complete it.\n")
                        .arg(interrupted);
    }
    out(text);
    return 0;
}

} // namespace broadsheet::cli
