-- Days are Kazakhstan's days (UTC+5 in the whole country, `clock::day_of`), as the
-- dashboard's "today" and every legal date are: a grievance filed at 02:00 in Almaty is
-- filed that day, not the UTC day before. The rollups count filing days and days to an
-- answer that way too, and are counted again from the grievances.

-- The day a stored (UTC) time falls on in Kazakhstan.
CREATE FUNCTION kz_day(t TIMESTAMP) RETURNS DATE AS $$
    SELECT (t + INTERVAL '5 hours')::date
$$ LANGUAGE SQL IMMUTABLE;

CREATE OR REPLACE FUNCTION grievance_tally(r grievances, s INTEGER) RETURNS VOID AS $$
BEGIN
    INSERT INTO grievance_tallies (jurisdiction_kato, category_code, status, n, n_public)
    VALUES (r.jurisdiction_kato, r.category_code, r.status, s, s * (r.privacy <> 'private')::int)
    ON CONFLICT (jurisdiction_kato, category_code, status) DO UPDATE SET
        n = grievance_tallies.n + EXCLUDED.n,
        n_public = grievance_tallies.n_public + EXCLUDED.n_public;
    INSERT INTO daily_filings (jurisdiction_kato, day, n)
    VALUES (r.jurisdiction_kato, kz_day(r.submitted_at), s)
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
                 ELSE GREATEST(0, kz_day(r.answered_at) - kz_day(r.submitted_at)) END,
            s,
            s * (r.answered_at IS NOT NULL AND kz_day(r.answered_at) <= r.due_on)::int,
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

DELETE FROM daily_filings;
INSERT INTO daily_filings (jurisdiction_kato, day, n)
SELECT jurisdiction_kato, kz_day(submitted_at), COUNT(*) FROM grievances
GROUP BY jurisdiction_kato, kz_day(submitted_at);
DELETE FROM body_tallies;
INSERT INTO body_tallies
    (region, body_code, days, handled, on_time, mediated, mediated_resolved, rating_sum, rating_n)
SELECT region, body_code, days, COUNT(*), SUM(on_time), SUM(mediated), SUM(mediated_resolved),
    SUM(rating), SUM(rated)
FROM (
    SELECT substr(jurisdiction_kato, 1, 2) AS region, COALESCE(body_code, '') AS body_code,
        CASE WHEN answered_at IS NULL THEN -1
             ELSE GREATEST(0, kz_day(answered_at) - kz_day(submitted_at)) END AS days,
        (answered_at IS NOT NULL AND kz_day(answered_at) <= due_on)::int AS on_time,
        mediated::int AS mediated,
        (mediated AND status = 'resolved')::int AS mediated_resolved,
        COALESCE(rating, 0) AS rating,
        (rating IS NOT NULL)::int AS rated
    FROM grievances WHERE status IN ('answered', 'resolved', 'not_resolved', 'closed', 'rejected')
) AS g
GROUP BY region, body_code, days;
