// Tests SearchEngine on a real library file: each grammar form and filter, ranking, sorting,
// pagination, snippets and highlights, cancelling, index upkeep on replace and re-index on open.
#include "searchtestlibrary.h"

#include "core/searchquery.h"
#include "storage/database.h"
#include "storage/searchengine.h"
#include "storage/searchindex.h"
#include "text/textfold.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

using namespace broadsheet;
using namespace broadsheet::testing;

namespace {

// The corpus: headlines name the articles, so the tests can say which ones they expect.
QList<TestPage> corpus()
{
    const QDate nov5(2024, 11, 5), nov6(2024, 11, 6), oct30(2024, 10, 30);
    return {
        {QStringLiteral("浙江日报"), nov5, 1, {
             makeArticle(QStringLiteral("李强会见哈萨克斯坦总统"),
                         {QStringLiteral("国务院总理李强11月4日在北京会见哈萨克斯坦总统。双方表示继续合作。")}),
             makeArticle(QStringLiteral("职工技能大赛开赛"),
                         {QStringLiteral("浙江省职工技能大赛实操比赛近日开赛，选手来自全省各地。")},
                         QStringLiteral("培育工匠人才")),
         }},
        {QStringLiteral("浙江日报"), nov6, 2, {
             makeArticle(QStringLiteral("神舟十八号乘组平安返回"),
                         {QStringLiteral("神舟十八号载人飞船返回舱成功着陆，工会代表前往祝贺。")}),
             makeArticle(QStringLiteral("工会服务新就业群体"),
                         {QStringLiteral("总工会开展社会工作，关爱快递员。COVID-19 防控经验也被提及。")},
                         {}, {{QStringLiteral("社會工作者在社区服务"), QStringLiteral("本报记者 徐文迪 摄")}},
                         QStringLiteral("本报记者 陆乐")),
         }},
        {QStringLiteral("人民日报"), oct30, 1, {
             makeArticle(QStringLiteral("中央社会工作会议召开"),
                         {QStringLiteral("中央社会工作部负责同志介绍情况。李强出席。Zhejiang apple 5G"),
                          QStringLiteral("会议强调，要做好社会工作。")}),
         }},
    };
}

class Fixture {
public:
    Fixture()
    {
        m_store = std::make_unique<Result<LibraryStore>>(LibraryStore::open(m_dir.filePath(QStringLiteral("l.sqlite"))));
    }
    bool ok() const { return m_store->ok(); }
    LibraryStore &store() { return m_store->value(); }
    QString path() const { return m_dir.filePath(QStringLiteral("l.sqlite")); }
    void close() { m_store.reset(); }
    void reopen(const std::function<bool(qint64, qint64)> &progress = {})
    {
        m_store = std::make_unique<Result<LibraryStore>>(LibraryStore::open(path(), LibraryStore::Access::ReadWrite, progress));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Result<LibraryStore>> m_store;
};

// The headlines of the hits, in order.
QStringList headlines(LibraryStore &store, const QString &query, SearchOptions options = {})
{
    SearchEngine engine(store.database());
    Result<SearchResults> r = engine.search(SearchQuery::parse(query), options);
    if (!r) {
        qWarning("%s: %s", qPrintable(query), qPrintable(r.error()));
        return {QStringLiteral("ERROR")};
    }
    QStringList out;
    for (const SearchHit &h : r->hits)
        out.append(h.headline);
    if (options.offset == 0 && r->total != out.size() && options.limit >= 20)
        out.append(QStringLiteral("total=%1").arg(r->total));
    return out;
}

QSet<QString> headlineSet(LibraryStore &store, const QString &query)
{
    const QStringList list = headlines(store, query);
    return QSet<QString>(list.begin(), list.end());
}

// Every occurrence of `needle` in `text`, by plain substring search.
QList<TextRange> occurrences(const QString &text, const QString &needle)
{
    QList<TextRange> out;
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
        out.append({int(at), int(needle.size())});
    return out;
}

// Ranges sorted and joined where they overlap or touch, as the highlighter reports them.
QList<TextRange> mergedRanges(QList<TextRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    QList<TextRange> out;
    for (const TextRange &r : ranges) {
        if (!out.isEmpty() && r.start <= out.last().end())
            out.last().length = std::max(out.last().end(), r.end()) - out.last().start;
        else
            out.append(r);
    }
    return out;
}

// The snippet window the highlighter promises, chosen the slow, obvious way: every match as the
// anchor a quarter of the width in, every match checked against it, most distinct terms then most
// matches, the earliest window on a tie.
int bruteForceWindow(const QList<QList<TextRange>> &perTerm, int length, int width)
{
    QList<std::pair<TextRange, int>> all;
    for (int t = 0; t < perTerm.size(); ++t) {
        for (const TextRange &r : perTerm[t])
            all.append({r, t});
    }
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first.start < b.first.start; });
    int best = 0, bestScore = -1;
    for (const auto &[anchor, term] : all) {
        const int s = std::min(std::max(0, anchor.start - width / 4), std::max(0, length - width));
        QSet<int> terms;
        int inside = 0;
        for (const auto &[r, t] : all) {
            if (r.start >= s && r.end() <= s + width) {
                terms.insert(t);
                ++inside;
            }
        }
        const int score = int(terms.size()) * 1000 + inside;
        if (score > bestScore) {
            bestScore = score;
            best = s;
        }
    }
    return best;
}

} // namespace

class TestSearchEngine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void termsAreAnded();
    void foldingFindsTraditionalAndWidth();
    void phrases();
    void orAndExclusion();
    void titleOnly();
    void prefixOnlyForLatin();
    void filters();
    void relevanceRanksHeadlinesFirst();
    void dateSortAndPagination();
    void snippetsMarkTheMatches();
    void wholeArticleHighlights();
    void snippetWindowMatchesBruteForce();
    void manyTermsAndManyMatches();
    void malformedQueriesNeverFail();
    void cancelledQueryStops();
    void replacingAPageUpdatesTheIndex();
    void reindexesWhenTheTokenizerChanged();
    void spacedNamesAndMixedTerms();

private:
    Fixture m_fixture;
};

void TestSearchEngine::initTestCase()
{
    QVERIFY(m_fixture.ok());
    QVERIFY(writePages(m_fixture.store(), corpus()));
}

void TestSearchEngine::termsAreAnded()
{
    LibraryStore &s = m_fixture.store();
    QCOMPARE(headlineSet(s, QStringLiteral("社会工作")),
             (QSet<QString> {QStringLiteral("工会服务新就业群体"), QStringLiteral("中央社会工作会议召开")}));
    QCOMPARE(headlines(s, QStringLiteral("社会工作 工会")), QStringList {QStringLiteral("工会服务新就业群体")});
    QCOMPARE(headlines(s, QStringLiteral("神舟 工会 哈萨克斯坦")), QStringList {});
    // A substring inside a word that segmentation would not produce.
    QCOMPARE(headlines(s, QStringLiteral("书记")), QStringList {});
    QCOMPARE(headlines(s, QStringLiteral("会工")).size(), 2);
}

void TestSearchEngine::foldingFindsTraditionalAndWidth()
{
    LibraryStore &s = m_fixture.store();
    QCOMPARE(headlineSet(s, QStringLiteral("社會工作")), headlineSet(s, QStringLiteral("社会工作")));
    QCOMPARE(headlines(s, QStringLiteral("ＣＯＶＩＤ")), QStringList {QStringLiteral("工会服务新就业群体")});
    QCOMPARE(headlines(s, QStringLiteral("zhejiang")), QStringList {QStringLiteral("中央社会工作会议召开")});
    QCOMPARE(headlines(s, QStringLiteral("１１月４日")), QStringList {QStringLiteral("李强会见哈萨克斯坦总统")});
}

void TestSearchEngine::phrases()
{
    LibraryStore &s = m_fixture.store();
    QCOMPARE(headlines(s, QStringLiteral("\"技能 大赛\"")), QStringList {QStringLiteral("职工技能大赛开赛")});
    QCOMPARE(headlines(s, QStringLiteral("\"大赛 技能\"")), QStringList {});
    QCOMPARE(headlines(s, QStringLiteral("\"zhejiang apple\"")), QStringList {QStringLiteral("中央社会工作会议召开")});
    QCOMPARE(headlines(s, QStringLiteral("\"apple zhejiang\"")), QStringList {});
}

void TestSearchEngine::orAndExclusion()
{
    LibraryStore &s = m_fixture.store();
    QCOMPARE(headlineSet(s, QStringLiteral("神舟 OR 技能")),
             (QSet<QString> {QStringLiteral("神舟十八号乘组平安返回"), QStringLiteral("职工技能大赛开赛")}));
    QCOMPARE(headlines(s, QStringLiteral("社会工作 -工会")), QStringList {QStringLiteral("中央社会工作会议召开")});
    // Only exclusions: everything else.
    QCOMPARE(headlineSet(s, QStringLiteral("-工会")),
             (QSet<QString> {QStringLiteral("李强会见哈萨克斯坦总统"), QStringLiteral("职工技能大赛开赛"),
                             QStringLiteral("中央社会工作会议召开")}));
    QCOMPARE(headlineSet(s, QStringLiteral("-工会 -李强")), QSet<QString> {QStringLiteral("职工技能大赛开赛")});
}

void TestSearchEngine::titleOnly()
{
    LibraryStore &s = m_fixture.store();
    QCOMPARE(headlineSet(s, QStringLiteral("李强")),
             (QSet<QString> {QStringLiteral("李强会见哈萨克斯坦总统"), QStringLiteral("中央社会工作会议召开")}));
    QCOMPARE(headlines(s, QStringLiteral("title:李强")), QStringList {QStringLiteral("李强会见哈萨克斯坦总统")});
    // The kicker belongs to the headline stack.
    QCOMPARE(headlines(s, QStringLiteral("title:工匠")), QStringList {QStringLiteral("职工技能大赛开赛")});
    QCOMPARE(headlines(s, QStringLiteral("李强 -title:李强")), QStringList {QStringLiteral("中央社会工作会议召开")});
}

void TestSearchEngine::prefixOnlyForLatin()
{
    LibraryStore &s = m_fixture.store();
    QCOMPARE(headlines(s, QStringLiteral("app")), QStringList {});
    QCOMPARE(headlines(s, QStringLiteral("app*")), QStringList {QStringLiteral("中央社会工作会议召开")});
    QCOMPARE(headlines(s, QStringLiteral("covid*")), QStringList {QStringLiteral("工会服务新就业群体")});
    QCOMPARE(headlines(s, QStringLiteral("5g")), QStringList {QStringLiteral("中央社会工作会议召开")});
}

void TestSearchEngine::filters()
{
    LibraryStore &s = m_fixture.store();
    QCOMPARE(headlines(s, QStringLiteral("社会工作 paper:人民日报")), QStringList {QStringLiteral("中央社会工作会议召开")});
    QCOMPARE(headlines(s, QStringLiteral("社会工作 date:2024-11")), QStringList {QStringLiteral("工会服务新就业群体")});
    QCOMPARE(headlines(s, QStringLiteral("社会工作 date:2024-10-01..2024-10-31")),
             QStringList {QStringLiteral("中央社会工作会议召开")});
    QCOMPARE(headlineSet(s, QStringLiteral("date:2024-11-06")),
             (QSet<QString> {QStringLiteral("神舟十八号乘组平安返回"), QStringLiteral("工会服务新就业群体")}));
    QCOMPARE(headlineSet(s, QStringLiteral("page:2")), headlineSet(s, QStringLiteral("date:2024-11-06")));
    QCOMPARE(headlineSet(s, QStringLiteral("李强 page:1 paper:浙江日报 paper:人民日报")),
             (QSet<QString> {QStringLiteral("李强会见哈萨克斯坦总统"), QStringLiteral("中央社会工作会议召开")}));
    QCOMPARE(headlines(s, QStringLiteral("李强 paper:不存在的报")), QStringList {});
    QCOMPARE(headlines(s, QStringLiteral("工会 date:2024-11-05..2024-11-05")), QStringList {});
}

void TestSearchEngine::relevanceRanksHeadlinesFirst()
{
    LibraryStore &s = m_fixture.store();
    // Both mention 社会工作 in the body; only one has it in the headline.
    QCOMPARE(headlines(s, QStringLiteral("社会工作")).first(), QStringLiteral("中央社会工作会议召开"));
    QCOMPARE(headlines(s, QStringLiteral("工会")).first(), QStringLiteral("工会服务新就业群体"));
    SearchEngine engine(s.database());
    Result<SearchResults> r = engine.search(SearchQuery::parse(u"工会"));
    QVERIFY(r.ok());
    QVERIFY(r->hits.size() >= 2);
    QVERIFY(r->hits[0].score > r->hits[1].score);
    QVERIFY(r->hits[1].score > 0);
}

void TestSearchEngine::dateSortAndPagination()
{
    LibraryStore &s = m_fixture.store();
    SearchOptions byDate;
    byDate.sort = SearchOptions::Sort::Date;
    QCOMPARE(headlines(s, QStringLiteral("李强 OR 工会 OR 技能"), byDate),
             (QStringList {QStringLiteral("神舟十八号乘组平安返回"), QStringLiteral("工会服务新就业群体"),
                           QStringLiteral("李强会见哈萨克斯坦总统"), QStringLiteral("职工技能大赛开赛"),
                           QStringLiteral("中央社会工作会议召开")}));
    byDate.limit = 2;
    byDate.offset = 2;
    SearchEngine engine(s.database());
    Result<SearchResults> r = engine.search(SearchQuery::parse(u"李强 OR 工会 OR 技能"), byDate);
    QVERIFY(r.ok());
    QCOMPARE(r->total, 5);
    QCOMPARE(r->hits.size(), 2);
    QCOMPARE(r->hits[0].headline, QStringLiteral("李强会见哈萨克斯坦总统"));
    QCOMPARE(r->hits[0].paper, QStringLiteral("浙江日报"));
    QCOMPARE(r->hits[0].date, QDate(2024, 11, 5));
    QCOMPARE(r->hits[0].page, std::optional<int>(1));
    Result<qint64> count = engine.count(SearchQuery::parse(u"李强 OR 工会 OR 技能"));
    QVERIFY(count.ok());
    QCOMPARE(count.value(), 5);
}

void TestSearchEngine::snippetsMarkTheMatches()
{
    SearchEngine engine(m_fixture.store().database());
    Result<SearchResults> r = engine.search(SearchQuery::parse(u"社會工作 关爱"));
    QVERIFY(r.ok());
    QCOMPARE(r->hits.size(), 1);
    const Snippet &snippet = r->hits.first().snippet;
    QVERIFY(snippet.text.contains(QStringLiteral("社会工作")));
    QCOMPARE(snippet.highlights.size(), 2);
    QCOMPARE(snippet.text.mid(snippet.highlights[0].start, snippet.highlights[0].length), QStringLiteral("社会工作"));
    QCOMPARE(snippet.text.mid(snippet.highlights[1].start, snippet.highlights[1].length), QStringLiteral("关爱"));

    // A long paragraph is cut around the match, with an ellipsis where it was cut.
    const QString longText = QString(200, QChar(u'甲')) + QStringLiteral("目标词") + QString(200, QChar(u'乙'));
    const SearchHighlighter highlighter(SearchQuery::parse(u"目标词"));
    const Snippet cut = highlighter.snippet(makeArticle(QStringLiteral("x"), {longText}), 80);
    QVERIFY(cut.text.startsWith(QStringLiteral("…")));
    QVERIFY(cut.text.endsWith(QStringLiteral("…")));
    QVERIFY(cut.text.size() <= 82);
    QCOMPARE(cut.highlights.size(), 1);
    QCOMPARE(cut.text.mid(cut.highlights[0].start, cut.highlights[0].length), QStringLiteral("目标词"));
    // One character marks just itself, also inside a bigram.
    const Snippet one = SearchHighlighter(SearchQuery::parse(u"标")).snippet(makeArticle(QStringLiteral("x"), {longText}));
    QCOMPARE(one.highlights.size(), 1);
    QCOMPARE(one.text.mid(one.highlights[0].start, one.highlights[0].length), QStringLiteral("标"));
}

void TestSearchEngine::wholeArticleHighlights()
{
    LibraryStore &s = m_fixture.store();
    SearchEngine engine(s.database());
    Result<SearchResults> r = engine.search(SearchQuery::parse(u"工会服务"));
    QVERIFY(r.ok());
    QCOMPARE(r->hits.size(), 1);
    Result<ArticleHighlights> h = engine.highlightArticle(r->hits.first().id, SearchQuery::parse(u"社会工作 title:工会 COVID"));
    QVERIFY(h.ok());
    QList<FieldHighlights::Field> fields;
    for (const FieldHighlights &f : h->fields)
        fields.append(f.field);
    // title:工会 marks the headline only; 社会工作 the body and the Traditional caption; COVID the body.
    QCOMPARE(fields, (QList<FieldHighlights::Field> {FieldHighlights::Field::Headline, FieldHighlights::Field::Block,
                                                     FieldHighlights::Field::Caption}));
    QCOMPARE(h->fields[0].ranges, (QList<TextRange> {{0, 2}}));
    QCOMPARE(h->fields[1].ranges.size(), 2);
    QCOMPARE(h->fields[2].ranges, (QList<TextRange> {{0, 4}}));
    QCOMPARE(h->matchCount(), 4);
}

// On random texts over a few characters, the snippet of a three-term query starts where the
// obvious quadratic choice does, and its highlights are exactly the terms' occurrences in it.
void TestSearchEngine::snippetWindowMatchesBruteForce()
{
    QRandomGenerator rng(20261127);
    const QStringList terms {QStringLiteral("社会"), QStringLiteral("工作"), QStringLiteral("浙")};
    const QString alphabet = QStringLiteral("社会工作浙江省的了");
    const SearchHighlighter highlighter(SearchQuery::parse(terms.join(QLatin1Char(' '))));
    const int width = 40;
    int cut = 0;
    for (int round = 0; round < 300; ++round) {
        QString text;
        const int length = 20 + int(rng.bounded(400));
        for (int i = 0; i < length; ++i)
            text += alphabet[rng.bounded(int(alphabet.size()))];
        QList<QList<TextRange>> perTerm;
        for (const QString &term : terms)
            perTerm.append(occurrences(text, term));
        const Snippet snippet = highlighter.snippet(makeArticle(QStringLiteral("题"), {text}), width);
        int start = 0;
        if (length > width)
            start = bruteForceWindow(perTerm, length, width);
        const int end = std::min(length, start + width);
        QString expected = (start > 0 ? QStringLiteral("…") : QString()) + text.mid(start, end - start)
            + (end < length ? QStringLiteral("…") : QString());
        QCOMPARE(snippet.text, expected);
        cut += start > 0;
        // The marks: every occurrence inside the window (clipped to it), merged where they touch.
        const int shift = start > 0 ? 1 : 0;
        QList<TextRange> marks;
        for (const QList<TextRange> &ranges : perTerm) {
            for (const TextRange &r : ranges)
                marks.append(r);
        }
        QList<TextRange> inWindow;
        for (const TextRange &r : mergedRanges(marks)) {
            const int s = std::max(r.start, start), e = std::min(r.end(), end);
            if (e > s)
                inWindow.append({s - start + shift, e - s});
        }
        QCOMPARE(snippet.highlights, inWindow);
    }
    QVERIFY(cut > 100); // most texts were long enough to be cut
}

// A query of thousands of terms (a thousand of them the same) over an article of tens of
// thousands of matches: every term is found where it occurs (one pass over the text's tokens, not
// one per term) and the snippet window is found without trying every match against every other
// (that choice once took 15 s on a 10 KB fuzz_searchquery input; this article is about 27,000
// characters with 20,000 matches).
void TestSearchEngine::manyTermsAndManyMatches()
{
    QRandomGenerator rng(7);
    QStringList terms;
    QSet<QString> seen;
    while (terms.size() < 3000) {
        const QString term = QString(QChar(char16_t(0x4e00 + rng.bounded(2000)))) + QChar(char16_t(0x4e00 + rng.bounded(2000)));
        if (!seen.contains(term)) {
            seen.insert(term);
            terms.append(term);
        }
    }
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += i % 3 == 0 ? terms[rng.bounded(int(terms.size()))] : QStringLiteral("的");
    // 的 a thousand times over: a repeated term is looked for once, not once per copy.
    const QString repeats = QStringList(1000, QStringLiteral("的")).join(QLatin1Char(' '));
    const SearchHighlighter highlighter(SearchQuery::parse(terms.join(QLatin1Char(' ')) + QLatin1Char(' ') + repeats));
    QList<TextRange> expected;
    for (const QString &term : terms)
        expected += occurrences(text, term);
    expected += occurrences(text, QStringLiteral("的"));
    QCOMPARE(highlighter.find(text), mergedRanges(expected));
    const Snippet snippet = highlighter.snippet(makeArticle(QStringLiteral("题"), {text}), 80);
    QVERIFY(snippet.text.size() <= 82);
    QVERIFY(!snippet.highlights.isEmpty());
}

void TestSearchEngine::malformedQueriesNeverFail()
{
    SearchEngine engine(m_fixture.store().database());
    const QStringList inputs = {QStringLiteral("\"技能 大赛"), QStringLiteral("OR"), QStringLiteral("- OR -"),
                                QStringLiteral("，。！"), QStringLiteral("\"\""), QStringLiteral("NEAR(工会 社会)"),
                                QStringLiteral("工会 AND NOT 社会"), QStringLiteral("{body}:工会"), QStringLiteral("^工会"),
                                QStringLiteral("工会\"*"), QStringLiteral("'); DROP TABLE articles; --"),
                                QStringLiteral("title:"), QStringLiteral("date:2024-99"), QStringLiteral("*"),
                                QStringLiteral("a\"b\"c OR OR"), QString(300, QChar(u'x')), QStringLiteral("\u0301\u200B")};
    for (const QString &input : inputs) {
        Result<SearchResults> r = engine.search(SearchQuery::parse(input));
        QVERIFY2(r.ok(), qPrintable(input + QStringLiteral(": ") + (r.ok() ? QString() : r.error())));
    }
    // FTS5 syntax is plain text: ^ is punctuation, NEAR( a word followed by punctuation.
    Result<SearchResults> r = engine.search(SearchQuery::parse(u"^工会"));
    QVERIFY(r.ok());
    QCOMPARE(r->total, 2);
    r = engine.search(SearchQuery::parse(u"NEAR(工会 社会)"));
    QVERIFY(r.ok());
    QCOMPARE(r->total, 0);
    Result<SearchResults> empty = engine.search(SearchQuery::parse(u"，。"));
    QVERIFY(empty.ok());
    QCOMPARE(empty->total, 0);
    QVERIFY(!empty->notes.isEmpty());
    Result<LibraryStats> stats = m_fixture.store().stats();
    QVERIFY(stats.ok());
    QCOMPARE(stats->articles, 5);
}

void TestSearchEngine::cancelledQueryStops()
{
    SearchEngine engine(m_fixture.store().database());
    auto flag = std::make_shared<std::atomic<bool>>(true);
    Result<SearchResults> r = engine.search(SearchQuery::parse(u"工会"), {}, flag);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), SearchEngine::cancelledMessage());
    // The connection is usable again afterwards.
    flag->store(false);
    Result<SearchResults> again = engine.search(SearchQuery::parse(u"工会"), {}, flag);
    QVERIFY(again.ok());
    QCOMPARE(again->total, 2);
}

void TestSearchEngine::replacingAPageUpdatesTheIndex()
{
    Fixture fixture;
    QVERIFY(fixture.ok());
    QVERIFY(writePages(fixture.store(), corpus()));
    TestPage replacement = corpus().first();
    replacement.articles = {makeArticle(QStringLiteral("新的头版文章"), {QStringLiteral("全新内容替换旧版面。")})};
    QVERIFY(writePages(fixture.store(), {replacement}));
    QCOMPARE(headlines(fixture.store(), QStringLiteral("哈萨克斯坦")), QStringList {});
    QCOMPARE(headlines(fixture.store(), QStringLiteral("技能")), QStringList {});
    QCOMPARE(headlines(fixture.store(), QStringLiteral("替换")), QStringList {QStringLiteral("新的头版文章")});
    QCOMPARE(headlines(fixture.store(), QStringLiteral("李强")), QStringList {QStringLiteral("中央社会工作会议召开")});
    Result<Statement> check = fixture.store().database().prepare(
        "INSERT INTO article_fts (article_fts, rank) VALUES ('integrity-check', 0)");
    QVERIFY(check.ok());
    const Status checked = check->exec();
    QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error()));
}

void TestSearchEngine::reindexesWhenTheTokenizerChanged()
{
    Fixture fixture;
    QVERIFY(fixture.ok());
    QVERIFY(writePages(fixture.store(), corpus()));
    // An index built by another tokenizer version: stale tokens, and a different version stored.
    QVERIFY(fixture.store().database().exec("INSERT INTO article_fts (article_fts) VALUES ('delete-all'); "
                                            "UPDATE search_meta SET value = 'bigram-0/old' WHERE key = 'tokenizer'").ok());
    QCOMPARE(headlines(fixture.store(), QStringLiteral("工会")), QStringList {});
    Result<bool> current = SearchIndex::isCurrent(fixture.store().database());
    QVERIFY(current.ok() && !current.value());
    fixture.close();

    qint64 lastDone = -1, lastTotal = -1;
    int calls = 0;
    fixture.reopen([&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        ++calls;
        return true;
    });
    QVERIFY(fixture.ok());
    QVERIFY(calls >= 2);
    QCOMPARE(lastTotal, 5);
    QCOMPARE(lastDone, 5);
    current = SearchIndex::isCurrent(fixture.store().database());
    QVERIFY(current.ok() && current.value());
    QCOMPARE(headlines(fixture.store(), QStringLiteral("工会")).size(), 2);

    // Opening again does not re-index.
    fixture.close();
    calls = 0;
    fixture.reopen([&](qint64, qint64) {
        ++calls;
        return true;
    });
    QVERIFY(fixture.ok());
    QCOMPARE(calls, 0);
}

// Names padded to three characters (王　伟) and letter-spaced headlines are found as written
// without the space; a Han run followed by digits is found by any start of the number.
void TestSearchEngine::spacedNamesAndMixedTerms()
{
    Fixture fixture;
    QVERIFY(fixture.ok());
    const QString body = QStringLiteral("获奖者：王　伟、李 强、张敏。习近平2024年在浙江考察。");
    QVERIFY(writePages(fixture.store(), {{QStringLiteral("浙江日报"), QDate(2024, 11, 7), 3, {
        makeArticle(QStringLiteral("表 彰 名 单"), {body}),
        makeArticle(QStringLiteral("王伟强调"), {QStringLiteral("王伟，强调2023年的目标。")}),
    }}}));
    LibraryStore &s = fixture.store();
    QCOMPARE(headlines(s, QStringLiteral("李强")), QStringList {QStringLiteral("表 彰 名 单")});
    QCOMPARE(headlines(s, QStringLiteral("title:名单")), QStringList {QStringLiteral("表 彰 名 单")});
    QCOMPARE(headlineSet(s, QStringLiteral("王伟")), (QSet<QString> {QStringLiteral("表 彰 名 单"), QStringLiteral("王伟强调")}));
    // A comma is a break: 伟，强 is no 伟强.
    QCOMPARE(headlines(s, QStringLiteral("伟强")), QStringList {QStringLiteral("王伟强调")});
    QCOMPARE(headlines(s, QStringLiteral("习近平20")), QStringList {QStringLiteral("表 彰 名 单")});
    QCOMPARE(headlines(s, QStringLiteral("调202")), QStringList {QStringLiteral("王伟强调")});
    QCOMPARE(headlines(s, QStringLiteral("2024")), QStringList {QStringLiteral("表 彰 名 单")});
    QCOMPARE(headlines(s, QStringLiteral("202")), QStringList {});
    QCOMPARE(headlineSet(s, QStringLiteral("202*")), (QSet<QString> {QStringLiteral("表 彰 名 单"), QStringLiteral("王伟强调")}));

    // The highlights cover the name with its padding, and the number the term began.
    SearchEngine engine(s.database());
    Result<SearchResults> r = engine.search(SearchQuery::parse(u"李强"));
    QVERIFY(r.ok() && r->hits.size() == 1);
    auto marked = [&](const QString &query) {
        Result<ArticleHighlights> h = engine.highlightArticle(r->hits.first().id, SearchQuery::parse(query));
        QStringList out;
        for (const FieldHighlights &f : h.value().fields) {
            for (const TextRange &range : f.ranges)
                out.append(body.mid(range.start, range.length));
        }
        return out;
    };
    QCOMPARE(marked(QStringLiteral("王伟 李强 习近平20")),
             (QStringList {QStringLiteral("王　伟"), QStringLiteral("李 强"), QStringLiteral("习近平2024")}));
    QCOMPARE(marked(QStringLiteral("2024")), QStringList {QStringLiteral("2024")});
    QCOMPARE(marked(QStringLiteral("2024年")), QStringList {QStringLiteral("2024年")});
}

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
