//! The only parts of the UI that run in the browser. Each takes its strings as props,
//! rendered on the server in the reader's language, so no translation bundle is shipped.

use kenes_core::grievance::parse_tracking_code;
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
