// LanguageManager: loads the built-in translation for the chosen UI language and switches it live.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace broadsheet {

class LanguageManager {
public:
    LanguageManager() = default;
    ~LanguageManager();
    LanguageManager(const LanguageManager &) = delete;
    LanguageManager &operator=(const LanguageManager &) = delete;

    // The languages built into the binary, as locale names ("zh_CN", "zh_TW", "en").
    static QStringList available();
    // The language that an empty choice (follow the system) resolves to for this locale.
    static QString systemLanguage(const QLocale &locale = QLocale::system());

    // Installs the translation for language (empty: follow the system). Widgets receive a
    // QEvent::LanguageChange and retranslate themselves.
    void setLanguage(const QString &language);
    QString currentLanguage() const { return m_current; }

private:
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
    QString m_current;
};

} // namespace broadsheet
