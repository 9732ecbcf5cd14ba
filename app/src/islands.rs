//! The only parts of the UI that run in the browser. Each takes its strings as props,
//! rendered on the server in the reader's language, so no translation bundle is shipped.

use kenes_core::grievances::terms::parse_tracking_code;
use leptos::prelude::*;

/// A tracking-code field that says at once when the code cannot be right. Without
/// JavaScript the form still posts and the server says the same thing (`server_error`).
#[island]
pub fn TrackingCodeInput(
    value: String,
    label: String,
    hint: String,
    invalid: String,
    server_error: Option<String>,
) -> impl IntoView {
    // The attribute carries the value for the server-rendered page; the property keeps the
    // field in sync once hydrated.
    let initial = value.clone();
    let (text, set_text) = signal(value);
    let (touched, set_touched) = signal(false);
    // Once the reader edits the field, the live check replaces the server's verdict.
    let error = Memo::new(move |_| {
        if !touched.get() {
            return server_error.clone();
        }
        let v = text.get();
        (!v.trim().is_empty() && parse_tracking_code(&v).is_none()).then(|| invalid.clone())
    });
    view! {
        <div class="field">
            <label for="code">{label}</label>
            <input
                id="code"
                name="code"
                type="text"
                inputmode="text"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck="false"
                maxlength="32"
                placeholder="KZ-26-XXXX-XXXX"
                value=initial
                prop:value=move || text.get()
                aria-describedby="code-hint code-error"
                aria-invalid=move || error.get().is_some().then_some("true")
                on:input=move |ev| set_text.set(event_target_value(&ev))
                on:change=move |_| set_touched.set(true)
            />
            <small id="code-hint" class="hint">{hint}</small>
            <p id="code-error" class="error" role="alert">{move || error.get()}</p>
        </div>
    }
}

/// Keeps a room's thread current: listens to the room's server-sent events and, when
/// something changes, fetches the page again and swaps in its thread. Without JavaScript
/// (or if the stream breaks) the room still works by reloading.
#[island]
pub fn RoomLive(events: String) -> impl IntoView {
    #[cfg(feature = "hydrate")]
    live::follow(events);
    #[cfg(not(feature = "hydrate"))]
    let _ = events;
}

#[cfg(feature = "hydrate")]
mod live {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::{spawn_local, JsFuture};
    use web_sys::{DomParser, EventSource, MessageEvent, Response, SupportedType};

    /// How far apart watchers' fetches after one change are spread, at most.
    const MAX_SPREAD_MS: f64 = 400.0;

    thread_local! {
        static PENDING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    async fn wait_ms(ms: f64) -> Result<JsValue, JsValue> {
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            if let Some(window) = web_sys::window() {
                let _ = window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
            }
        });
        JsFuture::from(promise).await
    }

    pub fn follow(url: String) {
        let Ok(source) = EventSource::new(&url) else {
            return;
        };
        let on_change = Closure::<dyn FnMut(MessageEvent)>::new(move |_: MessageEvent| {
            if PENDING.replace(true) {
                return; // the refresh already waiting will show this change too
            }
            spawn_local(async {
                // Every watcher hears a change at the same moment; a short random wait
                // spreads their fetches (and folds changes that come close together).
                let _ = wait_ms(js_sys::Math::random() * MAX_SPREAD_MS).await;
                PENDING.set(false);
                let _ = refresh().await;
            });
        });
        let _ =
            source.add_event_listener_with_callback("changed", on_change.as_ref().unchecked_ref());
        // Marks the thread as live, for readers' tools and the browser tests.
        let on_open = Closure::<dyn FnMut()>::new(|| {
            if let Some(thread) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("thread"))
            {
                let _ = thread.set_attribute("data-live", "open");
            }
        });
        source.set_onopen(Some(on_open.as_ref().unchecked_ref()));
        on_open.forget();
        // The page lives as long as the room is open: keep the listener and the stream.
        on_change.forget();
        std::mem::forget(source);
    }

    async fn refresh() -> Result<(), JsValue> {
        let window = web_sys::window().ok_or("no window")?;
        let href = window.location().href()?;
        let response: Response = JsFuture::from(window.fetch_with_str(&href))
            .await?
            .dyn_into()?;
        let html = JsFuture::from(response.text()?)
            .await?
            .as_string()
            .unwrap_or_default();
        let fresh = DomParser::new()?.parse_from_string(&html, SupportedType::TextHtml)?;
        let document = window.document().ok_or("no document")?;
        if let (Some(new), Some(old)) = (
            fresh.get_element_by_id("thread"),
            document.get_element_by_id("thread"),
        ) {
            old.set_inner_html(&new.inner_html());
        }
        Ok(())
    }
}
