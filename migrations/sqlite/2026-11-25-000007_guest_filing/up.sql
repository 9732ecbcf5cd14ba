-- Filing without an account: the grievance waits until the guest confirms their address by
-- a mailed link; then they follow it by a secret link (only its hash is stored).
ALTER TABLE grievances ADD COLUMN guest_email TEXT;
ALTER TABLE grievances ADD COLUMN guest_locale TEXT;
ALTER TABLE grievances ADD COLUMN guest_key_hash TEXT;

CREATE TABLE guest_filings (
    token_hash TEXT PRIMARY KEY NOT NULL,
    email TEXT NOT NULL,
    locale TEXT NOT NULL,
    fields TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    tracking_code TEXT
);
CREATE INDEX guest_filings_email_idx ON guest_filings (email, created_at);
