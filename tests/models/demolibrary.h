// DemoLibrary: a real library file in a temporary folder holding the bundled demo issue, for tests.
#pragma once

#include "storage/importer.h"
#include "storage/librarystore.h"

#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace broadsheet {

class DemoLibrary {
public:
    // Imports BROADSHEET_DEMO_DIR (云澜日报 2025-03-18, four pages) through the real Importer.
    bool create()
    {
        if (!m_dir.isValid())
            return false;
        m_path = m_dir.filePath(QStringLiteral("library.sqlite"));
        const CollectedSources collected = collectImportSources({QStringLiteral(BROADSHEET_DEMO_DIR)});
        if (collected.sources.isEmpty())
            return false;
        Importer importer(m_path);
        auto summary = importer.run(collected.sources);
        if (!summary || summary->failed != 0 || summary->imported == 0)
            return false;
        auto store = LibraryStore::open(m_path);
        if (!store)
            return false;
        m_store.emplace(std::move(store.value()));
        return true;
    }

    QString path() const { return m_path; }
    QString dirPath() const { return m_dir.path(); }
    LibraryStore &store() { return *m_store; }

    // The demo issue's page with the given number.
    qint64 pageId(int number)
    {
        auto issue = m_store->newestIssue();
        if (!issue || !issue.value())
            return 0;
        LibraryFilter filter;
        filter.issueId = issue.value()->id;
        auto pages = m_store->pages(filter);
        if (!pages)
            return 0;
        for (const PageRecord &page : pages.value())
            if (page.number == number)
                return page.id;
        return 0;
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::optional<LibraryStore> m_store;
};

} // namespace broadsheet
