// PageJson: the page JSON format broadsheet.page/1 (docs/page-json.md), written and read.
#pragma once

#include "core/article.h"
#include "text/result.h"

#include <QByteArray>
#include <QJsonObject>

namespace broadsheet {

inline constexpr const char *kPageFormat = "broadsheet.page/1";

// The article object with its fields in the documented order.
QJsonObject articleToJson(const Article &article);
Result<Article> articleFromJson(const QJsonObject &object);

// The whole page as pretty-printed UTF-8 JSON, fields in the documented order, ending in a newline.
QByteArray pageToJson(const Page &page);
Result<Page> pageFromJson(const QByteArray &json);

} // namespace broadsheet
