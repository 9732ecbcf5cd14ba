-- A moderator of the territory may take a public grievance out of public view: the timeline
-- names the role.
ALTER TABLE grievance_events DROP CONSTRAINT grievance_events_actor_role_check;
ALTER TABLE grievance_events ADD CONSTRAINT grievance_events_actor_role_check
    CHECK (actor_role IN ('citizen', 'official', 'coordinator', 'mediator', 'moderator', 'system'));
