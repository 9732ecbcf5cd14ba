//! The parts every fault test needs: the server binary as a real process that can be killed
//! and started again, a real SMTP server that can be down, free ports and bounded waits.

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::Utc;
use diesel::prelude::*;
use kenes_core::db::interact;
use kenes_core::schema::users;
use kenes_core::testing::account;
use kenes_core::{DbError, Pool};

/// The binary under test: the release build when `make test` names it in `KENES_BIN`, the
/// debug build of this test run otherwise.
pub fn binary() -> PathBuf {
    std::env::var_os("KENES_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_kenes")))
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Kills the child when the test ends, however it ends.
pub struct Guard(pub Child);

impl Guard {
    /// SIGKILL, as a crash or the OOM killer would: no shutdown code runs.
    pub fn kill(&mut self) {
        self.0.kill().unwrap();
        self.0.wait().unwrap();
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Waits until `ready`, failing the test after `limit`.
pub fn wait_for(mut ready: impl FnMut() -> bool, what: &str, limit: Duration) {
    let start = Instant::now();
    while !ready() {
        assert!(start.elapsed() < limit, "{what}: not within {limit:?}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// A real SMTP server (aiosmtpd) that writes each mail it accepts as JSON into `folder`.
pub fn smtp_sink(port: u16, folder: &Path) -> Guard {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../e2e/smtp_sink.py");
    let child = Command::new("python3")
        .args([script, &port.to_string(), folder.to_str().unwrap()])
        .stdout(Stdio::null())
        .spawn()
        .expect("python3 with aiosmtpd (installed by scripts/bootstrap.sh)");
    wait_for(
        || std::net::TcpStream::connect(("127.0.0.1", port)).is_ok(),
        "SMTP sink",
        Duration::from_secs(30),
    );
    Guard(child)
}

/// Received mails by Message-ID, with how often each arrived.
pub fn received(folder: &Path) -> BTreeMap<String, usize> {
    let mut seen = BTreeMap::new();
    for entry in std::fs::read_dir(folder).unwrap().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "json") {
            let text = std::fs::read_to_string(&path).unwrap();
            let mail: serde_json::Value = serde_json::from_str(&text).unwrap();
            let id = mail["message_id"].as_str().unwrap().to_owned();
            *seen.entry(id).or_insert(0) += 1;
        }
    }
    seen
}

/// How to start Kenes: its database, mail server, folders and any further settings.
pub struct Setup {
    pub database_url: String,
    pub smtp_port: u16,
    /// Site root, attachments and the embedded search index live below it.
    pub site: PathBuf,
    pub env: Vec<(String, String)>,
}

impl Setup {
    pub fn new(database_url: &str, smtp_port: u16, site: &Path) -> Setup {
        std::fs::create_dir_all(site.join("pkg")).unwrap();
        Setup {
            database_url: database_url.to_owned(),
            smtp_port,
            site: site.to_owned(),
            env: vec![],
        }
    }

    pub fn with(mut self, key: &str, value: &str) -> Setup {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }
}

/// A running Kenes process.
pub struct Kenes {
    pub address: String,
    pub process: Guard,
}

impl Kenes {
    /// Starts the binary and waits until it answers.
    pub fn start(setup: &Setup) -> Kenes {
        let port = free_port();
        let child = Command::new(binary())
            .arg("serve")
            .env("DATABASE_URL", &setup.database_url)
            .env("KENES_BIND", format!("127.0.0.1:{port}"))
            .env("KENES_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
            .env(
                "KENES_SMTP_URL",
                format!("smtp://127.0.0.1:{}", setup.smtp_port),
            )
            .env("KENES_SITE_ROOT", &setup.site)
            .env("KENES_SEARCH_DIR", setup.site.join("search"))
            .env("KENES_ATTACHMENT_DIR", setup.site.join("attachments"))
            .env("KENES_MAIL_LEASE_SECS", "2")
            .envs(setup.env.iter().map(|(k, v)| (k, v)))
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .spawn()
            .expect("kenes binary");
        let mut process = Guard(child);
        wait_for(
            || {
                // A server that could not start says so at once, not after the limit.
                if let Ok(Some(status)) = process.0.try_wait() {
                    panic!("Kenes exited while starting: {status}");
                }
                std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
            },
            "Kenes listening",
            Duration::from_secs(60),
        );
        Kenes {
            address: format!("http://127.0.0.1:{port}"),
            process,
        }
    }
}

/// A PostgreSQL server of the test's own, which it may stop and start without disturbing
/// the other tests. Run as the `postgres` system account, as Debian's package sets it up.
pub struct PrivatePostgres {
    _dir: tempfile::TempDir,
    data: PathBuf,
    pub port: u16,
}

impl PrivatePostgres {
    pub fn start() -> PrivatePostgres {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        run("chmod", &["755", dir.path().to_str().unwrap()]);
        run("chown", &["postgres", data.to_str().unwrap()]);
        let pg = PrivatePostgres {
            _dir: dir,
            data,
            port: free_port(),
        };
        pg.as_postgres("initdb", &["-D", pg.data(), "-A", "trust", "-U", "kenes"]);
        pg.up();
        pg
    }

    fn data(&self) -> &str {
        self.data.to_str().unwrap()
    }

    pub fn url(&self) -> String {
        format!("postgres://kenes@127.0.0.1:{}/postgres", self.port)
    }

    pub fn up(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1",
            self.port,
            self.data()
        );
        // The server's log goes to a file: an inherited pipe would keep `pg_ctl` waiting.
        let log = self.data.join("server.log");
        let log = log.to_str().unwrap();
        self.as_postgres(
            "pg_ctl",
            &["-D", self.data(), "-o", &options, "-l", log, "-w", "start"],
        );
    }

    /// A fast shutdown: open connections are cut, as in a restart or a fail-over.
    pub fn down(&self) {
        self.as_postgres("pg_ctl", &["-D", self.data(), "-m", "fast", "-w", "stop"]);
    }

    fn as_postgres(&self, tool: &str, args: &[&str]) {
        let bin = postgres_bin().join(tool);
        let mut all = vec!["-u", "postgres", "--", bin.to_str().unwrap()];
        all.extend(args);
        run("runuser", &all);
    }
}

impl Drop for PrivatePostgres {
    fn drop(&mut self) {
        let bin = postgres_bin().join("pg_ctl");
        let _ = Command::new("runuser")
            .args(["-u", "postgres", "--", bin.to_str().unwrap()])
            .args(["-D", self.data(), "-m", "immediate", "stop"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
}

/// The newest PostgreSQL of Debian's packages (`scripts/postgres.sh` installs it).
fn postgres_bin() -> PathBuf {
    let root = Path::new("/usr/lib/postgresql");
    let mut versions: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("PostgreSQL installed under /usr/lib/postgresql")
        .flatten()
        .map(|e| e.path())
        .collect();
    versions.sort();
    versions.pop().expect("a PostgreSQL version").join("bin")
}

fn run(program: &str, args: &[&str]) {
    let out = Command::new(program).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{program} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A small disk of the test's own (a tmpfs), to be filled up and freed again.
pub struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    pub fn mount(mebibytes: u32) -> SmallDisk {
        let dir = tempfile::tempdir().unwrap();
        let size = format!("size={mebibytes}m");
        run(
            "mount",
            &[
                "-t",
                "tmpfs",
                "-o",
                &size,
                "tmpfs",
                dir.path().to_str().unwrap(),
            ],
        );
        SmallDisk { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    fn filler(&self) -> PathBuf {
        self.path().join("filler")
    }

    /// Takes every free byte, as a full disk would.
    pub fn fill(&self) {
        use std::io::Write;
        let mut file = std::fs::File::create(self.filler()).unwrap();
        let block = vec![0u8; 64 * 1024];
        loop {
            match file.write(&block) {
                Ok(0) => break,
                Ok(_) => continue,
                Err(e) if e.kind() == std::io::ErrorKind::StorageFull => break,
                Err(e) => panic!("filling the disk: {e}"),
            }
        }
        // The last partial block, byte by byte.
        while file.write(&[0]).is_ok_and(|n| n == 1) {}
    }

    /// Space again.
    pub fn free(&self) {
        std::fs::remove_file(self.filler()).unwrap();
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .args(["-l", self.dir.path().to_str().unwrap()])
            .status();
    }
}

/// Signs in through the form; returns the `Cookie` header of the session, or the error of a
/// server that went away.
pub async fn sign_in(
    http: &reqwest::Client,
    address: &str,
    email: &str,
    password: &str,
) -> Result<String, reqwest::Error> {
    let res = http
        .post(format!("{address}/signin"))
        .header("Origin", address)
        .form(&[("email", email), ("password", password)])
        .send()
        .await?;
    let cookies: Vec<String> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok()?.split(';').next().map(str::to_owned))
        .collect();
    assert!(!cookies.is_empty(), "{email} signed in");
    Ok(cookies.join("; "))
}

/// A client that follows no redirects, as the tests read each answer themselves.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap()
}

// A citizen and the filing form, as the tests that file through the web use them.

pub const EMAIL: &str = "citizen@example.kz";
pub const PASSWORD: &str = "a-long-enough-password";
pub const BODY: &str = "The boiler in building 7 has been broken since the first frost.";
pub const FILED: &str = "Your grievance is filed.";
pub const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

/// A citizen with a confirmed address.
pub async fn with_citizen(pool: &Pool) {
    interact::<_, _, DbError>(pool, |c| {
        let now = Utc::now().naive_utc();
        account(c, EMAIL, "Гражданин", "en", now);
        diesel::update(users::table)
            .set(users::email_verified_at.eq(now))
            .execute(c)?;
        Ok(())
    })
    .await
    .unwrap();
}

/// The filing form, with a photo when `photo` is set; returns the page that answers.
pub async fn file(kenes: &Kenes, cookies: &str, photo: bool) -> String {
    let fields = [
        ("idempotency_key", "disk-full-form"),
        ("appeal_kind", "complaint"),
        ("category", "utilities"),
        ("kato", "1132"),
        ("title", "Broken boiler"),
        ("body", BODY),
        ("lang", "en"),
        ("privacy", "public_anonymous"),
    ];
    let mut form = reqwest::multipart::Form::new();
    for (k, v) in fields {
        form = form.text(k, v);
    }
    if photo {
        form = form.part(
            "file",
            reqwest::multipart::Part::bytes(PNG.to_vec()).file_name("boiler.png"),
        );
    }
    client()
        .post(format!("{}/file", kenes.address))
        .header("Origin", &kenes.address)
        .header("Accept-Language", "en")
        .header("Cookie", cookies)
        .multipart(form)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

/// A real Meilisearch server that can be stopped and started again on the same port and data.
pub use kenes_search::testing::{MeiliServer as Meilisearch, MASTER_KEY as MEILI_KEY};
