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

    /// What was typed into `name`, if the form posted was `op`'s (a refused step comes back
    /// as it was filled in; the page's other forms stay empty).
    pub fn typed(&self, op: &str, name: &str) -> String {
        if self.get("op") == op {
            self.get(name)
        } else {
            String::new()
        }
    }

    /// Every value posted under `name` (the ticked boxes of a group), in order.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .collect()
    }

    /// The form as one of a page's ops: an enum tagged by the `op` field
    /// (`#[serde(tag = "op", rename_all = "kebab-case")]`), parsed once. `None` when the form
    /// carries no op of `T`'s, or lacks a field the op needs.
    pub fn op<T: serde::de::DeserializeOwned>(&self) -> Option<T> {
        use serde::de::value::{Error, MapDeserializer};
        let fields = self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()));
        T::deserialize(MapDeserializer::<_, Error>::new(fields)).ok()
    }
}

/// Typed form fields for ops (`#[serde(default, deserialize_with = "…")]`).
pub mod field {
    use serde::{Deserialize, Deserializer};

    /// A number, such as a record's id from a hidden field. Anything else reads as 0, which
    /// names no record (the domain answers "not found", as for a stale one) and no amount.
    pub fn number<'de, D: Deserializer<'de>, N>(d: D) -> Result<N, D::Error>
    where
        N: std::str::FromStr + Default,
    {
        Ok(String::deserialize(d)?.trim().parse().unwrap_or_default())
    }

    /// A number that may be left out, such as the message a reply answers.
    pub fn optional_number<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i64>, D::Error> {
        Ok(String::deserialize(d)?.trim().parse().ok())
    }

    /// A checkbox or a yes/no choice: only `yes` is yes.
    pub fn yes<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
        Ok(String::deserialize(d)? == "yes")
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

/// Declares a page's ops: an enum read from the posted form by its `op` field, whose
/// values are the variants' names in kebab-case (`FormData::op`). The names are also the
/// enum's `VARIANTS` (`strum::VariantNames`): the list of what the page's forms may post,
/// which the permission matrix walks, is the enum itself.
#[cfg(feature = "ssr")]
macro_rules! form_ops {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($variants:tt)* }) => {
        $(#[$meta])*
        #[derive(serde::Deserialize, strum::VariantNames)]
        #[serde(tag = "op", rename_all = "kebab-case")]
        #[strum(serialize_all = "kebab-case")]
        $vis enum $name { $($variants)* }
    };
}
#[cfg(feature = "ssr")]
pub(crate) use form_ops;

/// The token of a page that a mailed link opens: posted back with the page's form, or else
/// the link's own (`?token=`). Such pages act only on a POST, so that mail scanners that
/// follow links use nothing up.
pub fn link_token(form: Option<&FormData>) -> String {
    carried(form, "token")
}

/// The field `name` as the page's form posted it, or else as the page's address gives it
/// (`?name=`): a value a page carries from its link through its forms.
pub fn carried(form: Option<&FormData>, name: &str) -> String {
    form.map(|f| f.get(name))
        .filter(|posted| !posted.is_empty())
        .unwrap_or_else(|| crate::address::query(name))
}

/// The one-button form of a page that a mailed link opens: it posts the link's token back.
#[component]
pub fn TokenButton(token: String, submit: &'static str) -> impl IntoView {
    view! {
        <PostForm submit>
            <input type="hidden" name="token" value=token />
        </PostForm>
    }
}

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
    let asked =
        use_context::<leptos_actix::Request>().and_then(|req| language_asked(req.query_string()));
    let path = match asked {
        Some(locale) => with_language(path, locale),
        None => path.to_owned(),
    };
    if let (Some(res), Ok(location)) = (
        use_context::<leptos_actix::ResponseOptions>(),
        header::HeaderValue::from_str(&path),
    ) {
        res.set_status(StatusCode::SEE_OTHER);
        res.insert_header(header::LOCATION, location);
    }
}

/// The language an address asks for (`?lang=kk`, as a shared link may), if it is one of ours.
#[cfg(feature = "ssr")]
fn language_asked(query: &str) -> Option<crate::i18n::Locale> {
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(name, _)| name == "lang")
        .and_then(|(_, code)| crate::i18n::Locale::parse(&code))
}

/// `path` in the language the post was read in, so that a page opened with `?lang=` stays in
/// it after a step; a path that asks for a language keeps its own.
#[cfg(feature = "ssr")]
fn with_language(path: &str, locale: crate::i18n::Locale) -> String {
    let (address, fragment) = match path.split_once('#') {
        Some((address, fragment)) => (address, format!("#{fragment}")),
        None => (path, String::new()),
    };
    let query = address.split_once('?').map_or("", |(_, query)| query);
    if language_asked(query).is_some() {
        return path.to_owned();
    }
    let joint = if address.contains('?') { '&' } else { '?' };
    format!("{address}{joint}lang={}{fragment}", locale.code())
}

/// A labelled input with its hint and error, linked for screen readers.
/// The errors of a refused form, at its top (as GOV.UK does): focused when the page comes
/// back, so that a screen reader reads it and a phone shows it without scrolling, each
/// message a link to its field. `errors` are (field id, message).
#[component]
pub fn ErrorSummary(errors: Vec<(String, String)>) -> impl IntoView {
    use crate::i18n::t;
    (!errors.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{t("err-summary-title")}</h2>
                <ul>
                    {errors.into_iter().map(|(field, message)| view! {
                        <li><a href=format!("#{field}")>{message}</a></li>
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}

/// A page title that starts with "Error:" while the form shows errors.
pub fn title_with_errors(title: String, has_errors: bool) -> String {
    if has_errors {
        crate::i18n::t_args(
            "err-summary-page-title",
            &[("title", title.as_str().into())],
        )
    } else {
        title
    }
}

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
    let ids = FieldIds::new(name.to_owned(), hint.is_some());
    let control = view! {
        <input
            id=ids.control.clone()
            name=name
            type=kind
            value=value
            autocomplete=autocomplete
            aria-describedby=ids.described_by.clone()
            aria-invalid=error.is_some().then_some("true")
        />
    };
    view! { <FieldFrame ids label hint error control /> }
}

/// The ids that tie a field's control to its hint and its error, for screen readers.
struct FieldIds {
    control: String,
    hint: String,
    error: String,
    /// The control's `aria-describedby`: the hint (when there is one) and the error.
    described_by: String,
}

impl FieldIds {
    fn new(control: String, has_hint: bool) -> FieldIds {
        let hint = format!("{control}-hint");
        let error = format!("{control}-error");
        let described_by = if has_hint {
            format!("{hint} {error}")
        } else {
            error.clone()
        };
        FieldIds {
            control,
            hint,
            error,
            described_by,
        }
    }
}

/// What every field draws around its control: the label, the hint when there is one, and
/// the place for its error.
#[component]
fn FieldFrame<C: IntoView + 'static>(
    ids: FieldIds,
    label: String,
    hint: Option<String>,
    error: Option<String>,
    control: C,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=ids.control>{label}</label>
            {control}
            {hint.map(|h| view! { <small id=ids.hint class="hint">{h}</small> })}
            <p id=ids.error class="error" role="alert">{error}</p>
        </div>
    }
}

/// One choice of a select: the value posted and the label in the reader's language.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

#[cfg(feature = "ssr")]
impl Choice {
    /// A reference row (a place, a category, a body) by its code, named in `lang`.
    pub fn named(row: &impl kenes_core::models::Named, lang: &str) -> Self {
        Choice {
            value: row.code().to_owned(),
            label: row.name(lang).to_owned(),
        }
    }
}

/// Why a step was refused, as its page shows it: the form that posted (`op`; empty when the
/// page has one) and its messages in the reader's language, each with the field it stands
/// next to (empty: the form or the page as a whole). A form with several wrong fields shows
/// each one's message at once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refusal {
    pub op: String,
    pub messages: Vec<(String, String)>,
}

impl Refusal {
    /// A message for the page as a whole.
    pub fn page(message: String) -> Self {
        Self::of("", (String::new(), message))
    }

    /// The step `op` refused, with the field and message `errors::explain` gave.
    pub fn of(op: impl Into<String>, field_message: (String, String)) -> Self {
        Self::each(op, vec![field_message])
    }

    /// The step `op` refused, with every field and message `errors::explain_each` gave.
    pub fn each(op: impl Into<String>, messages: Vec<(String, String)>) -> Self {
        Self {
            op: op.into(),
            messages,
        }
    }

    /// The first message, where a step's refusal shows as one line.
    pub fn message(&self) -> String {
        self.messages
            .first()
            .map(|(_, message)| message.clone())
            .unwrap_or_default()
    }

    /// Whether a message stands next to a field of the form.
    pub fn names_a_field(&self) -> bool {
        self.messages.iter().any(|(field, _)| !field.is_empty())
    }

    fn message_for(&self, field: &str) -> Option<String> {
        self.messages
            .iter()
            .find(|(f, _)| f == field)
            .map(|(_, message)| message.clone())
    }
}

/// Where a page finds its refusal's message: each form and field asks for its own.
pub trait RefusalAt {
    /// The message for `field` of the form `op`.
    fn at(&self, op: &str, field: &str) -> Option<String>;
    /// The message for the form `op`, whichever field it names.
    fn of_form(&self, op: &str) -> Option<String>;
    /// The message for the form `op` that names none of `fields` (which show their own), to
    /// stand by the form's main choice.
    fn besides(&self, op: &str, fields: &[&str]) -> Option<String>;
    /// The message for `field`, on pages whose field names are unique.
    fn of_field(&self, field: &str) -> Option<String>;
    /// The message that names no field, shown at the top of the page.
    fn general(&self) -> Option<String>;
}

impl RefusalAt for Option<Refusal> {
    fn at(&self, op: &str, field: &str) -> Option<String> {
        self.as_ref()
            .filter(|r| r.op == op)
            .and_then(|r| r.message_for(field))
    }

    fn of_form(&self, op: &str) -> Option<String> {
        self.as_ref().filter(|r| r.op == op).map(Refusal::message)
    }

    fn besides(&self, op: &str, fields: &[&str]) -> Option<String> {
        self.as_ref()
            .filter(|r| r.op == op)
            .and_then(|r| {
                r.messages
                    .iter()
                    .find(|(f, _)| !fields.contains(&f.as_str()))
            })
            .map(|(_, message)| message.clone())
    }

    fn of_field(&self, field: &str) -> Option<String> {
        self.as_ref().and_then(|r| r.message_for(field))
    }

    fn general(&self) -> Option<String> {
        self.as_ref().and_then(|r| r.message_for(""))
    }
}

/// The message for the field `name` among a refused form's (field, message) pairs.
pub fn error_for(errors: &[(String, String)], name: &str) -> Option<String> {
    errors
        .iter()
        .find(|(f, _)| f == name)
        .map(|(_, m)| m.clone())
}

/// A labelled select with its error, linked for screen readers. `blank` labels an empty
/// first choice ("all", "choose…").
#[component]
pub fn SelectField(
    name: &'static str,
    label: String,
    options: Vec<Choice>,
    #[prop(optional, into)] selected: String,
    #[prop(optional_no_strip)] blank: Option<String>,
    #[prop(optional_no_strip)] error: Option<String>,
    /// The element's id when a page has two fields of one name; the name otherwise.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let ids = FieldIds::new(id.unwrap_or_else(|| name.to_owned()), false);
    let control = view! {
        <select id=ids.control.clone() name=name aria-describedby=ids.described_by.clone()
            aria-invalid=error.is_some().then_some("true")>
            {blank.map(|b| view! { <option value="">{b}</option> })}
            {options.into_iter().map(|c| {
                let chosen = c.value == selected;
                view! { <option value=c.value selected=chosen>{c.label}</option> }
            }).collect_view()}
        </select>
    };
    view! { <FieldFrame ids label hint=None error control /> }
}

/// Choices labelled by translation: the key of each is `prefix` followed by its value.
pub fn translated(values: impl IntoIterator<Item = impl AsRef<str>>, prefix: &str) -> Vec<Choice> {
    values
        .into_iter()
        .map(|v| {
            let v = v.as_ref();
            Choice {
                value: v.to_owned(),
                label: crate::i18n::t(&format!("{prefix}{v}")),
            }
        })
        .collect()
}

/// A choice of one of the three languages, each named in itself (and marked as such for
/// screen readers).
#[component]
pub fn LanguageField(
    name: &'static str,
    label: String,
    #[prop(into)] selected: String,
    /// The element's id when a page has two fields of one name; the name otherwise.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let id = id.unwrap_or_else(|| name.to_owned());
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id name=name>
                {crate::i18n::Locale::ALL.map(|l| view! {
                    <option value=l.code() lang=l.code() selected=selected == l.code()>{l.native_name()}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// A form's fields, drawn where the form is written: unlike `Children`, they may borrow the
/// page's values (typed values, error lookups) for as long as the page is being drawn.
pub struct Fields<V>(V);

impl<F: FnOnce() -> V, V> leptos::children::ToChildren<F> for Fields<V> {
    fn to_children(draw: F) -> Self {
        Fields(draw())
    }
}

/// A form posting `op` back to this page: every form that does more than one thing on a page
/// names its step this way, and the page parses it into its op enum.
#[component]
pub fn OpForm<V: IntoView>(
    op: &'static str,
    /// Hidden fields naming what the step acts on.
    #[prop(optional)]
    hidden: Vec<(&'static str, String)>,
    /// A guest's secret key (from their link), so the step is taken as them.
    #[prop(optional_no_strip)]
    key: Option<String>,
    #[prop(default = "stack")] class: &'static str,
    /// The form's id, and the anchor its post returns to: the form posts to `#id`, so that
    /// a refused step shows its errors in view, at the form, not at the top of a long page
    /// (on a phone, screens away from it).
    #[prop(optional, into)]
    id: Option<String>,
    /// Leaves checking to the server, so its errors stand next to the fields.
    #[prop(optional)]
    novalidate: bool,
    /// For forms that carry files.
    #[prop(optional)]
    multipart: bool,
    /// The submit button's label (a translation key), after the fields; forms with other
    /// buttons draw their own.
    #[prop(optional)]
    submit: Option<&'static str>,
    children: Fields<V>,
) -> impl IntoView {
    let action = id.as_ref().map(|id| format!("#{id}"));
    view! {
        <form method="post" action=action class=(!class.is_empty()).then_some(class) id=id novalidate=novalidate
            enctype=multipart.then_some("multipart/form-data")>
            <input type="hidden" name="op" value=op />
            {key.map(|k| view! { <input type="hidden" name="key" value=k /> })}
            {hidden.into_iter().map(|(name, value)| view! { <input type="hidden" name=name value=value /> }).collect_view()}
            {children.0}
            {submit.map(|key| view! { <button type="submit">{crate::i18n::t(key)}</button> })}
        </form>
    }
}

/// A page's only form: its fields and one submit button (`submit`, a translation key),
/// posted back to the page; the server checks every field, so its errors stand by them.
#[component]
pub fn PostForm<V: IntoView>(
    submit: &'static str,
    /// For a step that cannot be undone.
    #[prop(optional)]
    danger: bool,
    children: Fields<V>,
) -> impl IntoView {
    view! {
        <form method="post" class="stack" novalidate>
            {children.0}
            <button type="submit" class=danger.then_some("danger")>{crate::i18n::t(submit)}</button>
        </form>
    }
}

/// A one-button form posting `op` (and hidden fields) back to this page.
#[component]
pub fn OpButton(
    op: &'static str,
    label: String,
    #[prop(optional)] hidden: Vec<(&'static str, String)>,
    #[prop(optional)] class: &'static str,
    #[prop(default = "")] form_class: &'static str,
) -> impl IntoView {
    view! {
        <OpForm op hidden class=form_class>
            <button type="submit" class=(!class.is_empty()).then_some(class)>{label}</button>
        </OpForm>
    }
}

/// A step on one item that needs a reason, folded away until opened (report or hide a
/// message, cancel a session): `item` is the hidden field naming the item; `children` come
/// before the reason.
#[component]
pub fn FoldedReasonForm(
    op: &'static str,
    title: String,
    item: (&'static str, i64),
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let (field, id) = item;
    let reason_id = format!("{op}-{id}");
    // The id lets the live room keep a panel open across a refresh of the thread.
    let panel_id = format!("{reason_id}-panel");
    view! {
        <details id=panel_id><summary>{title.clone()}</summary>
            <form method="post" class="stack">
                <input type="hidden" name="op" value=op />
                <input type="hidden" name=field value=id.to_string() />
                {children.map(|c| c())}
                <label for=reason_id.clone()>{crate::i18n::t("room-reason")}</label>
                <input id=reason_id name="reason" />
                {error.map(|e| view! { <p class="error" role="alert">{e}</p> })}
                <button type="submit" class="secondary">{title}</button>
            </form>
        </details>
    }
}

/// The new password of an account, with the rule it must meet; the browser may offer a
/// strong one.
#[component]
pub fn NewPasswordField(label: String, error: Option<String>) -> impl IntoView {
    view! {
        <Field name="password" kind="password" label=label hint=Some(crate::i18n::t("field-password-hint"))
            error=error autocomplete="new-password" />
    }
}

/// A yes/no box: ticked, the form posts `name=yes`.
#[component]
pub fn CheckField(
    name: &'static str,
    #[prop(into)] label: String,
    #[prop(optional)] checked: bool,
) -> impl IntoView {
    view! {
        <label class="choice"><input type="checkbox" name=name value="yes" checked=checked />" "{label}</label>
    }
}

/// Any of `options`, a box each: the form posts `name=value` for each ticked one.
#[component]
pub fn CheckboxesField(
    name: &'static str,
    legend: String,
    options: Vec<Choice>,
    /// The values ticked when the page is drawn.
    checked: Vec<String>,
) -> impl IntoView {
    view! {
        <fieldset class="field">
            <legend>{legend}</legend>
            {options.into_iter().map(|c| {
                let on = checked.contains(&c.value);
                view! { <label class="choice"><input type="checkbox" name=name value=c.value checked=on />" "{c.label}</label> }
            }).collect_view()}
        </fieldset>
    }
}

/// A labelled text area with its hint and error, linked for screen readers; typed text is
/// given back after a failed post.
#[component]
pub fn AreaField(
    name: &'static str,
    label: String,
    #[prop(optional, into)] value: String,
    #[prop(default = "3")] rows: &'static str,
    #[prop(default = "4000")] maxlength: &'static str,
    #[prop(optional_no_strip)] hint: Option<String>,
    #[prop(optional_no_strip)] error: Option<String>,
    /// The element's id when a page has two fields of one name; the name otherwise.
    #[prop(optional, into)]
    id: Option<String>,
) -> impl IntoView {
    let ids = FieldIds::new(id.unwrap_or_else(|| name.to_owned()), hint.is_some());
    let control = view! {
        <textarea id=ids.control.clone() name=name rows=rows maxlength=maxlength aria-describedby=ids.described_by.clone()
            aria-invalid=error.is_some().then_some("true")>{crate::components::text::escaped(value)}</textarea>
    };
    view! { <FieldFrame ids label hint error control /> }
}

#[cfg(test)]
mod tests {
    use super::{field, FormData};

    #[cfg(feature = "ssr")]
    #[test]
    fn a_language_asked_in_the_address_stays_after_a_post() {
        use super::with_language;
        use crate::i18n::Locale;
        assert_eq!(
            with_language("/g/KZ-1?done=support", Locale::Kk),
            "/g/KZ-1?done=support&lang=kk"
        );
        assert_eq!(
            with_language("/dashboard#alert-3", Locale::Ru),
            "/dashboard?lang=ru#alert-3"
        );
        assert_eq!(
            with_language("/room/KZ-1?lang=en#p2", Locale::Kk),
            "/room/KZ-1?lang=en#p2"
        );
        assert_eq!(
            super::language_asked("a=1&lang=xx"),
            None,
            "not one of ours"
        );
        assert_eq!(super::language_asked("lang=ru"), Some(Locale::Ru));
    }
    use serde::Deserialize;

    #[derive(Debug, PartialEq, Deserialize)]
    #[serde(tag = "op", rename_all = "kebab-case")]
    enum Op {
        Close,
        Hide {
            #[serde(default, deserialize_with = "field::number")]
            message: i64,
            #[serde(default)]
            reason: String,
        },
        Reply {
            #[serde(default, deserialize_with = "field::optional_number")]
            parent: Option<i64>,
            #[serde(default, deserialize_with = "field::yes")]
            publish: bool,
        },
    }

    fn form(fields: &[(&str, &str)]) -> FormData {
        FormData(
            fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    #[test]
    fn a_form_parses_into_its_op() {
        let hide = form(&[
            ("op", "hide"),
            ("message", "42"),
            ("reason", "spam"),
            ("key", "k"),
        ]);
        assert_eq!(
            hide.op::<Op>(),
            Some(Op::Hide {
                message: 42,
                reason: "spam".into()
            })
        );
        assert_eq!(form(&[("op", "close")]).op::<Op>(), Some(Op::Close));
    }

    #[test]
    fn fields_left_out_or_mistyped_read_as_empty() {
        assert_eq!(
            form(&[("op", "hide"), ("message", "forty")]).op::<Op>(),
            Some(Op::Hide {
                message: 0,
                reason: String::new()
            })
        );
        assert_eq!(
            form(&[("op", "reply"), ("parent", ""), ("publish", "on")]).op::<Op>(),
            Some(Op::Reply {
                parent: None,
                publish: false
            })
        );
        assert_eq!(
            form(&[("op", "reply"), ("parent", "7"), ("publish", "yes")]).op::<Op>(),
            Some(Op::Reply {
                parent: Some(7),
                publish: true
            })
        );
    }

    #[test]
    fn an_op_of_another_page_or_none_is_no_op() {
        assert_eq!(form(&[("op", "delete-everything")]).op::<Op>(), None);
        assert_eq!(form(&[("message", "1")]).op::<Op>(), None);
        assert_eq!(form(&[("op", "Close")]).op::<Op>(), None, "names are exact");
    }

    #[test]
    fn repeated_fields_an_op_does_not_read_do_not_matter() {
        let profile = form(&[("op", "close"), ("languages", "kk"), ("languages", "ru")]);
        assert_eq!(profile.op::<Op>(), Some(Op::Close));
    }
}

#[cfg(feature = "ssr")]
/// Only same-site relative paths. The candidate is resolved the way a browser resolves a
/// `Location` (the WHATWG URL parser drops tabs and newlines and reads `\\` as `/`), and kept
/// only if it stays on this site; what is sent is the resolved path, so the browser has
/// nothing left to reinterpret.
pub fn safe_next(next: Option<&str>) -> String {
    const BASE: &str = "https://kenes.invalid/";
    let base = url::Url::parse(BASE).expect("a valid base");
    match next {
        Some(n) if n.starts_with('/') => match base.join(n) {
            // `/.//host` resolves to the path `//host`, which a browser would read as a host.
            Ok(u) if u.origin() == base.origin() && !u.path().starts_with("//") => {
                u[url::Position::BeforePath..].to_owned()
            }
            _ => "/".to_owned(),
        },
        _ => "/".to_owned(),
    }
}

#[cfg(all(test, feature = "ssr"))]
mod safe_next_tests {
    use super::safe_next;

    #[test]
    fn next_stays_on_the_site() {
        assert_eq!(safe_next(Some("/track?code=1")), "/track?code=1");
        assert_eq!(
            safe_next(Some("/g/KZ-26-AAAA-BBBB#m3")),
            "/g/KZ-26-AAAA-BBBB#m3"
        );
        assert_eq!(safe_next(None), "/");
        // Known bypasses: each would leave the site in some browser.
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "\\/evil.example",
            "/\t/evil.example/",
            "/\n/evil.example",
            "/\r\n/evil.example",
            "/ /evil.example",
            "https://evil.example",
            "javascript:alert(1)",
            "/\\/evil.example",
            "\t//evil.example",
            "evil.example",
            "%2F%2Fevil.example",
            "/%09/evil.example",
            "/%5Cevil.example",
            "///evil.example",
            "/.//evil.example",
        ] {
            let next = safe_next(Some(bad));
            assert!(
                !next.contains("evil.example") || next.starts_with("/%"),
                "{bad:?} -> {next:?}"
            );
            assert!(
                next.starts_with('/') && !next.starts_with("//"),
                "{bad:?} -> {next:?}"
            );
            assert!(
                !next.contains('\\') && !next.chars().any(char::is_control),
                "{bad:?} -> {next:?}"
            );
        }
    }
}
