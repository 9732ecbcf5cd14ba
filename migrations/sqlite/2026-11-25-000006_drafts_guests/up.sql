-- A signed-in citizen's unfinished grievance, kept on the server so that a lost connection
-- or a closed tab loses nothing. One per citizen.
CREATE TABLE drafts (
    user_id BIGINT PRIMARY KEY NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    fields TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
