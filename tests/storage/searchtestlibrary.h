// Search test library: writes hand-made or generated pages into a real library file for the search suites.
#pragma once

#include "core/article.h"
#include "storage/database.h"
#include "storage/librarystore.h"
#include "storage/librarywriter.h"

#include <QCryptographicHash>
#include <QTest>

namespace broadsheet::testing {

struct TestPage {
    QString paper;
    QDate date;
    std::optional<int> number;
    QList<Article> articles;
};

inline Article makeArticle(const QString &headline, const QStringList &paragraphs, const QString &kicker = {},
                           const QList<Caption> &captions = {}, const QString &byline = {})
{
    Article a;
    a.headline = headline;
    a.kicker = kicker;
    a.byline = byline;
    for (const QString &p : paragraphs)
        a.blocks.append({Block::Kind::Paragraph, p});
    a.captions = captions;
    return a;
}

// Writes `pages` in one transaction; returns false (after a QWARN) when anything failed.
inline bool writePages(LibraryStore &store, const QList<TestPage> &pages)
{
    Database &db = store.database();
    LibraryWriter writer(db);
    if (Status s = db.begin(); !s) {
        qWarning("%s", qPrintable(s.error()));
        return false;
    }
    for (const TestPage &p : pages) {
        PageToWrite input;
        input.page.paper = p.paper;
        input.page.date = p.date;
        input.page.page = p.number;
        input.page.articles = p.articles;
        input.page.source = QStringLiteral("%1.txt").arg(p.number.value_or(0));
        input.page.encoding = QStringLiteral("UTF-8");
        QByteArray identity = p.paper.toUtf8() + p.date.toString().toUtf8() + QByteArray::number(p.number.value_or(0));
        for (const Article &a : p.articles) {
            identity += a.headline.toUtf8();
            for (const Block &b : a.blocks)
                identity += b.text.toUtf8();
        }
        input.sourcePath = QStringLiteral("/test/%1/%2/%3.txt").arg(p.paper, p.date.toString(Qt::ISODate)).arg(p.number.value_or(0));
        input.contentHash = QCryptographicHash::hash(identity, QCryptographicHash::Sha1);
        input.bytes = identity.size();
        Result<PageWriteResult> written = writer.writePage(input);
        if (!written) {
            qWarning("%s", qPrintable(written.error()));
            db.rollback();
            return false;
        }
    }
    if (Status s = db.commit(); !s) {
        qWarning("%s", qPrintable(s.error()));
        return false;
    }
    return true;
}

} // namespace broadsheet::testing
