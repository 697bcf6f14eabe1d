// ClippingStore: the clippings basket kept in the library — articles gathered while reading, in order.
#pragma once

#include "text/result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace broadsheet {

class Database;

// One clipping. paper/date/page/headline are what the article was when it was clipped: they keep
// the clipping meaningful (and let it find its article again) when a re-import replaces the page.
struct ClippingRecord {
    qint64 id = 0;
    std::optional<qint64> articleId; // nullopt while its page is replaced by one without that article
    int position = 0;                // 0-based place in the basket
    QDateTime addedAt;               // UTC
    QString paper;                   // null for the unknown paper
    QDate date;                      // invalid for an undated issue
    std::optional<int> page;
    QString headline;                // null for a headless fragment
};

// Works on a connection of the library (LibraryStore::database()); one thread at a time, like it.
class ClippingStore {
public:
    explicit ClippingStore(Database &db);

    // The clippings in basket order. On a writable library, a clipping whose article was replaced
    // by a re-import is first attached to the article that now stands in its place (same paper,
    // date, page and headline).
    Result<QList<ClippingRecord>> list();
    // Appends an article; an article already in the basket stays where it is. Returns the clipping id.
    Result<qint64> add(qint64 articleId);
    // Removes a clipping (not its article). Removing one that is not there is not an error.
    Status remove(qint64 clippingId);
    // Moves a clipping to `position` (0-based, clamped to the basket), the others keeping their order.
    Status move(qint64 clippingId, int position);
    // Puts the basket in the order of `clippingIds`, which must name every clipping once.
    Status setOrder(const QList<qint64> &clippingIds);
    Status clear();

    // Schema v3: the clippings table (listed in migrations.cpp).
    static Status applySchemaV3(Database &db);

private:
    Status writePositions(const QList<qint64> &order);

    Database &m_db;
};

} // namespace broadsheet
