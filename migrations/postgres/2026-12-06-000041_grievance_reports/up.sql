-- Readers report a public grievance whose text breaks the rules (insults, someone else's
-- personal data); the moderators of its territory take it out of public view or dismiss the
-- reports. One report per reader and grievance.
CREATE TABLE grievance_reports (
    grievance_id BIGINT NOT NULL REFERENCES grievances (id) ON DELETE CASCADE,
    reporter_user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    at TIMESTAMP NOT NULL,
    -- When a moderator settled it, and how.
    resolved_at TIMESTAMP,
    resolution TEXT CHECK (resolution IN ('hidden', 'dismissed')),
    PRIMARY KEY (grievance_id, reporter_user_id)
);
CREATE INDEX grievance_reports_open_idx ON grievance_reports (resolved_at, at);
