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
    /// A fault of ours, such as a file we could not write in memory.
    #[error("the server could not answer; try again later")]
    Internal,
}

impl From<kenes_core::DbError> for ApiError {
    fn from(e: kenes_core::DbError) -> Self {
        ApiError::DatabaseUnavailable.logged("database", e)
    }
}

impl From<kenes_search::SearchError> for ApiError {
    fn from(e: kenes_search::SearchError) -> Self {
        ApiError::SearchUnavailable.logged("search", e)
    }
}

impl From<csv::Error> for ApiError {
    fn from(e: csv::Error) -> Self {
        ApiError::Internal.logged("csv", e)
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

    /// `failure`, logged here once as `what`, answered as `self`: the failures underneath an
    /// API call (database, search, a file written in memory) that the caller cannot correct.
    fn logged(self, what: &'static str, failure: impl std::fmt::Display) -> ApiError {
        tracing::error!(error = %failure, what, "api call failed");
        self
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
