#!/usr/bin/env bash
# Size and footprint of a release build: WASM and JS (raw and gzip), CSS, the server
# binary, and the server's resident memory when idle and after 1,000 page views.
# Run after `cargo leptos build --release` (make run or make test does it).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

size() { stat -c %s "$1"; }
gz() { gzip -9 -c "$1" | wc -c; }

echo "== browser bundle (target/site/pkg)"
for f in target/site/pkg/*.wasm target/site/pkg/*.js target/site/pkg/*.css; do
    printf '%-40s %8d bytes raw %8d bytes gzip\n' "$(basename "$f")" "$(size "$f")" "$(gz "$f")"
done

bin="$CARGO_TARGET_DIR/release/kenes"
printf '\n== server binary\n%-40s %8d bytes\n' kenes "$(size "$bin")"

data="$(mktemp -d)"
port=3177
DATABASE_URL="sqlite://$data/kenes.db" KENES_BIND="127.0.0.1:$port" KENES_SITE_ROOT=target/site \
    KENES_HASH_FILES=true KENES_SEARCH_DIR="$data/search" RUST_LOG=warn "$bin" serve &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$port/readyz" >/dev/null && break; sleep 0.2; done
sleep 1
printf '\n== server memory\nidle:                 %s kB RSS\n' "$(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
for _ in $(seq 1 1000); do curl -fs -o /dev/null "http://127.0.0.1:$port/"; done
printf 'after 1,000 requests: %s kB RSS\n' "$(awk '/VmRSS/ {print $2}' /proc/$pid/status)"
