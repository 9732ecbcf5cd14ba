#!/usr/bin/env bash
# The room page side by side with the peer (Misago's thread of 100 posts, 2 gunicorn workers),
# and the server's memory over time. A benchmark, not a test. Run after
# `cargo leptos build --release`.
#   bench/peer.sh [PAIRS] [SECONDS] [LOAD_MINUTES]
# 1. Kenes starts on SQLite with the demo data; its resident set is taken once idle.
# 2. A room with 100 threaded messages, read signed in as its mediator, against the peer's
#    thread, alternated PAIRS times for SECONDS each (../shared/peers/compare.sh): requests
#    per second, p99, and the ratios.
# 3. LOAD_MINUTES of the same load on the room page alone, the resident set every 30 s, then
#    a minute of rest: does memory come back down after the burst?
# The peer is set up by ../shared/peers/misago/run.sh when it is not already answering.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source bench/server.sh
pairs="${1:-3}" seconds="${2:-15}" minutes="${3:-5}"
peers="$(cd "${KENES_PEERS_DIR:-../shared/peers}" && pwd)"
peer_root="${PEER_ROOT:-${TMPDIR:-/tmp}/peer-misago}"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null; wait; rm -rf "$work"' EXIT

if ! curl -fs -o /dev/null "http://127.0.0.1:8100/"; then
    bash "$peers/misago/run.sh" >"$work/peer-setup.log" 2>&1 || { cat "$work/peer-setup.log"; exit 1; }
fi
source "$peer_root/urls.env"
peer="http://127.0.0.1:8100$THREAD_PATH"

bench_env "$work" 3182
"$bin" seed --demo >/dev/null
bench_serve
sleep 10
echo "kenes idle with the demo data: $(rss) MiB RSS"

eval "$(node bench/peer.mjs "$base" "$work/mail" "$work/kenes.db" "$bin")"
room="$base$ROOM"
printf 'room page: %s bytes; peer thread: %s bytes\n' \
    "$(curl -fs -H "Cookie: $COOKIE" "$room" | wc -c)" "$(curl -fs "$peer" | wc -c)"

echo "== side by side (A = Kenes room, B = Misago thread; goal: A/B req/s >= 100x, p99 B/A >= 50x)"
HA="Cookie: $COOKIE" bash "$peers/compare.sh" "$room" "$peer" "$pairs" "$seconds" 16
echo "kenes after the comparison: $(rss) MiB RSS"

echo "== memory under $minutes minutes of room-page load (wrk, 16 connections)"
wrk -t2 -c16 -d"$((minutes * 60))s" -H "Cookie: $COOKIE" "$room" >"$work/load.txt" 2>&1 &
load=$!
for ((t = 30; t <= minutes * 60; t += 30)); do
    sleep 30
    echo "  ${t}s: $(rss) MiB RSS"
done
wait "$load"
grep -E "Requests/sec" "$work/load.txt" | sed 's/^/  /'
sleep 60
echo "  a minute after the load: $(rss) MiB RSS"
