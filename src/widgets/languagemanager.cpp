#include "widgets/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace broadsheet {

LanguageManager::~LanguageManager()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")};
}

QString LanguageManager::systemLanguage(const QLocale &locale)
{
    if (locale.language() == QLocale::Chinese) {
        // Taiwan, Hong Kong and Macau read Traditional characters; the script says so most reliably.
        if (locale.script() == QLocale::TraditionalChineseScript || locale.territory() == QLocale::Taiwan
            || locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macau)
            return QStringLiteral("zh_TW");
        return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

void LanguageManager::setLanguage(const QString &language)
{
    const QString resolved = available().contains(language) ? language : systemLanguage();
    if (resolved == m_current)
        return;
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = m_appTranslator.load(QStringLiteral(":/i18n/broadsheet_%1.qm").arg(resolved))
                     && QCoreApplication::installTranslator(&m_appTranslator);
    // Qt's own strings (dialog buttons, context menus) come from the system's Qt translations.
    m_qtInstalled = m_qtTranslator.load(QStringLiteral("qtbase_%1").arg(resolved),
                                        QLibraryInfo::path(QLibraryInfo::TranslationsPath))
                    && QCoreApplication::installTranslator(&m_qtTranslator);
    // Dates and month names in the views follow the interface language, not the system's.
    QLocale::setDefault(QLocale(resolved));
    m_current = resolved;
}

} // namespace broadsheet
