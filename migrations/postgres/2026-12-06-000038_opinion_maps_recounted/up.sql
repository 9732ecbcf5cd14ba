-- Maps kept before groups had a smallest size (kenes_opinion::MIN_GROUP) may hold a group of
-- one or two, whose votes are one person's ballot. Every map is counted again from the
-- votes: by the worker within seconds of the start, or by the first page that reads it.
DELETE FROM dialogue_maps;
