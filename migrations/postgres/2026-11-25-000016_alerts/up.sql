-- Early warnings: what a detector found, for whom (the coordinators of a level and a
-- place), why in numbers (`detail`, JSON), and what the coordinators did about it. The
-- dedupe key keeps one alert per finding (a place and category in a week, a grievance, …).
CREATE TABLE alerts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('spike', 'sensitive', 'cluster', 'surge', 'overdue', 'reopened')),
    dedupe_key TEXT NOT NULL UNIQUE,
    level_code TEXT NOT NULL,
    kato TEXT NOT NULL,
    category_code TEXT,
    body_code TEXT,
    detail TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('new', 'acknowledged', 'closed')),
    note TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX alerts_scope_idx ON alerts (level_code, kato, state);

CREATE TABLE alert_grievances (
    alert_id BIGINT NOT NULL REFERENCES alerts (id) ON DELETE CASCADE,
    grievance_id BIGINT NOT NULL REFERENCES grievances (id) ON DELETE CASCADE,
    PRIMARY KEY (alert_id, grievance_id)
);

