-- The dialogue room of a mediation: threaded messages (never deleted; hidden with a
-- reason), the rules each participant accepted, reports, mutes, and a moderation log that
-- participants can read.
ALTER TABLE mediations ADD COLUMN room_locked BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE mediations ADD COLUMN slow_mode_secs INTEGER NOT NULL DEFAULT 0;

CREATE TABLE room_messages (
    id INTEGER PRIMARY KEY NOT NULL,
    mediation_id BIGINT NOT NULL REFERENCES mediations (id) ON DELETE CASCADE,
    parent_id BIGINT REFERENCES room_messages (id),
    author_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    -- How the room shows the author: citizen, official, mediator, moderator.
    author_role TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    edited_at TIMESTAMP,
    hidden_reason TEXT,
    hidden_at TIMESTAMP
);
CREATE INDEX room_messages_mediation_idx ON room_messages (mediation_id, id);
CREATE INDEX room_messages_author_idx ON room_messages (author_user_id, created_at);

CREATE TABLE room_rules_accepted (
    mediation_id BIGINT NOT NULL REFERENCES mediations (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    PRIMARY KEY (mediation_id, user_id)
);

CREATE TABLE room_reports (
    id INTEGER PRIMARY KEY NOT NULL,
    message_id BIGINT NOT NULL REFERENCES room_messages (id) ON DELETE CASCADE,
    reporter_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    reason TEXT NOT NULL,
    at TIMESTAMP NOT NULL,
    handled_at TIMESTAMP
);
CREATE INDEX room_reports_message_idx ON room_reports (message_id);

CREATE TABLE room_mutes (
    mediation_id BIGINT NOT NULL REFERENCES mediations (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    until TIMESTAMP NOT NULL,
    PRIMARY KEY (mediation_id, user_id)
);

CREATE TABLE room_moderation_log (
    id INTEGER PRIMARY KEY NOT NULL,
    mediation_id BIGINT NOT NULL REFERENCES mediations (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    actor_role TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('hide', 'mute', 'lock', 'unlock', 'slow_mode')),
    message_id BIGINT REFERENCES room_messages (id),
    reason TEXT NOT NULL
);
CREATE INDEX room_moderation_log_mediation_idx ON room_moderation_log (mediation_id, id);
