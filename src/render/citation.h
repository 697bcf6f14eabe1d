// Citation: how to cite a newspaper article (paper, date, page, headline) as text, CSL-JSON or BibTeX.
#pragma once

#include "render/articleinput.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace broadsheet {

struct Citation {
    qint64 id = 0;     // library id of the article (its first part), 0 when not stored
    QString title;     // the headline; for a headless fragment, the start of its body
    QString paper;
    QDate date;
    QList<int> pages;
    QString column;
    QString byline;

    static Citation from(const ArticleInput &input);

    // "《关爱新就业群体》，浙江日报，2024年11月5日，第1版。" — set under each clipping.
    QString readerText() const;
    // GB/T 7714-2015 for newspapers: "关爱新就业群体[N]. 浙江日报, 2024-11-05(1)." — "copy citation".
    QString gbtText() const;
    // A BibTeX/CSL key: "broadsheet42", or one made of date and page for unstored articles.
    QString key() const;
};

// A CSL-JSON array (type "article-newspaper"), UTF-8, for Zotero and citation processors.
QByteArray citationsToCslJson(const QList<Citation> &citations);
// BibTeX @article entries (biblatex-friendly fields), UTF-8.
QString citationsToBibTeX(const QList<Citation> &citations);

} // namespace broadsheet
