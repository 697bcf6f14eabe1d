#include "articlemutator.h"

#include "fictionnames.h"
#include "traditionalchars.h"

#include <functional>

namespace broadsheet {

namespace {

constexpr int kMaxBlocks = 14;

QString monthDay(const QDate &date)
{
    return QStringLiteral("%1月%2日").arg(date.month()).arg(date.day());
}

// Brackets of either width, as OCR dumps mix them.
QString bracket(Rng &rng, const QString &inner)
{
    return rng.chance(0.7) ? QStringLiteral("（%1）").arg(inner) : QStringLiteral("(%1)").arg(inner);
}

// Gives figures new values so that recombined articles do not repeat each other word for word;
// the digits of dates, years and page numbers stay as they are.
QString jitterNumbers(const QString &text, Rng &rng)
{
    static const QString keep = QStringLiteral("年月日版时号");
    QString out = text;
    qsizetype i = 0;
    while (i < out.size()) {
        if (!out.at(i).isDigit() || out.at(i).unicode() > 127) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < out.size() && out.at(end).unicode() < 128 && out.at(end).isDigit())
            ++end;
        const bool isDatePart = end < out.size() && keep.contains(out.at(end));
        if (!isDatePart && rng.chance(0.6)) {
            for (qsizetype k = i; k < end; ++k) {
                const int lo = (k == i && end - i > 1) ? 1 : 0;
                out[k] = QChar(u'0' + rng.range(lo, 9));
            }
        }
        i = end;
    }
    return out;
}

// The first one or two sentences of a paragraph, for a caption made up from body text.
QString openingSentences(const QString &paragraph, Rng &rng)
{
    qsizetype end = -1;
    const int sentences = rng.range(1, 2);
    for (int s = 0; s < sentences; ++s) {
        const qsizetype next = paragraph.indexOf(QChar(u'。'), end + 1);
        if (next < 0 || next > 140)
            break;
        end = next;
    }
    return end < 0 ? paragraph.left(60) + QStringLiteral("。") : paragraph.left(end + 1);
}

void applyToTexts(GenArticle &a, const std::function<QString(const QString &)> &f)
{
    auto apply = [&f](QString &s) {
        if (!s.isNull())
            s = f(s);
    };
    apply(a.kicker);
    apply(a.headline);
    apply(a.subheadline);
    apply(a.column);
    apply(a.leadCredit);
    apply(a.trailingCredit);
    for (Block &b : a.blocks)
        apply(b.text);
    for (Caption &c : a.captions) {
        apply(c.text);
        apply(c.credit);
    }
}

} // namespace

GenArticle ArticleMutator::make(Rng &rng, const QDate &issueDate) const
{
    const int roll = rng.range(0, 99);
    GenArticle article = roll < 6 ? photoNews(rng, issueDate)
        : roll < 10               ? package(rng, issueDate)
                                  : regular(rng, issueDate);
    // Some articles typeset in Traditional script, some with stray Traditional characters (as OCR
    // of mixed sources produces): both must be found by a Simplified query.
    const int script = rng.range(0, 99);
    if (script < 8) {
        const double fraction = script < 4 ? 1.0 : 0.3;
        Rng local = rng.fork();
        applyToTexts(
            article, [&local, fraction](const QString &s) { return toTraditional(s, local, fraction); });
    }
    return article;
}

GenArticle ArticleMutator::regular(Rng &rng, const QDate &issueDate) const
{
    const QList<Article> &articles = m_pool.articles();
    const Article &source = rng.pick(articles);
    GenArticle a;
    a.headline = rng.chance(0.1) ? rng.pick(articles).headline : source.headline;
    a.kicker = source.kicker;
    if (a.kicker.isNull() && rng.chance(0.12))
        a.kicker
            = rng.chance(0.5) || m_pool.kickers().isEmpty() ? speakerKicker(rng) : rng.pick(m_pool.kickers());
    a.subheadline = source.subheadline;
    if (a.subheadline.isNull() && !m_pool.subheadlines().isEmpty() && rng.chance(0.08))
        a.subheadline = rng.pick(m_pool.subheadlines());
    a.column = source.column;
    if (a.column.isNull() && rng.chance(0.08))
        a.column = columnLabel(rng);

    QList<Block> blocks = source.blocks;
    if (blocks.size() > kMaxBlocks)
        blocks = blocks.mid(rng.range(0, int(blocks.size()) - kMaxBlocks), kMaxBlocks);
    if (rng.chance(0.2)) {
        const int extra = rng.range(1, 3);
        for (int i = 0; i < extra; ++i)
            blocks.append(Block { Block::Kind::Paragraph, rng.pick(m_pool.paragraphs()) });
    }
    if (blocks.size() > 2 && rng.chance(0.3)) {
        for (qsizetype i = blocks.size() - 1; i > 1; --i)
            blocks.swapItemsAt(i, rng.range(1, int(i)));
    }
    if (rng.chance(0.35)) {
        for (Block &b : blocks)
            b.text = jitterNumbers(b.text, rng);
    }
    a.blocks = blocks;

    a.captions = source.captions;
    if (rng.chance(0.2))
        a.captions.append(caption(rng, issueDate));
    for (Caption &c : a.captions) {
        if (rng.chance(0.5))
            c.credit = captionCredit(rng);
    }
    assignCredits(a, source, rng, issueDate);
    return a;
}

GenArticle ArticleMutator::photoNews(Rng &rng, const QDate &issueDate) const
{
    GenArticle a;
    a.kind = GenArticle::Kind::PhotoNews;
    const QString borrowed = rng.pick(m_pool.articles()).headline;
    a.headline = borrowed.size() <= 10 && rng.chance(0.3) ? borrowed : photoHeadline(rng);
    Caption c = caption(rng, issueDate);
    if (c.credit.isNull() || rng.chance(0.5))
        c.credit = captionCredit(rng);
    a.captions.append(c);
    return a;
}

GenArticle ArticleMutator::package(Rng &rng, const QDate &issueDate) const
{
    GenArticle a;
    a.headline = rng.pick(m_pool.articles()).headline;
    const QString day = monthDay(issueDate.addDays(-1));
    const int items = rng.range(2, 3);
    const int trailingItem = rng.range(0, items - 1);
    for (int item = 0; item < items; ++item) {
        const Article &source = rng.pick(m_pool.articles());
        const bool wire = rng.chance(0.3);
        QString dateline = (wire ? QStringLiteral("新华社") : QStringLiteral("本报")) + datelinePlace(rng)
            + day + QStringLiteral("电");
        if (wire && rng.chance(0.4))
            dateline.prepend(QStringLiteral("据"));
        QList<QString> texts;
        const int paragraphs = rng.range(1, 2);
        for (const Block &b : source.blocks) {
            if (b.kind == Block::Kind::Paragraph && texts.size() < paragraphs)
                texts.append(b.text);
        }
        if (texts.isEmpty())
            texts.append(rng.pick(m_pool.paragraphs()));
        if (item == trailingItem) {
            texts.first().prepend(dateline + QLatin1Char(' '));
            texts.last().append(bracket(rng, QStringLiteral("记者 ") + personName(rng)));
        } else {
            texts.first().prepend(dateline + bracket(rng, QStringLiteral("记者 ") + personName(rng)));
        }
        for (const QString &t : std::as_const(texts))
            a.blocks.append(Block { Block::Kind::Paragraph, t });
        if (item == 0 && rng.chance(0.4))
            a.captions.append(caption(rng, issueDate));
    }
    return a;
}

void ArticleMutator::assignCredits(
    GenArticle &a, const Article &source, Rng &rng, const QDate &issueDate) const
{
    const QString reporter = personName(rng);
    const QString correspondent = personName(rng);
    const QString day = monthDay(issueDate.addDays(-1));
    const QString place = datelinePlace(rng);
    switch (rng.range(0, 11)) {
    case 0:
        a.leadCredit = QStringLiteral("本报讯 记者%1 通讯员%2").arg(reporter, correspondent);
        break;
    case 1:
        a.leadCredit = QStringLiteral("本报讯")
            + bracket(rng, QStringLiteral("记者 %1 通讯员 %2").arg(reporter, correspondent));
        break;
    case 2:
        a.leadCredit = QStringLiteral("本报讯 记者%1报道").arg(reporter);
        break;
    case 3:
        a.leadCredit = QStringLiteral("记者%1报道").arg(reporter);
        break;
    case 4:
        a.leadCredit
            = QStringLiteral("本报%1%2电").arg(place, day) + bracket(rng, QStringLiteral("记者 ") + reporter);
        break;
    case 5:
        a.leadCredit = QStringLiteral("新华社%1%2电").arg(place, day)
            + bracket(rng, QStringLiteral("记者 ") + reporter);
        break;
    case 6:
        a.leadCredit = QStringLiteral("新华社北京%1电").arg(day);
        break;
    case 7:
        a.leadCredit = QStringLiteral("据新华社%1%2电").arg(place, day);
        break;
    case 8:
        a.leadCredit = QStringLiteral("本报讯") + bracket(rng, QStringLiteral("通讯员 ") + correspondent);
        break;
    case 9:
        a.trailingCredit = bracket(rng, QStringLiteral("本报记者 ") + reporter);
        break;
    case 10:
        a.trailingCredit = bracket(rng, QStringLiteral("新华社北京%1电 记者 %2").arg(day, reporter));
        a.trailingInline = true;
        break;
    default:
        // Keep what the source page said, where it said anything, in the place it goes: a dateline
        // and 本报讯 lead the text, a bare name follows it in brackets.
        if (!source.dateline.isNull())
            a.leadCredit
                = source.byline.isNull() ? source.dateline : source.dateline + bracket(rng, source.byline);
        else if (source.byline.startsWith(QStringLiteral("本报讯"))
            || source.byline.endsWith(QStringLiteral("报道")))
            a.leadCredit = source.byline;
        else if (!source.byline.isNull())
            a.trailingCredit = bracket(rng, source.byline);
        break;
    }
}

Caption ArticleMutator::caption(Rng &rng, const QDate &issueDate) const
{
    if (!m_pool.captions().isEmpty() && rng.chance(0.5))
        return rng.pick(m_pool.captions());
    const QString when = monthDay(issueDate.addDays(-rng.range(1, 4)));
    // A numbered point of a document ("（十一）…") makes a poor picture caption; look a little further.
    QString paragraph = rng.pick(m_pool.paragraphs());
    for (int tries = 0; tries < 4 && paragraph.startsWith(QChar(u'（')); ++tries)
        paragraph = rng.pick(m_pool.paragraphs());
    return Caption { when + QStringLiteral("，") + openingSentences(paragraph, rng), captionCredit(rng) };
}

QString ArticleMutator::captionCredit(Rng &rng)
{
    switch (rng.range(0, 7)) {
    case 0:
        return QStringLiteral("本报记者 %1 摄").arg(personName(rng));
    case 1:
        return QStringLiteral("通讯员 %1 摄").arg(personName(rng));
    case 2:
        return QStringLiteral("新华社记者 %1 摄").arg(personName(rng));
    case 3:
        return QStringLiteral("新华社发");
    case 4:
        return QStringLiteral("新华社发（%1供图）").arg(pictureSource(rng));
    case 5:
        return QStringLiteral("本报通讯员 %1 摄").arg(personName(rng));
    case 6:
        return QStringLiteral("%1 摄").arg(personName(rng));
    default:
        return QStringLiteral("拍友 %1 本报记者 %2 摄").arg(personName(rng), personName(rng));
    }
}

GenArticle ArticleMutator::splitForJump(GenArticle &article, Rng &rng, int fromPage, int toPage)
{
    GenArticle tail;
    tail.kind = GenArticle::Kind::Continuation;
    tail.headline = rng.chance(0.5) ? article.headline : QString();
    const int keep = rng.range(1, int(article.blocks.size()) - 2); // blocks [0, keep) stay
    tail.blocks = article.blocks.mid(keep);
    article.blocks.resize(keep);
    // Jumps usually fall in mid-sentence: the paragraph runs on over the page break.
    Block &last = article.blocks.last();
    if (last.kind == Block::Kind::Paragraph && last.text.size() >= 30 && rng.chance(0.6)) {
        const int cut = rng.range(10, int(last.text.size()) - 10);
        tail.blocks.prepend(Block { Block::Kind::Paragraph, last.text.mid(cut) });
        last.text.truncate(cut);
    }
    tail.trailingCredit = article.trailingCredit;
    tail.trailingInline = article.trailingInline;
    article.trailingCredit = QString();
    article.trailingInline = false;
    if (article.captions.size() > 1)
        tail.captions = article.captions.mid(article.captions.size() / 2);
    article.captions.resize(article.captions.size() - tail.captions.size());
    article.continuesTo = toPage;
    tail.continuedFrom = fromPage;
    return tail;
}

} // namespace broadsheet
