#include "storage/librarywriter.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFileInfo>

namespace broadsheet {

namespace {

qint64 articleCharacters(const Article &a)
{
    qint64 n = a.kicker.size() + a.headline.size() + a.subheadline.size() + a.column.size() + a.byline.size()
        + a.dateline.size();
    for (const Block &b : a.blocks)
        n += b.text.size();
    for (const Caption &c : a.captions)
        n += c.text.size() + c.credit.size();
    return n;
}

// The page's place in its issue: its number, else (unnumbered) its file name, so a changed file
// replaces its older self and two unnumbered files never collide. Libraries written before the
// folder rule below hold only this form.
QString legacySlotOf(const Page &page)
{
    if (page.page)
        return QString::number(*page.page);
    return QStringLiteral("file:") + page.source;
}

// A page of an unknown paper or without a date lands in a catch-all issue shared by unrelated
// files, so there its place also names the folder it came from: x/notes.txt and y/notes.txt (or
// two "page 1" files of different folders) are two pages, while a re-import of the same file
// still replaces its older self.
QString slotOf(const Page &page, const QString &sourcePath)
{
    const QString slot = legacySlotOf(page);
    if (!page.paper.isEmpty() && page.date.isValid())
        return slot;
    return slot + QStringLiteral(" in ") + QFileInfo(sourcePath).absolutePath();
}

Result<std::optional<qint64>> singleId(Result<Statement *> &st)
{
    if (!st)
        return Error {st.error()};
    Result<bool> row = st.value()->step();
    if (!row)
        return Error {row.error()};
    if (!row.value())
        return std::optional<qint64>();
    return std::optional<qint64>(st.value()->int64(0));
}

Result<QList<qint64>> ids(Statement &st)
{
    QList<qint64> out;
    for (;;) {
        Result<bool> row = st.step();
        if (!row)
            return Error {row.error()};
        if (!row.value())
            break;
        out.append(st.int64(0));
    }
    return out;
}

} // namespace

LibraryWriter::LibraryWriter(Database &db) : m_db(db), m_search(db) { }

LibraryWriter::~LibraryWriter() = default;

Result<Statement *> LibraryWriter::statement(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        Result<Statement> prepared = m_db.prepare(sql);
        if (!prepared)
            return Error {prepared.error()};
        it = m_statements.emplace(sql, std::move(prepared.value())).first;
    }
    it->second.reset();
    return &it->second;
}

Result<std::optional<qint64>> LibraryWriter::pageWithHash(const QByteArray &contentHash)
{
    Result<Statement *> st = statement("SELECT id FROM pages WHERE content_hash = ?1 LIMIT 1");
    if (st)
        st.value()->bind(1, contentHash);
    return singleId(st);
}

Result<qint64> LibraryWriter::paperId(const QString &name)
{
    const QString key = name.isNull() ? QStringLiteral("") : name;
    Result<Statement *> find = statement("SELECT id FROM papers WHERE name = ?1");
    if (find)
        find.value()->bind(1, key);
    Result<std::optional<qint64>> found = singleId(find);
    if (!found)
        return Error {found.error()};
    if (found.value())
        return *found.value();
    Result<Statement *> insert = statement("INSERT INTO papers (name) VALUES (?1)");
    if (!insert)
        return Error {insert.error()};
    insert.value()->bind(1, key);
    if (Status s = insert.value()->exec(); !s)
        return Error {s.error()};
    return m_db.lastInsertId();
}

Result<qint64> LibraryWriter::issueId(qint64 paper, const QDate &date)
{
    const QString key = date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
    Result<Statement *> find = statement("SELECT id FROM issues WHERE paper_id = ?1 AND date = ?2");
    if (find)
        find.value()->bind(1, paper).bind(2, key);
    Result<std::optional<qint64>> found = singleId(find);
    if (!found)
        return Error {found.error()};
    if (found.value())
        return *found.value();
    Result<Statement *> insert = statement("INSERT INTO issues (paper_id, date) VALUES (?1, ?2)");
    if (!insert)
        return Error {insert.error()};
    insert.value()->bind(1, paper).bind(2, key);
    if (Status s = insert.value()->exec(); !s)
        return Error {s.error()};
    return m_db.lastInsertId();
}

Result<PageWriteResult> LibraryWriter::writePage(const PageToWrite &input)
{
    if (Status s = m_db.exec("SAVEPOINT write_page"); !s)
        return Error {s.error()};
    auto fail = [this](const QString &message) -> Result<PageWriteResult> {
        (void)m_db.exec("ROLLBACK TO write_page; RELEASE write_page");
        return Error {message};
    };

    Result<std::optional<qint64>> same = pageWithHash(input.contentHash);
    if (!same)
        return fail(same.error());
    if (same.value()) {
        if (Status s = m_db.exec("RELEASE write_page"); !s)
            return fail(s.error());
        PageWriteResult r;
        r.kind = PageWriteResult::Kind::Unchanged;
        r.pageId = *same.value();
        return r;
    }

    const Page &page = input.page;
    Result<qint64> paper = paperId(page.paper);
    if (!paper)
        return fail(paper.error());
    Result<qint64> issue = issueId(paper.value(), page.date);
    if (!issue)
        return fail(issue.error());
    const QString slot = slotOf(page, input.sourcePath);

    // The legacy form matches only the very file that wrote it, so an upgraded library neither
    // duplicates a re-imported page nor lets another folder's same-named file replace it.
    Result<Statement *> find = statement("SELECT id FROM pages WHERE issue_id = ?1 AND (slot = ?2 OR (slot = ?3 "
                                         "AND source_path = ?4)) ORDER BY slot = ?2 DESC LIMIT 1");
    if (find)
        find.value()->bind(1, issue.value()).bind(2, slot).bind(3, legacySlotOf(page)).bind(4, input.sourcePath);
    Result<std::optional<qint64>> existing = singleId(find);
    if (!existing)
        return fail(existing.error());

    qint64 characters = 0;
    for (const Article &a : page.articles)
        characters += articleCharacters(a);
    const QString warnings = page.warnings.isEmpty() ? QString() : page.warnings.join(QLatin1Char('\n'));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    PageWriteResult result;
    result.articles = int(page.articles.size());
    if (existing.value()) {
        result.kind = PageWriteResult::Kind::Replaced;
        result.pageId = *existing.value();
        if (Status s = deletePageArticles(result.pageId); !s)
            return fail(s.error());
        Result<Statement *> update = statement(
            "UPDATE pages SET number = ?2, source = ?3, source_path = ?4, encoding = ?5, content_hash = ?6, "
            "bytes = ?7, characters = ?8, warnings = ?9, import_id = ?10, imported_at = ?11, slot = ?12 WHERE id = ?1");
        if (!update)
            return fail(update.error());
        update.value()->bind(1, result.pageId).bind(2, page.page).bind(3, page.source).bind(4, input.sourcePath);
        update.value()->bind(5, page.encoding).bind(6, input.contentHash).bind(7, input.bytes).bind(8, characters);
        update.value()->bind(9, warnings).bind(10, input.importId).bind(11, now).bind(12, slot);
        if (Status s = update.value()->exec(); !s)
            return fail(s.error());
    } else {
        result.kind = PageWriteResult::Kind::Inserted;
        Result<Statement *> insert = statement(
            "INSERT INTO pages (issue_id, number, slot, source, source_path, encoding, content_hash, bytes, "
            "characters, warnings, import_id, imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        if (!insert)
            return fail(insert.error());
        insert.value()->bind(1, issue.value()).bind(2, page.page).bind(3, slot).bind(4, page.source);
        insert.value()->bind(5, input.sourcePath).bind(6, page.encoding).bind(7, input.contentHash).bind(8, input.bytes);
        insert.value()->bind(9, characters).bind(10, warnings).bind(11, input.importId).bind(12, now);
        if (Status s = insert.value()->exec(); !s)
            return fail(s.error());
        result.pageId = m_db.lastInsertId();
    }

    if (Status s = insertArticles(result.pageId, page.articles); !s)
        return fail(s.error());
    if (Status s = linkContinuations(result.pageId, issue.value(), page.page); !s)
        return fail(s.error());
    if (Status s = m_db.exec("RELEASE write_page"); !s)
        return fail(s.error());
    return result;
}

Status LibraryWriter::deletePage(qint64 pageId)
{
    return inTransaction(m_db, [&]() -> Status {
        if (Status s = deletePageArticles(pageId); !s)
            return s;
        Result<Statement *> del = statement("DELETE FROM pages WHERE id = ?1");
        if (!del)
            return Error {del.error()};
        del.value()->bind(1, pageId);
        return del.value()->exec();
    });
}

// Where articles enter the library. The search index adds its rows here, in the same transaction
// (it reads the ids back in ordinal order: SELECT id FROM articles WHERE page_id = ? ORDER BY ordinal).
Status LibraryWriter::insertArticles(qint64 pageId, const QList<Article> &articles)
{
    Result<Statement *> article = statement(
        "INSERT INTO articles (page_id, ordinal, kicker, headline, subheadline, column_label, byline, dateline, "
        "continued_from, continues_to, characters) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!article)
        return Error {article.error()};
    Result<Statement *> block = statement("INSERT INTO blocks (article_id, ordinal, kind, text) VALUES (?1, ?2, ?3, ?4)");
    if (!block)
        return Error {block.error()};
    Result<Statement *> caption = statement(
        "INSERT INTO captions (article_id, ordinal, text, credit) VALUES (?1, ?2, ?3, ?4)");
    if (!caption)
        return Error {caption.error()};

    int ordinal = 0;
    for (const Article &a : articles) {
        article.value()->bind(1, pageId).bind(2, ordinal++).bind(3, a.kicker).bind(4, a.headline).bind(5, a.subheadline);
        article.value()->bind(6, a.column).bind(7, a.byline).bind(8, a.dateline).bind(9, a.continuedFrom);
        article.value()->bind(10, a.continuesTo).bind(11, articleCharacters(a));
        if (Status s = article.value()->exec(); !s)
            return s;
        const qint64 articleId = m_db.lastInsertId();
        if (Status s = m_search.addArticle(articleId, a); !s)
            return s;
        int n = 0;
        for (const Block &b : a.blocks) {
            block.value()->bind(1, articleId).bind(2, n++).bind(3, b.kind == Block::Kind::Subhead ? 1 : 0).bind(4, b.text);
            if (Status s = block.value()->exec(); !s)
                return s;
        }
        n = 0;
        for (const Caption &c : a.captions) {
            caption.value()->bind(1, articleId).bind(2, n++).bind(3, c.text).bind(4, c.credit);
            if (Status s = caption.value()->exec(); !s)
                return s;
        }
    }
    return success();
}

// Where articles leave the library (a replaced or deleted page). Blocks, captions and links go
// with them (ON DELETE CASCADE); the search index removes its rows here, before the DELETE, while
// the articles can still be read.
Status LibraryWriter::deletePageArticles(qint64 pageId)
{
    if (Status s = m_search.removePageArticles(pageId); !s)
        return s;
    Result<Statement *> del = statement("DELETE FROM articles WHERE page_id = ?1");
    if (!del)
        return Error {del.error()};
    del.value()->bind(1, pageId);
    return del.value()->exec();
}

// Pairs the unlinked parts on `fromPage` that go on to `toNumber` with the unlinked parts on
// `toPage` that come from `fromNumber`, in reading order (headless fragments first on the target
// page, since a continuation normally has no headline of its own).
Status LibraryWriter::linkPages(qint64 fromPage, int fromNumber, qint64 toPage, int toNumber)
{
    Result<Statement *> sources = statement(
        "SELECT id FROM articles WHERE page_id = ?1 AND continues_to = ?2 "
        "AND NOT EXISTS (SELECT 1 FROM continuations c WHERE c.from_article = articles.id) ORDER BY ordinal");
    if (!sources)
        return Error {sources.error()};
    sources.value()->bind(1, fromPage).bind(2, toNumber);
    Result<QList<qint64>> from = ids(*sources.value());
    if (!from)
        return Error {from.error()};
    if (from->isEmpty())
        return success();
    Result<Statement *> targets = statement(
        "SELECT id FROM articles WHERE page_id = ?1 AND continued_from = ?2 "
        "AND NOT EXISTS (SELECT 1 FROM continuations c WHERE c.to_article = articles.id) "
        "ORDER BY headline IS NOT NULL, ordinal");
    if (!targets)
        return Error {targets.error()};
    targets.value()->bind(1, toPage).bind(2, fromNumber);
    Result<QList<qint64>> to = ids(*targets.value());
    if (!to)
        return Error {to.error()};
    Result<Statement *> link = statement("INSERT INTO continuations (from_article, to_article) VALUES (?1, ?2)");
    if (!link)
        return Error {link.error()};
    for (qsizetype i = 0; i < from->size() && i < to->size(); ++i) {
        link.value()->bind(1, from->at(i)).bind(2, to->at(i));
        if (Status s = link.value()->exec(); !s)
            return s;
    }
    return success();
}

Status LibraryWriter::linkContinuations(qint64 pageId, qint64 issue, std::optional<int> number)
{
    if (!number)
        return success(); // jump lines name page numbers; an unnumbered page cannot be found by one
    // The other pages of the issue this page's articles point to, or that point to this page.
    Result<Statement *> others = statement(
        "SELECT p.id, p.number FROM pages p WHERE p.issue_id = ?1 AND p.id <> ?2 AND p.number IN ("
        "  SELECT continues_to FROM articles WHERE page_id = ?2 AND continues_to IS NOT NULL"
        "  UNION SELECT continued_from FROM articles WHERE page_id = ?2 AND continued_from IS NOT NULL)");
    if (!others)
        return Error {others.error()};
    others.value()->bind(1, issue).bind(2, pageId);
    QList<std::pair<qint64, int>> pages;
    for (;;) {
        Result<bool> row = others.value()->step();
        if (!row)
            return Error {row.error()};
        if (!row.value())
            break;
        pages.append({others.value()->int64(0), others.value()->int32(1)});
    }
    for (const auto &[otherId, otherNumber] : pages) {
        if (Status s = linkPages(pageId, *number, otherId, otherNumber); !s)
            return s;
        if (Status s = linkPages(otherId, otherNumber, pageId, *number); !s)
            return s;
    }
    return success();
}

} // namespace broadsheet
