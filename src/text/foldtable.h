// FoldTable: the generated code point tables behind foldForSearch() and toSimplified() (internal).
#pragma once

#include <cstddef>
#include <cstdint>

namespace broadsheet::foldtable {

// Shape of the tables written by gen/genfoldtable.cpp; see there for how they are derived.
inline constexpr char32_t kLimit = 0x30000; // BMP + SIP; code points above fold to themselves
inline constexpr int kBlockBits = 6;
inline constexpr std::size_t kMaxFoldUnits = 32; // longest fold of one code point, in UTF-16 units

extern const std::uint16_t kFoldStage1[];
extern const std::uint16_t kFoldStage2[];
extern const std::uint32_t kFoldOffset[];
extern const std::uint8_t kFoldLength[];
extern const char16_t kFoldPool[];
extern const std::uint16_t kSimplifiedStage1[];
extern const std::uint16_t kSimplifiedStage2[];
extern const char32_t kSimplifiedValue[];

// 0 when `c` folds to itself, else 1 + its index in kFoldOffset/kFoldLength.
inline unsigned foldIndex(char32_t c)
{
    if (c >= kLimit)
        return 0;
    return kFoldStage2[(std::size_t(kFoldStage1[c >> kBlockBits]) << kBlockBits) | (c & ((1u << kBlockBits) - 1))];
}

// The Simplified form of `c`, or `c` itself.
inline char32_t simplified(char32_t c)
{
    if (c >= kLimit)
        return c;
    const unsigned i
        = kSimplifiedStage2[(std::size_t(kSimplifiedStage1[c >> kBlockBits]) << kBlockBits) | (c & ((1u << kBlockBits) - 1))];
    return i ? kSimplifiedValue[i - 1] : c;
}

} // namespace broadsheet::foldtable
