//! The data layer against a real SQLite file and a real PostgreSQL server.

use diesel::prelude::*;
use kenes_core::db::{self, interact};
use kenes_core::schema::{categories, grievances, holidays, jurisdictions, mediation_levels};
use kenes_core::testing::TestDatabase;
use kenes_core::{both_backends, grievances::read, reference, seed, Backend};
use kenes_core::{grievances::terms::Status, models::Grievance, timeline};

async fn migrations_and_reference_data_load_once(backend: Backend) {
    let tdb = TestDatabase::new(backend);
    let pool = db::connect(&tdb.url, 2).unwrap();
    let (applied, again, first, second) = interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let applied = db::run_migrations(c)?;
        let again = db::run_migrations(c)?;
        let first = reference::load(c)?;
        let second = reference::load(c)?;
        Ok((applied, again, first, second))
    })
    .await
    .unwrap();
    let dir = match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let shipped = std::fs::read_dir(format!(
        "{}/../migrations/{dir}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
    .count();
    assert_eq!(applied.len(), shipped, "every shipped migration applies");
    assert!(again.is_empty(), "and only once");
    assert_eq!(first.levels, 3);
    assert_eq!(first.categories, 12);
    assert_eq!(first.jurisdictions, 240);
    assert!(first.holidays > 100);
    assert_eq!(first.bodies, 241, "an akimat per place and the Government");
    assert_eq!(
        second,
        reference::Loaded::default(),
        "second load must add nothing"
    );

    let (regions, cyrillic, levels, cats, days) =
        interact::<_, _, kenes_core::DbError>(&pool, |c| {
            let regions: i64 = jurisdictions::table
                .filter(jurisdictions::kind.eq("region"))
                .count()
                .get_result(c)?;
            let name: String = jurisdictions::table
                .find("6310")
                .select(jurisdictions::name_kk)
                .first(c)?;
            let levels: i64 = mediation_levels::table.count().get_result(c)?;
            let cats: i64 = categories::table
                .filter(categories::sensitive)
                .count()
                .get_result(c)?;
            let days: i64 = holidays::table.count().get_result(c)?;
            Ok((regions, name, levels, cats, days))
        })
        .await
        .unwrap();
    assert_eq!(regions, 17);
    assert_eq!(cyrillic, "Өскемен");
    assert_eq!(levels, 3);
    assert_eq!(cats, 2);
    assert!(days > 100);
}

async fn demo_seed_is_idempotent_and_counted(backend: Backend) {
    let tdb = TestDatabase::new(backend);
    let pool = db::connect(&tdb.url, 2).unwrap();
    let (first, again, reset, counts, recent) = interact::<_, _, kenes_core::Error>(&pool, |c| {
        db::run_migrations(c)?;
        reference::load(c)?;
        let first = seed::demo(c, 120, false)?;
        let again = seed::demo(c, 120, false)?;
        let reset = seed::demo(c, 120, true)?;
        Ok((
            first,
            again,
            reset,
            read::portal_counts(c)?,
            read::recent_public_with_names(c, 500)?,
        ))
    })
    .await
    .unwrap();
    assert_eq!((first, again, reset), (120, 0, 120));
    assert_eq!(counts.total, 120);
    assert!(counts.open > 0 && counts.resolved > 0 && counts.in_mediation > 0);
    assert!(counts.open + counts.resolved <= counts.total);
    assert!(
        !recent.is_empty() && recent.len() < 120,
        "private grievances are excluded"
    );
    assert!(recent.iter().all(|(g, ..)| g.privacy != "private"));
    // Nothing in the demo happens after the moment it was made.
    let made = chrono::Utc::now().naive_utc();
    assert!(
        recent.iter().all(|(g, ..)| g.updated_at <= made),
        "a demo grievance updated in the future"
    );
    assert!(recent
        .windows(2)
        .all(|w| w[0].0.submitted_at >= w[1].0.submitted_at));
    let langs: std::collections::HashSet<_> = recent.iter().map(|(g, ..)| g.lang.code()).collect();
    assert_eq!(langs.len(), 3, "demo speaks kk, ru and en");
    let total: i64 = interact::<_, _, kenes_core::DbError>(&pool, |c| {
        Ok(grievances::table.count().get_result(c)?)
    })
    .await
    .unwrap();
    assert_eq!(total, 120);
    demo_timelines_lead_to_each_state(&pool).await;
    demo_dialogue_shows_camps_and_common_ground(&pool).await;
}

/// The demo's open dialogue has its neighbours' votes, and its map shows two camps and what
/// they share; its ended one has a report the body answered, on the public record; its
/// people cannot sign in, and a reset replaces them rather than adding.
async fn demo_dialogue_shows_camps_and_common_ground(pool: &db::Pool) {
    use kenes_core::actor::Actor;
    use kenes_core::dialogues::{self, map, Phase};
    use kenes_core::schema::users;
    let today = kenes_core::clock::today();
    let (listed, map, report, recorded, demo_people, signed_in, registry) =
        interact::<_, _, kenes_core::Error>(pool, move |c| {
            let listed = dialogues::list(c, &Actor::default())?;
            let registry = kenes_core::mediation::registry::list(c, &Default::default(), today)?;
            let open = listed.iter().find(|d| d.phase(today) == Phase::Open);
            let (_, map) = map::compute(c, open.expect("an open dialogue").id)?;
            let ended = listed.iter().find(|d| d.phase(today) == Phase::Closed);
            let ended = ended.expect("an ended dialogue").id;
            let report = dialogues::report::find(c, ended)?;
            let recorded: i64 = kenes_core::schema::outcomes::table
                .filter(kenes_core::schema::outcomes::dialogue_id.eq(ended))
                .count()
                .get_result(c)?;
            let people: Vec<String> = users::table
                .filter(users::is_demo.eq(true))
                .select(users::email)
                .load(c)?;
            let client = kenes_core::audit::Client::default();
            let now = chrono::Utc::now().naive_utc();
            let signed_in = kenes_core::accounts::sign_in(c, &people[0], "!", &client, now).is_ok();
            let g: Grievance = grievances::table.first(c)?;
            let site = kenes_core::mail::Site::new("https://kenes.test");
            let notice = kenes_core::mail::notices::Notice::Filed;
            let facilitator = listed[0].facilitator_user_id;
            let mailed =
                kenes_core::mail::notices::send(c, facilitator, (&g).into(), &notice, &site, now)?;
            assert!(!mailed, "no mail goes to a demo account");
            seed::demo(c, 120, true)?;
            let again: i64 = users::table
                .filter(users::is_demo.eq(true))
                .count()
                .get_result(c)?;
            assert_eq!(
                again as usize,
                people.len(),
                "a reset replaces the demo's people"
            );
            Ok((listed, map, report, recorded, people, signed_in, registry))
        })
        .await
        .unwrap();
    assert_eq!(listed.len(), 2, "{listed:?}");
    assert_eq!(map.eligible, 30);
    let sizes: Vec<usize> = map.groups.iter().map(|g| g.size).collect();
    assert_eq!(sizes.len(), 2, "two camps: {sizes:?}");
    assert!(sizes.iter().all(|&n| n >= 10), "{sizes:?}");
    assert!(!map.common_ground.is_empty(), "common ground is found");
    let report = report.expect("the ended dialogue has its report");
    assert_eq!(report.recommendations.len(), 3);
    assert!(!report.findings.common_ground.is_empty(), "{report:?}");
    assert_eq!(report.findings.groups.len(), 2, "{report:?}");
    let (_, answers, _) = report.answers.first().expect("the body answered");
    assert_eq!(answers.len(), report.recommendations.len());
    assert_eq!(recorded, 1, "the report is on the public record");
    // The coordinator, the facilitator, thirty neighbours and the body's official.
    assert_eq!(demo_people.len(), 33);
    assert!(!signed_in, "no password opens a demo account");
    let facilitator = registry
        .iter()
        .find(|m| m.user_id == listed[0].facilitator_user_id);
    assert!(
        facilitator.is_some_and(|m| m.certified),
        "the registry lists who facilitates"
    );
}

/// Every demo grievance shows the steps that brought it where it is, as the portal writes
/// them: filed first, legal moves only, the last one to its present state, in order and
/// within its life; an answered grievance shows its answer.
async fn demo_timelines_lead_to_each_state(pool: &db::Pool) {
    let all = interact::<_, _, kenes_core::DbError>(pool, |c| {
        let all: Vec<Grievance> = grievances::table.load(c)?;
        all.into_iter()
            .map(|g| Ok((timeline::timeline(c, g.id)?, g)))
            .collect::<Result<Vec<_>, kenes_core::DbError>>()
    })
    .await
    .unwrap();
    let mut steps = 0;
    for (events, g) in &all {
        let code = &g.tracking_code;
        let moves: Vec<Status> = events.iter().filter_map(|e| e.status).collect();
        assert_eq!(moves.first(), Some(&Status::Submitted), "{code} was filed");
        assert_eq!(moves.last(), Some(&g.status), "{code} ends where it stands");
        for w in moves.windows(2) {
            assert!(w[0].transition(w[1]).is_ok(), "{code}: {w:?}");
        }
        assert_eq!(events[0].at, g.submitted_at, "{code}");
        assert!(events.windows(2).all(|w| w[0].at <= w[1].at), "{code}");
        assert!(events.iter().all(|e| e.at <= g.updated_at), "{code}");
        assert_eq!(
            g.answer.is_some(),
            moves.contains(&Status::Answered),
            "{code}: an answer on the record is on the timeline"
        );
        steps += moves.len();
    }
    assert!(steps > 2 * all.len(), "most demo grievances moved on");
}

async fn sqlite_pragmas_and_foreign_keys(backend: Backend) {
    let tdb = TestDatabase::new(backend);
    let pool = db::connect(&tdb.url, 2).unwrap();
    let bad_parent = interact::<_, _, kenes_core::DbError>(&pool, |c| {
        db::run_migrations(c)?;
        Ok(diesel::insert_into(jurisdictions::table)
            .values((
                jurisdictions::kato.eq("999"),
                jurisdictions::parent_kato.eq(Some("nope")),
                jurisdictions::kind.eq("district"),
                jurisdictions::name_kk.eq("x"),
                jurisdictions::name_ru.eq("x"),
                jurisdictions::name_en.eq("x"),
            ))
            .execute(c))
    })
    .await
    .unwrap();
    assert!(bad_parent.is_err(), "foreign keys must be enforced");
    if backend == Backend::Sqlite {
        #[derive(QueryableByName)]
        struct Mode {
            #[diesel(sql_type = diesel::sql_types::Text)]
            journal_mode: String,
        }
        let mode = interact::<_, _, kenes_core::DbError>(&pool, |c| {
            Ok(diesel::sql_query("PRAGMA journal_mode").get_result::<Mode>(c)?)
        })
        .await
        .unwrap();
        assert_eq!(mode.journal_mode, "wal");
    }
}

/// Many rows go in few statements, which count what they wrote: more rows than SQLite could
/// bind in one statement too. No rows write nothing and count nothing (SQLite would report
/// its previous statement's count).
async fn batch_inserts_count_their_rows(backend: Backend) {
    let (_tdb, pool) = kenes_core::testing::migrated(backend).await;
    let (none, three, many, stored) = interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let level = |code: String, rank: i32| {
            (
                mediation_levels::code.eq(code.clone()),
                mediation_levels::rank.eq(rank),
                mediation_levels::name_kk.eq(code.clone()),
                mediation_levels::name_ru.eq(code.clone()),
                mediation_levels::name_en.eq(code),
            )
        };
        let levels = |from: i32, n: i32| (from..from + n).map(move |i| level(format!("l{i}"), i));
        let none = kenes_core::insert_all!(c, mediation_levels, levels(10, 0))?;
        let three = kenes_core::insert_all!(c, mediation_levels, levels(10, 3))?;
        // 7,000 rows of five values: 35,000, over SQLite's 32,766 for one statement.
        let many = kenes_core::insert_all!(c, mediation_levels, levels(100, 7_000))?;
        let stored: i64 = mediation_levels::table.count().get_result(c)?;
        Ok((none, three, many, stored))
    })
    .await
    .unwrap();
    assert_eq!((none, three, many), (0, 3, 7_000));
    assert_eq!(
        stored,
        3 + 3 + 7_000,
        "the three levels loaded and those written"
    );
}

both_backends! {
    migrations_and_reference_data => migrations_and_reference_data_load_once,
    batch_inserts => batch_inserts_count_their_rows,
    demo_seed => demo_seed_is_idempotent_and_counted,
    integrity => sqlite_pragmas_and_foreign_keys,
}
