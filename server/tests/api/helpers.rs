use kenes_core::testing::TestDatabase;
use kenes_core::{db, seed, Backend, Pool};
use kenes_server::configuration::Settings;
use kenes_server::startup::Application;

pub struct TestApp {
    pub address: String,
    /// The operator's address serving `/metrics`, when the test asked for one.
    pub metrics_address: Option<String>,
    pub database_url: String,
    pub mail_dir: std::path::PathBuf,
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
        mail_dir: site.path().join("mail"),
        attachment_dir: site.path().join("attachments"),
        search_dir: site.path().join("search"),
        hash_files: false,
        // Open event streams would hold a stopping test server for the full grace period.
        shutdown_timeout_secs: 1,
        // One node per test; the cross-node test turns the relay on.
        room_relay: false,
        ..Settings::default()
    };
    configure(&mut settings);
    let settings_url = settings.database_url.clone();
    let mail_dir = settings.mail_dir.clone();
    let app = Application::build(settings).await.expect("app starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let metrics_address = app
        .metrics_port()
        .map(|port| format!("http://127.0.0.1:{port}"));
    actix_web::rt::spawn(app.run_until_stopped());
    let pool = db::connect(&database.url, 2).expect("pool");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        // A hung response fails the test instead of stalling the run.
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .unwrap();
    TestApp {
        database_url: settings_url,
        address,
        metrics_address,
        mail_dir,
        pool,
        client,
        _db: database,
        _site: site,
    }
}

/// A mail as delivered by the worker (file transport), decoded.
#[derive(Debug, Clone)]
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub body: String,
}

impl Mail {
    /// The first link in the body that contains `needle`.
    pub fn link(&self, needle: &str) -> String {
        self.body
            .split_whitespace()
            .find(|w| w.starts_with("http") && w.contains(needle))
            .unwrap_or_else(|| panic!("no {needle} link in {:?}", self.body))
            .to_owned()
    }
}

impl TestApp {
    /// Every mail delivered so far.
    pub fn mails(&self) -> Vec<Mail> {
        let Ok(entries) = std::fs::read_dir(&self.mail_dir) else {
            return vec![];
        };
        let mut mails: Vec<(std::time::SystemTime, Mail)> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
            .filter_map(|e| {
                // A mail being written right now is read on the next poll.
                let raw = std::fs::read(e.path()).ok()?;
                let msg = mail_parser::MessageParser::default().parse(&raw)?;
                msg.subject()?;
                let mail = Mail {
                    to: msg
                        .to()
                        .and_then(|a| a.first())
                        .and_then(|a| a.address())
                        .unwrap_or_default()
                        .to_owned(),
                    subject: msg.subject().unwrap_or_default().to_owned(),
                    body: msg.body_text(0).unwrap_or_default().into_owned(),
                };
                Some((e.metadata().ok()?.modified().ok()?, mail))
            })
            .collect();
        mails.sort_by_key(|(t, _)| *t);
        mails.into_iter().map(|(_, m)| m).collect()
    }

    /// Waits (up to 10 s) for the `n`-th mail to `to` (1-based) to be delivered.
    pub async fn wait_for_mail(&self, to: &str, n: usize) -> Mail {
        for _ in 0..100 {
            let mine: Vec<Mail> = self.mails().into_iter().filter(|m| m.to == to).collect();
            if mine.len() >= n {
                return mine[n - 1].clone();
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("mail #{n} to {to} was not delivered");
    }

    /// A browser: keeps cookies, sends the same-origin header on posts, follows nothing.
    pub fn browser(&self) -> Browser<'_> {
        Browser {
            app: self,
            cookies: Default::default(),
        }
    }
}

pub struct Browser<'a> {
    pub app: &'a TestApp,
    pub cookies: std::collections::BTreeMap<String, String>,
}

impl Browser<'_> {
    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn remember(&mut self, res: &reqwest::Response) {
        for v in res.headers().get_all("set-cookie") {
            let v = v.to_str().unwrap();
            let (pair, attrs) = v.split_once(';').unwrap_or((v, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || attrs.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
    }

    pub async fn get(&mut self, path: &str) -> reqwest::Response {
        let res = self
            .app
            .client
            .get(format!("{}{path}", self.app.address))
            .header("Accept-Language", "en")
            .header("Cookie", self.cookie_header())
            .send()
            .await
            .unwrap();
        self.remember(&res);
        res
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        let res = self
            .app
            .client
            .post(format!("{}{path}", self.app.address))
            .header("Accept-Language", "en")
            .header("Origin", &self.app.address)
            .header("Cookie", self.cookie_header())
            .form(form)
            .send()
            .await
            .unwrap();
        self.remember(&res);
        res
    }

    /// Posts a `multipart/form-data` form with files (name, file name, bytes).
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> reqwest::Response {
        let mut form = reqwest::multipart::Form::new();
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        for (k, name, bytes) in files {
            let part = reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_string());
            form = form.part(k.to_string(), part);
        }
        let res = self
            .app
            .client
            .post(format!("{}{path}", self.app.address))
            .header("Accept-Language", "en")
            .header("Origin", &self.app.address)
            .header("Cookie", self.cookie_header())
            .multipart(form)
            .send()
            .await
            .unwrap();
        self.remember(&res);
        res
    }

    /// The page at `path`, as text.
    pub async fn get_page(&mut self, path: &str) -> String {
        self.get(path).await.text().await.unwrap()
    }

    /// Posts a form and returns the page it answers with, as text.
    pub async fn post_page(&mut self, path: &str, form: &[(&str, &str)]) -> String {
        self.post(path, form).await.text().await.unwrap()
    }
}

/// Today (Kazakhstan's day) as a page shows it in English: `<time datetime="2026-12-06">6
/// December 2026</time>`.
pub fn today_as_shown() -> String {
    let today = kenes_core::clock::today().to_string();
    let long = kenes_i18n::long_date(kenes_i18n::Locale::En, &today).unwrap();
    format!(r#"<time datetime="{today}">{long}</time>"#)
}

/// What `page` carries right after the first `marker`, up to the next quote: an id, a key
/// or an address held in an attribute.
pub fn attribute_after(page: &str, marker: &str) -> String {
    let start = page
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in {page}"))
        + marker.len();
    page[start..].split('"').next().unwrap().to_owned()
}

/// Reads a live stream until it says `changed` (at most 5 s between chunks); returns all it
/// said.
pub async fn until_changed(stream: &mut reqwest::Response) -> String {
    let mut heard = String::new();
    while !heard.contains("event: changed") {
        let chunk = tokio::time::timeout(std::time::Duration::from_secs(5), stream.chunk())
            .await
            .expect("an event within 5 s")
            .unwrap()
            .unwrap();
        heard.push_str(&String::from_utf8_lossy(&chunk));
    }
    heard
}

/// A CSV download's text, checked to be one: a 200 of type `text/csv` that starts with a
/// byte-order mark (without it, spreadsheets read Cyrillic and Kazakh letters as Latin-1).
pub async fn csv_text(res: reqwest::Response) -> String {
    assert_eq!(res.status(), 200);
    let kind = res.headers()["content-type"].to_str().unwrap().to_owned();
    assert!(kind.starts_with("text/csv"), "{kind}");
    let bytes = res.bytes().await.unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "a byte-order mark for spreadsheets"
    );
    String::from_utf8(bytes[3..].to_vec()).unwrap()
}
