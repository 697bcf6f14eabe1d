// Signatures and field lines of literary, book, campus and letters pages, as the eleventh
// session's reviews found them: a pen name behind a mark, a signature set right, a student's
// school and class, a three-part letter signature, an outlet whose name opens with digits, and
// the field lines of a book's data or a paper's fund note that stand as they are. Each rule is
// shown on a minimal page.
#include "core/credits.h"
#include "core/textshape.h"
#include "segmentertestsupport.h"

#include <QTest>

using namespace broadsheet;
using namespace broadsheet::testing;

class TestPageSignatures : public QObject {
    Q_OBJECT
private slots:
    // A pen name behind a mark under the headline is the byline, whatever its first character
    // (止庵, 冰心 name no common surname); a box's label behind a mark stays a label.
    void penNameBehindAMark()
    {
        for (const char *name : { "□止庵", "□冰心", "■阿来" }) {
            const Page p = seg(page({ "旧书店的黄昏", name, "在城南那条窄巷里，曾有一家不挂招牌的旧书店。老板姓何，总坐在门口的藤椅上听收音机。" }));
            QCOMPARE(p.articles.size(), 1);
            QCOMPARE(p.articles[0].headline, u("旧书店的黄昏"));
            QCOMPARE(p.articles[0].byline, u(name));
            QVERIFY(texts(p.articles[0]).first().startsWith(u("在城南")));
        }
        QVERIFY(standaloneByline(u("■简讯")).isNull());
        QVERIFY(standaloneByline(u("□焦点")).isNull());
        const Page box = seg(page({ kBody, "■简讯", "市图书馆新馆开放", "本报讯（记者 王静）市图书馆新馆昨日开放，首日接待读者五千人次。" }));
        for (const Article &a : box.articles)
            QVERIFY(a.byline != u("■简讯"));
    }

    // The field lines of a book's data and of an academic paper stand alone: none runs into the
    // paragraph under it, and a book's data under a review's byline is the review's.
    void fieldLinesStandAlone()
    {
        const Page p = seg("在大地上写作的人\n\n□李建军\n\n《长命》\n刘亮程 著\n译林出版社\n定价：59.00元\n\n"
                           "刘亮程的新作《长命》，写的是一个叫魏姑的村庄里，人与鬼神共处的日常。\n");
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("在大地上写作的人"));
        QCOMPARE(p.articles[0].byline, u("□李建军"));
        QCOMPARE(texts(p.articles[0]),
                 QStringList({ u("《长命》"), u("刘亮程 著"), u("译林出版社"), u("定价：59.00元"), u("刘亮程的新作《长命》，写的是一个叫魏姑的村庄里，人与鬼神共处的日常。") }));

        const Page fund = seg(page({ "家族文献与地方社会", "□王晓明", "基金项目：国家社科基金重大项目（22&ZD275）",
                                     "家族文献是研究地方社会的重要材料，近年来受到学界重视。", "作者单位：南京大学历史学院" }));
        QCOMPARE(fund.articles.size(), 1);
        QCOMPARE(texts(fund.articles[0]).value(0), u("基金项目：国家社科基金重大项目（22&ZD275）"));
        QCOMPARE(texts(fund.articles[0]).value(1), u("家族文献是研究地方社会的重要材料，近年来受到学界重视。"));

        // A book's info line over its blurb.
        const Page blurb = seg(page({ "新书速递", "《宋代的日常》", "吴钩 著　广西师范大学出版社　2024年8月　定价：88.00元",
                                      "本书从饮食、服饰、居住等方面，还原了宋人的日常生活。" }));
        QVERIFY(!blurb.articles.isEmpty());
        const QStringList blocks = texts(blurb.articles.last());
        QVERIFY(blocks.contains(u("本书从饮食、服饰、居住等方面，还原了宋人的日常生活。")));
    }

    // A name set right under an essay's last paragraph signs it, even when a lead paragraph
    // follows; the date and place under it stays with the essay.
    void signatureSetRight()
    {
        const QString pad(20, QChar(0x3000));
        const Page p = PageSegmenter().segment(u("旧书店的黄昏\n\n去年冬天再去，门已经锁了。我在门口站了很久，像送别一位老友。\n\n") + pad
                                               + u("王开岭\n\n本报讯（记者 张杰）6月8日，第二届中国古典文献学青年论坛在复旦大学举行。\n"));
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].byline, u("王开岭"));
        QVERIFY(p.articles[1].headline.isEmpty());
        QVERIFY(p.articles[1].byline.contains(u("张杰")));

        const Page dated = PageSegmenter().segment(u("旧书店的黄昏\n\n去年冬天再去，门已经锁了。我在门口站了很久，像送别一位老友。\n\n") + pad
                                                   + u("止庵\n") + pad + u("2024年9月于北京\n\n新书速递\n\n《宋代的日常》\n\n本书从饮食、服饰、居住等方面，还原了宋人的日常生活。\n"));
        QVERIFY(dated.articles.size() >= 2);
        QCOMPARE(dated.articles[0].byline, u("止庵"));
        QVERIFY(texts(dated.articles[0]).contains(u("2024年9月于北京")));
        for (const Article &a : dated.articles.mid(1)) {
            QVERIFY(a.headline != u("2024年9月于北京"));
            QVERIFY(!a.column.contains(u("止庵")));
        }
    }

    // A student's school, class and name under the essay's title is its byline; 指导老师 is no subhead.
    void studentLine()
    {
        QVERIFY(looksLikeSignature(u("浙江省杭州市文澜中学 初二（3）班 张子涵")));
        QVERIFY(looksLikeSignature(u("江苏省南京市第二十九中学初一（5）班　王一鸣")));
        const Page p = seg(page({ "那一刻，我长大了", "浙江省杭州市文澜中学 初二（3）班 张子涵",
                                  "那天放学，天突然下起了大雨。我站在校门口，看着同学们一个个被家长接走。", "指导老师：李芳" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("那一刻，我长大了"));
        QVERIFY(p.articles[0].column.isEmpty());
        QCOMPARE(p.articles[0].byline, u("浙江省杭州市文澜中学 初二（3）班 张子涵"));
        // (The teacher's line stays a line of the essay, over the teacher's comment that follows it.)
        QCOMPARE(texts(p.articles[0]).value(1), u("指导老师：李芳"));
    }

    // An outlet whose name opens with digits: 21世纪经济报道记者, 36氪记者.
    void outletOpeningWithDigits()
    {
        QVERIFY(!standaloneByline(u("21世纪经济报道记者 王峰 北京报道")).isNull());
        QVERIFY(!standaloneByline(u("36氪记者 李明")).isNull());
        const Page p = seg(page({ "前10月社零总额同比增长3.5%", "21世纪经济报道记者 王峰 北京报道",
                                  "国家统计局11月15日发布数据显示，社会消费品零售总额同比增长3.5%。" }));
        QCOMPARE(p.articles.size(), 1);
        QCOMPARE(p.articles[0].headline, u("前10月社零总额同比增长3.5%"));
        QCOMPARE(p.articles[0].byline, u("21世纪经济报道记者 王峰 北京报道"));
        QVERIFY(p.articles[0].subheadline.isEmpty());
    }

    // A letter signed with place, occupation and name closes the letter, bare or in brackets.
    void threePartLetterSignature()
    {
        QVERIFY(looksLikeSignature(u("北江市东湖街道　退休教师　孙梅英")));
        const Page p = seg("## 为公交司机点个赞\n\n　　上周五晚上，我在18路公交车上突发低血糖，司机李师傅立即停车。\n\n"
                           "北江市东湖街道　退休教师　孙梅英\n\n## 来信简复\n\n　　读者赵先生反映滨河路夜间施工扰民一事。\n");
        QCOMPARE(p.articles.size(), 2);
        QCOMPARE(p.articles[0].byline, u("北江市东湖街道　退休教师　孙梅英"));
        QVERIFY(p.articles[1].kicker.isEmpty());
        QCOMPARE(p.articles[1].headline, u("来信简复"));

        const Page bracketed = seg("## 小区门口的路灯亮了\n\n　　小区门口的路灯坏了半年，反映后第三天就修好了。\n\n"
                                   "（北江市开发区　读者　刘芳）\n\n## 来信简复\n\n　　读者赵先生反映滨河路夜间施工扰民一事。\n");
        QCOMPARE(bracketed.articles.size(), 2);
        QVERIFY(bracketed.articles[0].byline.contains(u("刘芳")));
        QCOMPARE(texts(bracketed.articles[0]).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPageSignatures)
#include "tst_pagesignatures.moc"
