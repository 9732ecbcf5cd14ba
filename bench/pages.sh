#!/usr/bin/env bash
# The coordinator's dashboard and the public accountability pages over HTTP, against the
# release build with COUNT demo grievances (1,000,000 by default) on SQLite or PostgreSQL:
# p50 and p95 of whole pages, once the server has finished its start-up work (the first
# deadline and early-warning sweeps over the demo data). A benchmark, not a test. The
# generated database is kept under ~/.cache/kenes/bench for the next run.
# Run after `cargo leptos build --release`.   bench/pages.sh [COUNT] [sqlite|postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
source bench/server.sh
count="${1:-1000000}" backend="${2:-sqlite}"
keep="$HOME/.cache/kenes/bench/pages-$backend-$count"
work="$(mktemp -d)"
trap 'kill $(jobs -p) 2>/dev/null; wait; rm -rf "$work"' EXIT
mkdir -p "$keep"
case "$backend" in
  sqlite) DATABASE_URL="sqlite://$keep/kenes.db" ;;
  postgres)
    scripts/postgres.sh >/dev/null
    database="kenes_bench_pages_$count"
    DATABASE_URL="${KENES_TEST_POSTGRES_URL%/*}/$database"
    if [ ! -e "$keep/seeded" ]; then
      admin="${KENES_TEST_POSTGRES_URL%/*}/postgres"
      psql -q "$admin" -c "DROP DATABASE IF EXISTS $database" -c "CREATE DATABASE $database"
    fi ;;
  *) echo "backend: sqlite or postgres" >&2; exit 2 ;;
esac
bench_env "$work" 3181 "$DATABASE_URL"
export KENES_SEARCH_DIR="$keep/search"
if [ ! -e "$keep/seeded" ]; then
  started=$SECONDS
  "$bin" seed --demo --count "$count" --reset
  echo "$backend: $count demo grievances in $((SECONDS - started)) s"
  "$bin" reindex
  if [ "$backend" = postgres ]; then psql -q "$DATABASE_URL" -c "VACUUM ANALYZE"; fi
  touch "$keep/seeded"
fi
bench_serve 300
# Settled: the server used under 5% of a core over the last two seconds.
ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
hz=$(getconf CLK_TCK)
for _ in $(seq 1 300); do
  before=$(ticks); sleep 2; after=$(ticks)
  [ $(( (after - before) * 100 / (2 * hz) )) -lt 5 ] && break
done
node bench/pages.mjs "$base" "$work/mail" "$bin" "$DATABASE_URL" "$backend"
