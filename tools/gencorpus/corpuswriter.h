// CorpusWriter: writes issues of generated pages in <paper>/<YYYY-MM-DD>/<NN>.txt until a size is reached.
#pragma once

#include "articlepool.h"
#include "text/result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace broadsheet {

struct CorpusOptions
{
    QString outDir;
    qint64 targetBytes = 0;
    quint64 seed = 1;
    int papers = 4;
    QDate firstDate = QDate(2024, 1, 1);
};

struct CorpusStats
{
    qint64 bytes = 0; // as written, in each page's own encoding
    qint64 files = 0;
    qint64 issues = 0;
    qint64 articles = 0;
    qint64 jumps = 0;
};

class CorpusWriter
{
public:
    CorpusWriter(const ArticlePool &pool, CorpusOptions options)
        : m_pool(pool)
        , m_options(std::move(options))
    {
    }

    // Writes whole issues (so that every jump line has its continuation) until targetBytes are
    // written; only one issue is held in memory at a time. The same pool, options and seed give
    // the same files byte for byte. `progress`, when set, is told after every issue.
    Result<CorpusStats> run(const std::function<void(const CorpusStats &)> &progress = {}) const;

private:
    const ArticlePool &m_pool;
    CorpusOptions m_options;
};

} // namespace broadsheet
