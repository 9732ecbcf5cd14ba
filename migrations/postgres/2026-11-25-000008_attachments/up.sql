-- Photos and documents attached to a grievance. The file lives on disk (or object storage)
-- under its random id; the name the citizen gave it is kept only for display.
CREATE TABLE attachments (
    id TEXT PRIMARY KEY NOT NULL,
    grievance_id BIGINT NOT NULL REFERENCES grievances (id) ON DELETE CASCADE,
    media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
    size BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    original_name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX attachments_grievance_idx ON attachments (grievance_id);
