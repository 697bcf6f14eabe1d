// JumpLine: the "continued on / from page N" notes of a newspaper page (下转第4版, 上接第一版).
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace broadsheet {

struct JumpLine {
    enum class Direction { From, To }; // 上接/接: continued from; 下转/转: continues to
    Direction direction;
    int page;
};

// A whole line that is only a jump note, with or without brackets: （下转第4版）, (上接第1版),
// 转第二版, 【下转A4版】. Nothing else on the line.
std::optional<JumpLine> parseJumpLine(QStringView line);

// A bracketed jump note at the very end (下转/转) or very start (上接/接) of a paragraph is removed
// from `text` and returned; `text` is left trimmed.
std::optional<JumpLine> takeTrailingJump(QString &text);
std::optional<JumpLine> takeLeadingJump(QString &text);

} // namespace broadsheet
