// ArticleLayout: the ordered typographic items of one article, shared by every output format.
#pragma once

#include "render/articleinput.h"
#include "render/renderoptions.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace broadsheet {

// One item of the typeset article. Every writer (QTextDocument, HTML, Markdown, text) walks the
// same list, which is what keeps the reader pane, print-outs and exports in agreement.
struct LayoutItem {
    enum class Kind {
        Column,      // column or series label
        Kicker,      // 引题
        Headline,    // 主题
        Subheadline, // 副题
        Byline,
        JumpFrom,    // （上接第N版）, a link to the earlier part
        Paragraph,   // `lead` holds the dateline run set in bold before the first paragraph
        Subhead,     // 小标题
        Caption,     // `credit` holds the photo credit
        PartBreak,   // where a whole article passes to its next page; `page` is that page
        JumpTo,      // （下转第N版）, a link to the next part
        Source,      // paper, date, page(s)
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QString lead;
    QString credit;
    QUrl link;
    int page = 0;
};

class ArticleLayout {
public:
    // The items of `input`: all parts in order when `whole` (joined by PartBreak items, jump notes
    // kept only where a part is missing), else the current part alone with its jump notes.
    static QList<LayoutItem> build(const ArticleInput &input, bool whole, bool sourceLine);

    // "云澜日报　2025年3月18日　第1、4版"; empty when nothing is known.
    static QString sourceText(const ArticleInput &input);
    // "2025年3月18日"; empty for an invalid date.
    static QString chineseDate(const QDate &date);
    static QString jumpFromText(int page);
    static QString jumpToText(int page);
    static QString partBreakText(int page);

    // The sorted, non-overlapping ranges (start, length) of `text` that the options highlight.
    static QList<std::pair<int, int>> highlightRanges(const QString &text, const RenderOptions &options);
};

} // namespace broadsheet
