PRAGMA foreign_keys = OFF;
BEGIN;
DROP TABLE dialogue_drift;
DELETE FROM alerts WHERE kind IN ('broken', 'dialogue_hidden', 'dialogue_drift');
CREATE TABLE alerts_old (
    id INTEGER PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('spike', 'sensitive', 'cluster', 'surge', 'overdue', 'reopened')),
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
INSERT INTO alerts_old SELECT * FROM alerts;
DROP TABLE alerts;
ALTER TABLE alerts_old RENAME TO alerts;
CREATE INDEX alerts_scope_idx ON alerts (level_code, kato, state);
COMMIT;
PRAGMA foreign_keys = ON;
