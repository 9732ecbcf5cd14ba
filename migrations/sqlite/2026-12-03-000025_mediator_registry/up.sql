-- The public registry of mediators (/mediators) lists every certified mediator, unless
-- they keep their profile out of it.
ALTER TABLE mediator_profiles ADD COLUMN hidden_from_public BOOLEAN NOT NULL DEFAULT FALSE;
