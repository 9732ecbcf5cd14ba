# Sourced by the other scripts: one place for paths and versions.
# The build cache lives outside the clone so that a fresh clone (CI) reuses it.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/kenes/target}"
export PATH="$HOME/.cargo/bin:$(pwd)/e2e/node_modules/.bin:$PATH"
CARGO_LEPTOS_VERSION="0.3.11"
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)"
export KENES_TEST_POSTGRES_URL="${KENES_TEST_POSTGRES_URL:-postgres://kenes:kenes@127.0.0.1:5432/postgres}"
