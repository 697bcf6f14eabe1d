// ChineseNumber: reads page and date numbers written in Arabic, full-width or Chinese numerals.
#pragma once

#include <QStringView>

#include <optional>

namespace broadsheet {

// "4", "０４", "四", "十二", "二十一", "一百零五", "〇四" -> the number; anything else -> nullopt.
// Values above 9999 are rejected (pages and days never get there).
std::optional<int> parseChineseNumber(QStringView text);

} // namespace broadsheet
