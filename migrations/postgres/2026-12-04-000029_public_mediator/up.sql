-- The side asking for mediation may want a mediator whose profile the public can read: one
-- who keeps out of the registry is then not proposed.
ALTER TABLE mediations ADD COLUMN public_mediator BOOLEAN NOT NULL DEFAULT FALSE;
