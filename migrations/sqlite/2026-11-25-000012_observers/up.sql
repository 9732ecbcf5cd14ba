-- Each party's choice to let the public follow the room (read only); both must agree.
ALTER TABLE mediation_parties ADD COLUMN allow_observers BOOLEAN NOT NULL DEFAULT FALSE;
