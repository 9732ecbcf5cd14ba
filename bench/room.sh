#!/usr/bin/env bash
# A dialogue room under load, against the release build on SQLite: the room page with 100
# messages, and one message fanned out to many live watchers. A benchmark, not a test.
# Run after `cargo leptos build --release`.   bench/room.sh [WATCHERS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
watchers="${1:-2000}"
bin="$CARGO_TARGET_DIR/release/kenes"
work="$(mktemp -d)"
port=3179
trap 'kill $(jobs -p) 2>/dev/null; wait; rm -rf "$work"' EXIT
ulimit -n 8192
mkdir -p "$work/mail"
DATABASE_URL="sqlite://$work/kenes.db" KENES_BIND="127.0.0.1:$port" KENES_SITE_ROOT=target/site \
    KENES_HASH_FILES=true KENES_MAIL_DIR="$work/mail" KENES_SEARCH_DIR="$work/search" RUST_LOG=error \
    KENES_RATE_SIGN_UP_PER_HOUR=100000 KENES_RATE_SIGN_IN_PER_HOUR=100000 \
    KENES_RATE_MAIL_PER_ADDRESS_PER_HOUR=100000 "$bin" serve &
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.1; done
node bench/room.mjs "http://127.0.0.1:$port" "$work/mail" "$work/kenes.db" "$bin" "$watchers"
