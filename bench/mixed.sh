#!/usr/bin/env bash
# Mixed load on the release build (see bench/mixed.mjs for the journeys): USERS people for
# SECONDS on SQLite and then on PostgreSQL (or only the BACKEND named), each over COUNT demo
# grievances with published outcomes. A benchmark, not a test: it prints a table per
# database and exits non-zero when any step failed.
# Run after `cargo leptos build --release`.
#   bench/mixed.sh [USERS] [SECONDS] [COUNT] [sqlite|postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source bench/server.sh
users="${1:-500}" seconds="${2:-300}" count="${3:-5000}" only="${4:-}"
work="$(mktemp -d)"
trap 'code=$?; kill $(jobs -p) 2>/dev/null || true; wait; rm -rf "$work"; exit $code' EXIT
ulimit -n 65536 2>/dev/null || true
[ -d e2e/node_modules/otpauth ] || (cd e2e && npm ci --no-audit --no-fund >/dev/null)
status=0

run() {
    local name="$1"
    bench_env "$work/$name" 3183 "$2"
    "$bin" seed --demo --count "$count" >/dev/null
    "$bin" reindex >/dev/null
    bench_serve
    echo "== $name: $users people, $seconds s, $count demo grievances"
    node bench/mixed.mjs "$base" "$work/$name/mail" "$bin" "$DATABASE_URL" "$server" "$users" "$seconds" || status=1
    kill "$server"; wait "$server" 2>/dev/null || true
}

if [ "$only" != postgres ]; then
    run sqlite ""
fi
if [ "$only" != sqlite ]; then
    scripts/postgres.sh >/dev/null
    db="kenes_bench_mixed_$$"
    admin="${KENES_TEST_POSTGRES_URL%/*}/postgres"
    psql -q "$admin" -c "CREATE DATABASE $db"
    run postgres "${KENES_TEST_POSTGRES_URL%/*}/$db"
    psql -q "$admin" -c "DROP DATABASE $db WITH (FORCE)"
fi
exit $status
