#!/usr/bin/env bash
# Concurrent filing against the release build, on SQLite (synchronous=FULL) and on
# PostgreSQL: grievances per second and latency percentiles. A benchmark, not a test.
# Run after `cargo leptos build --release`.   bench/filing.sh [TOTAL] [CONCURRENCY]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/postgres.sh >/dev/null
source bench/server.sh
total="${1:-3000}" concurrency="${2:-32}"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null; wait; rm -rf "$work"' EXIT

run() {
    local name="$1"
    bench_env "$work/$name" 3178 "$2"
    bench_serve
    printf '%-10s ' "$name"
    node bench/filing.mjs "$base" "$work/$name/mail" "$total" "$concurrency" || true
    kill "$server"; wait "$server" 2>/dev/null || true
}

run sqlite ""
db="kenes_bench_$$"
psql "postgres://kenes:kenes@127.0.0.1:5432/postgres" -qc "CREATE DATABASE $db" >/dev/null
run postgres "postgres://kenes:kenes@127.0.0.1:5432/$db"
psql "postgres://kenes:kenes@127.0.0.1:5432/postgres" -qc "DROP DATABASE $db WITH (FORCE)" >/dev/null
