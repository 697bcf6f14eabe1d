// ArticleLink: the broadsheet:// URLs the renderer puts on jump notes, for the GUI to intercept.
#pragma once

#include <QUrl>

#include <optional>

namespace broadsheet {

// broadsheet://article/ID opens a stored article (part); broadsheet://page/N opens page N of the
// article's issue (used when the other part is not known to be in the library).
struct ArticleLink {
    enum class Kind { Article, Page };
    Kind kind = Kind::Article;
    qint64 value = 0; // the article id or the page number

    static QUrl articleUrl(qint64 id);
    static QUrl pageUrl(int page);
    // The link a URL stands for; nullopt for anything that is not a broadsheet:// link we make.
    static std::optional<ArticleLink> fromUrl(const QUrl &url);
};

} // namespace broadsheet
