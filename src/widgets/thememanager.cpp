#include "widgets/thememanager.h"

#include <QApplication>
#include <QFile>
#include <QStyle>
#include <QStyleFactory>

namespace broadsheet {

namespace {

QString loadStyleSheet(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

ThemeManager::ThemeManager(QApplication &app) : m_app(app), m_systemPalette(app.palette())
{
    // Fusion draws our palettes faithfully on every platform; native styles ignore parts of them.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        m_app.setStyle(fusion);
}

void ThemeManager::apply(Preferences::Theme theme)
{
    Preferences::Theme effective = theme;
    if (theme == Preferences::Theme::System) {
        // Qt 6.4 has no colour-scheme hint; a dark platform palette is the signal the desktop gives.
        effective = m_systemPalette.color(QPalette::Window).lightness() < 128 ? Preferences::Theme::Dark
                                                                              : Preferences::Theme::Light;
    }
    m_effective = effective;
    const bool dark = effective == Preferences::Theme::Dark;
    m_app.setPalette(dark ? darkPalette() : lightPalette());
    m_app.setStyleSheet(loadStyleSheet(dark ? QStringLiteral(":/styles/dark.qss")
                                            : QStringLiteral(":/styles/light.qss")));
}

QPalette ThemeManager::lightPalette()
{
    QPalette p;
    const QColor paper(0xfb, 0xf8, 0xf1);
    const QColor ink(0x22, 0x1f, 0x1a);
    p.setColor(QPalette::Window, QColor(0xf1, 0xed, 0xe4));
    p.setColor(QPalette::WindowText, ink);
    p.setColor(QPalette::Base, paper);
    p.setColor(QPalette::AlternateBase, QColor(0xf4, 0xef, 0xe4));
    p.setColor(QPalette::Text, ink);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x82, 0x74));
    p.setColor(QPalette::Button, QColor(0xec, 0xe7, 0xdc));
    p.setColor(QPalette::ButtonText, ink);
    p.setColor(QPalette::Highlight, QColor(0x9c, 0x2a, 0x22));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x9c, 0x2a, 0x22));
    p.setColor(QPalette::LinkVisited, QColor(0x6d, 0x3b, 0x2f));
    p.setColor(QPalette::ToolTipBase, paper);
    p.setColor(QPalette::ToolTipText, ink);
    p.setColor(QPalette::Mid, QColor(0xc9, 0xc1, 0xb1));
    p.setColor(QPalette::Dark, QColor(0xa8, 0x9f, 0x8e));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x93, 0x86));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x93, 0x86));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x93, 0x86));
    return p;
}

QPalette ThemeManager::darkPalette()
{
    QPalette p;
    const QColor paper(0x1e, 0x1d, 0x1b);
    const QColor ink(0xe6, 0xe1, 0xd6);
    p.setColor(QPalette::Window, QColor(0x2a, 0x28, 0x25));
    p.setColor(QPalette::WindowText, ink);
    p.setColor(QPalette::Base, paper);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x24, 0x21));
    p.setColor(QPalette::Text, ink);
    p.setColor(QPalette::PlaceholderText, QColor(0x8d, 0x87, 0x7c));
    p.setColor(QPalette::Button, QColor(0x34, 0x32, 0x2e));
    p.setColor(QPalette::ButtonText, ink);
    p.setColor(QPalette::Highlight, QColor(0xc8, 0x5a, 0x4a));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0xf0, 0x8c, 0x78));
    p.setColor(QPalette::LinkVisited, QColor(0xd0, 0x9a, 0x8c));
    p.setColor(QPalette::ToolTipBase, QColor(0x34, 0x32, 0x2e));
    p.setColor(QPalette::ToolTipText, ink);
    p.setColor(QPalette::Light, QColor(0x4a, 0x47, 0x42));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x3b, 0x37));
    p.setColor(QPalette::Mid, QColor(0x55, 0x51, 0x4b));
    p.setColor(QPalette::Dark, QColor(0x18, 0x17, 0x15));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0b));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x76, 0x71, 0x68));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x76, 0x71, 0x68));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x76, 0x71, 0x68));
    return p;
}

} // namespace broadsheet
