// Tests FtsTokenizer: the tokens it indexes, the query phrases, and both inside a real FTS5 table.
#include "storage/ftstokenizer.h"

#include <QTest>

#include <sqlite3.h>

using namespace broadsheet;

namespace {

QStringList tokenTexts(const QString &text)
{
    QStringList out;
    for (const FtsTokenizer::Token &t : FtsTokenizer::tokenize(text.toUtf8()))
        out.append(QString::fromUtf8(t.text));
    return out;
}

QString mark() { return QString::fromUtf8(FtsTokenizer::kJoinMark); }

// Phrases rendered as "tok tok*|tok tok" for compact comparisons.
QString render(const QList<FtsTokenizer::Phrase> &phrases)
{
    QStringList out;
    for (const FtsTokenizer::Phrase &p : phrases) {
        QStringList tokens;
        for (const FtsTokenizer::QueryToken &t : p)
            tokens.append(QString::fromUtf8(t.text) + (t.prefix ? QStringLiteral("*") : QString()));
        out.append(tokens.join(QLatin1Char(' ')));
    }
    return out.join(QLatin1Char('|'));
}

// A MATCH expression for one term, the way SearchMatch writes it.
QByteArray matchFor(const QString &term, bool phrase = false, bool prefix = false)
{
    QList<QByteArray> alternatives;
    for (const FtsTokenizer::Phrase &p : FtsTokenizer::queryPhrases(term, phrase, prefix)) {
        QList<QByteArray> parts;
        for (const FtsTokenizer::QueryToken &t : p)
            parts.append('"' + t.text + '"' + (t.prefix ? "*" : ""));
        alternatives.append('(' + parts.join(" + ") + ')');
    }
    return alternatives.join(" OR ");
}

} // namespace

class TestFtsTokenizer : public QObject {
    Q_OBJECT

private slots:
    void cjkRunsAreBigramsWithTheirLastCharacter();
    void wordsAreWholeAndFolded();
    void scriptJunctionsAreMarked();
    void spacesBetweenCjkAreNoBreak();
    void characterTerms();
    void offsetsPointIntoTheInput();
    void foldsTraditionalAndWidth();
    void queryPhrases_data();
    void queryPhrases();
    void versionIsStable();
    void matchesInsideFts5_data();
    void matchesInsideFts5();
};

void TestFtsTokenizer::cjkRunsAreBigramsWithTheirLastCharacter()
{
    QCOMPARE(tokenTexts(QStringLiteral("中国人民")),
             (QStringList {QStringLiteral("中国"), QStringLiteral("国人"), QStringLiteral("人民"), QStringLiteral("民")}));
    QCOMPARE(tokenTexts(QStringLiteral("中，国。")), (QStringList {QStringLiteral("中"), QStringLiteral("国")}));
    QCOMPARE(tokenTexts(QStringLiteral("ひらがな")).size(), 4);
    QCOMPARE(tokenTexts(QStringLiteral("한국어")), (QStringList {QStringLiteral("한국"), QStringLiteral("국어"), QStringLiteral("어")}));
    QVERIFY(tokenTexts(QStringLiteral("  ，。！？……——  ")).isEmpty());
    QVERIFY(tokenTexts(QString()).isEmpty());
}

void TestFtsTokenizer::wordsAreWholeAndFolded()
{
    QCOMPARE(tokenTexts(QStringLiteral("COVID-19 5G Ｗｉ－Ｆｉ")),
             (QStringList {QStringLiteral("covid"), QStringLiteral("19"), QStringLiteral("5g"), QStringLiteral("wi"),
                           QStringLiteral("fi")}));
    // A very long run is cut at kMaxWordBytes.
    const QStringList longWord = tokenTexts(QString(300, QLatin1Char('x')));
    QCOMPARE(longWord.size(), 1);
    QCOMPARE(longWord.first().size(), FtsTokenizer::kMaxWordBytes);
}

void TestFtsTokenizer::scriptJunctionsAreMarked()
{
    // A junction names the first character of the run after it.
    // A word's junction names the CJK character after it; a CJK run's junction the whole word.
    QCOMPARE(tokenTexts(QStringLiteral("2024年11月5日电")),
             (QStringList {QStringLiteral("2024") + mark() + QStringLiteral("年"), QStringLiteral("年") + mark() + QStringLiteral("11"),
                           QStringLiteral("11") + mark() + QStringLiteral("月"), QStringLiteral("月") + mark() + QStringLiteral("5"),
                           QStringLiteral("5") + mark() + QStringLiteral("日"), QStringLiteral("日电"), QStringLiteral("电")}));
    QCOMPARE(tokenTexts(QStringLiteral("中国 ABC")),
             (QStringList {QStringLiteral("中国"), QStringLiteral("国"), QStringLiteral("abc")}));
    QCOMPARE(tokenTexts(QStringLiteral("习近平2024")),
             (QStringList {QStringLiteral("习近"), QStringLiteral("近平"), QStringLiteral("平") + mark() + QStringLiteral("2024"),
                           QStringLiteral("2024")}));
}

void TestFtsTokenizer::spacesBetweenCjkAreNoBreak()
{
    // Names padded to three characters (李　强) and letter-spaced headlines read as written;
    // a line break, punctuation or a space next to a word still ends the run.
    QCOMPARE(tokenTexts(QStringLiteral("李　强")), tokenTexts(QStringLiteral("李强")));
    QCOMPARE(tokenTexts(QStringLiteral("技能 \t大赛")), tokenTexts(QStringLiteral("技能大赛")));
    QCOMPARE(tokenTexts(QStringLiteral("技能\n大赛")), (QStringList {QStringLiteral("技能"), QStringLiteral("能"), QStringLiteral("大赛"),
                                                                   QStringLiteral("赛")}));
    QCOMPARE(tokenTexts(QStringLiteral("技能，大赛")), tokenTexts(QStringLiteral("技能\n大赛")));
    QCOMPARE(tokenTexts(QStringLiteral("中国 5G")), (QStringList {QStringLiteral("中国"), QStringLiteral("国"), QStringLiteral("5g")}));
    // The bigram across the space covers it: a highlight of 李强 covers 李　强.
    const QList<FtsTokenizer::Token> tokens = FtsTokenizer::tokenize(QStringLiteral("李　强").toUtf8());
    QCOMPARE(tokens.first().start, 0);
    QCOMPARE(tokens.first().end, 9);
}

void TestFtsTokenizer::characterTerms()
{
    auto render = [](const QString &text, bool prefix) {
        const auto t = FtsTokenizer::characterTerm(text, prefix);
        return t ? QString::fromUtf8(t->token) + (t->prefix ? QStringLiteral("*") : QString()) : QStringLiteral("-");
    };
    QCOMPARE(render(QStringLiteral("會"), false), QStringLiteral("会"));
    QCOMPARE(render(QStringLiteral("２０２４"), false), QStringLiteral("2024"));
    QCOMPARE(render(QStringLiteral("cov"), true), QStringLiteral("cov*"));
    QCOMPARE(render(QStringLiteral("C++"), false), QStringLiteral("c"));
    QCOMPARE(render(QStringLiteral("社会"), false), QStringLiteral("-"));
    QCOMPARE(render(QStringLiteral("5G网"), false), QStringLiteral("-"));
    QCOMPARE(render(QStringLiteral("new york"), false), QStringLiteral("-"));
    QCOMPARE(render(QStringLiteral("，。"), false), QStringLiteral("-"));
    // The character tables' tokens: each CJK character once, each word.
    QList<QByteArray> tokens;
    const QByteArray text = QStringLiteral("中国中GDP增长5%，gdp").toUtf8();
    FtsTokenizer::tokenizeCharacters(text.constData(), int(text.size()), &tokens,
                                     [](void *c, const char *t, int n, int, int, int, int) {
                                         static_cast<QList<QByteArray> *>(c)->append(QByteArray(t, n));
                                         return 0;
                                     });
    QCOMPARE(tokens, (QList<QByteArray> {QStringLiteral("中").toUtf8(), QStringLiteral("国").toUtf8(), "gdp",
                                         QStringLiteral("增").toUtf8(), QStringLiteral("长").toUtf8(), "5", "gdp"}));
}

void TestFtsTokenizer::offsetsPointIntoTheInput()
{
    const QByteArray text = QStringLiteral("A中国ｂ").toUtf8(); // 1 + 3 + 3 + 3 bytes
    const QList<FtsTokenizer::Token> tokens = FtsTokenizer::tokenize(text);
    QCOMPARE(tokens.size(), 4);
    QCOMPARE(tokens[0].text, QByteArray("a") + FtsTokenizer::kJoinMark + QStringLiteral("中").toUtf8());
    QCOMPARE(tokens[0].start, 0);
    QCOMPARE(tokens[0].end, 1);
    QCOMPARE(tokens[0].joinEnd, 4);
    QCOMPARE(tokens[1].text, QStringLiteral("中国").toUtf8());
    QCOMPARE(tokens[1].start, 1);
    QCOMPARE(tokens[1].firstEnd, 4);
    QCOMPARE(tokens[1].end, 7);
    QCOMPARE(tokens[2].text, QStringLiteral("国").toUtf8() + FtsTokenizer::kJoinMark + QByteArray("b"));
    QCOMPARE(tokens[2].start, 4);
    QCOMPARE(tokens[2].end, 7);
    QCOMPARE(tokens[2].joinEnd, 10);
    QCOMPARE(tokens[3].text, QByteArray("b"));
    QCOMPARE(tokens[3].start, 7);
    QCOMPARE(tokens[3].end, 10);
}

void TestFtsTokenizer::foldsTraditionalAndWidth()
{
    QCOMPARE(tokenTexts(QStringLiteral("總工會")), tokenTexts(QStringLiteral("总工会")));
    QCOMPARE(tokenTexts(QStringLiteral("社會工作")), tokenTexts(QStringLiteral("社会工作")));
    QCOMPARE(tokenTexts(QStringLiteral("ＡＢＣ１２３")), QStringList {QStringLiteral("abc123")});
}

void TestFtsTokenizer::queryPhrases_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<bool>("phrase");
    QTest::addColumn<bool>("prefix");
    QTest::addColumn<QString>("expected");
    const QString m = mark();
    QTest::newRow("one han") << QStringLiteral("社") << false << false << QStringLiteral("社*");
    QTest::newRow("han word") << QStringLiteral("社会工作") << false << false << QStringLiteral("社会 会工 工作");
    QTest::newRow("traditional") << QStringLiteral("社會") << false << false << QStringLiteral("社会");
    QTest::newRow("latin word") << QStringLiteral("COVID") << false << false
                                << QStringLiteral("covid|covid") + m + QStringLiteral("*");
    QTest::newRow("latin prefix") << QStringLiteral("cov") << false << true << QStringLiteral("cov*");
    QTest::newRow("digits then han") << QStringLiteral("11月") << false << false
                                     << QStringLiteral("11") + m + QStringLiteral("月");
    QTest::newRow("han then latin") << QStringLiteral("国ABC") << false << false
                                    << QStringLiteral("国") + m + QStringLiteral("abc*");
    QTest::newRow("han, word, han") << QStringLiteral("平2024年") << false << false
                                    << QStringLiteral("平") + m + QStringLiteral("2024 2024") + m + QStringLiteral("年");
    QTest::newRow("date") << QStringLiteral("11月4日") << false << false
                          << QStringLiteral("11") + m + QStringLiteral("月 月") + m + QStringLiteral("4 4") + m + QStringLiteral("日");
    QTest::newRow("digit after han") << QStringLiteral("3月1") << false << false
                                     << QStringLiteral("3") + m + QStringLiteral("月 月") + m + QStringLiteral("1*");
    QTest::newRow("punctuation inside") << QStringLiteral("社会，工作") << false << false
                                        << QStringLiteral("社会 会 工作");
    QTest::newRow("phrase space") << QStringLiteral("技能 大赛") << true << false
                                  << QStringLiteral("技能 能大 大赛");
    QTest::newRow("phrase space before word") << QStringLiteral("中国 5G") << true << false
                                              << QStringLiteral("中国 国") + m + QStringLiteral("5g*|中国 国 5g*");
    QTest::newRow("latin phrase") << QStringLiteral("new york") << true << false
                                  << QStringLiteral("new york|new york") + m + QStringLiteral("*");
    QTest::newRow("only punctuation") << QStringLiteral("，。") << false << false << QString();
}

void TestFtsTokenizer::queryPhrases()
{
    QFETCH(QString, term);
    QFETCH(bool, phrase);
    QFETCH(bool, prefix);
    QFETCH(QString, expected);
    QCOMPARE(render(FtsTokenizer::queryPhrases(term, phrase, prefix)), expected);
}

void TestFtsTokenizer::versionIsStable()
{
    QVERIFY(FtsTokenizer::version().startsWith(QLatin1String("bigram-")));
    QCOMPARE(FtsTokenizer::version(), FtsTokenizer::version());
}

void TestFtsTokenizer::matchesInsideFts5_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<bool>("phrase");
    QTest::addColumn<QList<int>>("rows");
    // rows: 1 社会工作部挂牌 2 社會工作 3 中国ABC 4 中国 ABC 5 ABC中国 6 2024年11月 7 技能大赛 8 技能、大赛
    //       9 技能 大赛 10 习近平2024年 11 习近平20岁
    QTest::newRow("substring") << QStringLiteral("会工") << false << QList<int> {1, 2};
    QTest::newRow("traditional query") << QStringLiteral("社會工作") << false << QList<int> {1, 2};
    QTest::newRow("single char mid-run") << QStringLiteral("作") << false << QList<int> {1, 2};
    QTest::newRow("single char run end") << QStringLiteral("牌") << false << QList<int> {1};
    QTest::newRow("single char before latin") << QStringLiteral("国") << false << QList<int> {3, 4, 5};
    QTest::newRow("han touching latin") << QStringLiteral("国AB") << false << QList<int> {3};
    QTest::newRow("latin touching han") << QStringLiteral("abc中") << false << QList<int> {5};
    QTest::newRow("whole latin word") << QStringLiteral("abc") << false << QList<int> {3, 4, 5};
    QTest::newRow("partial latin word") << QStringLiteral("ab") << false << QList<int> {};
    QTest::newRow("digits and han") << QStringLiteral("24年11") << false << QList<int> {};
    QTest::newRow("year") << QStringLiteral("2024年11月") << false << QList<int> {6};
    QTest::newRow("phrase with space") << QStringLiteral("技能 大赛") << true << QList<int> {7, 9};
    QTest::newRow("bare word") << QStringLiteral("技能大赛") << false << QList<int> {7, 9};
    QTest::newRow("across punctuation") << QStringLiteral("能、大") << false << QList<int> {8};
    QTest::newRow("han and word prefix") << QStringLiteral("习近平20") << false << QList<int> {10, 11};
    QTest::newRow("han and whole word") << QStringLiteral("平2024年") << false << QList<int> {10};
    QTest::newRow("han and one digit") << QStringLiteral("平2") << false << QList<int> {10, 11};
    QTest::newRow("not a word start") << QStringLiteral("平024") << false << QList<int> {};
}

void TestFtsTokenizer::matchesInsideFts5()
{
    QFETCH(QString, term);
    QFETCH(bool, phrase);
    QFETCH(QList<int>, rows);

    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &db), SQLITE_OK);
    const Status registered = FtsTokenizer::registerWith(db);
    QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error()));
    QCOMPARE(sqlite3_exec(db, "CREATE VIRTUAL TABLE t USING fts5(body, content='', tokenize='broadsheet')",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    const QStringList docs = {QStringLiteral("社会工作部挂牌"), QStringLiteral("社會工作"), QStringLiteral("中国ABC"),
                              QStringLiteral("中国 ABC"), QStringLiteral("ABC中国"), QStringLiteral("2024年11月"),
                              QStringLiteral("技能大赛"), QStringLiteral("技能、大赛"), QStringLiteral("技能 大赛"),
                              QStringLiteral("习近平2024年"), QStringLiteral("习近平20岁")};
    sqlite3_stmt *insert = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, "INSERT INTO t (rowid, body) VALUES (?1, ?2)", -1, &insert, nullptr), SQLITE_OK);
    for (int i = 0; i < docs.size(); ++i) {
        const QByteArray text = docs[i].toUtf8();
        sqlite3_bind_int(insert, 1, i + 1);
        sqlite3_bind_text(insert, 2, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        QCOMPARE(sqlite3_step(insert), SQLITE_DONE);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);

    QList<int> found;
    const QByteArray match = matchFor(term, phrase);
    sqlite3_stmt *query = nullptr;
    QCOMPARE(sqlite3_prepare_v2(db, "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid", -1, &query, nullptr), SQLITE_OK);
    sqlite3_bind_text(query, 1, match.constData(), int(match.size()), SQLITE_TRANSIENT);
    int rc;
    while ((rc = sqlite3_step(query)) == SQLITE_ROW)
        found.append(sqlite3_column_int(query, 0));
    QVERIFY2(rc == SQLITE_DONE, sqlite3_errmsg(db));
    sqlite3_finalize(query);
    sqlite3_close(db);
    QCOMPARE(found, rows);
}

QTEST_GUILESS_MAIN(TestFtsTokenizer)
#include "tst_ftstokenizer.moc"
