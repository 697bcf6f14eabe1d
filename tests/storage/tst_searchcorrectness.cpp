// Tests search exactness: on a generated corpus, random substrings (Han, mixed with digits and
// Latin, some Traditional or full-width) find exactly the articles a brute-force scan finds.
#include "searchtestlibrary.h"

#include "core/searchquery.h"
#include "storage/ftstokenizer.h"
#include "storage/searchengine.h"
#include "storage/searchhighlighter.h"
#include "text/textfold.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <functional>

using namespace broadsheet;
using namespace broadsheet::testing;

namespace {

// Simplified characters with their Traditional forms, and characters without one.
const char16_t *kPairs = u"总總会會书書记記区區湾灣发發国國经經济濟华華东東门門长長马馬龙龍电電车車见見"
                         u"时時间間学學体體后後万萬与與为為动動业業专專产產员員议議报報运運进進开開关關线線"
                         u"组組织織乡鄉";
const char16_t *kPlain = u"中人大小上下山水火天地日月年文化社作部省市县村江河海新强李王张合设计划工农商"
                         u"的一是在不了有和就都而及与着也要把被让向从对于以之其此";

struct Corpus {
    QList<QChar> simplified;          // every Han character of the pool
    QHash<QChar, QChar> traditional;  // simplified -> traditional where there is one
    QStringList words;                // a vocabulary, so substrings repeat across articles
};

Corpus makePool(QRandomGenerator &rng)
{
    Corpus c;
    const QString pairs = QString::fromUtf16(kPairs);
    for (qsizetype i = 0; i + 1 < pairs.size(); i += 2) {
        c.simplified.append(pairs[i]);
        c.traditional.insert(pairs[i], pairs[i + 1]);
    }
    for (QChar ch : QString::fromUtf16(kPlain))
        c.simplified.append(ch);
    for (int i = 0; i < 160; ++i) {
        QString w;
        const int n = 2 + int(rng.bounded(3));
        for (int k = 0; k < n; ++k)
            w += c.simplified[int(rng.bounded(int(c.simplified.size())))];
        c.words.append(w);
    }
    return c;
}

QString fullWidth(const QString &s)
{
    QString out;
    for (QChar ch : s)
        out += (ch.unicode() > 0x20 && ch.unicode() < 0x7F) ? QChar(ch.unicode() - 0x21 + 0xFF01) : ch;
    return out;
}

QString latinWord(QRandomGenerator &rng)
{
    static const QStringList words = {QStringLiteral("alpha"), QStringLiteral("Beta"), QStringLiteral("GDP"),
                                      QStringLiteral("COVID"), QStringLiteral("5G"), QStringLiteral("app"),
                                      QStringLiteral("apple"), QStringLiteral("AI"), QStringLiteral("x"),
                                      QStringLiteral("Zhejiang")};
    return words[int(rng.bounded(int(words.size())))];
}

QString number(QRandomGenerator &rng)
{
    switch (rng.bounded(4)) {
    case 0:
        return QString::number(2000 + rng.bounded(30)) + QStringLiteral("年");
    case 1:
        return QString::number(1 + rng.bounded(12)) + QStringLiteral("月") + QString::number(1 + rng.bounded(28))
            + QStringLiteral("日");
    case 2:
        return QString::number(rng.bounded(1000));
    default:
        return QString::number(rng.bounded(100)) + QStringLiteral("%");
    }
}

QString sentence(const Corpus &c, QRandomGenerator &rng, int items, bool traditionalArticle)
{
    static const QStringList punctuation = {QStringLiteral("，"), QStringLiteral("。"), QStringLiteral("、"),
                                            QStringLiteral(" "), QStringLiteral("“"), QStringLiteral("”")};
    QString s;
    for (int i = 0; i < items; ++i) {
        const quint32 kind = rng.bounded(100);
        QString item;
        if (kind < 65)
            item = c.words[int(rng.bounded(int(c.words.size())))];
        else if (kind < 80)
            item = c.simplified[int(rng.bounded(int(c.simplified.size())))];
        else if (kind < 90)
            item = number(rng);
        else
            item = latinWord(rng) + (rng.bounded(2) ? QStringLiteral(" ") : QString());
        if (traditionalArticle || rng.bounded(10) == 0) {
            for (QChar &ch : item) {
                if (c.traditional.contains(ch) && rng.bounded(2))
                    ch = c.traditional.value(ch);
            }
        }
        if (rng.bounded(8) == 0)
            item = fullWidth(item);
        s += item;
        if (rng.bounded(100) < 18)
            s += punctuation[int(rng.bounded(int(punctuation.size())))];
    }
    return s;
}

Article generatedArticle(const Corpus &c, QRandomGenerator &rng)
{
    const bool traditional = rng.bounded(5) == 0;
    Article a;
    a.headline = sentence(c, rng, 2 + int(rng.bounded(4)), traditional);
    if (rng.bounded(3) == 0)
        a.kicker = sentence(c, rng, 3, traditional);
    if (rng.bounded(4) == 0)
        a.subheadline = sentence(c, rng, 3, traditional);
    a.byline = QStringLiteral("本报记者 ") + c.words[int(rng.bounded(int(c.words.size())))];
    const int blocks = 1 + int(rng.bounded(4));
    for (int b = 0; b < blocks; ++b)
        a.blocks.append({Block::Kind::Paragraph, sentence(c, rng, 8 + int(rng.bounded(40)), traditional)});
    if (rng.bounded(4) == 0)
        a.captions.append({sentence(c, rng, 5, traditional), QStringLiteral("新华社发")});
    return a;
}

QStringList fieldsOf(const Article &a)
{
    QStringList f = {a.kicker, a.headline, a.subheadline, a.column, a.byline, a.dateline};
    for (const Block &b : a.blocks)
        f.append(b.text);
    for (const Caption &c : a.captions)
        f << c.text << c.credit;
    return f;
}

enum class Kind { Gap, Cjk, Word };

Kind kindOf(char32_t c)
{
    if (FtsTokenizer::isCjk(c))
        return Kind::Cjk;
    return QChar::isLetterOrNumber(c) ? Kind::Word : Kind::Gap;
}

Kind kindAt(const QString &s, qsizetype i) { return kindOf(s[i].unicode()); } // the pool is all BMP

// A field as search sees it: folded, and without the spaces between two CJK characters (李　强 is
// 李强: spaced names and headlines). `offsets`, when given: each character's offset in `text`.
QString searchForm(const QString &text, QList<int> *offsets = nullptr)
{
    QList<int> foldedOffsets;
    const QString f = foldForSearch(text, &foldedOffsets);
    QString out;
    QList<int> kept;
    for (qsizetype i = 0; i < f.size(); ++i) {
        if (f[i] == QLatin1Char(' ') || f[i] == QLatin1Char('\t')) {
            qsizetype j = i;
            while (j < f.size() && (f[j] == QLatin1Char(' ') || f[j] == QLatin1Char('\t')))
                ++j;
            if (!out.isEmpty() && kindOf(out.back().unicode()) == Kind::Cjk && j < f.size() && kindAt(f, j) == Kind::Cjk) {
                i = j - 1;
                continue;
            }
        }
        out += f[i];
        kept.append(foldedOffsets.value(i));
    }
    if (offsets)
        *offsets = kept;
    return out;
}

// The reference: the first place in folded field `f` where folded query `q` occurs (-1: none),
// where a query starting with a letter/digit starts a word and an all-letter/digit query is a whole word.
qsizetype bruteForceFind(const QString &f, const QString &q)
{
    bool anyCjk = false;
    for (QChar ch : q)
        anyCjk = anyCjk || kindOf(ch.unicode()) == Kind::Cjk;
    const bool startsWord = kindAt(q, 0) == Kind::Word;
    for (qsizetype p = f.indexOf(q); p >= 0; p = f.indexOf(q, p + 1)) {
        if (startsWord && p > 0 && kindAt(f, p - 1) == Kind::Word)
            continue;
        if (!anyCjk && p + q.size() < f.size() && kindAt(f, p + q.size()) == Kind::Word)
            continue;
        return p;
    }
    return -1;
}

bool bruteForceContains(const QString &f, const QString &q) { return bruteForceFind(f, q) >= 0; }

// A random substring of an article field: 1–8 letters, digits or Han, no spaces or punctuation,
// not starting inside a Latin/digit word; then some characters turned Traditional or full-width.
QString drawQuery(const Corpus &c, const QList<QStringList> &fields, QRandomGenerator &rng)
{
    for (;;) {
        const QStringList &article = fields[int(rng.bounded(int(fields.size())))];
        const QString &text = article[int(rng.bounded(int(article.size())))];
        if (text.isEmpty())
            continue;
        qsizetype start = rng.bounded(int(text.size()));
        if (kindAt(text, start) == Kind::Gap)
            continue;
        // Latin and digits are indexed as whole words (searched by prefix): start at a word's start.
        while (start > 0 && kindAt(text, start) == Kind::Word && kindAt(text, start - 1) == Kind::Word)
            --start;
        const int length = 1 + int(rng.bounded(8));
        qsizetype end = start;
        while (end < text.size() && end - start < length && kindAt(text, end) != Kind::Gap)
            ++end;
        QString q = text.mid(start, end - start);
        bool anyCjk = false;
        for (QChar ch : q)
            anyCjk = anyCjk || kindOf(ch.unicode()) == Kind::Cjk;
        if (!anyCjk) {
            // An all-Latin/digit query is a whole word.
            while (end < text.size() && kindAt(text, end) == Kind::Word)
                ++end;
            q = text.mid(start, end - start);
        }
        for (QChar &ch : q) {
            const quint32 r = rng.bounded(10);
            if (r < 2 && c.traditional.contains(ch))
                ch = c.traditional.value(ch);
            else if (r == 2 && ch.unicode() > 0x20 && ch.unicode() < 0x7F)
                ch = QChar(ch.unicode() - 0x21 + 0xFF01);
            else if (r == 3 && ch.isLetter() && ch.unicode() < 0x80)
                ch = ch.isUpper() ? ch.toLower() : ch.toUpper();
        }
        return q;
    }
}

} // namespace

class TestSearchCorrectness : public QObject {
    Q_OBJECT

private slots:
    void randomSubstringsMatchBruteForce();
    void combinationsAndFiltersMatchBruteForce();
};

void TestSearchCorrectness::randomSubstringsMatchBruteForce()
{
    QRandomGenerator rng(20241105);
    const Corpus pool = makePool(rng);
    QList<TestPage> pages;
    QList<Article> articles;
    for (int p = 0; p < 60; ++p) {
        TestPage page {p % 2 ? QStringLiteral("甲报") : QStringLiteral("乙报"), QDate(2024, 11, 1 + p / 4), 1 + p % 4, {}};
        for (int k = 0; k < 8; ++k) {
            page.articles.append(generatedArticle(pool, rng));
            articles.append(page.articles.last());
        }
        pages.append(page);
    }
    QTemporaryDir dir;
    Result<LibraryStore> store = LibraryStore::open(dir.filePath(QStringLiteral("library.sqlite")));
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error()));
    QVERIFY(writePages(store.value(), pages));

    // Article ids in the order written; the reference works on the same texts, folded.
    Result<QList<ArticleSummary>> stored = store->articles();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), articles.size());
    QHash<qint64, int> indexOfId;
    QList<QStringList> folded;
    QList<QStringList> raw;
    for (const Article &a : articles) {
        QStringList f;
        for (const QString &text : fieldsOf(a))
            f.append(searchForm(text));
        folded.append(f);
        raw.append(fieldsOf(a));
    }
    QList<qint64> ids;
    for (const ArticleSummary &s : stored.value())
        ids.append(s.id);
    std::sort(ids.begin(), ids.end());

    SearchEngine engine(store->database());
    SearchOptions options;
    options.limit = 100000;
    options.snippets = false;
    int queries = 0, nonEmpty = 0, withLatin = 0, singleChar = 0; // withLatin: mixed Han and Latin/digits
    qint64 matchesChecked = 0;
    for (int i = 0; i < 1200; ++i) {
        const QString q = drawQuery(pool, raw, rng);
        const QString fq = foldForSearch(q);
        QSet<qint64> expected;
        for (int a = 0; a < folded.size(); ++a) {
            for (const QString &field : folded[a]) {
                if (!field.isEmpty() && bruteForceContains(field, fq)) {
                    expected.insert(ids[a]);
                    break;
                }
            }
        }
        // Quoted, so a word like OR stays a word.
        const SearchQuery query = SearchQuery::parse(QString(QLatin1Char('"') + q + QLatin1Char('"')));
        Result<SearchResults> results = engine.search(query, options);
        QVERIFY2(results.ok(), qPrintable(q + QStringLiteral(": ") + (results.ok() ? QString() : results.error())));
        QSet<qint64> found;
        for (const SearchHit &h : results->hits)
            found.insert(h.id);
        if (found != expected) {
            qWarning("query %s: expected %lld, found %lld", qPrintable(q), qint64(expected.size()), qint64(found.size()));
            for (qint64 id : expected - found)
                qWarning("  missed article %lld", id);
            for (qint64 id : found - expected)
                qWarning("  extra article %lld", id);
        }
        QCOMPARE(found, expected);
        QCOMPARE(results->total, qint64(expected.size()));

        // The highlighter marks each place the reference finds, in the article's own text.
        if (i % 10 == 0 && !expected.isEmpty()) {
            const SearchHighlighter highlighter(query);
            const int a = int(ids.indexOf(*std::min_element(expected.begin(), expected.end())));
            bool marked = false;
            for (const QString &field : raw[a]) {
                QList<int> offsets;
                const QString f = searchForm(field, &offsets);
                const qsizetype p = bruteForceFind(f, fq);
                if (p < 0)
                    continue;
                for (const TextRange &r : highlighter.find(field, true))
                    marked = marked || (r.start <= offsets[p] && offsets[p] < r.end());
            }
            QVERIFY2(marked, qPrintable(q));
        }
        ++queries;
        nonEmpty += expected.isEmpty() ? 0 : 1;
        matchesChecked += expected.size();
        singleChar += fq.size() == 1 ? 1 : 0;
        bool hasWord = false, hasCjk = false;
        for (QChar ch : fq) {
            hasWord = hasWord || kindOf(ch.unicode()) == Kind::Word;
            hasCjk = hasCjk || kindOf(ch.unicode()) == Kind::Cjk;
        }
        withLatin += hasWord && hasCjk ? 1 : 0;
    }
    qInfo("%d queries (%d single characters, %d mixing Han with Latin or digits, %d with matches, %lld matching articles checked) over %lld articles",
          queries, singleChar, withLatin, nonEmpty, matchesChecked, qint64(articles.size()));
    QVERIFY(queries >= 1000);
    QVERIFY(nonEmpty >= 1000); // drawn from the corpus, so (nearly) every query has matches
    QVERIFY(singleChar >= 50);
    QVERIFY(withLatin >= 50);
}

// AND, OR, exclusion, title: and the paper/date/page filters over random substrings (a third of
// them single characters, which the character tables answer, so clauses span tables), against
// the brute-force scan; relevance pages of 7 hits put together are the same set, each hit once.
void TestSearchCorrectness::combinationsAndFiltersMatchBruteForce()
{
    QRandomGenerator rng(20241106);
    const Corpus pool = makePool(rng);
    struct Meta {
        QString paper;
        QDate date;
        int page;
    };
    QList<TestPage> pages;
    QList<Article> articles;
    QList<Meta> meta;
    for (int p = 0; p < 40; ++p) {
        TestPage page {p % 3 ? QStringLiteral("甲报") : QStringLiteral("乙报"), QDate(2024, 10, 20).addDays(p / 3), 1 + p % 4, {}};
        for (int k = 0; k < 6; ++k) {
            page.articles.append(generatedArticle(pool, rng));
            articles.append(page.articles.last());
            meta.append({page.paper, page.date, *page.number});
        }
        pages.append(page);
    }
    QTemporaryDir dir;
    Result<LibraryStore> store = LibraryStore::open(dir.filePath(QStringLiteral("library.sqlite")));
    QVERIFY(store.ok());
    QVERIFY(writePages(store.value(), pages));
    Result<QList<ArticleSummary>> stored = store->articles();
    QVERIFY(stored.ok());
    QList<qint64> ids;
    for (const ArticleSummary &a : stored.value())
        ids.append(a.id);
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids.size(), articles.size());

    QList<QStringList> raw, folded;
    for (const Article &a : articles) {
        raw.append(fieldsOf(a));
        QStringList f;
        for (const QString &text : raw.last())
            f.append(searchForm(text));
        folded.append(f);
    }
    // fieldsOf() begins with the headline stack: kicker, headline, subheadline, column.
    auto contains = [&folded](int a, const QString &q, bool titleOnly) {
        const QString fq = foldForSearch(q);
        for (qsizetype f = 0; f < (titleOnly ? 4 : folded[a].size()); ++f) {
            if (!folded[a][f].isEmpty() && bruteForceContains(folded[a][f], fq))
                return true;
        }
        return false;
    };
    auto term = [&]() {
        QString q = drawQuery(pool, raw, rng);
        if (rng.bounded(3) == 0) { // one character of it
            for (QChar ch : q) {
                if (kindOf(ch.unicode()) == Kind::Cjk)
                    return QString(ch);
            }
        }
        return q;
    };

    SearchEngine engine(store->database());
    int checked = 0, spanning = 0;
    for (int i = 0; i < 400; ++i) {
        const QString a = term(), b = term();
        const bool aChar = a.size() == 1, bChar = b.size() == 1;
        const int form = int(rng.bounded(7));
        QString text;
        std::function<bool(int)> expected;
        switch (form) {
        case 0:
            text = a + QLatin1Char(' ') + b;
            expected = [&, a, b](int k) { return contains(k, a, false) && contains(k, b, false); };
            break;
        case 1:
            text = a + QStringLiteral(" OR ") + b;
            expected = [&, a, b](int k) { return contains(k, a, false) || contains(k, b, false); };
            spanning += aChar != bChar ? 1 : 0;
            break;
        case 2:
            text = a + QStringLiteral(" -") + b;
            expected = [&, a, b](int k) { return contains(k, a, false) && !contains(k, b, false); };
            break;
        case 3:
            text = QStringLiteral("title:") + a + QLatin1Char(' ') + b;
            expected = [&, a, b](int k) { return contains(k, a, true) && contains(k, b, false); };
            break;
        case 4:
            text = a + QStringLiteral(" page:2");
            expected = [&, a](int k) { return contains(k, a, false) && meta[k].page == 2; };
            break;
        case 5:
            text = a + QStringLiteral(" date:2024-10-22..2024-10-26");
            expected = [&, a](int k) {
                return contains(k, a, false) && meta[k].date >= QDate(2024, 10, 22) && meta[k].date <= QDate(2024, 10, 26);
            };
            break;
        default:
            text = a + QStringLiteral(" OR ") + b + QStringLiteral(" paper:乙报");
            expected = [&, a, b](int k) { return (contains(k, a, false) || contains(k, b, false)) && meta[k].paper == QStringLiteral("乙报"); };
            break;
        }
        QSet<qint64> want;
        for (int k = 0; k < articles.size(); ++k) {
            if (expected(k))
                want.insert(ids[k]);
        }
        const SearchQuery query = SearchQuery::parse(text);
        Result<qint64> total = engine.count(query);
        QVERIFY2(total.ok(), qPrintable(text));
        QVERIFY2(total.value() == want.size(), qPrintable(QStringLiteral("%1: %2 counted, %3 expected").arg(text).arg(total.value()).arg(want.size())));
        // Relevance pages of 7, then the date order in one page: the same set, each hit once.
        for (SearchOptions::Sort sort : {SearchOptions::Sort::Relevance, SearchOptions::Sort::Date}) {
            SearchOptions options;
            options.sort = sort;
            options.snippets = false;
            options.countTotal = false;
            options.limit = sort == SearchOptions::Sort::Relevance ? 7 : 10000;
            QList<qint64> seen;
            for (options.offset = 0;; options.offset += options.limit) {
                Result<SearchResults> page = engine.search(query, options);
                QVERIFY2(page.ok(), qPrintable(text));
                for (const SearchHit &h : page->hits)
                    seen.append(h.id);
                if (page->hits.size() < options.limit || seen.size() > want.size()) // the latter: pages repeat
                    break;
            }
            QVERIFY2(QSet<qint64>(seen.begin(), seen.end()).size() == seen.size(), qPrintable(text));
            QVERIFY2(QSet<qint64>(seen.begin(), seen.end()) == want, qPrintable(text));
        }
        ++checked;
    }
    qInfo("%d combined queries checked, %d OR clauses spanning a character and a longer term", checked, spanning);
    QVERIFY(spanning >= 10);
}

QTEST_GUILESS_MAIN(TestSearchCorrectness)
#include "tst_searchcorrectness.moc"
