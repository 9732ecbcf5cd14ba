DROP TABLE thread_versions;
