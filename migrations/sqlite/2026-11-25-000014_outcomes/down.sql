DROP TABLE search_outbox;
DROP TABLE outcome_notes;
DROP TABLE outcomes;
