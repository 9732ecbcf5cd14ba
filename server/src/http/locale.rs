//! Which language a request is answered in, and the switcher's endpoint.

use actix_web::cookie::{time::Duration, Cookie, SameSite};
use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};
use kenes_app::i18n::{negotiate, Locale};
use serde::Deserialize;

use crate::http::errors::ApiError;

#[derive(Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

/// `?lang=` in the URL, then the cookie, then `Accept-Language`.
pub fn from_request(req: &HttpRequest) -> Locale {
    let query = serde_urlencoded::from_str::<LangQuery>(req.query_string())
        .ok()
        .and_then(|q| q.lang);
    let cookie = req.cookie(Locale::COOKIE);
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    negotiate(query.as_deref(), cookie.as_ref().map(|c| c.value()), accept)
}

#[derive(Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// Only same-site relative paths. The candidate is resolved the way a browser resolves a
/// `Location` (the WHATWG URL parser drops tabs and newlines and reads `\\` as `/`), and kept
/// only if it stays on this site; what is sent is the resolved path, so the browser has
/// nothing left to reinterpret.
pub fn safe_next(next: Option<&str>) -> String {
    const BASE: &str = "https://kenes.invalid/";
    let base = url::Url::parse(BASE).expect("a valid base");
    match next {
        Some(n) if n.starts_with('/') => match base.join(n) {
            // `/.//host` resolves to the path `//host`, which a browser would read as a host.
            Ok(u) if u.origin() == base.origin() && !u.path().starts_with("//") => {
                u[url::Position::BeforePath..].to_owned()
            }
            _ => "/".to_owned(),
        },
        _ => "/".to_owned(),
    }
}

/// `GET /lang/{code}?next=/path`: remembers the choice in a cookie and goes back.
pub async fn switch(
    code: web::Path<String>,
    query: web::Query<Next>,
    tls: web::Data<crate::http::security::Hsts>,
) -> Result<HttpResponse, ApiError> {
    let locale = Locale::parse(&code).ok_or_else(|| ApiError::UnknownLocale(code.clone()))?;
    let cookie = Cookie::build(Locale::COOKIE, locale.code())
        .path("/")
        .max_age(Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(tls.0)
        .finish();
    Ok(HttpResponse::SeeOther()
        .cookie(cookie)
        .insert_header((header::LOCATION, safe_next(query.next.as_deref())))
        .finish())
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn next_stays_on_the_site() {
        assert_eq!(safe_next(Some("/track?code=1")), "/track?code=1");
        assert_eq!(
            safe_next(Some("/g/KZ-26-AAAA-BBBB#m3")),
            "/g/KZ-26-AAAA-BBBB#m3"
        );
        assert_eq!(safe_next(None), "/");
        // Known bypasses: each would leave the site in some browser.
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "\\/evil.example",
            "/\t/evil.example/",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/ /evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "/\\/evil.example",
            "\t//evil.example",
            "evil.example",
            "%2F%2Fevil.example",
            "/%09/evil.example",
            "/%5Cevil.example",
            "///evil.example",
            "/.//evil.example",
        ] {
            let next = safe_next(Some(bad));
            assert!(
                !next.contains("evil.example") || next.starts_with("/%"),
                "{bad:?} -> {next:?}"
            );
            assert!(
                next.starts_with('/') && !next.starts_with("//"),
                "{bad:?} -> {next:?}"
            );
            assert!(
                !next.contains('\\') && !next.chars().any(char::is_control),
                "{bad:?} -> {next:?}"
            );
        }
    }
}
