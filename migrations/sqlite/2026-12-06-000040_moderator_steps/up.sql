-- A moderator of the territory may take a public grievance out of public view: the timeline
-- names the role. SQLite cannot change a CHECK in place, so the table is rebuilt as it was
-- (nothing refers to its rows) with the one more role.
CREATE TABLE grievance_events_new (
    id INTEGER PRIMARY KEY NOT NULL,
    grievance_id BIGINT NOT NULL REFERENCES grievances (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    status TEXT,
    actor_role TEXT NOT NULL CHECK (actor_role IN ('citizen', 'official', 'coordinator', 'mediator', 'moderator', 'system')),
    note TEXT,
    kind TEXT,
    detail TEXT
);
INSERT INTO grievance_events_new (id, grievance_id, at, status, actor_role, note, kind, detail)
    SELECT id, grievance_id, at, status, actor_role, note, kind, detail FROM grievance_events;
DROP TABLE grievance_events;
ALTER TABLE grievance_events_new RENAME TO grievance_events;
CREATE INDEX grievance_events_grievance_idx ON grievance_events (grievance_id, at);
