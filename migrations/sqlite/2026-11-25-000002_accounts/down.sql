DROP TABLE audit_log;
DROP TABLE mail_outbox;
DROP TABLE login_failures;
DROP TABLE email_tokens;
DROP TABLE sessions;
DROP TABLE users;
