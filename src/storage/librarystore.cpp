#include "storage/librarystore.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/querysupport.h"
#include "storage/searchindex.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace broadsheet {

using namespace query;

QString LibraryStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("library.sqlite"));
}

QString LibraryStore::resolvePath(const QString &explicitPath)
{
    return QFileInfo(explicitPath.isEmpty() ? defaultPath() : explicitPath).absoluteFilePath();
}

LibraryStore::LibraryStore(std::unique_ptr<Database> db, QString path, bool readOnly)
    : m_db(std::move(db)), m_path(std::move(path)), m_readOnly(readOnly)
{
}

LibraryStore::LibraryStore(LibraryStore &&other) noexcept = default;
LibraryStore &LibraryStore::operator=(LibraryStore &&other) noexcept = default;
LibraryStore::~LibraryStore() = default;

QString LibraryStore::path() const { return m_path; }
bool LibraryStore::isReadOnly() const { return m_readOnly; }
Database &LibraryStore::database() { return *m_db; }

int LibraryStore::schemaVersion() const
{
    Result<int> v = m_db->userVersion();
    return v ? v.value() : 0;
}

namespace {

Result<Database> openReadOnly(const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path)) {
        return Error {QStringLiteral("There is no library at %1 yet. Import pages into it first "
                                     "(broadsheet-cli --library %1 import FOLDER), or choose another library with --library.")
                          .arg(file)};
    }
    Result<Database> db = Database::open(path, Database::Mode::ReadOnly);
    if (!db) {
        // In a read-only folder SQLite can create neither the -shm nor the -wal file a WAL read
        // needs; no writer can be at work there either, so the file is read as it is.
        Result<Database> frozen = Database::open(path, Database::Mode::Immutable);
        if (!frozen)
            return db;
        db = std::move(frozen);
    }
    Result<int> version = db->userVersion();
    if (!version)
        return Error {version.error()};
    const int current = currentSchemaVersion();
    if (version.value() > current) {
        return Error {QStringLiteral("The library %1 was written by a newer version of Broadsheet (library format %2; "
                                     "this version reads up to format %3). It was left untouched: use a newer Broadsheet.")
                          .arg(file).arg(version.value()).arg(current)};
    }
    if (version.value() == 0) {
        return Error {QStringLiteral("%1 holds no Broadsheet library yet (it has no library tables; an import that "
                                     "created it may have been interrupted). Import pages into it to create the "
                                     "library, or choose another file with --library.")
                          .arg(file)};
    }
    if (version.value() < current) {
        return Error {QStringLiteral("The library %1 is in an older format (%2; current is %3). Open it once with "
                                     "write access (import something, or start Broadsheet) to upgrade it.")
                          .arg(file).arg(version.value()).arg(current)};
    }
    return db;
}

Result<Database> openReadWrite(const QString &path, const std::function<bool(qint64, qint64)> &reindexProgress)
{
    const QString file = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Error {QStringLiteral("%1 is a folder, not a library file. Name a file, e.g. %2.")
                          .arg(file, QDir::toNativeSeparators(QDir(path).filePath(QStringLiteral("library.sqlite"))))};
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder))
        return Error {QStringLiteral("Cannot create the folder %1 for the library %2. Check its permissions or "
                                     "choose another library with --library.")
                          .arg(QDir::toNativeSeparators(folder), file)};
    // Said plainly before SQLite says it less clearly (or, for a read-only folder, only at the
    // first write).
    if (info.exists() && !info.isWritable())
        return Error {QStringLiteral("The library %1 is read-only: it cannot be changed. Check the file's permissions, "
                                     "or choose another library with --library.")
                          .arg(file)};
    if (!QFileInfo(folder).isWritable())
        return Error {QStringLiteral("The folder %1 holding the library %2 is read-only: the library cannot be changed "
                                     "there (SQLite keeps its journal next to the file). Check the folder's permissions, "
                                     "or choose another library with --library.")
                          .arg(QDir::toNativeSeparators(folder), file)};
    Result<Database> db = Database::open(path, Database::Mode::ReadWrite);
    if (!db)
        return db;
    if (Status s = migrate(db.value()); !s)
        return Error {s.error()};
    if (Status s = SearchIndex::ensureCurrent(db.value(), reindexProgress); !s)
        return Error {s.error()};
    return db;
}

} // namespace

Result<LibraryStore> LibraryStore::open(const QString &path, Access access,
                                        const std::function<bool(qint64, qint64)> &reindexProgress)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool readOnly = access == Access::ReadOnly;
    Result<Database> db = readOnly ? openReadOnly(absolute) : openReadWrite(absolute, reindexProgress);
    if (!db)
        return Error {db.error()};
    return LibraryStore(std::make_unique<Database>(std::move(db.value())), absolute, readOnly);
}

// ---- papers and issues -----------------------------------------------------------------------

namespace {

constexpr const char *kPaperSelect =
    "SELECT pa.id, pa.name, count(i.id), min(nullif(i.date, '')), max(nullif(i.date, '')) "
    "FROM papers pa LEFT JOIN issues i ON i.paper_id = pa.id ";

PaperRecord paperRow(Statement &st)
{
    PaperRecord r;
    r.id = st.int64(0);
    r.name = paperName(st.text(1));
    r.issueCount = st.int32(2);
    r.firstDate = dateOf(st.text(3));
    r.lastDate = dateOf(st.text(4));
    return r;
}

constexpr const char *kIssueSelect =
    "SELECT i.id, i.paper_id, pa.name, i.date, "
    "(SELECT count(*) FROM pages p WHERE p.issue_id = i.id), "
    "(SELECT count(*) FROM articles a JOIN pages p ON a.page_id = p.id WHERE p.issue_id = i.id) "
    "FROM issues i JOIN papers pa ON pa.id = i.paper_id ";

IssueRecord issueRow(Statement &st)
{
    IssueRecord r;
    r.id = st.int64(0);
    r.paperId = st.int64(1);
    r.paper = paperName(st.text(2));
    r.date = dateOf(st.text(3));
    r.pageCount = st.int32(4);
    r.articleCount = st.int32(5);
    return r;
}

} // namespace

Result<QList<PaperRecord>> LibraryStore::papers() const
{
    const QByteArray sql = QByteArray(kPaperSelect) + "GROUP BY pa.id ORDER BY pa.name = '', pa.name";
    Result<Statement> st = m_db->prepare(sql.constData());
    if (!st)
        return Error {st.error()};
    return collect<PaperRecord>(st.value(), paperRow);
}

Result<std::optional<PaperRecord>> LibraryStore::paper(qint64 paperId) const
{
    const QByteArray sql = QByteArray(kPaperSelect) + "WHERE pa.id = ?1 GROUP BY pa.id";
    Result<Statement> st = m_db->prepare(sql.constData());
    if (!st)
        return Error {st.error()};
    st->bind(1, paperId);
    return first<PaperRecord>(st.value(), paperRow);
}

Result<std::optional<PaperRecord>> LibraryStore::paperByName(const QString &name) const
{
    const QByteArray sql = QByteArray(kPaperSelect) + "WHERE pa.name = ?1 GROUP BY pa.id";
    Result<Statement> st = m_db->prepare(sql.constData());
    if (!st)
        return Error {st.error()};
    st->bind(1, name.isNull() ? QStringLiteral("") : name);
    return first<PaperRecord>(st.value(), paperRow);
}

Result<QList<PeriodCount>> LibraryStore::years(qint64 paperId) const
{
    Result<Statement> st = m_db->prepare(
        "SELECT CAST(substr(date, 1, 4) AS INTEGER) AS y, count(*) FROM issues "
        "WHERE paper_id = ?1 AND date <> '' GROUP BY y ORDER BY y DESC");
    if (!st)
        return Error {st.error()};
    st->bind(1, paperId);
    return collect<PeriodCount>(st.value(), [](Statement &s) { return PeriodCount {s.int32(0), 0, s.int32(1)}; });
}

Result<QList<PeriodCount>> LibraryStore::months(qint64 paperId, int year) const
{
    Result<Statement> st = m_db->prepare(
        "SELECT CAST(substr(date, 6, 2) AS INTEGER) AS m, count(*) FROM issues "
        "WHERE paper_id = ?1 AND date >= ?2 AND date < ?3 GROUP BY m ORDER BY m");
    if (!st)
        return Error {st.error()};
    st->bind(1, paperId).bind(2, QStringLiteral("%1-").arg(year, 4, 10, QLatin1Char('0')));
    st->bind(3, QStringLiteral("%1-").arg(year + 1, 4, 10, QLatin1Char('0')));
    return collect<PeriodCount>(st.value(), [year](Statement &s) { return PeriodCount {year, s.int32(0), s.int32(1)}; });
}

Result<QList<IssueRecord>> LibraryStore::issues(const LibraryFilter &filter) const
{
    QByteArray sql = QByteArray(kIssueSelect) + "WHERE 1 ";
    if (filter.issueId)
        sql += "AND i.id = ?1 ";
    if (filter.paperId)
        sql += "AND i.paper_id = ?2 ";
    else if (!filter.paperName.isNull())
        sql += "AND pa.name = ?3 ";
    if (filter.unknownPaperOnly)
        sql += "AND pa.name = '' ";
    if (filter.from.isValid())
        sql += "AND i.date >= ?4 ";
    if (filter.to.isValid())
        sql += "AND i.date <> '' AND i.date <= ?5 ";
    sql += "ORDER BY pa.name = '', pa.name, i.date LIMIT ?6 OFFSET ?7";
    Result<Statement> st = m_db->prepare(sql.constData());
    if (!st)
        return Error {st.error()};
    if (filter.issueId)
        st->bind(1, *filter.issueId);
    if (filter.paperId)
        st->bind(2, *filter.paperId);
    else if (!filter.paperName.isNull())
        st->bind(3, filter.paperName);
    if (filter.from.isValid())
        st->bind(4, storedDate(filter.from));
    if (filter.to.isValid())
        st->bind(5, storedDate(filter.to));
    st->bind(6, filter.limit).bind(7, filter.offset);
    return collect<IssueRecord>(st.value(), issueRow);
}

Result<std::optional<IssueRecord>> LibraryStore::issue(qint64 issueId) const
{
    LibraryFilter f;
    f.issueId = issueId;
    Result<QList<IssueRecord>> list = issues(f);
    if (!list)
        return Error {list.error()};
    return list->isEmpty() ? std::optional<IssueRecord>() : std::optional<IssueRecord>(list->first());
}

Result<std::optional<IssueRecord>> LibraryStore::issueOf(const QString &paper, const QDate &date) const
{
    const QByteArray sql = QByteArray(kIssueSelect) + "WHERE pa.name = ?1 AND i.date = ?2";
    Result<Statement> st = m_db->prepare(sql.constData());
    if (!st)
        return Error {st.error()};
    st->bind(1, paper.isNull() ? QStringLiteral("") : paper).bind(2, storedDate(date));
    return first<IssueRecord>(st.value(), issueRow);
}

Result<std::optional<IssueRecord>> LibraryStore::newestIssue(std::optional<qint64> paperId) const
{
    // The id first, straight off an index (issues_by_date, or the (paper_id, date) key), so that
    // the per-issue counts are computed for one row only; an undated issue only when there is
    // nothing else.
    Result<Statement> st = m_db->prepare(paperId
        ? "SELECT id FROM issues WHERE paper_id = ?1 ORDER BY date DESC, id DESC LIMIT 1"
        : "SELECT id FROM issues WHERE date > '' ORDER BY date DESC, id DESC LIMIT 1");
    if (!st)
        return Error {st.error()};
    if (paperId)
        st->bind(1, *paperId);
    Result<std::optional<qint64>> id = first<qint64>(st.value(), [](Statement &s) { return s.int64(0); });
    if (!id)
        return Error {id.error()};
    if (!id.value() && !paperId) {
        Result<Statement> any = m_db->prepare("SELECT id FROM issues ORDER BY id DESC LIMIT 1");
        if (!any)
            return Error {any.error()};
        id = first<qint64>(any.value(), [](Statement &s) { return s.int64(0); });
        if (!id)
            return Error {id.error()};
    }
    if (!id.value())
        return std::optional<IssueRecord>();
    return issue(*id.value());
}

Result<std::optional<IssueRecord>> LibraryStore::adjacentIssue(qint64 issueId, int direction) const
{
    const QByteArray sql = QByteArray(kIssueSelect)
        + (direction < 0 ? "WHERE i.paper_id = (SELECT paper_id FROM issues WHERE id = ?1) AND i.date <> '' "
                           "AND i.date < (SELECT date FROM issues WHERE id = ?1) ORDER BY i.date DESC LIMIT 1"
                         : "WHERE i.paper_id = (SELECT paper_id FROM issues WHERE id = ?1) AND i.date <> '' "
                           "AND i.date > (SELECT date FROM issues WHERE id = ?1) ORDER BY i.date ASC LIMIT 1");
    Result<Statement> st = m_db->prepare(sql.constData());
    if (!st)
        return Error {st.error()};
    st->bind(1, issueId);
    return first<IssueRecord>(st.value(), issueRow);
}

Result<QList<QDate>> LibraryStore::issueDates(std::optional<qint64> paperId, const QDate &from, const QDate &to) const
{
    Result<Statement> st = m_db->prepare(paperId
        ? "SELECT DISTINCT date FROM issues WHERE paper_id = ?3 AND date >= ?1 AND date <= ?2 AND date <> '' ORDER BY date"
        : "SELECT DISTINCT date FROM issues WHERE date >= ?1 AND date <= ?2 AND date <> '' ORDER BY date");
    if (!st)
        return Error {st.error()};
    st->bind(1, from.isValid() ? storedDate(from) : QStringLiteral("0000"));
    st->bind(2, to.isValid() ? storedDate(to) : QStringLiteral("9999"));
    if (paperId)
        st->bind(3, *paperId);
    return collect<QDate>(st.value(), [](Statement &s) { return dateOf(s.text(0)); });
}

// ---- totals and checks -----------------------------------------------------------------------

Result<LibraryStats> LibraryStore::stats() const
{
    Result<Statement> st = m_db->prepare(
        "SELECT (SELECT count(*) FROM papers), (SELECT count(*) FROM issues), (SELECT count(*) FROM pages), "
        "(SELECT count(*) FROM articles), (SELECT coalesce(sum(characters), 0) FROM pages), "
        "(SELECT coalesce(sum(bytes), 0) FROM pages)");
    if (!st)
        return Error {st.error()};
    Result<bool> row = st->step();
    if (!row)
        return Error {row.error()};
    LibraryStats s;
    s.papers = st->int64(0);
    s.issues = st->int64(1);
    s.pages = st->int64(2);
    s.articles = st->int64(3);
    s.characters = st->int64(4);
    s.bytes = st->int64(5);
    s.fileBytes = QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
    return s;
}

Result<bool> LibraryStore::isEmpty() const
{
    Result<Statement> st = m_db->prepare("SELECT NOT EXISTS (SELECT 1 FROM pages)");
    if (!st)
        return Error {st.error()};
    Result<bool> row = st->step();
    if (!row)
        return Error {row.error()};
    return st->int64(0) != 0;
}

Result<IntegrityReport> LibraryStore::checkIntegrity() const
{
    IntegrityReport report;
    auto problem = [&report](const QString &text) {
        report.ok = false;
        report.problems.append(text);
    };
    // Each check: SQL whose every row is one problem, and how to say it.
    struct Check {
        const char *sql;
        QString (*say)(Statement &);
    };
    const Check checks[] = {
        {"PRAGMA integrity_check",
         [](Statement &s) { return s.text(0) == QLatin1String("ok") ? QString() : QStringLiteral("SQLite: %1").arg(s.text(0)); }},
        {"PRAGMA foreign_key_check",
         [](Statement &s) {
             return QStringLiteral("Row %1 of table %2 points to a missing row of table %3.")
                 .arg(s.text(1), s.text(0), s.text(2));
         }},
        {"SELECT page_id, count(*), max(ordinal) FROM articles GROUP BY page_id HAVING max(ordinal) + 1 <> count(*)",
         [](Statement &s) { return QStringLiteral("Page %1 has gaps in its article order.").arg(s.int64(0)); }},
        {"SELECT hex(content_hash), count(*) FROM pages GROUP BY content_hash HAVING count(*) > 1",
         [](Statement &s) { return QStringLiteral("%1 pages have the same content (hash %2).").arg(s.int64(1)).arg(s.text(0)); }},
        {"SELECT c.from_article, c.to_article FROM continuations c "
         "JOIN articles a ON a.id = c.from_article JOIN pages pa ON pa.id = a.page_id "
         "JOIN articles b ON b.id = c.to_article JOIN pages pb ON pb.id = b.page_id "
         "WHERE pa.issue_id <> pb.issue_id OR a.continues_to IS NOT pb.number OR b.continued_from IS NOT pa.number",
         [](Statement &s) {
             return QStringLiteral("Article %1 is linked to article %2, which is not where its jump line points.")
                 .arg(s.int64(0)).arg(s.int64(1));
         }},
        {"SELECT p.id, p.characters, (SELECT coalesce(sum(characters), 0) FROM articles a WHERE a.page_id = p.id) AS c "
         "FROM pages p WHERE p.characters <> c",
         [](Statement &s) { return QStringLiteral("Page %1 is incomplete: its articles do not add up to what was stored.").arg(s.int64(0)); }},
    };
    for (const Check &check : checks) {
        Result<Statement> st = m_db->prepare(check.sql);
        if (!st)
            return Error {st.error()};
        for (;;) {
            Result<bool> row = st->step();
            if (!row) {
                problem(row.error());
                break;
            }
            if (!row.value())
                break;
            const QString text = check.say(st.value());
            if (!text.isEmpty())
                problem(text);
        }
    }
    Result<int> version = m_db->userVersion();
    if (version && version.value() != currentSchemaVersion())
        problem(QStringLiteral("The library format is %1, expected %2.").arg(version.value()).arg(currentSchemaVersion()));
    return report;
}

Result<QList<ImportRecord>> LibraryStore::imports(int limit) const
{
    Result<Statement> st = m_db->prepare(
        "SELECT id, started_at, finished_at, status, imported, unchanged, replaced, failed FROM imports "
        "ORDER BY id DESC LIMIT ?1");
    if (!st)
        return Error {st.error()};
    st->bind(1, limit);
    return collect<ImportRecord>(st.value(), [](Statement &s) {
        ImportRecord r;
        r.id = s.int64(0);
        r.startedAt = QDateTime::fromString(s.text(1), Qt::ISODate);
        r.finishedAt = s.isNull(2) ? QDateTime() : QDateTime::fromString(s.text(2), Qt::ISODate);
        r.status = s.text(3);
        r.imported = s.int32(4);
        r.unchanged = s.int32(5);
        r.replaced = s.int32(6);
        r.failed = s.int32(7);
        return r;
    });
}

} // namespace broadsheet
