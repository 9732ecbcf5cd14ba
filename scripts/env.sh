# Sourced by the other scripts: one place for paths and versions.
# The build cache lives outside the clone so that a fresh clone (CI) reuses it.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kenes/target}"
KENES_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$KENES_ROOT/e2e/node_modules/.bin:$PATH"
CARGO_LEPTOS_VERSION="0.3.11"
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' "$KENES_ROOT/Cargo.lock")"
export KENES_TEST_POSTGRES_URL="${KENES_TEST_POSTGRES_URL:-postgres://kenes:kenes@127.0.0.1:5432/postgres}"
# Meilisearch for the search tests (installed by `scripts/bootstrap.sh test`).
export KENES_MEILISEARCH="${KENES_MEILISEARCH:-$HOME/.cache/kenes/bin/meilisearch}"
MEILISEARCH_VERSION="1.50.0"
# Open311 client libraries from PyPI for the API tests (installed by `scripts/bootstrap.sh test`).
export KENES_OPEN311_PYTHON="${KENES_OPEN311_PYTHON:-$HOME/.cache/kenes/open311-clients/bin/python}"
