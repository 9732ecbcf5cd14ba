DROP TABLE room_moderation_log;
DROP TABLE room_mutes;
DROP TABLE room_reports;
DROP TABLE room_rules_accepted;
DROP TABLE room_messages;
ALTER TABLE mediations DROP COLUMN slow_mode_secs;
ALTER TABLE mediations DROP COLUMN room_locked;
