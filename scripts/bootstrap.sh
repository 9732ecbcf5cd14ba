#!/usr/bin/env bash
# Installs what building (and with `test`, testing) Kenes needs. Idempotent: whatever is
# already there at the right version is skipped. Only the package registries are used:
# cargo-leptos would otherwise download wasm-bindgen and wasm-opt from GitHub.
#   scripts/bootstrap.sh          toolchain for building and running
#   scripts/bootstrap.sh test     plus Chromium, PostgreSQL and the test tools
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }

apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        say "apt-get install ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    fi
}

# C toolchain and libpq for diesel's PostgreSQL backend (SQLite is bundled).
apt_install build-essential pkg-config libpq-dev

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
    say "rustup target add wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
fi

# No registry ships these two prebuilt (cargo-binstall would fetch from GitHub), so they are
# built, side by side, to fill the cores that one build's serial steps leave idle. Tools run
# for seconds: they are built without link-time optimisation, which cargo-leptos's own
# profile asks for (fat, in one codegen unit) and which costs minutes on two cores. Each has
# its own target folder: in a shared one, cargo would make the second wait for the first.
tool_profile=(CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16)
tool_target() { echo "CARGO_TARGET_DIR=${CARGO_TARGET_DIR%/*}/tool-builds/$1"; }
tools=()
# cargo-leptos 0.3.11's locked dependencies need a newer rustc than stable 1.95: nightly.
if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
    rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
    say "cargo +nightly install cargo-leptos $CARGO_LEPTOS_VERSION (about 10 minutes)"
    env "${tool_profile[@]}" "$(tool_target cargo-leptos)" cargo +nightly install cargo-leptos --locked --version "$CARGO_LEPTOS_VERSION" &
    tools+=($!)
fi
# Not --locked: one of its locked dependency versions is missing from the registry.
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
    say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
    env "${tool_profile[@]}" "$(tool_target wasm-bindgen)" cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force &
    tools+=($!)
fi
for tool in "${tools[@]}"; do wait "$tool"; done

# wasm-opt (binaryen from npm; Debian's is too old) and, for tests, Playwright.
if [ ! -x e2e/node_modules/.bin/wasm-opt ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
    say "npm ci (e2e/)"
    (cd e2e && npm ci --no-audit --no-fund)
fi

if [ "${1:-}" = "test" ]; then
    apt_install chromium postgresql
    # A real SMTP server for the browser tests.
    if ! python3 -c 'import aiosmtpd' 2>/dev/null; then
        say "pip install aiosmtpd"
        python3 -m pip install --quiet aiosmtpd==1.4.6
    fi
    # Fuzzes the REST API against its OpenAPI document (e2e/tests/api.spec.ts).
    if ! python3 -c 'import schemathesis' 2>/dev/null; then
        say "pip install schemathesis"
        python3 -m pip install --quiet schemathesis==4.32.5
    fi
    # Open311 client libraries for server/tests/open311_clients.py: georeport (reads, Python 3)
    # and three (the one on PyPI that also files; written for Python 2, so its files go
    # through the standard library's 2to3 once installed; lxml serves its XML reader).
    if ! "$KENES_OPEN311_PYTHON" -c 'import georeport, three' 2>/dev/null; then
        say "Open311 client libraries (georeport, three) in $(dirname "$(dirname "$KENES_OPEN311_PYTHON")")"
        venv="$(dirname "$(dirname "$KENES_OPEN311_PYTHON")")"
        rm -rf "$venv"
        python3 -m venv "$venv"
        "$venv/bin/pip" install --quiet georeport==0.3.1 three==0.8.0 relaxml==0.1.3 \
            simplejson==3.20.1 mock==5.2.0 lxml==5.3.0
        site="$("$venv/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
        if ! python3 -W ignore -m lib2to3 --write --nobackups "$site/three" "$site/relaxml" \
            >"$venv/2to3.log" 2>&1; then
            cat "$venv/2to3.log" >&2
            exit 1
        fi
    fi
    # Meilisearch for the search tests: no registry ships it, so the machine's tool shelf
    # (../shared/tools, see its README) provides it; copied to the cache for the tests.
    if ! "$KENES_MEILISEARCH" --version 2>/dev/null | grep -q "$MEILISEARCH_VERSION"; then
        shelf=""
        for dir in "${KENES_TOOLS_DIR:-}" "$KENES_ROOT/../shared/tools" /work/shared/tools; do
            if [ -n "$dir" ] && [ -x "$dir/meilisearch" ]; then shelf="$dir"; break; fi
        done
        if [ -z "$shelf" ]; then
            echo "Meilisearch $MEILISEARCH_VERSION is needed for the tests and was not found:" >&2
            echo "put its binary in \$KENES_TOOLS_DIR (or ../shared/tools) and run again." >&2
            exit 1
        fi
        say "meilisearch from $shelf"
        mkdir -p "$(dirname "$KENES_MEILISEARCH")"
        install -m 0755 "$shelf/meilisearch" "$KENES_MEILISEARCH"
    fi
fi
say "toolchain ready"
