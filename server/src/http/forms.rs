//! Reads every request body within its limits, and lets pages handle their own form posts
//! (see `kenes_app::forms`): the fields of a POST to one of the form pages are parsed here and
//! handed to the renderer in the request. Plain forms are url-encoded; forms with files are
//! `multipart/form-data`, whose files go along as `Uploads` (each cut off just past the size
//! limit, which the domain then refuses).
//!
//! A body over its limit, or a form with too many fields, is refused with 413 before anything
//! else reads it; text that is not UTF-8 with 400. Both answer with a page that says why.

use actix_multipart::Multipart;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method, StatusCode};
use actix_web::middleware::Next;
use actix_web::web::{Bytes, BytesMut};
use actix_web::{web, Error, HttpMessage, HttpRequest, HttpResponse};
use futures_util::StreamExt as _;
use kenes_app::app::is_form_page;
use kenes_app::forms::{FormData, Uploads};
use kenes_app::i18n::translate;
use kenes_core::grievances::attachments::{Upload, MAX_BYTES, MAX_PER_GRIEVANCE};

/// Text fields of a multipart form are short; anything longer is not a form of ours.
const MAX_TEXT_FIELD: usize = 16 * 1024;

/// How much a request may send (configuration: `form_max_bytes`, `upload_max_bytes`,
/// `form_max_fields`).
#[derive(Debug, Clone, Copy)]
pub struct BodyLimits {
    pub form_bytes: usize,
    pub upload_bytes: usize,
    pub fields: usize,
}

/// Why a body was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    TooLarge,
    TooManyFields,
    NotUtf8,
    Malformed,
}

impl Refusal {
    fn status(self) -> StatusCode {
        match self {
            Refusal::TooLarge | Refusal::TooManyFields => StatusCode::PAYLOAD_TOO_LARGE,
            Refusal::NotUtf8 | Refusal::Malformed => StatusCode::BAD_REQUEST,
        }
    }

    fn key(self) -> &'static str {
        match self {
            Refusal::TooLarge => "err-body-too-large",
            Refusal::TooManyFields => "err-body-too-many-fields",
            Refusal::NotUtf8 => "err-body-not-utf8",
            Refusal::Malformed => "err-body-malformed",
        }
    }

    fn code(self) -> &'static str {
        match self {
            Refusal::TooLarge => "body_too_large",
            Refusal::TooManyFields => "too_many_fields",
            Refusal::NotUtf8 => "not_utf8",
            Refusal::Malformed => "malformed_body",
        }
    }

    /// A page in the reader's language for people; a JSON error for the APIs.
    fn response(self, req: &HttpRequest) -> HttpResponse {
        let locale = crate::http::locale::from_request(req);
        let message = translate(locale, self.key(), &[]);
        let mut res = HttpResponse::build(self.status());
        // The rest of the body is not read: the connection cannot carry another request.
        res.insert_header((header::CONNECTION, "close"));
        if req.path().starts_with("/api/") || req.path().starts_with("/open311/") {
            return res.json(serde_json::json!({
                "error": { "code": self.code(), "message": message }
            }));
        }
        let title = translate(locale, "err-body-title", &[]);
        let back = translate(locale, "err-body-back", &[]);
        let page = format!(
            "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>{title}</title></head><body><main><h1>{title}</h1><p>{message}</p>\
             <p><a href=\"/\">{back}</a></p></main></body></html>",
            lang = locale.code(),
            title = html_escape::encode_text(&title),
            message = html_escape::encode_text(&message),
            back = html_escape::encode_text(&back),
        );
        res.content_type("text/html; charset=utf-8").body(page)
    }
}

pub async fn stash(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    if req.method() == Method::POST {
        let limits = req
            .app_data::<web::Data<BodyLimits>>()
            .map(|l| *l.get_ref())
            .expect("body limits are configured");
        if let Err(refusal) = read_body(&mut req, limits).await? {
            tracing::info!(path = req.path(), ?refusal, "request body refused");
            let res = refusal.response(req.request());
            return Ok(req.into_response(res));
        }
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

/// Reads the body of a POST within its limits: a form page's fields go into the request;
/// any other body is put back for its handler to read.
async fn read_body(
    req: &mut ServiceRequest,
    limits: BodyLimits,
) -> Result<Result<(), Refusal>, Error> {
    let multipart = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let limit = if multipart {
        limits.upload_bytes
    } else {
        limits.form_bytes
    };
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Ok(Err(Refusal::TooLarge));
    }
    let body = match bounded(req.take_payload(), limit).await? {
        Ok(body) => body,
        Err(refusal) => return Ok(Err(refusal)),
    };
    if !is_form_page(req.path()) {
        req.set_payload(Payload::from(body));
        return Ok(Ok(()));
    }
    let fields = if multipart {
        let payload: Payload = body.into();
        let parts = Multipart::new(req.headers(), payload);
        match read_multipart(parts, limits.fields).await {
            Ok((fields, uploads)) => {
                req.extensions_mut().insert(Uploads(uploads));
                fields
            }
            Err(refusal) => return Ok(Err(refusal)),
        }
    } else {
        match url_encoded(&body, limits.fields) {
            Ok(fields) => fields,
            Err(refusal) => return Ok(Err(refusal)),
        }
    };
    req.extensions_mut().insert(FormData(fields));
    Ok(Ok(()))
}

/// The whole body, or `TooLarge` as soon as it passes `limit`.
async fn bounded(mut payload: Payload, limit: usize) -> Result<Result<Bytes, Refusal>, Error> {
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk?;
        if body.len() + chunk.len() > limit {
            return Ok(Err(Refusal::TooLarge));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Ok(body.freeze()))
}

/// `application/x-www-form-urlencoded` fields. Unlike the lenient decoders, a field that
/// is not UTF-8 once decoded is refused rather than silently replaced.
fn url_encoded(body: &[u8], max_fields: usize) -> Result<Vec<(String, String)>, Refusal> {
    let mut fields = Vec::new();
    for pair in body.split(|b| *b == b'&').filter(|p| !p.is_empty()) {
        if fields.len() == max_fields {
            return Err(Refusal::TooManyFields);
        }
        let mut parts = pair.splitn(2, |b| *b == b'=');
        let name = decode(parts.next().unwrap_or_default())?;
        let value = decode(parts.next().unwrap_or_default())?;
        fields.push((name, value));
    }
    Ok(fields)
}

fn decode(part: &[u8]) -> Result<String, Refusal> {
    let spaced: Vec<u8> = part
        .iter()
        .map(|b| if *b == b'+' { b' ' } else { *b })
        .collect();
    let bytes: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
    String::from_utf8(bytes).map_err(|_| Refusal::NotUtf8)
}

async fn read_multipart(
    mut parts: Multipart,
    max_fields: usize,
) -> Result<(Vec<(String, String)>, Vec<Upload>), Refusal> {
    let mut fields = Vec::new();
    let mut uploads = Vec::new();
    while let Some(part) = parts.next().await {
        if fields.len() + uploads.len() == max_fields {
            return Err(Refusal::TooManyFields);
        }
        let mut part = part.map_err(|_| Refusal::Malformed)?;
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
            let chunk = chunk.map_err(|_| Refusal::Malformed)?;
            let room = limit.saturating_sub(bytes.len());
            bytes.extend_from_slice(&chunk[..chunk.len().min(room)]);
        }
        match filename {
            Some(filename) => {
                if uploads.len() as i64 > MAX_PER_GRIEVANCE {
                    return Err(Refusal::TooManyFields);
                }
                uploads.push(Upload {
                    name: filename,
                    bytes,
                })
            }
            None => {
                let value = String::from_utf8(bytes).map_err(|_| Refusal::NotUtf8)?;
                fields.push((name, value));
            }
        }
    }
    Ok((fields, uploads))
}

#[cfg(test)]
mod tests {
    use super::{url_encoded, Refusal};

    #[test]
    fn url_encoded_fields_are_decoded_strictly() {
        assert_eq!(
            url_encoded(b"op=post&body=%D2%9A%D0%B0+%3C%2Fp%3E&empty=", 10).unwrap(),
            vec![
                ("op".to_owned(), "post".to_owned()),
                ("body".to_owned(), "Қа </p>".to_owned()),
                ("empty".to_owned(), String::new()),
            ]
        );
        assert_eq!(url_encoded(b"body=%FF%FE", 10), Err(Refusal::NotUtf8));
        assert_eq!(url_encoded(b"a=1&b=2&c=3", 2), Err(Refusal::TooManyFields));
        assert_eq!(url_encoded(b"a=1&b=2", 2).unwrap().len(), 2);
    }
}
