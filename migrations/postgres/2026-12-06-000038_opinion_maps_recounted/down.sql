-- Nothing to restore: maps are counted again from the votes whenever they are missing.
SELECT 1;
