-- Schema v4: searches the user named to run again, with their filters, kept with the project.
-- Empty text and NULL dates mean "any", as in the Search panel.
CREATE TABLE saved_searches (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    query        TEXT NOT NULL DEFAULT '',
    speaker      TEXT NOT NULL DEFAULT '',
    tag          TEXT NOT NULL DEFAULT '',
    speaker_kind TEXT NOT NULL DEFAULT ''
                 CHECK (speaker_kind IN ('', 'official', 'expert', 'journalist', 'organization', 'unnamed', 'other')),
    institution  TEXT NOT NULL DEFAULT '',
    outlet       TEXT NOT NULL DEFAULT '',
    date_from    TEXT,
    date_to      TEXT,
    created_at   TEXT NOT NULL,
    modified_at  TEXT NOT NULL
);
