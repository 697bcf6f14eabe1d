// FictionNames: invented papers, people, places and labels for the bylines of a generated corpus.
#pragma once

#include "rng.h"

#include <QString>
#include <QStringList>

namespace broadsheet {

// The fictional papers a corpus is spread over, in a fixed order (--papers K takes the first K).
QStringList fictionalPapers();

// A two- or three-character personal name from common surnames and given-name characters.
QString personName(Rng &rng);

// A dateline place: mostly the fictional cities, sometimes 北京 as wire copy has it.
QString datelinePlace(Rng &rng);

// A column or series label such as 云澜观察 or 一线调查·民生关切.
QString columnLabel(Rng &rng);

// A short photo-news headline (湖畔春早, 茶山采茶忙, …).
QString photoHeadline(Rng &rng);

// A kicker of the "X在Y时强调" kind that a one-line heading joins to its headline.
QString speakerKicker(Rng &rng);

// Who supplied a picture (受访单位, 主办方, …), for 新华社发（…供图） credits.
QString pictureSource(Rng &rng);

} // namespace broadsheet
