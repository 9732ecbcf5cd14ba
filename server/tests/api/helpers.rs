use kenes_core::testing::TestDatabase;
use kenes_core::{db, seed, Backend, Pool};
use kenes_server::configuration::Settings;
use kenes_server::startup::Application;

pub struct TestApp {
    pub address: String,
    pub pool: Pool,
    /// Follows no redirects, keeps no cookies: each test says what it sends.
    pub client: reqwest::Client,
    _db: TestDatabase,
    _site: tempfile::TempDir,
}

impl TestApp {
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .expect("request")
    }

    pub async fn get_in(&self, path: &str, accept_language: &str) -> String {
        self.client
            .get(format!("{}{path}", self.address))
            .header("Accept-Language", accept_language)
            .send()
            .await
            .expect("request")
            .text()
            .await
            .expect("body")
    }

    /// Fills the demo data set (`seed --demo`).
    pub async fn seed_demo(&self, count: usize) {
        db::interact(&self.pool, move |c| seed::demo(c, count, true))
            .await
            .expect("seed");
    }
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, |_| {}).await
}

/// Like [`spawn_app`], with settings adjusted by `configure` first.
pub async fn spawn_app_with(backend: Backend, configure: impl FnOnce(&mut Settings)) -> TestApp {
    let database = TestDatabase::new(backend);
    let site = tempfile::tempdir().expect("site root");
    std::fs::create_dir_all(site.path().join("pkg")).unwrap();
    std::fs::write(
        site.path().join("pkg/kenes.css"),
        "body{color:red}".repeat(40),
    )
    .unwrap();
    std::fs::write(site.path().join("favicon.svg"), "<svg/>").unwrap();
    let mut settings = Settings {
        bind: "127.0.0.1:0".parse().unwrap(),
        database_url: database.url.clone(),
        db_pool_size: 4,
        site_root: site.path().to_path_buf(),
        hash_files: false,
        ..Settings::default()
    };
    configure(&mut settings);
    let app = Application::build(settings).await.expect("app starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    actix_web::rt::spawn(app.run_until_stopped());
    let pool = db::connect(&database.url, 2).expect("pool");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        // A hung response fails the test instead of stalling the run.
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .unwrap();
    TestApp {
        address,
        pool,
        client,
        _db: database,
        _site: site,
    }
}
