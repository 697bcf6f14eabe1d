// Preferences: the reader's choices of type, theme, line width and language, kept in QSettings.
#pragma once

#include <QString>

class QSettings;

namespace broadsheet {

struct Preferences {
    enum class Theme { System, Light, Dark };

    static constexpr int kMinFontSize = 9;
    static constexpr int kMaxFontSize = 36;
    static constexpr int kDefaultFontSize = 15;
    static constexpr int kMinLineWidth = 20;  // characters per line
    static constexpr int kMaxLineWidth = 80;

    int fontSize = kDefaultFontSize;  // body text, in points
    bool serif = true;                // Song/Ming body face, or a sans (Hei) face
    Theme theme = Theme::System;
    int lineWidth = 36;               // the reader column's measure, in CJK characters
    QString language;                 // "zh_CN", "zh_TW", "en"; empty follows the system

    bool operator==(const Preferences &) const = default;

    static Preferences load(const QSettings &settings);
    void save(QSettings &settings) const;

    static QString themeKey(Theme theme);
    static Theme themeFromKey(const QString &key);
};

} // namespace broadsheet
