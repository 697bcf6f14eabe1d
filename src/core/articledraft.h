// ArticleDraft: an article while the segmenter assembles it, and how a draft becomes an Article.
#pragma once

#include <algorithm>

#include "core/article.h"
#include "core/segmenterunits.h"
#include "core/textshape.h"

#include <QList>
#include <QString>

#include <optional>

namespace broadsheet {

// One body item while an article is being assembled. `creditOnly` marks a line that is only a
// byline or dateline ((本报记者 陆乐), 通讯员郑莎薇): it becomes a field, or stays text in a package.
struct BodyItem {
    Block::Kind kind = Block::Kind::Paragraph;
    QString text;
    bool creditOnly = false;
    bool standsAlone = false; // a line kept as it stands (verse, a signature, a teaser): nothing joins it
};

struct Draft {
    QList<LineUnit> stack; // the headline stack as it stood on the page
    QList<BodyItem> body;
    QList<Caption> captions;
    std::optional<int> continuedFrom;
    std::optional<int> continuesTo;
    bool closed = false;    // a closing credit or 下转 seen: what follows is another article
    bool photoNews = false;
    bool hasParagraph() const
    {
        for (const BodyItem &b : body) {
            if (b.kind == Block::Kind::Paragraph)
                return true;
        }
        return false;
    }
    // A paragraph of the article's own text: not an editor's note standing before the byline.
    // Only writers and datelines so far (or nothing): no text of its own yet.
    bool hasOnlyCredits() const
    {
        return std::all_of(body.cbegin(), body.cend(), [](const BodyItem &b) { return b.creditOnly; });
    }
    // A paragraph of text, not a credit line or a line that stands as it is.
    bool hasProse() const
    {
        return std::any_of(body.cbegin(), body.cend(), [](const BodyItem &b) { return b.kind == Block::Kind::Paragraph && !b.creditOnly && !b.standsAlone; });
    }
    bool hasOwnParagraph() const
    {
        for (const BodyItem &b : body) {
            if (b.kind == Block::Kind::Paragraph && !b.creditOnly && !isEditorsNote(b.text))
                return true;
        }
        return false;
    }
};

// The finished article: headline stack assigned (kicker, headline, subheadline, column), byline
// and dateline taken from the lead and the closing bracket unless the draft is a package of
// several datelined items, body blocks and captions.
Article finishDraft(Draft &draft);

// OCR sometimes puts the tail of a continued article before its "(上接第N版)" line. Paragraphs at
// the end of the article before it that read more like the continuation than like their own
// article move to the continuation's start.
void moveStrayParagraphs(QList<Draft> &drafts);

} // namespace broadsheet
