-- People the mediator invites into the room besides the parties: an aksakal, a community
-- leader, an ethnocultural association, an expert. They write and mark proposals; only the
-- parties answer the agreement.
CREATE TABLE room_stakeholders (
    mediation_id BIGINT NOT NULL REFERENCES mediations (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('aksakal', 'community_leader', 'association', 'expert')),
    invited_at TIMESTAMP NOT NULL,
    removed_at TIMESTAMP,
    PRIMARY KEY (mediation_id, user_id)
);
CREATE INDEX room_stakeholders_user_idx ON room_stakeholders (user_id);


-- Sessions the mediator schedules: start (UTC), length, and where: an empty place means the
-- online room itself. Cancelled sessions stay, with the reason.
CREATE TABLE mediation_sessions (
    id INTEGER PRIMARY KEY NOT NULL,
    mediation_id BIGINT NOT NULL REFERENCES mediations (id) ON DELETE CASCADE,
    starts_at TIMESTAMP NOT NULL,
    minutes INTEGER NOT NULL,
    place TEXT NOT NULL,
    agenda TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    cancelled_at TIMESTAMP,
    cancel_reason TEXT
);
CREATE INDEX mediation_sessions_mediation_idx ON mediation_sessions (mediation_id, starts_at);

-- Dismissing a report is a moderation step too, so it goes to the log. SQLite cannot alter
-- a CHECK constraint: the table is rebuilt.
CREATE TABLE room_moderation_log_new (
    id INTEGER PRIMARY KEY NOT NULL,
    mediation_id BIGINT NOT NULL REFERENCES mediations (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    actor_role TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('hide', 'mute', 'lock', 'unlock', 'slow_mode', 'dismiss')),
    message_id BIGINT REFERENCES room_messages (id),
    reason TEXT NOT NULL
);
INSERT INTO room_moderation_log_new SELECT * FROM room_moderation_log;
DROP TABLE room_moderation_log;
ALTER TABLE room_moderation_log_new RENAME TO room_moderation_log;
CREATE INDEX room_moderation_log_mediation_idx ON room_moderation_log (mediation_id, id);
