use chrono::Utc;
use clap::{Parser, Subcommand};
use kenes_core::audit::Client;
use kenes_core::permissions::{Grant, Level, Role};
use kenes_core::{accounts::roles, db, seed};
use kenes_server::configuration::Settings;
use kenes_server::startup::{prepare_database, Application};
use kenes_server::telemetry;

/// Kenes: citizen grievances, mediation and dialogue.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the portal (the default).
    Serve,
    /// Apply pending database migrations and load missing reference data, then exit.
    Migrate,
    /// Load reference data; with --demo, also a realistic set of demo grievances.
    Seed {
        #[arg(long)]
        demo: bool,
        /// How many demo grievances.
        #[arg(long, default_value_t = 300)]
        count: usize,
        /// Replace earlier demo grievances (real ones are never touched).
        #[arg(long)]
        reset: bool,
    },
    /// Empty the search index and fill it again from the published outcomes in the
    /// database. With the embedded index, stop the server first (it holds the index).
    Reindex,
    /// Make an API key for an application filing through Open311 (printed once), or
    /// revoke the keys of an application with --revoke.
    ApiKey {
        /// The application, e.g. "Astana city app".
        #[arg(long)]
        name: String,
        #[arg(long)]
        revoke: bool,
    },
    /// Grant a staff role to an existing account (for the first administrator; afterwards
    /// administrators grant roles in the portal). Written to the audit log.
    GrantRole {
        #[arg(long)]
        email: String,
        /// official, coordinator, mediator, moderator or administrator
        #[arg(long)]
        role: String,
        /// The responsible body (officials).
        #[arg(long)]
        body: Option<String>,
        /// local, regional or national (coordinators).
        #[arg(long)]
        level: Option<String>,
        /// KATO code of the jurisdiction (coordinators, mediators).
        #[arg(long)]
        kato: Option<String>,
    },
}

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Memory freed is handed back to the system at once rather than after a delay that only
/// the next allocations end: an idle server kept what its last busy minute took (100 MiB
/// against 60 after a burst on the room page, bench/peer.sh).
fn return_freed_memory_at_once() {
    /// `mi_option_purge_delay` in mimalloc's `include/mimalloc.h` (v2 and v3), which the Rust
    /// bindings leave unnamed.
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: sets one of mimalloc's options; any thread may, at any time.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 0) };
}

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    return_freed_memory_at_once();
    let cli = Cli::parse();
    let settings = Settings::load()?;
    telemetry::init(settings.log_format);
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => {
            let app = Application::build(settings.clone()).await?;
            tracing::info!(address = %settings.bind, port = app.port(), "serving Kenes");
            app.run_until_stopped().await?;
        }
        Command::Migrate => {
            prepare_database(&settings).await?;
        }
        Command::Seed { demo, count, reset } => {
            let pool = prepare_database(&settings).await?;
            if demo {
                let added = db::interact(&pool, move |c| seed::demo(c, count, reset)).await?;
                if added == 0 {
                    println!("demo grievances already present (use --reset to replace them)");
                } else {
                    println!("added {added} demo grievances");
                }
            }
        }
        Command::Reindex => {
            let pool = prepare_database(&settings).await?;
            let engine = kenes_server::workers::search_index::engine(&settings).await?;
            let n = kenes_server::workers::search_index::rebuild(&pool, engine.as_ref()).await?;
            println!("indexed {n} published outcomes ({})", engine.name());
        }
        Command::ApiKey { name, revoke } => api_key(&settings, name, revoke).await?,
        Command::GrantRole {
            email,
            role,
            body,
            level,
            kato,
        } => grant_role(&settings, email, &role, body, level, kato).await?,
    }
    Ok(())
}

/// `kenes api-key NAME [--revoke]`: prints a new key once, or revokes the named ones.
async fn api_key(settings: &Settings, name: String, revoke: bool) -> anyhow::Result<()> {
    let pool = prepare_database(settings).await?;
    let now = Utc::now().naive_utc();
    if revoke {
        let n = db::interact(&pool, move |c| {
            kenes_core::accounts::api_keys::revoke(c, &name, now)
        })
        .await?;
        println!("revoked {n} key(s)");
    } else {
        let key = db::interact(&pool, move |c| {
            kenes_core::accounts::api_keys::create(c, &name, now)
        })
        .await?;
        println!("{key}");
    }
    Ok(())
}

/// `kenes grant-role`: the bootstrap grant, made without an administrator (the only one).
async fn grant_role(
    settings: &Settings,
    email: String,
    role: &str,
    body: Option<String>,
    level: Option<String>,
    kato: Option<String>,
) -> anyhow::Result<()> {
    let role = Role::parse(role).ok_or_else(|| anyhow::anyhow!("unknown role {role:?}"))?;
    let level = match level {
        Some(l) => Some(Level::parse(&l).ok_or_else(|| anyhow::anyhow!("unknown level {l:?}"))?),
        None => None,
    };
    let grant = Grant {
        role,
        body,
        level,
        kato,
    };
    let pool = prepare_database(settings).await?;
    let id = db::interact(&pool, move |c| {
        roles::grant(
            c,
            None,
            &email,
            &grant,
            &Client::default(),
            Utc::now().naive_utc(),
        )
    })
    .await?;
    println!("granted (grant {id})");
    Ok(())
}
