#include "pagerenderer.h"

#include <QList>
#include <QRegularExpression>

#include <utility>

namespace broadsheet {

namespace {

enum class HeadStyle { Markdown, Bold, Plain };

QString markdownLevel(Rng &rng)
{
    const int r = rng.range(0, 9);
    return r < 4 ? QStringLiteral("# ") : r < 8 ? QStringLiteral("## ") : QStringLiteral("### ");
}

bool endsWithSpeech(const QString &kicker)
{
    return kicker.endsWith(QStringLiteral("强调")) || kicker.endsWith(QStringLiteral("指出"))
        || kicker.endsWith(QStringLiteral("表示"));
}

// Splits at the space nearest the middle; the second part is null when there is no space.
std::pair<QString, QString> splitAtSpace(const QString &s)
{
    qsizetype best = -1;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) == QLatin1Char(' ') && (best < 0 || qAbs(i - s.size() / 2) < qAbs(best - s.size() / 2)))
            best = i;
    }
    if (best <= 0 || best >= s.size() - 1)
        return { s, QString() };
    return { s.left(best), s.mid(best + 1) };
}

// A cut position inside `text` in [lo, text.size() - margin), never between the halves of a
// surrogate pair.
qsizetype cutPosition(const QString &text, Rng &rng, qsizetype lo, qsizetype margin)
{
    qsizetype cut = rng.range(int(lo), int(qMax(lo, text.size() - margin)));
    if (cut > 0 && cut < text.size() && text.at(cut).isLowSurrogate())
        ++cut;
    return qMin(cut, text.size());
}

QString convertWidth(QString s, bool toHalf)
{
    static const QString full = QStringLiteral("，：；（）！？");
    static const QString half = QStringLiteral(",:;()!?");
    const QString &from = toHalf ? full : half;
    const QString &to = toHalf ? half : full;
    for (QChar &c : s) {
        const qsizetype i = from.indexOf(c);
        if (i >= 0)
            c = to.at(i);
    }
    return s;
}

QString jumpTo(int page, Rng &rng)
{
    const QString n = PageRenderer::pageNumber(page, rng.chance(0.3));
    switch (rng.range(0, 9)) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
        return QStringLiteral("（下转第%1版）").arg(n);
    case 5:
    case 6:
        return QStringLiteral("(下转第%1版)").arg(n);
    case 7:
    case 8:
        return QStringLiteral("（转第%1版）").arg(n);
    default:
        return QStringLiteral("转第%1版").arg(n);
    }
}

QString jumpFrom(int page, Rng &rng)
{
    const QString n = PageRenderer::pageNumber(page, rng.chance(0.3));
    switch (rng.range(0, 9)) {
    case 0:
    case 1:
    case 2:
    case 3:
    case 4:
        return QStringLiteral("（上接第%1版）").arg(n);
    case 5:
    case 6:
        return QStringLiteral("(上接第%1版)").arg(n);
    case 7:
    case 8:
        return QStringLiteral("（接第%1版）").arg(n);
    default:
        return QStringLiteral("接第%1版").arg(n);
    }
}

void kickerUnits(const QString &kicker, Rng &rng, QStringList &units)
{
    if (kicker.isNull())
        return;
    const auto [first, second] = splitAtSpace(kicker);
    if (!second.isNull() && rng.chance(0.3)) {
        units << first << second; // a two-line kicker
        return;
    }
    units << kicker;
}

} // namespace

QString PageRenderer::pageNumber(int page, bool chinese)
{
    if (!chinese || page <= 0 || page >= 100)
        return QString::number(page);
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    const int tens = page / 10;
    const int ones = page % 10;
    QString s;
    if (tens > 1)
        s += digits.at(tens);
    if (tens > 0)
        s += QStringLiteral("十");
    if (ones > 0)
        s += digits.at(ones);
    return s;
}

void PageRenderer::render(const GenArticle &article, Rng &rng, QStringList &units) const
{
    QStringList out;
    switch (article.kind) {
    case GenArticle::Kind::PhotoNews: {
        if (rng.chance(0.6))
            out << QString(); // pictures sit apart, with a wider gap
        const QString &h = article.headline;
        const int style = rng.range(0, 9);
        if (style < 4) {
            out << QStringLiteral("## ") + h;
        } else if (style < 7) {
            if (h.size() >= 6 && rng.chance(0.3))
                out << QStringLiteral("**") + h.left(h.size() / 2) + QLatin1Char('\n') + h.mid(h.size() / 2)
                        + QStringLiteral("**");
            else
                out << QStringLiteral("**") + h + QStringLiteral("**");
        } else {
            out << h;
        }
        for (const Caption &c : article.captions)
            out << captionUnits(c, rng);
        break;
    }
    case GenArticle::Kind::Continuation:
        if (!article.headline.isNull()) {
            const auto [first, second] = splitAtSpace(article.headline);
            if (!second.isNull() && rng.chance(0.5))
                out << QStringLiteral("**") + first + QStringLiteral("  \n") + second + QStringLiteral("**");
            else
                out << (rng.chance(0.5) ? QStringLiteral("## ") : QString()) + article.headline;
        }
        out << jumpFrom(article.continuedFrom, rng);
        renderBody(article, rng, out);
        break;
    case GenArticle::Kind::Regular:
        renderHead(article, rng, out);
        renderBody(article, rng, out);
        break;
    }
    if (article.continuesTo > 0)
        out << jumpTo(article.continuesTo, rng);
    if (!article.trailingCredit.isNull() && !article.trailingInline)
        out << article.trailingCredit;

    const int width = rng.range(0, 99);
    if (width < 25) {
        for (QString &u : out)
            u = convertWidth(u, width < 20);
    }
    units << out;
}

void PageRenderer::renderHead(const GenArticle &article, Rng &rng, QStringList &units) const
{
    const int styleRoll = rng.range(0, 99);
    const HeadStyle style = styleRoll < 40 ? HeadStyle::Markdown
        : styleRoll < 65                   ? HeadStyle::Bold
                                           : HeadStyle::Plain;
    QString kicker = article.kicker;
    if (!kicker.isNull() && !endsWithSpeech(kicker) && !kicker.endsWith(QStringLiteral("——"))
        && rng.chance(0.1))
        kicker += QStringLiteral("——");
    QString sub = article.subheadline;
    if (!sub.isNull() && !sub.startsWith(QStringLiteral("——")) && rng.chance(0.1))
        sub.prepend(QStringLiteral("——"));
    const bool columnFirst = rng.chance(0.5);
    if (!article.column.isNull() && columnFirst)
        units << article.column;

    switch (style) {
    case HeadStyle::Markdown: {
        const QString level = markdownLevel(rng);
        const bool combine = !kicker.isNull() && rng.chance(endsWithSpeech(kicker) ? 0.8 : 0.1);
        if (combine) {
            units << level + kicker + QLatin1Char(' ') + article.headline;
        } else {
            kickerUnits(kicker, rng, units);
            units << level + article.headline;
        }
        if (!sub.isNull())
            units << (rng.chance(0.6)
                    ? (level == QStringLiteral("# ") ? QStringLiteral("## ") : QStringLiteral("### ")) + sub
                    : sub);
        break;
    }
    case HeadStyle::Bold: {
        kickerUnits(kicker, rng, units);
        const auto [first, second] = splitAtSpace(article.headline);
        if (!second.isNull() && rng.chance(0.5))
            units << QStringLiteral("**") + first
                    + (rng.chance(0.5) ? QStringLiteral("  \n") : QStringLiteral("\n")) + second
                    + QStringLiteral("**");
        else
            units << QStringLiteral("**") + article.headline + QStringLiteral("**");
        if (!sub.isNull())
            units << (rng.chance(0.3) ? QStringLiteral("**") + sub + QStringLiteral("**") : sub);
        break;
    }
    case HeadStyle::Plain:
        kickerUnits(kicker, rng, units);
        units << article.headline;
        if (!sub.isNull())
            units << sub;
        break;
    }
    if (!article.column.isNull() && !columnFirst)
        units << article.column;
}

void PageRenderer::renderBody(const GenArticle &article, Rng &rng, QStringList &units) const
{
    static const QRegularExpression leadIn(QStringLiteral("^（[一二三四五六七八九十]+）[^。]{1,40}。"));
    const QList<Block> &blocks = article.blocks;
    const qsizetype n = blocks.size();
    QList<QList<Caption>> after(n);
    QList<QList<Caption>> inside(n);
    QList<Caption> top;
    for (const Caption &c : article.captions) {
        const int where = rng.range(0, 9);
        const int at = rng.range(0, int(qMax<qsizetype>(n, 1)) - 1);
        if (n == 0 || where < 3)
            top << c;
        else if (where < 6 || blocks.at(at).kind != Block::Kind::Paragraph || blocks.at(at).text.size() < 20)
            after[at] << c;
        else
            inside[at] << c;
    }
    for (const Caption &c : std::as_const(top))
        units << captionUnits(c, rng);

    qsizetype firstParagraph = -1;
    for (qsizetype i = 0; i < n && firstParagraph < 0; ++i) {
        if (blocks.at(i).kind == Block::Kind::Paragraph)
            firstParagraph = i;
    }
    if (firstParagraph < 0 && !article.leadCredit.isNull())
        units << article.leadCredit;
    const qsizetype duplicate = rng.chance(0.05) ? rng.range(0, int(qMax<qsizetype>(n, 1)) - 1) : -1;

    for (qsizetype i = 0; i < n; ++i) {
        const Block &block = blocks.at(i);
        if (block.kind == Block::Kind::Subhead) {
            const int style = rng.range(0, 9);
            units << (style < 3 ? QStringLiteral("### ") + block.text
                    : style < 6 ? QStringLiteral("**") + block.text + QStringLiteral("**")
                                : block.text);
        } else {
            QString text = block.text;
            qsizetype protectedEnd = 0; // no cut inside the credit or the bold lead-in
            if (i == firstParagraph && !article.leadCredit.isNull()) {
                const bool bracketed = article.leadCredit.endsWith(QChar(u'）'))
                    || article.leadCredit.endsWith(QLatin1Char(')'));
                text.prepend(article.leadCredit + (bracketed ? QString() : QStringLiteral(" ")));
                protectedEnd = article.leadCredit.size() + 1;
            }
            const QRegularExpressionMatch lead = leadIn.match(text);
            if (lead.hasMatch() && rng.chance(0.6)) {
                text = QStringLiteral("**") + lead.captured() + QStringLiteral("**")
                    + text.mid(lead.capturedEnd());
                protectedEnd = qMax(protectedEnd, lead.capturedEnd() + 4);
            }
            if (i == n - 1 && article.trailingInline && !article.trailingCredit.isNull())
                text += article.trailingCredit;
            const qsizetype lo = qMax<qsizetype>(protectedEnd, 5);
            if (!inside.at(i).isEmpty() && text.size() > lo + 10) {
                const qsizetype cut = cutPosition(text, rng, lo, 5);
                units << text.left(cut) << QString();
                for (const Caption &c : inside.at(i))
                    units << captionUnits(c, rng);
                units << text.mid(cut);
            } else {
                for (const Caption &c : inside.at(i))
                    after[i] << c;
                if (text.size() > lo + 60 && rng.chance(0.15)) {
                    const qsizetype cut = cutPosition(text, rng, lo + 5, 10);
                    if (rng.chance(0.8))
                        units << text.left(cut) << text.mid(cut); // a column gap
                    else
                        units << text.left(cut) + QLatin1Char('\n') + text.mid(cut); // a bare line break
                } else {
                    units << text;
                }
            }
            if (i == duplicate)
                units << text; // OCR read the same paragraph twice
        }
        for (const Caption &c : std::as_const(after.at(i)))
            units << captionUnits(c, rng);
    }
    if (n > 0 && blocks.last().kind == Block::Kind::Subhead && article.trailingInline
        && !article.trailingCredit.isNull())
        units << article.trailingCredit;
}

QStringList PageRenderer::captionUnits(const Caption &caption, Rng &rng)
{
    if (caption.credit.isNull())
        return { caption.text };
    const int r = rng.range(0, 9);
    if (r < 6)
        return { caption.text, caption.credit };
    if (r < 8) {
        const bool closed = caption.text.endsWith(QChar(u'。'));
        return { caption.text + (closed ? QString() : QStringLiteral(" ")) + caption.credit };
    }
    return { caption.text }; // some pictures lose their credit in the dump
}

} // namespace broadsheet
