# Sourced by the benchmarks: the release server on a folder and port of its own, with the
# sign-up, sign-in and mail limits opened up so that load is not refused.
#   bench_env DIR PORT [DATABASE_URL]  exports its settings (SQLite in DIR unless given)
#   bench_serve [TRIES]                starts it ($server) and waits until it is ready
#   rss [PID]                          its resident set in MiB
bin="$CARGO_TARGET_DIR/release/kenes"

bench_env() {
    local dir="$1" port="$2"
    mkdir -p "$dir/mail"
    export DATABASE_URL="${3:-sqlite://$dir/kenes.db}" KENES_BIND="127.0.0.1:$port" \
        KENES_SITE_ROOT=target/site KENES_HASH_FILES=true KENES_MAIL_DIR="$dir/mail" \
        KENES_SEARCH_DIR="$dir/search" RUST_LOG=error \
        KENES_RATE_SIGN_UP_PER_HOUR=100000 KENES_RATE_SIGN_IN_PER_HOUR=100000 \
        KENES_RATE_MAIL_PER_ADDRESS_PER_HOUR=100000
    base="http://127.0.0.1:$port"
}

bench_serve() {
    "$bin" serve &
    server=$!
    for _ in $(seq 1 "${1:-100}"); do curl -fs "$base/readyz" >/dev/null && break; sleep 0.1; done
}

rss() { echo $(($(awk '/VmRSS/ {print $2}' "/proc/${1:-$server}/status") / 1024)); }
