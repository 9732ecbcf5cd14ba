-- Back to the roles before: a moderator's steps are then Kenes's own.
UPDATE grievance_events SET actor_role = 'system' WHERE actor_role = 'moderator';
ALTER TABLE grievance_events DROP CONSTRAINT grievance_events_actor_role_check;
ALTER TABLE grievance_events ADD CONSTRAINT grievance_events_actor_role_check
    CHECK (actor_role IN ('citizen', 'official', 'coordinator', 'mediator', 'system'));
