-- Days are Kazakhstan's days (UTC+5 in the whole country, `clock::day_of`), as the
-- dashboard's "today" and every legal date are: a grievance filed at 02:00 in Almaty is
-- filed that day, not the UTC day before. The rollups count filing days and days to an
-- answer that way too, and are counted again from the grievances.

DROP TRIGGER grievances_tally_insert;
DROP TRIGGER grievances_tally_update;
DROP TRIGGER grievances_tally_delete;

DELETE FROM daily_filings;
INSERT INTO daily_filings (jurisdiction_kato, day, n)
SELECT jurisdiction_kato, date(submitted_at, '+5 hours'), COUNT(*) FROM grievances
GROUP BY jurisdiction_kato, date(submitted_at, '+5 hours');
DELETE FROM body_tallies;
INSERT INTO body_tallies
    (region, body_code, days, handled, on_time, mediated, mediated_resolved, rating_sum, rating_n)
SELECT region, body_code, days, COUNT(*), SUM(on_time), SUM(mediated), SUM(mediated_resolved),
    SUM(rating), SUM(rated)
FROM (
    SELECT substr(jurisdiction_kato, 1, 2) AS region, COALESCE(body_code, '') AS body_code,
        CASE WHEN answered_at IS NULL THEN -1
             ELSE max(0, CAST(julianday(date(answered_at, '+5 hours')) - julianday(date(submitted_at, '+5 hours')) AS INTEGER)) END AS days,
        (answered_at IS NOT NULL AND date(answered_at, '+5 hours') <= due_on) AS on_time,
        (mediated <> 0) AS mediated,
        (mediated <> 0 AND status = 'resolved') AS mediated_resolved,
        COALESCE(rating, 0) AS rating,
        (rating IS NOT NULL) AS rated
    FROM grievances WHERE status IN ('answered', 'resolved', 'not_resolved', 'closed', 'rejected')
) AS g
GROUP BY region, body_code, days;

CREATE TRIGGER grievances_tally_insert AFTER INSERT ON grievances
BEGIN
    INSERT INTO grievance_tallies (jurisdiction_kato, category_code, status, n, n_public)
    VALUES (NEW.jurisdiction_kato, NEW.category_code, NEW.status, 1,
        1 * (NEW.privacy <> 'private'))
    ON CONFLICT (jurisdiction_kato, category_code, status)
    DO UPDATE SET n = n + excluded.n, n_public = n_public + excluded.n_public;
    INSERT INTO daily_filings (jurisdiction_kato, day, n)
    VALUES (NEW.jurisdiction_kato, date(NEW.submitted_at, '+5 hours'), 1)
    ON CONFLICT (jurisdiction_kato, day) DO UPDATE SET n = n + excluded.n;
    INSERT INTO open_due_tallies (jurisdiction_kato, due_on, n)
    SELECT NEW.jurisdiction_kato, NEW.due_on, 1 WHERE NEW.status IN ('submitted', 'accepted', 'redirected', 'extended', 'in_mediation', 'reopened', 'escalated')
    ON CONFLICT (jurisdiction_kato, due_on) DO UPDATE SET n = n + excluded.n;
    INSERT INTO body_tallies
        (region, body_code, days, handled, on_time, mediated, mediated_resolved, rating_sum, rating_n)
    SELECT substr(NEW.jurisdiction_kato, 1, 2), COALESCE(NEW.body_code, ''),
        CASE WHEN NEW.answered_at IS NULL THEN -1
             ELSE max(0, CAST(julianday(date(NEW.answered_at, '+5 hours')) - julianday(date(NEW.submitted_at, '+5 hours')) AS INTEGER)) END,
        1,
        1 * (NEW.answered_at IS NOT NULL AND date(NEW.answered_at, '+5 hours') <= NEW.due_on),
        1 * (NEW.mediated <> 0),
        1 * (NEW.mediated <> 0 AND NEW.status = 'resolved'),
        1 * COALESCE(NEW.rating, 0),
        1 * (NEW.rating IS NOT NULL)
    WHERE NEW.status IN ('answered', 'resolved', 'not_resolved', 'closed', 'rejected')
    ON CONFLICT (region, body_code, days) DO UPDATE SET
        handled = handled + excluded.handled,
        on_time = on_time + excluded.on_time,
        mediated = mediated + excluded.mediated,
        mediated_resolved = mediated_resolved + excluded.mediated_resolved,
        rating_sum = rating_sum + excluded.rating_sum,
        rating_n = rating_n + excluded.rating_n;
END;

CREATE TRIGGER grievances_tally_update AFTER UPDATE ON grievances
WHEN OLD.status IS NOT NEW.status
    OR OLD.jurisdiction_kato IS NOT NEW.jurisdiction_kato
    OR OLD.category_code IS NOT NEW.category_code
    OR OLD.due_on IS NOT NEW.due_on
    OR OLD.body_code IS NOT NEW.body_code
    OR OLD.answered_at IS NOT NEW.answered_at
    OR OLD.rating IS NOT NEW.rating
    OR OLD.submitted_at IS NOT NEW.submitted_at
    OR OLD.mediated IS NOT NEW.mediated
    OR OLD.privacy IS NOT NEW.privacy
BEGIN
    INSERT INTO grievance_tallies (jurisdiction_kato, category_code, status, n, n_public)
    VALUES (OLD.jurisdiction_kato, OLD.category_code, OLD.status, -1,
        -1 * (OLD.privacy <> 'private'))
    ON CONFLICT (jurisdiction_kato, category_code, status)
    DO UPDATE SET n = n + excluded.n, n_public = n_public + excluded.n_public;
    INSERT INTO daily_filings (jurisdiction_kato, day, n)
    VALUES (OLD.jurisdiction_kato, date(OLD.submitted_at, '+5 hours'), -1)
    ON CONFLICT (jurisdiction_kato, day) DO UPDATE SET n = n + excluded.n;
    INSERT INTO open_due_tallies (jurisdiction_kato, due_on, n)
    SELECT OLD.jurisdiction_kato, OLD.due_on, -1 WHERE OLD.status IN ('submitted', 'accepted', 'redirected', 'extended', 'in_mediation', 'reopened', 'escalated')
    ON CONFLICT (jurisdiction_kato, due_on) DO UPDATE SET n = n + excluded.n;
    INSERT INTO body_tallies
        (region, body_code, days, handled, on_time, mediated, mediated_resolved, rating_sum, rating_n)
    SELECT substr(OLD.jurisdiction_kato, 1, 2), COALESCE(OLD.body_code, ''),
        CASE WHEN OLD.answered_at IS NULL THEN -1
             ELSE max(0, CAST(julianday(date(OLD.answered_at, '+5 hours')) - julianday(date(OLD.submitted_at, '+5 hours')) AS INTEGER)) END,
        -1,
        -1 * (OLD.answered_at IS NOT NULL AND date(OLD.answered_at, '+5 hours') <= OLD.due_on),
        -1 * (OLD.mediated <> 0),
        -1 * (OLD.mediated <> 0 AND OLD.status = 'resolved'),
        -1 * COALESCE(OLD.rating, 0),
        -1 * (OLD.rating IS NOT NULL)
    WHERE OLD.status IN ('answered', 'resolved', 'not_resolved', 'closed', 'rejected')
    ON CONFLICT (region, body_code, days) DO UPDATE SET
        handled = handled + excluded.handled,
        on_time = on_time + excluded.on_time,
        mediated = mediated + excluded.mediated,
        mediated_resolved = mediated_resolved + excluded.mediated_resolved,
        rating_sum = rating_sum + excluded.rating_sum,
        rating_n = rating_n + excluded.rating_n;
    INSERT INTO grievance_tallies (jurisdiction_kato, category_code, status, n, n_public)
    VALUES (NEW.jurisdiction_kato, NEW.category_code, NEW.status, 1,
        1 * (NEW.privacy <> 'private'))
    ON CONFLICT (jurisdiction_kato, category_code, status)
    DO UPDATE SET n = n + excluded.n, n_public = n_public + excluded.n_public;
    INSERT INTO daily_filings (jurisdiction_kato, day, n)
    VALUES (NEW.jurisdiction_kato, date(NEW.submitted_at, '+5 hours'), 1)
    ON CONFLICT (jurisdiction_kato, day) DO UPDATE SET n = n + excluded.n;
    INSERT INTO open_due_tallies (jurisdiction_kato, due_on, n)
    SELECT NEW.jurisdiction_kato, NEW.due_on, 1 WHERE NEW.status IN ('submitted', 'accepted', 'redirected', 'extended', 'in_mediation', 'reopened', 'escalated')
    ON CONFLICT (jurisdiction_kato, due_on) DO UPDATE SET n = n + excluded.n;
    INSERT INTO body_tallies
        (region, body_code, days, handled, on_time, mediated, mediated_resolved, rating_sum, rating_n)
    SELECT substr(NEW.jurisdiction_kato, 1, 2), COALESCE(NEW.body_code, ''),
        CASE WHEN NEW.answered_at IS NULL THEN -1
             ELSE max(0, CAST(julianday(date(NEW.answered_at, '+5 hours')) - julianday(date(NEW.submitted_at, '+5 hours')) AS INTEGER)) END,
        1,
        1 * (NEW.answered_at IS NOT NULL AND date(NEW.answered_at, '+5 hours') <= NEW.due_on),
        1 * (NEW.mediated <> 0),
        1 * (NEW.mediated <> 0 AND NEW.status = 'resolved'),
        1 * COALESCE(NEW.rating, 0),
        1 * (NEW.rating IS NOT NULL)
    WHERE NEW.status IN ('answered', 'resolved', 'not_resolved', 'closed', 'rejected')
    ON CONFLICT (region, body_code, days) DO UPDATE SET
        handled = handled + excluded.handled,
        on_time = on_time + excluded.on_time,
        mediated = mediated + excluded.mediated,
        mediated_resolved = mediated_resolved + excluded.mediated_resolved,
        rating_sum = rating_sum + excluded.rating_sum,
        rating_n = rating_n + excluded.rating_n;
END;

CREATE TRIGGER grievances_tally_delete AFTER DELETE ON grievances
BEGIN
    INSERT INTO grievance_tallies (jurisdiction_kato, category_code, status, n, n_public)
    VALUES (OLD.jurisdiction_kato, OLD.category_code, OLD.status, -1,
        -1 * (OLD.privacy <> 'private'))
    ON CONFLICT (jurisdiction_kato, category_code, status)
    DO UPDATE SET n = n + excluded.n, n_public = n_public + excluded.n_public;
    INSERT INTO daily_filings (jurisdiction_kato, day, n)
    VALUES (OLD.jurisdiction_kato, date(OLD.submitted_at, '+5 hours'), -1)
    ON CONFLICT (jurisdiction_kato, day) DO UPDATE SET n = n + excluded.n;
    INSERT INTO open_due_tallies (jurisdiction_kato, due_on, n)
    SELECT OLD.jurisdiction_kato, OLD.due_on, -1 WHERE OLD.status IN ('submitted', 'accepted', 'redirected', 'extended', 'in_mediation', 'reopened', 'escalated')
    ON CONFLICT (jurisdiction_kato, due_on) DO UPDATE SET n = n + excluded.n;
    INSERT INTO body_tallies
        (region, body_code, days, handled, on_time, mediated, mediated_resolved, rating_sum, rating_n)
    SELECT substr(OLD.jurisdiction_kato, 1, 2), COALESCE(OLD.body_code, ''),
        CASE WHEN OLD.answered_at IS NULL THEN -1
             ELSE max(0, CAST(julianday(date(OLD.answered_at, '+5 hours')) - julianday(date(OLD.submitted_at, '+5 hours')) AS INTEGER)) END,
        -1,
        -1 * (OLD.answered_at IS NOT NULL AND date(OLD.answered_at, '+5 hours') <= OLD.due_on),
        -1 * (OLD.mediated <> 0),
        -1 * (OLD.mediated <> 0 AND OLD.status = 'resolved'),
        -1 * COALESCE(OLD.rating, 0),
        -1 * (OLD.rating IS NOT NULL)
    WHERE OLD.status IN ('answered', 'resolved', 'not_resolved', 'closed', 'rejected')
    ON CONFLICT (region, body_code, days) DO UPDATE SET
        handled = handled + excluded.handled,
        on_time = on_time + excluded.on_time,
        mediated = mediated + excluded.mediated,
        mediated_resolved = mediated_resolved + excluded.mediated_resolved,
        rating_sum = rating_sum + excluded.rating_sum,
        rating_n = rating_n + excluded.rating_n;
END;
