use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::t;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_actix::ResponseOptions>() {
        res.set_status(actix_web::http::StatusCode::NOT_FOUND);
    }
    view! {
        <Title text=t("notfound-title") />
        <section class="narrow">
            <h1>{t("notfound-title")}</h1>
            <p>{t("notfound-text")}</p>
            <p>
                <a class="button" href="/">{t("notfound-home")}</a>
            </p>
        </section>
    }
}
