-- Each thread's version, raised in the same transaction as every change to its messages:
-- readers keep a thread's messages as last read and read them again only when it moved.
CREATE TABLE thread_versions (
    venue TEXT PRIMARY KEY NOT NULL,
    version BIGINT NOT NULL
);

-- Threads written before versions began get one, so that they too are kept.
INSERT INTO thread_versions (venue, version)
SELECT 'mediation:' || mediation_id, (random() * 9000000000000000000)::bigint FROM room_messages
WHERE mediation_id IS NOT NULL GROUP BY mediation_id;
INSERT INTO thread_versions (venue, version)
SELECT 'dialogue:' || dialogue_id, (random() * 9000000000000000000)::bigint FROM room_messages
WHERE dialogue_id IS NOT NULL GROUP BY dialogue_id;
