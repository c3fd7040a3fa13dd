-- Schema v3 on PostgreSQL: the search index of ../0003_search_index.sql as a table with a tsvector
-- kept by the server and a GIN index over it, filled by triggers the same way, with the same rowids
-- (id * 4 + kind: 0 article, 1 annotation, 2 quote). Titles weigh more than bodies in the ranking.
-- The 'simple' configuration neither stems nor drops words, as SQLite's unicode61 tokenizer does not.
CREATE TABLE search_index (
    rowid    BIGINT PRIMARY KEY,
    title    TEXT NOT NULL DEFAULT '',
    body     TEXT NOT NULL DEFAULT '',
    document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'D')) STORED
);
CREATE INDEX search_index_document ON search_index USING gin (document);

CREATE FUNCTION search_article_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM search_index WHERE rowid = OLD.id * 4;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO search_index (rowid, title, body) VALUES (NEW.id * 4, NEW.title, NEW.clean_text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER search_article_insert AFTER INSERT ON articles
    FOR EACH ROW EXECUTE FUNCTION search_article_sync();
CREATE TRIGGER search_article_update AFTER UPDATE OF title, clean_text ON articles
    FOR EACH ROW EXECUTE FUNCTION search_article_sync();
CREATE TRIGGER search_article_delete AFTER DELETE ON articles
    FOR EACH ROW EXECUTE FUNCTION search_article_sync();

CREATE FUNCTION search_annotation_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM search_index WHERE rowid = OLD.id * 4 + 1;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO search_index (rowid, title, body)
        VALUES (NEW.id * 4 + 1, '', trim(coalesce(NEW.note, '') || ' ' || coalesce(NEW.exact, '')));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER search_annotation_insert AFTER INSERT ON annotations
    FOR EACH ROW EXECUTE FUNCTION search_annotation_sync();
CREATE TRIGGER search_annotation_update AFTER UPDATE OF note, exact ON annotations
    FOR EACH ROW EXECUTE FUNCTION search_annotation_sync();
CREATE TRIGGER search_annotation_delete AFTER DELETE ON annotations
    FOR EACH ROW EXECUTE FUNCTION search_annotation_sync();

CREATE FUNCTION search_quote_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM search_index WHERE rowid = OLD.id * 4 + 2;
    END IF;
    IF TG_OP <> 'DELETE' AND NEW.rejected = 0 THEN
        INSERT INTO search_index (rowid, title, body) VALUES (NEW.id * 4 + 2, '', NEW.text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER search_quote_insert AFTER INSERT ON quotes
    FOR EACH ROW WHEN (NEW.rejected = 0) EXECUTE FUNCTION search_quote_sync();
CREATE TRIGGER search_quote_update AFTER UPDATE OF text, rejected ON quotes
    FOR EACH ROW EXECUTE FUNCTION search_quote_sync();
CREATE TRIGGER search_quote_delete AFTER DELETE ON quotes
    FOR EACH ROW EXECUTE FUNCTION search_quote_sync();

INSERT INTO search_index (rowid, title, body) SELECT id * 4, title, clean_text FROM articles;
INSERT INTO search_index (rowid, title, body)
    SELECT id * 4 + 1, '', trim(coalesce(note, '') || ' ' || coalesce(exact, '')) FROM annotations;
INSERT INTO search_index (rowid, title, body) SELECT id * 4 + 2, '', text FROM quotes WHERE rejected = 0;
