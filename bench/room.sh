#!/usr/bin/env bash
# A dialogue room under load, against the release build on SQLite: the room page with 100
# messages, and one message fanned out to many live watchers. A benchmark, not a test.
# Run after `cargo leptos build --release`.   bench/room.sh [WATCHERS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source bench/server.sh
watchers="${1:-2000}"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null; wait; rm -rf "$work"' EXIT
ulimit -n 8192
bench_env "$work" 3179
bench_serve
node bench/room.mjs "$base" "$work/mail" "$work/kenes.db" "$bin" "$watchers"
