#include "core/articledraft.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace broadsheet {

namespace {

// Han characters and character bigrams of a text with their counts: the vocabulary that tells
// which article a stray paragraph is about. A gram is keyed by its UTF-16 units (a character
// alone has 0 for the second); a text's grams are a vector sorted by key, so that counting,
// summing and comparing are merges that allocate no strings and hash nothing.
using Gram = quint32;
using Grams = std::vector<std::pair<Gram, int>>;

Grams counted(std::vector<Gram> &keys)
{
    std::sort(keys.begin(), keys.end());
    Grams out;
    for (Gram g : keys) {
        if (!out.empty() && out.back().first == g)
            ++out.back().second;
        else
            out.emplace_back(g, 1);
    }
    return out;
}

Grams gramsOf(QStringView text)
{
    std::vector<Gram> keys;
    keys.reserve(2 * text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).script() != QChar::Script_Han)
            continue;
        keys.push_back(Gram(text.at(i).unicode()) << 16);
        if (i + 1 < text.size() && text.at(i + 1).script() == QChar::Script_Han)
            keys.push_back((Gram(text.at(i).unicode()) << 16) | text.at(i + 1).unicode());
    }
    return counted(keys);
}

// The grams of several texts together, each counted as often as it occurs in all of them.
Grams summed(const std::vector<Grams> &parts, qsizetype from, qsizetype to)
{
    Grams out;
    for (qsizetype i = from; i < to; ++i) {
        Grams merged;
        merged.reserve(out.size() + parts[i].size());
        auto a = out.cbegin();
        auto b = parts[i].cbegin();
        while (a != out.cend() || b != parts[i].cend()) {
            if (b == parts[i].cend() || (a != out.cend() && a->first < b->first))
                merged.push_back(*a++);
            else if (a == out.cend() || b->first < a->first)
                merged.push_back(*b++);
            else {
                merged.emplace_back(a->first, a->second + b->second);
                ++a;
                ++b;
            }
        }
        out = std::move(merged);
    }
    return out;
}

// Cosine similarity of two gram-count vectors weighted by inverse document frequency, so that
// a long article does not win by size and rare shared words count most.
double similarity(const Grams &a, const Grams &b, const Grams &df, int docs)
{
    auto weight = [&](Gram g) {
        const auto it = std::lower_bound(df.cbegin(), df.cend(), g, [](const auto &e, Gram k) { return e.first < k; });
        return std::log(1.0 + double(docs) / (it != df.cend() && it->first == g ? it->second : 1));
    };
    double dot = 0, na = 0, nb = 0;
    auto j = b.cbegin();
    for (const auto &[g, n] : a) {
        const double w = weight(g);
        na += (w * n) * (w * n);
        while (j != b.cend() && j->first < g)
            ++j;
        if (j != b.cend() && j->first == g)
            dot += w * n * w * j->second;
    }
    for (const auto &[g, n] : b) {
        const double w = weight(g) * n;
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
        std::vector<Grams> grams;
        std::vector<Gram> seenIn; // each paragraph's distinct grams, for the document frequencies
        for (const Draft *d : { &prev, &frag }) {
            for (const BodyItem &b : d->body) {
                grams.push_back(gramsOf(b.text));
                for (const auto &[g, n] : grams.back())
                    seenIn.push_back(g);
            }
        }
        const Grams df = counted(seenIn);
        const int docs = int(grams.size());
        auto sum = [&grams](qsizetype from, qsizetype to) { return summed(grams, from, to); };
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
