DROP TABLE agreement_responses;
DROP TABLE agreements;
DROP TABLE proposal_votes;
DROP TABLE room_proposals;
DROP TABLE room_interests;
