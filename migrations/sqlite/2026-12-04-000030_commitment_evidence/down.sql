ALTER TABLE attachments DROP COLUMN commitment_id;
