// PageDate: infers the issue date, paper and page a page's own text states or implies.
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <optional>

namespace broadsheet {

// A masthead or folio line: "云澜日报 2025年3月18日 星期二 第1版", "2024-11-12 第04版 要闻".
struct FolioLine {
    QString paper;
    QDate date;
    std::optional<int> page;
    bool headOnly = false; // a page number, paper or section name alone: a folio only at the page's head
    bool running = false;  // a full date with the weekday or the page: a running head wherever it stands
};
std::optional<FolioLine> parseFolioLine(QStringView line);
// A folio set over two lines at the page's head, the paper's name, section and page on one and the
// date and weekday on the other (东湖日报　要闻　3 / 2025年7月3日　星期四, either way up): `other`
// read beside `dated`'s date. Only when it adds the page or the paper the dated line lacks.
std::optional<FolioLine> parseFolioPair(const FolioLine &dated, QStringView other);
// A paper's name as a masthead sets it alone, whatever word closes it (今日武义, 南方周末,
// 21世纪经济报道, 中学生学习报·初中版): a title, not a section's or a column's name. Only its place,
// alone at the page's head over a dated folio line, makes it the paper.
bool looksLikeMastheadName(QStringView line);

// The issue date implied by the text: the day after the latest wire dateline (…11月4日电: news
// dated the 4th is printed on the 5th), else the day after the latest dated event reported in the
// past tense (…11月11日，记者从…获悉); the year is the latest the text mentions, leaving out
// targets such as 到2026年. Invalid when the
// text states no month and day, or no year can be read.
QDate inferIssueDate(QStringView text);

} // namespace broadsheet
