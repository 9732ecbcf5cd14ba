//! Early warnings on a real SQLite file and a real PostgreSQL server: the sweep raises each
//! finding once, mails the right coordinators, and coordinators see, acknowledge and close
//! the alerts of their level and territory only.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use kenes_core::actor::Actor;
use kenes_core::audit::Client;
use kenes_core::db::interact;
use kenes_core::error::Error;
use kenes_core::grievances::filing::{self, Filing};
use kenes_core::oversight::alerts;
use kenes_core::oversight::terms::AlertState;
use kenes_core::permissions::{Grant, Level, Role};
use kenes_core::schema::mail_outbox;
use kenes_core::testing::{migrated, site};
use kenes_core::{both_backends, Backend, Db};
use kenes_i18n::{translate, Arg, Locale};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 25)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
}

fn person(c: &mut Db, email: &str, grants: Vec<Grant>) -> Actor {
    let id = kenes_core::testing::account(c, email, "Person", "ru", now() - Duration::days(90));
    for g in &grants {
        kenes_core::accounts::roles::grant(c, None, email, g, &Client::default(), now()).unwrap();
    }
    Actor::user(id, grants)
}

/// The subject of the alert mail of `kind` as these coordinators (who read Russian) get it.
fn alert_subject(kind: &str) -> String {
    let kind = translate(Locale::Ru, &format!("alert-kind-{kind}"), &[]);
    translate(
        Locale::Ru,
        "mail-alert-subject",
        &[("kind", Arg::Str(kind))],
    )
}

fn file(c: &mut Db, citizen: &Actor, n: usize, category: &str, text: &str, at: NaiveDateTime) {
    let input = Filing {
        appeal_kind: "complaint".into(),
        category: category.into(),
        kato: "1132".into(),
        title: text.chars().take(60).collect(),
        body: format!("{text} Просим принять меры."),
        lang: "ru".into(),
        privacy: "public".into(),
        idempotency_key: format!("k{n}"),
        point: None,
        landmark: String::new(),
    };
    filing::file(c, citizen.user_id, &input, &Client::default(), &site(), at).unwrap();
}

fn alert_mails(c: &mut Db, to: &str) -> Vec<String> {
    // Alert mails are the ones that link to an alert on the dashboard.
    mail_outbox::table
        .filter(mail_outbox::recipient.eq(to))
        .filter(mail_outbox::body.like("%/dashboard#alert-%"))
        .select(mail_outbox::subject)
        .order(mail_outbox::id)
        .load(c)
        .unwrap()
}

async fn a_spike_a_sensitive_case_and_a_cluster_raise_alerts_once(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let citizen = person(c, "citizen@example.kz", vec![]);
        let regional = person(
            c,
            "region@example.kz",
            vec![Grant::new(Role::Coordinator)
                .level(Level::Regional)
                .kato("11")],
        );
        let district = person(
            c,
            "district@example.kz",
            vec![Grant::new(Role::Coordinator)
                .level(Level::Local)
                .kato("1132")],
        );
        let elsewhere = person(
            c,
            "almaty@example.kz",
            vec![Grant::new(Role::Coordinator)
                .level(Level::Regional)
                .kato("75")],
        );
        let mut n = 0;
        // Eight quiet weeks: one grievance about utilities a week …
        for week in 1..=8 {
            n += 1;
            let at = now() - Duration::days(7 * week + 2);
            file(
                c,
                &citizen,
                n,
                "utilities",
                &format!("Отключили свет на улице {week}"),
                at,
            );
        }
        // … then six in three days about the same water main, and one about ethnic tension.
        for i in 0..6 {
            n += 1;
            let at = now() - Duration::hours(10 + 8 * i);
            file(
                c,
                &citizen,
                n,
                "utilities",
                "В селе Коктал третий день нет воды",
                at,
            );
        }
        n += 1;
        file(
            c,
            &citizen,
            n,
            "interethnic",
            "Драка молодёжи, в селе напряжённость",
            now() - Duration::hours(5),
        );

        let raised = alerts::sweep(c, now(), &site())?;
        let mut kinds = kenes_core::testing::alert_kinds(c, &raised);
        kinds.sort();
        // The eight early grievances are still open and past their deadline: the akimat's
        // overdue pile shows too.
        assert_eq!(kinds, ["cluster", "overdue", "sensitive", "spike"]);
        let spike = raised
            .iter()
            .map(|id| alerts::view(c, *id).unwrap().unwrap())
            .find(|a| a.alert.kind == "spike")
            .unwrap();
        assert_eq!(spike.detail["observed"], 6);
        assert_eq!(spike.detail["expected"], 1.0);
        assert_eq!(spike.codes.len(), 6);
        assert_eq!(spike.place.as_ref().unwrap().kato, "11");

        // Mails: the region's coordinator hears of the spike and the sensitive case, the
        // district's of the cluster and the overdue pile, Almaty's of nothing.
        assert_eq!(
            alert_mails(c, "region@example.kz"),
            [alert_subject("spike"), alert_subject("sensitive")]
        );
        assert_eq!(
            alert_mails(c, "district@example.kz"),
            [alert_subject("cluster"), alert_subject("overdue")]
        );
        assert!(alert_mails(c, "almaty@example.kz").is_empty());

        // A second sweep finds the same things and raises nothing new.
        assert!(alerts::sweep(c, now() + Duration::hours(1), &site())?.is_empty());

        // Who sees what: the region oversees everything in it, the district its own.
        let seen = |c: &mut Db, a: &Actor| -> Vec<String> {
            let mut k: Vec<String> = alerts::for_actor(c, a, false, 100)
                .unwrap()
                .into_iter()
                .map(|a| a.alert.kind.to_string())
                .collect();
            k.sort();
            k
        };
        assert_eq!(
            seen(c, &regional),
            ["cluster", "overdue", "sensitive", "spike"]
        );
        assert_eq!(seen(c, &district), ["cluster", "overdue"]);
        assert!(seen(c, &elsewhere).is_empty());
        // The newest first, as many as asked for.
        let newest: Vec<i64> = alerts::for_actor(c, &regional, false, 2)?
            .into_iter()
            .map(|a| a.alert.id)
            .collect();
        let all: Vec<i64> = alerts::for_actor(c, &regional, false, 100)?
            .into_iter()
            .map(|a| a.alert.id)
            .collect();
        assert_eq!(newest, all[..2]);
        assert!(all.windows(2).all(|w| w[0] > w[1]), "{all:?}");

        // Acknowledged, then closed, each with a note; never back.
        let id = spike.alert.id;
        let field = |r: Result<(), Error>| match r {
            Err(Error::Invalid(e)) => (e[0].field, e[0].code),
            other => panic!("expected a field error, got {other:?}"),
        };
        assert!(matches!(
            alerts::set_state(
                c,
                id,
                elsewhere.at(now()),
                AlertState::Acknowledged,
                "смотрим"
            ),
            Err(Error::NotFound)
        ));
        assert_eq!(
            field(alerts::set_state(
                c,
                id,
                regional.at(now()),
                AlertState::Acknowledged,
                " "
            )),
            ("note", "required")
        );
        alerts::set_state(
            c,
            id,
            regional.at(now()),
            AlertState::Acknowledged,
            "Выехала комиссия.",
        )
        .unwrap();
        alerts::set_state(
            c,
            id,
            regional.at(now()),
            AlertState::Closed,
            "Водопровод починили.",
        )
        .unwrap();
        assert_eq!(
            field(alerts::set_state(
                c,
                id,
                regional.at(now()),
                AlertState::Acknowledged,
                "снова"
            )),
            ("state", "alert-state")
        );
        let closed = alerts::view(c, id)?.unwrap();
        assert_eq!(
            (closed.alert.state.as_str(), closed.alert.note.as_deref()),
            ("closed", Some("Водопровод починили."))
        );
        assert_eq!(seen(c, &regional), ["cluster", "overdue", "sensitive"]);
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    sweep => a_spike_a_sensitive_case_and_a_cluster_raise_alerts_once,
}
