// Helpers for the library tests: pages built in code, and folders of page files built from the demo issue.
#pragma once

#include "core/article.h"
#include "storage/database.h"
#include "storage/librarystore.h"
#include "storage/librarywriter.h"
#include "text/textdecoder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

namespace broadsheet::testing {

inline Article makeArticle(const QString &headline, const QStringList &paragraphs, std::optional<int> continuedFrom = {},
                           std::optional<int> continuesTo = {})
{
    Article a;
    a.headline = headline;
    for (const QString &p : paragraphs)
        a.blocks.append(Block {Block::Kind::Paragraph, p});
    a.continuedFrom = continuedFrom;
    a.continuesTo = continuesTo;
    return a;
}

inline PageToWrite makePage(const QString &paper, const QDate &date, std::optional<int> number, const QList<Article> &articles,
                            const QString &contentKey)
{
    PageToWrite w;
    w.page.paper = paper;
    w.page.date = date;
    w.page.page = number;
    w.page.source = number ? QStringLiteral("%1.txt").arg(*number, 2, 10, QLatin1Char('0')) : QStringLiteral("page.txt");
    w.page.encoding = QStringLiteral("UTF-8");
    w.page.articles = articles;
    w.sourcePath = QStringLiteral("/in/") + w.page.source;
    w.contentHash = QCryptographicHash::hash(contentKey.toUtf8(), QCryptographicHash::Sha1);
    w.bytes = contentKey.toUtf8().size();
    return w;
}

// Writes `page` in its own transaction and returns what happened.
inline PageWriteResult writeOne(LibraryStore &store, const PageToWrite &page)
{
    Database &db = store.database();
    if (const Status begun = db.begin(); !begun)
        qFatal("begin failed: %s", qPrintable(begun.error()));
    LibraryWriter writer(db);
    Result<PageWriteResult> r = writer.writePage(page);
    if (!r) {
        db.rollback();
        qFatal("writePage failed: %s", qPrintable(r.error()));
    }
    const Status committed = db.commit();
    if (!committed)
        qFatal("commit failed: %s", qPrintable(committed.error()));
    return r.value();
}

inline QString demoIssueDir()
{
    return QStringLiteral(BROADSHEET_DEMO_DIR "/云澜日报/2025-03-18");
}

inline QStringList demoPageFiles()
{
    const QDir dir(demoIssueDir());
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

// A demo page's text as UTF-8 (one of the demo pages is GB18030 on purpose), or empty.
inline QByteArray demoPageUtf8(int index)
{
    const QStringList files = demoPageFiles();
    if (index >= files.size())
        return {};
    Result<DecodedText> text = decodeText(readAll(files.at(index)), files.at(index));
    return text ? text->text.toUtf8() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A folder of `days` issues of paper `paper` under `root` (<paper>/<date>/<NN>.txt), each page one
// of the demo pages with a paragraph naming its day appended, so every page has its own content.
// Returns the number of pages written (0 when the demo issue is missing).
inline int writeDemoCorpus(const QString &root, const QString &paper, int days)
{
    const QStringList demo = demoPageFiles();
    if (demo.isEmpty())
        return 0;
    QList<QByteArray> pages;
    for (const QString &f : demo) {
        // As UTF-8, so that the appended paragraph matches the page's encoding.
        Result<DecodedText> text = decodeText(readAll(f), f);
        if (!text)
            return -1;
        pages.append(text->text.toUtf8());
    }
    int written = 0;
    const QDate first(2024, 1, 1);
    for (int d = 0; d < days; ++d) {
        const QDate date = first.addDays(d);
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const QByteArray extra = QStringLiteral("\n\n本报综合消息，%1第%2版编排完毕。\n").arg(date.toString(Qt::ISODate)).arg(p + 1).toUtf8();
            const QString path = QStringLiteral("%1/%2/%3/%4.txt").arg(root, paper, date.toString(Qt::ISODate)).arg(p + 1, 2, 10, QLatin1Char('0'));
            if (!writeFile(path, pages.at(p) + extra))
                return -1;
            ++written;
        }
    }
    return written;
}

} // namespace broadsheet::testing
