// Fuzz harness: the search query grammar and everything a query goes through before MATCH
// (SearchQuery::parse, SearchMatch::build, the highlighter), on arbitrary UTF-8.
#include "core/searchquery.h"
#include "storage/searchhighlighter.h"
#include "storage/searchmatch.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace broadsheet;

namespace {

[[noreturn]] void fail(const char *what, const QString &input)
{
    std::fprintf(stderr, "fuzz_searchquery: %s for input %s\n", what, qPrintable(input));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const SearchQuery query = SearchQuery::parse(input);
    // The canonical form reads back as itself.
    const QString canonical = query.toString();
    if (SearchQuery::parse(canonical).toString() != canonical)
        fail("the canonical form does not parse back to itself", input);
    const SearchMatch match = SearchMatch::build(query);
    // Every token reaches MATCH quoted: each expression holds an even number of quote characters.
    auto balanced = [](const QList<SearchPart> &parts) {
        for (const SearchPart &part : parts) {
            if (part.expression.isEmpty() || part.expression.count('"') % 2 != 0)
                return false;
        }
        return true;
    };
    for (const QList<SearchPart> &clause : match.clauses) {
        if (clause.isEmpty() || !balanced(clause))
            fail("an empty clause or an unbalanced quote in a MATCH expression", input);
    }
    if (!balanced(match.excluded))
        fail("an unbalanced quote in the excluded MATCH expression", input);
    if (query.hasPositiveTerms() && !match.hasPositive() && match.notes.isEmpty())
        fail("a positive term vanished without a note", input);
    // The query's own text as an article: its highlights stay inside the text, in order.
    Article article;
    article.headline = input;
    article.blocks.append({Block::Kind::Paragraph, input});
    const SearchHighlighter highlighter(match);
    int last = -1;
    for (const TextRange &r : highlighter.find(input, true)) {
        if (r.start <= last || r.length <= 0 || r.end() > input.size())
            fail("a highlight outside the text or out of order", input);
        last = r.end();
    }
    const Snippet snippet = highlighter.snippet(article, 40);
    for (const TextRange &r : snippet.highlights) {
        if (r.start < 0 || r.length <= 0 || r.end() > snippet.text.size())
            fail("a snippet highlight outside the snippet", input);
    }
    return 0;
}
