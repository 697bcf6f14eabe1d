#include "widgets/preferences.h"

#include <QSettings>

#include <algorithm>

namespace broadsheet {

namespace {
const QString kFontSize = QStringLiteral("reader/fontSize");
const QString kSerif = QStringLiteral("reader/serif");
const QString kLineWidth = QStringLiteral("reader/lineWidth");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kLanguage = QStringLiteral("appearance/language");
} // namespace

Preferences Preferences::load(const QSettings &settings)
{
    Preferences p;
    // Clamped because the file is user-editable and a bad value must not make the text unreadable.
    p.fontSize = std::clamp(settings.value(kFontSize, p.fontSize).toInt(), kMinFontSize, kMaxFontSize);
    p.serif = settings.value(kSerif, p.serif).toBool();
    p.lineWidth = std::clamp(settings.value(kLineWidth, p.lineWidth).toInt(), kMinLineWidth, kMaxLineWidth);
    p.theme = themeFromKey(settings.value(kTheme).toString());
    p.language = settings.value(kLanguage).toString();
    return p;
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(kFontSize, fontSize);
    settings.setValue(kSerif, serif);
    settings.setValue(kLineWidth, lineWidth);
    settings.setValue(kTheme, themeKey(theme));
    settings.setValue(kLanguage, language);
}

QString Preferences::themeKey(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::Dark: return QStringLiteral("dark");
    case Theme::System: break;
    }
    return QStringLiteral("system");
}

Preferences::Theme Preferences::themeFromKey(const QString &key)
{
    if (key == QLatin1String("light"))
        return Theme::Light;
    if (key == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

} // namespace broadsheet
