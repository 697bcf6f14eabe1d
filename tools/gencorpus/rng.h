// Rng: a small deterministic random source (xoshiro256**), the same sequence on every platform.
#pragma once

#include <QList>
#include <QtGlobal>

namespace broadsheet {

// std:: distributions are allowed to differ between standard libraries; a corpus must be the same
// for a seed wherever it is generated, so the few draws we need are spelled out here.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        // splitmix64 spreads any seed (0, 1, 2, …) over the whole state.
        for (quint64 &word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // A value in [lo, hi], both included; lo when the range is empty.
    int range(int lo, int hi)
    {
        if (hi <= lo)
            return lo;
        return lo + int(next() % quint64(hi - lo + 1));
    }

    bool chance(double p) { return double(next() >> 11) * 0x1.0p-53 < p; }

    template <typename T> const T &pick(const QList<T> &list)
    {
        return list.at(range(0, int(list.size()) - 1));
    }

    // A derived generator, so that one stream of decisions does not shift another.
    Rng fork() { return Rng(next()); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    quint64 m_state[4] = {};
};

} // namespace broadsheet
