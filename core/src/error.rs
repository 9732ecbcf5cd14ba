//! The one domain error, and the infrastructure error it wraps.
//!
//! `Error` names every way a domain call can refuse, by kind: the reader's page or the API
//! decides how to show it (`app/src/errors.rs`, `server/src/http/errors.rs`); the domain
//! never formats messages. Field codes double as translation keys: `err-<code>`.

use thiserror::Error as ThisError;

use crate::grievances::terms::IllegalTransition;
use crate::outcomes::anonymise::Flag;

/// A problem with one form field; `code` names the message (`err-<code>` in the UI).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub code: &'static str,
}

impl FieldError {
    pub const fn new(field: &'static str, code: &'static str) -> FieldError {
        FieldError { field, code }
    }
}

/// Why a domain call refused. Kinds first, then the sign-in failures that a sign-in page
/// must tell apart, then the infrastructure underneath.
#[derive(Debug, ThisError)]
pub enum Error {
    #[error("not found")]
    NotFound,
    #[error("not allowed")]
    Forbidden,
    #[error("invalid input: {0:?}")]
    Invalid(Vec<FieldError>),
    #[error(transparent)]
    Illegal(#[from] IllegalTransition),
    /// An outcome's text names, or reaches, a person: nothing is published until rewritten.
    #[error("personal data in the text")]
    Personal(Vec<(&'static str, Flag)>),
    #[error("wrong e-mail or password")]
    InvalidCredentials,
    #[error("e-mail address not verified yet")]
    NotVerified,
    #[error("too many failed sign-ins; retry in {retry_after_secs} s")]
    Locked { retry_after_secs: i64 },
    /// A mailed link (verification, reset, guest filing) that is unknown, used or expired.
    #[error("the link is invalid, used or expired")]
    TokenInvalid,
    #[error("session expired or revoked")]
    SessionInvalid,
    #[error("a refresh token was used twice; the session is revoked")]
    SessionReused,
    #[error("wrong or already used code")]
    SecondFactorInvalid,
    #[error(transparent)]
    Db(#[from] DbError),
}

impl Error {
    /// A permission check in one line: `Forbidden` unless `allowed`.
    pub fn forbidden_unless(allowed: bool) -> Result<(), Error> {
        if allowed {
            Ok(())
        } else {
            Err(Error::Forbidden)
        }
    }

    /// One invalid field.
    pub fn invalid(field: &'static str, code: &'static str) -> Error {
        Error::Invalid(vec![FieldError::new(field, code)])
    }

    /// Two checks of one form: both values, or the errors of every invalid field, so that
    /// the form shows all its mistakes at once rather than one per post.
    pub fn both<A, B>(a: Result<A, Error>, b: Result<B, Error>) -> Result<(A, B), Error> {
        match (a, b) {
            (Ok(a), Ok(b)) => Ok((a, b)),
            (Err(Error::Invalid(mut first)), Err(Error::Invalid(second))) => {
                first.extend(second);
                Err(Error::Invalid(first))
            }
            (Err(e), _) | (_, Err(e)) => Err(e),
        }
    }
}

impl From<FieldError> for Error {
    fn from(e: FieldError) -> Self {
        Error::Invalid(vec![e])
    }
}

/// What someone typed into `field`, trimmed, if its length in characters is within
/// `chars`: left empty it is `required` (unless the range allows nothing), then
/// `too-short` or `too-long`.
pub fn typed_text(
    field: &'static str,
    text: &str,
    chars: std::ops::RangeInclusive<usize>,
) -> Result<String, FieldError> {
    let text = text.trim();
    let code = match text.chars().count() {
        0 if *chars.start() > 0 => "required",
        n if n < *chars.start() => "too-short",
        n if n > *chars.end() => "too-long",
        _ => return Ok(text.to_owned()),
    };
    Err(FieldError::new(field, code))
}

impl From<diesel::result::Error> for Error {
    fn from(e: diesel::result::Error) -> Self {
        Error::Db(e.into())
    }
}

impl From<diesel::r2d2::PoolError> for Error {
    fn from(e: diesel::r2d2::PoolError) -> Self {
        Error::Db(e.into())
    }
}

/// The database and what surrounds it: nothing a user can correct.
#[derive(Debug, ThisError)]
pub enum DbError {
    #[error("unsupported DATABASE_URL {0:?}: use sqlite://path or postgres://…")]
    InvalidUrl(String),
    #[error("cannot create {0}: {1}")]
    Io(String, #[source] std::io::Error),
    #[error("database pool: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("database: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("migration failed: {0}")]
    Migration(String),
    #[error("reference data: {0}")]
    Reference(String),
    #[error("background task failed: {0}")]
    Join(String),
}

impl DbError {
    /// The disk under the database or the attachments is full: the user's text is kept and
    /// they can try again once an operator has made room.
    pub fn is_storage_full(&self) -> bool {
        match self {
            DbError::Io(_, e) => e.kind() == std::io::ErrorKind::StorageFull,
            // SQLite says "database or disk is full"; PostgreSQL, "No space left on device".
            DbError::Query(e) => {
                let text = e.to_string();
                text.contains("disk is full") || text.contains("No space left")
            }
            _ => false,
        }
    }

    /// The database cannot be reached for the moment (restarting, every connection busy):
    /// worth trying again shortly, and no reason to alarm anyone.
    pub fn is_unavailable(&self) -> bool {
        use diesel::result::{DatabaseErrorKind, Error as Diesel};
        match self {
            DbError::Pool(_) => true,
            DbError::Query(Diesel::DatabaseError(DatabaseErrorKind::ClosedConnection, _)) => true,
            DbError::Query(Diesel::DatabaseError(_, info)) => {
                let text = info.message();
                [
                    "terminating connection",
                    "server closed the connection",
                    "database is locked",
                ]
                .iter()
                .any(|sign| text.contains(sign))
            }
            DbError::Query(Diesel::BrokenTransactionManager) => true,
            _ => false,
        }
    }
}

pub type DbResult<T> = Result<T, DbError>;

/// A domain result: `Result<T>` is `Result<T, Error>`.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_says_what_is_wrong_by_characters() {
        let code = |text, chars| typed_text("f", text, chars).unwrap_err().code;
        assert_eq!(code("   ", 1..=3), "required");
        assert_eq!(code("ab", 3..=5), "too-short");
        // Six Cyrillic letters are twelve bytes: counted as six characters.
        assert_eq!(code("абвгде", 1..=5), "too-long");
        assert_eq!(typed_text("f", " абвгд ", 1..=5), Ok("абвгд".to_owned()));
        assert_eq!(typed_text("f", "", 0..=5), Ok(String::new()));
    }
}
