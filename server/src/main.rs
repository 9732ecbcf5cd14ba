use clap::{Parser, Subcommand};
use kenes_core::{db, seed};
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
}

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
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
    }
    Ok(())
}
