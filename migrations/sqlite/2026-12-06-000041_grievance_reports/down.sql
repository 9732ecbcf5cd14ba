DROP TABLE grievance_reports;
