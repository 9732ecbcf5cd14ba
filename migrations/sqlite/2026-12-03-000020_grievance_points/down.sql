ALTER TABLE grievances DROP COLUMN longitude;
ALTER TABLE grievances DROP COLUMN latitude;
