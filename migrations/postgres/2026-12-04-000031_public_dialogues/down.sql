DROP TABLE dialogue_maps;
DROP TABLE dialogue_votes;
DROP TABLE dialogue_statements;
DROP TABLE dialogue_participants;
DROP TABLE dialogue_grievances;
DROP TABLE dialogue_bodies;
DROP TABLE dialogues;
