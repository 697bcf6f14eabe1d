#include "text/textdecoder.h"

namespace broadsheet {

// Interim: strict UTF-8 only (the text layer's helper replaces this with ICU detection).
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &displayName)
{
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    QString text = QString::fromUtf8(data);
    if (text.contains(QChar::ReplacementCharacter))
        return Error { QStringLiteral("%1 is not valid UTF-8.").arg(displayName) };
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return DecodedText { text, QStringLiteral("UTF-8") };
}

} // namespace broadsheet
