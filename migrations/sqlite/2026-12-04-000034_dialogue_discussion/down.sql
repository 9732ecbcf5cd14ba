-- Dialogue discussions go; the room tables keep their new shape, which takes mediation rooms
-- as they were.
DELETE FROM room_mutes WHERE dialogue_id IS NOT NULL;
DELETE FROM room_moderation_log WHERE dialogue_id IS NOT NULL;
DELETE FROM room_reports WHERE message_id IN (SELECT id FROM room_messages WHERE dialogue_id IS NOT NULL);
DELETE FROM room_messages WHERE dialogue_id IS NOT NULL;
ALTER TABLE dialogues DROP COLUMN room_locked;
ALTER TABLE dialogues DROP COLUMN slow_mode_secs;
