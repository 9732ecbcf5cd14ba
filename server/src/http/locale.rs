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

/// `GET /lang/{code}?next=/path`: remembers the choice in a cookie and goes back.
/// `POST` (a form's language button): the same, but `307` sends the browser back with the
/// form it posted, so the page comes back in the new language with what was typed kept.
pub async fn switch(
    req: HttpRequest,
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
    let mut back = if req.method() == actix_web::http::Method::POST {
        HttpResponse::TemporaryRedirect()
    } else {
        HttpResponse::SeeOther()
    };
    Ok(back
        .cookie(cookie)
        .insert_header((
            header::LOCATION,
            kenes_app::forms::safe_next(query.next.as_deref()),
        ))
        .finish())
}
