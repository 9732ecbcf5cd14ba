DROP TABLE alert_grievances;
DROP TABLE alerts;
