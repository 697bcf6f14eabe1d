#include "core/versefacts.h"

#include "core/hanvariants.h"
#include "core/textshape.h"

#include <algorithm>

namespace broadsheet {

namespace {

// Verse (literary pages): four or more short lines one under another, of uneven lengths (a
// column's wrapped prose is even), after the writers line that follows a headline. Each line
// stays a line: no headline stack, no joining.
bool isVerseLine(const QList<LineUnit> &units, const QList<UnitFact> &facts, qsizetype k)
{
    const UnitFact &f = facts[k];
    const qsizetype n = units[k].text.size();
    return !units[k].markup && n >= 2 && n <= 20 && !f.jump && !f.lead && !f.creditOnly && !f.creditLine && !f.enumerated;
}

class VerseFinder {
public:
    VerseFinder(const QList<LineUnit> &units, QList<UnitFact> &facts) : m_u(units), m_f(facts) { }

    bool verseLine(qsizetype k) const { return isVerseLine(m_u, m_f, k); }

    void computeVerse()
    {
        // (A page's next label over the next title, 小小说 over **一碗羊汤**, ends the poem above it.)
        auto shortLine = [this](qsizetype k) {
            return verseLine(k) && !(k + 1 < m_u.size() && m_u[k + 1].markup && looksLikeColumnLabel(m_u[k].text));
        };
        for (qsizetype a = 1; a < m_u.size();) {
            // A poem opens under its poet's name, or under the title of the next poem of a set
            // (外一首) set after verse.
            const bool nextPoem = m_u[a - 1].markup && a >= 2 && m_f[a - 2].standsAlone;
            if (!shortLine(a) || !(m_f[a - 1].creditOnly || nextPoem)) {
                ++a;
                continue;
            }
            qsizetype b = a + 1;
            qsizetype shortest = m_u[a].text.size(), longest = shortest;
            while (b < m_u.size() && shortLine(b) && m_u[b].gapBefore <= 1) {
                shortest = std::min(shortest, m_u[b].text.size());
                longest = std::max(longest, m_u[b].text.size());
                ++b;
            }
            // Stanzas are separated by one blank line; lines within one by none.
            qsizetype touching = 0;
            for (qsizetype k = a + 1; k < b; ++k)
                touching += m_u[k].gapBefore == 0 ? 1 : 0;
            // (Prose cut into short lines has a sentence ending inside a line: "茶的好时节。清晨的".)
            bool innerStop = false;
            for (qsizetype k = a; k < b && !innerStop; ++k) {
                const QStringView t = QStringView(m_u[k].text).trimmed();
                for (qsizetype c = 0; c + 1 < t.size() && !innerStop; ++c)
                    innerStop = (t[c] == u'。' || t[c] == u'！' || t[c] == u'？') && t[c + 1] != u'”' && t[c + 1] != u'」';
            }
            // (A dump that sets a blank line after every line leaves no stanzas to see: there the
            // lines are verse when they mostly end without a full stop, as verse does and short
            // prose lines do not.)
            qsizetype stopped = 0;
            for (qsizetype k = a; k < b; ++k)
                stopped += endsSentence(m_u[k].text) ? 1 : 0;
            const bool everyLineApart = touching == 0 && stopped * 2 < b - a;
            if (b - a >= 4 && (touching * 2 >= b - a - 1 || everyLineApart) && longest - shortest >= 3 && !innerStop && (b >= m_u.size() || !m_f[b].lead)) {
                for (qsizetype k = a; k < b; ++k)
                    keepAsItStands(k);
            }
            a = b;
        }
        computePoemSets();
    }

    // A set of poems (江南四月（组诗）, 春雨（外二首）, 诗三首): under its heading, up to the next
    // heading as large, stanzas of two lines or more are verse, and a short line set above one is
    // the title of the next poem of the set, not a headline.
    void computePoemSets()
    {
        static const Pattern setTitle = hanRegex(QStringLiteral("(?:[（(](?:组诗|外[一二三四五六七八九十]首|[一二三四五六七八九十]首)[）)]|诗[二三四五六七八九十]首|[二三四五六七八九十]题|组诗|诗选|诗抄)\\s*$"));
        for (qsizetype s = 0; s < m_u.size(); ++s) {
            const QString &title = m_u[s].text;
            if (!(m_u[s].markup || m_f[s].headingish) || title.size() > 30
                || !(title.contains(u'诗') || title.contains(u'詩') || title.contains(u'首') || title.contains(u'题') || title.contains(u'題'))
                || !setTitle.match(title).hasMatch())
                continue;
            const int level = m_u[s].prominence();
            qsizetype end = s + 1;
            while (end < m_u.size() && !(m_u[end].markup && m_u[end].prominence() <= level && !isShortTitle(end)))
                ++end;
            for (qsizetype a = s + 1; a < end;) {
                qsizetype b = a;
                while (b < end && verseLine(b) && !m_f[b].creditOnly && (b == a || m_u[b].gapBefore == 0))
                    ++b;
                if (b - a >= 2) {
                    for (qsizetype k = a; k < b; ++k)
                        keepAsItStands(k);
                    // The title over the stanza: a short line, after the poet or another stanza.
                    if (a - 1 > s && isShortTitle(a - 1) && (!m_f[a - 1].standsAlone || (m_u[a - 1].gapBefore >= 1 && m_u[a].gapBefore >= 1))) {
                        m_f[a - 1].poemTitle = true;
                        m_f[a - 1].standsAlone = false;
                    }
                }
                a = std::max(b, a + 1);
            }
            s = end - 1;
        }
    }

    bool isShortTitle(qsizetype k) const
    {
        const QString &t = m_u[k].text;
        return t.size() <= 10 && !endsSentence(t) && !m_f[k].lead && !m_f[k].creditOnly && !t.contains(u'，');
    }

private:
    const QList<LineUnit> &m_u;
    QList<UnitFact> &m_f;

    void keepAsItStands(qsizetype k)
    {
        m_f[k].standsAlone = true;
        m_f[k].headingish = false;
    }
};

} // namespace

qsizetype verseLinesFrom(const QList<LineUnit> &units, const QList<UnitFact> &facts, qsizetype k)
{
    qsizetype b = k;
    while (b < units.size() && isVerseLine(units, facts, b) && (b == k || units[b].gapBefore == 0))
        ++b;
    return b - k;
}

void markVerse(const QList<LineUnit> &units, QList<UnitFact> &facts)
{
    VerseFinder(units, facts).computeVerse();
}

} // namespace broadsheet
