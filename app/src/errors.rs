//! The one mapping from a domain error to what a page shows. Pages keep only the cases
//! where they say something more specific; everything else, and every internal error (which
//! is logged here, once), goes through `explain`.

use kenes_core::error::{DbError, Error, FieldError};

use crate::i18n::{t, t_args};

/// The field the message belongs next to (empty for the whole form) and the message in the
/// reader's language. A field's code is looked up as `err-<prefix>-<code>` (`err-<code>`
/// without a prefix), so each feature keeps its own wording.
pub fn explain(e: Error, prefix: &str) -> (String, String) {
    let page = |key: &str| (String::new(), t(key));
    match e {
        Error::Invalid(errors) => match errors.first() {
            Some(f) => (f.field.to_owned(), field_message(f, prefix)),
            None => page("err-server"),
        },
        Error::Forbidden | Error::NotFound => page("err-forbidden"),
        Error::Illegal(_) => page("err-g-illegal"),
        Error::Personal(_) => page("err-outcome-personal"),
        Error::InvalidCredentials => page("err-credentials"),
        Error::NotVerified => page("err-not-verified"),
        Error::Locked { retry_after_secs } => {
            let minutes = (retry_after_secs + 59) / 60;
            (
                String::new(),
                t_args("err-locked", &[("minutes", minutes.into())]),
            )
        }
        Error::TokenInvalid => page("err-token-invalid"),
        Error::SecondFactorInvalid => ("code".into(), t("err-code")),
        Error::SessionInvalid | Error::SessionReused => page("err-forbidden"),
        Error::Db(e) => (String::new(), infrastructure(&e, "domain call")),
    }
}

/// Every message of a refused step: each invalid field's own, or the one `explain` gives.
pub fn explain_each(e: Error, prefix: &str) -> Vec<(String, String)> {
    match e {
        Error::Invalid(errors) if !errors.is_empty() => field_messages(&errors, prefix),
        other => vec![explain(other, prefix)],
    }
}

/// Every invalid field with its message, for a form that shows them all at once.
pub fn field_messages(errors: &[FieldError], prefix: &str) -> Vec<(String, String)> {
    errors
        .iter()
        .map(|f| (f.field.to_owned(), field_message(f, prefix)))
        .collect()
}

/// The field's own message where one is written (`err-file-category-choose`: "Choose a
/// category"), so that an error summary names what to fix; else the form's message for the
/// code (`err-file-choose`), else the general one (`err-choose`).
fn field_message(f: &FieldError, prefix: &str) -> String {
    let form = match prefix {
        "" => String::from("err"),
        prefix => format!("err-{prefix}"),
    };
    let own = format!("{form}-{}-{}", f.field, f.code);
    if kenes_i18n::has_message(crate::i18n::use_locale(), &own) {
        t(&own)
    } else {
        t(&format!("{form}-{}", f.code))
    }
}

/// The message for a page whose data could not be loaded or saved, logged here with the
/// page's name.
pub fn load_failed(e: impl Into<Error>, page: &'static str) -> String {
    match e.into() {
        Error::Db(e) => infrastructure(&e, page),
        other => explain(other, "").1,
    }
}

/// What the database's troubles mean to the reader: "try again shortly" while it restarts,
/// "no space" when the disk is full, else our fault. Logged once, here; the message quotes
/// the request's id, which every log line of the request carries, so that a reader's report
/// leads to them.
fn infrastructure(e: &DbError, context: &'static str) -> String {
    let message = if e.is_storage_full() {
        tracing::error!(error = %e, context, "storage full");
        t("err-storage-full")
    } else if e.is_unavailable() {
        tracing::warn!(error = %e, context, "database unavailable");
        t("err-unavailable")
    } else {
        tracing::error!(error = %e, context, "failed");
        t("err-server")
    };
    match request_id() {
        Some(id) => format!(
            "{message} {}",
            t_args("err-reference", &[("id", crate::i18n::Arg::Str(id))])
        ),
        None => message,
    }
}

/// This request's id, as the `x-request-id` header and the logs give it.
fn request_id() -> Option<String> {
    use actix_web::HttpMessage;
    let req = leptos::prelude::use_context::<leptos_actix::Request>()?;
    let id = req
        .extensions()
        .get::<tracing_actix_web::RequestId>()
        .map(|id| id.to_string());
    id
}

/// The message for an attempt a rate limit let not through.
#[cfg(feature = "ssr")]
pub fn refused(refused: crate::rate_limit::Refused, context: &'static str) -> String {
    use crate::rate_limit::Refused;
    match refused {
        Refused::Wait(wait) => {
            let minutes = Refused::minutes(wait);
            t_args("err-rate-limited", &[("minutes", minutes.into())])
        }
        Refused::Db(e) => infrastructure(&e, context),
    }
}

/// A page that can be shown in place of what it could not read.
pub trait StandIn: Default {
    /// Marks the page as refused to this reader; unless a page says more, it is "not found".
    fn refuse(&mut self) {}

    /// Puts `message` where the page shows what went wrong.
    fn fail(&mut self, message: String);
}

/// What a page read, or the page to show instead: refused when the reader may not see it
/// (`Ok(None)`), with the message when reading failed (logged once, here).
pub fn found_or<T, P: StandIn>(
    result: Result<Option<T>, impl Into<Error>>,
    context: &'static str,
) -> Result<T, P> {
    let mut page = P::default();
    match result {
        Ok(Some(found)) => return Ok(found),
        Ok(None) => page.refuse(),
        Err(e) => page.fail(load_failed(e, context)),
    }
    Err(page)
}
