#!/usr/bin/env bash
# Concurrent filing against the release build, on SQLite (synchronous=FULL) and on
# PostgreSQL: grievances per second and latency percentiles. A benchmark, not a test.
# Run after `cargo leptos build --release`.   bench/filing.sh [TOTAL] [CONCURRENCY]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/postgres.sh >/dev/null
total="${1:-3000}" concurrency="${2:-32}"
bin="$CARGO_TARGET_DIR/release/kenes"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null; wait; rm -rf "$work"' EXIT

run() {
    local name="$1" url="$2" port=3178
    mkdir -p "$work/$name/mail"
    DATABASE_URL="$url" KENES_BIND="127.0.0.1:$port" KENES_SITE_ROOT=target/site \
        KENES_HASH_FILES=true KENES_MAIL_DIR="$work/$name/mail" KENES_SEARCH_DIR="$work/$name/search" RUST_LOG=error \
        KENES_RATE_SIGN_UP_PER_HOUR=100000 KENES_RATE_SIGN_IN_PER_HOUR=100000 \
        KENES_RATE_MAIL_PER_ADDRESS_PER_HOUR=100000 "$bin" serve &
    local pid=$!
    for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
    printf '%-10s ' "$name"
    node bench/filing.mjs "http://127.0.0.1:$port" "$work/$name/mail" "$total" "$concurrency" || true
    kill "$pid"; wait "$pid" 2>/dev/null || true
}

run sqlite "sqlite://$work/sqlite/kenes.db"
db="kenes_bench_$$"
psql "postgres://kenes:kenes@127.0.0.1:5432/postgres" -qc "CREATE DATABASE $db" >/dev/null
run postgres "postgres://kenes:kenes@127.0.0.1:5432/$db"
psql "postgres://kenes:kenes@127.0.0.1:5432/postgres" -qc "DROP DATABASE $db WITH (FORCE)" >/dev/null
