// PdfTextRepair: corrects the ToUnicode maps of Qt's PDFs so copied and extracted CJK text is what was set.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QSet>
#include <QString>
#include <QStringList>

namespace broadsheet {

// Qt maps each glyph of a PDF font back to the lowest code point the font assigns to that glyph.
// Noto CJK SC draws 日 and the Kangxi radical ⽇ (U+2F47), 民 and ⺠ (U+2EA0), 户 and 戶 with one
// glyph each, and sets "——" as one two-em-dash glyph (U+2E3A) and "ff" as one ﬀ; copied, searched or pdftotext'ed
// text would come out with radicals, traditional forms and odd dashes. Knowing the text that was
// set, this rewrites each such entry to the character of the text that the glyph was drawn for
// (keeping the PDF's cross-reference table right).
class PdfTextRepair {
public:
    // `families`: the font families the document was set in; `text`: everything drawn.
    PdfTextRepair(const QStringList &families, const QString &text);

    // `pdf` with its ToUnicode entries corrected. Anything it does not recognise as a Qt-written
    // PDF is returned unchanged.
    QByteArray repair(const QByteArray &pdf) const;

    // The text a ToUnicode entry of code point `c` should have; null when it is right as it is.
    QString replacementFor(char32_t c) const;

private:
    QSet<char32_t> m_used;
    QList<QRawFont> m_fonts;
    QList<QHash<quint32, char32_t>> m_usedByGlyph; // per font: glyph -> the used character drawn with it
};
} // namespace broadsheet
