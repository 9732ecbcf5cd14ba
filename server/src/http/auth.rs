//! Resolves the signed-in user of every request from its cookies, renewing an expired access
//! token with the refresh token, and the sign-out endpoints.

use actix_web::body::MessageBody;
use actix_web::cookie::Cookie;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{web, Error, HttpMessage, HttpRequest, HttpResponse, ResponseError};
use chrono::Utc;
use kenes_app::auth::{
    access_cookie, cleared_cookies, refresh_cookie, CurrentUser, ACCESS_COOKIE, REFRESH_COOKIE,
};
use kenes_app::state::AppState;
use kenes_core::accounts;
use kenes_core::audit::Client;
use kenes_core::db::{interact, read_now};

/// What the middleware decided, to apply to the response.
enum CookieUpdate {
    None,
    Renewed(Vec<Cookie<'static>>),
    Clear,
}

pub fn client_of(req: &HttpRequest) -> Client {
    Client {
        ip: req.peer_addr().map(|a| a.ip().to_string()),
        user_agent: req
            .headers()
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|s| s.chars().take(200).collect()),
    }
}

async fn resolve(state: &AppState, req: &HttpRequest) -> (Option<CurrentUser>, CookieUpdate) {
    let access = req.cookie(ACCESS_COOKIE).map(|c| c.value().to_owned());
    let refresh = req.cookie(REFRESH_COOKIE).map(|c| c.value().to_owned());
    if access.is_none() && refresh.is_none() {
        return (None, CookieUpdate::None);
    }
    if let Some(claims) = access.as_deref().and_then(|t| state.jwt.verify(t).ok()) {
        let sid = claims.sid.clone();
        // Every signed-in request asks: two reads by key, done at once where SQLite allows.
        let user = read_now(&state.pool, move |c| load_current(c, &sid)).await;
        if let Ok(Some(current)) = user {
            return (Some(current), CookieUpdate::None);
        }
    }
    let Some(refresh) = refresh else {
        return (None, CookieUpdate::Clear);
    };
    let client = client_of(req);
    let renewed = interact(&state.pool, move |c| {
        let now = Utc::now().naive_utc();
        Ok(match accounts::refresh(c, &refresh, &client, now) {
            Ok(session) => load_current(c, &session.session_id)?.map(|u| (u, session)),
            Err(kenes_core::Error::Db(e)) => return Err(e),
            Err(_) => None,
        })
    })
    .await;
    match renewed {
        Ok(Some((current, session))) => {
            let access = state
                .jwt
                .issue(current.id, &session.session_id, Utc::now().timestamp());
            let cookies = vec![access_cookie(access), refresh_cookie(session.refresh_token)];
            (Some(current), CookieUpdate::Renewed(cookies))
        }
        Ok(None) => (None, CookieUpdate::Clear),
        Err(e) => {
            // The database is down: treat as signed out for this request, keep the cookies.
            tracing::warn!(error = %e, "cannot resolve session");
            (None, CookieUpdate::None)
        }
    }
}

/// The user of a live session, with what the pages need to know about their roles.
fn load_current(
    c: &mut kenes_core::Db,
    session_id: &str,
) -> Result<Option<CurrentUser>, kenes_core::DbError> {
    let Some(u) = accounts::session_user(c, session_id, Utc::now().naive_utc())? else {
        return Ok(None);
    };
    let grants = kenes_core::accounts::roles::active_grants(c, u.id)?;
    Ok(Some(CurrentUser {
        id: u.id,
        display_name: u.display_name,
        email: u.email,
        session_id: session_id.to_owned(),
        staff: kenes_core::permissions::is_staff(&grants),
        tools: kenes_core::permissions::tools(&grants),
        second_factor: u.totp_enabled_at.is_some(),
    }))
}

pub async fn middleware(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let (user, update) = match &state {
        Some(state) => resolve(state, req.request()).await,
        None => (None, CookieUpdate::None),
    };
    req.extensions_mut().insert(user);
    let mut res = next.call(req).await?;
    let cookies = match update {
        CookieUpdate::None => Vec::new(),
        CookieUpdate::Renewed(cookies) => cookies,
        CookieUpdate::Clear => cleared_cookies().into(),
    };
    for cookie in cookies {
        if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    Ok(res)
}

pub fn current_user(req: &HttpRequest) -> Option<CurrentUser> {
    req.extensions()
        .get::<Option<CurrentUser>>()
        .cloned()
        .flatten()
}

fn signed_out_redirect() -> HttpResponse {
    let mut res = HttpResponse::SeeOther();
    res.insert_header((header::LOCATION, "/"));
    for cookie in cleared_cookies() {
        res.cookie(cookie);
    }
    res.finish()
}

/// `POST /signout`: ends this session.
pub async fn sign_out(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    if let Some(user) = current_user(&req) {
        let client = client_of(&req);
        let result = interact(&state.pool, move |c| {
            accounts::sign_out(c, &user.session_id, &client, Utc::now().naive_utc())
        })
        .await;
        if let Err(e) = result {
            tracing::error!(error = %e, "sign out");
        }
    }
    signed_out_redirect()
}

/// `POST /signout-all`: ends every session of the signed-in user.
pub async fn sign_out_everywhere(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    if let Some(user) = current_user(&req) {
        let client = client_of(&req);
        let result = interact(&state.pool, move |c| {
            accounts::sign_out_everywhere(c, user.id, &client, Utc::now().naive_utc())
        })
        .await;
        if let Err(e) = result {
            tracing::error!(error = %e, "sign out everywhere");
        }
    }
    signed_out_redirect()
}

/// `GET /account/export`: everything the portal holds about the signed-in user, as JSON.
pub async fn export(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let Some(user) = current_user(&req) else {
        return HttpResponse::SeeOther()
            .insert_header((header::LOCATION, "/signin"))
            .finish();
    };
    let data = interact(&state.pool, move |c| {
        accounts::personal_data::export(c, user.id)
    })
    .await;
    match data {
        Ok(data) => HttpResponse::Ok()
            .insert_header((
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"kenes-my-data.json\"",
            ))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .json(data),
        Err(e) => {
            tracing::error!(error = %e, "export");
            crate::http::errors::ApiError::DatabaseUnavailable.error_response()
        }
    }
}
