-- A report on a commitment may carry evidence: files attached to the grievance and marked
-- as the evidence of that commitment.
ALTER TABLE attachments ADD COLUMN commitment_id BIGINT REFERENCES commitments (id) ON DELETE SET NULL;
