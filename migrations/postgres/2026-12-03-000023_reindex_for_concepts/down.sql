-- Nothing to undo: the queued rows are done or harmless.
SELECT 1;
