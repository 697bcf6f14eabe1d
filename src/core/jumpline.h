// JumpLine: the "continued on / from page N" notes of a newspaper page (下转第4版, 上接第一版).
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace broadsheet {

struct JumpLine {
    enum class Direction { From, To }; // 上接/接: continued from; 下转/转: continues to
    Direction direction;
    int page; // for a note naming no page (接下頁, 承上頁): kNextPage or kPreviousPage
};

// What 接下頁 and 承上頁 point to, until the page's own number is known.
inline constexpr int kNextPage = -1;
inline constexpr int kPreviousPage = -2;

// The page a jump points to, on the page numbered `here` (nullopt when it names no page and the
// page's own number is unknown).
std::optional<int> resolveJumpPage(int page, std::optional<int> here);

// A whole line that is only a jump note, with or without brackets: （下转第4版）, (上接第1版),
// 转第二版, 【下转A4版】, （接下頁）. Nothing else on the line.
std::optional<JumpLine> parseJumpLine(QStringView line);

// A bracketed jump note at the very end (下转/转) or very start (上接/接) of a paragraph is removed
// from `text` and returned; `text` is left trimmed.
std::optional<JumpLine> takeTrailingJump(QString &text);
std::optional<JumpLine> takeLeadingJump(QString &text);

} // namespace broadsheet
