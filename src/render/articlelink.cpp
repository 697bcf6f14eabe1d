#include "render/articlelink.h"

namespace broadsheet {

namespace {
const QLatin1String kScheme("broadsheet");
}

QUrl ArticleLink::articleUrl(qint64 id)
{
    QUrl url;
    url.setScheme(kScheme);
    url.setHost(QStringLiteral("article"));
    url.setPath(QLatin1Char('/') + QString::number(id));
    return url;
}

QUrl ArticleLink::pageUrl(int page)
{
    QUrl url;
    url.setScheme(kScheme);
    url.setHost(QStringLiteral("page"));
    url.setPath(QLatin1Char('/') + QString::number(page));
    return url;
}

std::optional<ArticleLink> ArticleLink::fromUrl(const QUrl &url)
{
    if (url.scheme() != kScheme)
        return std::nullopt;
    const QString path = url.path();
    if (!path.startsWith(QLatin1Char('/')))
        return std::nullopt;
    bool ok = false;
    const qint64 value = path.mid(1).toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    if (url.host() == QLatin1String("article"))
        return ArticleLink {Kind::Article, value};
    if (url.host() == QLatin1String("page") && value <= 10000)
        return ArticleLink {Kind::Page, value};
    return std::nullopt;
}

} // namespace broadsheet
