// Query support: small helpers the storage layer's read queries share (row collection, value mapping).
#pragma once

#include "storage/database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace broadsheet::query {

// Steps `st` to the end, turning each row into a T with `row(st)`.
template<typename T, typename F>
Result<QList<T>> collect(Statement &st, F &&row)
{
    QList<T> out;
    for (;;) {
        Result<bool> more = st.step();
        if (!more)
            return Error {more.error()};
        if (!more.value())
            break;
        out.append(row(st));
    }
    return out;
}

// Steps `st` once: the row as a T, or nullopt when there is none.
template<typename T, typename F>
Result<std::optional<T>> first(Statement &st, F &&row)
{
    Result<bool> more = st.step();
    if (!more)
        return Error {more.error()};
    if (!more.value())
        return std::optional<T>();
    return std::optional<T>(row(st));
}

// Stored '' (the unknown paper, an undated issue) back to a null/invalid value.
inline QString paperName(const QString &stored)
{
    return stored.isEmpty() ? QString() : stored;
}

inline QDate dateOf(const QString &stored)
{
    return stored.isEmpty() ? QDate() : QDate::fromString(stored, Qt::ISODate);
}

inline QString storedDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

} // namespace broadsheet::query
