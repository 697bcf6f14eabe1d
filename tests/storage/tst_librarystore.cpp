// Tests for LibraryStore and LibraryWriter on real SQLite files: schema, round trips, queries,
// re-writes, replacement, continuation links, and concurrent reading.
#include "librarytestsupport.h"
#include "storage/migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace broadsheet;
using namespace broadsheet::testing;

class TestLibraryStore : public QObject {
    Q_OBJECT

private slots:
    void createsLibraryWithSettings();
    void articleRoundTrip();
    void browsingQueries();
    void unchangedAndReplaced();
    void linksContinuations_data();
    void linksContinuations();
    void relinksReplacedFragment();
    void unknownPaperAndUndated();
    void readOnlyNeverWrites();
    void readerDuringWrite();
    void integrityFindsBrokenInvariant();

private:
    LibraryStore openNew(const QTemporaryDir &dir, const QString &name = QStringLiteral("library.sqlite"))
    {
        Result<LibraryStore> store = LibraryStore::open(dir.filePath(name));
        if (!store)
            qFatal("open failed: %s", qPrintable(store.error()));
        return std::move(store.value());
    }
};

static Result<QString> pragma(LibraryStore &store, const char *sql)
{
    Result<Statement> st = store.database().prepare(sql);
    if (!st)
        return Error {st.error()};
    Result<bool> row = st->step();
    if (!row)
        return Error {row.error()};
    return st->text(0);
}

void TestLibraryStore::createsLibraryWithSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/library.sqlite"));
    Result<LibraryStore> store = LibraryStore::open(path);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error()));
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(store->schemaVersion(), currentSchemaVersion());
    QCOMPARE(pragma(store.value(), "PRAGMA journal_mode").value(), QStringLiteral("wal"));
    QCOMPARE(pragma(store.value(), "PRAGMA foreign_keys").value(), QStringLiteral("1"));
    QCOMPARE(pragma(store.value(), "PRAGMA encoding").value(), QStringLiteral("UTF-16be"));
    QCOMPARE(store->isEmpty().value(), true);
    // Opening again is a no-op on the schema.
    Result<LibraryStore> again = LibraryStore::open(path);
    QVERIFY(again.ok());
    QCOMPARE(again->schemaVersion(), currentSchemaVersion());
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".v1.backup")));
}

void TestLibraryStore::articleRoundTrip()
{
    QTemporaryDir dir;
    LibraryStore store = openNew(dir);
    Article full;
    full.kicker = QStringLiteral("中央首次召开社会工作会议,浙江如何落实部署——");
    full.headline = QStringLiteral("关爱新就业群体 培育基层治理力量");
    full.subheadline = QStringLiteral("副题");
    full.column = QStringLiteral("一线调查·人民建议");
    full.byline = QStringLiteral("本报记者 陆乐");
    full.dateline = QStringLiteral("本报杭州11月6日电");
    full.blocks = {Block {Block::Kind::Paragraph, QStringLiteral("11月5日至6日,中央社会工作部召开。")},
                   Block {Block::Kind::Subhead, QStringLiteral("小标题")},
                   Block {Block::Kind::Paragraph, QStringLiteral("第二段 with Latin 123 and ＡＢＣ")}};
    full.captions = {Caption {QStringLiteral("图为现场。"), QStringLiteral("本报记者 徐文迪 摄")},
                     Caption {QStringLiteral("无署名图片说明"), QString()}};
    full.continuesTo = 4;
    Article empty; // every optional field null, no blocks
    empty.headline = QString();
    const PageWriteResult w = writeOne(store, makePage(QStringLiteral("浙江日报"), QDate(2024, 11, 7), 1, {full, empty}, QStringLiteral("p1")));
    QCOMPARE(w.kind, PageWriteResult::Kind::Inserted);
    QCOMPARE(w.articles, 2);

    const QList<ArticleSummary> list = store.articles({}).value();
    QCOMPARE(list.size(), 2);
    const ArticleRecord back = store.article(list.at(0).id).value().value();
    QCOMPARE(back.article, full);
    QVERIFY(back.article.captions.at(1).credit.isNull());
    QVERIFY(back.article.subheadline == full.subheadline);
    QCOMPARE(back.paper, QStringLiteral("浙江日报"));
    QCOMPARE(back.date, QDate(2024, 11, 7));
    QCOMPARE(back.page, std::optional<int>(1));
    const ArticleRecord second = store.article(list.at(1).id).value().value();
    QCOMPARE(second.article, empty);
    QVERIFY(second.article.headline.isNull());
    QVERIFY(second.article.kicker.isNull());
    QVERIFY(!store.article(list.at(1).id + 1000).value().has_value());

    QCOMPARE(list.at(0).lead, full.blocks.first().text);
    const LibraryStats stats = store.stats().value();
    QCOMPARE(stats.papers, 1);
    QCOMPARE(stats.issues, 1);
    QCOMPARE(stats.pages, 1);
    QCOMPARE(stats.articles, 2);
    qint64 chars = 0;
    for (const QString &s : {full.kicker, full.headline, full.subheadline, full.column, full.byline, full.dateline})
        chars += s.size();
    for (const Block &b : full.blocks)
        chars += b.text.size();
    for (const Caption &c : full.captions)
        chars += c.text.size() + c.credit.size();
    QCOMPARE(stats.characters, chars);
    QCOMPARE(stats.bytes, qint64(2));
    QVERIFY(store.checkIntegrity().value().ok);
}

void TestLibraryStore::browsingQueries()
{
    QTemporaryDir dir;
    LibraryStore store = openNew(dir);
    const QString a = QStringLiteral("浙江日报"), b = QStringLiteral("人民日报");
    int key = 0;
    auto page = [&](const QString &paper, QDate date, int number, int articles) {
        QList<Article> list;
        for (int i = 0; i < articles; ++i)
            list.append(makeArticle(QStringLiteral("%1 %2 %3-%4").arg(paper, date.toString(Qt::ISODate)).arg(number).arg(i),
                                    {QStringLiteral("正文%1").arg(i)}));
        writeOne(store, makePage(paper, date, number, list, QString::number(++key)));
    };
    // Written out of order on purpose: the queries order.
    page(a, QDate(2024, 11, 7), 2, 2);
    page(a, QDate(2024, 11, 7), 1, 3);
    page(a, QDate(2023, 12, 31), 1, 1);
    page(a, QDate(2024, 2, 1), 1, 1);
    page(b, QDate(2025, 1, 2), 1, 1);

    const QList<PaperRecord> papers = store.papers().value();
    QCOMPARE(papers.size(), 2);
    QCOMPARE(papers.at(0).name, b); // 人 (U+4EBA) sorts before 浙 (U+6D59)
    QCOMPARE(papers.at(1).name, a);
    QCOMPARE(papers.at(1).issueCount, 3);
    QCOMPARE(papers.at(1).firstDate, QDate(2023, 12, 31));
    QCOMPARE(papers.at(1).lastDate, QDate(2024, 11, 7));
    QCOMPARE(store.paperByName(a).value()->id, papers.at(1).id);

    const QList<PeriodCount> years = store.years(papers.at(1).id).value();
    QCOMPARE(years.size(), 2);
    QCOMPARE(years.at(0).year, 2024);
    QCOMPARE(years.at(0).issueCount, 2);
    QCOMPARE(years.at(1).year, 2023);
    const QList<PeriodCount> months = store.months(papers.at(1).id, 2024).value();
    QCOMPARE(months.size(), 2);
    QCOMPARE(months.at(0).month, 2);
    QCOMPARE(months.at(1).month, 11);

    LibraryFilter ofA;
    ofA.paperName = a;
    const QList<IssueRecord> issues = store.issues(ofA).value();
    QCOMPARE(issues.size(), 3);
    QCOMPARE(issues.at(0).date, QDate(2023, 12, 31));
    QCOMPARE(issues.at(2).date, QDate(2024, 11, 7));
    QCOMPARE(issues.at(2).pageCount, 2);
    QCOMPARE(issues.at(2).articleCount, 5);
    LibraryFilter month = ofA;
    month.from = QDate(2024, 11, 1);
    month.to = QDate(2024, 11, 30);
    QCOMPARE(store.issues(month).value().size(), 1);
    LibraryFilter paged = ofA;
    paged.limit = 1;
    paged.offset = 1;
    QCOMPARE(store.issues(paged).value().at(0).date, QDate(2024, 2, 1));

    QCOMPARE(store.newestIssue().value()->date, QDate(2025, 1, 2));
    QCOMPARE(store.newestIssue(papers.at(1).id).value()->date, QDate(2024, 11, 7));
    const IssueRecord nov = issues.at(2);
    QCOMPARE(store.adjacentIssue(nov.id, -1).value()->date, QDate(2024, 2, 1));
    QVERIFY(!store.adjacentIssue(nov.id, +1).value().has_value());
    QCOMPARE(store.issueOf(a, QDate(2024, 2, 1)).value()->id, issues.at(1).id);
    QCOMPARE(store.issueDates(std::nullopt, QDate(2024, 1, 1), QDate(2025, 12, 31)).value(),
             (QList<QDate> {QDate(2024, 2, 1), QDate(2024, 11, 7), QDate(2025, 1, 2)}));

    LibraryFilter ofIssue;
    ofIssue.issueId = nov.id;
    const QList<PageRecord> pages = store.pages(ofIssue).value();
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).number, std::optional<int>(1));
    QCOMPARE(pages.at(0).articleCount, 3);
    QCOMPARE(store.adjacentPage(pages.at(0).id, +1).value()->id, pages.at(1).id);
    QVERIFY(!store.adjacentPage(pages.at(0).id, -1).value().has_value());

    LibraryFilter ofPage;
    ofPage.pageId = pages.at(0).id;
    const QList<ArticleSummary> onPage = store.articles(ofPage).value();
    QCOMPARE(onPage.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(onPage.at(i).ordinal, i);
    // Reading order runs across the pages of the issue, and stops at its ends.
    const qint64 lastOnFirst = onPage.at(2).id;
    const std::optional<qint64> next = store.adjacentArticle(lastOnFirst, +1).value();
    QVERIFY(next.has_value());
    QCOMPARE(store.article(*next).value()->page, std::optional<int>(2));
    QCOMPARE(store.adjacentArticle(*next, -1).value(), std::optional<qint64>(lastOnFirst));
    QVERIFY(!store.adjacentArticle(onPage.at(0).id, -1).value().has_value());

    LibraryFilter all;
    const QList<ArticleSummary> articles = store.articles(all).value();
    QCOMPARE(articles.size(), 8);
    QCOMPARE(articles.first().paper, b);
    QCOMPARE(articles.at(1).date, QDate(2023, 12, 31));
}

void TestLibraryStore::unchangedAndReplaced()
{
    QTemporaryDir dir;
    LibraryStore store = openNew(dir);
    const QDate day(2024, 11, 5);
    const PageToWrite first = makePage(QStringLiteral("浙江日报"), day, 3,
                                       {makeArticle(QStringLiteral("旧一"), {QStringLiteral("旧")}), makeArticle(QStringLiteral("旧二"), {})},
                                       QStringLiteral("old"));
    const PageWriteResult w1 = writeOne(store, first);
    QCOMPARE(w1.kind, PageWriteResult::Kind::Inserted);
    const QList<ArticleSummary> before = store.articles({}).value();
    QCOMPARE(before.size(), 2);

    // The same content again, even under another paper: nothing changes.
    PageToWrite again = first;
    again.page.paper = QStringLiteral("别的报");
    const PageWriteResult w2 = writeOne(store, again);
    QCOMPARE(w2.kind, PageWriteResult::Kind::Unchanged);
    QCOMPARE(w2.pageId, w1.pageId);
    QCOMPARE(store.articles({}).value().size(), 2);
    QCOMPARE(store.papers().value().size(), 1);

    // Changed content for the same paper, date and page replaces it: same page id, new articles.
    const PageToWrite changed = makePage(QStringLiteral("浙江日报"), day, 3, {makeArticle(QStringLiteral("新"), {QStringLiteral("新的正文")})},
                                         QStringLiteral("new"));
    const PageWriteResult w3 = writeOne(store, changed);
    QCOMPARE(w3.kind, PageWriteResult::Kind::Replaced);
    QCOMPARE(w3.pageId, w1.pageId);
    const QList<ArticleSummary> after = store.articles({}).value();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.at(0).headline, QStringLiteral("新"));
    for (const ArticleSummary &old : before)
        QVERIFY(!store.article(old.id).value().has_value());
    QVERIFY(after.at(0).id > before.last().id); // ids are never reused
    QCOMPARE(store.stats().value().pages, 1);
    QVERIFY(store.checkIntegrity().value().ok);

    // Deleting the page takes its articles along.
    LibraryWriter writer(store.database());
    QVERIFY(writer.deletePage(w1.pageId).ok());
    QCOMPARE(store.stats().value().articles, 0);
    QVERIFY(store.checkIntegrity().value().ok);
}

void TestLibraryStore::linksContinuations_data()
{
    QTest::addColumn<bool>("fragmentFirst");
    QTest::newRow("page 1 first") << false;
    QTest::newRow("page 4 first") << true;
}

void TestLibraryStore::linksContinuations()
{
    QFETCH(bool, fragmentFirst);
    QTemporaryDir dir;
    LibraryStore store = openNew(dir);
    const QString paper = QStringLiteral("云澜日报");
    const QDate day(2025, 3, 18);
    // Two articles of page 1 go on to page 4; page 4 has their two headless fragments, in order,
    // and an article of its own. A third jump points to page 6, which is not in the library.
    const PageToWrite p1 = makePage(paper, day, 1,
                                    {makeArticle(QStringLiteral("甲"), {QStringLiteral("甲上")}, {}, 4),
                                     makeArticle(QStringLiteral("乙"), {QStringLiteral("乙上")}, {}, 4),
                                     makeArticle(QStringLiteral("丙"), {QStringLiteral("丙上")}, {}, 6)},
                                    QStringLiteral("p1"));
    const PageToWrite p4 = makePage(paper, day, 4,
                                    {makeArticle(QStringLiteral("本版"), {QStringLiteral("本版正文")}),
                                     makeArticle(QString(), {QStringLiteral("甲下")}, 1),
                                     makeArticle(QString(), {QStringLiteral("乙下")}, 1)},
                                    QStringLiteral("p4"));
    // Another issue's page 4 with a matching jump must not be linked.
    const PageToWrite other = makePage(paper, day.addDays(1), 4, {makeArticle(QString(), {QStringLiteral("别期")}, 1)},
                                       QStringLiteral("other"));
    writeOne(store, other);
    if (fragmentFirst) {
        writeOne(store, p4);
        writeOne(store, p1);
    } else {
        writeOne(store, p1);
        writeOne(store, p4);
    }

    LibraryFilter issue;
    issue.paperName = paper;
    issue.from = issue.to = day;
    const QList<ArticleSummary> articles = store.articles(issue).value();
    QCOMPARE(articles.size(), 6);
    auto byHeadOrBody = [&](const QString &text) -> qint64 {
        for (const ArticleSummary &s : articles) {
            if (s.headline == text || s.lead == text)
                return s.id;
        }
        return -1;
    };
    const WholeArticle jia = store.wholeArticle(byHeadOrBody(QStringLiteral("甲"))).value();
    QCOMPARE(jia.parts.size(), 2);
    QCOMPARE(jia.parts.at(1).article.blocks.at(0).text, QStringLiteral("甲下"));
    QCOMPARE(jia.parts.at(1).page, std::optional<int>(4));
    // Asking for the fragment gives the same whole, head first.
    const WholeArticle fromFragment = store.wholeArticle(byHeadOrBody(QStringLiteral("乙下"))).value();
    QCOMPARE(fromFragment.parts.size(), 2);
    QCOMPARE(fromFragment.parts.at(0).article.headline, QStringLiteral("乙"));
    QCOMPARE(fromFragment.parts.at(0).nextPartId, std::optional<qint64>(fromFragment.parts.at(1).id));
    QCOMPARE(fromFragment.parts.at(1).previousPartId, std::optional<qint64>(fromFragment.parts.at(0).id));
    // Unmatched jumps stand alone.
    QCOMPARE(store.wholeArticle(byHeadOrBody(QStringLiteral("丙"))).value().parts.size(), 1);
    QCOMPARE(store.wholeArticle(byHeadOrBody(QStringLiteral("本版"))).value().parts.size(), 1);
    const qint64 otherIssueFragment = store.articles({}).value().constLast().id;
    QVERIFY(!store.article(otherIssueFragment).value()->previousPartId.has_value());
    QVERIFY(store.checkIntegrity().value().ok);
}

void TestLibraryStore::relinksReplacedFragment()
{
    QTemporaryDir dir;
    LibraryStore store = openNew(dir);
    const QDate day(2025, 3, 18);
    writeOne(store, makePage(QStringLiteral("报"), day, 1, {makeArticle(QStringLiteral("头"), {QStringLiteral("上")}, {}, 2)}, QStringLiteral("a")));
    writeOne(store, makePage(QStringLiteral("报"), day, 2, {makeArticle(QString(), {QStringLiteral("下 旧")}, 1)}, QStringLiteral("b")));
    const qint64 head = store.articles({}).value().first().id;
    QCOMPARE(store.wholeArticle(head).value().parts.size(), 2);
    // A corrected page 2 replaces the fragment; the head links to the new one.
    writeOne(store, makePage(QStringLiteral("报"), day, 2, {makeArticle(QString(), {QStringLiteral("下 新")}, 1)}, QStringLiteral("c")));
    const WholeArticle whole = store.wholeArticle(head).value();
    QCOMPARE(whole.parts.size(), 2);
    QCOMPARE(whole.parts.at(1).article.blocks.at(0).text, QStringLiteral("下 新"));
    QVERIFY(store.checkIntegrity().value().ok);
}

void TestLibraryStore::unknownPaperAndUndated()
{
    QTemporaryDir dir;
    LibraryStore store = openNew(dir);
    writeOne(store, makePage(QString(), QDate(), std::nullopt, {makeArticle(QStringLiteral("无名"), {QStringLiteral("x")})}, QStringLiteral("u")));
    writeOne(store, makePage(QString(), QDate(2024, 1, 2), 1, {makeArticle(QStringLiteral("有日期"), {QStringLiteral("y")})}, QStringLiteral("v")));
    const QList<PaperRecord> papers = store.papers().value();
    QCOMPARE(papers.size(), 1);
    QVERIFY(papers.at(0).name.isNull());
    QCOMPARE(papers.at(0).issueCount, 2);
    const QList<IssueRecord> issues = store.issues({}).value();
    QCOMPARE(issues.size(), 2);
    QVERIFY(!issues.at(0).date.isValid()); // undated first within the paper
    QVERIFY(issues.at(0).paper.isNull());
    QCOMPARE(store.newestIssue().value()->date, QDate(2024, 1, 2));
    LibraryFilter unknown;
    unknown.unknownPaperOnly = true;
    QCOMPARE(store.articles(unknown).value().size(), 2);
    const QList<PageRecord> pages = store.pages({}).value();
    QVERIFY(!pages.at(0).number.has_value());
}

void TestLibraryStore::readOnlyNeverWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("library.sqlite"));
    {
        LibraryStore store = openNew(dir);
        writeOne(store, makePage(QStringLiteral("报"), QDate(2024, 1, 1), 1, {makeArticle(QStringLiteral("标题"), {QStringLiteral("正文")})}, QStringLiteral("k")));
    }
    // The last connection closed: the WAL is checkpointed into the file and removed.
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    const QByteArray bytes = readAll(path);
    Result<LibraryStore> reader = LibraryStore::open(path, LibraryStore::Access::ReadOnly);
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error()));
    QVERIFY(reader->isReadOnly());
    QCOMPARE(reader->stats().value().articles, 1);
    // A write through a read-only connection fails with a sentence naming the file.
    LibraryWriter writer(reader->database());
    const Status del = writer.deletePage(1);
    QVERIFY(!del.ok());
    QVERIFY2(del.error().contains(path) && del.error().contains(QStringLiteral("read-only")), qPrintable(del.error()));
    reader = Error {QString()};
    QCOMPARE(readAll(path), bytes);

    const QString missing = dir.filePath(QStringLiteral("none.sqlite"));
    Result<LibraryStore> none = LibraryStore::open(missing, LibraryStore::Access::ReadOnly);
    QVERIFY(!none.ok());
    QVERIFY2(none.error().contains(missing), qPrintable(none.error()));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestLibraryStore::readerDuringWrite()
{
    QTemporaryDir dir;
    LibraryStore writerStore = openNew(dir);
    Result<LibraryStore> reader = LibraryStore::open(writerStore.path(), LibraryStore::Access::ReadOnly);
    QVERIFY(reader.ok());
    Database &db = writerStore.database();
    QVERIFY(db.begin().ok());
    LibraryWriter writer(db);
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(writer.writePage(makePage(QStringLiteral("报"), QDate(2024, 1, 1), i, {makeArticle(QStringLiteral("题%1").arg(i), {QStringLiteral("文")})},
                                          QString::number(i)))
                    .ok());
        // The reader is not blocked and sees only committed pages.
        const Result<LibraryStats> seen = reader->stats();
        QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error()));
        QCOMPARE(seen->pages, 0);
    }
    QVERIFY(db.commit().ok());
    QCOMPARE(reader->stats().value().pages, 3);
    QCOMPARE(reader->articles({}).value().size(), 3);
}

void TestLibraryStore::integrityFindsBrokenInvariant()
{
    QTemporaryDir dir;
    LibraryStore store = openNew(dir);
    writeOne(store, makePage(QStringLiteral("报"), QDate(2024, 1, 1), 1,
                             {makeArticle(QStringLiteral("一"), {QStringLiteral("a")}), makeArticle(QStringLiteral("二"), {QStringLiteral("b")})},
                             QStringLiteral("k")));
    QVERIFY(store.checkIntegrity().value().ok);
    // Simulate a half-written page (what the page transaction prevents): drop one article.
    QVERIFY(store.database().exec("DELETE FROM articles WHERE ordinal = 0").ok());
    const IntegrityReport report = store.checkIntegrity().value();
    QVERIFY(!report.ok);
    QVERIFY(report.problems.size() >= 1);
}

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
