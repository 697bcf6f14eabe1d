#include "storage/clippingstore.h"

#include "storage/database.h"
#include "storage/querysupport.h"

#include <QSet>

#include <algorithm>

namespace broadsheet {

using namespace query;

ClippingStore::ClippingStore(Database &db) : m_db(db) { }

Status ClippingStore::applySchemaV3(Database &db)
{
    // ON DELETE SET NULL, not CASCADE: replacing a page on re-import must not silently empty the
    // basket; list() re-attaches the clipping to the article that took its place.
    return db.exec(R"sql(
CREATE TABLE clippings (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    position    INTEGER NOT NULL,
    added_at    TEXT NOT NULL,
    paper       TEXT NOT NULL,
    date        TEXT NOT NULL,
    page        INTEGER,
    headline    TEXT
);
CREATE UNIQUE INDEX clippings_by_article ON clippings(article_id) WHERE article_id IS NOT NULL;
CREATE INDEX clippings_by_position ON clippings(position);
)sql");
}

Result<QList<ClippingRecord>> ClippingStore::list()
{
    if (m_db.mode() == Database::Mode::ReadWrite) {
        Result<Statement> reattach = m_db.prepare(
            "UPDATE clippings SET article_id = ("
            "  SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id "
            "  JOIN papers pa ON pa.id = i.paper_id "
            "  WHERE pa.name = clippings.paper AND i.date = clippings.date AND p.number IS clippings.page "
            "    AND a.headline IS clippings.headline "
            "    AND a.id NOT IN (SELECT c.article_id FROM clippings c WHERE c.article_id IS NOT NULL) "
            "  ORDER BY a.ordinal LIMIT 1) "
            "WHERE article_id IS NULL");
        if (!reattach)
            return Error {reattach.error()};
        if (Status s = reattach->exec(); !s)
            return Error {s.error()};
    }
    Result<Statement> st = m_db.prepare(
        "SELECT id, article_id, position, added_at, paper, date, page, headline FROM clippings ORDER BY position, id");
    if (!st)
        return Error {st.error()};
    return collect<ClippingRecord>(st.value(), [](Statement &row) {
        ClippingRecord r;
        r.id = row.int64(0);
        r.articleId = row.optionalInt64(1);
        r.position = row.int32(2);
        r.addedAt = QDateTime::fromString(row.text(3), Qt::ISODate);
        r.paper = paperName(row.text(4));
        r.date = dateOf(row.text(5));
        r.page = row.optionalInt(6);
        r.headline = row.text(7);
        return r;
    });
}

Result<qint64> ClippingStore::add(qint64 articleId)
{
    Result<Statement> existing = m_db.prepare("SELECT id FROM clippings WHERE article_id = ?1");
    if (!existing)
        return Error {existing.error()};
    existing->bind(1, articleId);
    Result<std::optional<qint64>> found = first<qint64>(existing.value(), [](Statement &row) { return row.int64(0); });
    if (!found)
        return Error {found.error()};
    if (found.value())
        return *found.value();

    Result<Statement> insert = m_db.prepare(
        "INSERT INTO clippings (article_id, position, added_at, paper, date, page, headline) "
        "SELECT a.id, (SELECT coalesce(max(position) + 1, 0) FROM clippings), ?2, pa.name, i.date, p.number, a.headline "
        "FROM articles a JOIN pages p ON p.id = a.page_id JOIN issues i ON i.id = p.issue_id "
        "JOIN papers pa ON pa.id = i.paper_id WHERE a.id = ?1");
    if (!insert)
        return Error {insert.error()};
    insert->bind(1, articleId).bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status s = insert->exec(); !s)
        return Error {s.error()};
    if (m_db.changes() == 0) {
        return Error {QStringLiteral("There is no article %1 in the library %2, so it cannot be clipped.")
                          .arg(articleId).arg(m_db.path())};
    }
    return m_db.lastInsertId();
}

Status ClippingStore::remove(qint64 clippingId)
{
    Result<Statement> st = m_db.prepare("DELETE FROM clippings WHERE id = ?1");
    if (!st)
        return Error {st.error()};
    st->bind(1, clippingId);
    return st->exec();
}

Status ClippingStore::clear()
{
    return m_db.exec("DELETE FROM clippings");
}

Status ClippingStore::writePositions(const QList<qint64> &order)
{
    return inTransaction(m_db, [&]() -> Status {
        Result<Statement> st = m_db.prepare("UPDATE clippings SET position = ?1 WHERE id = ?2");
        if (!st)
            return Error {st.error()};
        for (int i = 0; i < order.size(); ++i) {
            st->bind(1, i).bind(2, order.at(i));
            if (Status s = st->exec(); !s)
                return s;
        }
        return success();
    });
}

Status ClippingStore::move(qint64 clippingId, int position)
{
    Result<QList<ClippingRecord>> all = list();
    if (!all)
        return Error {all.error()};
    QList<qint64> order;
    for (const ClippingRecord &r : all.value())
        order.append(r.id);
    const qsizetype from = order.indexOf(clippingId);
    if (from < 0)
        return Error {QStringLiteral("There is no clipping %1 in the library %2 to move.").arg(clippingId).arg(m_db.path())};
    order.move(from, std::clamp<qsizetype>(position, 0, order.size() - 1));
    return writePositions(order);
}

Status ClippingStore::setOrder(const QList<qint64> &clippingIds)
{
    Result<QList<ClippingRecord>> all = list();
    if (!all)
        return Error {all.error()};
    QSet<qint64> present;
    for (const ClippingRecord &r : all.value())
        present.insert(r.id);
    const QSet<qint64> given(clippingIds.begin(), clippingIds.end());
    if (given != present || qsizetype(given.size()) != clippingIds.size()) {
        return Error {QStringLiteral("The new order of the clippings must name each of the %1 clippings once.")
                          .arg(present.size())};
    }
    return writePositions(clippingIds);
}

} // namespace broadsheet
