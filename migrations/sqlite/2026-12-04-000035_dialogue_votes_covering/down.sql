DROP INDEX dialogue_votes_user_idx;
CREATE INDEX dialogue_votes_user_idx ON dialogue_votes (user_id, statement_id);
