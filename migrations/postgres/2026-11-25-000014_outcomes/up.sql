
-- A public, anonymised account of how a grievance ended, prepared by the coordinator of its
-- level with the parties' consent. Corrections and withdrawal leave visible notes.
CREATE TABLE outcomes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
CREATE INDEX outcomes_published_idx ON outcomes (status, published_at);

CREATE TABLE outcome_notes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outcome_id BIGINT NOT NULL REFERENCES outcomes (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('corrected', 'withdrawn')),
    note TEXT NOT NULL
);
CREATE INDEX outcome_notes_outcome_idx ON outcome_notes (outcome_id, at);

-- Outcomes whose index entry must be brought up to date, written in the transaction that
-- changes the outcome: a search engine that is down catches up later, and nothing is lost.
CREATE TABLE search_outbox (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outcome_id BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    done_at TIMESTAMP,
    last_error TEXT
);
CREATE INDEX search_outbox_due_idx ON search_outbox (done_at, next_attempt_at);

