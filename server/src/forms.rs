//! Lets pages handle their own form posts (see `kenes_app::forms`): the fields of a POST to
//! one of the form pages are parsed here and handed to the renderer in the request. Plain
//! forms are url-encoded; forms with files are `multipart/form-data`, whose files go along
//! as `Uploads` (each cut off just past the size limit, which the domain then refuses).

use actix_multipart::Multipart;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method};
use actix_web::middleware::Next;
use actix_web::{error, web, Error, HttpMessage};
use futures_util::StreamExt as _;
use kenes_app::app::is_form_page;
use kenes_app::forms::{FormData, Uploads};
use kenes_core::attachments::{Upload, MAX_BYTES, MAX_PER_GRIEVANCE};

/// Text fields of a multipart form are short; anything longer is not a form of ours.
const MAX_TEXT_FIELD: usize = 16 * 1024;

pub async fn stash(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    if req.method() == Method::POST && is_form_page(req.path()) {
        let multipart = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
        if multipart {
            let parts = req.extract::<Multipart>().await?;
            let (form, uploads) = read_multipart(parts).await?;
            req.extensions_mut().insert(FormData(form));
            req.extensions_mut().insert(Uploads(uploads));
        } else {
            // Bad or oversized bodies (over 16 KiB) are refused with 400 by the extractor.
            let form = req.extract::<web::Form<Vec<(String, String)>>>().await?;
            req.extensions_mut().insert(FormData(form.into_inner()));
        }
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

async fn read_multipart(
    mut parts: Multipart,
) -> Result<(Vec<(String, String)>, Vec<Upload>), Error> {
    let mut fields = Vec::new();
    let mut uploads = Vec::new();
    while let Some(part) = parts.next().await {
        let mut part = part?;
        let name = part.name().unwrap_or_default().to_owned();
        let filename = part
            .content_disposition()
            .and_then(|d| d.get_filename())
            .map(str::to_owned);
        let limit = if filename.is_some() {
            MAX_BYTES + 1
        } else {
            MAX_TEXT_FIELD
        };
        let mut bytes = Vec::new();
        while let Some(chunk) = part.next().await {
            let chunk = chunk?;
            let room = limit.saturating_sub(bytes.len());
            bytes.extend_from_slice(&chunk[..chunk.len().min(room)]);
        }
        match filename {
            Some(filename) => {
                if uploads.len() as i64 > MAX_PER_GRIEVANCE {
                    return Err(error::ErrorPayloadTooLarge("too many files"));
                }
                uploads.push(Upload {
                    name: filename,
                    bytes,
                })
            }
            None => {
                let value = String::from_utf8(bytes)
                    .map_err(|_| error::ErrorBadRequest("form field is not UTF-8"))?;
                fields.push((name, value));
            }
        }
    }
    Ok((fields, uploads))
}
