#!/usr/bin/env bash
# A public dialogue under load, against the release build on SQLite: votes cast through the
# real form (votes per second) and the dialogue's page with 200 statements and its map
# (requests per second). A benchmark, not a test. Run after `cargo leptos build --release`.
#   bench/dialogue.sh [VOTERS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
voters="${1:-100}"
bin="$CARGO_TARGET_DIR/release/kenes"
work="$(mktemp -d)"
port=3181
trap 'kill $(jobs -p) 2>/dev/null; wait; rm -rf "$work"' EXIT
mkdir -p "$work/mail"
DATABASE_URL="sqlite://$work/kenes.db" KENES_BIND="127.0.0.1:$port" KENES_SITE_ROOT=target/site \
    KENES_HASH_FILES=true KENES_MAIL_DIR="$work/mail" KENES_SEARCH_DIR="$work/search" RUST_LOG=error \
    KENES_RATE_SIGN_UP_PER_HOUR=100000 KENES_RATE_SIGN_IN_PER_HOUR=100000 \
    KENES_RATE_MAIL_PER_ADDRESS_PER_HOUR=100000 "$bin" serve &
server=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
node bench/dialogue.mjs "http://127.0.0.1:$port" "$work/mail" "$work/kenes.db" "$voters"
echo "{\"server_rss_mib\": $(( $(awk '/VmRSS/ {print $2}' /proc/$server/status) / 1024 ))}"
