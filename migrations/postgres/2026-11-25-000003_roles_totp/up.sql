-- Scoped staff roles, the second factor (TOTP with one-time recovery codes), legal name.
CREATE TABLE role_grants (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('official', 'coordinator', 'mediator', 'moderator', 'administrator')),
    -- official: the responsible body; coordinator: level + jurisdiction of the centre;
    -- mediator: jurisdiction of the region served (one grant per region).
    body_code TEXT,
    level_code TEXT REFERENCES mediation_levels (code),
    jurisdiction_kato TEXT REFERENCES jurisdictions (kato),
    granted_by BIGINT,
    granted_at TIMESTAMP NOT NULL,
    revoked_by BIGINT,
    revoked_at TIMESTAMP
);
CREATE INDEX role_grants_user_idx ON role_grants (user_id);

ALTER TABLE users ADD COLUMN legal_name TEXT;
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_enabled_at TIMESTAMP;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;

CREATE TABLE recovery_codes (
    code_hash TEXT PRIMARY KEY NOT NULL,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    used_at TIMESTAMP
);
CREATE INDEX recovery_codes_user_idx ON recovery_codes (user_id);
