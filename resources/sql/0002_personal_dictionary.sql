-- Schema v2: the words a user added to the spelling dictionary, kept with the project so that they
-- travel with it to another machine.
CREATE TABLE dictionary_words (
    word     TEXT PRIMARY KEY NOT NULL CHECK (length(word) BETWEEN 1 AND 100),
    added_at TEXT NOT NULL
);
