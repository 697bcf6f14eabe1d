#include "core/articledraft.h"

#include <QHash>

#include <cmath>

namespace broadsheet {

namespace {

// Han characters and character bigrams of a text with their counts: the vocabulary that tells
// which article a stray paragraph is about. A gram is keyed by its UTF-16 units (a character
// alone has 0 for the second), so counting allocates no strings.
using Gram = quint32;
using Grams = QHash<Gram, int>;
void addGrams(Grams &out, QStringView text)
{
    out.reserve(out.size() + 2 * text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).script() != QChar::Script_Han)
            continue;
        out[Gram(text.at(i).unicode()) << 16] += 1;
        if (i + 1 < text.size() && text.at(i + 1).script() == QChar::Script_Han)
            out[(Gram(text.at(i).unicode()) << 16) | text.at(i + 1).unicode()] += 1;
    }
}

// Cosine similarity of two gram-count vectors weighted by inverse document frequency, so that
// a long article does not win by size and rare shared words count most.
double similarity(const Grams &a, const Grams &b, const Grams &df, int docs)
{
    auto weight = [&](Gram g) { return std::log(1.0 + double(docs) / df.value(g, 1)); };
    double dot = 0, na = 0, nb = 0;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const double w = weight(it.key()) * it.value();
        na += w * w;
        if (const auto jt = b.constFind(it.key()); jt != b.cend())
            dot += w * weight(it.key()) * jt.value();
    }
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        const double w = weight(it.key()) * it.value();
        nb += w * w;
    }
    return (na > 0 && nb > 0) ? dot / std::sqrt(na * nb) : 0.0;
}

} // namespace

void moveStrayParagraphs(QList<Draft> &drafts)
{
    for (qsizetype f = 1; f < drafts.size(); ++f) {
        Draft &frag = drafts[f];
        Draft &prev = drafts[f - 1];
        if (!frag.stack.isEmpty() || !frag.continuedFrom || frag.body.isEmpty() || prev.closed || prev.photoNews
            || prev.body.size() < 2)
            continue;
        QList<Grams> grams;
        Grams df;
        for (const Draft *d : { &prev, &frag }) {
            for (const BodyItem &b : d->body) {
                Grams g;
                addGrams(g, b.text);
                for (auto it = g.cbegin(); it != g.cend(); ++it)
                    df[it.key()] += 1;
                grams.append(std::move(g));
            }
        }
        const int docs = int(grams.size());
        auto sum = [&grams](qsizetype from, qsizetype to) {
            Grams s;
            for (qsizetype i = from; i < to; ++i) {
                for (auto it = grams[i].cbegin(); it != grams[i].cend(); ++it)
                    s[it.key()] += it.value();
            }
            return s;
        };
        const qsizetype prevSize = prev.body.size();
        // Paragraphs of the article's own text (not a writers line) before index i.
        auto ownParagraphs = [&prev](qsizetype i) {
            qsizetype n = 0;
            for (qsizetype j = 0; j < i; ++j)
                n += prev.body[j].kind == Block::Kind::Paragraph && !prev.body[j].creditOnly;
            return n;
        };
        qsizetype keep = prevSize;
        // The article keeps at least one paragraph of its own: its opening is never the stray.
        while (keep > 1 && ownParagraphs(keep - 1) > 0) {
            const BodyItem &p = prev.body[keep - 1];
            if (p.kind != Block::Kind::Paragraph || p.creditOnly)
                break;
            const Grams &pg = grams[keep - 1];
            const double toFrag = similarity(pg, sum(keep, docs), df, docs);
            const double toPrev = similarity(pg, sum(0, keep - 1), df, docs);
            if (toFrag <= toPrev)
                break;
            --keep;
        }
        if (keep < prevSize) {
            frag.body = prev.body.mid(keep) + frag.body;
            prev.body.resize(keep);
        }
    }
}

} // namespace broadsheet
