#include "core/hanvariants.h"

#include "text/textfold.h"

#include <QHash>

namespace broadsheet {

namespace {

using VariantTable = QHash<char16_t, QString>;

VariantTable buildVariants()
{
    VariantTable table;
    const std::pair<char16_t, char16_t> blocks[] = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
    for (const auto &[first, last] : blocks) {
        for (char32_t c = first; c <= last; ++c) {
            const QChar original {char16_t(c)};
            const QString folded = toSimplified(QStringView(&original, 1));
            if (folded.size() == 1 && folded.at(0) != original)
                table[folded.at(0).unicode()].append(original);
        }
    }
    return table;
}

const VariantTable &variants()
{
    static const VariantTable table = buildVariants();
    return table;
}

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

} // namespace

QStringView traditionalVariants(char16_t c)
{
    const VariantTable &table = variants();
    const auto it = table.constFind(c);
    return it == table.cend() ? QStringView() : QStringView(*it);
}

QString withTraditional(QStringView pattern)
{
    QString out;
    out.reserve(pattern.size() * 2);
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            // An escape stays as it is (\\x{4E00}, \\s, \\]).
            out += c;
            out += pattern.at(++i);
            continue;
        }
        if (!inClass && c == u'[') {
            inClass = true;
            out += c;
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u'^')
                out += pattern.at(++i);
            continue;
        }
        if (inClass && c == u']') {
            inClass = false;
            out += c;
            continue;
        }
        const QStringView more = isHan(c) ? traditionalVariants(c.unicode()) : QStringView();
        if (more.isEmpty()) {
            out += c;
        } else if (inClass) {
            out += c;
            // The first character of a range (记-…) keeps its place; its variants go elsewhere.
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u'-' && i + 2 < pattern.size() && pattern.at(i + 2) != u']')
                continue;
            out += more;
        } else {
            out += u'[';
            out += c;
            out += more;
            out += u']';
        }
    }
    return out;
}

Pattern hanRegex(const QString &pattern, QRegularExpression::PatternOptions options)
{
    return Pattern(withTraditional(pattern), options);
}

QStringList spellings(QStringView simplifiedWord)
{
    QStringList out {QString()};
    for (const QChar c : simplifiedWord) {
        const QString forms = QString(c) + traditionalVariants(c.unicode()).toString();
        QStringList next;
        for (const QString &prefix : out) {
            for (const QChar f : forms)
                next.append(prefix + f);
        }
        out = next;
        if (out.size() > 64) // a word of many ambiguous characters: its Simplified and main forms suffice
            out = out.mid(0, 64);
    }
    return out;
}

WordSet::WordSet(std::initializer_list<const char16_t *> simplifiedWords)
{
    for (const char16_t *word : simplifiedWords) {
        for (const QString &spelling : spellings(QStringView(word))) {
            if (spelling.isEmpty())
                continue;
            const char16_t first = spelling.at(0).unicode();
            m_first.set(first);
            m_byFirst[first & 0xFF].append(spelling);
        }
    }
}

bool WordSet::foundIn(QStringView text) const
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!m_first.test(c))
            continue;
        for (const QString &w : m_byFirst[c & 0xFF]) {
            if (w.at(0).unicode() == c && text.mid(i).startsWith(w))
                return true;
        }
    }
    return false;
}

} // namespace broadsheet
