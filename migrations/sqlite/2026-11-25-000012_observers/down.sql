ALTER TABLE mediation_parties DROP COLUMN allow_observers;
