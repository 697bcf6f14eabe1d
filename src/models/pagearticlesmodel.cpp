#include "models/pagearticlesmodel.h"

#include "storage/librarystore.h"

namespace broadsheet {

namespace {

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

PageArticlesModel::PageArticlesModel(LibraryStore &store, QObject *parent)
    : QAbstractListModel(parent), m_store(store)
{
}

bool PageArticlesModel::setPage(qint64 pageId)
{
    QList<ArticleSummary> articles;
    bool ok = true;
    if (pageId != 0) {
        LibraryFilter filter;
        filter.pageId = pageId;
        auto result = m_store.articles(filter);
        if (result) {
            articles = std::move(result.value());
        } else {
            ok = false;
            emit errorOccurred(result.error());
        }
    }
    beginResetModel();
    m_pageId = ok ? pageId : 0;
    m_articles = std::move(articles);
    endResetModel();
    return ok;
}

void PageArticlesModel::reload()
{
    setPage(m_pageId);
}

qint64 PageArticlesModel::articleId(int row) const
{
    return row >= 0 && row < m_articles.size() ? m_articles.at(row).id : 0;
}

int PageArticlesModel::rowOf(qint64 articleId) const
{
    for (int i = 0; i < m_articles.size(); ++i)
        if (m_articles.at(i).id == articleId)
            return i;
    return -1;
}

const ArticleSummary *PageArticlesModel::summary(int row) const
{
    return row >= 0 && row < m_articles.size() ? &m_articles.at(row) : nullptr;
}

int PageArticlesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant PageArticlesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &a = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (!a.headline.isNull())
            return a.headline;
        return a.continuedFrom ? tr("Continued from page %1").arg(*a.continuedFrom) : tr("Untitled article");
    case Qt::ToolTipRole:
        return a.lead;
    case IdRole:
        return a.id;
    case KickerRole:
        return a.kicker;
    case HeadlineRole:
        return a.headline;
    case SubheadlineRole:
        return a.subheadline;
    case ColumnRole:
        return a.column;
    case BylineRole:
        return a.byline;
    case LeadRole:
        return a.lead;
    case ContinuedFromRole:
        return optionalInt(a.continuedFrom);
    case ContinuesToRole:
        return optionalInt(a.continuesTo);
    case CharactersRole:
        return a.characters;
    default:
        return {};
    }
}

QHash<int, QByteArray> PageArticlesModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "articleId");
    names.insert(KickerRole, "kicker");
    names.insert(HeadlineRole, "headline");
    names.insert(SubheadlineRole, "subheadline");
    names.insert(ColumnRole, "column");
    names.insert(BylineRole, "byline");
    names.insert(LeadRole, "lead");
    names.insert(ContinuedFromRole, "continuedFrom");
    names.insert(ContinuesToRole, "continuesTo");
    names.insert(CharactersRole, "characters");
    return names;
}

} // namespace broadsheet
