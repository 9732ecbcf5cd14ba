-- Each thread's version, raised in the same transaction as every change to its messages:
-- readers keep a thread's messages as last read and read them again only when it moved.
CREATE TABLE thread_versions (
    venue TEXT PRIMARY KEY NOT NULL,
    version BIGINT NOT NULL
);
