DROP TABLE dialogue_drift;
DELETE FROM alerts WHERE kind IN ('broken', 'dialogue_hidden', 'dialogue_drift');
ALTER TABLE alerts DROP CONSTRAINT alerts_kind_check;
ALTER TABLE alerts ADD CONSTRAINT alerts_kind_check CHECK (kind IN ('spike', 'sensitive', 'cluster', 'surge', 'overdue', 'reopened'));
