-- Rate limits counted in the database, so that several nodes behind one balancer count
-- together (used on PostgreSQL; a single SQLite node counts in memory). One row per budget
-- and key, holding the generic cell rate algorithm's "theoretical arrival time" in
-- milliseconds since the epoch: the key is over its budget while that time runs too far
-- ahead of now.
CREATE TABLE rate_limits (
    bucket TEXT NOT NULL,
    key TEXT NOT NULL,
    tat BIGINT NOT NULL,
    PRIMARY KEY (bucket, key)
);
CREATE INDEX rate_limits_tat ON rate_limits (tat);
