#include "core/textshape.h"

#include "core/hanvariants.h"

#include <QRegularExpression>

#include <algorithm>

namespace broadsheet {

namespace {

constexpr auto kUnicode = QRegularExpression::UseUnicodePropertiesOption;

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case u'”': case u'’': case u'」': case u'』': case u'）': case u')': case u'】': case u'》': case u'"': case u'\'':
        return true;
    default:
        return false;
    }
}

// A number that opens a numbered item: 1、 2. 3) ④.
const QString kNumberMarker = QStringLiteral("[0-9０-９]{1,2}(?:[、．]|\\.(?![0-9])|[)）])|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]");

bool isAsciiAlnum(QChar c) { return c.unicode() < 128 && c.isLetterOrNumber(); }

bool bracketsBalanced(QStringView t)
{
    int book = 0, quote = 0, paren = 0;
    for (QChar c : t) {
        switch (c.unicode()) {
        case u'《': ++book; break;
        case u'》': --book; break;
        case u'“': ++quote; break;
        case u'”': --quote; break;
        case u'（': case u'(': ++paren; break;
        case u'）': case u')': --paren; break;
        default: break;
        }
    }
    return book == 0 && quote == 0 && paren == 0;
}

} // namespace

bool readsAsProse(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 30)
        return false;
    // A sentence ends inside the text, and more than a few characters follow it.
    for (qsizetype i = 8; i + 6 < t.size(); ++i) {
        const char16_t c = t.at(i).unicode();
        if (c == u'。' || c == u'！' || c == u'？' || c == u'；')
            return true;
    }
    return false;
}

bool opensAsReport(QStringView text)
{
    static const Pattern opening = hanRegex(QStringLiteral(
        "^(?:(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日|近日|日前|昨天|昨日|今天|今日|前天|本周|上周|近期|连日来)(?:[上下]午|晚|晚间|凌晨|早|傍晚)?[，,]"
        "|记者(?:近日|日前|昨天|昨日|今天|[0-9０-９]{1,2}日)?从[^，。,]{2,24}(?:获悉|了解到))"));
    return opening.match(text).hasMatch();
}

bool endsSentence(QStringView text)
{
    qsizetype i = text.size() - 1;
    while (i >= 0 && text.at(i).isSpace())
        --i;
    // "（完）", the mark that ends a story.
    if (i >= 2 && text.at(i - 1) == u'完' && (text.at(i) == u'）' || text.at(i) == u')')
        && (text.at(i - 2) == u'（' || text.at(i - 2) == u'('))
        return true;
    // A short note in brackets after the full stop ends it too: …建设。（均据新华社）, …。（见下图）
    if (i >= 2 && (text.at(i) == u'）' || text.at(i) == u')')) {
        qsizetype open = i - 1;
        while (open >= 0 && i - open <= 32 && text.at(open) != u'（' && text.at(open) != u'(')
            --open;
        if (open > 0 && i - open <= 32 && endsSentence(text.left(open)))
            return true;
    }
    while (i >= 0 && isClosing(text.at(i)))
        --i;
    if (i < 0)
        return false;
    switch (text.at(i).unicode()) {
    case u'。': case u'！': case u'？': case u'!': case u'?': case u'…': case u'；': case u';': case u'．':
        return true;
    case u'.': // a Latin full stop, but not a decimal point or an abbreviation inside a number
        return i == 0 || !text.at(i - 1).isDigit();
    default:
        return false;
    }
}

QString joinBroken(const QString &left, const QString &right)
{
    const QString l = left.trimmed();
    const QString r = right.trimmed();
    if (l.isEmpty())
        return r;
    if (r.isEmpty())
        return l;
    // (A figure broken across lines is one figure: 36 + 00万元.)
    if (isAsciiAlnum(l.back()) && isAsciiAlnum(r.front()) && !(l.back().isDigit() && r.front().isDigit()))
        return l + QLatin1Char(' ') + r;
    return l + r;
}

bool looksLikeFormLine(QStringView t)
{
    int colons = 0, digits = 0;
    for (QChar c : t) {
        if (c == u'：' || c == u':')
            ++colons;
        if (c >= u'0' && c <= u'9') {
            if (++digits >= 7) // a telephone number (0571-88888888), never a heading's figure
                return true;
        } else {
            digits = 0;
        }
    }
    return colons >= 2;
}

bool looksLikePlainHeading(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 2 || t.size() > 64 || endsSentence(t) || looksLikeFormLine(t))
        return false;
    static const Pattern inner = hanRegex(QStringLiteral("[。；;]"));
    if (inner.match(t).hasMatch())
        return false;
    switch (t.back().unicode()) {
    case u'，': case u',': case u'、': case u'：': case u':': case u'（': case u'(': case u'“': case u'《':
        return false;
    default:
        break;
    }
    // A headline says one to three things; a long line of clauses is prose cut at the column's end.
    const qsizetype commas = t.count(u'，') + t.count(u',');
    // A line that opens with a date and a comma (5月16日，在…) is a report's or a caption's opening.
    if (commas > 0 && t.front().isDigit()) {
        static const Pattern datedOpening = hanRegex(QStringLiteral("^[0-9０-９]{1,4}(?:年[0-9０-９]{1,2})?月[0-9０-９]{1,2}日(?:[上下]午|晚|早|凌晨)?[，,]"));
        if (datedOpening.match(t).hasMatch())
            return false;
    }
    if (commas >= 3 || (commas == 2 && t.size() > 36))
        return false;
    // A line that opens a quotation or title it does not close was cut mid-sentence.
    if (!bracketsBalanced(t) || isStaffLine(t))
        return false;
    // A heading has some Han or Latin words, not only digits and signs.
    int letters = 0;
    for (QChar c : t)
        letters += c.isLetter() ? 1 : 0;
    return letters >= 2;
}

bool looksLikeStandaloneHeading(QStringView text)
{
    const QStringView t = text.trimmed();
    // Subheads are short and say one or two things: "擘画蓝图、锚定航向,确保…行稳致远".
    const qsizetype commas = t.count(u'，') + t.count(u',');
    if (!looksLikePlainHeading(t) || t.front().isDigit() || t.size() > 40 || commas > 1)
        return false;
    static const Pattern opensLikeSentence = hanRegex(QStringLiteral(
        "^(?:该|这|那|此|其|他|她|它|但|而|并|且|因|如|由|对|把|被|据|向|于|将|又|也|还|就|都|即|则|故|可|要|所|"
        "同时|此外|然而|因此|所以|而且|另外|其中|在此|随后|之后|目前|近日|日前|今年|去年|截至)"));
    static const Pattern endsOpen = hanRegex(QStringLiteral("(?:的|和|与|及|或|并|由|在|对|把|被|从|向|为|以|于|将|是|了|着|之|其|地|得|所|而|且|但|等于)$"));
    return !opensLikeSentence.match(t).hasMatch() && !endsOpen.match(t).hasMatch();
}

bool looksLikeQuestionSubhead(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 4 || t.size() > 20 || (t.back() != u'？' && t.back() != u'?'))
        return false;
    for (QChar c : t.chopped(1)) {
        switch (c.unicode()) {
        case u'，': case u',': case u'。': case u'、': case u'：': case u':': case u'；': case u'“': case u'”': case u'「': case u'」':
        case u'？': case u'！': case u'(': case u'（':
            return false;
        default:
            break;
        }
    }
    return true;
}

bool looksLikeColumnLabel(QStringView text)
{
    QStringView t = text.trimmed();
    // A label set with spaces between its characters (社 论, 今 日 谈) reads without them.
    QString closed;
    if (t.size() >= 3 && t.size() <= 13 && t.at(1).isSpace() && !t.at(0).isSpace()) {
        closed = t.toString();
        closed.remove(QLatin1Char(' ')).remove(QChar(0x3000));
        if (closed.size() * 2 - 1 >= t.size())
            t = closed;
    }
    if (t.size() < 2 || t.size() > 14)
        return false;
    static const Pattern bracketed = hanRegex(QStringLiteral("^[【\\[〖][^】\\]〗]{2,12}[】\\]〗]$"));
    if (bracketed.match(t).hasMatch())
        return true;
    // Framed by middle dots, as older papers set a series' name: ·山乡短笛·.
    static const Pattern dotted = hanRegex(QStringLiteral("^[·•・]\\s*[\\x{4E00}-\\x{9FFF}]{2,10}\\s*[·•・]$"));
    if ((t.front() == u'·' || t.front() == u'•' || t.front() == u'・') && dotted.match(t).hasMatch())
        return true;
    static const Pattern sentenceMarks = hanRegex(QStringLiteral("[，,。：:；;！？!?“”\"]"));
    if (sentenceMarks.match(t).hasMatch())
        return false;
    static const Pattern series = hanRegex(QStringLiteral("^[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{3007}A-Za-z0-9]{2,8}\\s*[·•丨|｜]\\s*[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{3007}A-Za-z0-9]{2,8}$"), kUnicode);
    if (series.match(t).hasMatch())
        return true;
    static const Pattern suffix = hanRegex(QStringLiteral(
        "(?:日记|手记|札记|观察|调查|随笔|时评|快评|短评|微评|锐评|热评|评论|论坛|视点|聚焦|特写|速写|纪事|访谈|专访|"
        "走笔|漫谈|连线|直击|快讯|简讯|速递|专栏|图说|图片新闻|新闻观察|一线|探访|解码|新论|茶座|观澜|随想|杂谈|侧记|"
        "人物|故事|笔谈|说法|关注|声音|民生|来信|读者来信|记者手记|编者按|编后|点评|新语|漫评|周刊|专版|特刊|"
        "今日谈|社论|望海楼|钟声|晨读|夜读|微言|短论|小议|评说|谈片|言论|短讯|简报|动态|速览|资讯|新闻速递|一句话新闻|"
        "新闻|要闻|来论|之言|笔会|副刊|特稿|特别报道|专题报道|深读|数读|数说|课堂|讲堂|讲坛|信箱|门诊|问诊|答疑|热线|评论员文章|科普|连载|诗苑|诗页|诗林|诗廊|文苑|艺苑|园地|散文|小说|诗歌|杂文|追踪|闲话|夜话|絮语|拾零|焦点|解读|热点|链接|背景|延伸阅读)$"));
    // A series named for its form: 对话企业家, 走进乡村, 探访老街区.
    static const Pattern series2 = hanRegex(QStringLiteral("^(?:对话|走进|探访|寻访|问政|面对面)[\\x{4E00}-\\x{9FFF}]{2,4}$"));
    // (A phrase built with 的 names a thing as a headline does, 山坳里的暑假课堂, whatever word
    // closes it; a series is named by its desk or form: 法治课堂.)
    if (t.size() > 4 && t.contains(u'的'))
        return false;
    return t.size() <= 10 && (suffix.match(t).hasMatch() || series2.match(t).hasMatch());
}

bool opensChapter(QStringView text)
{
    if (!text.startsWith(u'第'))
        return false;
    static const Pattern chapter = hanRegex(QStringLiteral("^第[0-9０-９一二三四五六七八九十百零〇两]{1,5}[章回](?:\\s|$)"));
    return chapter.match(text).hasMatch();
}

bool looksLikeEnumeratedSubhead(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 2 || t.size() > 48)
        return false;
    // Every form opens with a number, 第, a bracket or a bullet: most lines are turned away here.
    const char16_t first = t.front().unicode();
    const bool mayOpen = (first >= u'0' && first <= u'9') || (first >= u'０' && first <= u'９') || (first >= u'①' && first <= u'⑳')
        || QStringView(u"第一二三四五六七八九十百（(●◆■□▲★◇○◎▶►").contains(QChar(first));
    if (!mayOpen)
        return false;
    static const Pattern re = hanRegex(QStringLiteral(
        "^(?:第[一二三四五六七八九十百]+(?:部分|章|节|篇|条)|[一二三四五六七八九十百]+[、．.]|[（(][一二三四五六七八九十百]+[）)]|"
        "%1|0?[1-9]\\s+(?=[“\\x{4E00}-\\x{9FFF}])(?![年月日号个位名家项条])|[●◆■□▲★◇○◎▶►]\\s*\\S)").arg(kNumberMarker));
    return re.match(t).hasMatch();
}

bool looksLikeLeadInSubhead(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() > 40 || endsSentence(t))
        return false;
    if (looksLikeFormLine(t))
        return false;
    static const Pattern re = hanRegex(QStringLiteral("^[\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{3007}]{1,6}[：:]\\s*\\S.{1,36}$"), kUnicode);
        return re.match(t).hasMatch() && !isStaffLine(t);
}

bool looksLikePersonName(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 2 || t.size() > 7)
        return false;
    static const Pattern name = hanRegex(QStringLiteral(
        "^(?:欧阳|司马|诸葛|上官|东方|皇甫|令狐|慕容|司徒|公孙|尉迟|夏侯|长孙|宇文|端木|独孤|南宫|"
        "[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
        "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向"
        "汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
        "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
        "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
        "麻苑迟邝])[\\s\\x{3000}]{0,2}[\\x{4E00}-\\x{9FFF}](?:[\\s\\x{3000}]{0,2}[\\x{4E00}-\\x{9FFF}])?$"));
    return name.match(t).hasMatch();
}

bool opensWithListMarker(QStringView text)
{
    static const Pattern re = hanRegex(QStringLiteral(
        "^\\s*(?:%1|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)").arg(kNumberMarker));
    return re.match(text).hasMatch();
}

bool looksLikeSignature(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 2 || t.size() > 32)
        return false;
    if (looksLikePersonName(t))
        return true;
    // Two or three writers: 王晓东 陈佳怡.
    const QList<QStringView> parts = t.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() >= 2 && parts.size() <= 3 && std::all_of(parts.cbegin(), parts.cend(), [](QStringView n) { return n.size() >= 2 && looksLikePersonName(n); }))
        return true;
    // The body the writer works for, and the title: 武义县融媒体中心 何 洁, 浙江省委党校 王晓东,
    // 中央党校（国家行政学院）教授 韩庆祥.
    static const Pattern org = hanRegex(QStringLiteral(
        "^[\\x{4E00}-\\x{9FFF}（）()]{2,24}?(?:中心|局|办|委|部|站|所|院|校|社|台|报|公司|大学|学院|党校|协会|学会|镇|街道|乡|村|县|区|市)[）)]?"
        "(?:[\\x{4E00}-\\x{9FFF}]{0,4}(?:教授|研究员|主任|院长|讲师|博士))?[\\s\\x{3000}]+(?<name>\\S.{1,6})$"));
    if (const QRegularExpressionMatch m = org.match(t); m.hasMatch() && looksLikePersonName(m.capturedView(u"name")))
        return true;
    // The place and role before the name: 湖南邵阳县 读者 刘德胜, 北京市朝阳区 王 芳.
    static const Pattern placed = hanRegex(QStringLiteral(
        "^(?:[\\x{4E00}-\\x{9FFF}]{1,12}(?:省|市|县|区|州|旗|镇|乡|村|街道|社区)[\\s\\x{3000}]*)?(?:读者|网友|市民|村民|居民|作者|志愿者|教师|学生|医生|农民|工人|退休教师|退休职工|社区工作者)?[\\s\\x{3000}]*(?<name>\\S.{1,6})$"));
    const QRegularExpressionMatch m = placed.match(t);
    if (m.hasMatch() && m.capturedStart(u"name") > 0 && looksLikePersonName(m.capturedView(u"name")))
        return true;
    // A student's school and class before the name, as campus papers sign their essays: 浙江省杭州市文澜中学
    // 初二（3）班 张子涵, 南京市第二十九中学初一（5）班　王一鸣.
    static const Pattern student = hanRegex(QStringLiteral(
        "^[\\x{4E00}-\\x{9FFF}]{2,24}(?:中学|小学|学校|附中|一中|二中|三中)[\\s\\x{3000}]*(?:[初高][一二三]|[一二三四五六七八九]年级)?"
        "\\s*(?:[（(][0-9０-９一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2})班[\\s\\x{3000}]*(?<name>\\S.{1,6})$"));
    if (t.contains(u'班'))
        if (const QRegularExpressionMatch s = student.match(t); s.hasMatch() && looksLikePersonName(s.capturedView(u"name").trimmed()))
            return true;
    // The name with what the writer is and where from: 张文德／退休教师（台北市）, 林佩君（新竹市／国中教师）.
    static const Pattern described = hanRegex(QStringLiteral(
        "^(?<name>[^／/（(]{2,7}?)\\s*(?:[／/]\\s*[^，。,.／/（()）]{2,12})?\\s*(?:[（(][^()（）]{2,16}[)）])?$"));
    const QRegularExpressionMatch d = described.match(t);
    return d.hasMatch() && d.capturedEnd(u"name") < t.size() && looksLikePersonName(d.capturedView(u"name").trimmed());
}

bool isSignOffLine(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 5 || t.size() > 24 || !(t.contains(u'于') || t.contains(u'於') || t.contains(u'写') || t.contains(u'寫')))
        return false;
    static const Pattern re = hanRegex(QStringLiteral(
        "^(?:(?:写|草|改|定稿|完稿|修订)于\\s*)?[0-9０-９〇零一二三四五六七八九]{4}\\s*年(?:[0-9０-９一二三四五六七八九十]{1,2}\\s*月)?(?:[0-9０-９一二三四五六七八九十]{1,3}\\s*日)?"
        "(?:[春夏秋冬]|[初仲暮]?[春夏秋冬])?(?:[\\s\\x{3000}]*(?:写|草|改|定稿|完稿|修订)?于[\\s\\x{3000}]*[\\x{4E00}-\\x{9FFF}]{1,10})?$"));
    return re.match(t).hasMatch();
}

bool isBookOrPaperField(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 4 || t.size() > 60 || endsSentence(t))
        return false;
    static const WordSet words { u"出版", u"定价", u"ISBN", u"基金", u"作者单位", u"书号", u"页数", u"开本", u"课题", u"项目" };
    if (!words.foundIn(t))
        return false;
    static const Pattern labelled = hanRegex(QStringLiteral(
        "^(?:基金项目|项目基金|课题项目|作者单位|出版社|出版发行|出版时间|出版日期|定价|书号|页数|开本|ISBN)\\s*[：:]"));
    static const Pattern press = hanRegex(QStringLiteral("^[\\x{4E00}-\\x{9FFF}]{2,12}出版(?:社|集团|公司)$"));
    static const Pattern published = hanRegex(QStringLiteral("^[0-9０-９]{4}年[0-9０-９]{1,2}月(?:第[0-9０-９一二三四五六七八九十]版|出版|版)$"));
    static const Pattern priced = hanRegex(QStringLiteral("定价\\s*[：:]?\\s*[0-9０-９]+(?:\\.[0-9]{1,2})?\\s*元"));
    return labelled.match(t).hasMatch() || (t.size() <= 16 && (press.match(t).hasMatch() || published.match(t).hasMatch()))
        || t.startsWith(QLatin1String("ISBN")) || (t.contains(u"定价") && priced.match(t).hasMatch());
}

bool isAuthorNote(QStringView text)
{
    static const Pattern note = hanRegex(QStringLiteral("^[(（]\\s*作者(?:为|系|是|单位|简介|现为|现任)?\\s*[：:]?[^()（）]{2,60}[)）]$"));
    const QStringView t = text.trimmed();
    return t.size() >= 5 && t.size() <= 70 && (t.front() == u'（' || t.front() == u'(') && note.match(t).hasMatch();
}

bool looksLikeNoticeTitle(QStringView text)
{
    static const Pattern notice = hanRegex(QStringLiteral(
        "(?:公告|通告|公示|启事|声明|通知|讣告|告知书|倡议书|招聘简章|遗失声明)(?:[（(][^()（）]{1,12}[)）])?$"));
    QStringView t = text.trimmed();
    // (A correction, however short its title: 更正, 勘误; and a notice's bare kind, letter-spaced
    // as notice pages set it: 声明, 声  明, 讣告, 再声明.)
    QString closed;
    if (t.size() <= 9 && (t.contains(u' ') || t.contains(u'\u3000'))) {
        closed = t.toString();
        closed.remove(u' ').remove(u'\u3000');
        t = closed;
    }
    static const Pattern correction = hanRegex(QStringLiteral("^(?:更正|勘误|致歉|更正启事|更正声明|更正与说明|公告|通告|启事|声明|再声明|讣告|通知|公示)$"));
    if (t.size() <= 5 && correction.match(t).hasMatch())
        return true;
    return t.size() >= 4 && t.size() <= 64 && !endsSentence(t) && notice.match(t).hasMatch();
}

bool isSalutation(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 3 || t.size() > 32 || !endsWithColon(t))
        return false;
    // (A notice's addressees too: 各乡镇人民政府、县直有关部门：)
    static const Pattern re = hanRegex(QStringLiteral(
        "^(?:尊敬的|亲爱的|各)?[\\x{4E00}-\\x{9FFF}、，]{0,28}(?:同志|先生|女士|编辑|记者|朋友们?|读者|市长|书记|局长|老师|您好|部门|单位|政府|机关|企业|居民|市民|村民|家长|同学们?|会员|代表)[：:]$"));
    return re.match(t).hasMatch();
}

bool isFollowUpLabel(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.size() < 2 || t.size() > 8)
        return false;
    static const Pattern re = hanRegex(QStringLiteral(
        "^[【\\[]?(?:编后|编后语|编后记|记者回访|回访|记者追踪|追踪|部门回复|回复|部门回应|回音|链接|相关链接|背景|背景链接|知识链接)[】\\]]?[：:]?$"));
    return re.match(t).hasMatch();
}

bool isWeatherLabel(QStringView text)
{
    static const Pattern label = hanRegex(QStringLiteral("^(?:今日|今天|明日|本市|城市|全市)?天气(?:预报)?$"));
    const QStringView t = text.trimmed();
    return t.size() <= 6 && label.match(t).hasMatch();
}

bool isDialogueTurn(QStringView text)
{
    static const Pattern turn = hanRegex(QStringLiteral("^(?:本报记者|记者|问|答|主持人|Q|A)\\s*[：:]\\s*\\S"));
    const QStringView head = text.trimmed().left(7);
    return (head.contains(u'：') || head.contains(u':')) && turn.match(text.trimmed()).hasMatch();
}

bool opensWithSolidBullet(QStringView text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'■': case u'●': case u'◆': case u'▲': case u'★':
        return true;
    default:
        return false;
    }
}

// The bullet a brief in a box opens with (■…, ●…), or 0.
char16_t bulletOf(QStringView text)
{
    if (text.size() < 8)
        return 0;
    switch (text.front().unicode()) {
    case u'■': case u'●': case u'◆': case u'▲': case u'★': case u'□': case u'◇': case u'○': case u'▶': case u'►':
        return text.front().unicode();
    default:
        return 0;
    }
}

bool isEditorsNote(QStringView text)
{
    // (Every such note names 编 in its first characters: a look before the pattern.)
    const QStringView head = text.left(4);
    if (!head.contains(u'编') && !head.contains(u'編'))
        return false;
    static const Pattern note = hanRegex(QStringLiteral("^[【\\[（(]?\\s*(?:编者按|编者的话|编前语|编者注|编辑手记)"));
    return note.match(text).hasMatch();
}

namespace {

bool isPadding(QChar c) { return c == u' ' || c == u'\t' || c == u'\u3000'; }

} // namespace

QString withoutWidePadding(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        qsizetype j = i;
        while (j < text.size() && isPadding(text[j]))
            ++j;
        if (j - i >= 3)
            out += QLatin1String("  ");
        else if (j > i)
            out += text.mid(i, j - i);
        else
            out += text[j++];
        i = j;
    }
    return out;
}

qsizetype sizeWithoutWidePadding(QStringView text, qsizetype limit)
{
    // (A search for one character is vectorised: most lines have no space to look at.)
    if (!text.contains(u' ') && !text.contains(u'\u3000') && !text.contains(u'\t'))
        return text.size();
    qsizetype size = 0;
    for (qsizetype i = 0; i < text.size() && size <= limit;) {
        qsizetype j = i;
        while (j < text.size() && isPadding(text[j]))
            ++j;
        size += j - i >= 3 ? 2 : j > i ? j - i : 1;
        i = j > i ? j : i + 1;
    }
    return size;
}

bool isStaffLine(QStringView t)
{
    // A staff line is short, and names a role or the page's pictures or mailbox: quick looks first.
    // (One set out across the page's width, 法治经纬　　…　　责任编辑/张晓, is asked without its padding.)
    if (t.size() > 80)
        return false;
    static const WordSet roles { u"编辑", u"责编", u"校对", u"美编", u"制图", u"统筹", u"监制", u"版式", u"设计", u"组版", u"审校",
                                 u"终审", u"图片", u"照片", u"摄影", u"插图", u"漫画", u"邮箱", u"信箱", u"mail", u"Mail", u"MAIL", u"本版", u"本刊" };
    if (!roles.foundIn(t))
        return false;
    // A role, and a name of two or three characters, perhaps set out with spaces (杨　娟, 吴 越);
    // one role may name two people (本版编辑 孙宇 王芳).
    static const QString role = QStringLiteral(
        "(?:本版|本期)?(?:责任编辑|责编|编辑|美术编辑|美编|视觉编辑|视觉设计|图片编辑|见习编辑|实习编辑|责任校对|校对|组版|版式设计|版面设计|版式|制图|审校|终审)");
    // In a strip of several roles, also the editor in chief and a desk's head (主编：张国威　美编：李家莹,
    // 地方新闻中心主任／蔡清华　编辑／林美伶): alone, 主任 张三 could be anyone's title.
    static const QString stripRole = QStringLiteral("(?:%1|主编|[\\x{4E00}-\\x{9FFF}]{2,8}主任)").arg(role);
    static const QString name = QStringLiteral(
        "(?:[\\x{4E00}-\\x{9FFF}](?:[\\s\\x{3000}]{1,2}[\\x{4E00}-\\x{9FFF}]){1,2}|[\\x{4E00}-\\x{9FFF}]{2,3})(?![\\x{4E00}-\\x{9FFF}])"
        "(?:[\\s\\x{3000}]+[\\x{4E00}-\\x{9FFF}]{2,3}(?![\\x{4E00}-\\x{9FFF}]))?");
    static const Pattern staff = hanRegex(QStringLiteral(
        "^\\s*(?:(?:本版|本期)?(?:责任编辑|责编|编辑|责任校对|校对|美编|美术编辑|图片编辑|版式设计|版面设计|版式|视觉设计|制图|统筹|监制)\\s*[：:]"
        "|[（(]?(?:本版|本组|本期)(?:图片|照片|摄影|插图|漫画)(?:[：:]|均由|由|除署名外))"
        // Bracketed, or named by the page without a colon: （本版编辑 孙宇）, （责任编辑：林溪）, 本版编辑 孙宇.
        "|^\\s*[（(【\\[]\\s*(?:本版|本期)?(?:责任编辑|责编|编辑|美编|校对)\\s*[：:\\s]\\s*[^（）()【】\\[\\]]{2,40}[）)】\\]]\\s*$"
        "|^\\s*(?:本版|本期)(?:责任编辑|责编|编辑|美编|校对)\\s+[\\x{4E00}-\\x{9FFF}]{2,4}(?:\\s+[\\x{4E00}-\\x{9FFF}]{2,4})*\\s*$"
        // Roles, each with its name, and nothing else: 编辑 苏明 美编 许燕 校对 韩雪, 责任编辑　杨　娟
        // (names set out with spaces), perhaps behind the section's name set apart by wide space
        // (民生新闻　　责任编辑　孔　红). One role alone needs a space or colon before its name
        // (责任编辑 从玉华, not 编辑出版).
        // A role names its person after a colon or a slash (责任编辑/张晓, 責任編輯／林佳慧), and the
        // section's name may carry its Latin one (公司 Company　编辑：张伟).
        "|^[\\s\\x{3000}]*(?:[\\x{4E00}-\\x{9FFF}]{2,6}(?:[·•][\\x{4E00}-\\x{9FFF}]{2,6})?(?: [A-Za-z]{2,16})?(?:[\\s]{2,}|\\x{3000}[\\s\\x{3000}]*))?"
        "(?:%1(?:[\\s\\x{3000}]+|[\\s\\x{3000}]*[：:/／][\\s\\x{3000}]*)%2(?:[\\s\\x{3000}]+|$)"
        "|(?:%3[\\s\\x{3000}]*[：:/／]?[\\s\\x{3000}]*%2(?:[\\s\\x{3000}]+|$)){2,6})"
        // (with the desk's telephone after them: 新闻热线 96811)
        "(?:(?:新闻热线|报料热线|热线|电话|传真)[\\s\\x{3000}]*[：:]?[\\s\\x{3000}]*[0-9][0-9-]{4,14}[\\s\\x{3000}]*)*$"
        // The page's mailbox: 邮箱　jjrbcj@163.com, 本版邮箱：….
        "|^\\s*(?:本版|本刊)?(?:电子)?(?:邮箱|信箱|投稿邮箱|E-?mail)[\\s\\x{3000}]*[：:]?[\\s\\x{3000}]*\\S+@\\S+\\s*$"
        // The page's footer giving its telephone (本版广告热线：025-84682210), perhaps with the page's
        // notice after it (本版信息不作为承诺依据，请读者自行核实。).
        "|^\\s*(?:本版|本刊)[\\x{4E00}-\\x{9FFF}]{0,4}(?:热线|电话|传真)[\\s\\x{3000}]*[：:][\\s\\x{3000}]*[0-9][0-9-]{4,14}"
        "(?:[\\s\\x{3000}]+(?:本版|本刊)[^\\s]{2,40})?\\s*$").arg(role, name, stripRole));
    return staff.match(t).hasMatch();
}

bool isDecoration(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return false;
    // Only runs of markup characters (rules, table bars, heading or quote markers, of any length);
    // ellipses and dashes that carry meaning in text are not among them.
    for (QChar c : t) {
        switch (c.unicode()) {
        case u'-': case u'=': case u'*': case u'_': case u'~': case u'#': case u'>': case u'|': case u'·': case u'•':
        case u' ': case u'\t': case u'\u3000':
        // Ornaments set between pieces or sections (◆ ◆ ◆, ※, ▲ over a caption).
        case u'◆': case u'◇': case u'●': case u'○': case u'■': case u'□': case u'★': case u'☆': case u'※': case u'▲': case u'△': case u'▼':
            break;
        // Rules set in full-width or box-drawing characters (＊＊＊, ━━━, －－－), and a run of three
        // dashes or more (———): two dashes alone may close a kicker's line.
        case u'＊': case u'━': case u'─': case u'－': case u'＝': case u'～':
            break;
        case u'—':
            if (t.count(u'—') < 3)
                return false;
            break;
        // A markdown table's alignment row: |:--|--:|.
        case u':':
            if (!t.contains(u'|'))
                return false;
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace broadsheet
