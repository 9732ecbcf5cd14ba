-- Where exactly, in the filer's words ("the well behind school 3"): the district or city
-- says who answers, the landmark lets them find the spot. Optional; part of the text, so
-- shown only where the description is.
ALTER TABLE grievances ADD COLUMN landmark TEXT;
