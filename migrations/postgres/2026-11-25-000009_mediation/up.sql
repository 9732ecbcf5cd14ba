-- Mediators (certification entered by administrators; the rest by the mediator), their
-- declared ties (conflicts of interest), and mediations with the parties' consent.
CREATE TABLE mediator_profiles (
    user_id BIGINT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    bio TEXT NOT NULL DEFAULT '',
    -- Comma-separated codes: languages (kk, ru, en) and specialisations.
    languages TEXT NOT NULL DEFAULT '',
    specialisations TEXT NOT NULL DEFAULT '',
    available BOOLEAN NOT NULL DEFAULT TRUE,
    cert_issuer TEXT,
    cert_number TEXT,
    cert_valid_until DATE,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE mediator_ties (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mediator_user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- A body (its code), a place (a KATO prefix) or a person (their e-mail address).
    kind TEXT NOT NULL CHECK (kind IN ('body', 'place', 'person')),
    value TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    declared_at TIMESTAMP NOT NULL
);
CREATE INDEX mediator_ties_mediator_idx ON mediator_ties (mediator_user_id);

CREATE TABLE mediations (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    grievance_id BIGINT NOT NULL REFERENCES grievances (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('requested', 'active', 'declined', 'agreed', 'not_resolved')),
    requested_by TEXT NOT NULL CHECK (requested_by IN ('citizen', 'official', 'coordinator')),
    hope TEXT NOT NULL,
    mediator_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    mediator_confirmed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX mediations_grievance_idx ON mediations (grievance_id);
CREATE INDEX mediations_mediator_idx ON mediations (mediator_user_id, status);

-- Each party's answer: consent or decline (with a reason), and at most one objection to a
-- proposed mediator.
CREATE TABLE mediation_parties (
    mediation_id BIGINT NOT NULL REFERENCES mediations (id) ON DELETE CASCADE,
    party TEXT NOT NULL CHECK (party IN ('citizen', 'body')),
    decision TEXT CHECK (decision IN ('consent', 'decline')),
    reason TEXT,
    objection TEXT,
    decided_at TIMESTAMP,
    PRIMARY KEY (mediation_id, party)
);
