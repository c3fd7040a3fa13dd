-- Schema v3: one full-text index over articles, annotations and quotes, kept in step by triggers so
-- that every write path (GUI, CLI, re-analysis, deletes) updates it the same way.
-- rowid = id * 4 + kind: 0 article, 1 annotation, 2 quote; so an entry is found and removed by rowid.
CREATE VIRTUAL TABLE search_index USING fts5(
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_article_insert AFTER INSERT ON articles
BEGIN
    INSERT INTO search_index (rowid, title, body) VALUES (new.id * 4, new.title, new.clean_text);
END;

CREATE TRIGGER search_article_update AFTER UPDATE OF title, clean_text ON articles
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4;
    INSERT INTO search_index (rowid, title, body) VALUES (new.id * 4, new.title, new.clean_text);
END;

CREATE TRIGGER search_article_delete AFTER DELETE ON articles
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4;
END;

CREATE TRIGGER search_annotation_insert AFTER INSERT ON annotations
BEGIN
    INSERT INTO search_index (rowid, title, body)
    VALUES (new.id * 4 + 1, '', trim(coalesce(new.note, '') || ' ' || coalesce(new.exact, '')));
END;

CREATE TRIGGER search_annotation_update AFTER UPDATE OF note, exact ON annotations
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
    INSERT INTO search_index (rowid, title, body)
    VALUES (new.id * 4 + 1, '', trim(coalesce(new.note, '') || ' ' || coalesce(new.exact, '')));
END;

CREATE TRIGGER search_annotation_delete AFTER DELETE ON annotations
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
END;

CREATE TRIGGER search_quote_insert AFTER INSERT ON quotes WHEN new.rejected = 0
BEGIN
    INSERT INTO search_index (rowid, title, body) VALUES (new.id * 4 + 2, '', new.text);
END;

CREATE TRIGGER search_quote_update AFTER UPDATE OF text, rejected ON quotes
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
    INSERT INTO search_index (rowid, title, body) SELECT new.id * 4 + 2, '', new.text WHERE new.rejected = 0;
END;

CREATE TRIGGER search_quote_delete AFTER DELETE ON quotes
BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
END;

-- Articles, annotations and quotes already in the project.
INSERT INTO search_index (rowid, title, body) SELECT id * 4, title, clean_text FROM articles;
INSERT INTO search_index (rowid, title, body)
    SELECT id * 4 + 1, '', trim(coalesce(note, '') || ' ' || coalesce(exact, '')) FROM annotations;
INSERT INTO search_index (rowid, title, body) SELECT id * 4 + 2, '', text FROM quotes WHERE rejected = 0;
