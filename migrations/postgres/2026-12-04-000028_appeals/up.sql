-- A citizen who rated an answer 1 or 2 asked for review one level up (the CPGRAMS model):
-- one appeal per answer, kept for accountability (which body was appealed, and how the
-- review ended).
CREATE TABLE appeals (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    grievance_id BIGINT NOT NULL REFERENCES grievances (id) ON DELETE CASCADE,
    -- When the appealed answer was given: one appeal per answer.
    answer_at TIMESTAMP NOT NULL,
    from_body_code TEXT,
    from_level TEXT NOT NULL,
    to_level TEXT NOT NULL,
    rating INTEGER NOT NULL,
    reason TEXT NOT NULL,
    at TIMESTAMP NOT NULL,
    UNIQUE (grievance_id, answer_at)
);
CREATE INDEX appeals_body_idx ON appeals (from_body_code);
