#include "render/cjkfonts.h"

#include <QCoreApplication>
#include <QFontDatabase>

namespace broadsheet {

namespace {

QStringList chineseFamilies()
{
    return QFontDatabase::families(QFontDatabase::SimplifiedChinese);
}

QStringList pick(const QStringList &preferred, const QString &generic)
{
    const QStringList installed = chineseFamilies();
    QStringList list;
    for (const QString &f : preferred) {
        if (installed.contains(f))
            list << f;
    }
    for (const QString &f : installed) {
        if (!list.contains(f) && !f.contains(QLatin1String("Mono"), Qt::CaseInsensitive))
            list << f;
        if (list.size() >= 3)
            break;
    }
    list << generic;
    return list;
}

} // namespace

QStringList CjkFonts::serifFamilies()
{
    return pick({QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
                 QStringLiteral("Noto Serif CJK TC"), QStringLiteral("AR PL UMing CN")},
                QStringLiteral("serif"));
}

QStringList CjkFonts::sansFamilies()
{
    return pick({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                 QStringLiteral("Noto Sans CJK TC"), QStringLiteral("WenQuanYi Zen Hei"),
                 QStringLiteral("WenQuanYi Micro Hei")},
                QStringLiteral("sans-serif"));
}

Result<QString> CjkFonts::requireInstalled(bool serif)
{
    const QStringList installed = chineseFamilies();
    if (installed.isEmpty()) {
        return Error {QCoreApplication::translate(
            "broadsheet::CjkFonts",
            "No Chinese font is installed, so the PDF would show empty boxes instead of characters. "
            "Install the Noto CJK fonts (on Debian or Ubuntu: sudo apt install fonts-noto-cjk) and "
            "export again.")};
    }
    const QStringList families = serif ? serifFamilies() : sansFamilies();
    return families.first();
}

} // namespace broadsheet
