ALTER TABLE dialogues DROP COLUMN room_locked, DROP COLUMN slow_mode_secs;
DELETE FROM room_mutes WHERE dialogue_id IS NOT NULL;
DROP INDEX room_mutes_mediation_user;
DROP INDEX room_mutes_dialogue_user;
ALTER TABLE room_mutes DROP COLUMN id, DROP COLUMN dialogue_id,
    ALTER COLUMN mediation_id SET NOT NULL, ADD PRIMARY KEY (mediation_id, user_id);
DELETE FROM room_moderation_log WHERE dialogue_id IS NOT NULL;
ALTER TABLE room_moderation_log DROP COLUMN dialogue_id, ALTER COLUMN mediation_id SET NOT NULL;
DELETE FROM room_messages WHERE dialogue_id IS NOT NULL;
ALTER TABLE room_messages DROP COLUMN dialogue_id, ALTER COLUMN mediation_id SET NOT NULL;
