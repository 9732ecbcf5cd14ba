-- Where a grievance was reported, when the filer sent a point (Open311 lat/long), in WGS 84
-- degrees. The jurisdiction stays the place that answers; the point is kept as sent.
ALTER TABLE grievances ADD COLUMN latitude DOUBLE;
ALTER TABLE grievances ADD COLUMN longitude DOUBLE;
