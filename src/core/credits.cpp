#include "core/credits.h"

#include "core/hanvariants.h"
#include "core/textshape.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace broadsheet {

namespace {

constexpr auto kUnicode = QRegularExpression::UseUnicodePropertiesOption;

// Who: 记者, 本报记者, 工人日报记者, 新华社记者, 特约记者, 通讯员, 本报通讯员, 实习生, 拍友, …
// (An outlet's name may open with its figures: 21世纪经济报道记者, 36氪记者.)
const QString kRole = QStringLiteral(
    "(?:(?:[\\x{4E00}-\\x{9FFF}]{1,6}[·•])?(?:[0-9０-９]{1,3}(?=[\\x{4E00}-\\x{9FFF}]))?[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{3007}]{0,8}?(?:记者|通讯员|实习生|评论员|撰稿人|报道员|摄影师)|驻[\\x{4E00}-\\x{9FFF}]{1,6}特派员|编译|拍友|作者|文\\s*[/／]\\s*图?|图\\s*[/／]|摄影\\s*[/／]"
    "|(?:作者|撰文|摄影|图片|口述|整理|制图|文|图|报道|报导|采访|文字|记者|撰稿)\\s*[：:]|(?:编译|翻译|整理|编辑)\\s*[：:/／])");
// A name: two to five Han characters (or a transliterated name with ·), or a two-character name
// padded to the width of three (王　浩, 王  浩).
const QString kName = QStringLiteral("(?:[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{3007}·•]{2,6}"
                                     "|[\\x{4E00}-\\x{9FFF}](?:\\x{3000}{1,2}| {1,2})[\\x{4E00}-\\x{9FFF}](?![\\x{4E00}-\\x{9FFF}]))");
// A writers list: role, optional space, names separated by spaces or 、, repeated.
// Names are set apart by 、 or commas, or by spaces alone (新华社记者　张晓松　朱基钗).
const QString kWriters = QStringLiteral("(?:[□■●◆▲★◇○]\\s*)?%1\\s*%2(?:(?:\\s*[、，,]\\s*|\\s+)%2)*(?:\\s+%1\\s*%2(?:(?:\\s*[、，,]\\s*|\\s+)%2)*)*")
                             .arg(kRole, kName);
// A dated dateline: 新华社北京11月6日电, 据新华社北京11月6日电, 本报杭州11月5日电, 中新网北京11月5日电,
// and the dated 讯头 of many papers, 本报北京4月12日讯.
const QString kWireDateline = QStringLiteral(
    "(?:据)?[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{3007}A-Za-z]{1,12}?"
    "(?:(?:[0-9０-９]{4}|[〇零○一二三四五六七八九]{4})年)?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日%1"
    // A wire agency's dateline names the day only: 中央社记者苏思云台北27日电, 法新社巴黎26日电.
    "|(?:据)?(?:中央社|法新社|路透社?|美联社|共同社|韩联社|塔斯社|安莎社|德新社|埃菲社|新华社|中新社|本报)[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}A-Za-z]{0,12}?"
    "(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日%1").arg(QStringLiteral(
    // The hour older papers give (本报北京3月5日下午电, 本報南京十一日下午九時發專電).
    "(?:(?:上午|下午|中午|晚上?|早晨?|凌晨|夜间?)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})?[时点]?)?发?专?[电讯]"));

// A paper's own 讯头 word: 本报讯, 大公报讯, 新加坡讯, 中青网讯 — never a box's label, 简讯, 快讯,
// 资讯, 喜讯, nor a word of 讯 such as 审讯, 传讯, 通讯 closing a heading.
const QString kNewsTag = QStringLiteral(
    "(?:本|[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{3007}]{1,5}[^简快短资要图喜警商财速视通电审问死音传质查侦佳\\s\\p{P}\\p{S}])讯");

bool mentionsRole(QStringView s)
{
    static const WordSet roles { u"记者", u"通讯员", u"实习生", u"评论员", u"撰稿", u"报道员", u"拍友", u"特派员", u"编译" };
    return roles.foundIn(s);
}

// Every photo credit names how the picture came (摄, 供图, 新华社发, …): a cheap test first.
bool mayHoldPhotoCredit(QStringView s)
{
    static const WordSet words { u"摄", u"供图", u"制图", u"发", u"资料", u"视觉中国", u"东方IC", u"CFP", u"拼版", u"传真",
                                 u"图片来源", u"图片提供", u"图源", u"图片由", u"照片由", u"图由", u"图：", u"图:", u"图/", u"图／", u"取材自", u"翻摄",
                                 u"档案照", u"图片", u"照片", u"路透", u"法新", u"美联", u"欧新", u"彭博", u"共同社", u"韩联社", u"漫画", u"制图", u"图表" };
    // 提供 and 绘 are common words: only as the last word do they credit a picture (（受访者提供）, 王成 绘).
    const QStringView tail = s.right(5);
    return words.foundIn(s) || tail.contains(u"提供") || tail.contains(u'绘') || tail.contains(u'繪');
}

QString trimmed(QStringView s) { return s.trimmed().toString(); }

// The text inside the brackets that enclose all of it ((刘焌陶摄) → 刘焌陶摄), or the text as it is.
QStringView unbracketed(QStringView s)
{
    if (s.size() > 2 && (s.front() == u'(' || s.front() == u'（') && (s.back() == u')' || s.back() == u'）'))
        return s.mid(1, s.size() - 2).trimmed();
    return s;
}

// The text after a credit, without the colon some papers set after it (记者张明报道：…).
QString afterColon(QStringView s)
{
    s = s.trimmed();
    if (!s.isEmpty() && (s.front() == u'：' || s.front() == u':'))
        s = s.mid(1);
    return trimmed(s);
}

// Where an item came from, closing it in brackets: (据新华社), (新华社微特稿), (综合新华社、央视新闻),
// (本报综合), (来源：人民网).
const Pattern &sourceCredit()
{
    static const Pattern re = hanRegex(QStringLiteral(
        "^(?:(?:均据|据|综合|综合自|编译自|来源\\s*[：:])\\s*[\\x{4E00}-\\x{9FFF}A-Za-z、·]{1,24}?"
        "(?:社|网|台|报|新闻|频道|客户端|发布|融媒|央视|视频)(?:电|消息|报道)?"
        "|(?:新华社|中新社|中新网|人民网|央视新闻|本报|本刊)(?:微特稿|特稿|专电|综合|电)|本报综合|综合报道"
        // Any body that sent the piece in, or is named as its source: (江城市司法局供稿), (来源：市卫健委).
        "|来源\\s*[：:]\\s*[\\x{4E00}-\\x{9FFF}A-Za-z0-9、·\\s]{2,24}|[\\x{4E00}-\\x{9FFF}A-Za-z、·\\s]{2,24}?\\s*供稿"
        "|中央社|法新社|路透社?|美联社|共同社|韩联社|彭博社?|塔斯社)$"), kUnicode);
    return re;
}

} // namespace

bool startsWithDateline(QStringView p)
{
    static const WordSet marks { u"电", u"讯" };
    if (!marks.foundIn(p.left(40)))
        return false;
    static const Pattern re = hanRegex(QStringLiteral("^(?:%1|(?:[\\x{4E00}-\\x{9FFF}]{1,6}[·•])?%2(?=\\s|[(（]))").arg(kWireDateline, kNewsTag), kUnicode);
    return re.match(p.left(40)).hasMatch();
}

bool takeWireEnd(QString &p)
{
    // (Asked of every paragraph: its last character first.)
    if (p.size() < 3)
        return false;
    const QChar last = std::as_const(p).back(); // (not detaching the text)
    if ((last == u'）' || last == u')') && p.at(p.size() - 2) == u'完' && (p.at(p.size() - 3) == u'（' || p.at(p.size() - 3) == u'(')) {
        p = p.chopped(3).trimmed();
        return true;
    }
    // (The CNA's trailer is no staff line of the page: it closes each story, on its own line or run
    // into the last sentence.)
    if (p.size() >= 12 && last.isDigit()) {
        static const Pattern cna = hanRegex(QStringLiteral("[（(]\\s*编辑\\s*[：:]\\s*[\\x{4E00}-\\x{9FFF}/／、·\\s]{2,24}[）)]\\s*1[0-9]{6}$"));
        const qsizetype from = std::max<qsizetype>(0, p.size() - 40);
        if (const QRegularExpressionMatch m = cna.match(QStringView(p).mid(from)); m.hasMatch()) {
            p.truncate(from + m.capturedStart());
            p = p.trimmed();
            return true;
        }
    }
    return false;
}

bool startsWithNewsTag(QStringView p)
{
    const QStringView head = p.trimmed().left(10);
    if (!head.contains(u'讯') && !head.contains(u'訊'))
        return false;
    static const Pattern re = hanRegex(QStringLiteral("^[【\\[]?%1[】\\]]?(?=\\s|[(（]|$|[】\\]])").arg(kNewsTag));
    return re.match(head).hasMatch();
}

CreditSplit splitLeadingCredit(QStringView p)
{
    const QStringView head = p.left(120);
    CreditSplit out;
    // Every leading credit names a dateline (…电, …讯) or a writer within its first characters;
    // most paragraphs are rejected here without running a pattern.
    const QStringView opening = p.left(48);
    static const WordSet leadWords { u"电", u"讯", u"记者", u"通讯员", u"报道", u"报导", u"实习生", u"特派员", u"编译" };
    // (An agency alone in brackets, 〔中央社〕 or （法新社）, names none of them.)
    const QChar first = opening.isEmpty() ? QChar() : opening.front();
    const bool agencyTag = (first == u'（' || first == u'(' || first == u'〔' || first == u'【') && opening.left(7).contains(u'社');
    // (Nor does 澳门日报's 【本报消息】.)
    const bool newsTag = first == u'【' && opening.left(8).contains(u"消息");
    if (!agencyTag && !newsTag && !leadWords.foundIn(opening))
        return out;
    // 0. A credit in lenticular brackets opening the paragraph, as Taiwan and Hong Kong papers
    //    set them: 【記者陳宏宇／台北報導】, 〔中央社台北1日電〕, 【本报讯】, 〔中央社〕; or a dated 讯头 or
    //    an agency in round brackets, as Malaysian papers and wire copy set them: （吉隆坡11日讯）, （法新社）.
    static const Pattern boxed = hanRegex(QStringLiteral("^\\s*[【〔［](?<in>[^【】〔〕［］]{2,40})[】〕］]"), kUnicode);
    static const Pattern rounded = hanRegex(QStringLiteral("^\\s*[（(](?<in>[^（）()]{2,30})[）)]"), kUnicode);
    const QStringView opened = head.trimmed();
    const bool boxOpens = !opened.isEmpty() && (opened.front() == u'【' || opened.front() == u'〔' || opened.front() == u'［');
    // (Round brackets only for a dated 讯头, an agency or a round-up: (本报记者 X) is read below.)
    const bool roundOpens = !opened.isEmpty() && (opened.front() == u'（' || opened.front() == u'(')
        && (agencyTag || opened.left(24).contains(u'日') || opened.mid(1, 2).contains(u'综') || opened.mid(1, 2).contains(u'綜'));
    if (const QRegularExpressionMatch b = boxOpens ? boxed.match(head) : roundOpens ? rounded.match(head) : QRegularExpressionMatch(); b.hasMatch()) {
        const QString inner = b.captured(u"in").trimmed();
        static const Pattern dated = hanRegex(QStringLiteral("^(?:%1|(?:据)?[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}A-Za-z]{1,20}?[0-9０-９]{1,2}日[电讯])$").arg(kWireDateline), kUnicode);
        static const Pattern reportedBy = hanRegex(QStringLiteral("(?:报道|报导|专访|综合报道|外电|本报讯)$"));
        // A paper's own tag: 【明报专讯】, 【大公报讯】, 【星岛日报报道】; 澳门日报's 【本报消息】 (an outlet's
        // 消息 only: 【最新消息】 is a label).
        static const Pattern ownTag = hanRegex(QStringLiteral("^(?:[\\x{4E00}-\\x{9FFF}]{1,8}(?:专讯|报道|报导|专电)|%1|[\\x{4E00}-\\x{9FFF}]{0,6}[报社网台]消息)$").arg(kNewsTag));
        static const Pattern agency = hanRegex(QStringLiteral("^(?:中央社|法新社|路透社?|美联社|共同社|韩联社|塔斯社|新华社|中新社|彭博社?)$"));
        // Foreign press as a digest cites it: 【美国《华尔街日报》网站3月5日报道】.
        static const Pattern cited = hanRegex(QStringLiteral("^[^【】〔〕]{2,30}?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:报道|报导|消息|文章)$"));
        // A wire agency's dated report from several sources, as Taiwan papers open it:
        // （中央社华盛顿4日综合外电报导）; and a round-up's own note, （综合报导）.
        static const Pattern agencyReported = hanRegex(QStringLiteral(
            "^(?:中央社|法新社|路透社?|美联社|共同社|韩联社|新华社|中新社)[\\x{4E00}-\\x{9FFF}A-Za-z]{0,12}?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日"
            "(?:综合)?(?:外电)?报[道导]$"), kUnicode);
        static const Pattern roundUp = hanRegex(QStringLiteral("^(?:本报)?综合(?:外电)?报[道导]$"));
        if (dated.match(inner).hasMatch() || (boxOpens && cited.match(inner).hasMatch()) || agencyReported.match(inner).hasMatch())
            out.dateline = inner;
        else if (agency.match(inner).hasMatch() || roundUp.match(inner).hasMatch())
            out.byline = inner;
        else if (roundOpens)
            ; // (本报记者 X) and other round brackets are read below
        else if ((mentionsRole(inner) && (reportedBy.match(inner).hasMatch() || standaloneByline(inner) == inner)) || ownTag.match(inner).hasMatch())
            out.byline = inner;
        if (out.found()) {
            qsizetype end = b.capturedEnd();
            // The paper's tag and then its reporter: 【大公报讯】记者黄山报道：…, 【本报讯】记者李明报道：….
            static const Pattern reporter = hanRegex(QStringLiteral("^\\s*(?<by>%1[^\\s。，,；;！？!?：:]{0,30}?报[道导])\\s*(?=[：:])").arg(kRole), kUnicode);
            if (out.dateline.isNull() && !agency.match(inner).hasMatch())
                if (const QRegularExpressionMatch r = reporter.match(head.mid(end)); r.hasMatch()) {
                    out.byline += QLatin1Char(' ') + r.captured(u"by");
                    end += r.capturedEnd();
                }
            out.rest = afterColon(p.mid(end));
            return out;
        }
    }
    // 1. A wire or paper dateline with a date, optionally followed by (记者 …) or 记者 X.
    static const Pattern wire = hanRegex(QStringLiteral("^(?<dl>%1)").arg(kWireDateline), kUnicode);
    static const Pattern wireNoDate = hanRegex(QStringLiteral("^(?<dl>(?:据)?(?:新华社|中新社|中新网)电)"), kUnicode);
    static const Pattern paren = hanRegex(QStringLiteral("^\\s*[(（](?<by>[^()（）]{1,60})[)）]"), kUnicode);
    static const Pattern bare = hanRegex(QStringLiteral("^\\s+(?<by>%1)(?=\\s)").arg(kWriters), kUnicode);
    static const Pattern bareReported = hanRegex(QStringLiteral("^\\s*(?<by>%1[^\\s。，,；;！？!?：:]{0,30}?报[道导])\\s*[：:]").arg(kRole), kUnicode);
    // Several writers, the last one's verb closing the list: 记者王五 通讯员赵六报道：.
    static const Pattern writersReported = hanRegex(QStringLiteral("^\\s*(?<by>%1\\s*报[道导])(?=\\s*[：:])").arg(kWriters), kUnicode);
    QRegularExpressionMatch m = wire.match(head);
    if (!m.hasMatch())
        m = wireNoDate.match(head);
    if (m.hasMatch()) {
        out.dateline = m.captured(u"dl");
        qsizetype end = m.capturedEnd();
        const QStringView after = head.mid(end);
        QRegularExpressionMatch b = paren.match(after);
        if (b.hasMatch() && mentionsRole(b.capturedView(u"by"))) {
            out.byline = trimmed(b.capturedView(u"by"));
            end += b.capturedEnd();
        } else if ((b = writersReported.match(after)).hasMatch() || (b = bare.match(after)).hasMatch() || (b = bareReported.match(after)).hasMatch()) {
            out.byline = trimmed(b.capturedView(u"by"));
            end += b.capturedEnd();
        }
        out.rest = afterColon(p.mid(end));
        return out;
    }
    // 2. 本报讯 (讯头) with what follows it: (记者 X 通讯员 Y), 记者X报道, 记者 X.
    // (Joined outlets too: 中青报·中青网讯.)
    static const Pattern xun = hanRegex(QStringLiteral("^(?<xun>(?:[\\x{4E00}-\\x{9FFF}]{1,6}[·•])?%1)(?=\\s|[(（]|记者|通讯员)").arg(kNewsTag), kUnicode);
    static const Pattern reported = hanRegex(QStringLiteral("^\\s*(?<by>[^\\s。，,；;！？!?：:]{1,40}?报[道导])(?=\\s|[：:]|$)"), kUnicode);
    m = xun.match(head);
    if (m.hasMatch()) {
        qsizetype end = m.capturedEnd();
        const QStringView after = head.mid(end);
        QRegularExpressionMatch b = paren.match(after);
        if ((b.hasMatch() && mentionsRole(b.capturedView(u"by"))) || (b = reported.match(after)).hasMatch()
            || (b = writersReported.match(after)).hasMatch() || (b = QRegularExpressionMatch(bare.match(after))).hasMatch())
            end += b.capturedEnd();
        out.byline = trimmed(head.left(end));
        out.rest = afterColon(p.mid(end));
        return out;
    }
    // 3. 记者X报道 at the start, or a bracketed byline (本报记者 X) opening the paragraph.
    // Also 记者陈秀英报道：…, 记者王小明／台北报导 …, and 综合外电报导 ….
    static const Pattern leadReported = hanRegex(QStringLiteral(
        "^(?<by>(?:本报)?%1[^\\s。，,；;！？!?：:]{0,30}?报[道导]|综合外电报[道导]|综合报[道导]|综合外电)(?=\\s|[：:])").arg(kRole), kUnicode);
    m = leadReported.match(head);
    if (m.hasMatch()) {
        out.byline = m.captured(u"by");
        out.rest = afterColon(p.mid(m.capturedEnd()));
        return out;
    }
    m = paren.match(head);
    if (m.hasMatch() && m.capturedStart() == 0 && mentionsRole(m.capturedView(u"by"))) {
        static const Pattern onlyWriters = hanRegex(QStringLiteral("^\\s*%1\\s*$").arg(kWriters), kUnicode);
        if (onlyWriters.match(m.capturedView(u"by")).hasMatch()) {
            out.byline = trimmed(m.capturedView(u"by"));
            out.rest = trimmed(p.mid(m.capturedEnd()));
        }
    }
    return out;
}

CreditSplit splitTrailingCredit(QStringView p)
{
    CreditSplit out;
    const QStringView trimmedEnd = p.trimmed();
    if (trimmedEnd.isEmpty() || (trimmedEnd.back() != u')' && trimmedEnd.back() != u'）'))
        return out;
    const qsizetype from = std::max<qsizetype>(0, p.size() - 90);
    const QStringView tail = p.mid(from);
    static const Pattern closing = hanRegex(QStringLiteral("[(（](?<inner>[^()（）]{2,80})[)）]\\s*$"), kUnicode);
    const QRegularExpressionMatch m = closing.match(tail);
    if (!m.hasMatch())
        return out;
    const QStringView before = p.left(from + m.capturedStart()).trimmed();
    // Only a credit when it closes a sentence (or is the whole paragraph): "…新纪录。(新华社…)".
    static const Pattern sentenceEnd = hanRegex(QStringLiteral("[。！？!?…”’」』]$"));
    if (!before.isEmpty() && !sentenceEnd.match(before).hasMatch())
        return out;
    const QStringView inner = m.capturedView(u"inner").trimmed();
    // Who asked, closing a question (问：…是不是过敏？（读者 张女士）), is part of the question.
    static const WordSet askers { u"读者", u"网友", u"市民", u"患者", u"家长", u"听众", u"观众", u"考生", u"居民", u"村民", u"职工", u"网民" };
    if (!before.isEmpty() && (before.back() == u'？' || before.back() == u'?') && askers.foundIn(inner.left(3)))
        return out;
    // A photo's credit closing its caption ((新华社记者 李文摄)) names no writer of the text.
    if (isCreditLine(inner) && !sourceCredit().match(inner).hasMatch())
        return out;
    static const Pattern datelineFirst = hanRegex(QStringLiteral("^(?<dl>%1)\\s*(?<by>%2)?\\s*$").arg(kWireDateline, kWriters), kUnicode);
    static const Pattern writersOnly = hanRegex(QStringLiteral("^%1$").arg(kWriters), kUnicode);
    static const Pattern writersThenDateline = hanRegex(QStringLiteral("^(?<by>%1)\\s+(?<dl>%2)$").arg(kWriters, kWireDateline), kUnicode);
    QRegularExpressionMatch c = datelineFirst.match(inner);
    if (c.hasMatch()) {
        out.dateline = c.captured(u"dl");
        if (c.hasCaptured(u"by") && !c.capturedView(u"by").isEmpty())
            out.byline = c.captured(u"by").trimmed();
    } else if ((c = writersThenDateline.match(inner)).hasMatch()) {
        out.byline = c.captured(u"by").trimmed();
        out.dateline = c.captured(u"dl");
    } else if (writersOnly.match(inner).hasMatch()) {
        out.byline = inner.toString();
    } else if (sourceCredit().match(inner).hasMatch()) {
        out.byline = inner.toString();
    } else if (static const Pattern namedFirst = hanRegex(QStringLiteral("^%1(?:\\s*[、，,\\s]\\s*%1)*\\s*(?:编译|翻译|整理|综合整理|综合)$").arg(kName), kUnicode);
               (inner.endsWith(u"编译") || inner.endsWith(u"翻译") || inner.endsWith(u"整理") || inner.endsWith(u"综合") || inner.endsWith(u"編譯"))
               && namedFirst.match(inner).hasMatch()) {
        // The writers before what they did: （李想 编译）, （王蕾、张明 整理）.
        out.byline = inner.toString();
    } else if (looksLikeSignature(inner)) {
        // A brief signed in brackets: …。（顾　阳）, （武义县融媒体中心 何 洁）.
        out.byline = inner.toString();
    } else {
        return out;
    }
    out.rest = before.toString();
    return out;
}

namespace {
// 题：… with no sentence in it, and the writer's name (萨姆·琼斯, 李明、王芳) in brackets after it.
const Pattern &digestTitle()
{
    static const Pattern re = hanRegex(QStringLiteral(
        "^(?:[【〔［][^【】〔〕［］]{2,40}[】〕］]\\s*)?(?<title>题\\s*[：:][^。！？!?]{2,80}?)\\s*"
        "(?:[（(]\\s*(?<by>作者\\s*[：:]?\\s*[\\x{4E00}-\\x{9FFF}·•・]{2,12}(?:(?:\\s*[、，,]\\s*|\\s+)[\\x{4E00}-\\x{9FFF}·•・]{2,12}){0,3})\\s*[）)])?$"),
        kUnicode);
    return re;
}
} // namespace

bool isDigestTitle(QStringView p)
{
    const QStringView t = p.trimmed();
    return t.size() <= 160 && (t.contains(u'题') || t.contains(u'題')) && digestTitle().match(t).hasMatch();
}

CreditSplit splitDigestTitleWriter(QStringView p)
{
    CreditSplit out;
    const QStringView t = p.trimmed();
    if (!(t.endsWith(u'）') || t.endsWith(u')')) || !isDigestTitle(t))
        return out;
    if (const QRegularExpressionMatch m = digestTitle().match(t); m.capturedLength(u"by") > 0) {
        out.byline = m.captured(u"by");
        out.rest = t.left(m.capturedEnd(u"title")).trimmed().toString();
    }
    return out;
}

QString standaloneByline(QStringView line)
{
    // Writers, and what they did where the line says it: 文/图, 整理, 报道.
    static const Pattern re = hanRegex(
        QStringLiteral("^\\s*(?:%1)(?:\\s*(?:文\\s*[/／]\\s*图|图\\s*[/／]\\s*文|整理|报道|编译|采写))?(?:\\s*[（(][^()（）]{2,20}[)）])?\\s*$").arg(kWriters), kUnicode);
    // The paper's own voice, named by no one: 本报评论员, 人民日报评论员, 新华社特约评论员.
    static const Pattern voice = hanRegex(QStringLiteral("^\\s*[(（]?\\s*((?:本报|本刊|新华社|[\\x{4E00}-\\x{9FFF}]{1,8}?(?:日报|晚报|时报|报))?"
                                                         "(?:(?:特约)?评论员|评论部|评论员部|理论部))\\s*[)）]?\\s*$"),
                                          kUnicode);
    // Box labels that read like a role and a name: 记者手记, 记者观察, 通讯员来信.
    static const Pattern label = hanRegex(QStringLiteral(
        "^\\s*[□■●◆▲★◇○]?\\s*[【\\[]?\\s*(?:本报)?(?:记者|通讯员|评论员)(?:手记|观察|调查|点评|札记|笔记|感言|体验|探访|追踪|视点|再访|回访|"
        "走访|来信|连线|直击|日记|见闻|说|评|文章)\\s*[】\\]]?\\s*$"));
    if (line.size() > 40)
        return {};
    // An author set under the headline behind a mark, as literary and opinion pages do: □ 王小波, ◎李 红.
    const QStringView t = line.trimmed();
    // A paper's undated 讯头 on a line of its own over the text, alone or with its writers: 本报讯,
    // 新加坡讯, 本报讯 记者 孙天骄 通讯员 赵志刚, 本报讯 记者王五 通讯员赵六报道：. (Not a box's label,
    // 简讯, 快讯, 校园快讯, 科技资讯, nor a heading ending in a word of 讯: 开庭审讯, 警方传讯.)
    static const Pattern ownNewsTag = hanRegex(QStringLiteral(
        "^(?<tag>%1)(?:\\s+(?<by>[^：:]+?))?\\s*[：:]?$").arg(kNewsTag), kUnicode);
    if (t.size() >= 3 && (t.contains(u'讯') || t.contains(u'訊')))
        if (const QRegularExpressionMatch m = ownNewsTag.match(t); m.hasMatch()) {
            const QStringView by = m.capturedView(u"by");
            static const Pattern reported = hanRegex(QStringLiteral("^%1\\s*报[道导]$").arg(kWriters), kUnicode);
            if (by.isEmpty() || !standaloneByline(by).isNull() || reported.match(by).hasMatch())
                return t.endsWith(u'：') || t.endsWith(u':') ? t.chopped(1).trimmed().toString() : t.toString();
        }
    static const QString marks = QStringLiteral("□■◎●◇◆☆★○△▲");
    // Or behind a mark, any other credit: □ 江城市中级人民法院 吴静, □ 文·图 李青.
    if (t.size() >= 3 && marks.contains(t.front())) {
        const QStringView rest = t.mid(1).trimmed();
        // (■简讯 and □焦点 are a box's label behind a mark, not a name.)
        if ((looksLikeSignature(rest) && !looksLikeColumnLabel(rest)) || (!rest.isEmpty() && !marks.contains(rest.front()) && !standaloneByline(rest).isEmpty()))
            return t.toString(); // the mark stays, as the page set it (like □本报记者 …)
    }
    // An author and the verb of authorship after the name, as serials and essays are signed:
    // 韩守义 著, 李红 文, 王芳 编著.
    static const Pattern authored = hanRegex(QStringLiteral("^(?<name>%1)\\s+(?:著|文|撰|撰文|编著|译)$").arg(kName), kUnicode);
    if (t.size() <= 12 && (t.endsWith(u'著') || t.endsWith(u'文') || t.endsWith(u'撰') || t.endsWith(u'译')))
        if (const QRegularExpressionMatch m = authored.match(t); m.hasMatch() && looksLikePersonName(m.capturedView(u"name")))
            return t.toString();
    // A story as told to a writer: 口述：李秀芝（全国劳动模范）　本报记者 钱磊 整理, 李秀芝 口述　钱磊 整理.
    static const Pattern toldTo = hanRegex(QStringLiteral(
        "^(?:口述\\s*[：:]\\s*%1|%1\\s*口述)(?:\\s*[（(][^()（）]{2,30}[)）])?\\s*(?:%2|%1)\\s*整理$").arg(kName, kWriters), kUnicode);
    if (t.endsWith(u"整理") && t.contains(u"口述") && toldTo.match(t).hasMatch())
        return t.toString();
    // Text and pictures by the same hand, as features and supplements credit them: 文·图　王芳,
    // 图/文 王芳, 文/摄 陈默, 王芳 文/图.
    static const Pattern bothRoles = hanRegex(QStringLiteral(
        "^(?:%2\\s*[：:/／]?\\s*%1(?:(?:\\s*[、，,]\\s*|\\s+)%1)*|%1(?:\\s+%1)*\\s+%2)$")
                                                          .arg(kName, QStringLiteral("(?:文|图|圖|摄|攝)\\s*[·•/／、]\\s*(?:文|图|圖|摄|攝)影?")),
                                                      kUnicode);
    if (t.size() <= 30 && (t.contains(u'文') || t.contains(u'图') || t.contains(u'圖'))
        && (t.contains(u'·') || t.contains(u'•') || t.contains(u'/') || t.contains(u'／') || t.contains(u'、')) && bothRoles.match(t).hasMatch())
        return t.toString();
    // Roles written with a colon or slash: 作者：李明, 撰文：张三 摄影：李四, 文/张三.
    static const Pattern roleMarked = hanRegex(QStringLiteral("^\\s*(?:作者|撰文|摄影|图片|口述|整理|文|图|报道|报导|采访|文字|记者|撰稿)\\s*[：:/／]"));
    const bool colonOrSlash = t.contains(u'：') || t.contains(u':') || t.contains(u'/') || t.contains(u'／');
    // Writers and the place they filed from, as Taiwan papers set them: 陈柏谕、周毓翔／台北报导,
    // （记者林宏达／台中报导）.
    static const Pattern reportedFrom = hanRegex(QStringLiteral(
        "^[(（]?\\s*((?:%1)?\\s*%2(?:\\s*[、，,]\\s*%2)*\\s*[/／]\\s*[\\x{4E00}-\\x{9FFF}]{2,8}(?:报导|报道|专访|综合报导|连线报导))\\s*[)）]?$")
                                                             .arg(kRole, kName),
                                                         kUnicode);
    const bool filedFrom = colonOrSlash && reportedFrom.match(t).hasMatch();
    // As Singapore and Malaysia papers set them: 许翔宇 报道, 特派员 许翔宇 吉隆坡报道, 黄宝玲 综合报道,
    // 记者 Lim Wei Ling.
    static const Pattern namesReported = hanRegex(QStringLiteral(
        "^(?:(?:本报)?(?:特约)?(?:记者|特派员)\\s*)?(?<names>[\\x{4E00}-\\x{9FFF}]{2,4}(?:[\\s、]+[\\x{4E00}-\\x{9FFF}]{2,4}){0,2})"
        "\\s+(?:[\\x{4E00}-\\x{9FFF}]{2,6})?(?:综合)?报[道导]$"));
    static const Pattern latinWriter(QStringLiteral("^(?:本报)?(?:记者|記者|特派员)\\s*[A-Z][a-z]+(?:\\s+[A-Z][a-z]+){1,3}$"));
    if (t.size() <= 30 && (t.endsWith(u"报道") || t.endsWith(u"報導") || t.endsWith(u"報道") || t.endsWith(u"报导"))) {
        if (const QRegularExpressionMatch m = namesReported.match(t); m.hasMatch()) {
            const QList<QStringView> names = m.capturedView(u"names").split(QRegularExpression(QStringLiteral("[\\s、]+")), Qt::SkipEmptyParts);
            if (std::all_of(names.cbegin(), names.cend(), [](QStringView n) { return looksLikePersonName(n); }))
                return t.toString();
        }
    }
    if (t.size() >= 6 && t.back().unicode() < 0x80 && (t.contains(u"记者") || t.contains(u"記者") || t.contains(u"特派员")) && latinWriter.match(t).hasMatch())
        return t.toString();
    if (const QRegularExpressionMatch m = (line.contains(u"评论") || line.contains(u"評論") || line.contains(u"理论") || line.contains(u"理論"))
            ? voice.match(line) : QRegularExpressionMatch();
        m.hasMatch())
        return m.captured(1);
    if ((!mentionsRole(line) && !(colonOrSlash && roleMarked.match(line).hasMatch()) && !filedFrom) || label.match(line).hasMatch())
        return {};
    if (const QRegularExpressionMatch m = reportedFrom.match(t); m.hasMatch())
        return m.captured(1).trimmed();
    return re.match(line).hasMatch() ? line.trimmed().toString() : QString();
}

namespace {
// The credit proper: names and roles, ending in 摄/摄影/供图/新华社发/…, with an optional bracketed
// note such as (中国科学院…供图) or （拼版照片）.
const Pattern &creditPattern()
{
    static const Pattern re = hanRegex(QStringLiteral(
        "^(?:[^。！？!?，,；;：:“”]{0,36}?\\s*(?:摄|摄影|供图|制图|新华社发|中新社发|新华社传真|资料图片|资料照片|视觉中国|东方IC|CFP)"
        "(?:\\s*[(（][^()（）]{1,40}[)）])?|[(（](?:拼版照片|资料图片|资料照片)[)）]"
        "|(?:图片来源|图片提供|图源)\\s*[：:]\\s*[^。！？!?，,；;：:“”]{2,24}"
        // 图：美联社, 图/路透, 图／记者王英豪摄; 星洲日报/摄影：刘国忠; (图片由…提供); 资料照, 取材自脸书, 翻摄画面.
        "|图\\s*[：:/／](?!\\s*文)\\s*[^。！？!?，,；;：:“”]{2,24}|(?:[\\x{4E00}-\\x{9FFF}]{2,8}\\s*[/／]\\s*)?(?:摄影|照片|图片)\\s*[：:]\\s*[^。！？!?，,；;：:“”]{2,24}"
        "|(?:图片|照片|图)?由[^。！？!?，,；;：:“”]{2,30}提供|[^。！？!?，,；;：:“”\\s]{1,12}(?:提供|供图)|档案照片?"
        // A wire agency alone (路透社, 新华社/路透), a cartoon's artist (王成 绘, 漫画/朱慧卿).
        "|(?:(?:新华社|中新社|路透社?|法新社?|美联社?|欧新社?|彭博社?|共同社|韩联社|视觉中国|东方IC)\\s*[/／]?\\s*){1,3}"
        "|[^。！？!?，,；;：:“”]{2,12}\\s*绘|(?:漫画|制图|图表)\\s*[/／：:]\\s*[^。！？!?，,；;：:“”]{2,12}"
        "|[^。！？!?，,；;：:“”]{0,12}(?:资料照片?|资料图片?)|(?!无人机|航拍|拼版|手机|合成|组合|示意|历史|老)[^。！？!?，,；;：:“”\\s]{2,8}(?:图片|照片)|取材自[^。！？!?，,；;：:“”]{1,20}|翻摄[^。！？!?，,；;：:“”]{0,12})$"), kUnicode);
    return re;
}
} // namespace

bool isCreditLine(QStringView line)
{
    // A credit alone in brackets too: (图片由重庆市渝中区城市管理局提供).
    QStringView t = line.trimmed();
    if (t.size() > 4)
        t = unbracketed(t);
    if (t.size() > 60 || !mayHoldPhotoCredit(t) || !creditPattern().match(t).hasMatch())
        return false;
    // 图：X credits a picture when X names where it came from (图：美联社, 图：新华社记者 李鑫 摄,
    // 图：本报记者 王鹏, 图：国家航天局); 图：轻轨东线隧道段施工现场 is a caption announced as one.
    static const Pattern labelled = hanRegex(QStringLiteral("^图\\s*[：:]\\s*(?<what>.+)$"));
    if (t.front() == u'图' || t.front() == u'圖') {
        if (const QRegularExpressionMatch m = labelled.match(t); m.hasMatch()) {
            const QStringView what = m.capturedView(u"what").trimmed();
            static const Pattern han(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
            static const Pattern source = hanRegex(QStringLiteral("(?:社|报|网|台|局|中心|公司|中国|IC|CFP|提供|资料|照片|图片|摄)$"));
            return what.size() <= 4 || !han.match(what).hasMatch() || source.match(what).hasMatch() || looksLikePersonName(what)
                || !standaloneByline(what).isNull() || isCreditLine(what);
        }
    }
    return true;
}

bool isLabelledCaption(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.size() < 4 || t.size() > 100 || (t.front() != u'图' && t.front() != u'圖'))
        return false;
    static const Pattern labelled = hanRegex(QStringLiteral("^图\\s*[：:](?!\\s*文)\\s*\\S"));
    return labelled.match(t).hasMatch() && !isCreditLine(t);
}

CaptionSplit splitCaptionCredit(QStringView caption)
{
    const QStringView t = caption.trimmed();
    if (!mayHoldPhotoCredit(t.right(std::min<qsizetype>(t.size(), 64))))
        return { t.toString(), QString() };
    // The credit starts after the caption's last sentence-ending mark (or is the whole caption).
    qsizetype cut = -1;
    for (qsizetype i = t.size() - 1; i >= 0 && i >= t.size() - 64; --i) {
        const QChar c = t.at(i);
        if (c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?') {
            cut = i + 1;
            break;
        }
    }
    if (cut > 0 && cut < t.size()) {
        const QStringView tail = t.mid(cut).trimmed();
        if (isCreditLine(tail)) // …。（記者林俊良攝）: the credit without its brackets
            return { t.left(cut).trimmed().toString(), unbracketed(tail).toString() };
    }
    // A credit in brackets closing the caption: …晾晒新收的玉米。（新华社记者 李文摄）, (刘焌陶摄).
    if (t.endsWith(u'）') || t.endsWith(u')')) {
        const qsizetype open = std::max(t.lastIndexOf(u'（'), t.lastIndexOf(u'('));
        if (open > 0 && t.size() - open <= 48) {
            const QStringView inner = t.mid(open + 1, t.size() - open - 2).trimmed();
            const QStringView text = t.left(open).trimmed();
            if (!text.isEmpty() && isCreditLine(inner) && !isCreditLine(text) && !sourceCredit().match(inner).hasMatch())
                return { text.toString(), inner.toString() };
        }
    }
    // A credit alone (本报记者　邹　毅摄, 新华社发（汪　凯摄）) is not cut in two.
    if (isCreditLine(t))
        return { t.toString(), QString() };
    // "…说明文字 新华社记者 李鑫 摄" without a full stop: the credit is the trailing run after a space.
    static const Pattern spaced = hanRegex(QStringLiteral("\\s+(?<credit>[^\\s。！？!?，,]{0,12}(?:\\s+[^\\s。！？!?，,]{1,12}){0,3}\\s*(?:摄|摄影|供图|新华社发))$"),
                                           kUnicode);
    const bool creditEnding = t.endsWith(u'摄') || t.endsWith(u'攝') || t.endsWith(u"摄影") || t.endsWith(u"攝影") || t.endsWith(u"供图")
        || t.endsWith(u"供圖") || t.endsWith(u"新华社发") || t.endsWith(u"新華社發");
    const QRegularExpressionMatch m = creditEnding ? spaced.match(t.right(std::min<qsizetype>(t.size(), 64))) : QRegularExpressionMatch();
    if (m.hasMatch()) {
        const qsizetype start = t.size() - std::min<qsizetype>(t.size(), 64) + m.capturedStart();
        const QStringView text = t.left(start).trimmed();
        if (!text.isEmpty())
            return { text.toString(), m.captured(u"credit").trimmed() };
    }
    return { t.toString(), QString() };
}

Caption readCaption(const QString &text, const QString &credit)
{
    static const Pattern label = hanRegex(QStringLiteral("^(?:图片说明|图说)\\s*[：:]\\s*"));
    static const Pattern figure = hanRegex(QStringLiteral("^图\\s*[：:]\\s*"));
    static const Pattern pointer = hanRegex(QStringLiteral("^[↑↓←→↖↗↘↙⬆⬇⬅➡▲▼◀▶△▽]+\\s*"));
    QString captionText = text;
    pointer.removeFrom(captionText);
    CaptionSplit s = splitCaptionCredit(isLabelledCaption(captionText) ? figure.removeFrom(captionText) : label.removeFrom(captionText));
    if (!credit.isNull())
        s.credit = s.credit.isNull() ? credit : s.credit + QLatin1Char(' ') + credit;
    return Caption { s.text, s.credit };
}

} // namespace broadsheet
