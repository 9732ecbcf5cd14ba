//! Forms that work without JavaScript: the browser posts to the page's own URL, the server
//! stashes the fields in the request (see the server's `forms` middleware) and the page
//! renders again with the outcome — errors next to their fields, typed values kept.

use leptos::prelude::*;

/// Fields of a posted `application/x-www-form-urlencoded` form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FormData(pub Vec<(String, String)>);

impl FormData {
    pub fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }
}

/// A page's data, loaded by its server code. The browser build never renders pages (only
/// islands), so there the future yields the page's empty default and the server code is not
/// compiled at all: `on_server!(Page, server::load(code, use_form()))`. The arguments are
/// evaluated in both builds.
macro_rules! on_server {
    ($page:ty, $($load:ident)::+ ( $($arg:expr),* $(,)? )) => {{
        #[cfg(feature = "ssr")]
        let loading = $($load)::+($($arg),*);
        #[cfg(not(feature = "ssr"))]
        let loading = {
            let _ = ($($arg,)*);
            async { <$page>::default() }
        };
        loading
    }};
}
pub(crate) use on_server;

/// The posted form of this request, if it is a POST.
pub fn use_form() -> Option<FormData> {
    #[cfg(feature = "ssr")]
    {
        use actix_web::HttpMessage;
        let req = use_context::<leptos_actix::Request>()?;
        let form = req.extensions().get::<FormData>().cloned();
        form
    }
    #[cfg(not(feature = "ssr"))]
    {
        None
    }
}

/// Files posted with this request's form (a `multipart/form-data` post).
#[cfg(feature = "ssr")]
#[derive(Debug, Clone, Default)]
pub struct Uploads(pub Vec<kenes_core::grievances::attachments::Upload>);

#[cfg(feature = "ssr")]
pub fn use_uploads() -> Vec<kenes_core::grievances::attachments::Upload> {
    use actix_web::HttpMessage;
    use_context::<leptos_actix::Request>()
        .and_then(|req| req.extensions().get::<Uploads>().map(|u| u.0.clone()))
        .unwrap_or_default()
}

/// Answers this request with `303 See Other` to `path` (after a successful post, or when a
/// page needs a signed-in user). Unlike `leptos_actix::redirect` it does not depend on the
/// `Accept` header.
#[cfg(feature = "ssr")]
pub fn redirect(path: &str) {
    use actix_web::http::{header, StatusCode};
    if let (Some(res), Ok(location)) = (
        use_context::<leptos_actix::ResponseOptions>(),
        header::HeaderValue::from_str(path),
    ) {
        res.set_status(StatusCode::SEE_OTHER);
        res.insert_header(header::LOCATION, location);
    }
}

/// A labelled input with its hint and error, linked for screen readers.
#[component]
pub fn Field(
    name: &'static str,
    label: String,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] value: String,
    #[prop(optional_no_strip)] hint: Option<String>,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional)] autocomplete: &'static str,
) -> impl IntoView {
    let hint_id = format!("{name}-hint");
    let error_id = format!("{name}-error");
    let described = format!("{hint_id} {error_id}");
    view! {
        <div class="field">
            <label for=name>{label}</label>
            <input
                id=name
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                aria-describedby=described
                aria-invalid=error.is_some().then_some("true")
            />
            {hint.map(|h| view! { <small id=hint_id class="hint">{h}</small> })}
            <p id=error_id class="error" role="alert">{error}</p>
        </div>
    }
}
