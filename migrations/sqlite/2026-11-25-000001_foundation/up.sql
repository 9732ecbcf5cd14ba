-- Reference data: mediation levels, jurisdictions (KATO), grievance categories, holidays.
CREATE TABLE mediation_levels (
    code TEXT PRIMARY KEY NOT NULL,
    rank INTEGER NOT NULL UNIQUE,
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE jurisdictions (
    kato TEXT PRIMARY KEY NOT NULL,
    parent_kato TEXT REFERENCES jurisdictions (kato),
    kind TEXT NOT NULL CHECK (kind IN ('region', 'city_rs', 'city', 'district', 'rural_district')),
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL
);
CREATE INDEX jurisdictions_parent_idx ON jurisdictions (parent_kato);

CREATE TABLE categories (
    code TEXT PRIMARY KEY NOT NULL,
    position INTEGER NOT NULL,
    sensitive BOOLEAN NOT NULL DEFAULT FALSE,
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE holidays (
    day DATE PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'transfer')),
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT NOT NULL
);

CREATE TABLE grievances (
    id INTEGER PRIMARY KEY NOT NULL,
    tracking_code TEXT NOT NULL UNIQUE,
    appeal_kind TEXT NOT NULL CHECK (appeal_kind IN ('application', 'complaint', 'proposal', 'inquiry', 'feedback')),
    category_code TEXT NOT NULL REFERENCES categories (code),
    jurisdiction_kato TEXT NOT NULL REFERENCES jurisdictions (kato),
    level_code TEXT NOT NULL REFERENCES mediation_levels (code),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('kk', 'ru', 'en')),
    privacy TEXT NOT NULL CHECK (privacy IN ('public', 'public_anonymous', 'private')),
    status TEXT NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    due_on DATE NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    is_demo BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX grievances_status_idx ON grievances (status);
CREATE INDEX grievances_jurisdiction_idx ON grievances (jurisdiction_kato);
CREATE INDEX grievances_category_idx ON grievances (category_code);
CREATE INDEX grievances_submitted_idx ON grievances (submitted_at);
