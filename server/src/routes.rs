//! Every route the server answers besides the Leptos pages and the static files, declared
//! once: the server registers exactly these tables, and the permission matrix test
//! (`tests/api/matrix.rs`) walks exactly these, so no route can be added without a row.

use actix_web::web;

use crate::{
    api::open311, api::open_data, http::attachments, http::auth, http::health, http::locale,
    live::room_events,
};

/// Declares a route table: `const TABLE` lists (method, path), and `fn configure` registers
/// each route through `register(cfg, path, route)`.
#[macro_export]
macro_rules! route_table {
    (
        const $table:ident;
        fn $configure:ident via $register:path;
        $($method:ident $path:literal => $handler:expr;)*
    ) => {
        /// (method, path) of every route this table registers.
        pub const $table: &[(&str, &str)] = &[$((stringify!($method), $path)),*];

        pub fn $configure(cfg: &mut actix_web::web::ServiceConfig) {
            $($register(cfg, $path, actix_web::web::$method().to($handler));)*
        }
    };
}

/// A route of its own: other methods fall through to the pages (404).
fn plain(cfg: &mut web::ServiceConfig, path: &str, route: actix_web::Route) {
    cfg.route(path, route);
}

route_table! {
    const ROUTES;
    fn configure via plain;
    post "/signout" => auth::sign_out;
    post "/signout-all" => auth::sign_out_everywhere;
    get "/account/export" => auth::export;
    get "/attachments/{id}" => attachments::serve;
    get "/outcomes.csv" => open_data::csv;
    get "/outcomes.json" => open_data::json;
    get "/outcomes.atom" => open_data::atom;
    get "/grievances.csv" => open_data::grievances_csv;
    get "/grievances.json" => open_data::grievances_json;
    get "/grievances.atom" => open_data::grievances_atom;
    get "/accountability.csv" => open_data::accountability_csv;
    get "/dialogues/{id}/votes.csv" => open_data::dialogue_csv;
    get "/dialogues/{id}/votes.json" => open_data::dialogue_json;
    get "/open311/discovery.{format:json|xml}" => open311::discovery;
    get "/open311/v2/services.{format:json|xml}" => open311::services;
    get "/open311/v2/services/{code}" => open311::service_definition;
    get "/open311/v2/requests.{format:json|xml}" => open311::requests;
    post "/open311/v2/requests.{format:json|xml}" => open311::create;
    get "/open311/v2/requests/{id}" => open311::request_by_id;
    get "/room/{code}/events" => room_events::stream;
    get "/dialogues/{id}/events" => room_events::dialogue;
    get "/healthz" => health::healthz;
    get "/readyz" => health::readyz;
    get "/lang/{code}" => locale::switch;
    post "/lang/{code}" => locale::switch;
}

/// Every table: these routes and the REST API's.
pub fn all() -> Vec<(&'static str, &'static str)> {
    ROUTES
        .iter()
        .chain(crate::api::rest::ROUTES)
        .copied()
        .collect()
}
