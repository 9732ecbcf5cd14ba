DROP TABLE mediation_feedback;
