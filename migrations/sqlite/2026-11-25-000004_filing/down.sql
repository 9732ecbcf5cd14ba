DROP TABLE grievance_events;
DROP INDEX grievances_author_idx;
DROP INDEX grievances_idempotency_idx;
ALTER TABLE grievances DROP COLUMN idempotency_key;
ALTER TABLE grievances DROP COLUMN author_user_id;
