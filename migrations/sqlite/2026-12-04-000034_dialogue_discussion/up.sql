-- A public dialogue has a threaded, moderated discussion beside its statements, kept by the
-- rooms' machinery: a message, a mute and a moderation-log line belong to a mediation's room
-- or to a dialogue, never both. SQLite cannot drop a NOT NULL: the three tables are rebuilt
-- as its documentation prescribes, with foreign keys off so that reports keep their messages.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE room_messages_new (
    id INTEGER PRIMARY KEY NOT NULL,
    mediation_id BIGINT REFERENCES mediations (id) ON DELETE CASCADE,
    parent_id BIGINT REFERENCES room_messages (id),
    author_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    author_role TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    edited_at TIMESTAMP,
    hidden_reason TEXT,
    hidden_at TIMESTAMP,
    dialogue_id BIGINT REFERENCES dialogues (id) ON DELETE CASCADE,
    CHECK ((mediation_id IS NULL) <> (dialogue_id IS NULL))
);
INSERT INTO room_messages_new
    SELECT id, mediation_id, parent_id, author_user_id, author_role, lang, body, created_at,
           edited_at, hidden_reason, hidden_at, NULL
    FROM room_messages;
DROP TABLE room_messages;
ALTER TABLE room_messages_new RENAME TO room_messages;
CREATE INDEX room_messages_mediation_idx ON room_messages (mediation_id, id);
CREATE INDEX room_messages_author_idx ON room_messages (author_user_id, created_at);
CREATE INDEX room_messages_dialogue_idx ON room_messages (dialogue_id, id);

CREATE TABLE room_moderation_log_new (
    id INTEGER PRIMARY KEY NOT NULL,
    mediation_id BIGINT REFERENCES mediations (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    actor_role TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('hide', 'mute', 'lock', 'unlock', 'slow_mode', 'dismiss')),
    message_id BIGINT REFERENCES room_messages (id),
    reason TEXT NOT NULL,
    dialogue_id BIGINT REFERENCES dialogues (id) ON DELETE CASCADE,
    CHECK ((mediation_id IS NULL) <> (dialogue_id IS NULL))
);
INSERT INTO room_moderation_log_new
    SELECT id, mediation_id, at, actor_role, action, message_id, reason, NULL
    FROM room_moderation_log;
DROP TABLE room_moderation_log;
ALTER TABLE room_moderation_log_new RENAME TO room_moderation_log;
CREATE INDEX room_moderation_log_mediation_idx ON room_moderation_log (mediation_id, id);
CREATE INDEX room_moderation_log_dialogue_idx ON room_moderation_log (dialogue_id, id);

CREATE TABLE room_mutes_new (
    id INTEGER PRIMARY KEY NOT NULL,
    mediation_id BIGINT REFERENCES mediations (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    until TIMESTAMP NOT NULL,
    dialogue_id BIGINT REFERENCES dialogues (id) ON DELETE CASCADE,
    CHECK ((mediation_id IS NULL) <> (dialogue_id IS NULL))
);
INSERT INTO room_mutes_new (mediation_id, user_id, until)
    SELECT mediation_id, user_id, until FROM room_mutes;
DROP TABLE room_mutes;
ALTER TABLE room_mutes_new RENAME TO room_mutes;
CREATE UNIQUE INDEX room_mutes_mediation_user ON room_mutes (mediation_id, user_id);
CREATE UNIQUE INDEX room_mutes_dialogue_user ON room_mutes (dialogue_id, user_id);

-- The facilitator keeps order as a mediator does in a room.
ALTER TABLE dialogues ADD COLUMN room_locked BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE dialogues ADD COLUMN slow_mode_secs INTEGER NOT NULL DEFAULT 0;
COMMIT;
PRAGMA foreign_keys = ON;
