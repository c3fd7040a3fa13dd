-- Schema v1: articles, the project-wide people register, quotes, tags, annotations and the change log.
-- Offsets index the article's cleaned text in UTF-16 code units (QString positions).

CREATE TABLE project_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
);

CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    source_kind  TEXT NOT NULL CHECK (source_kind IN ('text', 'html', 'markdown', 'pdf', 'url', 'other')),
    source_path  TEXT,
    url          TEXT,
    title        TEXT NOT NULL DEFAULT '',
    outlet       TEXT,
    authors      TEXT NOT NULL DEFAULT '[]',
    published    TEXT,
    language     TEXT,
    raw_text     TEXT NOT NULL,
    clean_text   TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    imported_at  TEXT NOT NULL,
    modified_at  TEXT NOT NULL
);

-- Parts of raw_text kept out of the reading text (captions, credits, ads): hidden, never deleted.
CREATE TABLE excluded_ranges (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_pos  INTEGER NOT NULL CHECK (start_pos >= 0),
    end_pos    INTEGER NOT NULL CHECK (end_pos >= start_pos),
    reason     TEXT NOT NULL
);
CREATE INDEX excluded_ranges_article ON excluded_ranges(article_id);

CREATE TABLE people (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    role         TEXT,
    institution  TEXT,
    kind         TEXT NOT NULL DEFAULT 'other'
                 CHECK (kind IN ('official', 'expert', 'journalist', 'organization', 'unnamed', 'other')),
    color        TEXT,
    user_edited  INTEGER NOT NULL DEFAULT 0 CHECK (user_edited IN (0, 1)),
    created_at   TEXT NOT NULL
);
CREATE INDEX people_name ON people(name);

CREATE TABLE person_aliases (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    UNIQUE (person_id, alias)
);
CREATE INDEX person_aliases_alias ON person_aliases(alias);

CREATE TABLE mentions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    start_pos  INTEGER NOT NULL CHECK (start_pos >= 0),
    end_pos    INTEGER NOT NULL CHECK (end_pos >= start_pos),
    text       TEXT NOT NULL
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX mentions_person ON mentions(person_id);

CREATE TABLE quotes (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    person_id       INTEGER REFERENCES people(id) ON DELETE SET NULL,
    start_pos       INTEGER NOT NULL CHECK (start_pos >= 0),
    end_pos         INTEGER NOT NULL CHECK (end_pos >= start_pos),
    text            TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('direct', 'partial', 'transcript', 'indirect')),
    cue             TEXT,
    cue_start       INTEGER,
    cue_end         INTEGER,
    confidence      REAL NOT NULL DEFAULT 0 CHECK (confidence BETWEEN 0 AND 1),
    confirmed       INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1)),
    rejected        INTEGER NOT NULL DEFAULT 0 CHECK (rejected IN (0, 1))
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_person ON quotes(person_id);

-- A user's corrections of the engine, replayed after every re-analysis and never overwritten by it.
CREATE TABLE corrections (
    id         INTEGER PRIMARY KEY,
    action     TEXT NOT NULL CHECK (action IN ('reassign', 'reject', 'rename', 'merge', 'split', 'set-role',
                                               'set-kind', 'set-institution')),
    article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
    quote_text TEXT,
    person_id  INTEGER REFERENCES people(id) ON DELETE CASCADE,
    other_id   INTEGER REFERENCES people(id) ON DELETE CASCADE,
    value      TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE tags (
    id          INTEGER PRIMARY KEY,
    parent_id   INTEGER REFERENCES tags(id) ON DELETE CASCADE,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    color       TEXT,
    description TEXT
);
CREATE UNIQUE INDEX tags_unique_name ON tags(ifnull(parent_id, 0), name);

-- start_pos/end_pos NULL: a note on the whole article. exact/prefix/suffix re-anchor after re-import.
CREATE TABLE annotations (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start_pos   INTEGER CHECK (start_pos >= 0),
    end_pos     INTEGER CHECK (end_pos >= start_pos),
    exact       TEXT,
    prefix      TEXT,
    suffix      TEXT,
    note        TEXT,
    color       TEXT,
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK ((start_pos IS NULL) = (end_pos IS NULL))
);
CREATE INDEX annotations_article ON annotations(article_id);

CREATE TABLE annotation_tags (
    annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (annotation_id, tag_id)
);

CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
);

CREATE TABLE change_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    action    TEXT NOT NULL,
    detail    TEXT
);

CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change log is append-only');
END;

CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change log is append-only');
END;
