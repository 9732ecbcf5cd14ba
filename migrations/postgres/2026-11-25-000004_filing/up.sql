-- Who filed a grievance (kept from the public unless they chose otherwise; emptied when the
-- account is deleted), a key against double submits, and the timeline.
ALTER TABLE grievances ADD COLUMN author_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE grievances ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX grievances_idempotency_idx ON grievances (idempotency_key);
CREATE INDEX grievances_author_idx ON grievances (author_user_id);

CREATE TABLE grievance_events (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    grievance_id BIGINT NOT NULL REFERENCES grievances (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    status TEXT,
    actor_role TEXT NOT NULL CHECK (actor_role IN ('citizen', 'official', 'coordinator', 'mediator', 'system')),
    note TEXT
);
CREATE INDEX grievance_events_grievance_idx ON grievance_events (grievance_id, at);
