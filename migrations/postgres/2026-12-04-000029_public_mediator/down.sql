ALTER TABLE mediations DROP COLUMN public_mediator;
