-- A public dialogue has a threaded, moderated discussion beside its statements, kept by the
-- rooms' machinery: a message, a mute and a moderation-log line belong to a mediation's room
-- or to a dialogue, never both.
ALTER TABLE room_messages
    ALTER COLUMN mediation_id DROP NOT NULL,
    ADD COLUMN dialogue_id BIGINT REFERENCES dialogues (id) ON DELETE CASCADE,
    ADD CONSTRAINT room_messages_venue CHECK ((mediation_id IS NULL) <> (dialogue_id IS NULL));
CREATE INDEX room_messages_dialogue_idx ON room_messages (dialogue_id, id);

ALTER TABLE room_moderation_log
    ALTER COLUMN mediation_id DROP NOT NULL,
    ADD COLUMN dialogue_id BIGINT REFERENCES dialogues (id) ON DELETE CASCADE,
    ADD CONSTRAINT room_moderation_log_venue CHECK ((mediation_id IS NULL) <> (dialogue_id IS NULL));
CREATE INDEX room_moderation_log_dialogue_idx ON room_moderation_log (dialogue_id, id);

ALTER TABLE room_mutes
    DROP CONSTRAINT room_mutes_pkey,
    ALTER COLUMN mediation_id DROP NOT NULL,
    ADD COLUMN dialogue_id BIGINT REFERENCES dialogues (id) ON DELETE CASCADE,
    ADD COLUMN id BIGSERIAL PRIMARY KEY,
    ADD CONSTRAINT room_mutes_venue CHECK ((mediation_id IS NULL) <> (dialogue_id IS NULL));
CREATE UNIQUE INDEX room_mutes_mediation_user ON room_mutes (mediation_id, user_id);
CREATE UNIQUE INDEX room_mutes_dialogue_user ON room_mutes (dialogue_id, user_id);

-- The facilitator keeps order as a mediator does in a room.
ALTER TABLE dialogues
    ADD COLUMN room_locked BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN slow_mode_secs INTEGER NOT NULL DEFAULT 0;
