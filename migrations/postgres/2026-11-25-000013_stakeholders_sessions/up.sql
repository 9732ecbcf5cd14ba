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
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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

-- Dismissing a report is a moderation step too, so it goes to the log.
ALTER TABLE room_moderation_log DROP CONSTRAINT room_moderation_log_action_check;
ALTER TABLE room_moderation_log ADD CONSTRAINT room_moderation_log_action_check
    CHECK (action IN ('hide', 'mute', 'lock', 'unlock', 'slow_mode', 'dismiss'));
