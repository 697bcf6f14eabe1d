// collectImportSources(): the command line's files, folders and globs as a list of page sources.
#include "storage/importer.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace broadsheet {

namespace {

const QStringList &pageFilePatterns()
{
    static const QStringList patterns = {QStringLiteral("*.txt"), QStringLiteral("*.TXT"), QStringLiteral("*.md")};
    return patterns;
}

bool hasWildcard(const QString &text)
{
    return text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('?')) || text.contains(QLatin1Char('['));
}

} // namespace

CollectedSources collectImportSources(const QStringList &arguments)
{
    CollectedSources out;
    QSet<QString> seen;
    auto add = [&](const QString &path) {
        // Resource paths (":/…") have no canonical form; files on disk are deduplicated by it.
        const QString key = path.startsWith(QLatin1Char(':')) ? path : QFileInfo(path).canonicalFilePath();
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            out.sources.append(ImportSource::file(path));
        }
    };
    auto addFolder = [&](const QString &folder) {
        QStringList files;
        QDirIterator it(folder, pageFilePatterns(), QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            // A folder's README or notes are about the pages, not pages.
            if (!it.fileName().startsWith(QLatin1String("README"), Qt::CaseInsensitive))
                files.append(f);
        }
        std::sort(files.begin(), files.end());
        if (files.isEmpty())
            out.problems.append(QStringLiteral("%1: the folder holds no page files (*.txt, *.md).").arg(QDir::toNativeSeparators(folder)));
        for (const QString &f : files)
            add(f);
    };

    for (const QString &argument : arguments) {
        const QFileInfo info(argument);
        if (info.isDir()) {
            addFolder(argument);
        } else if (info.exists()) {
            if (!info.isReadable())
                out.problems.append(QStringLiteral("%1: the file cannot be read (permissions).").arg(QDir::toNativeSeparators(argument)));
            else
                add(argument);
        } else if (hasWildcard(info.fileName())) {
            // A glob the shell did not expand (quoted, or on a shell without globbing).
            const QDir dir = info.dir();
            QStringList matches = dir.entryList({info.fileName()}, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
            if (matches.isEmpty())
                out.problems.append(QStringLiteral("%1: no file matches.").arg(QDir::toNativeSeparators(argument)));
            for (const QString &m : matches) {
                const QString path = dir.filePath(m);
                if (QFileInfo(path).isDir())
                    addFolder(path);
                else
                    add(path);
            }
        } else {
            out.problems.append(QStringLiteral("%1: no such file or folder.").arg(QDir::toNativeSeparators(argument)));
        }
    }
    return out;
}

} // namespace broadsheet
