-- Rollups: the dashboard and the public accountability page read these few thousand rows
-- instead of counting a million grievances per request. Triggers keep them exact whichever
-- code writes a grievance (filing, handling, escalation, mediation, the demo seed), in the
-- writer's own transaction. Days are UTC dates, as the dashboard's "today" is.

-- Whether the grievance went to mediation (a mediation active, agreed or not resolved);
-- kept by the triggers on mediations below, so the grievance's triggers see it.
ALTER TABLE grievances ADD COLUMN mediated BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE grievances SET mediated = TRUE WHERE id IN (
    SELECT grievance_id FROM mediations WHERE status IN ('active', 'agreed', 'not_resolved'));

-- Grievances per place, category and state; `n_public` counts those anyone may read.
CREATE TABLE grievance_tallies (
    jurisdiction_kato TEXT NOT NULL,
    category_code TEXT NOT NULL,
    status TEXT NOT NULL,
    n BIGINT NOT NULL,
    n_public BIGINT NOT NULL,
    PRIMARY KEY (jurisdiction_kato, category_code, status)
);

-- Open grievances per place and due date (overdue, due this week).
CREATE TABLE open_due_tallies (
    jurisdiction_kato TEXT NOT NULL,
    due_on DATE NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (jurisdiction_kato, due_on)
);
CREATE INDEX open_due_tallies_due_idx ON open_due_tallies (due_on);

-- Grievances filed per place and day.
CREATE TABLE daily_filings (
    jurisdiction_kato TEXT NOT NULL,
    day DATE NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (jurisdiction_kato, day)
);
CREATE INDEX daily_filings_day_idx ON daily_filings (day);

-- Handled grievances per region, body ('' for none) and days from filing to the answer
-- (-1: closed without one); the days make a histogram, so medians need no grievance rows.
CREATE TABLE body_tallies (
    region TEXT NOT NULL,
    body_code TEXT NOT NULL,
    days INTEGER NOT NULL,
    handled BIGINT NOT NULL,
    on_time BIGINT NOT NULL,
    mediated BIGINT NOT NULL,
    mediated_resolved BIGINT NOT NULL,
    rating_sum BIGINT NOT NULL,
    rating_n BIGINT NOT NULL,
    PRIMARY KEY (region, body_code, days)
);

INSERT INTO grievance_tallies (jurisdiction_kato, category_code, status, n, n_public)
SELECT jurisdiction_kato, category_code, status, COUNT(*), SUM((privacy <> 'private')::int)
FROM grievances
GROUP BY jurisdiction_kato, category_code, status;
INSERT INTO daily_filings (jurisdiction_kato, day, n)
SELECT jurisdiction_kato, submitted_at::date, COUNT(*) FROM grievances
GROUP BY jurisdiction_kato, submitted_at::date;
INSERT INTO open_due_tallies (jurisdiction_kato, due_on, n)
SELECT jurisdiction_kato, due_on, COUNT(*) FROM grievances WHERE status IN ('submitted', 'accepted', 'redirected', 'extended', 'in_mediation', 'reopened', 'escalated')
GROUP BY jurisdiction_kato, due_on;
INSERT INTO body_tallies
    (region, body_code, days, handled, on_time, mediated, mediated_resolved, rating_sum, rating_n)
SELECT region, body_code, days, COUNT(*), SUM(on_time), SUM(mediated), SUM(mediated_resolved),
    SUM(rating), SUM(rated)
FROM (
    SELECT substr(jurisdiction_kato, 1, 2) AS region, COALESCE(body_code, '') AS body_code,
        CASE WHEN answered_at IS NULL THEN -1
             ELSE GREATEST(0, answered_at::date - submitted_at::date) END AS days,
        (answered_at IS NOT NULL AND answered_at::date <= due_on)::int AS on_time,
        mediated::int AS mediated,
        (mediated AND status = 'resolved')::int AS mediated_resolved,
        COALESCE(rating, 0) AS rating,
        (rating IS NOT NULL)::int AS rated
    FROM grievances WHERE status IN ('answered', 'resolved', 'not_resolved', 'closed', 'rejected')
) AS g
GROUP BY region, body_code, days;

-- Adds one grievance (s = 1) to the tallies or takes it away (s = -1).
CREATE FUNCTION grievance_tally(r grievances, s INTEGER) RETURNS VOID AS $$
BEGIN
    INSERT INTO grievance_tallies (jurisdiction_kato, category_code, status, n, n_public)
    VALUES (r.jurisdiction_kato, r.category_code, r.status, s, s * (r.privacy <> 'private')::int)
    ON CONFLICT (jurisdiction_kato, category_code, status) DO UPDATE SET
        n = grievance_tallies.n + EXCLUDED.n,
        n_public = grievance_tallies.n_public + EXCLUDED.n_public;
    INSERT INTO daily_filings (jurisdiction_kato, day, n)
    VALUES (r.jurisdiction_kato, r.submitted_at::date, s)
    ON CONFLICT (jurisdiction_kato, day) DO UPDATE SET n = daily_filings.n + EXCLUDED.n;
    IF r.status IN ('submitted', 'accepted', 'redirected', 'extended', 'in_mediation', 'reopened', 'escalated') THEN
        INSERT INTO open_due_tallies (jurisdiction_kato, due_on, n)
        VALUES (r.jurisdiction_kato, r.due_on, s)
        ON CONFLICT (jurisdiction_kato, due_on) DO UPDATE SET n = open_due_tallies.n + EXCLUDED.n;
    END IF;
    IF r.status IN ('answered', 'resolved', 'not_resolved', 'closed', 'rejected') THEN
        INSERT INTO body_tallies
            (region, body_code, days, handled, on_time, mediated, mediated_resolved, rating_sum, rating_n)
        VALUES (
            substr(r.jurisdiction_kato, 1, 2), COALESCE(r.body_code, ''),
            CASE WHEN r.answered_at IS NULL THEN -1
                 ELSE GREATEST(0, r.answered_at::date - r.submitted_at::date) END,
            s,
            s * (r.answered_at IS NOT NULL AND r.answered_at::date <= r.due_on)::int,
            s * r.mediated::int,
            s * (r.mediated AND r.status = 'resolved')::int,
            s * COALESCE(r.rating, 0),
            s * (r.rating IS NOT NULL)::int)
        ON CONFLICT (region, body_code, days) DO UPDATE SET
            handled = body_tallies.handled + EXCLUDED.handled,
            on_time = body_tallies.on_time + EXCLUDED.on_time,
            mediated = body_tallies.mediated + EXCLUDED.mediated,
            mediated_resolved = body_tallies.mediated_resolved + EXCLUDED.mediated_resolved,
            rating_sum = body_tallies.rating_sum + EXCLUDED.rating_sum,
            rating_n = body_tallies.rating_n + EXCLUDED.rating_n;
    END IF;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION grievances_tally() RETURNS TRIGGER AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND (OLD.status, OLD.jurisdiction_kato, OLD.category_code, OLD.due_on,
            OLD.body_code, OLD.answered_at, OLD.rating, OLD.submitted_at, OLD.mediated,
            OLD.privacy)
        IS NOT DISTINCT FROM (NEW.status, NEW.jurisdiction_kato, NEW.category_code, NEW.due_on,
            NEW.body_code, NEW.answered_at, NEW.rating, NEW.submitted_at, NEW.mediated,
            NEW.privacy) THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM grievance_tally(OLD, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM grievance_tally(NEW, 1);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER grievances_tally AFTER INSERT OR UPDATE OR DELETE ON grievances
FOR EACH ROW EXECUTE FUNCTION grievances_tally();

-- Marks whether a mediation's grievance went to mediation, for the tallies above.
CREATE FUNCTION mediations_mark() RETURNS TRIGGER AS $$
DECLARE
    g BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        g := OLD.grievance_id;
    ELSE
        g := NEW.grievance_id;
    END IF;
    UPDATE grievances SET mediated = EXISTS (
        SELECT 1 FROM mediations m WHERE m.grievance_id = g AND m.status IN ('active', 'agreed', 'not_resolved'))
    WHERE id = g;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER mediations_mark AFTER INSERT OR UPDATE OF status OR DELETE ON mediations
FOR EACH ROW EXECUTE FUNCTION mediations_mark();
