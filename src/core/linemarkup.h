// What a dump of a page puts into its lines besides the text: markdown and HTML markup, pictures,
// links, table rows, column rules read as glyphs, page numbers between dashes, paragraph indents.
// splitUnits() reads each line through these before it reads the line as a unit.
#pragma once

#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace broadsheet {

// The text of a line without bold and italic marks.
QString stripInlineMarkup(QString s);
// How many bold marks (**) the line holds.
int boldMarkers(QStringView s);

// A paragraph indent: two columns or more of leading space (　　, four spaces, a tab).
bool indented(QStringView line);

// Set to the right: sixteen columns or more of leading space (eight 　), as a signature closing
// an essay is set (　　　　　　　　　　王开岭).
bool setRight(QStringView line);

// Pictures in markdown or HTML (![alt](path), <img …>) are not text of the page: they are taken
// out of the line, alt text too (converters fill it with file names or repeat the caption).
// Returns the line without them.
QString withoutPictures(const QString &line, bool *hadPicture);

// Links in markdown ([港股](https://…/tag/港股)) keep their text; the address is no text of the page.
// `*navigation` is set for a line of links and little else (a site's menu, 每日明報 | 要聞 | 港聞, or its
// share row, 分享：Facebook WhatsApp): page furniture, not text.
QString withoutLinks(const QString &line, bool *navigation);

// What a news site puts around the text of a page saved from it, one line at a time: its menu
// (即时 | 新加坡 | 中国 | 东南亚 | 国际), its share row (分享：Facebook X WhatsApp), a breadcrumb
// (早报电子版 › 2024年11月5日 › 新加坡), a publishing time (发布 / 2024年11月5日 5:30 AM) and its
// buttons (跳到主要内容, 返回顶部, 上一篇：…). `tableAround` (asked only of a line with bars): a
// line next to it has bars too, so a row of bars is a table's, not a menu.
bool isWebFurniture(QStringView line, const std::function<bool()> &tableAround);

// Briefs set with a bold head running into the text ("**新能源汽车下乡活动启动**  本报讯 …"):
// where the head is short, ends no sentence and the text after it opens with a dateline or
// byline, the end of the head's markup; otherwise 0 (a bold lead-in such as **一是** stays text).
qsizetype runInHeadEnd(const QString &line);

// A page number set between dashes or dots: - 5 -, — 5 —, －５－, ·5·.
std::optional<int> dashedPageNumber(QStringView line);

// A line standing for a picture the dump left out: 图片, [图片], 【图】, 图①, 照片2.
bool isPictureMarker(QStringView line);

// A column rule OCR read as a glyph at the start of a line (| ¦ │ ┃, or 丨 set apart by a space):
// how many characters it and the space after it take; 0 for a table row or any other line.
qsizetype columnRuleEnd(QStringView line);

// A row of a markdown table (| 指数 | 收盘 |): its cells, set apart by " | ".
QString tableRow(QStringView line);

// A dump an HTML converter left its markup in: block ends become line breaks, headings and bold
// become markdown, other tags go and character references are read (&nbsp; &amp; &#8220;).
QString withoutHtml(const QString &text);

} // namespace broadsheet
