-- Alerts of three more kinds: broken agreements at a body ('broken', whose detector came
-- before its kind was allowed here), and from public dialogues, statements held or hidden
-- much more than usual ('dialogue_hidden') and groups drifting apart ('dialogue_drift').
-- SQLite cannot change a CHECK constraint: the table is rebuilt, as its documentation
-- prescribes, with foreign keys off so that the rows pointing to alerts stay as they are.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE alerts_new (
    id INTEGER PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('spike', 'sensitive', 'cluster', 'surge', 'overdue', 'reopened', 'broken', 'dialogue_hidden', 'dialogue_drift')),
    dedupe_key TEXT NOT NULL UNIQUE,
    level_code TEXT NOT NULL,
    kato TEXT NOT NULL,
    category_code TEXT,
    body_code TEXT,
    detail TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('new', 'acknowledged', 'closed')),
    note TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO alerts_new SELECT * FROM alerts;
DROP TABLE alerts;
ALTER TABLE alerts_new RENAME TO alerts;
CREATE INDEX alerts_scope_idx ON alerts (level_code, kato, state);

-- How far apart a dialogue's groups were each week (0: they vote alike, 1: opposite on
-- everything), so that a drift week on week shows.
CREATE TABLE dialogue_drift (
    dialogue_id BIGINT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    week TEXT NOT NULL,
    apart DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (dialogue_id, week)
);
COMMIT;
PRAGMA foreign_keys = ON;
