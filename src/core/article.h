// Article, Block, Caption, Page: the domain types of one segmented newspaper page.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace broadsheet {

// One body block: a paragraph, or an in-article subhead (小标题).
struct Block {
    enum class Kind { Paragraph, Subhead };
    Kind kind = Kind::Paragraph;
    QString text;

    bool operator==(const Block &) const = default;
};

// A photo caption with its credit (…摄, 新华社发, …) split off; credit is null when absent.
struct Caption {
    QString text;
    QString credit;

    bool operator==(const Caption &) const = default;
};

// One article of a page. A null QString means "the source has no value" (JSON null).
struct Article {
    QString kicker;       // 引题
    QString headline;     // 主题; null for a headless continuation fragment
    QString subheadline;  // 副题
    QString column;       // column or series label
    QString byline;
    QString dateline;     // 电头
    QList<Block> blocks;
    QList<Caption> captions;
    std::optional<int> continuedFrom; // page this article continues from (上接第N版)
    std::optional<int> continuesTo;   // page where it goes on (下转第N版)

    bool operator==(const Article &) const = default;
};

// A segmented page (or page bundle) as the segmenter sees it.
struct Page {
    QString source;    // the input file's name, without its folder
    QString encoding;  // what the bytes were decoded from
    QString paper;     // null where unknown
    QDate date;        // invalid where unknown
    std::optional<int> page;
    QList<Article> articles;
    QStringList warnings; // things a user should know (empty page, dropped duplicates, …)
};

} // namespace broadsheet
