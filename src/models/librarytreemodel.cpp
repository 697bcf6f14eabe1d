#include "models/librarytreemodel.h"

#include "storage/librarystore.h"

#include <QLocale>
#include <QRegularExpression>

namespace broadsheet {

struct LibraryTreeModel::Node {
    NodeKind kind = NodeKind::Paper;
    qint64 id = 0;      // paper, issue or page id
    qint64 paperId = 0;
    QString paperName;  // null for the unknown paper
    int year = 0;       // 0 on a paper, and on the "undated" year node
    int month = 0;
    QDate date;
    std::optional<int> pageNumber;
    QString source;     // a page's file name, shown when its number is unknown
    int count = 0;
    bool fetched = false;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

QDate firstOfMonth(int year, int month) { return QDate(year, month, 1); }
QDate lastOfMonth(int year, int month) { return QDate(year, month, 1).addMonths(1).addDays(-1); }

} // namespace

LibraryTreeModel::LibraryTreeModel(LibraryStore &store, QObject *parent)
    : QAbstractItemModel(parent), m_store(store), m_root(std::make_unique<Node>())
{
    loadPapers();
}

LibraryTreeModel::~LibraryTreeModel() = default;

void LibraryTreeModel::reload()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    loadPapers();
    endResetModel();
}

void LibraryTreeModel::setFilterText(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    m_nameWords.clear();
    m_dateFilter = {};
    static const QRegularExpression datePattern(QStringLiteral("^(\\d{4})(?:[-./年](\\d{1,2})(?:[-./月](\\d{1,2})日?)?月?)?年?$"));
    const QStringList words = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        const auto match = datePattern.match(word);
        if (match.hasMatch()) {
            m_dateFilter.year = match.captured(1).toInt();
            m_dateFilter.month = match.captured(2).toInt();
            m_dateFilter.day = match.captured(3).toInt();
        } else {
            m_nameWords << word;
        }
    }
    reload();
}

void LibraryTreeModel::loadPapers()
{
    auto papers = m_store.papers();
    if (!papers) {
        emit errorOccurred(papers.error());
        return;
    }
    for (const PaperRecord &paper : papers.value()) {
        bool keep = true;
        for (const QString &word : std::as_const(m_nameWords))
            keep = keep && paper.name.contains(word, Qt::CaseInsensitive);
        if (keep && m_dateFilter.year != 0) {
            const QDate from(m_dateFilter.year, m_dateFilter.month ? m_dateFilter.month : 1,
                             m_dateFilter.day ? m_dateFilter.day : 1);
            QDate to = m_dateFilter.month ? lastOfMonth(m_dateFilter.year, m_dateFilter.month)
                                          : QDate(m_dateFilter.year, 12, 31);
            if (m_dateFilter.day)
                to = from;
            auto dates = m_store.issueDates(paper.id, from, to);
            keep = dates && !dates->isEmpty();
        }
        if (!keep)
            continue;
        auto node = std::make_unique<Node>();
        node->kind = NodeKind::Paper;
        node->id = paper.id;
        node->paperId = paper.id;
        node->paperName = paper.name;
        node->count = paper.issueCount;
        node->parent = m_root.get();
        node->row = int(m_root->children.size());
        m_root->children.push_back(std::move(node));
    }
    m_root->fetched = true;
}

bool LibraryTreeModel::issueDateMatches(const QDate &date) const
{
    if (m_dateFilter.year == 0)
        return true;
    if (!date.isValid() || date.year() != m_dateFilter.year)
        return false;
    return (m_dateFilter.month == 0 || date.month() == m_dateFilter.month)
           && (m_dateFilter.day == 0 || date.day() == m_dateFilter.day);
}

std::vector<std::unique_ptr<LibraryTreeModel::Node>> LibraryTreeModel::loadChildren(const Node &node) const
{
    std::vector<std::unique_ptr<Node>> out;
    auto child = [&node](NodeKind kind) {
        auto c = std::make_unique<Node>();
        c->kind = kind;
        c->paperId = node.paperId;
        c->paperName = node.paperName;
        c->year = node.year;
        c->month = node.month;
        return c;
    };
    auto fail = [this](const QString &message) { m_lastError = message; };

    switch (node.kind) {
    case NodeKind::Paper: {
        auto years = m_store.years(node.paperId);
        if (!years) {
            fail(years.error());
            break;
        }
        int dated = 0;
        for (const PeriodCount &y : years.value()) {
            dated += y.issueCount;
            if (m_dateFilter.year != 0 && y.year != m_dateFilter.year)
                continue;
            auto c = child(NodeKind::Year);
            c->year = y.year;
            c->count = y.issueCount;
            out.push_back(std::move(c));
        }
        // Issues without a date would be unreachable under years, so they get a node of their own.
        if (node.count > dated && m_dateFilter.year == 0) {
            auto c = child(NodeKind::Year);
            c->year = 0;
            c->count = node.count - dated;
            out.push_back(std::move(c));
        }
        break;
    }
    case NodeKind::Year: {
        if (node.year == 0) {
            // Undated issues sort first within their paper, so the first `count` issues are they.
            LibraryFilter filter;
            filter.paperId = node.paperId;
            filter.limit = node.count;
            auto issues = m_store.issues(filter);
            if (!issues) {
                fail(issues.error());
                break;
            }
            for (const IssueRecord &issue : issues.value()) {
                if (issue.date.isValid())
                    continue;
                auto c = child(NodeKind::Issue);
                c->id = issue.id;
                c->count = issue.pageCount;
                out.push_back(std::move(c));
            }
            break;
        }
        auto months = m_store.months(node.paperId, node.year);
        if (!months) {
            fail(months.error());
            break;
        }
        for (const PeriodCount &m : months.value()) {
            if (m_dateFilter.month != 0 && m.month != m_dateFilter.month)
                continue;
            auto c = child(NodeKind::Month);
            c->month = m.month;
            c->count = m.issueCount;
            out.push_back(std::move(c));
        }
        break;
    }
    case NodeKind::Month: {
        LibraryFilter filter;
        filter.paperId = node.paperId;
        filter.from = firstOfMonth(node.year, node.month);
        filter.to = lastOfMonth(node.year, node.month);
        auto issues = m_store.issues(filter);
        if (!issues) {
            fail(issues.error());
            break;
        }
        for (const IssueRecord &issue : issues.value()) {
            if (!issueDateMatches(issue.date))
                continue;
            auto c = child(NodeKind::Issue);
            c->id = issue.id;
            c->date = issue.date;
            c->count = issue.pageCount;
            out.push_back(std::move(c));
        }
        break;
    }
    case NodeKind::Issue: {
        LibraryFilter filter;
        filter.issueId = node.id;
        auto pages = m_store.pages(filter);
        if (!pages) {
            fail(pages.error());
            break;
        }
        for (const PageRecord &page : pages.value()) {
            auto c = child(NodeKind::Page);
            c->id = page.id;
            c->date = page.date;
            c->pageNumber = page.number;
            c->source = page.source;
            c->count = page.articleCount;
            out.push_back(std::move(c));
        }
        break;
    }
    case NodeKind::Page:
        break;
    }
    return out;
}

LibraryTreeModel::Node *LibraryTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex LibraryTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex LibraryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (column != 0 || row < 0 || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, p->children[size_t(row)].get());
}

QModelIndex LibraryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int LibraryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int LibraryTreeModel::columnCount(const QModelIndex &) const { return 1; }

bool LibraryTreeModel::hasChildren(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (node == m_root.get() || node->fetched)
        return !node->children.empty();
    return node->kind != NodeKind::Page && node->count > 0;
}

bool LibraryTreeModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return !node->fetched && node->kind != NodeKind::Page && node != m_root.get();
}

void LibraryTreeModel::fetchMore(const QModelIndex &parent)
{
    Node *node = nodeOf(parent);
    if (node->fetched || node == m_root.get())
        return;
    ensureFetched(node);
}

void LibraryTreeModel::ensureFetched(Node *node)
{
    if (node->fetched)
        return;
    node->fetched = true;
    m_lastError.clear();
    auto children = loadChildren(*node);
    if (!m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
    if (children.empty()) {
        // hasChildren() said yes by the counts; tell views the expander must go.
        const QModelIndex idx = indexOf(node);
        if (idx.isValid())
            emit dataChanged(idx, idx);
        return;
    }
    const QModelIndex parentIndex = indexOf(node);
    beginInsertRows(parentIndex, 0, int(children.size()) - 1);
    for (size_t i = 0; i < children.size(); ++i) {
        children[i]->parent = node;
        children[i]->row = int(i);
        node->children.push_back(std::move(children[i]));
    }
    endInsertRows();
}

QModelIndex LibraryTreeModel::indexForIssue(qint64 issueId)
{
    auto issue = m_store.issue(issueId);
    if (!issue || !issue.value())
        return {};
    const IssueRecord &rec = *issue.value();
    for (auto &paper : m_root->children) {
        if (paper->paperId != rec.paperId)
            continue;
        ensureFetched(paper.get());
        for (auto &year : paper->children) {
            if (rec.date.isValid() ? year->year != rec.date.year() : year->year != 0)
                continue;
            ensureFetched(year.get());
            if (!rec.date.isValid()) {
                for (auto &iss : year->children)
                    if (iss->id == issueId)
                        return indexOf(iss.get());
                return {};
            }
            for (auto &month : year->children) {
                if (month->month != rec.date.month())
                    continue;
                ensureFetched(month.get());
                for (auto &iss : month->children)
                    if (iss->id == issueId)
                        return indexOf(iss.get());
            }
        }
    }
    return {};
}

QModelIndex LibraryTreeModel::indexForPage(qint64 pageId)
{
    auto page = m_store.page(pageId);
    if (!page || !page.value())
        return {};
    const QModelIndex issueIndex = indexForIssue(page.value()->issueId);
    if (!issueIndex.isValid())
        return {};
    Node *issue = nodeOf(issueIndex);
    ensureFetched(issue);
    for (auto &p : issue->children)
        if (p->id == pageId)
            return indexOf(p.get());
    return {};
}

QString LibraryTreeModel::labelOf(const Node &node) const
{
    const QLocale locale;
    switch (node.kind) {
    case NodeKind::Paper:
        return node.paperName.isNull() ? tr("Unknown paper") : node.paperName;
    case NodeKind::Year:
        return node.year == 0 ? tr("Undated") : tr("%1", "a year in the library tree").arg(node.year);
    case NodeKind::Month:
        // Chinese short month names are "3月"; English reads better spelled out.
        return locale.standaloneMonthName(node.month, locale.language() == QLocale::Chinese ? QLocale::ShortFormat
                                                                                           : QLocale::LongFormat);
    case NodeKind::Issue:
        return node.date.isValid() ? locale.toString(node.date, QStringLiteral("yyyy-MM-dd ddd")) : tr("Undated issue");
    case NodeKind::Page:
        return node.pageNumber ? tr("Page %1").arg(*node.pageNumber) : node.source;
    }
    return {};
}

QVariant LibraryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &node = *nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return labelOf(node);
    case Qt::ToolTipRole:
        switch (node.kind) {
        case NodeKind::Paper:
        case NodeKind::Year:
        case NodeKind::Month:
            return tr("%n issue(s)", nullptr, node.count);
        case NodeKind::Issue:
            return tr("%n page(s)", nullptr, node.count);
        case NodeKind::Page:
            return tr("%n article(s)", nullptr, node.count);
        }
        return {};
    case KindRole:
        return int(node.kind);
    case IdRole:
        return node.kind == NodeKind::Year || node.kind == NodeKind::Month ? node.paperId : node.id;
    case PaperIdRole:
        return node.paperId;
    case DateRole:
        return node.date;
    case PageNumberRole:
        return node.pageNumber ? QVariant(*node.pageNumber) : QVariant();
    case CountRole:
        return node.count;
    default:
        return {};
    }
}

Qt::ItemFlags LibraryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->kind == NodeKind::Page)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace broadsheet
