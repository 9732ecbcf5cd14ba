ALTER TABLE mediator_profiles DROP COLUMN hidden_from_public;
