-- An agreement's commitments: who does what by when, and how it will be checked. After the
-- agreement is accepted each is followed: the responsible party reports, the other party
-- confirms, and a commitment not kept reopens the grievance one level up.
CREATE TABLE commitments (
    id INTEGER PRIMARY KEY NOT NULL,
    agreement_id BIGINT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    party TEXT NOT NULL CHECK (party IN ('citizen', 'body')),
    -- The body that answered for the grievance when the agreement was drafted: whose word
    -- it is, whatever level the case reaches later.
    body_code TEXT,
    what TEXT NOT NULL,
    due_on DATE NOT NULL,
    check_how TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'partly', 'not_done')),
    report TEXT CHECK (report IN ('done', 'partly', 'not_done')),
    report_note TEXT,
    reported_at TIMESTAMP,
    confirmation TEXT CHECK (confirmation IN ('done', 'partly', 'not_done')),
    confirm_note TEXT,
    confirmed_at TIMESTAMP,
    -- The day the parties were asked to report and confirm: asked once.
    asked_at TIMESTAMP,
    -- Set when nobody reported within the grace after the due date.
    lapsed_at TIMESTAMP
);
CREATE INDEX commitments_agreement_idx ON commitments (agreement_id, id);
CREATE INDEX commitments_due_idx ON commitments (state, due_on);

-- Mailed links by which the citizen confirms a commitment without a password: only the
-- digest is kept; each works once, for one commitment, until it expires.
CREATE TABLE commitment_links (
    digest TEXT PRIMARY KEY NOT NULL,
    commitment_id BIGINT NOT NULL REFERENCES commitments (id) ON DELETE CASCADE,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
