#include "widgets/titles.h"

namespace broadsheet {

QString Titles::paperName(const QString &paper)
{
    return paper.isNull() ? tr("Unknown paper") : paper;
}

QString Titles::dateText(const QDate &date)
{
    // ISO dates read the same in every language the reader offers and sort as they read.
    return date.isValid() ? date.toString(Qt::ISODate) : tr("undated");
}

QString Titles::pageText(const std::optional<int> &number)
{
    return number ? tr("Page %1").arg(*number) : tr("unnumbered page");
}

QString Titles::pageTitle(const QString &paper, const QDate &date, const std::optional<int> &number)
{
    return QStringLiteral("%1 %2 %3").arg(paperName(paper), dateText(date), pageText(number));
}

QString Titles::windowTitle(const QString &pageTitle)
{
    const QString app = QStringLiteral("Broadsheet");
    return pageTitle.isEmpty() ? app : QStringLiteral("%1 — %2").arg(pageTitle, app);
}

} // namespace broadsheet
