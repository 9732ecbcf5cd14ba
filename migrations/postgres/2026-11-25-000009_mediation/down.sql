DROP TABLE mediation_parties;
DROP TABLE mediations;
DROP TABLE mediator_ties;
DROP TABLE mediator_profiles;
