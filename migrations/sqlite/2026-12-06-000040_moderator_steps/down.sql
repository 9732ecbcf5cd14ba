-- Back to the roles before: a moderator's steps are then Kenes's own.
CREATE TABLE grievance_events_old (
    id INTEGER PRIMARY KEY NOT NULL,
    grievance_id BIGINT NOT NULL REFERENCES grievances (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    status TEXT,
    actor_role TEXT NOT NULL CHECK (actor_role IN ('citizen', 'official', 'coordinator', 'mediator', 'system')),
    note TEXT,
    kind TEXT,
    detail TEXT
);
INSERT INTO grievance_events_old (id, grievance_id, at, status, actor_role, note, kind, detail)
    SELECT id, grievance_id, at, status,
        CASE actor_role WHEN 'moderator' THEN 'system' ELSE actor_role END,
        note, kind, detail
    FROM grievance_events;
DROP TABLE grievance_events;
ALTER TABLE grievance_events_old RENAME TO grievance_events;
CREATE INDEX grievance_events_grievance_idx ON grievance_events (grievance_id, at);
