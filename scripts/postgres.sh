#!/usr/bin/env bash
# Starts Debian's PostgreSQL 15 if it is not running and makes sure the test account exists.
set -euo pipefail
if ! pg_lsclusters -h 2>/dev/null | awk '{print $4}' | grep -q online; then
    pg_ctlcluster 15 main start
fi
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 && break
    sleep 1
done
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kenes') THEN
    CREATE ROLE kenes LOGIN CREATEDB PASSWORD 'kenes';
  END IF;
END $$;
SQL
