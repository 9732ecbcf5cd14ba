use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::components::layout::Layout;
use crate::i18n::use_locale;
use crate::pages::accounts::account::{
    AccountPage, ChangePasswordPage, DeleteAccountPage, ProfilePage, ResetConfirmPage, ResetPage,
    SecondFactorPage, SignInPage, SignUpPage, TwoFactorSetupPage, VerifyPage,
};
use crate::pages::accounts::admin::AdminRolesPage;
use crate::pages::accounts::admin_bodies::AdminBodiesPage;
use crate::pages::accounts::mail_preferences::MailPreferencesPage;
use crate::pages::grievances::file::FilePageView;
use crate::pages::grievances::grievance::GrievancePageView;
use crate::pages::grievances::guest::GuestConfirmPage;
use crate::pages::grievances::lists::{PublicListPage, QueuePage};
use crate::pages::grievances::mine::MyGrievancesPage;
use crate::pages::mediation::mediators::{AdminMediatorsPage, MediatorProfilePage};
use crate::pages::mediation::room::RoomPageView;
use crate::pages::{grievances::track::TrackPage, home::HomePage, not_found::NotFound};

/// Pages whose forms post back to themselves; the server routes POSTs on these paths to
/// the renderer (with the form's fields) as well as GETs.
pub const FORM_PAGES: &[&str] = &[
    "/signup",
    "/signin",
    "/signin/2fa",
    "/verify",
    "/reset",
    "/reset/confirm",
    "/account/2fa",
    "/account/delete",
    "/account/profile",
    "/account/password",
    "/admin/roles",
    "/file",
    "/account/mail",
    "/admin/bodies",
    "/file/confirm",
    "/mediator",
    "/admin/mediators",
    "/moderation",
    "/dashboard",
];

/// Pages with a parameter whose forms post back to themselves (actix route patterns).
pub const FORM_PATTERNS: &[&str] = &["/g/{code}", "/room/{code}", "/g/{code}/outcome"];

/// Whether a POST to `path` goes to a page's own form handling.
pub fn is_form_page(path: &str) -> bool {
    let code = |c: &str| !c.is_empty() && !c.contains('/');
    FORM_PAGES.contains(&path)
        || ["/g/", "/room/"]
            .iter()
            .any(|prefix| path.strip_prefix(prefix).is_some_and(code))
        || path
            .strip_prefix("/g/")
            .and_then(|rest| rest.strip_suffix("/outcome"))
            .is_some_and(code)
}

/// The HTML document around every page.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let locale = use_locale();
    view! {
        <!DOCTYPE html>
        <html lang=locale.code()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="theme-color" content="#0b5d5b" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                <AutoReload options=options.clone() />
                <HashedStylesheet options=options.clone() id="leptos" />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Async rendering: the whole page is ready before the first byte, so it needs no
    // JavaScript to assemble and can set its status code (404) and headers.
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async />
                    <Route path=path!("/track") view=TrackPage ssr=SsrMode::Async />
                    <Route path=path!("/signup") view=SignUpPage ssr=SsrMode::Async />
                    <Route path=path!("/signin") view=SignInPage ssr=SsrMode::Async />
                    <Route path=path!("/verify") view=VerifyPage ssr=SsrMode::Async />
                    <Route path=path!("/reset") view=ResetPage ssr=SsrMode::Async />
                    <Route path=path!("/reset/confirm") view=ResetConfirmPage ssr=SsrMode::Async />
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                    <Route path=path!("/signin/2fa") view=SecondFactorPage ssr=SsrMode::Async />
                    <Route path=path!("/account/2fa") view=TwoFactorSetupPage ssr=SsrMode::Async />
                    <Route path=path!("/account/delete") view=DeleteAccountPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/roles") view=AdminRolesPage ssr=SsrMode::Async />
                    <Route path=path!("/account/profile") view=ProfilePage ssr=SsrMode::Async />
                    <Route path=path!("/file") view=FilePageView ssr=SsrMode::Async />
                    <Route path=path!("/my") view=MyGrievancesPage ssr=SsrMode::Async />
                    <Route path=path!("/g/:code") view=GrievancePageView ssr=SsrMode::Async />
                    <Route path=path!("/room/:code") view=RoomPageView ssr=SsrMode::Async />
                    <Route path=path!("/grievances") view=PublicListPage ssr=SsrMode::Async />
                    <Route path=path!("/queue") view=QueuePage ssr=SsrMode::Async />
                    <Route path=path!("/accountability") view=crate::pages::oversight::accountability::AccountabilityPage ssr=SsrMode::Async />
                    <Route path=path!("/dashboard") view=crate::pages::oversight::dashboard::DashboardPage ssr=SsrMode::Async />
                    <Route path=path!("/g/:code/outcome") view=crate::pages::outcomes::outcome_editor::OutcomeEditorPage ssr=SsrMode::Async />
                    <Route path=path!("/outcomes") view=crate::pages::outcomes::public_record::OutcomeSearchPage ssr=SsrMode::Async />
                    <Route path=path!("/outcomes/:id") view=crate::pages::outcomes::public_record::OutcomePageView ssr=SsrMode::Async />
                    <Route path=path!("/moderation") view=crate::pages::mediation::moderation::ModerationPage ssr=SsrMode::Async />
                    <Route path=path!("/account/mail") view=MailPreferencesPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/bodies") view=AdminBodiesPage ssr=SsrMode::Async />
                    <Route path=path!("/file/confirm") view=GuestConfirmPage ssr=SsrMode::Async />
                    <Route path=path!("/mediator") view=MediatorProfilePage ssr=SsrMode::Async />
                    <Route path=path!("/admin/mediators") view=AdminMediatorsPage ssr=SsrMode::Async />
                    <Route path=path!("/account/password") view=ChangePasswordPage ssr=SsrMode::Async />
                </Routes>
            </Layout>
        </Router>
    }
}
