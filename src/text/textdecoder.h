// TextDecoder: turns the bytes of a page file into text, detecting and validating its encoding.
#pragma once

#include "text/result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace broadsheet {

struct DecodedText {
    QString text;      // line endings normalised to \n, byte order marks (U+FEFF) removed everywhere
    QString encoding;  // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", …
};

// Decodes `bytes`: a BOM wins (UTF-8, UTF-16LE/BE, UTF-32LE/BE); otherwise strict UTF-8, then
// UTF-16 without a BOM only where the zero bytes and the decoded text leave no doubt, then the
// encodings a Chinese newspaper dump plausibly uses (GB18030, which covers GBK/GB2312, and Big5),
// each validated by a strict conversion that also refuses private-use output; ICU's charset
// detector decides when both convert cleanly (very short Big5 texts may then read as GB18030).
// Input with NUL bytes or other binary content, or that no candidate decodes cleanly, is an error
// naming `displayName` and the byte offset of the first bad byte. Empty input decodes to an empty
// text as "UTF-8". Linear in the input size.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &displayName);

// Encodes `text` as `encoding` (an ICU converter name: "GB18030", "Big5", "UTF-16LE", …), failing on
// the first character the encoding cannot represent. For tests and tools that need legacy bytes.
Result<QByteArray> encodeText(QStringView text, const QString &encoding);

} // namespace broadsheet
