//! Machine interfaces: the REST API (`rest`), Open311 GeoReport v2 (JSON and XML), and the open-data exports.

pub mod open311;
pub mod open311_xml;
pub mod open_data;
pub mod rest;

use kenes_core::{Db, DbError, Pool};

use crate::http::errors::ApiError;

/// Reads one public record; `None` (absent, or not public) answers 404 naming `what`.
pub async fn find<T, F>(pool: &Pool, what: &'static str, read: F) -> Result<T, ApiError>
where
    F: FnOnce(&mut Db) -> Result<Option<T>, DbError> + Send + 'static,
    T: Send + 'static,
{
    kenes_core::db::interact(pool, read)
        .await?
        .ok_or(ApiError::NotFound(what))
}
