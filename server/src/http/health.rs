//! `/healthz`: the process answers. `/readyz`: it can serve (the database answers).

use actix_web::{web, HttpResponse};
use diesel::connection::SimpleConnection;
use kenes_core::Pool;
use serde_json::json;

use crate::http::errors::ApiError;

pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({ "status": "ok" }))
}

pub async fn readyz(pool: web::Data<Pool>) -> Result<HttpResponse, ApiError> {
    kenes_core::db::interact::<_, _, kenes_core::DbError>(&pool, |c| {
        Ok(c.batch_execute("SELECT 1")?)
    })
    .await
    .map_err(|e| {
        tracing::warn!(error = %e, "readiness check failed");
        ApiError::DatabaseUnavailable
    })?;
    Ok(HttpResponse::Ok().json(json!({ "status": "ready", "database": "ok" })))
}
