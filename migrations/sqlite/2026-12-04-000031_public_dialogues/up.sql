-- Public dialogues: a community deliberates on a question for a territory, with a certified
-- mediator as facilitator, and the responsible bodies must answer its report.
CREATE TABLE dialogues (
    id INTEGER PRIMARY KEY NOT NULL,
    question TEXT NOT NULL,
    -- Background in any of the three languages; at least one is given.
    background_kk TEXT NOT NULL DEFAULT '',
    background_ru TEXT NOT NULL DEFAULT '',
    background_en TEXT NOT NULL DEFAULT '',
    -- The territory (a KATO code); NULL for the whole country.
    kato TEXT REFERENCES jurisdictions (kato),
    facilitator_user_id BIGINT NOT NULL REFERENCES users (id),
    opened_by_user_id BIGINT NOT NULL REFERENCES users (id),
    -- A mediator's dialogue waits for a coordinator's approval; a coordinator's is approved.
    approved_by_user_id BIGINT REFERENCES users (id),
    opens_on DATE NOT NULL,
    closes_on DATE NOT NULL,
    -- Only people who declare the territory as theirs take part.
    residents_only BOOLEAN NOT NULL DEFAULT FALSE,
    -- The early-warning alert it was opened from, if any.
    alert_id BIGINT REFERENCES alerts (id),
    created_at TIMESTAMP NOT NULL,
    -- Counts every change that moves the opinion map (a vote, a statement shown or hidden).
    revision BIGINT NOT NULL DEFAULT 0,
    CHECK (closes_on >= opens_on)
);
CREATE INDEX dialogues_kato_idx ON dialogues (kato);

-- The bodies that must answer the dialogue's report.
CREATE TABLE dialogue_bodies (
    dialogue_id BIGINT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    body_code TEXT NOT NULL REFERENCES bodies (code),
    PRIMARY KEY (dialogue_id, body_code)
);

-- Grievances the dialogue is about.
CREATE TABLE dialogue_grievances (
    dialogue_id BIGINT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    grievance_id BIGINT NOT NULL REFERENCES grievances (id),
    PRIMARY KEY (dialogue_id, grievance_id)
);

-- Who takes part, and under which label: a citizen, or a stakeholder of a visible kind.
CREATE TABLE dialogue_participants (
    dialogue_id BIGINT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    kind TEXT NOT NULL CHECK (kind IN ('citizen', 'aksakal', 'community_leader', 'association', 'expert', 'official')),
    joined_at TIMESTAMP NOT NULL,
    PRIMARY KEY (dialogue_id, user_id)
);

-- Short statements, one idea each. Seeds come from the facilitator; a statement the rules
-- flag waits as 'held' until a moderator shows or hides it.
CREATE TABLE dialogue_statements (
    id INTEGER PRIMARY KEY NOT NULL,
    dialogue_id BIGINT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    author_user_id BIGINT REFERENCES users (id),
    body TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
    seed BOOLEAN NOT NULL DEFAULT FALSE,
    state TEXT NOT NULL DEFAULT 'shown' CHECK (state IN ('shown', 'held', 'hidden')),
    hidden_reason TEXT,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX dialogue_statements_idx ON dialogue_statements (dialogue_id, state, id);

-- One vote a participant and statement (agree 1, disagree -1, pass 0); a changed vote
-- replaces the earlier one. Nobody reads another person's votes.
CREATE TABLE dialogue_votes (
    statement_id BIGINT NOT NULL REFERENCES dialogue_statements (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    vote INTEGER NOT NULL CHECK (vote IN (-1, 0, 1)),
    at TIMESTAMP NOT NULL,
    PRIMARY KEY (statement_id, user_id)
);
CREATE INDEX dialogue_votes_user_idx ON dialogue_votes (user_id, statement_id);

-- The opinion map as last computed, for the revision it was computed at: pages read it
-- instead of recomputing, and a worker refreshes the stale ones, so votes never wait.
CREATE TABLE dialogue_maps (
    dialogue_id BIGINT PRIMARY KEY NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    revision BIGINT NOT NULL,
    votes BIGINT NOT NULL,
    -- The shown statements' ids, in the order the map's statement indices refer to.
    statement_ids TEXT NOT NULL,
    map TEXT NOT NULL,
    computed_at TIMESTAMP NOT NULL
);

-- The facilitator's report after the closing date: recommendations to the bodies, one point
-- a line, and what the map showed then (JSON). The bodies answer within 15 working days.
CREATE TABLE dialogue_reports (
    dialogue_id BIGINT PRIMARY KEY NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    recommendations TEXT NOT NULL,
    findings TEXT NOT NULL,
    published_by_user_id BIGINT NOT NULL REFERENCES users (id),
    published_at TIMESTAMP NOT NULL,
    answer_due_on DATE NOT NULL
);

-- A body's public answer, one point a recommendation (JSON array), once.
CREATE TABLE dialogue_answers (
    dialogue_id BIGINT NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    body_code TEXT NOT NULL REFERENCES bodies (code),
    points TEXT NOT NULL,
    answered_by_user_id BIGINT NOT NULL REFERENCES users (id),
    answered_at TIMESTAMP NOT NULL,
    PRIMARY KEY (dialogue_id, body_code)
);
