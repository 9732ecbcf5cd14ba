-- A dialogue's published report joins the public record beside the outcomes of grievances:
-- it is searched, listed in the feeds and exported with them, as kind 'dialogue'. Until
-- every body has answered, its result is 'awaiting_answer'.
-- SQLite cannot relax a NOT NULL column, so the table is rebuilt; its notes are kept aside
-- meanwhile, as dropping the old table would cascade to them.
CREATE TABLE outcome_notes_kept AS SELECT * FROM outcome_notes;
DROP TABLE outcome_notes;

CREATE TABLE outcomes_new (
    id INTEGER PRIMARY KEY NOT NULL,
    grievance_id BIGINT UNIQUE REFERENCES grievances (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('agreement', 'answered', 'partial', 'not_resolved', 'awaiting_answer')),
    lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
    level_code TEXT NOT NULL,
    region_kato TEXT NOT NULL,
    category_code TEXT NOT NULL,
    filed_on DATE NOT NULL,
    closed_on DATE NOT NULL,
    mediated BOOLEAN NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('published', 'withdrawn')),
    published_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    kind TEXT NOT NULL DEFAULT 'grievance' CHECK (kind IN ('grievance', 'dialogue')),
    dialogue_id BIGINT UNIQUE REFERENCES dialogues (id) ON DELETE CASCADE,
    CHECK ((kind = 'grievance') = (grievance_id IS NOT NULL)),
    CHECK ((kind = 'dialogue') = (dialogue_id IS NOT NULL))
);
INSERT INTO outcomes_new (id, grievance_id, title, summary, result, lang, level_code,
    region_kato, category_code, filed_on, closed_on, mediated, status, published_at, updated_at)
SELECT id, grievance_id, title, summary, result, lang, level_code, region_kato, category_code,
    filed_on, closed_on, mediated, status, published_at, updated_at
FROM outcomes;
DROP TABLE outcomes;
ALTER TABLE outcomes_new RENAME TO outcomes;
CREATE INDEX outcomes_published_idx ON outcomes (status, published_at);

CREATE TABLE outcome_notes (
    id INTEGER PRIMARY KEY NOT NULL,
    outcome_id BIGINT NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('corrected', 'withdrawn')),
    note TEXT NOT NULL
);
INSERT INTO outcome_notes (id, outcome_id, at, kind, note)
SELECT id, outcome_id, at, kind, note FROM outcome_notes_kept;
DROP TABLE outcome_notes_kept;
CREATE INDEX outcome_notes_outcome_idx ON outcome_notes (outcome_id, at);

-- When the answer deadline passed with a body silent, the dialogue went up a level.
ALTER TABLE dialogue_reports ADD COLUMN escalated_at TIMESTAMP;

-- Search now counts the kind of every outcome: each goes through the index worker once more.
INSERT INTO search_outbox (outcome_id, created_at, attempts, next_attempt_at)
SELECT id, CURRENT_TIMESTAMP, 0, CURRENT_TIMESTAMP FROM outcomes;
