# Kenes: multi-stage build with cargo-leptos, slim non-root runtime.
# Build: docker build -t kenes .    Run: docker compose up (see compose.yaml)

FROM rust:1-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev npm \
    && rm -rf /var/lib/apt/lists/*
RUN rustup target add wasm32-unknown-unknown \
    && rustup toolchain install nightly --profile minimal
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY scripts scripts
COPY e2e/package.json e2e/package-lock.json e2e/
RUN cd e2e && npm ci --no-audit --no-fund
# Same tool versions as scripts/bootstrap.sh (wasm-bindgen matches Cargo.lock).
RUN cargo +nightly install cargo-leptos --locked --version 0.3.11 \
    && cargo install wasm-bindgen-cli --version "$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)"
COPY . .
ENV PATH="/src/e2e/node_modules/.bin:${PATH}" CARGO_TARGET_DIR=/src/target
RUN cargo leptos build --release

FROM debian:bookworm-slim AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 ca-certificates curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app --uid 10001 kenes
WORKDIR /app
# hash.txt lists the hashed asset names and must sit next to the binary.
COPY --from=build /src/target/release/kenes /src/target/release/hash.txt /app/
COPY --from=build /src/target/site /app/site
RUN mkdir -p /app/data && chown kenes /app/data
USER kenes
ENV KENES_ENVIRONMENT=production \
    KENES_BIND=0.0.0.0:3000 \
    KENES_SITE_ROOT=/app/site \
    KENES_HASH_FILES=true \
    KENES_LOG_FORMAT=json \
    DATABASE_URL=sqlite:///app/data/kenes.db
EXPOSE 3000
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
    CMD curl -fsS http://127.0.0.1:3000/readyz || exit 1
ENTRYPOINT ["/app/kenes"]
CMD ["serve"]
