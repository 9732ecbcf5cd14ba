-- Each party's feedback on a mediation that ended: four marks of 1 to 5 and a comment for
-- the coordinators. Kept by party, never by person; shown only in aggregate, from 5 answers.
CREATE TABLE mediation_feedback (
    mediation_id BIGINT NOT NULL REFERENCES mediations (id) ON DELETE CASCADE,
    party TEXT NOT NULL CHECK (party IN ('citizen', 'body')),
    neutral INTEGER NOT NULL CHECK (neutral BETWEEN 1 AND 5),
    heard INTEGER NOT NULL CHECK (heard BETWEEN 1 AND 5),
    clear INTEGER NOT NULL CHECK (clear BETWEEN 1 AND 5),
    again INTEGER NOT NULL CHECK (again BETWEEN 1 AND 5),
    comment TEXT,
    at TIMESTAMP NOT NULL,
    PRIMARY KEY (mediation_id, party)
);
