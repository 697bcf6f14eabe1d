// ThemeManager: applies the light, dark or system look (palette and style sheet) to the application.
#pragma once

#include "widgets/preferences.h"

#include <QPalette>

class QApplication;

namespace broadsheet {

class ThemeManager {
public:
    // Remembers the platform's own palette so that "system" can return to it later.
    explicit ThemeManager(QApplication &app);

    void apply(Preferences::Theme theme);
    // The theme in effect: System resolves to Light or Dark by the platform palette.
    Preferences::Theme effectiveTheme() const { return m_effective; }
    bool isDark() const { return m_effective == Preferences::Theme::Dark; }

    static QPalette lightPalette();
    static QPalette darkPalette();

private:
    QApplication &m_app;
    QPalette m_systemPalette;
    Preferences::Theme m_effective = Preferences::Theme::Light;
};

} // namespace broadsheet
