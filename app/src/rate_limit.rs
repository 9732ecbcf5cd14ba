//! Per-IP and per-address limits on the account forms (governor, in memory per node; the
//! per-account sign-in lockout lives in the database and holds across nodes).

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::num::NonZeroU32;
use std::time::Duration;

pub struct RateLimits {
    sign_in_ip: DefaultKeyedRateLimiter<String>,
    sign_up_ip: DefaultKeyedRateLimiter<String>,
    reset_ip: DefaultKeyedRateLimiter<String>,
    mail_address: DefaultKeyedRateLimiter<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limited {
    SignIn,
    SignUp,
    Reset,
    /// Mails to one address (sign-up and reset).
    Address,
}

fn per_hour(n: u32) -> Quota {
    Quota::per_hour(NonZeroU32::new(n).expect("positive"))
}

impl Default for RateLimits {
    fn default() -> Self {
        Self::new(60, 20, 10, 5)
    }
}

impl RateLimits {
    /// Attempts per hour: sign-ins and sign-ups and resets per IP, mails per address.
    pub fn new(sign_in: u32, sign_up: u32, reset: u32, per_address: u32) -> Self {
        Self {
            sign_in_ip: RateLimiter::keyed(per_hour(sign_in)),
            sign_up_ip: RateLimiter::keyed(per_hour(sign_up)),
            reset_ip: RateLimiter::keyed(per_hour(reset)),
            mail_address: RateLimiter::keyed(per_hour(per_address)),
        }
    }

    /// `Err(wait)` says how long until the next attempt is allowed.
    pub fn check(&self, what: Limited, key: &str) -> Result<(), Duration> {
        let limiter = match what {
            Limited::SignIn => &self.sign_in_ip,
            Limited::SignUp => &self.sign_up_ip,
            Limited::Reset => &self.reset_ip,
            Limited::Address => &self.mail_address,
        };
        limiter
            .check_key(&key.to_owned())
            .map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_per_key_and_say_when_to_retry() {
        let limits = RateLimits::new(2, 1, 1, 1);
        assert!(limits.check(Limited::SignIn, "10.0.0.1").is_ok());
        assert!(limits.check(Limited::SignIn, "10.0.0.1").is_ok());
        let wait = limits.check(Limited::SignIn, "10.0.0.1").unwrap_err();
        assert!(
            wait > Duration::from_secs(60) && wait <= Duration::from_secs(1800),
            "{wait:?}"
        );
        assert!(
            limits.check(Limited::SignIn, "10.0.0.2").is_ok(),
            "other IPs are not affected"
        );
        assert!(
            limits.check(Limited::SignUp, "10.0.0.1").is_ok(),
            "separate budgets"
        );
    }
}
