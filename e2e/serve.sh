#!/usr/bin/env bash
# Serves the release build on a fresh SQLite database with demo data, for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
data="$(mktemp -d)"
export DATABASE_URL="sqlite://$data/kenes.db" KENES_BIND="127.0.0.1:${E2E_PORT:-3100}"
export KENES_SITE_ROOT=target/site KENES_HASH_FILES=true RUST_LOG=warn
bin="$CARGO_TARGET_DIR/release/kenes"
"$bin" seed --demo --count 200
exec "$bin" serve
