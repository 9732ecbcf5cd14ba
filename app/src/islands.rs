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

/// Voting on a dialogue's statements without leaving the page: the vote form (`#next`)
/// posts in the background, and the next statement and the updated counts take the place
/// of the old ones. Without JavaScript (or if the post fails) the form posts as usual and
/// the page reloads on the next statement.
#[island]
pub fn VoteLive() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    voting::follow();
}

/// Narrows the filing form's place list to the region as soon as one is chosen. Without
/// JavaScript the form's "Show its districts" button does the same by a round trip; here
/// that button is not needed and goes.
#[island]
pub fn PlaceFilter() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    places::follow_region();
}

#[cfg(feature = "hydrate")]
mod places {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{Document, HtmlSelectElement};

    pub fn follow_region() {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(region) = document.get_element_by_id("region") else {
            return;
        };
        if let Some(button) = document.get_element_by_id("region-show") {
            let _ = button.set_attribute("hidden", "");
        }
        // The island may wake after a region was chosen (its bundle comes on first use).
        narrow(&document);
        let on_change = Closure::<dyn FnMut()>::new(move || narrow(&document));
        let _ =
            region.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
        // The form lives as long as the page.
        on_change.forget();
    }

    fn select(document: &Document, id: &str) -> Option<HtmlSelectElement> {
        document.get_element_by_id(id)?.dyn_into().ok()
    }

    /// Shows the chosen region's districts only (all of them when none is chosen), and
    /// lets go of a district chosen in another region.
    fn narrow(document: &Document) {
        let (Some(region), Some(place)) = (select(document, "region"), select(document, "kato"))
        else {
            return;
        };
        let chosen = region.value();
        let Ok(groups) = place.query_selector_all("optgroup") else {
            return;
        };
        for group in
            (0..groups.length()).filter_map(|i| groups.item(i)?.dyn_into::<web_sys::Element>().ok())
        {
            let shown = chosen.is_empty()
                || group.get_attribute("data-region").as_deref() == Some(chosen.as_str());
            for attribute in ["hidden", "disabled"] {
                let _ = if shown {
                    group.remove_attribute(attribute)
                } else {
                    group.set_attribute(attribute, "")
                };
            }
        }
        let stray = place
            .selected_options()
            .item(0)
            .and_then(|option| option.parent_element())
            .is_some_and(|group| group.has_attribute("hidden"));
        if stray {
            place.set_value("");
        }
    }
}

#[cfg(feature = "hydrate")]
mod voting {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::{spawn_local, JsFuture};
    use web_sys::{FormData, HtmlElement, HtmlFormElement, SubmitEvent, UrlSearchParams};

    /// The parts of the page a vote changes.
    const SWAPPED: [&str; 2] = ["next", "statements"];

    pub fn follow() {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        // Listening on the document keeps working after the form is swapped for the next.
        let on_submit = Closure::<dyn FnMut(SubmitEvent)>::new(move |ev: SubmitEvent| {
            let Some(form) = ev
                .target()
                .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
                .filter(|f| f.id() == "next")
            else {
                return;
            };
            let Ok(body) = form_body(&form, &ev) else {
                return; // the browser posts the form itself
            };
            ev.prevent_default();
            spawn_local(async move {
                if cast(&body).await.is_err() {
                    // Whatever went wrong, the plain post still works.
                    let _ = form.submit();
                }
            });
        });
        let _ =
            document.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
        on_submit.forget();
        // Marks the page as voting in place, for readers' tools and the browser tests.
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute("data-voting", "live");
        }
    }

    /// The form's fields with the button pressed (agree, disagree or pass).
    fn form_body(form: &HtmlFormElement, ev: &SubmitEvent) -> Result<UrlSearchParams, JsValue> {
        let data = FormData::new_with_form(form)?;
        if let Some(button) = ev.submitter() {
            if let (Some(name), Some(value)) =
                (button.get_attribute("name"), button.get_attribute("value"))
            {
                data.append_with_str(&name, &value)?;
            }
        }
        UrlSearchParams::new_with_str_sequence_sequence(&data)
    }

    async fn cast(body: &UrlSearchParams) -> Result<(), JsValue> {
        let window = web_sys::window().ok_or("no window")?;
        let init = web_sys::RequestInit::new();
        init.set_method("POST");
        init.set_body(body);
        let url = window.location().pathname()?;
        let response: web_sys::Response =
            JsFuture::from(window.fetch_with_str_and_init(&url, &init))
                .await?
                .dyn_into()?;
        if !response.ok() {
            return Err("refused".into());
        }
        let html = JsFuture::from(response.text()?)
            .await?
            .as_string()
            .unwrap_or_default();
        super::live::swap(&html, &SWAPPED)?;
        // Keyboard and screen-reader users land on the next statement.
        if let Some(next) = window
            .document()
            .and_then(|d| d.query_selector("#next button, #next").ok().flatten())
            .and_then(|e| e.dyn_into::<HtmlElement>().ok())
        {
            let _ = next.focus();
        }
        Ok(())
    }
}

#[cfg(feature = "hydrate")]
mod live {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::{spawn_local, JsFuture};
    use web_sys::{
        Document, DomParser, Element, EventSource, HtmlElement, HtmlInputElement,
        HtmlTextAreaElement, MessageEvent, Response, SupportedType,
    };

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
        refresh_thread(&document, &fresh)
    }

    /// Puts the elements of a freshly fetched page with these ids in place of the current ones.
    pub fn swap(html: &str, ids: &[&str]) -> Result<(), JsValue> {
        let fresh = DomParser::new()?.parse_from_string(html, SupportedType::TextHtml)?;
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or("no document")?;
        for id in ids {
            if let (Some(new), Some(old)) =
                (fresh.get_element_by_id(id), document.get_element_by_id(id))
            {
                old.set_outer_html(&new.outer_html());
            }
        }
        Ok(())
    }

    /// Swaps in the fresh thread, keeping what the reader was doing in it.
    fn refresh_thread(document: &Document, fresh: &Document) -> Result<(), JsValue> {
        if let (Some(new), Some(old)) = (
            fresh.get_element_by_id("thread"),
            document.get_element_by_id("thread"),
        ) {
            let working = Working::in_thread(document, &old)?;
            old.set_inner_html(&new.inner_html());
            working.restore(document);
        }
        Ok(())
    }

    /// What the reader is doing in the thread (open panels, text typed, where the cursor
    /// is), kept across a refresh: a new message must not close a report being written.
    struct Working {
        open: Vec<String>,
        typed: Vec<(String, String)>,
        focused: Option<String>,
    }

    impl Working {
        fn in_thread(document: &Document, thread: &Element) -> Result<Self, JsValue> {
            let open = elements(thread, "details[open][id]")?
                .iter()
                .map(Element::id)
                .collect();
            let typed = elements(thread, "input[id], textarea[id]")?
                .iter()
                .filter_map(|e| Some((e.id(), value_of(e)?)))
                .collect();
            let focused = document
                .active_element()
                .filter(|e| thread.contains(Some(e.as_ref())) && !e.id().is_empty())
                .map(|e| e.id());
            Ok(Working {
                open,
                typed,
                focused,
            })
        }

        fn restore(self, document: &Document) {
            for id in self.open {
                if let Some(panel) = document.get_element_by_id(&id) {
                    let _ = panel.set_attribute("open", "");
                }
            }
            for (id, value) in self.typed {
                match document.get_element_by_id(&id) {
                    Some(e) => set_value(&e, &value),
                    None => continue,
                }
            }
            if let Some(e) = self
                .focused
                .and_then(|id| document.get_element_by_id(&id))
                .and_then(|e| e.dyn_into::<HtmlElement>().ok())
            {
                let _ = e.focus();
            }
        }
    }

    fn elements(root: &Element, selector: &str) -> Result<Vec<Element>, JsValue> {
        let list = root.query_selector_all(selector)?;
        Ok((0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
            .collect())
    }

    fn value_of(e: &Element) -> Option<String> {
        if let Some(input) = e.dyn_ref::<HtmlInputElement>() {
            return Some(input.value());
        }
        e.dyn_ref::<HtmlTextAreaElement>().map(|area| area.value())
    }

    fn set_value(e: &Element, value: &str) {
        if let Some(input) = e.dyn_ref::<HtmlInputElement>() {
            input.set_value(value);
        } else if let Some(area) = e.dyn_ref::<HtmlTextAreaElement>() {
            area.set_value(value);
        }
    }
}
