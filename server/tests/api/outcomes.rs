//! Publishing an outcome through the pages and finding it again: the coordinator's editor
//! (personal data flagged, consent enforced), the search page, the exports and the feed,
//! and withdrawal taking the outcome out of all of them.

use kenes_core::permissions::{Grant, Level, Role};
use kenes_core::{both_backends, Backend};

use crate::accounts::signed_in;
use crate::helpers::{spawn_app, spawn_app_with, Browser, TestApp};
use crate::mediation::{post, staff};

/// Files a grievance as the citizen, has the akimat answer it and the citizen close it.
async fn answered_and_closed(
    citizen: &mut Browser<'_>,
    official: &mut Browser<'_>,
    privacy: &str,
    title: &str,
) -> String {
    let key = crate::filing::key_in(&citizen.get_page("/file").await);
    let page = citizen
        .post_page(
            "/file",
            &[
                ("idempotency_key", key.as_str()),
                ("appeal_kind", "complaint"),
                ("category", "roads_transport"),
                ("kato", "1132"),
                ("title", title),
                (
                    "body",
                    "Большая яма на дороге к школе, дети обходят её по обочине.",
                ),
                ("lang", "ru"),
                ("privacy", privacy),
            ],
        )
        .await;
    let code = crate::filing::code_in(&page);
    let g = format!("/g/{code}");
    post(official, &g, &[("op", "accept")]).await;
    post(
        official,
        &g,
        &[
            ("op", "answer"),
            ("answer", "Яму заделают до 1 мая."),
            ("send", "yes"),
        ],
    )
    .await;
    post(citizen, &g, &[("op", "close")]).await;
    code
}

/// Polls the search page until `needle` shows up in it (or not), as indexing is a worker's.
pub async fn search_until(b: &mut Browser<'_>, path: &str, needle: &str, present: bool) -> String {
    for _ in 0..50 {
        let page = b.get_page(path).await;
        if page.contains(needle) == present {
            return page;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("{path}: {needle:?} present={present} never happened");
}

async fn an_outcome_is_published_found_exported_and_withdrawn(backend: Backend) {
    outcome_lifecycle(spawn_app(backend).await).await;
}

/// The same with the production engine: a real Meilisearch server instead of the embedded
/// index.
async fn the_same_on_meilisearch(backend: Backend) {
    use kenes_search::testing::{MeiliServer, MASTER_KEY};
    let meili = MeiliServer::start();
    let app = spawn_app_with(backend, |s| {
        s.meili_url = Some(meili.url());
        s.meili_key = Some(MASTER_KEY.into());
    })
    .await;
    outcome_lifecycle(app).await;
}

/// `kenes reindex` against Meilisearch: the index is rebuilt from the database alone.
async fn a_rebuild_fills_meilisearch_from_the_database(backend: Backend) {
    use kenes_search::testing::{MeiliServer, MASTER_KEY};
    use kenes_search::Query;
    use kenes_server::configuration::Settings;
    use kenes_server::workers::search_index;
    let meili = MeiliServer::start();
    let app = spawn_app(backend).await;
    app.seed_demo(60).await;
    let settings = Settings {
        meili_url: Some(meili.url()),
        meili_key: Some(MASTER_KEY.into()),
        ..Settings::default()
    };
    let engine = search_index::engine(&settings).await.unwrap();
    engine
        .upsert(vec![])
        .await
        .expect("the engine answers before the rebuild");
    let indexed = search_index::rebuild(&app.pool, engine.as_ref())
        .await
        .unwrap();
    assert!(indexed > 0, "the demo publishes outcomes");
    let found = engine.search(&Query::default()).await.unwrap();
    assert_eq!(found.total, indexed);
    // A second rebuild starts from empty: nothing is counted twice.
    assert_eq!(
        search_index::rebuild(&app.pool, engine.as_ref())
            .await
            .unwrap(),
        indexed
    );
    assert_eq!(
        engine.search(&Query::default()).await.unwrap().total,
        indexed
    );
}

async fn outcome_lifecycle(app: TestApp) {
    let mut citizen = signed_in(&app).await;
    let mut official = staff(
        &app,
        "akim@example.kz",
        Grant::new(Role::Official).body("akimat-1132"),
    )
    .await;
    let mut centre = staff(
        &app,
        "centre@example.kz",
        Grant::new(Role::Coordinator)
            .level(Level::Local)
            .kato("1132"),
    )
    .await;
    let public = answered_and_closed(&mut citizen, &mut official, "public", "Яма у школы").await;
    let private = answered_and_closed(&mut citizen, &mut official, "private", "Яма у дома").await;

    // Only the coordinator prepares; a private grievance's outcome is never published.
    let page = citizen.get_page(&format!("/g/{public}")).await;
    assert!(!page.contains(&format!("/g/{public}/outcome")), "{page}");
    let page = centre.get_page(&format!("/g/{public}")).await;
    assert!(page.contains(&format!("/g/{public}/outcome")), "{page}");
    assert_eq!(
        citizen.get(&format!("/g/{public}/outcome")).await.status(),
        404
    );
    let editor = centre.get_page(&format!("/g/{private}/outcome")).await;
    assert!(
        editor.contains("filed this grievance as private"),
        "{editor}"
    );
    assert!(!editor.contains("Publish the outcome"), "{editor}");

    let path = format!("/g/{public}/outcome");
    let page = post(
        &mut centre,
        &path,
        &[
            ("op", "publish"),
            ("title", "Яма на дороге к школе"),
            (
                "summary",
                "Акимат заделал яму. Звоните, если снова: 8 (7172) 55-55-55.",
            ),
            ("result", "answered"),
            ("lang", "ru"),
        ],
    )
    .await;
    assert!(page.contains("phone number"), "{page}");
    assert!(page.contains("8 (7172) 55-55-55"), "{page}");
    let done = post(
        &mut centre,
        &path,
        &[
            ("op", "publish"),
            ("title", "Яма на дороге к школе"),
            (
                "summary",
                "Жители пожаловались на яму на дороге к школе. Акимат заделал её к маю.",
            ),
            ("result", "answered"),
            ("lang", "ru"),
        ],
    )
    .await;
    assert!(done.starts_with("/outcomes/"), "{done}");
    let outcome = app.browser().get_page(&done).await;
    assert!(outcome.contains("Акимат заделал её к маю."), "{outcome}");
    assert!(outcome.contains("Answer given"), "{outcome}");

    // Anyone finds it, with Russian inflection and a typo, and narrows by region.
    let mut reader = app.browser();
    let found = search_until(
        &mut reader,
        "/outcomes?q=%D1%8F%D0%BC%D1%83",
        "Яма на дороге к школе",
        true,
    )
    .await;
    assert!(found.contains("1 outcome"), "{found}");
    // Closed today, in Kazakhstan, and written as people write days.
    let shown = crate::helpers::today_as_shown();
    assert!(found.contains(&shown), "{shown} in {found}");
    let typo = reader
        .get_page("/outcomes?q=%D0%B4%D0%BE%D1%80%D0%BE%D0%B3%D0%B8%D0%BC")
        .await;
    assert!(typo.contains("Яма на дороге к школе"), "{typo}");
    let elsewhere = reader.get_page("/outcomes?region=75").await;
    assert!(
        elsewhere.contains("No published outcome matches."),
        "{elsewhere}"
    );
    let here = reader.get_page("/outcomes?region=11&mediated=no").await;
    assert!(here.contains("Яма на дороге к школе"), "{here}");
    let head = &here[..here.find("</head>").unwrap()];
    assert!(
        head.contains(r#"type="application/atom+xml""#) && head.contains("/outcomes.atom?"),
        "the feed of what the search shows is announced: {head}"
    );

    let csv = crate::helpers::csv_text(reader.get("/outcomes.csv?region=11").await).await;
    assert!(
        csv.starts_with("id,url,title,summary,result,region_kato"),
        "{csv}"
    );
    assert!(csv.contains("Яма на дороге к школе,"), "{csv}");
    assert_eq!(csv.lines().count(), 2, "{csv}");
    let json: serde_json::Value = reader.get("/outcomes.json").await.json().await.unwrap();
    assert_eq!(json["outcomes"][0]["result"], "answered");
    let atom = reader
        .get("/outcomes.atom?category=roads_transport")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        atom.contains("<feed") && atom.contains("Яма на дороге к школе"),
        "{atom}"
    );
    let other = reader
        .get("/outcomes.atom?category=land")
        .await
        .text()
        .await
        .unwrap();
    assert!(!other.contains("Яма на дороге к школе"), "{other}");

    // The REST API gives the same, and names a bad parameter.
    let id = done.trim_start_matches("/outcomes/").to_owned();
    let api: serde_json::Value = reader
        .get("/api/v1/outcomes?q=%D1%8F%D0%BC%D1%83&region=11")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(api["total"], 1, "{api}");
    assert_eq!(api["outcomes"][0]["id"].to_string(), id, "{api}");
    assert_eq!(api["facets"]["result"][0]["value"], "answered", "{api}");
    let one = reader.get(&format!("/api/v1/outcomes/{id}")).await;
    assert_eq!(one.status(), 200);
    let bad = reader.get("/api/v1/outcomes?per_page=1000").await;
    assert_eq!(bad.status(), 400);
    let bad: serde_json::Value = bad.json().await.unwrap();
    assert_eq!(bad["error"]["code"], "invalid_parameter", "{bad}");
    let list: serde_json::Value = reader.get("/api/v1/grievances").await.json().await.unwrap();
    let codes = list["grievances"].to_string();
    assert!(
        codes.contains(&public) && !codes.contains(&private),
        "{list}"
    );
    assert_eq!(
        reader
            .get(&format!("/api/v1/grievances/{private}"))
            .await
            .status(),
        404
    );
    let detail: serde_json::Value = reader
        .get(&format!("/api/v1/grievances/{public}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(detail["status"], "closed", "{detail}");
    assert!(
        !detail.to_string().contains("aigul"),
        "the author never appears: {detail}"
    );

    // Withdrawn: the page says why, and search and exports forget it.
    let page = post(
        &mut centre,
        &path,
        &[("op", "withdraw"), ("withdraw_note", "")],
    )
    .await;
    assert!(page.contains("Please fill this in."), "{page}");
    post(
        &mut centre,
        &path,
        &[
            ("op", "withdraw"),
            ("withdraw_note", "Гражданин попросил снять публикацию."),
        ],
    )
    .await;
    let outcome = reader.get_page(&done).await;
    assert!(
        outcome.contains("Гражданин попросил снять публикацию."),
        "{outcome}"
    );
    assert!(!outcome.contains("Акимат заделал её к маю."), "{outcome}");
    search_until(
        &mut reader,
        "/outcomes?q=%D1%8F%D0%BC%D1%83",
        "No published outcome matches.",
        true,
    )
    .await;
    let csv = reader.get("/outcomes.csv").await.text().await.unwrap();
    assert_eq!(csv.lines().count(), 1, "{csv}");
    assert_eq!(
        reader.get(&format!("/api/v1/outcomes/{id}")).await.status(),
        404
    );
}

both_backends! {
    #[actix_web::test]
    outcome => an_outcome_is_published_found_exported_and_withdrawn,
    outcome_meilisearch => the_same_on_meilisearch,
    reindex_meilisearch => a_rebuild_fills_meilisearch_from_the_database,
}
