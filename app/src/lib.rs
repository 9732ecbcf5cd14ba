//! The Kenes web interface. Pages render on the server; only islands (`islands.rs`) are
//! compiled to WASM and hydrated in the browser.
// Pages built of nested forms (the grievance page with its mediation panel) have view types
// deeper than the default limit allows in the release build.
#![recursion_limit = "256"]

pub mod address;
pub mod app;
pub mod auth;
pub mod components;
#[cfg(feature = "ssr")]
pub mod errors;
pub mod forms;
pub mod i18n;
pub mod islands;
#[cfg(feature = "ssr")]
pub mod live;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod rate_limit;
#[cfg(feature = "ssr")]
pub mod state;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
