-- A guest's photos wait with the filing until the address is confirmed: the files are
-- written at once, and this lists them (JSON) for the confirmation to attach.
ALTER TABLE guest_filings ADD COLUMN attachments TEXT;
