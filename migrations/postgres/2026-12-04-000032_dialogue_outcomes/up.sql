-- A dialogue's published report joins the public record beside the outcomes of grievances:
-- it is searched, listed in the feeds and exported with them, as kind 'dialogue'. Until
-- every body has answered, its result is 'awaiting_answer'.
ALTER TABLE outcomes ALTER COLUMN grievance_id DROP NOT NULL;
ALTER TABLE outcomes DROP CONSTRAINT outcomes_result_check;
ALTER TABLE outcomes ADD CONSTRAINT outcomes_result_check
    CHECK (result IN ('agreement', 'answered', 'partial', 'not_resolved', 'awaiting_answer'));
ALTER TABLE outcomes ADD COLUMN kind TEXT NOT NULL DEFAULT 'grievance'
    CHECK (kind IN ('grievance', 'dialogue'));
ALTER TABLE outcomes ADD COLUMN dialogue_id BIGINT UNIQUE REFERENCES dialogues (id) ON DELETE CASCADE;
ALTER TABLE outcomes ADD CONSTRAINT outcomes_grievance_kind_check
    CHECK ((kind = 'grievance') = (grievance_id IS NOT NULL));
ALTER TABLE outcomes ADD CONSTRAINT outcomes_dialogue_kind_check
    CHECK ((kind = 'dialogue') = (dialogue_id IS NOT NULL));

-- When the answer deadline passed with a body silent, the dialogue went up a level.
ALTER TABLE dialogue_reports ADD COLUMN escalated_at TIMESTAMP;

-- Search now counts the kind of every outcome: each goes through the index worker once more.
INSERT INTO search_outbox (outcome_id, created_at, attempts, next_attempt_at)
SELECT id, (now() AT TIME ZONE 'UTC'), 0, (now() AT TIME ZONE 'UTC') FROM outcomes;
