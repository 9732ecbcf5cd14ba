#!/usr/bin/env bash
# A public dialogue under load, against the release build on SQLite: votes cast through the
# real form (votes per second) and the dialogue's page with 200 statements and its map
# (requests per second). A benchmark, not a test. Run after `cargo leptos build --release`.
#   bench/dialogue.sh [VOTERS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source bench/server.sh
voters="${1:-100}"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null; wait; rm -rf "$work"' EXIT
bench_env "$work" 3181
bench_serve
node bench/dialogue.mjs "$base" "$work/mail" "$work/kenes.db" "$voters"
echo "{\"server_rss_mib\": $(rss)}"
