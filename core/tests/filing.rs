//! Filing grievances against a real SQLite file and a real PostgreSQL server.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use kenes_core::audit::Client;
use kenes_core::db::interact;
use kenes_core::error::Error;
use kenes_core::grievances::filing::{self, Filing};
use kenes_core::mail::notices::{self, Notice};
use kenes_core::schema::{daily_filings, grievance_events, grievances, mail_outbox};
use kenes_core::testing::{migrated, site};
use kenes_core::{both_backends, Backend, Db};
use kenes_i18n::Locale;

fn at(y: i32, m: u32, d: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

fn citizen(c: &mut Db) -> i64 {
    kenes_core::testing::account(c, "citizen@example.kz", "Citizen", "ru", at(2026, 3, 1))
}

fn valid() -> Filing {
    Filing {
        appeal_kind: "complaint".into(),
        category: "roads_transport".into(),
        kato: "1132".into(),
        title: "Яма на дороге".into(),
        body: "На центральной улице яма, машины ломаются.".into(),
        lang: "ru".into(),
        privacy: "public_anonymous".into(),
        idempotency_key: "key-1".into(),
        point: None,
        landmark: String::new(),
    }
}

async fn filing_creates_code_deadline_event_and_mail(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let author = citizen(c);
        // Filed on Thursday 19 March 2026, before Nauryz.
        let now = at(2026, 3, 19);
        let code = filing::file(c, author, &valid(), &Client::default(), &site(), now).unwrap();
        assert!(
            kenes_core::grievances::terms::parse_tracking_code(&code).as_deref()
                == Some(code.as_str())
        );
        let (due, status): (NaiveDate, String) = grievances::table
            .filter(grievances::tracking_code.eq(&code))
            .select((grievances::due_on, grievances::status))
            .first(c)?;
        assert_eq!(
            due,
            NaiveDate::from_ymd_opt(2026, 4, 14).unwrap(),
            "15 working days, Nauryz skipped"
        );
        assert_eq!(status, "submitted");
        let events: i64 = grievance_events::table.count().get_result(c)?;
        assert_eq!(events, 1);
        let subject: String = mail_outbox::table
            .order(mail_outbox::id.desc())
            .select(mail_outbox::subject)
            .first(c)?;
        let g = kenes_core::grievances::read::find(c, &code).unwrap();
        assert_eq!(
            subject,
            notices::render(&site(), Locale::Ru, (&g).into(), &Notice::Filed).subject,
            "confirmation in the citizen's language"
        );
        assert!(
            subject.contains("Яма на дороге") && subject.contains(&code),
            "named by its title and code: {subject}"
        );

        // A double tap files nothing new.
        let again = filing::file(c, author, &valid(), &Client::default(), &site(), now).unwrap();
        assert_eq!(again, code);
        let n: i64 = grievances::table.count().get_result(c)?;
        assert_eq!(n, 1);

        let mine = filing::mine(c, author)?;
        assert_eq!(mine.len(), 1);
        assert_eq!(mine[0].2.kato, "1132");

        // Filed at 02:30 in Almaty on 19 March, which is 21:30 UTC on the 18th: the law
        // counts from Kazakhstan's day, and so does the dashboard's count of the day's filings.
        let night = NaiveDate::from_ymd_opt(2026, 3, 18)
            .unwrap()
            .and_hms_opt(21, 30, 0)
            .unwrap();
        let second = Filing {
            idempotency_key: "key-2".into(),
            ..valid()
        };
        let code = filing::file(c, author, &second, &Client::default(), &site(), night).unwrap();
        let due: NaiveDate = grievances::table
            .filter(grievances::tracking_code.eq(&code))
            .select(grievances::due_on)
            .first(c)?;
        assert_eq!(due, NaiveDate::from_ymd_opt(2026, 4, 14).unwrap());
        let days: Vec<NaiveDate> = daily_filings::table
            .select(daily_filings::day)
            .distinct()
            .load(c)?;
        assert_eq!(days, [NaiveDate::from_ymd_opt(2026, 3, 19).unwrap()]);
        Ok(())
    })
    .await
    .unwrap();
}

async fn invalid_filing_stores_nothing(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let author = citizen(c);
        let bad = Filing {
            appeal_kind: "petition".into(),
            category: "weather".into(),
            kato: "11".into(), // a region, not a place a grievance can be about
            title: "Яма".into(),
            body: "x".repeat(4001),
            lang: "de".into(),
            privacy: "secret".into(),
            idempotency_key: String::new(),
            point: None,
            landmark: String::new(),
        };
        let Err(Error::Invalid(errors)) = filing::file(
            c,
            author,
            &bad,
            &Client::default(),
            &site(),
            at(2026, 3, 19),
        ) else {
            panic!("expected field errors")
        };
        let fields: Vec<(&str, &str)> = errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            fields,
            [
                ("appeal_kind", "choose"),
                ("lang", "choose"),
                ("privacy", "choose"),
                ("category", "choose"),
                ("kato", "choose"),
                ("title", "too-short"),
                ("body", "too-long"),
            ]
        );
        let n: i64 = grievances::table.count().get_result(c)?;
        assert_eq!(n, 0);
        Ok(())
    })
    .await
    .unwrap();
}

/// Many citizens filing at once: every grievance is stored (on SQLite a writer waits for
/// the lock rather than failing with "database is locked").
async fn concurrent_filings_all_land(backend: Backend) {
    let (db, _) = migrated(backend).await;
    let pool = kenes_core::db::connect(&db.url, 8).unwrap();
    let author = interact::<_, _, kenes_core::DbError>(&pool, |c| Ok(citizen(c)))
        .await
        .unwrap();
    let tasks: Vec<_> = (0..8)
        .map(|w| {
            let pool = pool.clone();
            tokio::spawn(async move {
                for i in 0..25 {
                    interact(&pool, move |c| {
                        let input = Filing {
                            idempotency_key: format!("key-{w}-{i}"),
                            ..valid()
                        };
                        filing::file(
                            c,
                            author,
                            &input,
                            &Client::default(),
                            &site(),
                            at(2026, 3, 19),
                        )
                        .map_err(|e| kenes_core::DbError::Reference(e.to_string()))
                    })
                    .await
                    .unwrap();
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.unwrap();
    }
    let n: i64 = interact::<_, _, kenes_core::DbError>(&pool, |c| {
        Ok(grievances::table.count().get_result(c)?)
    })
    .await
    .unwrap();
    assert_eq!(n, 200);
}

/// A landmark says where exactly; it is kept trimmed, and a second description is refused.
async fn a_landmark_is_kept_and_bounded(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let author = citizen(c);
        let now = at(2026, 3, 19);
        let long = Filing {
            landmark: "у".repeat(filing::LANDMARK_MAX + 1),
            ..valid()
        };
        let Err(Error::Invalid(errors)) =
            filing::file(c, author, &long, &Client::default(), &site(), now)
        else {
            panic!("expected a field error")
        };
        let fields: Vec<(&str, &str)> = errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(fields, [("landmark", "too-long")]);
        let n: i64 = grievances::table.count().get_result(c)?;
        assert_eq!(n, 0);
        let placed = Filing {
            landmark: "  колодец за школой №3 ".into(),
            ..valid()
        };
        let code = filing::file(c, author, &placed, &Client::default(), &site(), now).unwrap();
        let kept: Option<String> = grievances::table
            .filter(grievances::tracking_code.eq(&code))
            .select(grievances::landmark)
            .first(c)?;
        assert_eq!(kept.as_deref(), Some("колодец за школой №3"));
        let plain = Filing {
            idempotency_key: "key-2".into(),
            ..valid()
        };
        let code = filing::file(c, author, &plain, &Client::default(), &site(), now).unwrap();
        let none: Option<String> = grievances::table
            .filter(grievances::tracking_code.eq(&code))
            .select(grievances::landmark)
            .first(c)?;
        assert_eq!(
            none, None,
            "no landmark is stored as none, not as an empty text"
        );
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    concurrent => concurrent_filings_all_land,
    landmark => a_landmark_is_kept_and_bounded,
    files => filing_creates_code_deadline_event_and_mail,
    invalid => invalid_filing_stores_nothing,
}
