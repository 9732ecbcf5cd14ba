-- Deliberation in a room: the mediator's summary of each party's interests, proposals that
-- participants mark agree / disagree / pass, and the agreement each party accepts or
-- rejects (saying whether the outcome may be published).
CREATE TABLE room_interests (
    mediation_id BIGINT NOT NULL REFERENCES mediations (id) ON DELETE CASCADE,
    party TEXT NOT NULL CHECK (party IN ('citizen', 'body')),
    summary TEXT NOT NULL,
    pinned_at TIMESTAMP NOT NULL,
    PRIMARY KEY (mediation_id, party)
);

CREATE TABLE room_proposals (
    id INTEGER PRIMARY KEY NOT NULL,
    mediation_id BIGINT NOT NULL REFERENCES mediations (id) ON DELETE CASCADE,
    author_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    author_role TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX room_proposals_mediation_idx ON room_proposals (mediation_id, id);

CREATE TABLE proposal_votes (
    proposal_id BIGINT NOT NULL REFERENCES room_proposals (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    vote TEXT NOT NULL CHECK (vote IN ('agree', 'disagree', 'pass')),
    reason TEXT,
    at TIMESTAMP NOT NULL,
    PRIMARY KEY (proposal_id, user_id)
);

CREATE TABLE agreements (
    id INTEGER PRIMARY KEY NOT NULL,
    mediation_id BIGINT NOT NULL REFERENCES mediations (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'accepted', 'rejected')),
    drafted_at TIMESTAMP NOT NULL
);
CREATE INDEX agreements_mediation_idx ON agreements (mediation_id, id);

CREATE TABLE agreement_responses (
    agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    party TEXT NOT NULL CHECK (party IN ('citizen', 'body')),
    accepted BOOLEAN NOT NULL,
    publish BOOLEAN NOT NULL,
    reason TEXT,
    at TIMESTAMP NOT NULL,
    PRIMARY KEY (agreement_id, party)
);
