-- Keys for applications that file grievances through the Open311 API (a city app, a call
-- centre). Only a digest of each key is kept; a key is shown once, when it is made.
CREATE TABLE api_keys (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);

