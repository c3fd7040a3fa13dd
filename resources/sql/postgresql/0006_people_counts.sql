-- Schema v6 on PostgreSQL: as ../0006_people_counts.sql (index-only counts per person).
DROP INDEX quotes_person;
CREATE INDEX quotes_person_counts ON quotes(person_id, rejected, article_id);
