use crate::components::layout::Page;
use crate::components::notice::StatusNotice;
use leptos::prelude::*;

use crate::i18n::t;

/// Answers this request with 404 (the page still renders its explanation).
pub fn set_not_found() {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_actix::ResponseOptions>() {
        res.set_status(actix_web::http::StatusCode::NOT_FOUND);
    }
}

/// A page whose subject does not exist, or is not for this reader (who is not told which).
#[component]
pub fn Missing(title: String, message: String) -> impl IntoView {
    set_not_found();
    view! {
        <section class="narrow">
            <h1>{title}</h1>
            <StatusNotice message=message />
        </section>
    }
}

#[component]
pub fn NotFound() -> impl IntoView {
    set_not_found();
    view! {
        <Page title="notfound-title" lead="notfound-text" class="narrow">
            <p>
                <a class="button" href="/">{t("notfound-home")}</a>
            </p>
        </Page>
    }
}
