// TextShape: what a line of newspaper text looks like (finished sentence, heading, label, subhead).
#pragma once

#include <QString>
#include <QStringView>

namespace broadsheet {

// Ends a sentence: 。！？!?…; (closing quotes and brackets after them allowed).
bool endsSentence(QStringView text);

// A line's dash or colon at its edge: a kicker's ——, a subheadline's opening ——, a lead-in's ：.
inline bool endsWithDash(QStringView t) { return t.endsWith(u"——") || t.endsWith(u"—"); }
inline bool startsWithDash(QStringView t) { return t.startsWith(u"——") || t.startsWith(u"—"); }
inline bool endsWithColon(QStringView t) { return t.endsWith(u'：') || t.endsWith(u':'); }

// Opens behind a solid bullet (■ ● ◆ ▲ ★), as a brief's title in a box does.
bool opensWithSolidBullet(QStringView text);
// A serial's chapter or episode heading: 第二十三章 …, 第5回 ….
bool opensChapter(QStringView text);

// Prose, whatever its markup: two sentences or more, as a bold lead (导语) is set, never a heading.
bool readsAsProse(QStringView text);

// Opens as a news report does, with when it happened or where the reporter learned it: 3月5日，…
// 近日，… 昨天上午，… 记者从…获悉.
bool opensAsReport(QStringView text);

// Joins two pieces of a paragraph broken at a column gap or line end: no separator between CJK
// text, one space between two Latin letters or digits.
QString joinBroken(const QString &left, const QString &right);

// Two labels with values, or a telephone number: a line of a form or a notice
// (联系人：王先生　电话：0571-88888888).
bool looksLikeFormLine(QStringView text);

// A line that could be a headline (plain text): short, not a finished sentence, not ending in a
// comma or colon, with no sentence-ending mark inside.
bool looksLikePlainHeading(QStringView text);

// A plain line that can stand as a subhead between paragraphs: it neither opens like a sentence
// continuing its context (该…, 这…, 但…, 由…) nor ends on a word that needs more after it (…的, …和).
bool looksLikeStandaloneHeading(QStringView text);

// A subhead asked as a question (钱去了哪里？, 停车费为何五年涨了五倍？): short, one question, no other
// punctuation.
bool looksLikeQuestionSubhead(QStringView text);

// A column or series label: 文化特派员日记, 一线调查·人民建议, 【云澜观察】.
bool looksLikeColumnLabel(QStringView text);

// An in-article subhead by its form: 二、总体要求, （三）…, 1. …, 第二部分…, 破题：… (short lead-in).
bool looksLikeEnumeratedSubhead(QStringView text);
bool looksLikeLeadInSubhead(QStringView text);

// A line that is only a person's name, as a commentary's author stands under its headline: a
// common surname and one or two more characters, spaced or not (李明, 李 明, 欧阳修).
bool looksLikePersonName(QStringView text);

// A line opening with a list marker, whatever its length: 1. …, 2、…, （3）…, ①…, 一、…
bool opensWithListMarker(QStringView text);

// A writer's signature closing a piece: a name (张 宁), with the place and the role a letter or a
// commentary gives (湖南邵阳县 读者 刘德胜, 北京市朝阳区 王 芳).
bool looksLikeSignature(QStringView text);

// When and where a piece was written, under its signature: 2024年9月于北京, 写于2023年冬.
bool isSignOffLine(QStringView text);

// A field of a book's data or of a paper's notes, standing as it is: 定价：59.00元, 译林出版社,
// ISBN 978-…, 2024年6月出版, 基金项目：…, 作者单位：…, 吴钩 著　广西师范大学出版社　定价：88.00元.
bool isBookOrPaperField(QStringView text);

// A note on the author, in brackets: (作者为中国人民大学教授), （作者单位：河北省作家协会）.
bool isAuthorNote(QStringView text);

// The title of a notice (…的公告, 招聘启事, 声明): a notice is an item of its own on the page.
bool looksLikeNoticeTitle(QStringView text);

// A letter's salutation alone on its line: 编辑同志：, 尊敬的市长：, 各位读者：.
bool isSalutation(QStringView text);

// The label of a follow-up to a letter or report: 编后, 记者回访, 部门回复, 链接.
bool isFollowUpLabel(QStringView text);

// The label of a weather box: 天气, 今日天气, 天气预报.
bool isWeatherLabel(QStringView text);

// A turn of an interview (记者：…？, 问：…, 主持人：…): dialogue, never a subhead.
bool isDialogueTurn(QStringView text);

// The bullet a brief in a box opens with (■…, ●…), or 0.
char16_t bulletOf(QStringView text);

// An editor's note opening an article (编者按：…, 【编者的话】…): it stands before the byline.
bool isEditorsNote(QStringView text);

// A line set out across the page's width (a folio, a staff strip) reads as its words: each run of
// three spaces or more becomes two, as a narrower setting would have left it.
QString withoutWidePadding(QStringView text);
// The size of withoutWidePadding(text), without building it; counting stops past `limit` (most
// long lines are paragraphs, with no padding at all).
qsizetype sizeWithoutWidePadding(QStringView text, qsizetype limit);

// A page staff line (责任编辑：张三, 本版责编：王丽 美编：张强) or the page's picture credit
// (本版图片均由受访单位提供): neither a heading nor a subhead.
bool isStaffLine(QStringView text);

// A line of nothing but markup characters, of any length (---, ***, |||, a run of #).
bool isDecoration(QStringView text);

} // namespace broadsheet
