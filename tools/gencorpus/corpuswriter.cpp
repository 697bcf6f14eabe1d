#include "corpuswriter.h"

#include "articlemutator.h"
#include "fictionnames.h"
#include "pagerenderer.h"
#include "rng.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QStringEncoder>

namespace broadsheet {

namespace {

// Most pages are UTF-8; the rest are the other encodings and line endings that dumps come in.
QByteArray encodePage(const QString &text, Rng &rng)
{
    const int roll = rng.range(0, 99);
    if (roll < 5) {
        QStringEncoder gb("GB18030");
        if (gb.isValid()) {
            QByteArray bytes = gb.encode(text);
            if (!gb.hasError())
                return bytes;
        }
    } else if (roll < 9) {
        QString crlf = text;
        crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        return crlf.toUtf8();
    } else if (roll < 11) {
        return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    } else if (roll < 12) {
        QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        return utf16.encode(text);
    }
    return text.toUtf8();
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return Error { QStringLiteral(
            "Cannot write %1: %2. Check that the output folder is writable and the disk "
            "has room.")
                           .arg(path, file.errorString()) };
    return success();
}

} // namespace

Result<CorpusStats> CorpusWriter::run(const std::function<void(const CorpusStats &)> &progress) const
{
    const QStringList allPapers = fictionalPapers();
    const QStringList papers = allPapers.mid(0, qBound(1, m_options.papers, int(allPapers.size())));
    const ArticleMutator mutator(m_pool);
    const PageRenderer renderer;
    Rng rng(m_options.seed);
    CorpusStats stats;
    QDate date = m_options.firstDate;

    while (stats.bytes < m_options.targetBytes) {
        for (const QString &paper : papers) {
            if (stats.bytes >= m_options.targetBytes)
                break;
            const QString issueDir
                = QStringLiteral("%1/%2/%3")
                      .arg(m_options.outDir, paper, date.toString(QStringLiteral("yyyy-MM-dd")));
            if (!QDir().mkpath(issueDir))
                return Error { QStringLiteral(
                    "Cannot create the folder %1. Check that the output folder is writable.")
                                   .arg(issueDir) };
            const int pages = rng.range(4, 8);
            QMap<int, QList<GenArticle>> continuations; // by the page they go to
            for (int page = 1; page <= pages; ++page) {
                const int targetChars = rng.range(2000, 6000); // about 6-18 KB of UTF-8
                QStringList units;
                int chars = 0;
                int placed = 0;
                const QList<GenArticle> arriving = continuations.take(page);
                const bool arrivingFirst = rng.chance(0.7);
                auto placeArriving = [&] {
                    for (const GenArticle &c : arriving) {
                        const qsizetype before = units.size();
                        renderer.render(c, rng, units);
                        for (qsizetype u = before; u < units.size(); ++u)
                            chars += int(units.at(u).size());
                        ++stats.articles;
                    }
                };
                if (arrivingFirst)
                    placeArriving();
                while (chars < targetChars) {
                    GenArticle article = mutator.make(rng, date);
                    if (page < pages && article.kind == GenArticle::Kind::Regular
                        && article.blocks.size() >= 3 && rng.chance(0.12)) {
                        const int to = rng.range(page + 1, pages);
                        continuations[to].append(ArticleMutator::splitForJump(article, rng, page, to));
                        ++stats.jumps;
                    }
                    const qsizetype before = units.size();
                    renderer.render(article, rng, units);
                    for (qsizetype u = before; u < units.size(); ++u)
                        chars += int(units.at(u).size());
                    ++stats.articles;
                    if (++placed == 1 && !arrivingFirst)
                        placeArriving();
                }
                const QString text = QString(rng.range(0, 3), QLatin1Char('\n'))
                    + units.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
                const QByteArray bytes = encodePage(text, rng);
                const QString path
                    = QStringLiteral("%1/%2.txt").arg(issueDir).arg(page, 2, 10, QLatin1Char('0'));
                if (const Status written = writeFile(path, bytes); !written)
                    return Error { written.error() };
                stats.bytes += bytes.size();
                ++stats.files;
            }
            ++stats.issues;
            if (progress)
                progress(stats);
        }
        date = date.addDays(1);
    }
    return stats;
}

} // namespace broadsheet
