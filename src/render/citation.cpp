#include "render/citation.h"

#include "render/articlelayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace broadsheet {

namespace {

QString pagesText(const QList<int> &pages, const QString &separator)
{
    QStringList list;
    for (int p : pages)
        list << QString::number(p);
    return list.join(separator);
}

QString untitled(const ArticleInput &input)
{
    // A fragment whose head is not in the library has no headline: cite it by its first words.
    for (const ArticlePart &part : input.parts) {
        for (const Block &b : part.article.blocks) {
            const QString t = b.text.trimmed();
            if (!t.isEmpty())
                return t.size() > 24 ? t.left(24) + QStringLiteral("…") : t;
        }
    }
    return QStringLiteral("（无题）");
}

// Braces and TeX specials would change the meaning of a BibTeX value.
QString bibEscape(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\textbackslash{}"); break;
        case '{': out += QStringLiteral("\\{"); break;
        case '}': out += QStringLiteral("\\}"); break;
        case '%': case '&': case '$': case '#': case '_':
            out += QLatin1Char('\\');
            out += c;
            break;
        case '~': out += QStringLiteral("\\textasciitilde{}"); break;
        case '^': out += QStringLiteral("\\textasciicircum{}"); break;
        default: out += c;
        }
    }
    return out;
}

} // namespace

Citation Citation::from(const ArticleInput &input)
{
    Citation c;
    if (!input.isValid())
        return c;
    c.id = input.parts.first().id;
    const QString headline = input.headline();
    c.title = headline.isEmpty() ? untitled(input) : headline.simplified();
    c.paper = input.paper.trimmed();
    c.date = input.date;
    c.pages = input.pages();
    c.column = input.parts.first().article.column.trimmed();
    c.byline = input.parts.first().article.byline.trimmed();
    return c;
}

QString Citation::readerText() const
{
    QStringList fields;
    fields << QStringLiteral("《%1》").arg(title);
    fields << (paper.isEmpty() ? QStringLiteral("报名不详") : paper);
    if (date.isValid())
        fields << ArticleLayout::chineseDate(date);
    if (!pages.isEmpty())
        fields << QStringLiteral("第%1版").arg(pagesText(pages, QStringLiteral("、")));
    return fields.join(QStringLiteral("，")) + QStringLiteral("。");
}

QString Citation::gbtText() const
{
    QString text = title + QStringLiteral("[N]. ") + (paper.isEmpty() ? QStringLiteral("报名不详") : paper);
    if (date.isValid())
        text += QStringLiteral(", ") + date.toString(Qt::ISODate);
    if (!pages.isEmpty())
        text += QStringLiteral("(%1)").arg(pagesText(pages, QStringLiteral(",")));
    return text + QLatin1Char('.');
}

QString Citation::key() const
{
    if (id > 0)
        return QStringLiteral("broadsheet%1").arg(id);
    QString k = QStringLiteral("broadsheet");
    if (date.isValid())
        k += date.toString(QStringLiteral("yyyyMMdd"));
    if (!pages.isEmpty())
        k += QStringLiteral("p%1").arg(pages.first());
    // Unstored articles of one page would collide: the title's hash tells them apart.
    return k + QStringLiteral("h%1").arg(qHash(title) % 100000);
}

QByteArray citationsToCslJson(const QList<Citation> &citations)
{
    QJsonArray array;
    for (const Citation &c : citations) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), c.key());
        o.insert(QStringLiteral("type"), QStringLiteral("article-newspaper"));
        o.insert(QStringLiteral("title"), c.title);
        if (!c.paper.isEmpty())
            o.insert(QStringLiteral("container-title"), c.paper);
        if (c.date.isValid()) {
            // Appended, not QJsonArray {QJsonArray {…}}: clang reads that as a copy (CWG 2137),
            // GCC as a nested array.
            QJsonArray dateParts;
            dateParts.append(QJsonArray {c.date.year(), c.date.month(), c.date.day()});
            o.insert(QStringLiteral("issued"), QJsonObject {{QStringLiteral("date-parts"), dateParts}});
        }
        if (!c.pages.isEmpty())
            o.insert(QStringLiteral("page"), pagesText(c.pages, QStringLiteral(",")));
        if (!c.column.isEmpty())
            o.insert(QStringLiteral("section"), c.column);
        if (!c.byline.isEmpty())
            o.insert(QStringLiteral("note"), c.byline);
        o.insert(QStringLiteral("language"), QStringLiteral("zh-CN"));
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QString citationsToBibTeX(const QList<Citation> &citations)
{
    QString out;
    for (const Citation &c : citations) {
        out += QStringLiteral("@article{%1,\n").arg(c.key());
        auto field = [&out](const char *name, const QString &value) {
            if (!value.isEmpty())
                out += QStringLiteral("  %1 = {%2},\n").arg(QString::fromLatin1(name), bibEscape(value));
        };
        field("title", c.title);
        field("journaltitle", c.paper);
        field("journal", c.paper);
        if (c.date.isValid()) {
            field("date", c.date.toString(Qt::ISODate));
            field("year", QString::number(c.date.year()));
            field("month", QString::number(c.date.month()));
        }
        field("pages", pagesText(c.pages, QStringLiteral(",")));
        field("note", c.byline);
        field("langid", QStringLiteral("chinese"));
        out.chop(2); // the last ",\n"
        out += QStringLiteral("\n}\n\n");
    }
    return out;
}

} // namespace broadsheet
