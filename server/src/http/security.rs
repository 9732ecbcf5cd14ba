//! Headers every response carries, and the per-request CSP nonce that lets Leptos' inline
//! hydration script run while every other inline script is refused.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage};
use base64::Engine as _;
use rand::RngCore as _;
use tracing_actix_web::RequestId;

/// The nonce of this request, in the request's extensions for the renderer.
#[derive(Debug, Clone)]
pub struct CspNonce(pub String);

impl CspNonce {
    fn generate() -> Self {
        let mut bytes = [0u8; 16];
        rand::rng().fill_bytes(&mut bytes);
        CspNonce(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
    }
}

pub fn content_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; \
         object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
}

/// Set by the app from configuration: HSTS only makes sense behind TLS.
#[derive(Debug, Clone, Copy)]
pub struct Hsts(pub bool);

pub async fn headers(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let nonce = CspNonce::generate();
    let hsts = req
        .app_data::<actix_web::web::Data<Hsts>>()
        .is_some_and(|h| h.0);
    req.extensions_mut().insert(nonce.clone());
    let request_id = req.extensions().get::<RequestId>().map(|id| id.to_string());
    let mut res = next.call(req).await?;
    let personal = is_personal(&res);
    let h = res.headers_mut();
    // A handler's own policy is stricter than the page policy (attachments are sandboxed).
    if !h.contains_key(header::CONTENT_SECURITY_POLICY) {
        if let Ok(v) = HeaderValue::from_str(&content_security_policy(&nonce.0)) {
            h.insert(header::CONTENT_SECURITY_POLICY, v);
        }
    }
    if personal && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    let mut set = |name: HeaderName, value: &str| {
        if let Ok(v) = HeaderValue::from_str(value) {
            h.insert(name, v);
        }
    };
    set(header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(header::REFERRER_POLICY, "same-origin");
    set(header::X_FRAME_OPTIONS, "DENY");
    set(
        HeaderName::from_static("cross-origin-opener-policy"),
        "same-origin",
    );
    set(
        HeaderName::from_static("permissions-policy"),
        "geolocation=(self), camera=(), microphone=(), interest-cohort=()",
    );
    if hsts {
        set(
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=63072000; includeSubDomains",
        );
    }
    if let Some(id) = request_id {
        set(HeaderName::from_static("x-request-id"), &id);
    }
    Ok(res)
}

/// Whether a response is meant for one reader only: a signed-in user's, one opened with a
/// guest's secret key, or one that sets cookies. No cache may keep it for the next reader.
fn is_personal<B>(res: &ServiceResponse<B>) -> bool {
    crate::http::auth::current_user(res.request()).is_some()
        || res
            .request()
            .query_string()
            .split('&')
            .any(|pair| pair.starts_with("key="))
        || res.headers().contains_key(header::SET_COOKIE)
}

/// Refuses state-changing requests from other sites: the `Origin` (or, failing that, the
/// `Referer`) must be this host. Together with `SameSite` cookies this is the CSRF defence.
/// The APIs are exempt: Open311 is authenticated by API key, not by cookies, and the REST
/// API only reads.
pub async fn same_origin(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<actix_web::body::BoxBody>, Error> {
    use actix_web::http::Method;
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    // API clients are other servers: Open311 authenticates with an API key, never with this
    // site's cookies, and the REST API changes nothing; a forged request gains nothing.
    let api = req.path().starts_with("/open311/") || req.path().starts_with("/api/");
    if !safe && !api && !same_site_request(&req) {
        tracing::warn!(path = req.path(), "cross-site request refused");
        let res = actix_web::HttpResponse::Forbidden().json(serde_json::json!({
            "error": { "code": "cross_site_request", "message": "cross-site requests are refused" }
        }));
        return Ok(req.into_response(res));
    }
    Ok(next.call(req).await?.map_into_boxed_body())
}

fn same_site_request(req: &ServiceRequest) -> bool {
    let host = req.connection_info().host().to_owned();
    let source = req
        .headers()
        .get(header::ORIGIN)
        .or_else(|| req.headers().get(header::REFERER))
        .and_then(|v| v.to_str().ok());
    let Some(source) = source else { return false };
    // "scheme://host[:port][/path]" -> "host[:port]"
    let authority = source
        .split("://")
        .nth(1)
        .and_then(|rest| rest.split('/').next());
    authority == Some(host.as_str())
}
