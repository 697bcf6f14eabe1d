// ByteScan: single-pass checks over raw page bytes (UTF-8 validity, binary content), internal to bs_text.
#pragma once

#include <QtGlobal>

namespace broadsheet::bytescan {

struct Utf8Scan {
    qsizetype firstInvalid = -1; // byte offset of the first byte that starts no valid sequence
    qsizetype invalidCount = 0;  // bytes that start no valid sequence
    qsizetype multibyteCount = 0; // valid sequences of 2-4 bytes
};

// Strict UTF-8 (no overlongs, surrogates or code points past U+10FFFF), scanning on after errors
// so that "mostly UTF-8 with a bad byte" can be told from text in another encoding.
Utf8Scan scanUtf8(const char *data, qsizetype size);

struct ControlScan {
    qsizetype firstNul = -1;
    qsizetype firstControl = -1; // a C0 control other than tab, LF, VT, FF, CR, or DEL
    qsizetype controlCount = 0;
};

// C0 controls and NULs. Valid in every encoding we read except UTF-16/32, whose code units hold
// zero bytes: no GB18030 or Big5 trail byte is below 0x30, so a control byte is a control.
ControlScan scanControls(const char *data, qsizetype size);

// True when so many control bytes appear that the data is not text.
inline bool tooManyControls(qsizetype controls, qsizetype size) { return controls > 0 && controls * 50 >= size; }

} // namespace broadsheet::bytescan
