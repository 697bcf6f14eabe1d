// GenArticle: one article of a generated page, its content decided and its layout not yet.
#pragma once

#include "core/article.h"

#include <QList>
#include <QString>

namespace broadsheet {

struct GenArticle
{
    enum class Kind {
        Regular, // headline stack, credits, body (a package is a regular article whose items carry datelines)
        PhotoNews, // a short headline over one caption
        Continuation, // the part of an article that a jump line sent to a later page
    };
    Kind kind = Kind::Regular;
    QString kicker;
    QString headline; // null for a headless continuation
    QString subheadline;
    QString column;
    QString leadCredit; // printed in front of the first paragraph: 本报讯 记者…, 新华社…电, …
    QString trailingCredit; // bracketed credit after the body: （本报记者 …）, (新华社…电 记者 …)
    bool trailingInline = false; // the trailing credit ends the last paragraph rather than standing alone
    QList<Block> blocks;
    QList<Caption> captions;
    int continuedFrom = 0; // page the article comes from, 0 for none
    int continuesTo = 0; // page the article jumps to, 0 for none
};

} // namespace broadsheet
