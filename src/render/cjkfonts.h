// CjkFonts: finds the installed Chinese fonts (Noto CJK preferred) that documents and PDFs are set in.
#pragma once

#include "text/result.h"

#include <QString>
#include <QStringList>

namespace broadsheet {

// Needs a QGuiApplication (it asks QFontDatabase). The families lists always end with a generic
// family, so a document still finds some font; requireInstalled() is what PDF export checks.
class CjkFonts {
public:
    // Body and headline families, best first: Noto Serif CJK SC / Noto Sans CJK SC, then any other
    // installed family that covers Simplified Chinese.
    static QStringList serifFamilies();
    static QStringList sansFamilies();
    // The family a PDF will embed for the body, or an error telling the user what to install.
    static Result<QString> requireInstalled(bool serif);
};

} // namespace broadsheet
