//! The disk fills up under the SQLite file or under the attachments. A citizen filing then
//! is told so in their language, with what they typed still in the form; nothing is
//! half-written (no grievance without its files); once there is space again, the same form
//! files.

use chrono::Utc;
use diesel::prelude::*;
use kenes_core::db::{self, interact};
use kenes_core::schema::{attachments, grievances, users};
use kenes_core::testing::{account, migrated};
use kenes_core::{both_backends, Backend, DbError, Pool};

use crate::harness::{client, free_port, sign_in, Kenes, Setup, SmallDisk};

const EMAIL: &str = "citizen@example.kz";
const PASSWORD: &str = "a-long-enough-password";
const BODY: &str = "The boiler in building 7 has been broken since the first frost.";
const FULL: &str = "The server has run out of space";
const FILED: &str = "Your grievance is filed.";
const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

/// A citizen with a confirmed address.
async fn with_citizen(pool: &Pool) {
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

async fn counts(pool: &Pool) -> (i64, i64) {
    interact::<_, _, DbError>(pool, |c| {
        Ok((
            grievances::table.count().get_result(c)?,
            attachments::table.count().get_result(c)?,
        ))
    })
    .await
    .unwrap()
}

/// The filing form, with a photo when `photo` is set; returns the page that answers.
async fn file(kenes: &Kenes, cookies: &str, photo: bool) -> String {
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

/// Refused for want of space, the typed text kept; nothing written.
async fn assert_refused_and_kept(page: &str, pool: &Pool) {
    assert!(page.contains(FULL), "told the disk is full: {page}");
    assert!(page.contains(BODY), "the typed text is kept");
    assert!(!page.contains(FILED));
    assert_eq!(counts(pool).await, (0, 0), "nothing half-written");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn database_on_a_full_disk() {
    let disk = SmallDisk::mount(64);
    let url = format!("sqlite://{}", disk.path().join("kenes.db").display());
    let pool = db::connect(&url, 2).unwrap();
    interact::<_, _, DbError>(&pool, |c| {
        db::run_migrations(c)?;
        kenes_core::reference::load(c)
    })
    .await
    .unwrap();
    with_citizen(&pool).await;
    let site = tempfile::tempdir().unwrap();
    let kenes = Kenes::start(&Setup::new(&url, free_port(), site.path()));
    let cookies = sign_in(&client(), &kenes.address, EMAIL, PASSWORD)
        .await
        .unwrap();

    disk.fill();
    let page = file(&kenes, &cookies, false).await;
    assert_refused_and_kept(&page, &pool).await;

    disk.free();
    let page = file(&kenes, &cookies, false).await;
    assert!(page.contains(FILED), "filed once there is space: {page}");
    assert_eq!(counts(&pool).await, (1, 0));
}

async fn attachments_on_a_full_disk(backend: Backend) {
    let (database, pool) = migrated(backend).await;
    with_citizen(&pool).await;
    let disk = SmallDisk::mount(1);
    let site = tempfile::tempdir().unwrap();
    let setup = Setup::new(&database.url, free_port(), site.path())
        .with("KENES_ATTACHMENT_DIR", disk.path().to_str().unwrap());
    let kenes = Kenes::start(&setup);
    let cookies = sign_in(&client(), &kenes.address, EMAIL, PASSWORD)
        .await
        .unwrap();

    disk.fill();
    let page = file(&kenes, &cookies, true).await;
    assert_refused_and_kept(&page, &pool).await;

    disk.free();
    let page = file(&kenes, &cookies, true).await;
    assert!(page.contains(FILED), "filed once there is space: {page}");
    assert_eq!(counts(&pool).await, (1, 1), "with its photo");
}

both_backends! {
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    attachments_full => attachments_on_a_full_disk,
}
