//! Logs: human-readable by default, JSON lines for log shippers; `RUST_LOG` filters.

use tracing_subscriber::{fmt, prelude::*, EnvFilter};

use crate::configuration::LogFormat;

pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn"));
    let registry = tracing_subscriber::registry().with(filter);
    // try_init: tests start several apps in one process.
    let _ = match format {
        LogFormat::Human => registry.with(fmt::layer()).try_init(),
        LogFormat::Json => registry
            .with(fmt::layer().json().flatten_event(true))
            .try_init(),
    };
}
