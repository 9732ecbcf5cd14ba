ALTER TABLE grievances DROP COLUMN landmark;
