#include "storage/database.h"
#include "storage/schema.h"

namespace broadsheet {

// Version 1: the core library. Unknown paper = papers.name '', undated issue = issues.date ''
// (so UNIQUE constraints hold; the read side turns both back into null values). Ids of pages and
// articles are AUTOINCREMENT so an id, once handed out (show, search, clippings), never names
// another article later.
Status applySchemaV1(Database &db)
{
    return db.exec(R"sql(
CREATE TABLE papers (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE
);

CREATE TABLE issues (
    id          INTEGER PRIMARY KEY,
    paper_id    INTEGER NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
    date        TEXT NOT NULL,
    UNIQUE (paper_id, date)
);
CREATE INDEX issues_by_date ON issues(date);

CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL DEFAULT 'running',
    arguments   TEXT,
    imported    INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    replaced    INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE pages (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    issue_id     INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
    number       INTEGER,
    slot         TEXT NOT NULL,
    source       TEXT NOT NULL,
    source_path  TEXT NOT NULL,
    encoding     TEXT NOT NULL,
    content_hash BLOB NOT NULL,
    bytes        INTEGER NOT NULL,
    characters   INTEGER NOT NULL,
    warnings     TEXT,
    import_id    INTEGER REFERENCES imports(id) ON DELETE SET NULL,
    imported_at  TEXT NOT NULL,
    UNIQUE (issue_id, slot)
);
CREATE INDEX pages_by_hash ON pages(content_hash);
CREATE INDEX pages_by_import ON pages(import_id);

CREATE TABLE articles (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    page_id        INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    kicker         TEXT,
    headline       TEXT,
    subheadline    TEXT,
    column_label   TEXT,
    byline         TEXT,
    dateline       TEXT,
    continued_from INTEGER,
    continues_to   INTEGER,
    characters     INTEGER NOT NULL,
    UNIQUE (page_id, ordinal)
);

CREATE TABLE blocks (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    kind        INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE UNIQUE INDEX blocks_by_article ON blocks(article_id, ordinal);

CREATE TABLE captions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    text        TEXT NOT NULL,
    credit      TEXT
);
CREATE UNIQUE INDEX captions_by_article ON captions(article_id, ordinal);

CREATE TABLE continuations (
    from_article INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    to_article   INTEGER NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE
);

CREATE TABLE import_files (
    id          INTEGER PRIMARY KEY,
    import_id   INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    path        TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    page_id     INTEGER,
    message     TEXT
);
CREATE INDEX import_files_by_import ON import_files(import_id);
)sql");
}

} // namespace broadsheet
