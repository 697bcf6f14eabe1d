#include "models/searchresultsmodel.h"

#include <QCoreApplication>

namespace broadsheet {

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractListModel(parent) { }

void SearchResultsModel::setResults(const SearchResults &results)
{
    beginResetModel();
    m_hits = results.hits;
    m_total = std::max<qint64>(results.total, results.hits.size());
    m_fetching = false;
    endResetModel();
}

void SearchResultsModel::appendResults(const SearchResults &results)
{
    m_fetching = false;
    if (results.total >= 0)
        m_total = results.total;
    if (results.hits.isEmpty()) {
        // Nothing more came back: the total was stale (the library changed); stop asking.
        m_total = m_hits.size();
        return;
    }
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + results.hits.size()) - 1);
    m_hits += results.hits;
    endInsertRows();
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_hits.clear();
    m_total = 0;
    m_fetching = false;
    endResetModel();
}

qint64 SearchResultsModel::articleId(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).id : 0;
}

const SearchHit *SearchResultsModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case HeadlineRole:
        return h.headline.isEmpty() ? tr("Untitled article") : h.headline;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2").arg(data(index, HeadlineRole).toString(), h.snippet.text);
    case SourceRole: {
        const QString paper = h.paper.isNull() ? tr("Unknown paper") : h.paper;
        const QString date = h.date.isValid() ? h.date.toString(Qt::ISODate) : tr("undated");
        const QString page = h.page ? tr("Page %1").arg(*h.page) : tr("unnumbered page");
        return QStringLiteral("%1 · %2 · %3").arg(paper, date, page);
    }
    case SnippetRole:
        return h.snippet.text;
    case HighlightsRole: {
        QList<std::pair<int, int>> ranges;
        ranges.reserve(h.snippet.highlights.size());
        for (const TextRange &r : h.snippet.highlights)
            ranges.append({r.start, r.length});
        return QVariant::fromValue(ranges);
    }
    case IdRole:
        return h.id;
    case PaperRole:
        return h.paper;
    case DateRole:
        return h.date;
    case PageRole:
        return h.page ? QVariant(*h.page) : QVariant();
    case ScoreRole:
        return h.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(HeadlineRole, "headline");
    names.insert(SourceRole, "source");
    names.insert(SnippetRole, "snippet");
    names.insert(HighlightsRole, "highlights");
    names.insert(PaperRole, "paper");
    names.insert(DateRole, "date");
    names.insert(PageRole, "page");
    names.insert(ScoreRole, "score");
    return names;
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_hits.size() < m_total;
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit moreRequested(int(m_hits.size()));
}

} // namespace broadsheet
