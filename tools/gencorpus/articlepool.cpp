#include "articlepool.h"

#include "core/pagesegmenter.h"
#include "text/textdecoder.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace broadsheet {

namespace {

// The segmenter is a moving target while the corpus tool is used; whatever markup or jump notes it
// leaves in a field must not reach the generated pages twice, so every text is cleaned here.
QString clean(QString text)
{
    static const QRegularExpression jump(
        QStringLiteral("[（(]?(?:上接|下转|接|转)第[0-9一二三四五六七八九十]+版[）)]?"));
    text.remove(jump);
    text.remove(QStringLiteral("**"));
    text.replace(QLatin1Char('\n'), QString());
    text.replace(QLatin1Char('\r'), QString());
    qsizetype hashes = 0;
    while (hashes < text.size() && text.at(hashes) == QLatin1Char('#'))
        ++hashes;
    text.remove(0, hashes);
    text = text.trimmed();
    return text.isEmpty() ? QString() : text;
}

// A headline for a fragment that had none: its opening words, up to the first pause.
QString headlineFrom(const QString &paragraph)
{
    static const QRegularExpression pause(QStringLiteral("[，,。；;：:！!？?“”\"（）()]"));
    QString head = paragraph.left(20);
    const qsizetype cut = head.indexOf(pause);
    if (cut >= 6)
        head.truncate(cut);
    return head.left(16);
}

} // namespace

Result<ArticlePool> ArticlePool::load(const QStringList &folders)
{
    QStringList files;
    for (const QString &folder : folders) {
        const QFileInfo info(folder);
        if (!info.isDir())
            return Error { QStringLiteral(
                "%1 is not a folder: give --from a folder holding page files (*.txt).")
                               .arg(folder) };
        QDirIterator it(folder, { QStringLiteral("*.txt") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    std::sort(files.begin(), files.end());

    ArticlePool pool;
    const PageSegmenter segmenter;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            pool.m_skipped << QStringLiteral("%1: %2").arg(path, file.errorString());
            continue;
        }
        const QFileInfo info(path);
        const Result<DecodedText> decoded = decodeText(file.readAll(), info.fileName());
        if (!decoded) {
            pool.m_skipped << decoded.error();
            continue;
        }
        PageHints hints;
        hints.source = info.fileName();
        hints.encoding = decoded->encoding;
        const Page page = segmenter.segment(decoded->text, hints);
        ++pool.m_pageCount;
        for (const Article &article : page.articles)
            pool.add(article);
    }
    if (pool.m_articles.isEmpty())
        return Error { QStringLiteral(
            "No article with a body was found in %1 (%2 page files read): give --from a "
            "folder holding newspaper page files (*.txt).")
                           .arg(folders.join(QStringLiteral(", ")))
                           .arg(pool.m_pageCount) };
    return pool;
}

void ArticlePool::add(Article article)
{
    QList<Block> blocks;
    for (const Block &block : std::as_const(article.blocks)) {
        const QString text = clean(block.text);
        if (text.isNull())
            continue;
        blocks.append(Block { block.kind, text });
        if (block.kind == Block::Kind::Paragraph && text.size() >= 20)
            m_paragraphs << text;
    }
    QList<Caption> captions;
    for (const Caption &caption : std::as_const(article.captions)) {
        const Caption c { clean(caption.text), clean(caption.credit) };
        if (c.text.isNull())
            continue;
        captions.append(c);
        m_captions.append(c);
    }
    article.blocks = blocks;
    article.captions = captions;
    article.kicker = clean(article.kicker);
    article.headline = clean(article.headline);
    article.subheadline = clean(article.subheadline);
    article.column = clean(article.column);
    article.byline = clean(article.byline);
    article.dateline = clean(article.dateline);
    if (!article.kicker.isNull())
        m_kickers << article.kicker;
    if (!article.subheadline.isNull())
        m_subheadlines << article.subheadline;
    if (!article.column.isNull())
        m_columns << article.column;

    const auto firstParagraph = std::find_if(
        blocks.cbegin(), blocks.cend(), [](const Block &b) { return b.kind == Block::Kind::Paragraph; });
    if (firstParagraph == blocks.cend())
        return; // photo news and empty fragments only lend their captions
    if (article.headline.isNull() || article.headline.size() > 60)
        article.headline = headlineFrom(firstParagraph->text);
    article.continuedFrom.reset();
    article.continuesTo.reset();
    m_articles.append(article);
}

} // namespace broadsheet
