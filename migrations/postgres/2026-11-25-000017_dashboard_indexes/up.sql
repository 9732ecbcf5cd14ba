-- The dashboard counts grievances of a territory by state, due date and week; the
-- accountability page reads handled grievances by state. These let the database answer
-- from indexes instead of reading the whole table.
CREATE INDEX grievances_place_status_idx ON grievances (jurisdiction_kato, status, due_on);
CREATE INDEX grievances_place_submitted_idx ON grievances (jurisdiction_kato, submitted_at);
CREATE INDEX grievances_status_place_idx ON grievances (status, jurisdiction_kato);
