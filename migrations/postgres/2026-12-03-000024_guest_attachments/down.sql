ALTER TABLE guest_filings DROP COLUMN attachments;
