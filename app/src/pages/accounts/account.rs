//! Sign-up, e-mail verification, sign-in, password reset and the account page. Each form
//! posts to its own page (see `forms.rs`), so all of it works without JavaScript.

use crate::components::layout::Page;
use crate::components::loaded::Loaded;
use crate::components::notice::{ErrorNotice, StatusNotice};
use kenes_core::permissions::Tool;
use leptos::prelude::*;

use crate::auth::require_user;
use crate::forms::{
    link_token, use_form, Field, FormData, LanguageField, NewPasswordField, PostForm, TokenButton,
};
use crate::i18n::t;

/// What a posted form came to: the typed values back, errors by field, or a message.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub form: FormData,
    pub field_errors: Vec<(String, String)>,
    pub error: Option<String>,
    pub done: bool,
    /// What the step produced for the page: a TOTP secret and link, or recovery codes.
    pub extra: Vec<String>,
}

impl Outcome {
    fn field(&self, name: &str) -> Option<String> {
        crate::forms::error_for(&self.field_errors, name)
    }
}

/// Runs the page's action when the request is a POST. Pages render only on the server,
/// so in the browser build this is never reached with a form.
async fn outcome_of(kind: Action, form: Option<FormData>) -> Outcome {
    #[cfg(feature = "ssr")]
    {
        match form {
            Some(form) => actions::run(kind, form).await,
            None => actions::initial(kind).await,
        }
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (kind, form);
        Outcome::default()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    SignUp,
    SignIn,
    Verify,
    Reset,
    ResetConfirm,
    SecondFactor,
    TwoFactorSetup,
    DeleteAccount,
    Profile,
    ChangePassword,
}

/// The page frame all account forms share: title, lead, and the action's outcome; once the
/// step is done, the `done` notice in place of the form.
#[component]
fn FormPage<F, V>(
    action: Action,
    title: &'static str,
    #[prop(optional)] lead: Option<&'static str>,
    /// What the page says instead of its form once the step is done.
    #[prop(optional)]
    done: Option<&'static str>,
    /// Once done, the page leads on to signing in (a mailed link's token is used up).
    #[prop(optional)]
    then_sign_in: bool,
    /// Only for the signed-in (the others are sent to sign in).
    #[prop(optional)]
    members_only: bool,
    body: F,
) -> impl IntoView
where
    F: Fn(Outcome) -> V + Send + Sync + Clone + 'static,
    V: IntoView + 'static,
{
    if members_only && require_user().is_none() {
        return ().into_any();
    }
    let outcome = outcome_of(action, use_form());
    view! {
        <Page title=title lead=lead class="narrow">
            <Loaded page=outcome render=move |outcome: Outcome| match done.filter(|_| outcome.done) {
                // With a done notice, `extra` holds further lines of it.
                Some(key) => view! {
                    <StatusNotice message=t(key) />
                    {outcome.extra.iter().map(|line| view! { <p>{line.clone()}</p> }).collect_view()}
                    {then_sign_in.then(|| view! {
                        <p><a class="button" href=going_on("/signin", &next_of(&outcome))>{t("signin-title")}</a></p>
                    })}
                }.into_any(),
                None => view! {
                    <ErrorNotice message=outcome.error.clone() />
                    {body(outcome)}
                }.into_any(),
            } />
        </Page>
    }
    .into_any()
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    view! {
        <FormPage action=Action::SignUp title="signup-title" done="signup-done" body=|o: Outcome| {
            // Either way, the reader goes on where they were going.
            let signin = going_on("/signin", &next_of(&o));
            view! {
            <PostForm submit="signup-submit">
                <input type="hidden" name="next" value=next_of(&o) />
                <Field name="email" kind="email" label=t("field-email") value=o.form.get("email")
                    error=o.field("email") autocomplete="email" />
                <Field name="display_name" label=t("field-display-name") value=o.form.get("display_name")
                    hint=Some(t("field-display-name-hint")) error=o.field("display_name") autocomplete="nickname" />
                <NewPasswordField label=t("field-password") error=o.field("password") />
            </PostForm>
            <p><a href=signin>{t("signup-have-account")}</a></p>
        }} />
    }
}

/// `path` leading on to `next` (a path on this site, made safe) once the reader is signed
/// in; `path` alone when there is nowhere to go on to.
fn going_on(path: &str, next: &str) -> String {
    if next.is_empty() {
        return path.to_owned();
    }
    // The page is drawn on the server, where the address is made safe.
    #[cfg(feature = "ssr")]
    let next = &crate::forms::safe_next(Some(next));
    format!("{path}?next={}", urlencoding::encode(next))
}

/// Where to go after signing in, as the page was asked (`?next=/queue`); kept through a
/// refused attempt and the second step.
fn next_of(o: &Outcome) -> String {
    crate::forms::carried(Some(&o.form), "next")
}

#[component]
pub fn SignInPage() -> impl IntoView {
    view! {
        <FormPage action=Action::SignIn title="signin-title" body=|o: Outcome| {
            let signup = going_on("/signup", &next_of(&o));
            view! {
            <PostForm submit="signin-submit">
                <input type="hidden" name="next" value=next_of(&o) />
                <Field name="email" kind="email" label=t("field-email") value=o.form.get("email")
                    error=o.field("email") autocomplete="email" />
                <Field name="password" kind="password" label=t("field-password")
                    error=o.field("password") autocomplete="current-password" />
            </PostForm>
            <p><a href="/reset">{t("signin-forgot")}</a></p>
            <p><a href=signup>{t("signin-no-account")}</a></p>
        }} />
    }
}

/// The link from the mail opens this page; confirming is a POST, so that mail scanners
/// that follow links do not use the token up.
#[component]
pub fn VerifyPage() -> impl IntoView {
    view! {
        <FormPage action=Action::Verify title="verify-title" done="verify-done" then_sign_in=true body=|o: Outcome| view! {
            <p>{t("verify-lead")}</p>
            <TokenButton token=link_token(Some(&o.form)) submit="verify-submit" />
        } />
    }
}

#[component]
pub fn ResetPage() -> impl IntoView {
    view! {
        <FormPage action=Action::Reset title="reset-title" lead="reset-lead" done="reset-done" body=|o: Outcome| view! {
            <PostForm submit="reset-submit">
                <Field name="email" kind="email" label=t("field-email") value=o.form.get("email")
                    error=o.field("email") autocomplete="email" />
            </PostForm>
        } />
    }
}

#[component]
pub fn ResetConfirmPage() -> impl IntoView {
    view! {
        <FormPage action=Action::ResetConfirm title="reset-new-title" done="reset-new-done" then_sign_in=true body=|o: Outcome| view! {
            <PostForm submit="reset-new-submit">
                <input type="hidden" name="token" value=link_token(Some(&o.form)) />
                <NewPasswordField label=t("field-new-password") error=o.field("password") />
            </PostForm>
        } />
    }
}

/// After a right password, for accounts with two-step sign-in.
#[component]
pub fn SecondFactorPage() -> impl IntoView {
    view! {
        <FormPage action=Action::SecondFactor title="mfa-title" lead="mfa-lead" body=|o: Outcome| view! {
            <PostForm submit="mfa-submit">
                <input type="hidden" name="next" value=next_of(&o) />
                <Field name="code" label=t("mfa-code") hint=Some(t("mfa-code-hint"))
                    error=o.field("code") autocomplete="one-time-code" />
            </PostForm>
        } />
    }
}

/// Enrolment in two-step sign-in: start (a new secret), confirm with a code, and the
/// recovery codes shown once.
#[component]
pub fn TwoFactorSetupPage() -> impl IntoView {
    let Some(user) = require_user() else {
        return ().into_any();
    };
    view! {
        <FormPage action=Action::TwoFactorSetup title="totp-title" lead="totp-lead" body=move |o: Outcome| {
            if o.done {
                return view! {
                    <StatusNotice message=t("totp-done") />
                    <p>{t("totp-codes-lead")}</p>
                    <ul class="codes">{o.extra.into_iter().map(|c| view! { <li><code>{c}</code></li> }).collect_view()}</ul>
                    <p><a class="button" href="/account">{t("account-title")}</a></p>
                }.into_any();
            }
            if user.second_factor {
                return view! { <StatusNotice message=t("totp-on") /> }.into_any();
            }
            match (o.extra.first().cloned(), o.extra.get(1).cloned()) {
                (Some(secret), Some(uri)) => view! {
                    <ol class="steps-plain">
                        <li>
                            {t("totp-step-app")} " "
                            <a href=uri>{t("totp-open-app")}</a>
                        </li>
                        <li>{t("totp-step-secret")} <code class="secret">{secret}</code></li>
                    </ol>
                    <PostForm submit="totp-confirm">
                        <input type="hidden" name="step" value="confirm" />
                        <Field name="code" label=t("mfa-code") error=o.field("code") autocomplete="one-time-code" />
                    </PostForm>
                }.into_any(),
                _ => view! {
                    <form method="post" class="stack">
                        <input type="hidden" name="step" value="start" />
                        <button type="submit">{t("totp-start")}</button>
                    </form>
                }.into_any(),
            }
        } />
    }
    .into_any()
}

/// Display name, legal name (never public) and preferred language.
#[component]
pub fn ProfilePage() -> impl IntoView {
    view! {
        <FormPage action=Action::Profile members_only=true title="profile-title" body=|o: Outcome| {
            // The fields are drawn by `move` closures: they take the outcome by reference.
            let o = &o;
            // Before a post, `extra` holds the stored values: name, legal name, language.
            let value = |i: usize, name: &str| if o.form.0.is_empty() { o.extra.get(i).cloned().unwrap_or_default() } else { o.form.get(name) };
            let locale = value(2, "locale");
            view! {
                <StatusNotice message=o.done.then(|| t("profile-saved")) />
                <PostForm submit="profile-save">
                    <Field name="display_name" label=t("field-display-name") value=value(0, "display_name")
                        hint=Some(t("field-display-name-hint")) error=o.field("display_name") autocomplete="nickname" />
                    <Field name="legal_name" label=t("field-legal-name") value=value(1, "legal_name")
                        hint=Some(t("field-legal-name-hint")) error=o.field("legal_name") autocomplete="name" />
                    <LanguageField name="locale" label=t("field-locale") selected=locale />
                </PostForm>
            }.into_any()
        } />
    }
}

#[component]
pub fn ChangePasswordPage() -> impl IntoView {
    view! {
        <FormPage action=Action::ChangePassword members_only=true title="password-title" done="password-changed" body=|o: Outcome| view! {
            <PostForm submit="password-submit">
                <Field name="current_password" kind="password" label=t("field-current-password")
                    error=o.field("current_password") autocomplete="current-password" />
                <NewPasswordField label=t("field-new-password") error=o.field("password") />
            </PostForm>
        } />
    }
}

/// Deleting the account asks for the password again.
#[component]
pub fn DeleteAccountPage() -> impl IntoView {
    view! {
        <FormPage action=Action::DeleteAccount title="delete-title" done="delete-done" body=|o: Outcome| view! {
            <p>{t("delete-lead")}</p>
            <PostForm submit="delete-submit" danger=true>
                <Field name="password" kind="password" label=t("field-password")
                    error=o.field("password") autocomplete="current-password" />
            </PostForm>
        } />
    }
}

/// The title of a staff page, as its link reads.
fn tool_title(tool: Tool) -> &'static str {
    match tool {
        Tool::Queue => "queue-title",
        Tool::Moderation => "moderation-title",
        Tool::Dashboard => "dash-title",
        Tool::Roles => "nav-admin",
        Tool::Bodies => "bodies-title",
        Tool::MediatorProfile => "mediator-title",
        Tool::Mediators => "mediators-title",
    }
}

#[component]
pub fn AccountPage() -> impl IntoView {
    let Some(user) = require_user() else {
        return view! { <p><a href="/signin">{t("signin-title")}</a></p> }.into_any();
    };
    view! {
        <Page title="account-title" class="narrow">
            {(user.staff && !user.second_factor).then(|| view! {
                <p class="notice error-notice" role="alert">
                    {t("totp-required")} " " <a href="/account/2fa">{t("totp-title")}</a>
                </p>
            })}
            <dl class="facts">
                <dt>{t("field-display-name")}</dt>
                <dd>{user.display_name}</dd>
                <dt>{t("field-email")}</dt>
                <dd>{user.email}</dd>
            </dl>
            <ul class="links">
                <li><a href="/account/profile">{t("profile-title")}</a></li>
                <li><a href="/account/password">{t("password-title")}</a></li>
                <li><a href="/account/2fa">{t("totp-title")}</a></li>
                <li><a href="/account/mail">{t("account-mail-link")}</a></li>
                {user.tools.iter().map(|tool| view! {
                    <li><a href=tool.as_str()>{t(tool_title(*tool))}</a></li>
                }).collect_view()}
                <li><a href="/account/export" download="kenes-my-data.json">{t("account-export")}</a></li>
                <li><a href="/account/delete">{t("delete-title")}</a></li>
            </ul>
            <form method="post" action="/signout" class="stack">
                <button type="submit">{t("account-signout")}</button>
            </form>
            <form method="post" action="/signout-all" class="stack">
                <p class="hint">{t("account-signout-all-hint")}</p>
                <button type="submit" class="secondary">{t("account-signout-all")}</button>
            </form>
        </Page>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
mod actions {
    use actix_web::cookie::Cookie;
    use actix_web::http::header::{HeaderValue, SET_COOKIE};
    use chrono::Utc;
    use kenes_core::accounts::{self, totp, SignIn, SignUp};
    use kenes_core::db::interact;
    use kenes_core::error::Error;

    use super::{going_on, Action, Outcome};
    use crate::auth::{
        access_cookie, cleared_mfa_cookie, mfa_cookie, refresh_cookie, use_user, MFA_COOKIE,
    };
    use crate::forms::{redirect, safe_next, FormData};
    use crate::i18n::{t, use_locale};
    use crate::rate_limit::Limited;
    use crate::state::{app_state, client, AppState};

    pub async fn run(action: Action, form: FormData) -> Outcome {
        let state = app_state();
        let ip = client().ip.unwrap_or_default();
        let email = form.get("email").trim().to_lowercase();
        let budgets: &[(Limited, &str)] = match action {
            Action::SignIn | Action::SecondFactor => &[(Limited::SignIn, &ip)],
            Action::SignUp => &[(Limited::SignUp, &ip), (Limited::Address, &email)],
            Action::Reset => &[(Limited::Reset, &ip), (Limited::Address, &email)],
            Action::Verify
            | Action::ResetConfirm
            | Action::TwoFactorSetup
            | Action::DeleteAccount
            | Action::Profile
            | Action::ChangePassword => &[],
        };
        for (what, key) in budgets {
            if let Err(refused) = state.limits.check(*what, key).await {
                return failed(form, crate::errors::refused(refused, "account"));
            }
        }
        match perform(&state, action, &form).await {
            Ok(Step::Done(extra)) => Outcome {
                form,
                done: true,
                extra,
                ..Outcome::default()
            },
            Ok(Step::Continue(extra)) => Outcome {
                form,
                extra,
                ..Outcome::default()
            },
            Err((e, extra)) => Outcome {
                extra,
                ..explain(form, e)
            },
        }
    }

    /// What a page shows before anything is posted.
    pub async fn initial(action: Action) -> Outcome {
        let state = app_state();
        let (Action::Profile, Some(user)) = (action, use_user()) else {
            return Outcome::default();
        };
        match interact(&state.pool, move |c| accounts::profile(c, user.id)).await {
            Ok(p) => Outcome {
                extra: vec![p.display_name, p.legal_name, p.locale],
                ..Outcome::default()
            },
            Err(e) => failed(
                FormData::default(),
                crate::errors::load_failed(e, "profile"),
            ),
        }
    }

    fn failed(form: FormData, message: String) -> Outcome {
        Outcome {
            form,
            error: Some(message),
            ..Outcome::default()
        }
    }

    fn explain(form: FormData, error: Error) -> Outcome {
        match error {
            Error::Invalid(fields) => Outcome {
                form,
                field_errors: crate::errors::field_messages(&fields, ""),
                ..Outcome::default()
            },
            Error::SecondFactorInvalid => Outcome {
                form,
                field_errors: vec![("code".into(), t("err-code"))],
                ..Outcome::default()
            },
            // A session that ended under the form is not the reader's mistake to correct.
            Error::SessionInvalid | Error::SessionReused => {
                tracing::error!(%error, "account action");
                failed(form, t("err-server"))
            }
            other => failed(form, crate::errors::explain(other, "").1),
        }
    }

    /// How a step ended: finished (show the result) or a further step to show.
    enum Step {
        Done(Vec<String>),
        Continue(Vec<String>),
    }

    /// What the database part of a step produced, for the response.
    enum Effect {
        None,
        Session(accounts::IssuedSession),
        Ticket(i64),
        Enrolment(totp::Enrolment),
        Codes(Vec<String>),
        Deleted,
        /// Saved; the reader's interface follows the preferred language from now on.
        Profile(String),
        /// The address is confirmed, and this many grievances filed from it without an
        /// account are the account's now.
        Verified(usize),
    }

    fn set_cookies(cookies: impl IntoIterator<Item = Cookie<'static>>) {
        if let Some(res) = leptos::prelude::use_context::<leptos_actix::ResponseOptions>() {
            for cookie in cookies {
                if let Ok(v) = HeaderValue::from_str(&cookie.to_string()) {
                    res.append_header(SET_COOKIE, v);
                }
            }
        }
    }

    fn mfa_ticket() -> Option<String> {
        let req = leptos::prelude::use_context::<leptos_actix::Request>()?;
        let ticket = req.cookie(MFA_COOKIE).map(|c| c.value().to_owned());
        ticket
    }

    /// Starts enrolment (a new secret) or confirms it with a code; a wrong code shows the
    /// same secret again beside the error.
    fn two_factor_setup(
        c: &mut kenes_core::Db,
        sealer: &kenes_core::accounts::sealed::Sealer,
        user: &crate::auth::CurrentUser,
        form: &FormData,
        client: &kenes_core::audit::Client,
        now: chrono::NaiveDateTime,
    ) -> Result<Effect, (Error, Option<totp::Enrolment>)> {
        if form.get("step") != "confirm" {
            return totp::begin(c, sealer, user.id)
                .map(Effect::Enrolment)
                .map_err(|e| (e, None));
        }
        let code = form.get("code");
        match totp::confirm(
            c,
            sealer,
            user.id,
            &code,
            Some(&user.session_id),
            client,
            now,
        ) {
            Ok(codes) => Ok(Effect::Codes(codes)),
            Err(e) => Err((e, totp::pending(c, sealer, user.id).ok().flatten())),
        }
    }

    /// What the reader sees after an action took effect: cookies set or cleared, and where
    /// the form goes next.
    fn step_of(state: &AppState, action: Action, effect: Effect, next: &str) -> Step {
        let now = Utc::now().timestamp();
        match effect {
            Effect::None => Step::Done(vec![]),
            Effect::Session(session) => {
                let access = state.jwt.issue(session.user_id, &session.session_id, now);
                let mut cookies =
                    vec![access_cookie(access), refresh_cookie(session.refresh_token)];
                if action == Action::SecondFactor {
                    cookies.push(cleared_mfa_cookie());
                }
                set_cookies(cookies);
                // Back where the sign-in was asked for (`/queue`), else the account.
                let back = Some(next).filter(|n| !n.is_empty());
                redirect(&back.map_or_else(|| "/account".to_owned(), |n| safe_next(Some(n))));
                Step::Done(vec![])
            }
            Effect::Ticket(user_id) => {
                set_cookies([mfa_cookie(state.jwt.issue_mfa_ticket(user_id, now))]);
                redirect(&going_on("/signin/2fa", next));
                Step::Continue(vec![])
            }
            Effect::Enrolment(e) => Step::Continue(vec![e.secret, e.uri]),
            Effect::Codes(codes) => Step::Done(codes),
            Effect::Verified(0) => Step::Done(vec![]),
            Effect::Verified(n) => Step::Done(vec![crate::i18n::t_args(
                "verify-adopted",
                &[("n", (n as i64).into())],
            )]),
            Effect::Profile(locale) => {
                set_cookies([crate::auth::locale_cookie(&locale, state.site.is_https())]);
                Step::Done(vec![])
            }
            Effect::Deleted => {
                set_cookies(crate::auth::cleared_cookies());
                Step::Done(vec![])
            }
        }
    }

    /// What an account step is taken with.
    struct Asked {
        form: FormData,
        client: kenes_core::audit::Client,
        site: kenes_core::mail::Site,
        sealer: std::sync::Arc<kenes_core::accounts::sealed::Sealer>,
    }

    /// The steps of someone not (yet) signed in: signing up and in, and the mailed links.
    fn step_signed_out(
        c: &mut kenes_core::Db,
        action: Action,
        a: &Asked,
        locale: String,
        ticket_user: Option<i64>,
    ) -> Result<Effect, Error> {
        let now = Utc::now().naive_utc();
        let (form, client, site) = (&a.form, &a.client, &a.site);
        match action {
            Action::SignUp => {
                let next = form.get("next");
                let input = SignUp {
                    email: form.get("email"),
                    display_name: form.get("display_name"),
                    password: form.get("password"),
                    locale,
                    next: (!next.is_empty()).then(|| crate::forms::safe_next(Some(&next))),
                };
                accounts::sign_up(c, &input, client, site, now).map(|_| Effect::None)
            }
            Action::SignIn => {
                match accounts::sign_in(c, &form.get("email"), &form.get("password"), client, now)?
                {
                    SignIn::Session(s) => Ok(Effect::Session(s)),
                    SignIn::SecondFactor { user_id } => Ok(Effect::Ticket(user_id)),
                }
            }
            Action::SecondFactor => {
                let user_id = ticket_user.ok_or(Error::TokenInvalid)?;
                totp::verify(c, &a.sealer, user_id, &form.get("code"), client, now)?;
                accounts::complete_sign_in(c, user_id, client, now).map(Effect::Session)
            }
            Action::Verify => {
                kenes_core::grievances::guest::verify_email(c, &form.get("token"), client, now)
                    .map(Effect::Verified)
            }
            Action::Reset => {
                accounts::request_password_reset(c, &form.get("email"), client, site, now)
                    .map(|_| Effect::None)
            }
            Action::ResetConfirm => {
                let (token, password) = (form.get("token"), form.get("password"));
                accounts::reset_password(c, &token, &password, client, site, now)
                    .map(|_| Effect::None)
            }
            Action::ChangePassword
            | Action::Profile
            | Action::DeleteAccount
            | Action::TwoFactorSetup => Err(Error::SessionInvalid),
        }
    }

    /// The steps on one's own account; a second factor's enrolment keeps its secret on error.
    fn step_signed_in(
        c: &mut kenes_core::Db,
        action: Action,
        a: &Asked,
        user: &crate::auth::CurrentUser,
    ) -> Result<Effect, (Error, Option<totp::Enrolment>)> {
        let now = Utc::now().naive_utc();
        let form = &a.form;
        let effect = match action {
            Action::ChangePassword => accounts::change_password(
                c,
                user.id,
                &form.get("current_password"),
                &form.get("password"),
                &user.session_id,
                &a.client,
                &a.site,
                now,
            )
            .map(|_| Effect::None),
            Action::Profile => {
                let profile = accounts::Profile {
                    display_name: form.get("display_name"),
                    legal_name: form.get("legal_name"),
                    locale: form.get("locale"),
                };
                accounts::update_profile(c, user.id, &profile, &a.client, now)
                    .map(|_| Effect::Profile(profile.locale))
            }
            Action::DeleteAccount => {
                accounts::personal_data::delete(c, user.id, &form.get("password"), now)
                    .map(|_| Effect::Deleted)
            }
            Action::TwoFactorSetup => {
                return two_factor_setup(c, &a.sealer, user, form, &a.client, now);
            }
            _ => Err(Error::Forbidden),
        };
        effect.map_err(|e| (e, None))
    }

    async fn perform(
        state: &AppState,
        action: Action,
        form: &FormData,
    ) -> Result<Step, (Error, Vec<String>)> {
        let locale = use_locale().code().to_owned();
        let user = use_user();
        let ticket_user = mfa_ticket().and_then(|t| state.jwt.verify_mfa_ticket(&t).ok());
        let own_account = matches!(
            action,
            Action::TwoFactorSetup
                | Action::DeleteAccount
                | Action::Profile
                | Action::ChangePassword
        );
        if own_account && user.is_none() {
            return Err((Error::SessionInvalid, vec![]));
        }
        let asked = Asked {
            form: form.clone(),
            client: client(),
            site: state.site.clone(),
            sealer: state.sealer.clone(),
        };
        let effect = interact(&state.pool, move |c| {
            Ok(match user.filter(|_| own_account) {
                Some(user) => step_signed_in(c, action, &asked, &user),
                None => {
                    step_signed_out(c, action, &asked, locale, ticket_user).map_err(|e| (e, None))
                }
            })
        })
        .await
        .map_err(|e| (Error::Db(e), vec![]))?
        .map_err(|(e, pending)| {
            (
                e,
                pending.map(|p| vec![p.secret, p.uri]).unwrap_or_default(),
            )
        })?;
        Ok(step_of(state, action, effect, &form.get("next")))
    }
}
