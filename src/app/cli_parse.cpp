// broadsheet-cli parse: segment one page file and print its page JSON or a readable outline.
#include "app/clicommands.h"
#include "core/pagejson.h"
#include "core/pagesegmenter.h"
#include "core/sourcepath.h"
#include "text/textdecoder.h"

#include <QFile>
#include <QFileInfo>

namespace broadsheet::cli {

namespace {

QString outline(const Page &page)
{
    QString text;
    auto field = [&text](const char *label, const QString &value) {
        if (!value.isNull())
            text += QStringLiteral("  %1: %2\n").arg(QString::fromUtf8(label), value);
    };
    text += QStringLiteral("%1  (%2)  paper: %3  date: %4  page: %5  articles: %6\n")
                .arg(page.source, page.encoding, page.paper.isNull() ? QStringLiteral("?") : page.paper,
                     page.date.isValid() ? page.date.toString(Qt::ISODate) : QStringLiteral("?"),
                     page.page ? QString::number(*page.page) : QStringLiteral("?"))
                .arg(page.articles.size());
    int n = 0;
    for (const Article &a : page.articles) {
        text += QStringLiteral("\n[%1] %2\n").arg(++n).arg(a.headline.isNull() ? QStringLiteral("(no headline: continuation)") : a.headline);
        field("kicker", a.kicker);
        field("subheadline", a.subheadline);
        field("column", a.column);
        field("byline", a.byline);
        field("dateline", a.dateline);
        if (a.continuedFrom)
            field("continued from page", QString::number(*a.continuedFrom));
        int paragraphs = 0, subheads = 0;
        for (const Block &b : a.blocks)
            (b.kind == Block::Kind::Subhead ? subheads : paragraphs)++;
        if (!a.blocks.isEmpty()) {
            const QString first = a.blocks.first().text;
            field("body", QStringLiteral("%1 paragraphs, %2 subheads; begins \"%3\"")
                              .arg(paragraphs).arg(subheads)
                              .arg(first.size() > 40 ? first.left(40) + QStringLiteral("…") : first));
        }
        for (const Caption &c : a.captions)
            field("caption", c.credit.isNull() ? c.text : QStringLiteral("%1 [%2]").arg(c.text, c.credit));
        if (a.continuesTo)
            field("continues on page", QString::number(*a.continuesTo));
    }
    for (const QString &w : page.warnings)
        text += QStringLiteral("\nwarning: %1\n").arg(w);
    return text;
}

} // namespace

int runParse(const GlobalOptions &, const QStringList &args)
{
    bool json = false;
    QString path;
    for (const QString &a : args) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("-h") || a == QLatin1String("--help")) {
            out(QStringLiteral("Usage: broadsheet-cli parse FILE [--json]\n\n"
                               "Splits the raw page text in FILE into articles. With --json, prints the page JSON\n"
                               "(format broadsheet.page/1, see docs/page-json.md); otherwise a readable outline.\n"));
            return 0;
        } else if (path.isEmpty() && !a.startsWith(QLatin1String("--")))
            path = a;
        else {
            err(QStringLiteral("broadsheet-cli parse: unexpected argument \"%1\". See parse --help.\n").arg(a));
            return 2;
        }
    }
    if (path.isEmpty()) {
        err(QStringLiteral("broadsheet-cli parse: which file? Usage: broadsheet-cli parse FILE [--json]\n"));
        return 2;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err(QStringLiteral("broadsheet-cli: cannot read %1: %2\n").arg(path, file.errorString()));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    Result<DecodedText> decoded = decodeText(bytes, path);
    if (!decoded) {
        err(QStringLiteral("broadsheet-cli: %1\n").arg(decoded.error()));
        return 1;
    }
    // The folder layout and file name may tell paper, date and page (<paper>/<YYYY-MM-DD>/04.txt).
    const SourcePathInfo fromPath = inferFromSourcePath(QFileInfo(path).absoluteFilePath());
    PageHints hints;
    hints.source = name;
    hints.encoding = decoded->encoding;
    hints.paper = fromPath.paper;
    hints.date = fromPath.date;
    hints.page = fromPath.page;
    const Page page = PageSegmenter().segment(decoded->text, hints);
    if (json) {
        const QByteArray bytesOut = pageToJson(page);
        std::fwrite(bytesOut.constData(), 1, size_t(bytesOut.size()), stdout);
    } else {
        out(outline(page));
    }
    for (const QString &w : page.warnings)
        err(QStringLiteral("%1: %2\n").arg(name, w));
    return 0;
}

} // namespace broadsheet::cli
