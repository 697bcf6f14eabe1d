// Credits: recognises bylines, datelines (电头/讯头) and photo credits in newspaper text.
#pragma once

#include "core/article.h"

#include <QString>
#include <QStringView>

namespace broadsheet {

// A byline and/or dateline found at the start or end of a paragraph; `rest` is the paragraph
// without them (trimmed). Fields are null when absent.
struct CreditSplit {
    QString dateline;
    QString byline;
    QString rest;
    bool found() const { return !dateline.isNull() || !byline.isNull(); }
};

// Leading credit of an article's first paragraph: 新华社北京11月6日电(记者 X), 据新华社…电,
// 本报讯 记者X报道, 本报讯(记者 X 通讯员 Y), 记者X报道, (本报记者 X).
CreditSplit splitLeadingCredit(QStringView paragraph);

// A bracketed credit closing an article's last paragraph (or making up the whole paragraph):
// (本报记者 陆乐), (新华社北京11月4日电 记者 刘硕 高蕾), (新华社北京9月15日电).
CreditSplit splitTrailingCredit(QStringView paragraph);

// True when the paragraph opens with a wire or paper dateline (…11月4日电, 本报讯); used to tell a
// package of several wire items under one headline.
bool startsWithDateline(QStringView paragraph);

// Opens with a paper's own undated 讯头 (本报讯, 本報訊, 大众网讯), which only a story's lead does.
bool startsWithNewsTag(QStringView paragraph);

// A digest's lead giving the title of the piece it translates, perhaps behind its dateline and
// closed by the writer: 【英国《卫报》网站11月3日报道】题：…（作者 萨姆·琼斯）. The line is whole: the
// text under it never runs on into it.
bool isDigestTitle(QStringView paragraph);

// The writer named closing a digest's title ((作者 萨姆·琼斯) → byline 作者 萨姆·琼斯, rest 题：…);
// nothing found otherwise.
CreditSplit splitDigestTitleWriter(QStringView paragraph);

// Wire copy's closing mark: (完), or the CNA's editor and day (（編輯：陳承功）1131104, the year the
// Republic's). Takes it off the paragraph's end; true when there was one (the story ends there).
bool takeWireEnd(QString &paragraph);

// A whole line naming only the writers: 通讯员郑莎薇, 本报记者 张三 李四 (no brackets).
QString standaloneByline(QStringView line);

// Photo credits: a whole line (拍友 宋伟民 本报记者 徐文迪 摄, 新华社发, 本报通讯员 X 摄), or the tail
// of a caption after its last sentence (…出舱。新华社记者 李鑫 摄).
bool isCreditLine(QStringView line);
// A caption announced by 图： (图：轻轨东线隧道段施工现场) rather than a credit (图：美联社): never a
// heading, and a caption wherever it stands.
bool isLabelledCaption(QStringView line);
struct CaptionSplit {
    QString text;
    QString credit; // null when the caption has none
};
CaptionSplit splitCaptionCredit(QStringView caption);

// A caption read from its text and the credit line that goes with it (null when none): its label
// (图片说明：, 图说：, 图： before no credit) and the arrow pointing to the picture (↑, ▲) are no
// text of it, and a credit closing the text joins the credit line's.
Caption readCaption(const QString &text, const QString &credit);

} // namespace broadsheet
