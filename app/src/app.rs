use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::components::bundle::{BundleStylesheet, IslandScripts};
use crate::components::layout::Layout;
use crate::i18n::use_locale;
use crate::pages::accounts::account::{
    AccountPage, ChangePasswordPage, DeleteAccountPage, ProfilePage, ResetConfirmPage, ResetPage,
    SecondFactorPage, SignInPage, SignUpPage, TwoFactorSetupPage, VerifyPage,
};
use crate::pages::accounts::admin::AdminRolesPage;
use crate::pages::accounts::admin_bodies::AdminBodiesPage;
use crate::pages::accounts::mail_preferences::MailPreferencesPage;
use crate::pages::dialogues::{
    dialogue::DialoguePageView, list::DialoguesPage, open::OpenDialoguePage,
};
use crate::pages::grievances::file::FilePageView;
use crate::pages::grievances::grievance::GrievancePageView;
use crate::pages::grievances::guest::GuestConfirmPage;
use crate::pages::grievances::lists::{PublicListPage, QueuePage};
use crate::pages::grievances::mine::MyGrievancesPage;
use crate::pages::mediation::about::MediationAboutPage;
use crate::pages::mediation::confirm_commitment::ConfirmCommitmentPage;
use crate::pages::mediation::mediators::{AdminMediatorsPage, MediatorProfilePage};
use crate::pages::mediation::moderation::ModerationPage;
use crate::pages::mediation::registry::{MediatorRecordPage, MediatorRegistryPage};
use crate::pages::mediation::room::RoomPageView;
use crate::pages::outcomes::outcome_editor::OutcomeEditorPage;
use crate::pages::outcomes::public_record::{OutcomePageView, OutcomeSearchPage};
use crate::pages::oversight::{accountability::AccountabilityPage, dashboard::DashboardPage};
use crate::pages::{grievances::track::TrackPage, home::HomePage, not_found::NotFound};

/// The route table, written once: each page's path (Leptos syntax, `:param` segments) and
/// view, marked `form` when its forms post back to it. It expands to the router's routes
/// and to [`FORM_PAGES`].
macro_rules! route_table {
    ($($path:tt => $view:ident $(, $form:ident)?;)*) => {
        /// Pages whose forms post back to themselves: the server routes POSTs on these paths
        /// to the renderer (with the form's fields) as well as GETs.
        pub const FORM_PAGES: &[&str] = &[$($(route_table!(@$form $path),)?)*];

        /// Every page, rendered asynchronously: the whole page is ready before the first
        /// byte, so it needs no JavaScript to assemble and can set its status code (404)
        /// and headers.
        #[component]
        fn Pages() -> impl IntoView {
            view! {
                <Routes fallback=NotFound>
                    $(<Route path=path!($path) view=$view ssr=SsrMode::Async />)*
                </Routes>
            }
        }
    };
    (@form $path:tt) => { $path };
}

route_table! {
    "/" => HomePage;
    "/track" => TrackPage;
    "/signup" => SignUpPage, form;
    "/signin" => SignInPage, form;
    "/verify" => VerifyPage, form;
    "/reset" => ResetPage, form;
    "/reset/confirm" => ResetConfirmPage, form;
    "/account" => AccountPage;
    "/signin/2fa" => SecondFactorPage, form;
    "/account/2fa" => TwoFactorSetupPage, form;
    "/account/delete" => DeleteAccountPage, form;
    "/admin/roles" => AdminRolesPage, form;
    "/account/profile" => ProfilePage, form;
    "/file" => FilePageView, form;
    "/my" => MyGrievancesPage;
    "/g/:code" => GrievancePageView, form;
    "/room/:code" => RoomPageView, form;
    "/grievances" => PublicListPage;
    "/queue" => QueuePage;
    "/accountability" => AccountabilityPage;
    "/dashboard" => DashboardPage, form;
    "/g/:code/outcome" => OutcomeEditorPage, form;
    "/outcomes" => OutcomeSearchPage;
    "/outcomes/:id" => OutcomePageView;
    "/moderation" => ModerationPage, form;
    "/account/mail" => MailPreferencesPage, form;
    "/admin/bodies" => AdminBodiesPage, form;
    "/file/confirm" => GuestConfirmPage, form;
    "/mediator" => MediatorProfilePage, form;
    "/admin/mediators" => AdminMediatorsPage, form;
    "/account/password" => ChangePasswordPage, form;
    "/mediators" => MediatorRegistryPage;
    "/mediators/:id" => MediatorRecordPage;
    "/mediation" => MediationAboutPage;
    "/commitments/confirm" => ConfirmCommitmentPage, form;
    "/dialogues" => DialoguesPage;
    "/dialogues/new" => OpenDialoguePage, form;
    "/dialogues/:id" => DialoguePageView, form;
}

/// A form page's path as an actix route pattern (`/g/{code}`).
pub fn route_pattern(path: &str) -> String {
    path.split('/')
        .map(|segment| match segment.strip_prefix(':') {
            Some(param) => format!("{{{param}}}"),
            None => segment.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Whether a POST to `path` goes to a page's own form handling.
pub fn is_form_page(path: &str) -> bool {
    FORM_PAGES.iter().any(|page| {
        let (mut want, mut got) = (page.split('/'), path.split('/'));
        loop {
            match (want.next(), got.next()) {
                (None, None) => return true,
                (Some(w), Some(g)) if w == g => {}
                (Some(w), Some(g)) if w.starts_with(':') && !g.is_empty() => {}
                _ => return false,
            }
        }
    })
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
                <BundleStylesheet options=options.clone() />
                <IslandScripts options />
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
    view! {
        <Router>
            <Layout>
                <Pages />
            </Layout>
        </Router>
    }
}

#[cfg(test)]
mod tests {
    use super::{is_form_page, route_pattern};

    #[test]
    fn form_pages_match_their_parameters_and_nothing_else() {
        for path in [
            "/signin",
            "/g/KZ-2026-ABC",
            "/room/KZ-2026-ABC",
            "/g/X/outcome",
        ] {
            assert!(is_form_page(path), "{path}");
        }
        for path in [
            "/track",
            "/g/",
            "/g",
            "/g/X/other",
            "/room/X/events",
            "/outcomes/1",
        ] {
            assert!(!is_form_page(path), "{path}");
        }
    }

    #[test]
    fn parameters_become_actix_patterns() {
        assert_eq!(route_pattern("/g/:code/outcome"), "/g/{code}/outcome");
        assert_eq!(route_pattern("/signin"), "/signin");
    }
}
