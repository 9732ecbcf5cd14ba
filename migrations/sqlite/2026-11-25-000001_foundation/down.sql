DROP TABLE grievances;
DROP TABLE holidays;
DROP TABLE categories;
DROP TABLE jurisdictions;
DROP TABLE mediation_levels;
