DROP TABLE guest_filings;
ALTER TABLE grievances DROP COLUMN guest_key_hash;
ALTER TABLE grievances DROP COLUMN guest_locale;
ALTER TABLE grievances DROP COLUMN guest_email;
