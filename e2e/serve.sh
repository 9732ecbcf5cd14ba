#!/usr/bin/env bash
# Serves the release build for the browser tests: a fresh SQLite database with demo data,
# and a real SMTP server (aiosmtpd) that drops every mail into $E2E_MAIL_DIR as JSON.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
port="${E2E_PORT:-3100}" smtp_port="${E2E_SMTP_PORT:-2525}"
mail_dir="${E2E_MAIL_DIR:-$(mktemp -d)}"
data="${E2E_DATA_DIR:-$(mktemp -d)}"
rm -rf "$mail_dir" "$data" && mkdir -p "$mail_dir" "$data"
trap 'kill $(jobs -p) 2>/dev/null' EXIT INT TERM
python3 e2e/smtp_sink.py "$smtp_port" "$mail_dir" &
export DATABASE_URL="sqlite://$data/kenes.db" KENES_BIND="127.0.0.1:$port"
export KENES_PUBLIC_URL="http://127.0.0.1:$port" KENES_SMTP_URL="smtp://127.0.0.1:$smtp_port"
export KENES_SITE_ROOT=target/site KENES_HASH_FILES=true RUST_LOG=warn KENES_SEARCH_DIR="$data/search"
# Every person of the browser suite signs up and in from this one address (the limits
# themselves are tested over HTTP).
export KENES_RATE_SIGN_UP_PER_HOUR=200 KENES_RATE_SIGN_IN_PER_HOUR=300
bin="$CARGO_TARGET_DIR/release/kenes"
"$bin" seed --demo --count 200
"$bin" serve &
wait -n
