-- The demo's people (a dialogue's neighbours and its facilitator): accounts no password
-- opens, replaced with the demo and never mixed up with real ones.
ALTER TABLE users ADD COLUMN is_demo BOOLEAN NOT NULL DEFAULT FALSE;
