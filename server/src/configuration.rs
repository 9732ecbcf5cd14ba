//! Settings from defaults, an optional TOML file (`KENES_CONFIG`) and the environment
//! (`KENES_*`, `DATABASE_URL`; cargo-leptos' `LEPTOS_SITE_ADDR` and `LEPTOS_SITE_ROOT` too).

use figment::providers::{Env, Format, Serialized, Toml};
use figment::Figment;
use serde::{Deserialize, Serialize};
use std::net::SocketAddr;
use std::path::PathBuf;

/// Shipped only so that a development checkout runs without setup; production refuses it.
pub const DEV_SECRET: &str = "kenes-development-secret-do-not-use-in-production";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Environment {
    Development,
    Production,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Human,
    Json,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Settings {
    pub environment: Environment,
    pub database_url: String,
    pub db_pool_size: u32,
    /// How long a request waits for a database connection before it is told to try again.
    pub db_pool_timeout_secs: u64,
    pub bind: SocketAddr,
    pub public_url: String,
    pub secret_key: String,
    /// Earlier secrets: tokens they signed stay valid until they expire (key rotation).
    pub previous_secret_keys: Vec<String>,
    /// `smtp://host:port` (or `smtps://user:pass@host`); without it mails go to `mail_dir`.
    pub smtp_url: Option<String>,
    pub mail_dir: PathBuf,
    pub mail_from: String,
    /// Where attached photos and documents are kept.
    pub attachment_dir: PathBuf,
    /// Attempts per hour per IP address (sign-in, sign-up, reset) and mails per address.
    pub rate_sign_in_per_hour: u32,
    pub rate_sign_up_per_hour: u32,
    pub rate_reset_per_hour: u32,
    pub rate_mail_per_address_per_hour: u32,
    /// Open311 filings per hour per API key and per filer's e-mail address.
    pub rate_open311_per_key_per_hour: u32,
    pub rate_open311_per_filer_per_hour: u32,
    /// The largest request body without files (url-encoded forms).
    pub form_max_bytes: usize,
    /// The largest `multipart/form-data` body, files included.
    pub upload_max_bytes: usize,
    /// The most fields one form may have.
    pub form_max_fields: usize,
    pub site_root: PathBuf,
    pub hash_files: bool,
    pub log_format: LogFormat,
    pub shutdown_timeout_secs: u64,
    /// How often overdue grievances are looked for and escalated.
    pub escalation_interval_secs: u64,
    /// How long a mail worker holds a mail it is delivering; after a crash, the mails it
    /// held are retried once this has passed.
    pub mail_lease_secs: u64,
    /// How often the outbox is looked at when nothing wakes the mail worker (every POST
    /// wakes it, since any write may have queued mail).
    pub mail_poll_secs: u64,
    /// On PostgreSQL, relay room changes between nodes with LISTEN/NOTIFY.
    pub room_relay: bool,
    /// The embedded search index (one per node; use Meilisearch for several nodes).
    pub search_dir: PathBuf,
    /// Meilisearch instead of the embedded index (`MEILI_URL`, `MEILI_KEY`).
    pub meili_url: Option<String>,
    pub meili_key: Option<String>,
    /// How often the search outbox is looked at when nothing wakes the indexer.
    pub search_interval_secs: u64,
    /// Where `/metrics` (Prometheus) is served: an address for operators only, never the
    /// public one. Unset: no metrics endpoint.
    pub metrics_bind: Option<SocketAddr>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            environment: Environment::Development,
            database_url: "sqlite://data/kenes.db".into(),
            db_pool_size: 8,
            db_pool_timeout_secs: 10,
            bind: "127.0.0.1:3000".parse().expect("valid address"),
            public_url: "http://127.0.0.1:3000".into(),
            secret_key: DEV_SECRET.into(),
            previous_secret_keys: Vec::new(),
            smtp_url: None,
            mail_dir: "data/mail".into(),
            mail_from: "Kenes <no-reply@kenes.local>".into(),
            attachment_dir: "data/attachments".into(),
            rate_sign_in_per_hour: 60,
            rate_sign_up_per_hour: 20,
            rate_reset_per_hour: 10,
            rate_mail_per_address_per_hour: 5,
            rate_open311_per_key_per_hour: 3600,
            rate_open311_per_filer_per_hour: 10,
            // 4,000 Cyrillic characters take 24 KB once percent-encoded.
            form_max_bytes: 64 * 1024,
            // Five attachments of 5 MiB each, and the form around them.
            upload_max_bytes: 26 * 1024 * 1024,
            form_max_fields: 100,
            site_root: "target/site".into(),
            hash_files: false,
            log_format: LogFormat::Human,
            shutdown_timeout_secs: 30,
            escalation_interval_secs: 300,
            mail_lease_secs: 300,
            mail_poll_secs: 2,
            room_relay: true,
            search_dir: "data/search".into(),
            meili_url: None,
            meili_key: None,
            search_interval_secs: 30,
            metrics_bind: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0}")]
    Invalid(#[from] Box<figment::Error>),
    #[error("production mode refuses {0}")]
    Unsafe(&'static str),
}

impl Settings {
    pub fn load() -> Result<Self, ConfigError> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Ok(path) = std::env::var("KENES_CONFIG") {
            figment = figment.merge(Toml::file_exact(path));
        }
        let settings: Settings = figment
            .merge(
                Env::raw()
                    .only(&["LEPTOS_SITE_ADDR"])
                    .map(|_| "bind".into()),
            )
            .merge(
                Env::raw()
                    .only(&["LEPTOS_SITE_ROOT"])
                    .map(|_| "site_root".into()),
            )
            .merge(
                Env::raw()
                    .only(&["LEPTOS_HASH_FILES"])
                    .map(|_| "hash_files".into()),
            )
            .merge(Env::raw().only(&["DATABASE_URL"]))
            .merge(Env::raw().only(&["MEILI_URL", "MEILI_KEY"]))
            .merge(Env::prefixed("KENES_").ignore(&["CONFIG", "TEST_POSTGRES_URL"]))
            .extract()
            .map_err(Box::new)?;
        settings.validate()?;
        Ok(settings)
    }

    /// Production must not run on the development secret or over plain HTTP.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if self.environment == Environment::Production {
            if self.secret_key == DEV_SECRET {
                return Err(ConfigError::Unsafe("the default KENES_SECRET_KEY"));
            }
            if self.secret_key.len() < 32 {
                return Err(ConfigError::Unsafe(
                    "a KENES_SECRET_KEY shorter than 32 characters",
                ));
            }
            if !self.public_url.starts_with("https://") {
                return Err(ConfigError::Unsafe(
                    "a KENES_PUBLIC_URL that is not https://",
                ));
            }
        }
        Ok(())
    }

    pub fn behind_tls(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn production_refuses_default_and_short_secrets() {
        let mut s = Settings {
            environment: Environment::Production,
            public_url: "https://kenes.example".into(),
            ..Settings::default()
        };
        assert!(matches!(s.validate(), Err(ConfigError::Unsafe(m)) if m.contains("default")));
        s.secret_key = "short".into();
        assert!(matches!(s.validate(), Err(ConfigError::Unsafe(m)) if m.contains("shorter")));
        s.secret_key = "x".repeat(48);
        assert!(s.validate().is_ok());
        s.public_url = "http://kenes.example".into();
        assert!(s.validate().is_err());
        assert!(
            Settings::default().validate().is_ok(),
            "development runs on defaults"
        );
    }
}
