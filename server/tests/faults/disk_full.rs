//! The disk fills up under the SQLite file or under the attachments. A citizen filing then
//! is told so in their language, with what they typed still in the form; nothing is
//! half-written (no grievance without its files); once there is space again, the same form
//! files.

use diesel::prelude::*;
use kenes_core::db::{self, interact};
use kenes_core::schema::{attachments, grievances};
use kenes_core::testing::migrated;
use kenes_core::{both_backends, Backend, DbError, Pool};

use crate::harness::{
    client, file, free_port, sign_in, with_citizen, Kenes, Setup, SmallDisk, BODY, EMAIL, FILED,
    PASSWORD,
};

const FULL: &str = "The server has run out of space";

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
