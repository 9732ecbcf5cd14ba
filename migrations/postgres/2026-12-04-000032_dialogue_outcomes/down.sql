ALTER TABLE dialogue_reports DROP COLUMN escalated_at;
DELETE FROM outcomes WHERE kind = 'dialogue';
ALTER TABLE outcomes DROP CONSTRAINT outcomes_dialogue_kind_check;
ALTER TABLE outcomes DROP CONSTRAINT outcomes_grievance_kind_check;
ALTER TABLE outcomes DROP COLUMN dialogue_id;
ALTER TABLE outcomes DROP COLUMN kind;
ALTER TABLE outcomes DROP CONSTRAINT outcomes_result_check;
ALTER TABLE outcomes ADD CONSTRAINT outcomes_result_check
    CHECK (result IN ('agreement', 'answered', 'partial', 'not_resolved'));
ALTER TABLE outcomes ALTER COLUMN grievance_id SET NOT NULL;
