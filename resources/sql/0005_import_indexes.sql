-- Schema v5: indexes for what saving an article's analysis looks up. People and aliases are found by
-- name ignoring case, which the plain name indexes cannot serve (every lookup read the whole register);
-- corrections are read per article and checked per person, and deleting an article or a person
-- looks for the corrections that cascade with it.
CREATE INDEX people_name_nocase ON people(name COLLATE NOCASE);
CREATE INDEX person_aliases_alias_nocase ON person_aliases(alias COLLATE NOCASE);
CREATE INDEX corrections_article ON corrections(article_id);
CREATE INDEX corrections_person ON corrections(person_id);
CREATE INDEX corrections_other ON corrections(other_id);
