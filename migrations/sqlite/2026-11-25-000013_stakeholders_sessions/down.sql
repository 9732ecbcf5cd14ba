DELETE FROM room_moderation_log WHERE action = 'dismiss';
DROP TABLE mediation_sessions;
DROP TABLE room_stakeholders;
