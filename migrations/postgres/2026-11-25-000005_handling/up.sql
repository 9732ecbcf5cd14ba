-- Responsible bodies and the rules that route grievances to them (reference data that
-- administrators edit), the handling state of a grievance, supports, mail preferences.
CREATE TABLE bodies (
    code TEXT PRIMARY KEY NOT NULL,
    level_code TEXT NOT NULL REFERENCES mediation_levels (code),
    -- The jurisdiction the body serves; NULL for a national body.
    jurisdiction_kato TEXT REFERENCES jurisdictions (kato),
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL,
    active BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE routing_rules (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- A KATO prefix (NULL: the whole country) and a category (NULL: any category).
    jurisdiction_kato TEXT REFERENCES jurisdictions (kato),
    category_code TEXT REFERENCES categories (code),
    body_code TEXT NOT NULL REFERENCES bodies (code),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX routing_rules_body_idx ON routing_rules (body_code);

ALTER TABLE grievances ADD COLUMN body_code TEXT REFERENCES bodies (code);
-- When the current body received the grievance (filing, redirect, escalation): the
-- 3-working-day redirect window runs from here.
ALTER TABLE grievances ADD COLUMN assigned_at TIMESTAMP;
ALTER TABLE grievances ADD COLUMN answer TEXT;
ALTER TABLE grievances ADD COLUMN answered_at TIMESTAMP;
ALTER TABLE grievances ADD COLUMN rating INTEGER;
ALTER TABLE grievances ADD COLUMN duplicate_of BIGINT REFERENCES grievances (id);
-- The deadline for which the citizen was told it was missed (at the national level, where
-- nothing is left to escalate to), so that the worker tells them once.
ALTER TABLE grievances ADD COLUMN missed_notice_for DATE;
CREATE INDEX grievances_body_due_idx ON grievances (body_code, due_on);
CREATE INDEX grievances_due_idx ON grievances (due_on);
CREATE INDEX grievances_duplicate_idx ON grievances (duplicate_of);

-- What kind of step an event is when it is not a plain change of state, and its data
-- (a tracking code, a date, a level), rendered in the reader's language.
ALTER TABLE grievance_events ADD COLUMN kind TEXT;
ALTER TABLE grievance_events ADD COLUMN detail TEXT;

CREATE TABLE supports (
    grievance_id BIGINT NOT NULL REFERENCES grievances (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    at TIMESTAMP NOT NULL,
    PRIMARY KEY (grievance_id, user_id)
);
CREATE INDEX supports_user_idx ON supports (user_id);

CREATE TABLE mail_optouts (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    PRIMARY KEY (user_id, kind)
);
