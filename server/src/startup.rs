//! Wiring: database, migrations, routes, middleware, and the HTTP server.

use actix_web::dev::Server;
use actix_web::middleware::{from_fn, Compress, Condition};
use actix_web::{web, App, HttpMessage, HttpResponse};
use kenes_app::app::{route_pattern, shell, App as KenesApp, FORM_PAGES};
use kenes_app::state::AppState;
use kenes_core::{db, reference, Pool};
use leptos::config::LeptosOptions;
use leptos::nonce::Nonce;
use leptos::prelude::*;
use leptos_actix::{generate_route_list, ActixRouteListing};
use leptos_router::Method;
use std::net::TcpListener;
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use tracing_actix_web::TracingLogger;

use crate::configuration::{Environment, Settings};
use crate::http::assets::{self, Assets};
use crate::http::render;
use crate::http::security::{self, CspNonce, Hsts};
use crate::workers::mail::{self, Mailer};
use crate::{http::auth, http::forms, http::locale, workers::escalation};
use kenes_app::auth::CurrentUser;
use kenes_app::rate_limit::{Quotas, RateLimits};
use kenes_core::accounts::jwt::JwtKeys;
use kenes_core::accounts::sealed::Sealer;
use tokio::sync::Notify;

pub struct Application {
    port: u16,
    metrics_port: Option<u16>,
    server: Server,
}

/// Opens the pool, applies migrations, loads missing reference data and seals two-step
/// sign-in seeds stored before sealing existed.
pub async fn prepare_database(settings: &Settings) -> anyhow::Result<Pool> {
    let pool = db::connect_waiting(
        &settings.database_url,
        settings.db_pool_size,
        std::time::Duration::from_secs(settings.db_pool_timeout_secs),
    )?;
    let sealer = Sealer::new(&settings.secret_key, &settings.previous_secret_keys);
    let (applied, loaded, sealed) = db::interact::<_, _, kenes_core::DbError>(&pool, move |conn| {
        let applied = db::run_migrations(conn)?;
        let loaded = reference::load(conn)?;
        let sealed = kenes_core::accounts::totp::seal_unsealed(conn, &sealer)?;
        Ok((applied, loaded, sealed))
    })
    .await?;
    tracing::info!(?applied, ?loaded, sealed, "database ready");
    Ok(pool)
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let pool = prepare_database(&settings).await?;
        let listener = TcpListener::bind(settings.bind)?;
        let port = listener.local_addr()?.port();
        let notify = Arc::new(Notify::new());
        let mailer = Arc::new(Mailer::new(
            settings.smtp_url.as_deref(),
            settings.mail_dir.clone(),
        )?);
        actix_web::rt::spawn(mail::run(
            pool.clone(),
            mailer,
            settings.mail_from.clone(),
            notify.clone(),
            chrono::Duration::seconds(settings.mail_lease_secs.max(1) as i64),
            Duration::from_secs(settings.mail_poll_secs.max(1)),
        ));
        actix_web::rt::spawn(escalation::run(
            pool.clone(),
            kenes_core::mail::Site::new(&settings.public_url),
            Duration::from_secs(settings.escalation_interval_secs.max(1)),
            notify.clone(),
        ));
        actix_web::rt::spawn(crate::workers::opinion_maps::run(
            pool.clone(),
            Duration::from_secs(5),
        ));
        let (search, empty) = crate::workers::search_index::open(&settings).await?;
        if empty {
            actix_web::rt::spawn(crate::workers::search_index::fill(
                pool.clone(),
                search.clone(),
            ));
        }
        let index_notify = Arc::new(Notify::new());
        actix_web::rt::spawn(crate::workers::search_index::run(
            pool.clone(),
            search.clone(),
            index_notify.clone(),
            Duration::from_secs(settings.search_interval_secs.max(1)),
        ));
        let workers = Workers {
            mail: notify,
            search,
            index: index_notify,
        };
        let metrics_port = match settings.metrics_bind {
            Some(address) => {
                let listener = TcpListener::bind(address)?;
                let port = listener.local_addr()?.port();
                actix_web::rt::spawn(crate::monitoring::serve(listener, pool.clone())?);
                Some(port)
            }
            None => None,
        };
        let server = run(listener, pool, workers, &settings)?;
        Ok(Self {
            port,
            metrics_port,
            server,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The operator's port serving `/metrics`, when `metrics_bind` is set.
    pub fn metrics_port(&self) -> Option<u16> {
        self.metrics_port
    }

    /// Runs until SIGINT/SIGTERM; in-flight requests get `shutdown_timeout_secs` to finish.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

fn leptos_options(settings: &Settings) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("kenes")
        .site_root(settings.site_root.to_string_lossy().as_ref())
        .site_pkg_dir("pkg")
        .site_addr(settings.bind)
        .hash_files(settings.hash_files)
        .env(match settings.environment {
            Environment::Development => leptos::config::Env::DEV,
            Environment::Production => leptos::config::Env::PROD,
        })
        .build()
}

/// The route list, generated once per process. Generating it sets a process-wide flag that
/// makes any resource first polled meanwhile wait forever (leptos issue #4773), so it must
/// not run while another server in the same process (tests) is rendering.
fn route_list() -> Vec<ActixRouteListing> {
    static ROUTES: OnceLock<Vec<ActixRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(KenesApp)).clone()
}

/// The path of every Leptos page (`/g/:code`, …), for the permission matrix.
pub fn page_paths() -> Vec<String> {
    route_list().iter().map(|r| r.path().to_owned()).collect()
}

/// What the pages share with the background workers.
struct Workers {
    mail: Arc<Notify>,
    search: Arc<dyn kenes_search::SearchEngine>,
    index: Arc<Notify>,
}

/// Several server processes on one PostgreSQL database hear each other's room changes.
fn spawn_room_relay(settings: &Settings, state: &AppState) {
    if settings.room_relay && settings.database_url.starts_with("postgres") {
        actix_web::rt::spawn(crate::live::room_relay::run(
            settings.database_url.clone(),
            state.rooms.clone(),
        ));
    }
}

impl From<&Settings> for forms::BodyLimits {
    fn from(settings: &Settings) -> Self {
        forms::BodyLimits {
            form_bytes: settings.form_max_bytes,
            upload_bytes: settings.upload_max_bytes,
            fields: settings.form_max_fields,
        }
    }
}

/// What every page and server function reaches through `app_state()`.
fn app_state(pool: Pool, workers: Workers, settings: &Settings) -> AppState {
    AppState {
        limits: Arc::new(rate_limits(settings, &pool)),
        pool,
        jwt: Arc::new(JwtKeys::new(
            &settings.secret_key,
            &settings.previous_secret_keys,
        )),
        sealer: Arc::new(Sealer::new(
            &settings.secret_key,
            &settings.previous_secret_keys,
        )),
        site: kenes_core::mail::Site::new(&settings.public_url),
        attachment_dir: settings.attachment_dir.clone(),
        mail_notify: workers.mail,
        search: workers.search,
        index_notify: workers.index,
        rooms: Arc::new(kenes_app::live::RoomHub::default()),
        maps: Arc::default(),
    }
}

/// The rate limits: in this node's memory on SQLite (one node), in the database on
/// PostgreSQL, where several nodes may serve behind one balancer and must count together.
fn rate_limits(settings: &Settings, pool: &Pool) -> RateLimits {
    let quotas = Quotas {
        sign_in: settings.rate_sign_in_per_hour,
        sign_up: settings.rate_sign_up_per_hour,
        reset: settings.rate_reset_per_hour,
        per_address: settings.rate_mail_per_address_per_hour,
        per_api_key: settings.rate_open311_per_key_per_hour,
        per_filer: settings.rate_open311_per_filer_per_hour,
    };
    if settings.database_url.starts_with("postgres") {
        RateLimits::shared(quotas, pool.clone())
    } else {
        RateLimits::in_memory(quotas)
    }
}

/// The context a page renders in: the shared state, the reader's language, the signed-in
/// user (resolved by the auth middleware) and the CSP nonce of this response.
fn provide_request_context(state: &AppState) {
    provide_context(state.clone());
    if let Some(req) = use_context::<leptos_actix::Request>() {
        provide_context(locale::from_request(&req));
        let user = req
            .extensions()
            .get::<Option<CurrentUser>>()
            .cloned()
            .flatten();
        provide_context(user);
        if let Some(nonce) = req.extensions().get::<CspNonce>() {
            provide_context(Nonce::from_value(nonce.0.clone()));
        }
    }
}

/// Every page answers GET at its path (and HEAD, with nothing), and a form page also takes
/// its form's POST, rendered like the page itself.
fn pages<IV: IntoView + 'static>(
    cfg: &mut web::ServiceConfig,
    routes: &[ActixRouteListing],
    context: impl Fn() + Clone + Send + 'static,
    page_shell: impl Fn() -> IV + Clone + Send + 'static,
) {
    for listing in routes {
        cfg.route(listing.path(), web::head().to(HttpResponse::Ok));
        cfg.route(
            listing.path(),
            render::page(context.clone(), page_shell.clone(), Method::Get),
        );
    }
    for path in FORM_PAGES {
        cfg.route(
            &route_pattern(path),
            render::page(context.clone(), page_shell.clone(), Method::Post),
        );
    }
}

fn run(
    listener: TcpListener,
    pool: Pool,
    workers: Workers,
    settings: &Settings,
) -> anyhow::Result<Server> {
    let options = leptos_options(settings);
    let metrics_on = settings.metrics_bind.is_some();
    let assets = web::Data::new(Assets::load(&settings.site_root, settings.hash_files)?);
    tracing::info!(files = assets.len(), root = %settings.site_root.display(), "static assets");
    let routes = route_list();
    let hsts = web::Data::new(Hsts(settings.behind_tls()));
    let pool_data = web::Data::new(pool.clone());
    let body_limits = web::Data::new(forms::BodyLimits::from(settings));
    let state = app_state(pool, workers, settings);
    spawn_room_relay(settings, &state);
    let state_data = web::Data::new(state.clone());
    let root_files = Arc::new(assets.root_files());

    let server = actix_web::HttpServer::new(move || {
        let state = state.clone();
        let context = move || provide_request_context(&state);
        let page_shell = {
            let options = options.clone();
            move || shell(options.clone())
        };
        // Pages first: actix tries the routes in order, and pages are most of what is asked.
        let mut app = App::new()
            .app_data(assets.clone())
            .app_data(hsts.clone())
            .app_data(pool_data.clone())
            .app_data(body_limits.clone())
            .app_data(state_data.clone())
            .configure(|cfg| pages(cfg, &routes, context.clone(), page_shell.clone()))
            .configure(crate::routes::configure)
            .configure(crate::api::rest::routes)
            .route("/pkg/{tail:.*}", web::get().to(assets::serve));
        for path in root_files.iter() {
            app = app.route(path, web::get().to(assets::serve));
        }
        app.default_service(render::page(context, page_shell, Method::Get))
            .app_data(web::Data::new(options.clone()))
            .wrap(Compress::default())
            .wrap(from_fn(mail::wake_after_posts))
            .wrap(from_fn(forms::stash))
            .wrap(from_fn(auth::middleware))
            .wrap(from_fn(security::same_origin))
            .wrap(from_fn(security::headers))
            // Without a metrics address nothing would read the figures: no work per request.
            .wrap(Condition::new(
                metrics_on,
                from_fn(crate::monitoring::record_requests),
            ))
            .wrap(TracingLogger::default())
    })
    .shutdown_timeout(settings.shutdown_timeout_secs)
    .client_request_timeout(Duration::from_secs(30))
    // A page larger than a few packets otherwise ends in a small one that Nagle's algorithm
    // holds until the reader acknowledges the rest, which readers delay by up to 40 ms.
    .on_connect(|conn, _| {
        if let Some(tcp) = conn.downcast_ref::<actix_web::rt::net::TcpStream>() {
            let _ = tcp.set_nodelay(true);
        }
    })
    .listen(listener)?
    .run();
    Ok(server)
}
