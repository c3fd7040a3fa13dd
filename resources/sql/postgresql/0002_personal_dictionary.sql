-- Schema v2 on PostgreSQL: as ../0002_personal_dictionary.sql.
CREATE TABLE dictionary_words (
    word     TEXT PRIMARY KEY NOT NULL CHECK (length(word) BETWEEN 1 AND 100),
    added_at TEXT NOT NULL
);
