#!/usr/bin/env bash
# Builds and serves Kenes on the embedded defaults (SQLite under ./data) at
# http://127.0.0.1:3000, with demo data on first start. Environment variables from the
# README's configuration table apply.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
source scripts/env.sh
cargo leptos build --release
bin="$CARGO_TARGET_DIR/release/kenes"
export KENES_SITE_ROOT="${KENES_SITE_ROOT:-target/site}" KENES_HASH_FILES=true
"$bin" seed --demo
exec "$bin" serve
