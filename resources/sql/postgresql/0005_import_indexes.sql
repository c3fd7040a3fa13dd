-- Schema v5 on PostgreSQL: as ../0005_import_indexes.sql, lookups ignoring case on lower(...).
CREATE INDEX people_name_nocase ON people(lower(name));
CREATE INDEX person_aliases_alias_nocase ON person_aliases(lower(alias));
CREATE INDEX corrections_article ON corrections(article_id);
CREATE INDEX corrections_person ON corrections(person_id);
CREATE INDEX corrections_other ON corrections(other_id);
