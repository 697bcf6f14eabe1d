#include "core/pagejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace broadsheet {

namespace {

QJsonValue nullable(const QString &s) { return s.isNull() ? QJsonValue() : QJsonValue(s); }
QJsonValue nullable(const std::optional<int> &n) { return n ? QJsonValue(*n) : QJsonValue(); }

// QJsonObject sorts its keys; the contract documents an order that people read, so the writer
// below emits known keys in this order and any others after them.
const char *const kKeyOrder[] = { "format", "source", "encoding", "paper", "date", "page", "articles",
                                  "id", "kicker", "headline", "subheadline", "column", "byline", "dateline",
                                  "blocks", "captions", "continued_from", "continues_to", "kind", "text", "credit" };

int keyRank(const QString &key)
{
    for (int i = 0; i < int(std::size(kKeyOrder)); ++i) {
        if (key == QLatin1String(kKeyOrder[i]))
            return i;
    }
    return int(std::size(kKeyOrder));
}

void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    // Characters that need no escape go out as whole runs, so a surrogate pair (𠮷, U+20BB7) is
    // encoded as the one character it is.
    qsizetype run = 0;
    const auto flush = [&](qsizetype end) {
        if (end > run)
            out += QStringView(s).sliced(run, end - run).toUtf8();
        run = end + 1;
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        const char *escape = nullptr;
        switch (c) {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        default:
            // U+FEFF is escaped too: Qt's JSON reader drops it raw at the start of a string.
            if (c >= 0x20 && c != 0xFEFF)
                continue;
        }
        flush(i);
        if (escape)
            out += escape;
        else
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')).toLatin1();
    }
    flush(s.size());
    out += '"';
}

void writeValue(QByteArray &out, const QJsonValue &v, int indent);

void newline(QByteArray &out, int indent)
{
    out += '\n';
    out += QByteArray(indent * 2, ' ');
}

void writeObject(QByteArray &out, const QJsonObject &o, int indent)
{
    if (o.isEmpty()) {
        out += "{}";
        return;
    }
    QStringList keys = o.keys();
    std::stable_sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) { return keyRank(a) < keyRank(b); });
    // Small objects of scalars (blocks, captions) stay on one line, as the contract shows them.
    bool flat = true;
    for (const QString &k : keys)
        flat = flat && !o.value(k).isArray() && !o.value(k).isObject();
    out += '{';
    bool first = true;
    for (const QString &k : keys) {
        if (!first)
            out += flat ? ", " : ",";
        first = false;
        if (!flat)
            newline(out, indent + 1);
        writeString(out, k);
        out += ": ";
        writeValue(out, o.value(k), indent + 1);
    }
    if (!flat)
        newline(out, indent);
    out += '}';
}

void writeValue(QByteArray &out, const QJsonValue &v, int indent)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out += "null"; break;
    case QJsonValue::Bool: out += v.toBool() ? "true" : "false"; break;
    case QJsonValue::Double: out += QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact).mid(1).chopped(1); break;
    case QJsonValue::String: writeString(out, v.toString()); break;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty()) {
            out += "[]";
            break;
        }
        out += '[';
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i)
                out += ',';
            newline(out, indent + 1);
            writeValue(out, a.at(i), indent + 1);
        }
        newline(out, indent);
        out += ']';
        break;
    }
    case QJsonValue::Object: writeObject(out, v.toObject(), indent); break;
    }
}

QString nullableString(const QJsonValue &v) { return v.isString() ? v.toString() : QString(); }
std::optional<int> nullableInt(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

} // namespace

QJsonObject articleToJson(const Article &a)
{
    QJsonArray blocks;
    for (const Block &b : a.blocks) {
        blocks.append(QJsonObject { { QStringLiteral("kind"), b.kind == Block::Kind::Subhead ? QStringLiteral("subhead")
                                                                                            : QStringLiteral("paragraph") },
                                    { QStringLiteral("text"), b.text } });
    }
    QJsonArray captions;
    for (const Caption &c : a.captions)
        captions.append(QJsonObject { { QStringLiteral("text"), c.text }, { QStringLiteral("credit"), nullable(c.credit) } });
    return QJsonObject {
        { QStringLiteral("kicker"), nullable(a.kicker) },
        { QStringLiteral("headline"), nullable(a.headline) },
        { QStringLiteral("subheadline"), nullable(a.subheadline) },
        { QStringLiteral("column"), nullable(a.column) },
        { QStringLiteral("byline"), nullable(a.byline) },
        { QStringLiteral("dateline"), nullable(a.dateline) },
        { QStringLiteral("blocks"), blocks },
        { QStringLiteral("captions"), captions },
        { QStringLiteral("continued_from"), nullable(a.continuedFrom) },
        { QStringLiteral("continues_to"), nullable(a.continuesTo) },
    };
}

Result<Article> articleFromJson(const QJsonObject &o)
{
    Article a;
    a.kicker = nullableString(o.value(QLatin1String("kicker")));
    a.headline = nullableString(o.value(QLatin1String("headline")));
    a.subheadline = nullableString(o.value(QLatin1String("subheadline")));
    a.column = nullableString(o.value(QLatin1String("column")));
    a.byline = nullableString(o.value(QLatin1String("byline")));
    a.dateline = nullableString(o.value(QLatin1String("dateline")));
    for (const QJsonValue &v : o.value(QLatin1String("blocks")).toArray()) {
        const QJsonObject b = v.toObject();
        const QString kind = b.value(QLatin1String("kind")).toString();
        if (kind != QLatin1String("paragraph") && kind != QLatin1String("subhead"))
            return Error { QStringLiteral("unknown block kind \"%1\"").arg(kind) };
        a.blocks.append(Block { kind == QLatin1String("subhead") ? Block::Kind::Subhead : Block::Kind::Paragraph,
                                b.value(QLatin1String("text")).toString() });
    }
    for (const QJsonValue &v : o.value(QLatin1String("captions")).toArray()) {
        const QJsonObject c = v.toObject();
        a.captions.append(Caption { c.value(QLatin1String("text")).toString(), nullableString(c.value(QLatin1String("credit"))) });
    }
    a.continuedFrom = nullableInt(o.value(QLatin1String("continued_from")));
    a.continuesTo = nullableInt(o.value(QLatin1String("continues_to")));
    return a;
}

QByteArray pageToJson(const Page &page)
{
    QJsonArray articles;
    for (const Article &a : page.articles)
        articles.append(articleToJson(a));
    const QJsonObject o {
        { QStringLiteral("format"), QString::fromLatin1(kPageFormat) },
        { QStringLiteral("source"), page.source },
        { QStringLiteral("encoding"), page.encoding },
        { QStringLiteral("paper"), nullable(page.paper) },
        { QStringLiteral("date"), page.date.isValid() ? QJsonValue(page.date.toString(Qt::ISODate)) : QJsonValue() },
        { QStringLiteral("page"), nullable(page.page) },
        { QStringLiteral("articles"), articles },
    };
    QByteArray out;
    writeObject(out, o, 0);
    out += '\n';
    return out;
}

Result<Page> pageFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return Error { QStringLiteral("invalid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()) };
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("format")).toString() != QLatin1String(kPageFormat))
        return Error { QStringLiteral("not a %1 document").arg(QLatin1String(kPageFormat)) };
    Page page;
    page.source = o.value(QLatin1String("source")).toString();
    page.encoding = o.value(QLatin1String("encoding")).toString();
    page.paper = nullableString(o.value(QLatin1String("paper")));
    page.date = QDate::fromString(o.value(QLatin1String("date")).toString(), Qt::ISODate);
    page.page = nullableInt(o.value(QLatin1String("page")));
    for (const QJsonValue &v : o.value(QLatin1String("articles")).toArray()) {
        Result<Article> a = articleFromJson(v.toObject());
        if (!a)
            return Error { a.error() };
        page.articles.append(std::move(a).value());
    }
    return page;
}

} // namespace broadsheet
