// How pieces open and close on pages of the fifth session's reviews (national dailies, notice and
// serial pages, 1990s-2000s metro papers): notes closing a piece, column labels however set,
// captions next to headlines, and credits in the head or at the foot. Each rule is shown on a
// minimal page written for it.
#include "segmentertestsupport.h"

#include <QTest>

using namespace broadsheet;
using namespace broadsheet::testing;

class TestPagePieces : public QObject {
    Q_OBJECT
private slots:
    // A note on the piece itself closes it however long it is (theory pages' funding notes), and
    // is never the kicker of the next piece.
    void noteOnThePieceClosesIt()
    {
        const Page p = seg(page({ "# 在比较中把握传统的延续性", "传统的延续，不是把过去原封不动地搬到今天，而是在转化中不断生长。",
                                  "（本文系国家社科基金重大项目“地方文献整理与研究”（22&ZD101）阶段性成果）",
                                  "# 公共文化服务的供给逻辑", "近年来，县级融媒体中心逐步拓展为综合服务平台，群众点单、中心派单。" }));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(texts(p.articles[0]).size(), 2);
        QVERIFY(texts(p.articles[0]).last().startsWith(u("（本文系")));
        QCOMPARE(p.articles[1].kicker, QString());
        QCOMPARE(p.articles[1].headline, u("公共文化服务的供给逻辑"));
    }

    // A short heading set smaller than the headline under it is the column's name, in markdown as
    // in plain lines; a longer one is still a kicker.
    void smallerShortHeadingIsTheColumn()
    {
        const Page p = seg(page({ "## 学术圆桌", "# 在比较中把握传统的延续性", "**作者：周明远**", kBody }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].column, u("学术圆桌"));
        QCOMPARE(p.articles[0].kicker, QString());
        QCOMPARE(p.articles[0].headline, u("在比较中把握传统的延续性"));
        const Page q = seg(page({ "## 守护一方碧水的二十年", "# 在比较中把握传统的延续性", kBody }));
        QCOMPARE(q.articles[0].column, QString());
        QCOMPARE(q.articles[0].kicker, u("守护一方碧水的二十年"));
    }
};

QTEST_GUILESS_MAIN(TestPagePieces)
#include "tst_pagepieces.moc"
