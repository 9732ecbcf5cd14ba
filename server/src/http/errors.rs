//! Errors of the HTTP layer, mapped to responses in one place: JSON with a stable code.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::json;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("unknown language {0:?}: use kk, ru or en")]
    UnknownLocale(String),
    #[error("the database is unavailable")]
    DatabaseUnavailable,
    #[error("search is unavailable; try again shortly")]
    SearchUnavailable,
    #[error("{0}")]
    InvalidParameter(String),
    #[error("no such {0}")]
    NotFound(&'static str),
    /// A fault of ours (a file we could not write): logged where it is made.
    #[error("the server could not answer; try again later")]
    Internal,
}

/// The database failed under an API call: logged here, once, and answered as unavailable.
impl From<kenes_core::DbError> for ApiError {
    fn from(e: kenes_core::DbError) -> Self {
        tracing::error!(error = %e, "api: database");
        ApiError::DatabaseUnavailable
    }
}

/// The API reads only: a domain refusal here is a database failure underneath.
impl From<kenes_core::Error> for ApiError {
    fn from(e: kenes_core::Error) -> Self {
        match e {
            kenes_core::Error::NotFound => ApiError::NotFound("record"),
            kenes_core::Error::Db(e) => e.into(),
            other => {
                tracing::error!(error = %other, "api: unexpected refusal");
                ApiError::Internal
            }
        }
    }
}

/// The search engine failed under an API call: logged here, once.
impl From<kenes_search::SearchError> for ApiError {
    fn from(e: kenes_search::SearchError) -> Self {
        tracing::error!(error = %e, "api: search");
        ApiError::SearchUnavailable
    }
}

/// A CSV file that could not be written in memory.
impl From<csv::Error> for ApiError {
    fn from(e: csv::Error) -> Self {
        tracing::error!(error = %e, "api: csv");
        ApiError::Internal
    }
}

impl ApiError {
    fn code(&self) -> &'static str {
        match self {
            ApiError::UnknownLocale(_) => "unknown_locale",
            ApiError::DatabaseUnavailable => "database_unavailable",
            ApiError::SearchUnavailable => "search_unavailable",
            ApiError::InvalidParameter(_) => "invalid_parameter",
            ApiError::NotFound(_) => "not_found",
            ApiError::Internal => "internal",
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::UnknownLocale(_) | ApiError::InvalidParameter(_) => StatusCode::BAD_REQUEST,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
            ApiError::DatabaseUnavailable | ApiError::SearchUnavailable => {
                StatusCode::SERVICE_UNAVAILABLE
            }
        }
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status_code())
            .json(json!({ "error": { "code": self.code(), "message": self.to_string() } }))
    }
}
