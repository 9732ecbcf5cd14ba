#!/usr/bin/env bash
# Every check and test: format, clippy, unit and integration tests on SQLite and
# PostgreSQL, the release build, and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh test
source scripts/env.sh
scripts/postgres.sh

step() { printf '\n\033[1;32m==> %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy"
cargo clippy --workspace --all-targets --features kenes-app/ssr -- -D warnings
# The fault suite is `test = false` (it needs the release binary), so name it to lint it.
cargo clippy -p kenes-server --features kenes-app/ssr --test faults -- -D warnings

step "unit and integration tests (SQLite and PostgreSQL)"
cargo test --workspace --features kenes-app/ssr

step "release build (server and WASM)"
cargo leptos build --release

step "fault suite on the release binary (kills, mail server down; SQLite and PostgreSQL)"
KENES_BIN="$CARGO_TARGET_DIR/release/kenes" cargo test -p kenes-server --features kenes-app/ssr --test faults

step "browser tests (Playwright + Chromium)"
(cd e2e && npx playwright test)
