#include "storage/importrun.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QThread>

#include <sqlite3.h>

namespace broadsheet {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

const char *outcomeName(ImportOutcome o)
{
    switch (o) {
    case ImportOutcome::Imported: return "imported";
    case ImportOutcome::Unchanged: return "unchanged";
    case ImportOutcome::Replaced: return "replaced";
    case ImportOutcome::Failed: return "failed";
    }
    return "failed";
}


} // namespace

Status ImportRun::start(qsizetype sourceCount)
{
    if (Status s = beginWrite(std::atomic<bool> {false}); !s)
        return s;
    Result<Statement> st = m_db.prepare("INSERT INTO imports (started_at, arguments) VALUES (?1, ?2)");
    if (!st) {
        m_db.rollback();
        return Error {st.error()};
    }
    st->bind(1, now()).bind(2, QStringLiteral("%1 sources").arg(sourceCount));
    if (Status s = st->exec(); !s) {
        m_db.rollback();
        return s;
    }
    m_id = m_db.lastInsertId();
    if (Status s = m_db.commit(); !s) {
        m_db.rollback();
        m_id.reset();
        return s;
    }
    return success();
}

Result<QSet<QByteArray>> ImportRun::knownHashes()
{
    Result<Statement> st = m_db.prepare("SELECT content_hash FROM pages");
    if (!st)
        return Error {st.error()};
    QSet<QByteArray> hashes;
    for (;;) {
        Result<bool> row = st->step();
        if (!row)
            return Error {row.error()};
        if (!row.value())
            break;
        hashes.insert(st->blob(0));
    }
    return hashes;
}

Status ImportRun::beginWrite(const std::atomic<bool> &cancel)
{
    // Each attempt waits up to the connection's busy timeout (5 s) before it reports BUSY.
    QElapsedTimer waited;
    waited.start();
    for (bool told = false;;) {
        Status s = m_db.begin(true);
        if (s)
            return s;
        const int code = m_db.lastErrorCode() & 0xff;
        if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || waited.elapsed() >= m_maxBusyWaitMs || cancel.load())
            return s;
        if (told)
            continue;
        told = true;
        if (m_observer) {
            m_observer->notice(QStringLiteral("The library %1 is busy: another program (another import?) is writing "
                                              "to it. Waiting for it to finish…")
                                   .arg(QDir::toNativeSeparators(m_db.path())));
        }
    }
}

Status ImportRun::recordFiles(const QList<ImportFileResult> &files)
{
    if (!m_id)
        return success();
    Result<Statement> st = m_db.prepare(
        "INSERT INTO import_files (import_id, path, outcome, page_id, message) VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!st)
        return Error {st.error()};
    for (const ImportFileResult &f : files) {
        if (f.outcome == ImportOutcome::Unchanged)
            continue;
        st->bind(1, *m_id).bind(2, f.path).bind(3, QString::fromLatin1(outcomeName(f.outcome)));
        st->bind(4, f.pageId).bind(5, f.message.isEmpty() ? QString() : f.message);
        if (Status s = st->exec(); !s)
            return s;
    }
    return success();
}

void ImportRun::count(ImportSummary &summary, const ImportFileResult &file)
{
    switch (file.outcome) {
    case ImportOutcome::Imported: ++summary.imported; break;
    case ImportOutcome::Unchanged: ++summary.unchanged; break;
    case ImportOutcome::Replaced: ++summary.replaced; break;
    case ImportOutcome::Failed: ++summary.failed; break;
    }
    if (file.outcome == ImportOutcome::Imported || file.outcome == ImportOutcome::Replaced) {
        summary.articles += file.articles;
        if (file.paper.isEmpty())
            ++summary.unknownPaper;
        if (!file.date.isValid())
            ++summary.undated;
    }
    summary.files.append(file);
}

void ImportRun::finish(const ImportSummary &summary, const QString &status)
{
    if (!m_id)
        return;
    m_db.rollback();
    Result<Statement> st = m_db.prepare(
        "UPDATE imports SET finished_at = ?2, status = ?3, imported = ?4, unchanged = ?5, replaced = ?6, failed = ?7 "
        "WHERE id = ?1");
    if (!st)
        return;
    st->bind(1, *m_id).bind(2, now()).bind(3, status).bind(4, summary.imported).bind(5, summary.unchanged);
    st->bind(6, summary.replaced).bind(7, summary.failed);
    (void)st->exec();
}

} // namespace broadsheet
