// Test fixtures for bs_render: the demo issue's reviewed articles, the real sample pages, PDF tools.
#pragma once

#include "core/pagejson.h"
#include "core/pagesegmenter.h"
#include "render/articleinput.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

namespace broadsheet::testing {

struct LoadedPage {
    QString name;
    Page page;
};

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The demo issue as reviewed page JSON (tests/data/demo-expected), so renderer tests do not
// depend on the segmenter's state.
inline QList<LoadedPage> demoPages()
{
    QList<LoadedPage> pages;
    const QDir dir(QStringLiteral(BROADSHEET_TEST_DATA "/demo-expected"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        Result<Page> page = pageFromJson(readAll(dir.filePath(name)));
        if (!page)
            qFatal("%s: %s", qPrintable(name), qPrintable(page.error()));
        pages.append({name, page.value()});
    }
    return pages;
}

// Raw page files (the demo issue's text, or the real samples) segmented as the importer would.
inline QList<LoadedPage> segmentedPages(const QString &folder)
{
    QList<LoadedPage> pages;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        Result<DecodedText> text = decodeText(readAll(dir.filePath(name)), name);
        if (!text)
            qFatal("%s: %s", qPrintable(name), qPrintable(text.error()));
        PageHints hints;
        hints.source = name;
        pages.append({name, PageSegmenter().segment(text->text, hints)});
    }
    return pages;
}

inline QString samplesDir() { return QStringLiteral(BROADSHEET_SAMPLES_DIR); }
inline QString demoRawDir() { return QStringLiteral(BROADSHEET_DEMO_DIR "/云澜日报/2025-03-18"); }

// Articles of pages as render inputs with made-up ids (page * 100 + ordinal); a continued article
// of the demo issue (下转第4版) gets its fragment on page 4 as second part.
inline QList<ArticleInput> inputsOf(const QList<LoadedPage> &pages, bool joinContinuations = true)
{
    QList<ArticleInput> inputs;
    for (int p = 0; p < pages.size(); ++p) {
        const Page &page = pages.at(p).page;
        const int number = page.page.value_or(p + 1);
        for (int i = 0; i < page.articles.size(); ++i) {
            const Article &a = page.articles.at(i);
            if (joinContinuations && a.continuedFrom)
                continue; // rendered as the second part of its head
            ArticleInput in = ArticleInput::single(a, number * 100 + i + 1, page.paper, page.date, number);
            if (joinContinuations && a.continuesTo) {
                for (const LoadedPage &other : pages) {
                    if (other.page.page != a.continuesTo)
                        continue;
                    for (int j = 0; j < other.page.articles.size(); ++j) {
                        if (other.page.articles.at(j).continuedFrom == number)
                            in.parts.append(ArticlePart {*a.continuesTo * 100 + j + 1, a.continuesTo, other.page.articles.at(j)});
                    }
                }
            }
            inputs.append(in);
        }
    }
    return inputs;
}

// Text with every kind of white space removed, for comparing extracted PDF text with the source.
inline QString squeezed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// pdftotext of the area between header and footer (-x/-y/-W/-H in points at 72 dpi).
inline QString pdfText(const QString &pdf, const QRectF &cropPoints = {})
{
    QProcess p;
    QStringList args {QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (!cropPoints.isNull()) {
        args << QStringLiteral("-x") << QString::number(int(cropPoints.x())) << QStringLiteral("-y")
             << QString::number(int(cropPoints.y())) << QStringLiteral("-W") << QString::number(int(cropPoints.width()))
             << QStringLiteral("-H") << QString::number(int(cropPoints.height()));
    }
    args << pdf << QStringLiteral("-");
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext failed on %s: %s", qPrintable(pdf), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

inline QString toolOutput(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace broadsheet::testing
