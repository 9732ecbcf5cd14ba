//! The coordinator's dashboard and early warnings through the pages, and the public
//! accountability table with its CSV.

use kenes_core::permissions::{Grant, Level, Role};
use kenes_core::{both_backends, Backend};

use crate::helpers::spawn_app;
use crate::mediation::{post, staff};

fn alert_id(page: &str) -> String {
    let marker = r#"id="alert-"#;
    let start = page.find(marker).expect("an alert") + marker.len();
    page[start..].split('"').next().unwrap().to_owned()
}

async fn coordinators_see_acknowledge_and_close_alerts(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(150).await;
    let mut region = staff(
        &app,
        "almaty-region@example.kz",
        Grant::new(Role::Coordinator)
            .level(Level::Regional)
            .kato("19"),
    )
    .await;
    let page = post(&mut region, "/dashboard", &[("op", "sweep")]).await;
    assert!(page.contains("Spike in new grievances"), "{page}");
    assert!(page.contains("new grievances about “Utilities”"), "{page}");
    assert!(page.contains("New grievances per week"), "{page}");

    let id = alert_id(&page);
    let refused = post(
        &mut region,
        "/dashboard",
        &[("op", "acknowledged"), ("alert", id.as_str()), ("note", "")],
    )
    .await;
    assert!(refused.contains("Please write a note."), "{refused}");
    // The page comes back at the alert whose form was refused, not at its top.
    let anchored = format!(r##"<form method="post" action="#alert-{id}""##);
    assert!(refused.contains(&anchored), "{refused}");
    let done = post(
        &mut region,
        "/dashboard",
        &[
            ("op", "acknowledged"),
            ("alert", id.as_str()),
            ("note", "Commission sent."),
        ],
    )
    .await;
    assert_eq!(done, format!("/dashboard#alert-{id}"));
    let page = region.get_page("/dashboard").await;
    assert!(page.contains("Commission sent."), "{page}");

    // The map of regions, shaded by a chosen measure: the six new grievances of the week
    // of trouble make the Almaty region's count of new ones at least six.
    let map = region.get_page("/dashboard?measure=new").await;
    assert!(map.contains("Map of the regions"), "{map}");
    let tile = map
        .split("<title>Almaty Region: ")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .and_then(|n| n.parse::<i64>().ok())
        .expect("a tile for the Almaty region");
    assert!(tile >= 6, "{tile}");
    assert!(map.contains("Open grievances by place"), "{map}");

    // Someone else's region does not see it, and cannot touch it.
    let mut other = staff(
        &app,
        "astana@example.kz",
        Grant::new(Role::Coordinator)
            .level(Level::Regional)
            .kato("71"),
    )
    .await;
    let page = other.get_page("/dashboard").await;
    assert!(!page.contains(&format!(r#"id="alert-{id}""#)), "{page}");
    let refused = post(
        &mut other,
        "/dashboard",
        &[
            ("op", "closed"),
            ("alert", id.as_str()),
            ("note", "not mine"),
        ],
    )
    .await;
    assert!(
        refused.contains("You do not have the right to do this."),
        "{refused}"
    );

    // Officials are staff but not coordinators.
    let mut official = staff(
        &app,
        "akim@example.kz",
        Grant::new(Role::Official).body("akimat-1132"),
    )
    .await;
    let page = official.get_page("/dashboard").await;
    assert!(page.contains("for coordinators"), "{page}");
    assert!(!page.contains("Spike in new grievances"), "{page}");
}

async fn accountability_is_public_and_suppresses_small_cells(backend: Backend) {
    let app = spawn_app(backend).await;
    app.seed_demo(150).await;
    let page = app.get_in("/accountability", "en").await;
    assert!(page.contains("How bodies handle grievances"), "{page}");
    assert!(
        page.contains("fewer than 5 grievances: not shown"),
        "{page}"
    );
    assert!(page.contains("/accountability?region="), "{page}");
    let csv = app.get("/accountability.csv").await;
    assert_eq!(csv.status(), 200);
    let bytes = csv.bytes().await.unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "a byte-order mark for spreadsheets"
    );
    let csv = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("key,handled,suppressed,on_time_share,median_days,mediation_rate,mediation_resolved_share,rating,days_to_accept,agreements_kept_share,appeals,appeals_answered_share")
    );
    let csv_rows: Vec<&str> = lines.clone().collect();
    for line in lines {
        let cells: Vec<&str> = line.split(',').collect();
        let handled: i64 = cells[1].parse().unwrap();
        // A suppressed row carries no numbers beyond its count.
        if handled < 5 {
            assert_eq!(cells[2], "true", "{line}");
            assert!(cells[3..].iter().all(|c| c.is_empty()), "{line}");
        }
    }
    let bad = app.get("/accountability.csv?region=abc").await;
    assert_eq!(bad.status(), 400);
    // The same rows in the REST API, documented in its OpenAPI document.
    let api: serde_json::Value = app
        .get("/api/v1/accountability")
        .await
        .json()
        .await
        .unwrap();
    let rows = api["rows"].as_array().unwrap();
    assert_eq!(rows.len(), csv_rows.len());
    for (row, line) in rows.iter().zip(&csv_rows) {
        assert_eq!(
            row["key"].as_str().unwrap(),
            line.split(',').next().unwrap()
        );
        if row["suppressed"] == true {
            assert!(
                row["appeals"].is_null() && row["days_to_accept"].is_null(),
                "{row}"
            );
        } else {
            assert!(row["appeals"].is_i64(), "{row}");
        }
    }
    let bad = app.get("/api/v1/accountability?region=1").await;
    assert_eq!(bad.status(), 400);
    let body: serde_json::Value = bad.json().await.unwrap();
    assert_eq!(body["error"]["code"], "invalid_parameter");
    let doc = app.get("/api/v1/openapi.json").await.text().await.unwrap();
    assert!(doc.contains("/api/v1/accountability") && doc.contains("AccountabilityRow"));
    let bodies = app.get_in("/accountability?region=19", "en").await;
    assert!(bodies.contains("All regions"), "{bodies}");
}

/// Many open alerts: the newest 20 on the dashboard, every one a link away.
async fn the_dashboard_shows_the_newest_alerts_first(backend: Backend) {
    use diesel::prelude::*;
    use kenes_core::schema::alerts;
    let app = spawn_app(backend).await;
    let mut region = staff(
        &app,
        "karaganda@example.kz",
        Grant::new(Role::Coordinator)
            .level(Level::Regional)
            .kato("35"),
    )
    .await;
    let now = chrono::Utc::now().naive_utc();
    kenes_core::db::interact::<_, _, kenes_core::DbError>(&app.pool, move |c| {
        for i in 0..25 {
            diesel::insert_into(alerts::table)
                .values((
                    alerts::kind.eq("reopened"),
                    alerts::dedupe_key.eq(format!("test:{i}")),
                    alerts::level_code.eq("regional"),
                    alerts::kato.eq("35"),
                    alerts::detail.eq(r#"{"count": 3, "days": 14}"#),
                    alerts::state.eq("new"),
                    alerts::created_at.eq(now),
                    alerts::updated_at.eq(now),
                ))
                .execute(c)?;
        }
        Ok(())
    })
    .await
    .unwrap();
    let page = region.get_page("/dashboard").await;
    assert_eq!(page.matches(r#"id="alert-"#).count(), 20, "{page}");
    assert!(page.contains("Show every open early warning"), "{page}");
    let all = region.get_page("/dashboard?alerts=all").await;
    assert_eq!(all.matches(r#"id="alert-"#).count(), 25, "{all}");
    assert!(!all.contains("Show every open early warning"), "{all}");
}

both_backends! {
    #[actix_web::test]
    dashboard => coordinators_see_acknowledge_and_close_alerts,
    dashboard_alerts => the_dashboard_shows_the_newest_alerts_first,
    accountability => accountability_is_public_and_suppresses_small_cells,
}
