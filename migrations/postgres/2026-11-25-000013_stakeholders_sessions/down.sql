DELETE FROM room_moderation_log WHERE action = 'dismiss';
ALTER TABLE room_moderation_log DROP CONSTRAINT room_moderation_log_action_check;
ALTER TABLE room_moderation_log ADD CONSTRAINT room_moderation_log_action_check
    CHECK (action IN ('hide', 'mute', 'lock', 'unlock', 'slow_mode'));
DROP TABLE mediation_sessions;
DROP TABLE room_stakeholders;
