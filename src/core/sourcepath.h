// SourcePath: what a page file's path tells about its paper, date and page number.
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace broadsheet {

struct SourcePathInfo {
    QString paper;            // null when the path does not tell
    QDate date;               // invalid when the path does not tell
    std::optional<int> page;
};

// Reads the layouts `<paper>/<YYYY-MM-DD>/<page>.txt`, `<paper>/<YYYY>/<MM>/<DD>/<page>.txt`
// (also YYYYMMDD folders) and file names like `04.txt`, `p04`, `page4`, `第4版`, `第四版`, `A04`,
// `人民日报_2024-11-12_04.txt`. A page number is taken only when the whole file name (without its
// extension) or a delimited token of it is a page pattern and the other tokens are a paper name
// or a date: `002_40c3902e21c9d35c.txt` (a number then a hash) tells nothing. Works on Qt
// resource paths (":/samples/…") and on both separators.
SourcePathInfo inferFromSourcePath(const QString &path);

// The page number in a file stem or token like "04", "p4", "第四版", "A04"; nullopt otherwise.
std::optional<int> parsePageToken(const QString &token);

} // namespace broadsheet
