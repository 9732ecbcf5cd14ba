ALTER TABLE dialogue_reports DROP COLUMN escalated_at;

CREATE TABLE outcome_notes_kept AS SELECT * FROM outcome_notes;
DROP TABLE outcome_notes;
DELETE FROM outcomes WHERE kind = 'dialogue';
CREATE TABLE outcomes_old (
    id INTEGER PRIMARY KEY NOT NULL,
    grievance_id BIGINT NOT NULL UNIQUE REFERENCES grievances (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('agreement', 'answered', 'partial', 'not_resolved')),
    lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
    level_code TEXT NOT NULL,
    region_kato TEXT NOT NULL,
    category_code TEXT NOT NULL,
    filed_on DATE NOT NULL,
    closed_on DATE NOT NULL,
    mediated BOOLEAN NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('published', 'withdrawn')),
    published_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO outcomes_old SELECT id, grievance_id, title, summary, result, lang, level_code,
    region_kato, category_code, filed_on, closed_on, mediated, status, published_at, updated_at
FROM outcomes;
DROP TABLE outcomes;
ALTER TABLE outcomes_old RENAME TO outcomes;
CREATE INDEX outcomes_published_idx ON outcomes (status, published_at);
CREATE TABLE outcome_notes (
    id INTEGER PRIMARY KEY NOT NULL,
    outcome_id BIGINT NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('corrected', 'withdrawn')),
    note TEXT NOT NULL
);
INSERT INTO outcome_notes SELECT * FROM outcome_notes_kept WHERE outcome_id IN (SELECT id FROM outcomes);
DROP TABLE outcome_notes_kept;
CREATE INDEX outcome_notes_outcome_idx ON outcome_notes (outcome_id, at);
