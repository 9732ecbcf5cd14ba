-- Search now indexes the domain's words under concepts shared by kk/ru/en (the search
-- crate's glossary): every outcome goes through the index worker once more.
INSERT INTO search_outbox (outcome_id, created_at, attempts, next_attempt_at)
SELECT id, (now() AT TIME ZONE 'UTC'), 0, (now() AT TIME ZONE 'UTC') FROM outcomes;
