//! Limits on the account forms and on Open311 filing: per IP, per address, per API key.
//! A single node (SQLite) counts in memory with governor; on PostgreSQL the count is kept
//! in the database (`kenes_core::limits`), so that several nodes behind one balancer count
//! together. The per-account sign-in lockout lives in the database on both.

use std::num::NonZeroU32;
use std::time::Duration;

use chrono::Utc;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use kenes_core::{DbError, Pool};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limited {
    SignIn,
    SignUp,
    Reset,
    /// Mails to one address (sign-up and reset).
    Address,
    /// Open311 filings per API key.
    ApiKey,
    /// Open311 filings per filer's address (each mails that address its secret link).
    Filer,
}

impl Limited {
    const ALL: [Limited; 6] = [
        Limited::SignIn,
        Limited::SignUp,
        Limited::Reset,
        Limited::Address,
        Limited::ApiKey,
        Limited::Filer,
    ];

    /// The budget's name where the database counts it.
    fn bucket(self) -> &'static str {
        match self {
            Limited::SignIn => "sign_in_ip",
            Limited::SignUp => "sign_up_ip",
            Limited::Reset => "reset_ip",
            Limited::Address => "mail_address",
            Limited::ApiKey => "open311_key",
            Limited::Filer => "open311_filer",
        }
    }
}

/// Attempts allowed per hour in each budget.
#[derive(Debug, Clone, Copy)]
pub struct Quotas {
    pub sign_in: u32,
    pub sign_up: u32,
    pub reset: u32,
    pub per_address: u32,
    pub per_api_key: u32,
    pub per_filer: u32,
}

impl Default for Quotas {
    fn default() -> Self {
        Self {
            sign_in: 60,
            sign_up: 20,
            reset: 10,
            per_address: 5,
            per_api_key: 3600,
            per_filer: 10,
        }
    }
}

impl Quotas {
    fn of(&self, what: Limited) -> u32 {
        match what {
            Limited::SignIn => self.sign_in,
            Limited::SignUp => self.sign_up,
            Limited::Reset => self.reset,
            Limited::Address => self.per_address,
            Limited::ApiKey => self.per_api_key,
            Limited::Filer => self.per_filer,
        }
    }
}

/// Why an attempt was not let through.
#[derive(Debug)]
pub enum Refused {
    /// The budget is spent; the next attempt counts after this long.
    Wait(Duration),
    /// The shared count could not be read.
    Db(DbError),
}

impl Refused {
    /// Whole minutes to wait, at least one, as the error messages say it.
    pub fn minutes(wait: Duration) -> i64 {
        wait.as_secs().div_ceil(60).max(1) as i64
    }
}

enum Store {
    Memory(Vec<(Limited, DefaultKeyedRateLimiter<String>)>),
    Shared(Pool),
}

pub struct RateLimits {
    quotas: Quotas,
    store: Store,
}

impl Default for RateLimits {
    fn default() -> Self {
        Self::in_memory(Quotas::default())
    }
}

impl RateLimits {
    /// Counted by this node alone.
    pub fn in_memory(quotas: Quotas) -> Self {
        let limiter = |n: u32| {
            RateLimiter::keyed(Quota::per_hour(
                NonZeroU32::new(n.max(1)).expect("positive"),
            ))
        };
        let limiters = Limited::ALL
            .iter()
            .map(|&what| (what, limiter(quotas.of(what))))
            .collect();
        Self {
            quotas,
            store: Store::Memory(limiters),
        }
    }

    /// Counted in the database, together with every other node using it.
    pub fn shared(quotas: Quotas, pool: Pool) -> Self {
        Self {
            quotas,
            store: Store::Shared(pool),
        }
    }

    /// Counts one attempt of `key`; refused when its budget is spent.
    pub async fn check(&self, what: Limited, key: &str) -> Result<(), Refused> {
        let per_hour = self.quotas.of(what);
        match &self.store {
            Store::Memory(limiters) => {
                let (_, limiter) = limiters
                    .iter()
                    .find(|(w, _)| *w == what)
                    .expect("a limiter for every budget");
                limiter.check_key(&key.to_owned()).map_err(|not_until| {
                    Refused::Wait(not_until.wait_time_from(DefaultClock::default().now()))
                })
            }
            Store::Shared(pool) => {
                let key = key.to_owned();
                kenes_core::db::interact(pool, move |c| {
                    kenes_core::limits::hit(
                        c,
                        what.bucket(),
                        &key,
                        per_hour,
                        Utc::now().naive_utc(),
                    )
                })
                .await
                .map_err(Refused::Db)?
                .map_err(Refused::Wait)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn limits_are_per_key_and_say_when_to_retry() {
        let limits = RateLimits::in_memory(Quotas {
            sign_in: 2,
            sign_up: 1,
            ..Quotas::default()
        });
        assert!(limits.check(Limited::SignIn, "10.0.0.1").await.is_ok());
        assert!(limits.check(Limited::SignIn, "10.0.0.1").await.is_ok());
        let Err(Refused::Wait(wait)) = limits.check(Limited::SignIn, "10.0.0.1").await else {
            panic!("the third sign-in within the hour is refused");
        };
        assert!(
            wait > Duration::from_secs(60) && wait <= Duration::from_secs(1800),
            "{wait:?}"
        );
        assert!(
            limits.check(Limited::SignIn, "10.0.0.2").await.is_ok(),
            "other IPs are not affected"
        );
        assert!(
            limits.check(Limited::SignUp, "10.0.0.1").await.is_ok(),
            "separate budgets"
        );
    }
}
