//! Who is signed in, as pages see it, and (on the server) the cookies that carry it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// The signed-in user of this request, resolved by the server's auth middleware.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: i64,
    pub display_name: String,
    pub email: String,
    pub session_id: String,
    /// Has a staff role (and so must use a second factor).
    pub staff: bool,
    /// Uses a second factor (every session of such a user passed it).
    pub second_factor: bool,
    /// The staff pages the user's roles open (`permissions::tools`).
    pub tools: Vec<kenes_core::permissions::Tool>,
}

/// Provided per request as `Option<CurrentUser>`.
pub fn use_user() -> Option<CurrentUser> {
    use_context::<Option<CurrentUser>>().flatten()
}

/// The signed-in user; without one, the response becomes a redirect to the sign-in page
/// and the caller renders nothing.
pub fn require_user() -> Option<CurrentUser> {
    let user = use_user();
    #[cfg(feature = "ssr")]
    if user.is_none() {
        // Back to this page once signed in.
        let here = leptos_router::hooks::use_location();
        let search = here.search.get_untracked();
        let query = search.trim_start_matches('?');
        let path = if query.is_empty() {
            here.pathname.get_untracked()
        } else {
            format!("{}?{query}", here.pathname.get_untracked())
        };
        crate::forms::redirect(&format!("/signin?next={}", urlencoding::encode(&path)));
    }
    user
}

/// The gate of every staff page: signed in (else a redirect to sign in), holding a staff
/// role, using the second factor. `Err` is what to show instead of the page.
pub fn require_staff(title_key: &str) -> Result<CurrentUser, AnyView> {
    use crate::i18n::t;
    let Some(user) = require_user() else {
        return Err(().into_any());
    };
    if !user.staff {
        return Err(view! {
            <crate::components::text::PageTitle text=t(title_key) />
            <section class="narrow">
                <h1>{t(title_key)}</h1>
                <crate::components::notice::ErrorNotice message=t("err-forbidden") />
            </section>
        }
        .into_any());
    }
    if !user.second_factor {
        return Err(view! { <SecondFactorRequired title=t(title_key) /> }.into_any());
    }
    Ok(user)
}

/// Shown instead of a staff page until the user turns on two-step sign-in.
#[component]
pub fn SecondFactorRequired(title: String) -> impl IntoView {
    use crate::i18n::t;
    view! {
        <crate::components::text::PageTitle text=title.clone() />
        <section class="narrow">
            <h1>{title}</h1>
            <p class="notice error-notice" role="alert">
                {t("totp-required")} " " <a href="/account/2fa">{t("totp-title")}</a>
            </p>
        </section>
    }
}

#[cfg(feature = "ssr")]
pub use server::*;

#[cfg(feature = "ssr")]
mod server {
    use actix_web::cookie::{time::Duration as CookieDuration, Cookie, SameSite};

    use super::CurrentUser;

    /// The domain's actor for a signed-in user: staff rights count only after the second
    /// factor, so a staff member without it acts as a citizen.
    pub fn actor_of(
        c: &mut kenes_core::Db,
        user: &CurrentUser,
    ) -> Result<kenes_core::actor::Actor, kenes_core::DbError> {
        let grants = if user.second_factor {
            kenes_core::accounts::roles::active_grants(c, user.id)?
        } else {
            vec![]
        };
        Ok(kenes_core::actor::Actor::user(user.id, grants))
    }

    /// Who reads a grievance: a signed-in user (as [`actor_of`]), a guest with the secret
    /// link's key, or nobody.
    pub fn reader_of(
        c: &mut kenes_core::Db,
        user: Option<&CurrentUser>,
        key: Option<&str>,
    ) -> Result<Option<kenes_core::actor::Actor>, kenes_core::DbError> {
        Ok(match (user, key) {
            (Some(u), _) => Some(actor_of(c, u)?),
            (None, Some(k)) => Some(kenes_core::actor::Actor::guest(k)),
            (None, None) => None,
        })
    }

    /// `__Host-`: only set over HTTPS (or on localhost), for this host, path `/`.
    pub const ACCESS_COOKIE: &str = "__Host-kenes_at";
    pub const REFRESH_COOKIE: &str = "__Host-kenes_rt";
    /// Between a right password and the second factor.
    pub const MFA_COOKIE: &str = "__Host-kenes_mfa";

    fn cookie(name: &'static str, value: String, max_age: CookieDuration) -> Cookie<'static> {
        Cookie::build(name, value)
            .path("/")
            .secure(true)
            .http_only(true)
            .same_site(SameSite::Lax)
            .max_age(max_age)
            .finish()
    }

    pub fn access_cookie(token: String) -> Cookie<'static> {
        cookie(
            ACCESS_COOKIE,
            token,
            CookieDuration::seconds(kenes_core::accounts::jwt::ACCESS_TTL_SECS),
        )
    }

    pub fn refresh_cookie(token: String) -> Cookie<'static> {
        cookie(
            REFRESH_COOKIE,
            token,
            CookieDuration::days(kenes_core::accounts::REFRESH_TTL.num_days()),
        )
    }

    /// Remembers the interface language (as the language switcher does).
    pub fn locale_cookie(code: &str, secure: bool) -> Cookie<'static> {
        Cookie::build(crate::i18n::Locale::COOKIE, code.to_owned())
            .path("/")
            .max_age(CookieDuration::days(365))
            .same_site(SameSite::Lax)
            .http_only(true)
            .secure(secure)
            .finish()
    }

    pub fn mfa_cookie(ticket: String) -> Cookie<'static> {
        cookie(
            MFA_COOKIE,
            ticket,
            CookieDuration::seconds(kenes_core::accounts::jwt::MFA_TTL_SECS),
        )
    }

    pub fn cleared_mfa_cookie() -> Cookie<'static> {
        cookie(MFA_COOKIE, String::new(), CookieDuration::ZERO)
    }

    /// Cookies that make the browser forget the session.
    pub fn cleared_cookies() -> [Cookie<'static>; 2] {
        [
            cookie(ACCESS_COOKIE, String::new(), CookieDuration::ZERO),
            cookie(REFRESH_COOKIE, String::new(), CookieDuration::ZERO),
        ]
    }
}
