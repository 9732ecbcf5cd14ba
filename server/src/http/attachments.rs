//! Serves attachments to those who may see them (the rule is the domain's:
//! `kenes_core::grievances::attachments::visible`); to everyone else they do not exist (404).

use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{web, HttpRequest, HttpResponse};
use kenes_app::auth::reader_of;
use kenes_app::state::AppState;
use kenes_core::db::interact;
use kenes_core::error::Error;
use kenes_core::grievances::attachments;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Key {
    key: Option<String>,
}

pub async fn serve(
    req: HttpRequest,
    id: web::Path<String>,
    query: web::Query<Key>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let user = crate::http::auth::current_user(&req);
    let key = query.into_inner().key.filter(|k| !k.is_empty());
    let dir = state.attachment_dir.clone();
    let id = id.into_inner();
    let opened = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
        let viewer = reader_of(c, user.as_ref(), key.as_deref())?;
        Ok(attachments::open(c, &dir, &id, viewer.as_ref()))
    })
    .await;
    match opened {
        Ok(Ok((a, bytes))) => {
            let disposition = ContentDisposition {
                disposition: if a.media_type == "application/pdf" {
                    DispositionType::Attachment
                } else {
                    DispositionType::Inline
                },
                parameters: vec![DispositionParam::Filename(a.original_name.clone())],
            };
            HttpResponse::Ok()
                .content_type(a.media_type)
                .insert_header(disposition)
                // Never cached by shared caches: it may be private.
                .insert_header((header::CACHE_CONTROL, "private, no-cache"))
                .insert_header((
                    header::CONTENT_SECURITY_POLICY,
                    "sandbox; default-src 'none'",
                ))
                .body(bytes)
        }
        Ok(Err(Error::NotFound)) => HttpResponse::NotFound().finish(),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "attachment");
            HttpResponse::InternalServerError().finish()
        }
        Err(e) => {
            tracing::error!(error = %e, "attachment");
            HttpResponse::ServiceUnavailable().finish()
        }
    }
}
