#include "core/pattern.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace broadsheet {

namespace {

QRegularExpression::MatchOptions optionsFor(QStringView subject)
{
    return holdsSurrogate(subject) ? QRegularExpression::NoMatchOption
                                   : QRegularExpression::DontCheckSubjectStringMatchOption;
}

} // namespace

bool holdsSurrogate(QStringView s)
{
    const char16_t *p = s.utf16();
    const qsizetype n = s.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    // Eight code units at a time: a unit is a surrogate when its top five bits are 11011.
    const __m128i mask = _mm_set1_epi16(static_cast<short>(0xF800));
    const __m128i surrogate = _mm_set1_epi16(static_cast<short>(0xD800));
    __m128i any = _mm_setzero_si128();
    for (; i + 8 <= n; i += 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        any = _mm_or_si128(any, _mm_cmpeq_epi16(_mm_and_si128(units, mask), surrogate));
    }
    if (_mm_movemask_epi8(any) != 0)
        return true;
#endif
    for (; i < n; ++i) {
        if ((p[i] & 0xF800) == 0xD800)
            return true;
    }
    return false;
}

Pattern::Pattern(const QString &pattern, QRegularExpression::PatternOptions options) : m_re(pattern, options)
{
    // Compiled (and JIT-compiled) now, once, rather than inside the first match.
    m_re.optimize();
}

QRegularExpressionMatch Pattern::match(const QString &subject, qsizetype offset) const
{
    return m_re.match(subject, offset, QRegularExpression::NormalMatch, optionsFor(subject));
}

QRegularExpressionMatch Pattern::match(QStringView subject, qsizetype offset) const
{
    return m_re.match(subject, offset, QRegularExpression::NormalMatch, optionsFor(subject));
}

QRegularExpressionMatchIterator Pattern::globalMatch(const QString &subject, qsizetype offset) const
{
    return m_re.globalMatch(subject, offset, QRegularExpression::NormalMatch, optionsFor(subject));
}

QRegularExpressionMatchIterator Pattern::globalMatch(QStringView subject, qsizetype offset) const
{
    return m_re.globalMatch(subject, offset, QRegularExpression::NormalMatch, optionsFor(subject));
}

QString &Pattern::replaceIn(QString &text, QStringView literal) const
{
    QRegularExpressionMatchIterator it = globalMatch(QStringView(text));
    if (!it.hasNext())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += literal;
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    text = std::move(out);
    return text;
}

} // namespace broadsheet
