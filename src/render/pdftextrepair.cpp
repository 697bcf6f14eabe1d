#include "render/pdftextrepair.h"

#include <QFont>
#include <QList>
#include <QRawFont>

#include <algorithm>
#include <cctype>
#include <optional>

namespace broadsheet {

namespace {

QByteArray utf16Hex(const QString &text)
{
    QByteArray hex;
    for (QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return '<' + hex + '>';
}

// The code point of a one-character destination such as "<2F47>"; 0 for anything else.
char32_t singleCodePoint(const QByteArray &token)
{
    if (token.size() != 6 || !token.startsWith('<') || !token.endsWith('>'))
        return 0;
    bool ok = false;
    const uint value = token.mid(1, 4).toUInt(&ok, 16);
    return ok ? char32_t(value) : 0;
}

QList<QByteArray> tokens(const QByteArray &text)
{
    QList<QByteArray> list;
    qsizetype i = 0;
    while (i < text.size()) {
        const char c = text.at(i);
        if (c == '<') {
            const qsizetype end = text.indexOf('>', i);
            if (end < 0)
                return {};
            list.append(text.mid(i, end - i + 1));
            i = end + 1;
        } else if (c == '[' || c == ']') {
            list.append(QByteArray(1, c));
            ++i;
        } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++i;
        } else {
            return {}; // not the plain hex form Qt writes
        }
    }
    return list;
}

// Rewrites one "beginbfrange … endbfrange" body; nullopt when it is not in the expected form.
std::optional<QByteArray> repairRanges(const QByteArray &body, const PdfTextRepair &fixer, bool &changed)
{
    const QList<QByteArray> t = tokens(body);
    if (t.isEmpty() && !body.trimmed().isEmpty())
        return std::nullopt;
    QByteArray out = "\n";
    qsizetype i = 0;
    auto fix = [&](const QByteArray &dst) {
        const char32_t c = singleCodePoint(dst);
        const QString replacement = c == 0 ? QString() : fixer.replacementFor(c);
        if (replacement.isNull())
            return dst;
        changed = true;
        return utf16Hex(replacement);
    };
    while (i < t.size()) {
        if (i + 2 >= t.size())
            return std::nullopt;
        const QByteArray lo = t.at(i), hi = t.at(i + 1);
        out += lo + ' ' + hi + ' ';
        if (t.at(i + 2) == "[") {
            out += '[';
            i += 3;
            bool first = true;
            while (i < t.size() && t.at(i) != "]") {
                out += (first ? "" : " ") + fix(t.at(i));
                first = false;
                ++i;
            }
            if (i >= t.size())
                return std::nullopt;
            out += "]\n";
            ++i;
        } else {
            const char32_t start = singleCodePoint(t.at(i + 2));
            bool ok1 = false, ok2 = false;
            const uint from = lo.mid(1, lo.size() - 2).toUInt(&ok1, 16);
            const uint to = hi.mid(1, hi.size() - 2).toUInt(&ok2, 16);
            bool touches = false;
            if (start != 0 && ok1 && ok2 && to >= from) {
                for (uint k = 0; k <= to - from; ++k)
                    touches = touches || !fixer.replacementFor(start + k).isNull();
            }
            if (!touches) {
                out += t.at(i + 2) + '\n';
            } else { // spell the range out so single entries can change
                out += '[';
                for (uint k = 0; k <= to - from; ++k)
                    out += (k ? " " : "") + fix(utf16Hex(QString(QChar(char16_t(start + k)))));
                out += "]\n";
            }
            i += 3;
        }
    }
    return out;
}

} // namespace

PdfTextRepair::PdfTextRepair(const QStringList &families, const QString &text)
{
    QString used;
    for (char32_t c : text.toUcs4()) {
        if (c > 0xFFFF || m_used.contains(c))
            continue;
        m_used.insert(c);
        used += QChar(char16_t(c));
    }
    for (const QString &family : families) {
        if (family == QLatin1String("serif") || family == QLatin1String("sans-serif"))
            continue;
        for (QFont::Weight weight : {QFont::Normal, QFont::Bold}) {
            QFont font(family);
            font.setWeight(weight);
            font.setPixelSize(32);
            const QRawFont raw = QRawFont::fromFont(font);
            if (!raw.isValid())
                continue;
            QHash<quint32, char32_t> byGlyph;
            const QList<quint32> glyphs = raw.glyphIndexesForString(used);
            for (qsizetype i = 0; i < glyphs.size() && i < used.size(); ++i) {
                if (glyphs.at(i) != 0 && !byGlyph.contains(glyphs.at(i)))
                    byGlyph.insert(glyphs.at(i), used.at(i).unicode());
            }
            m_fonts.append(raw);
            m_usedByGlyph.append(byGlyph);
        }
    }
}

QString PdfTextRepair::replacementFor(char32_t c) const
{
    if (c == 0 || c > 0xFFFF || m_used.contains(c))
        return {};
    // Noto CJK joins a run of em dashes into one glyph whose only code point is a two/three-em dash.
    if (c == 0x2E3A && !m_used.contains(c))
        return QStringLiteral("——");
    if (c == 0x2E3B && !m_used.contains(c))
        return QStringLiteral("———");
    for (qsizetype f = 0; f < m_fonts.size(); ++f) {
        const QList<quint32> glyph = m_fonts.at(f).glyphIndexesForString(QString(QChar(char16_t(c))));
        if (glyph.isEmpty() || glyph.first() == 0)
            continue;
        const auto it = m_usedByGlyph.at(f).constFind(glyph.first());
        if (it != m_usedByGlyph.at(f).constEnd())
            return QString(QChar(char16_t(*it)));
    }
    // Latin ligatures (ﬀ, ﬁ, …) and other compatibility forms stand for the letters they join.
    const QString single {QChar(char16_t(c))};
    const QString folded = single.normalized(QString::NormalizationForm_KC);
    if (folded != single && std::all_of(folded.begin(), folded.end(), [this](QChar f) { return m_used.contains(f.unicode()); }))
        return folded;
    return {};
}

QByteArray PdfTextRepair::repair(const QByteArray &pdf) const
{
    struct Edit {
        qsizetype position;
        qsizetype length;
        QByteArray replacement;
    };
    QList<Edit> edits;
    qsizetype from = 0;
    for (;;) {
        const qsizetype cmap = pdf.indexOf("begincmap", from);
        if (cmap < 0)
            break;
        from = cmap + 9;
        const qsizetype stream = pdf.lastIndexOf("stream\n", cmap);
        const qsizetype lengthKey = pdf.lastIndexOf("/Length ", stream);
        if (stream < 0 || lengthKey < 0 || stream - lengthKey > 40)
            return pdf;
        const qsizetype lengthStart = lengthKey + 8;
        qsizetype lengthEnd = lengthStart;
        while (lengthEnd < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf.at(lengthEnd))))
            ++lengthEnd;
        const qsizetype dataStart = stream + 7;
        const qsizetype length = pdf.mid(lengthStart, lengthEnd - lengthStart).toLongLong();
        if (length <= 0 || dataStart + length > pdf.size())
            return pdf;
        QByteArray data = pdf.mid(dataStart, length);
        if (!data.contains("/Adobe-Identity-UCS"))
            continue;
        bool changed = false;
        for (qsizetype at = data.indexOf("beginbfrange"); at >= 0; at = data.indexOf("beginbfrange", at + 1)) {
            const qsizetype bodyStart = at + 12;
            const qsizetype bodyEnd = data.indexOf("endbfrange", bodyStart);
            if (bodyEnd < 0)
                return pdf;
            const std::optional<QByteArray> body = repairRanges(data.mid(bodyStart, bodyEnd - bodyStart), *this, changed);
            if (!body)
                return pdf;
            data.replace(bodyStart, bodyEnd - bodyStart, *body);
            at = bodyStart + body->size();
        }
        if (!changed)
            continue;
        edits.append({lengthStart, lengthEnd - lengthStart, QByteArray::number(data.size())});
        edits.append({dataStart, length, data});
        from = dataStart + length;
    }
    if (edits.isEmpty())
        return pdf;

    const qsizetype xref = pdf.lastIndexOf("\nxref\n");
    const qsizetype startxref = pdf.lastIndexOf("startxref\n");
    if (xref < 0 || startxref < xref || edits.last().position > xref)
        return pdf;
    auto shifted = [&edits](qsizetype offset) {
        qsizetype delta = 0;
        for (const Edit &e : edits) {
            if (e.position < offset)
                delta += e.replacement.size() - e.length;
        }
        return offset + delta;
    };
    // The cross-reference table: "first count" then fixed 20-byte entries "oooooooooo ggggg n \n".
    const qsizetype headerEnd = pdf.indexOf('\n', xref + 6);
    const QList<QByteArray> header = pdf.mid(xref + 6, headerEnd - xref - 6).trimmed().split(' ');
    if (header.size() != 2)
        return pdf;
    const int count = header.at(1).toInt();
    const qsizetype entries = headerEnd + 1;
    if (count <= 0 || entries + qsizetype(count) * 20 > startxref)
        return pdf;
    QByteArray table;
    for (int k = 0; k < count; ++k) {
        QByteArray entry = pdf.mid(entries + qsizetype(k) * 20, 20);
        if (entry.size() != 20 || entry.at(10) != ' ')
            return pdf;
        if (entry.at(17) == 'n')
            entry.replace(0, 10, QByteArray::number(shifted(entry.left(10).toLongLong())).rightJustified(10, '0'));
        table += entry;
    }
    edits.append({entries, qsizetype(count) * 20, table});
    const qsizetype valueStart = startxref + 10;
    qsizetype valueEnd = valueStart;
    while (valueEnd < pdf.size() && std::isdigit(static_cast<unsigned char>(pdf.at(valueEnd))))
        ++valueEnd;
    edits.append({valueStart, valueEnd - valueStart, QByteArray::number(shifted(xref + 1))});

    QByteArray out;
    out.reserve(pdf.size() + 4096);
    qsizetype at = 0;
    for (const Edit &e : edits) {
        out += pdf.mid(at, e.position - at);
        out += e.replacement;
        at = e.position + e.length;
    }
    out += pdf.mid(at);
    return out;
}

} // namespace broadsheet
