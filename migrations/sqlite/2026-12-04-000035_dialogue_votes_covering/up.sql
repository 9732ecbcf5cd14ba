-- A reader's own votes are read on every view of a dialogue's page: with the vote in the
-- index, they are read from the index alone, without a look-up in the table per vote.
DROP INDEX dialogue_votes_user_idx;
CREATE INDEX dialogue_votes_user_idx ON dialogue_votes (user_id, statement_id, vote);
