// bench_search: search latency (count, top 20 with snippets, newest 20), index size and build rate
// on a library imported from a gencorpus corpus, against grep -F -c and an FTS5 trigram index.
#include "articlepool.h"
#include "core/searchquery.h"
#include "corpuswriter.h"
#include "storage/database.h"
#include "storage/ftstokenizer.h"
#include "storage/importer.h"
#include "storage/librarystore.h"
#include "storage/searcharticletext.h"
#include "storage/searchengine.h"
#include "storage/searchindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace broadsheet;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

double mb(qint64 bytes) { return double(bytes) / 1e6; }

struct Latency {
    QList<double> ms;
    void add(double v) { ms.append(v); }
    double at(double q) const
    {
        if (ms.isEmpty())
            return 0;
        QList<double> s = ms;
        std::sort(s.begin(), s.end());
        return s[std::min<qsizetype>(s.size() - 1, qsizetype(q * double(s.size())))];
    }
    QString line(const QString &label) const
    {
        return QStringLiteral("  %1: p50 %2 ms, p99 %3 ms, max %4 ms (%5 queries)")
            .arg(label, -28)
            .arg(at(0.50), 0, 'f', 2)
            .arg(at(0.99), 0, 'f', 2)
            .arg(at(1.0), 0, 'f', 2)
            .arg(ms.size());
    }
};

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

Result<qint64> scalar(Database &db, const char *sql) { return db.queryInt64(sql); }

// Queries of varied length and frequency: fixed ones, then substrings drawn (with a fixed seed)
// from the library's own text, then phrases, OR, exclusions, title: and filters built on them.
QStringList makeQueries(Database &db, int sampled, const QString &somePaper, const QDate &someDate)
{
    QStringList q = {
        QStringLiteral("的"), QStringLiteral("中"), QStringLiteral("浙"), QStringLiteral("鑫"),
        QStringLiteral("中国"), QStringLiteral("发展"), QStringLiteral("社会"), QStringLiteral("书记"),
        QStringLiteral("湾区"), QStringLiteral("神舟"), QStringLiteral("社会工作"), QStringLiteral("社會工作"),
        QStringLiteral("总书记"), QStringLiteral("大湾区"), QStringLiteral("高质量发展"), QStringLiteral("新时代"),
        QStringLiteral("技能大赛"), QStringLiteral("\"技能 大赛\""), QStringLiteral("title:李强"),
        QStringLiteral("-工会 社会"), QStringLiteral("浙江 OR 杭州"), QStringLiteral("2024年"), QStringLiteral("11月"),
        QStringLiteral("ＣＯＶＩＤ"), QStringLiteral("5G"), QStringLiteral("app*"), QStringLiteral("共同富裕"),
        QStringLiteral("乡村振兴 浙江"), QStringLiteral("\"社会 工作\" 浙江"), QStringLiteral("人工智能"),
        QStringLiteral("不存在的词语组合"), QStringLiteral("习近平 title:会见"),
    };
    const QString month = someDate.isValid() ? someDate.toString(QStringLiteral("yyyy-MM")) : QStringLiteral("2024-03");
    q << QStringLiteral("发展 date:%1").arg(month) << QStringLiteral("经济 page:1")
      << QStringLiteral("工作 paper:\"%1\"").arg(somePaper)
      << QStringLiteral("date:%1 page:2").arg(someDate.toString(Qt::ISODate))
      << QStringLiteral("社会 date:%1..%2").arg(someDate.addDays(-30).toString(Qt::ISODate), someDate.toString(Qt::ISODate));

    QRandomGenerator rng(42);
    const qint64 maxId = scalar(db, "SELECT max(id) FROM articles").value();
    Result<Statement> st = db.prepare("SELECT text FROM blocks WHERE article_id = ?1 ORDER BY ordinal LIMIT 1");
    QStringList drawn;
    while (drawn.size() < sampled && maxId > 0) {
        st->bind(1, qint64(1 + rng.bounded(quint64(maxId))));
        Result<bool> row = st->step();
        if (!row || !row.value())
            continue;
        const QString text = st->text(0);
        if (text.size() < 10)
            continue;
        const int length = 1 + int(rng.bounded(6)); // 1–6 characters
        const int start = int(rng.bounded(int(text.size()) - length));
        const QString piece = text.mid(start, length);
        bool clean = true;
        for (QChar c : piece)
            clean = clean && (c.isLetterOrNumber());
        if (clean)
            drawn.append(piece);
    }
    q += drawn;
    // Compound queries from the drawn terms.
    for (int i = 0; i + 1 < drawn.size() && i < 40; i += 2) {
        switch (i % 8) {
        case 0: q << QStringLiteral("\"%1 %2\"").arg(drawn[i], drawn[i + 1]); break;
        case 2: q << QStringLiteral("%1 OR %2").arg(drawn[i], drawn[i + 1]); break;
        case 4: q << QStringLiteral("%1 -%2").arg(drawn[i], drawn[i + 1]); break;
        default: q << QStringLiteral("title:%1 date:%2").arg(drawn[i], month); break;
        }
    }
    return q;
}

// The queries an FTS5 trigram index can answer by itself: one plain term of 3+ characters.
bool trigramCan(const QString &text)
{
    return text.size() >= 3 && !text.contains(QLatin1Char(':')) && !text.contains(QLatin1Char('-'))
        && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('*')) && !text.contains(QLatin1Char(' '));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds (or reuses) a library from a gencorpus corpus and measures search: p50/p99 of the total count, "
        "the top 20 by relevance with snippets, and the newest 20, over 200+ fixed queries; index size over "
        "text size; index build MB/s; and, in the same run, grep -F -c over the raw files and an FTS5 "
        "trigram index."));
    parser.addHelpOption();
    const QCommandLineOption workOption(QStringLiteral("work"),
        QStringLiteral("Folder for the corpus and the libraries (kept, so later runs reuse them)."), QStringLiteral("dir"),
        QStringLiteral("/tmp/bench_search"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"),
        QStringLiteral("Corpus folder (default WORK/corpus); generated when empty or absent."), QStringLiteral("dir"));
    const QCommandLineOption mbOption(QStringLiteral("mb"), QStringLiteral("MiB to generate (default 100)."),
        QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Generator seed (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption queriesOption(QStringLiteral("sampled"),
        QStringLiteral("Substrings drawn from the corpus on top of the fixed queries (default 180)."),
        QStringLiteral("N"), QStringLiteral("180"));
    const QCommandLineOption grepOption(QStringLiteral("grep-queries"),
        QStringLiteral("How many of the queries grep -F -c runs (default 20; each reads every file)."),
        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption noTrigramOption(QStringLiteral("no-trigram"), QStringLiteral("Skip the trigram baseline."));
    const QCommandLineOption optimizeOption(QStringLiteral("optimize"),
        QStringLiteral("Merge the index into one segment (FTS5 'optimize') before measuring."));
    const QCommandLineOption noRebuildOption(QStringLiteral("no-rebuild"),
        QStringLiteral("Skip measuring the index build rate (a full re-index)."));
    const QCommandLineOption configOption(QStringLiteral("fts-config"),
        QStringLiteral("Set an FTS5 option of the index before the re-index, e.g. automerge=8 (repeatable)."),
        QStringLiteral("name=value"));
    parser.addOptions({workOption, corpusOption, mbOption, seedOption, queriesOption, grepOption, noTrigramOption,
                       optimizeOption, noRebuildOption, configOption});
    parser.process(app);

    const QString work = parser.value(workOption);
    QDir().mkpath(work);
    const QString corpus = parser.isSet(corpusOption) ? parser.value(corpusOption) : work + QStringLiteral("/corpus");
    if (!QDir(corpus).exists() || QDir(corpus).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        QStringList from = {QStringLiteral(BROADSHEET_DEMO_DIR)};
        if (QFileInfo(QStringLiteral(BROADSHEET_SAMPLES_DIR)).isDir())
            from << QStringLiteral(BROADSHEET_SAMPLES_DIR);
        const Result<ArticlePool> pool = ArticlePool::load(from);
        if (!pool) {
            say(pool.error());
            return 1;
        }
        CorpusOptions options;
        options.outDir = corpus;
        options.targetBytes = qint64(parser.value(mbOption).toDouble() * 1048576.0);
        options.seed = parser.value(seedOption).toULongLong();
        const Result<CorpusStats> stats = CorpusWriter(pool.value(), options).run();
        if (!stats) {
            say(stats.error());
            return 1;
        }
        say(QStringLiteral("generated %1 MB of pages into %2").arg(mb(stats->bytes), 0, 'f', 1).arg(corpus));
    }
    qint64 rawBytes = 0, files = 0;
    for (QDirIterator it(corpus, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        it.next();
        rawBytes += it.fileInfo().size();
        ++files;
    }
    say(QStringLiteral("corpus: %1 (%2 files, %3 MB raw)").arg(corpus).arg(files).arg(mb(rawBytes), 0, 'f', 1));

    // ---- the library: import (with the index, in the same transactions) ------------------------------
    const QString libraryPath = work + QStringLiteral("/library.sqlite");
    if (!QFileInfo::exists(libraryPath)) {
        Importer importer(libraryPath);
        QElapsedTimer t;
        t.start();
        Result<ImportSummary> summary = importer.run(collectImportSources({corpus}).sources);
        if (!summary) {
            say(summary.error());
            return 1;
        }
        const double s = double(t.elapsed()) / 1000.0;
        say(QStringLiteral("import with search index: %1 pages, %2 articles in %3 s = %4 MB/s of raw text end to end")
                .arg(summary->imported).arg(summary->articles).arg(s, 0, 'f', 1).arg(mb(rawBytes) / s, 0, 'f', 1));
    }
    Result<LibraryStore> store = LibraryStore::open(libraryPath);
    if (!store) {
        say(store.error());
        return 1;
    }
    Database &db = store->database();
    const qint64 articles = scalar(db, "SELECT count(*) FROM articles").value();
    // The text the index holds, in UTF-8 as the tokenizer reads it (the library stores UTF-16, whose
    // byte count would understate CJK text by a third).
    qint64 textBytes = 0;
    (void)forEachStoredArticle(db, std::nullopt, [&textBytes](qint64, const Article &a) {
        const SearchIndex::Columns c = SearchIndex::columnsOf(a);
        for (const QString *column : {&c.body, &c.headline, &c.deck, &c.captions, &c.byline})
            textBytes += column->toUtf8().size();
        return true;
    });
    say(QStringLiteral("library: %1 articles, %2 MB of article text (UTF-8, every indexed field), file %3 MB")
            .arg(articles).arg(mb(textBytes), 0, 'f', 1).arg(mb(QFileInfo(libraryPath).size()), 0, 'f', 1));

    for (const QString &setting : parser.values(configOption)) {
        Result<Statement> st = db.prepare("INSERT INTO article_fts (article_fts, rank) VALUES (?1, ?2)");
        st->bind(1, setting.section(QLatin1Char('='), 0, 0)).bind(2, setting.section(QLatin1Char('='), 1).toLongLong());
        const Status set = st->exec();
        say(QStringLiteral("FTS5 option %1: %2").arg(setting, set.ok() ? QStringLiteral("set") : set.error()));
    }
    // ---- index build rate: re-index everything in one transaction ------------------------------------
    if (!parser.isSet(noRebuildOption)) {
        // What bounds it: reading the articles back, and the tokenizer alone (folding included).
        qint64 tokens = 0;
        double readMs = 0, tokenizeMs = 0;
        QElapsedTimer total;
        total.start();
        (void)forEachStoredArticle(db, std::nullopt, [&](qint64, const Article &a) {
            const SearchIndex::Columns c = SearchIndex::columnsOf(a);
            QElapsedTimer t;
            t.start();
            for (const QString *column : {&c.body, &c.headline, &c.deck, &c.captions, &c.byline}) {
                const QByteArray utf8 = column->toUtf8();
                FtsTokenizer::tokenize(utf8.constData(), int(utf8.size()), &tokens,
                                       [](void *n, const char *, int, int, int, int, int) {
                                           ++*static_cast<qint64 *>(n);
                                           return 0;
                                       });
            }
            tokenizeMs += double(t.nsecsElapsed()) / 1e6;
            return true;
        });
        readMs = double(total.nsecsElapsed()) / 1e6 - tokenizeMs;
        say(QStringLiteral("  reading every article back: %1 s; tokenizing it (fold included): %2 s = %3 MB/s, "
                           "%4 tokens (%5 per KB of text)")
                .arg(readMs / 1000, 0, 'f', 1).arg(tokenizeMs / 1000, 0, 'f', 1)
                .arg(mb(textBytes) / (tokenizeMs / 1000), 0, 'f', 1).arg(tokens)
                .arg(double(tokens) / (double(textBytes) / 1000), 0, 'f', 0));
        QElapsedTimer t;
        t.start();
        const Status rebuilt = inTransaction(db, [&]() { return SearchIndex::rebuild(db); });
        const double s = double(t.elapsed()) / 1000.0;
        if (!rebuilt) {
            say(rebuilt.error());
            return 1;
        }
        say(QStringLiteral("index build (re-index of every article, reading it back from the library): %1 s = "
                           "%2 MB/s of article text, %3 MB/s of raw corpus")
                .arg(s, 0, 'f', 1).arg(mb(textBytes) / s, 0, 'f', 1).arg(mb(rawBytes) / s, 0, 'f', 1));
    }
    if (parser.isSet(optimizeOption)) {
        const double ms = timeMs([&] { (void)db.exec("INSERT INTO article_fts (article_fts) VALUES ('optimize');"
                                                 "INSERT INTO article_chars (article_chars) VALUES ('optimize');"
                                                 "INSERT INTO article_heads (article_heads) VALUES ('optimize')"); });
        say(QStringLiteral("optimize: %1 s").arg(ms / 1000.0, 0, 'f', 1));
    }
    (void)db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    // The words table, and the two character tables that answer one-character terms.
    auto tableBytes = [&db](const char *prefix) {
        const QByteArray like = QByteArray(prefix) + "%";
        Result<qint64> bytes = scalar(db, QByteArray("SELECT sum(pgsize) FROM dbstat WHERE name LIKE '" + like + "'").constData());
        if (!bytes)
            bytes = scalar(db, QByteArray("SELECT sum(length(block)) FROM " + QByteArray(prefix) + "_data").constData());
        return bytes ? bytes.value() : 0;
    };
    const qint64 wordsBytes = tableBytes("article_fts");
    const qint64 charsBytes = tableBytes("article_chars") + tableBytes("article_heads");
    const Result<qint64> indexBytes = wordsBytes + charsBytes;
    say(QStringLiteral("index size: words table %1 MB + character tables %2 MB")
            .arg(mb(wordsBytes), 0, 'f', 1).arg(mb(charsBytes), 0, 'f', 1));
    say(QStringLiteral("index size: %1 MB = %2 x article text, %3 x raw corpus")
            .arg(mb(indexBytes.value()), 0, 'f', 1)
            .arg(double(indexBytes.value()) / double(textBytes), 0, 'f', 2)
            .arg(double(indexBytes.value()) / double(rawBytes), 0, 'f', 2));

    // ---- queries ---------------------------------------------------------------------------------------
    Result<QList<PaperRecord>> papers = store->papers();
    const QString somePaper = papers && !papers->isEmpty() ? papers->first().name : QString();
    Result<std::optional<IssueRecord>> newest = store->newestIssue();
    const QDate someDate = newest && newest.value() ? newest.value()->date : QDate();
    const QStringList queries = makeQueries(db, parser.value(queriesOption).toInt(), somePaper, someDate);
    say(QStringLiteral("%1 queries, e.g. %2").arg(queries.size()).arg(queries.mid(0, 12).join(QStringLiteral(" | "))));

    SearchEngine engine(db);
    SearchOptions top;
    top.countTotal = false;
    SearchOptions newestOptions = top;
    newestOptions.sort = SearchOptions::Sort::Date;
    // Warm the page cache the way a running application has it.
    for (const QString &q : queries)
        (void)engine.count(SearchQuery::parse(q));
    Latency count, best, recent;
    Latency countSubset, bestSubset; // on the queries the trigram baseline runs
    QList<std::pair<double, QString>> slowest, slowestSubset;
    qint64 totalHits = 0;
    for (const QString &text : queries) {
        const SearchQuery q = SearchQuery::parse(text);
        qint64 n = 0;
        const double c = timeMs([&] { n = engine.count(q).value(); });
        count.add(c);
        totalHits += n;
        const double b = timeMs([&] { (void)engine.search(q, top); });
        best.add(b);
        const double r = timeMs([&] { (void)engine.search(q, newestOptions); });
        recent.add(r);
        if (trigramCan(text)) {
            countSubset.add(c);
            bestSubset.add(b);
        }
        slowest.append({std::max({c, b, r}), QStringLiteral("%1 (%2 hits: count %3, top %4, newest %5 ms)")
                                                  .arg(text).arg(n).arg(c, 0, 'f', 1).arg(b, 0, 'f', 1).arg(r, 0, 'f', 1)});
        if (trigramCan(text))
            slowestSubset.append(slowest.last());
    }
    say(QStringLiteral("search (%1 articles; %2 hits per query on average):").arg(articles).arg(totalHits / queries.size()));
    say(count.line(QStringLiteral("total count")));
    say(best.line(QStringLiteral("top 20 by relevance + snippets")));
    say(recent.line(QStringLiteral("newest 20 + snippets")));
    say(QStringLiteral("  on the plain 3+ character terms only (what the trigram baseline below can run):"));
    say(countSubset.line(QStringLiteral("total count")));
    say(bestSubset.line(QStringLiteral("top 20 by relevance + snippets")));
    for (auto *list : {&slowest, &slowestSubset}) {
        std::sort(list->begin(), list->end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        say(list == &slowest ? QStringLiteral("  slowest:") : QStringLiteral("  slowest plain 3+ character terms:"));
        for (int i = 0; i < 5 && i < list->size(); ++i)
            say(QStringLiteral("    ") + list->at(i).second);
    }
    // What sets each p99: the queries over the target of each measure.
    for (const auto &[what, target, latency] : {std::tuple {QStringLiteral("count"), 20.0, &count},
                                                std::tuple {QStringLiteral("top 20"), 50.0, &best}}) {
        QStringList over;
        for (qsizetype i = 0; i < latency->ms.size(); ++i) {
            if (latency->ms[i] > target)
                over.append(QStringLiteral("%1 (%2 ms)").arg(queries[i]).arg(latency->ms[i], 0, 'f', 1));
        }
        say(QStringLiteral("  %1 over %2 ms: %3 of %4 queries%5").arg(what).arg(target).arg(over.size())
                .arg(queries.size()).arg(over.isEmpty() ? QString() : QStringLiteral(": ") + over.join(QStringLiteral(", "))));
    }

    // ---- baseline: grep -F -c over the raw files -------------------------------------------------------
    {
        Latency grep;
        const int n = std::min<int>(parser.value(grepOption).toInt(), int(queries.size()));
        for (int i = 0; i < n; ++i) {
            QString term = queries[i];
            term.remove(QLatin1Char('"'));
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            grep.add(timeMs([&] {
                p.start(QStringLiteral("grep"), {QStringLiteral("-F"), QStringLiteral("-c"), QStringLiteral("-r"), term, corpus});
                p.waitForFinished(-1);
            }));
        }
        say(QStringLiteral("baseline grep -F -c -r over %1 MB of raw files (first %2 queries, as plain strings):")
                .arg(mb(rawBytes), 0, 'f', 1).arg(n));
        say(grep.line(QStringLiteral("grep -F -c")));
    }

    // ---- baseline: an FTS5 trigram index over the same article text -----------------------------------
    if (!parser.isSet(noTrigramOption)) {
        const QString trigramPath = work + QStringLiteral("/trigram.sqlite");
        QFile::remove(trigramPath);
        QFile::remove(trigramPath + QStringLiteral("-wal"));
        Result<Database> tri = Database::open(trigramPath, Database::Mode::ReadWrite);
        if (!tri) {
            say(tri.error());
            return 1;
        }
        (void)tri->exec("CREATE VIRTUAL TABLE t USING fts5(body, headline, deck, captions, byline, content = '', "
                        "tokenize = 'trigram')");
        Result<Statement> insert = tri->prepare(
            "INSERT INTO t (rowid, body, headline, deck, captions, byline) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        QElapsedTimer t;
        t.start();
        (void)tri->begin();
        (void)forEachStoredArticle(db, std::nullopt, [&](qint64 id, const Article &a) {
            const SearchIndex::Columns c = SearchIndex::columnsOf(a);
            insert->bind(1, id).bind(2, c.body).bind(3, c.headline).bind(4, c.deck).bind(5, c.captions).bind(6, c.byline);
            (void)insert->exec();
            return true;
        });
        (void)tri->commit();
        const double s = double(t.elapsed()) / 1000.0;
        (void)tri->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const qint64 size = scalar(tri.value(), "SELECT sum(pgsize) FROM dbstat WHERE name LIKE 't_%'").value();
        say(QStringLiteral("baseline FTS5 trigram index (no folding): built in %1 s = %2 MB/s; %3 MB = %4 x article text")
                .arg(s, 0, 'f', 1).arg(mb(textBytes) / s, 0, 'f', 1).arg(mb(size), 0, 'f', 1)
                .arg(double(size) / double(textBytes), 0, 'f', 2));
        Result<Statement> triCount = tri->prepare("SELECT count(*) FROM t WHERE t MATCH ?1");
        Result<Statement> triTop = tri->prepare("SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY bm25(t) LIMIT 20");
        Latency tc, tt;
        int skipped = 0;
        for (const QString &text : queries) {
            // Plain terms of 3+ characters only: trigram cannot index shorter ones.
            if (!trigramCan(text)) {
                ++skipped;
                continue;
            }
            const QString quoted = QLatin1Char('"') + text + QLatin1Char('"');
            triCount->bind(1, quoted);
            tc.add(timeMs([&] { (void)triCount->step(); }));
            triTop->bind(1, quoted);
            tt.add(timeMs([&] {
                for (;;) {
                    Result<bool> row = triTop->step();
                    if (!row || !row.value())
                        break;
                }
            }));
        }
        say(QStringLiteral("  (%1 queries shorter than 3 characters or with operators skipped)").arg(skipped));
        say(tc.line(QStringLiteral("trigram count")));
        say(tt.line(QStringLiteral("trigram top 20 (no snippets)")));
    }
    return 0;
}
