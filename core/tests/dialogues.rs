//! Public dialogues on a real SQLite file and a real PostgreSQL server: opening and its
//! scope, seeding, statements held by the rules, taking part, voting (changed, passed, never
//! counted twice), the next statement, and the opinion map's thresholds.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use kenes_core::actor::Actor;
use kenes_core::audit::Client;
use kenes_core::db::interact;
use kenes_core::dialogues::opening::{self, Opening};
use kenes_core::dialogues::statements::{self, StatementState};
use kenes_core::dialogues::votes::{self, Vote};
use kenes_core::dialogues::{self, map, ParticipantKind, Phase};
use kenes_core::discussion::Order;
use kenes_core::error::Error;
use kenes_core::mediation::request::{self, ProfileInput};
use kenes_core::permissions::{Grant, Level, Role};
use kenes_core::testing::{migrated, site};
use kenes_core::{both_backends, Backend, Db};

fn at(d: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 12, d)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

fn person(c: &mut Db, email: &str, grants: Vec<Grant>) -> Actor {
    let name = email.split('@').next().unwrap();
    let id = kenes_core::testing::account(c, email, name, "ru", at(1));
    for grant in &grants {
        kenes_core::accounts::roles::grant(c, None, email, grant, &Client::default(), at(1))
            .unwrap();
    }
    Actor::user(id, grants)
}

/// A mediator for region 11, certified until `until`.
fn mediator(c: &mut Db, email: &str, until: &str) -> Actor {
    let admin = person(
        c,
        &format!("admin-{email}"),
        vec![Grant::new(Role::Administrator)],
    );
    let m = person(c, email, vec![Grant::new(Role::Mediator).kato("11")]);
    let input = ProfileInput {
        bio: "Фасилитатор общественных диалогов.".into(),
        languages: vec!["kk".into(), "ru".into()],
        specialisations: vec!["ethnomediation".into()],
        available: true,
        hidden: false,
    };
    request::save_profile(c, m.at(at(1)), &input).unwrap();
    request::certify(
        c,
        admin.at(at(1)),
        m.user_id,
        "Ministry of Justice",
        "F-1",
        until,
    )
    .unwrap();
    m
}

/// A certified facilitator, and the coordinator of district 1132.
fn facilitator_and_coordinator(c: &mut Db) -> (Actor, Actor) {
    let facilitator = mediator(c, "facilitator@example.kz", "2027-12-31");
    let district = Grant::new(Role::Coordinator)
        .level(Level::Local)
        .kato("1132");
    (facilitator, person(c, "centre@example.kz", vec![district]))
}

fn opening(facilitator: &Actor) -> Opening {
    Opening {
        question: "Как сделать школьный двор безопасным для всех детей?".into(),
        background: [
            String::new(),
            "После ссоры в школе спор перешёл в соцсети.".into(),
            String::new(),
        ],
        kato: "1132".into(),
        facilitator_user_id: facilitator.user_id,
        opens_on: "2026-12-02".into(),
        closes_on: "2026-12-20".into(),
        bodies: vec!["akimat-1132".into()],
        grievances: vec![],
        residents_only: false,
        alert_id: None,
    }
}

/// Eight statements seeded by the facilitator on day 1, numbered where `words` says `{i}`.
fn seeded(c: &mut Db, facilitator: &Actor, id: i64, words: &str, lang: &str) -> Vec<i64> {
    (0..8)
        .map(|i| {
            let text = words.replace("{i}", &i.to_string());
            statements::seed(c, facilitator.at(at(1)), id, &text, lang).unwrap()
        })
        .collect()
}

/// Sixteen people in two camps of 8 vote on every seed at day 4: all agree with the first,
/// and each camp agrees with every other statement, the other camp with the rest.
fn two_camps(c: &mut Db, id: i64, seeds: &[i64]) {
    for p in 0..16 {
        let voter = person(c, &format!("voter{p}@example.kz"), vec![]);
        dialogues::join(c, id, voter.at(at(4)), false).unwrap();
        for (s, statement) in seeds.iter().enumerate() {
            let vote = if s == 0 || s % 2 == p % 2 {
                Vote::Agree
            } else {
                Vote::Disagree
            };
            votes::cast(c, voter.at(at(4)), *statement, vote).unwrap();
        }
    }
}

fn codes(e: Error) -> Vec<(&'static str, &'static str)> {
    match e {
        Error::Invalid(errors) => errors.iter().map(|f| (f.field, f.code)).collect(),
        other => panic!("expected field errors, got {other:?}"),
    }
}

async fn opening_is_checked_and_scoped(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let facilitator = mediator(c, "facilitator@example.kz", "2027-12-31");
        let expired = mediator(c, "expired@example.kz", "2026-11-30");
        let district = Grant::new(Role::Coordinator)
            .level(Level::Local)
            .kato("1132");
        let coordinator = person(c, "centre@example.kz", vec![district]);
        let elsewhere = person(
            c,
            "astana@example.kz",
            vec![Grant::new(Role::Coordinator).level(Level::Local).kato("71")],
        );
        let citizen = person(c, "citizen@example.kz", vec![]);

        // Only coordinators covering the territory, or certified mediators, open.
        for outsider in [&citizen, &elsewhere, &expired] {
            let refused = opening::open(c, outsider.at(at(1)), &opening(&facilitator), &site());
            assert!(matches!(refused, Err(Error::Forbidden)), "{refused:?}");
        }
        // Every field is checked at once, and nothing is written.
        let bad = Opening {
            question: "Как?".into(),
            background: Default::default(),
            kato: "11329999".into(),
            facilitator_user_id: expired.user_id,
            opens_on: "2026-12-10".into(),
            closes_on: "2026-12-05".into(),
            bodies: vec!["no-such-body".into()],
            grievances: vec!["KZ-0000-0000".into()],
            ..opening(&facilitator)
        };
        let errors = codes(opening::open(c, coordinator.at(at(1)), &bad, &site()).unwrap_err());
        for expected in [
            ("question", "too-short"),
            ("background", "required"),
            ("kato", "unknown"),
            ("facilitator", "not-certified"),
            ("closes_on", "before-opening"),
            ("bodies", "unknown"),
            ("grievances", "unknown"),
        ] {
            assert!(errors.contains(&expected), "{expected:?} in {errors:?}");
        }
        assert!(dialogues::list(c, &coordinator)?.is_empty());

        // A coordinator's dialogue is approved at once; the public sees it.
        let id = opening::open(c, coordinator.at(at(1)), &opening(&facilitator), &site()).unwrap();
        let d = dialogues::find_for(c, id, &Actor::default()).unwrap();
        assert_eq!(d.phase(at(1).date()), Phase::Upcoming);
        assert_eq!(d.phase(at(2).date()), Phase::Open);
        assert_eq!(d.phase(at(21).date()), Phase::Closed);
        assert_eq!(
            d.background("kk"),
            "После ссоры в школе спор перешёл в соцсети."
        );

        // A mediator's proposal waits: hidden from the public until a coordinator of the
        // territory approves it (one elsewhere may not).
        let proposed =
            opening::open(c, facilitator.at(at(1)), &opening(&citizen), &site()).unwrap();
        let p = dialogues::find_for(c, proposed, &facilitator).unwrap();
        assert_eq!(p.phase(at(5).date()), Phase::Proposed);
        assert_eq!(p.facilitator_user_id, facilitator.user_id);
        // The coordinators who may approve it are asked to; others are not.
        assert_eq!(
            mails_to(c, "centre@example.kz", "ждёт вашего одобрения")?,
            1
        );
        assert_eq!(
            mails_to(c, "astana@example.kz", "ждёт вашего одобрения")?,
            0
        );
        assert!(matches!(
            dialogues::find_for(c, proposed, &citizen),
            Err(Error::NotFound)
        ));
        assert!(matches!(
            opening::approve(c, elsewhere.at(at(2)), proposed, &site()),
            Err(Error::NotFound)
        ));
        opening::approve(c, coordinator.at(at(2)), proposed, &site()).unwrap();
        assert_eq!(mails_to(c, "facilitator@example.kz", "диалог одобрен")?, 1);
        // Approving twice tells nobody twice.
        opening::approve(c, coordinator.at(at(3)), proposed, &site()).unwrap();
        assert_eq!(mails_to(c, "facilitator@example.kz", "диалог одобрен")?, 1);
        assert!(dialogues::find_for(c, proposed, &citizen).is_ok());
        assert_eq!(dialogues::list(c, &citizen)?.len(), 2);
        Ok(())
    })
    .await
    .unwrap();
}

async fn statements_votes_and_the_map(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let (facilitator, coordinator) = facilitator_and_coordinator(c);
        let id = opening::open(c, coordinator.at(at(1)), &opening(&facilitator), &site()).unwrap();

        // The facilitator seeds before the opening; nobody else may.
        let seeds = seeded(
            c,
            &facilitator,
            id,
            "Утверждение номер {i} о школьном дворе.",
            "ru",
        );
        let citizen = person(c, "citizen@example.kz", vec![]);
        assert!(matches!(
            statements::seed(c, citizen.at(at(2)), id, "Моё утверждение.", "ru"),
            Err(Error::Forbidden)
        ));
        // Taking part: only while open; then statements and votes.
        assert_eq!(
            codes(dialogues::join(c, id, citizen.at(at(1)), false).unwrap_err()),
            vec![("dialogue", "not-open")]
        );
        assert!(matches!(
            votes::cast(c, citizen.at(at(3)), seeds[0], Vote::Agree),
            Err(Error::Forbidden)
        ));
        dialogues::join(c, id, citizen.at(at(3)), false).unwrap();
        dialogues::join(c, id, citizen.at(at(3)), false).unwrap();
        let d = dialogues::find(c, id).unwrap();
        assert_eq!(
            dialogues::participation(c, &d, &citizen)?,
            Some(ParticipantKind::Citizen)
        );
        assert_eq!(
            dialogues::participants_by_kind(c, id)?,
            vec![(ParticipantKind::Citizen, 1)]
        );

        // Too long, and a phone number: refused, and held for a moderator.
        let long = "а".repeat(statements::STATEMENT_MAX + 1);
        assert_eq!(
            codes(statements::write(c, citizen.at(at(3)), id, &long, "ru").unwrap_err()),
            vec![("body", "too-long")]
        );
        let (held, state) = statements::write(
            c,
            citizen.at(at(3)),
            id,
            "Звоните мне: +7 701 234 56 78",
            "ru",
        )
        .unwrap();
        assert_eq!(state, StatementState::Held);
        assert!(matches!(
            votes::cast(c, citizen.at(at(3)), held, Vote::Agree),
            Err(Error::NotFound)
        ));
        assert!(matches!(
            statements::moderate(c, &citizen, held, false, "Личные данные"),
            Err(Error::Forbidden)
        ));
        statements::moderate(c, &facilitator, held, false, "Личные данные").unwrap();
        assert_eq!(
            statements::in_state(c, id, StatementState::Hidden)?[0].hidden_reason,
            Some("Личные данные".into())
        );

        // Voting: the least voted statement comes next; a changed vote is counted once.
        let d = dialogues::find(c, id).unwrap();
        let first = votes::next(c, &d, citizen.user_id, at(3))?.unwrap();
        assert_eq!(first.id, seeds[0]);
        votes::cast(c, citizen.at(at(3)), seeds[0], Vote::Agree).unwrap();
        votes::cast(c, citizen.at(at(3)), seeds[0], Vote::Disagree).unwrap();
        votes::cast(c, citizen.at(at(3)), seeds[1], Vote::Pass).unwrap();
        let d = dialogues::find(c, id).unwrap();
        assert_eq!(
            votes::next(c, &d, citizen.user_id, at(3))?.unwrap().id,
            seeds[2]
        );
        let mine = votes::mine(c, id, citizen.user_id)?;
        assert_eq!(mine.get(&seeds[0]), Some(&Vote::Disagree));
        assert_eq!(mine.len(), 2);
        let (shown, m) = map::compute(c, id)?;
        assert_eq!(shown.len(), 8);
        assert_eq!(m.tallies[0].disagree, 1);
        assert_eq!(m.tallies[0].seen(), 1);
        assert_eq!(m.tallies[1].pass, 1);

        // Two camps of 8 (16 people, 7+ votes each): the map groups them and finds the
        // common ground (statement 0); with 14 it would not.
        two_camps(c, id, &seeds);
        let (_, m) = map::compute(c, id)?;
        assert_eq!(m.eligible, 16);
        let sizes: Vec<usize> = m.groups.iter().map(|g| g.size).collect();
        assert_eq!(sizes, vec![8, 8], "quality {:?}", m.quality);
        assert_eq!(m.common_ground, vec![0]);

        // The kept map: stale after the votes, refreshed once by the worker, then current;
        // a vote makes it stale again.
        assert_eq!(map::refresh_stale(c, 10, at(4))?, 1);
        assert_eq!(map::refresh_stale(c, 10, at(4))?, 0);
        let d = dialogues::find(c, id).unwrap();
        let (kept, m) = map::current(c, &d, at(4))?;
        assert_eq!(m.groups.len(), 2);
        assert_eq!(kept.iter().flatten().count(), 8);
        // A page's last read serves the same revision, and never an older one.
        let last = map::LastRead::default();
        let before = last.current(c, &d, at(4))?.1.tallies[2];
        assert_eq!(last.current(c, &d, at(4))?.1.tallies[2], before);
        votes::cast(c, citizen.at(at(4)), seeds[2], Vote::Agree).unwrap();
        let d = dialogues::find(c, id).unwrap();
        let after = last.current(c, &d, at(4))?.1.tallies[2];
        assert_eq!(after.agree, before.agree + 1, "{before:?} then {after:?}");
        statements::moderate(c, &facilitator, seeds[2], false, "Off topic").unwrap();
        let d = dialogues::find(c, id).unwrap();
        let shown = last.current(c, &d, at(4))?.0;
        assert!(
            shown.iter().flatten().all(|s| s.id != seeds[2]) && shown.len() == 7,
            "hidden since"
        );
        assert_eq!(map::refresh_stale(c, 10, at(4))?, 0, "the page kept it");

        // After the closing day nothing more is cast: the day ends at midnight in
        // Kazakhstan, which is 19:00 UTC.
        let past_midnight_in_astana = citizen.at(at(20) + chrono::Duration::hours(9));
        assert_eq!(
            codes(votes::cast(c, past_midnight_in_astana, seeds[3], Vote::Agree).unwrap_err()),
            vec![("vote", "closed")]
        );
        Ok(())
    })
    .await
    .unwrap();
}

async fn residents_only_dialogues_ask_for_a_declaration(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let facilitator = mediator(c, "facilitator@example.kz", "2027-12-31");
        let country = Grant::new(Role::Coordinator).level(Level::National);
        let coordinator = person(c, "national@example.kz", vec![country]);
        let input = Opening {
            kato: String::new(),
            residents_only: true,
            ..opening(&facilitator)
        };
        let id = opening::open(c, coordinator.at(at(1)), &input, &site()).unwrap();
        assert_eq!(dialogues::find(c, id).unwrap().kato, None);
        let citizen = person(c, "citizen@example.kz", vec![]);
        assert_eq!(
            codes(dialogues::join(c, id, citizen.at(at(3)), false).unwrap_err()),
            vec![("resident", "required")]
        );
        dialogues::join(c, id, citizen.at(at(3)), true).unwrap();
        assert!(matches!(
            dialogues::join(c, id, Actor::default().at(at(3)), true),
            Err(Error::Forbidden)
        ));
        Ok(())
    })
    .await
    .unwrap();
}

async fn stakeholders_take_part_under_a_visible_label(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let (facilitator, coordinator) = facilitator_and_coordinator(c);
        let id = opening::open(c, coordinator.at(at(1)), &opening(&facilitator), &site()).unwrap();
        let elder = person(c, "elder@example.kz", vec![]);
        let stranger = person(c, "stranger@example.kz", vec![]);
        let akim = person(
            c,
            "akim@example.kz",
            vec![Grant::new(Role::Official).body("akimat-1132")],
        );
        for who in [&elder, &akim] {
            dialogues::join(c, id, who.at(at(3)), false).unwrap();
        }
        // An official is labelled as one on joining; the others are citizens.
        let labels = dialogues::stakeholders(c, id)?;
        assert_eq!(labels.get(&akim.user_id), Some(&ParticipantKind::Official));
        assert_eq!(labels.get(&elder.user_id), None);

        // Only the facilitator labels, only people taking part, only with a known label.
        assert!(matches!(
            dialogues::label(c, &coordinator, id, "elder@example.kz", "aksakal"),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            codes(
                dialogues::label(c, &facilitator, id, "stranger@example.kz", "aksakal")
                    .unwrap_err()
            ),
            vec![("label_email", "not-participant")]
        );
        assert_eq!(
            codes(
                dialogues::label(c, &facilitator, id, "nobody@example.kz", "aksakal").unwrap_err()
            ),
            vec![("label_email", "not-participant")]
        );
        assert_eq!(
            codes(dialogues::label(c, &facilitator, id, "elder@example.kz", "chief").unwrap_err()),
            vec![("label_kind", "choose-kind")]
        );
        dialogues::label(c, &facilitator, id, " Elder@example.kz ", "aksakal").unwrap();
        assert_eq!(
            dialogues::stakeholders(c, id)?.get(&elder.user_id),
            Some(&ParticipantKind::Aksakal)
        );
        assert!(!dialogues::stakeholders(c, id)?.contains_key(&stranger.user_id));
        assert!(dialogues::participants_by_kind(c, id)?.contains(&(ParticipantKind::Aksakal, 1)));
        // "citizen" takes the label back.
        dialogues::label(c, &facilitator, id, "elder@example.kz", "citizen").unwrap();
        assert_eq!(dialogues::stakeholders(c, id)?.get(&elder.user_id), None);
        Ok(())
    })
    .await
    .unwrap();
}

/// Early warnings: statements held far more than usual, and groups drifting apart since
/// last week, reach the coordinators of the dialogue's territory.
async fn a_dialogue_in_trouble_warns_its_coordinators(backend: Backend) {
    use kenes_core::oversight::alerts;
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let (facilitator, coordinator) = facilitator_and_coordinator(c);
        let id = opening::open(c, coordinator.at(at(1)), &opening(&facilitator), &site()).unwrap();
        let seeds = seeded(
            c,
            &facilitator,
            id,
            "Statement {i} about the school yard.",
            "en",
        );
        two_camps(c, id, &seeds);
        let dialogue_kinds = |c: &mut Db| {
            alerts::detect(c, at(5))
                .unwrap()
                .into_iter()
                .filter(|f| f.kind.as_str().starts_with("dialogue"))
                .map(|f| (f.kind.as_str(), f.level, f.kato))
                .collect::<Vec<_>>()
        };
        // Two camps, but nothing to compare with yet, and nothing held.
        assert!(dialogue_kinds(c).is_empty());

        // Last week the groups were close; now they vote 0.875 apart.
        {
            use diesel::prelude::*;
            use kenes_core::schema::dialogue_drift;
            let last_week = (at(5) - chrono::Duration::days(7)).date().iso_week();
            let key = format!("{}-W{:02}", last_week.year(), last_week.week());
            diesel::insert_into(dialogue_drift::table)
                .values((
                    dialogue_drift::dialogue_id.eq(id),
                    dialogue_drift::week.eq(key),
                    dialogue_drift::apart.eq(0.2),
                ))
                .execute(c)?;
        }
        // Six statements with phone numbers, held, where nothing usually is.
        for p in 0..6 {
            let writer = person(c, &format!("writer{p}@example.kz"), vec![]);
            dialogues::join(c, id, writer.at(at(5)), false).unwrap();
            let text = format!("Call me on +7 701 234 56 7{p}");
            let (_, state) = statements::write(c, writer.at(at(5)), id, &text, "en").unwrap();
            assert_eq!(state, StatementState::Held);
        }
        let local = |kind| (kind, Level::Local, "1132".to_owned());
        assert_eq!(
            dialogue_kinds(c),
            vec![local("dialogue_hidden"), local("dialogue_drift")]
        );

        // The sweep raises both for the district's coordinator, with why in words.
        let raised = alerts::sweep(c, at(5), &site())?;
        let views: Vec<_> = raised
            .iter()
            .filter_map(|a| alerts::view(c, *a).unwrap())
            .filter(|v| v.alert.kind.as_str().starts_with("dialogue"))
            .collect();
        assert_eq!(views.len(), 2);
        let why: Vec<String> = views
            .iter()
            .map(|v| v.explain(kenes_i18n::Locale::En))
            .collect();
        assert!(why[0].contains("6 of 14 statements"), "{why:?}");
        assert!(why[1].contains("0.88 apart"), "{why:?}");
        assert!(why[1].contains("against 0.2 a week ago"), "{why:?}");
        assert_eq!(
            mails_to(c, "centre@example.kz", "Раннее предупреждение")?,
            2
        );
        Ok(())
    })
    .await
    .unwrap();
}

/// The dialogue's entry among the published outcomes.
fn in_record(
    c: &mut Db,
    dialogue: i64,
) -> Result<kenes_core::outcomes::Outcome, kenes_core::DbError> {
    let listed = kenes_core::outcomes::published(c, &Default::default(), 100, 0)?;
    Ok(listed
        .into_iter()
        .find(|o| o.dialogue_id == Some(dialogue))
        .expect("the dialogue in the public record"))
}

fn queued_for_index(c: &mut Db, outcome: i64) -> Result<i64, kenes_core::DbError> {
    use diesel::prelude::*;
    use kenes_core::schema::search_outbox;
    Ok(search_outbox::table
        .filter(search_outbox::outcome_id.eq(outcome))
        .count()
        .get_result(c)?)
}

async fn the_report_is_published_and_answered_point_by_point(backend: Backend) {
    use kenes_core::dialogues::report;
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let (facilitator, coordinator) = facilitator_and_coordinator(c);
        let input = Opening {
            closes_on: "2026-12-10".into(),
            ..opening(&facilitator)
        };
        let id = opening::open(c, coordinator.at(at(1)), &input, &site()).unwrap();
        statements::seed(
            c,
            facilitator.at(at(1)),
            id,
            "Repair the boiler house.",
            "en",
        )
        .unwrap();
        let two = "Repair the boiler house before the winter.\n\nMeet the residents every month.";

        // Only the facilitator, only from the closing date, with points of substance.
        assert_eq!(
            codes(report::publish(c, facilitator.at(at(9)), id, two, &site()).unwrap_err()),
            vec![("recommendations", "not-closed")]
        );
        assert!(matches!(
            report::publish(c, coordinator.at(at(10)), id, two, &site()),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            codes(report::publish(c, facilitator.at(at(10)), id, " \n ", &site()).unwrap_err()),
            vec![("recommendations", "required")]
        );
        assert_eq!(
            codes(report::publish(c, facilitator.at(at(10)), id, "Fix it.", &site()).unwrap_err()),
            vec![("recommendations", "too-short")]
        );
        assert!(report::find(c, id)?.is_none());
        report::publish(c, facilitator.at(at(10)), id, two, &site()).unwrap();
        assert_eq!(
            codes(report::publish(c, facilitator.at(at(11)), id, two, &site()).unwrap_err()),
            vec![("recommendations", "already")]
        );
        let published = report::find(c, id)?.unwrap();
        assert_eq!(published.recommendations.len(), 2);
        // The report joins the public record, awaiting the answer, and waits for the index.
        let entry = in_record(c, id)?;
        assert_eq!(entry.kind, "dialogue");
        assert_eq!(entry.grievance_id, None);
        assert_eq!(entry.result, "awaiting_answer");
        assert_eq!(entry.title, input.question);
        assert!(entry.summary.contains("Meet the residents every month."));
        assert_eq!(queued_for_index(c, entry.id)?, 1);
        let calendar = kenes_core::grievances::read::working_calendar(c)?;
        assert_eq!(
            published.answer_due_on,
            calendar.add_working_days(at(10).date(), report::ANSWER_DAYS)
        );

        // The body's officials answer every point, once; another body's may not.
        let akim = person(
            c,
            "akim@example.kz",
            vec![Grant::new(Role::Official).body("akimat-1132")],
        );
        let other = person(
            c,
            "other@example.kz",
            vec![Grant::new(Role::Official).body("akimat-1510")],
        );
        let one = vec!["The boiler house is repaired by 20 December.".to_owned()];
        assert_eq!(
            codes(
                report::answer(c, akim.at(at(11)), id, "akimat-1132", &one, &site()).unwrap_err()
            ),
            vec![("answer", "every-point")]
        );
        let both = vec![
            one[0].clone(),
            "We meet on the first Monday of each month.".into(),
        ];
        assert!(matches!(
            report::answer(c, other.at(at(11)), id, "akimat-1132", &both, &site()),
            Err(Error::Forbidden)
        ));
        report::answer(c, akim.at(at(11)), id, "akimat-1132", &both, &site()).unwrap();
        assert_eq!(
            codes(
                report::answer(c, akim.at(at(12)), id, "akimat-1132", &both, &site()).unwrap_err()
            ),
            vec![("answer", "already")]
        );
        let answered = report::find(c, id)?.unwrap();
        assert_eq!(answered.answers.len(), 1);
        assert_eq!(answered.answers[0].0, "akimat-1132");
        assert_eq!(answered.answers[0].1, both);
        // The facilitator hears of the answer.
        assert_eq!(mails_to(c, "facilitator@example.kz", "Орган ответил")?, 1);
        // Its only body answered: the record says so, with the answer, and is indexed again.
        let entry = in_record(c, id)?;
        assert_eq!(entry.result, "answered");
        assert!(entry
            .summary
            .contains("We meet on the first Monday of each month."));
        assert_eq!(queued_for_index(c, entry.id)?, 2);
        Ok(())
    })
    .await
    .unwrap();
}

/// Mails queued to `to` whose subject mentions `about`.
fn mails_to(c: &mut Db, to: &str, about: &str) -> Result<i64, kenes_core::DbError> {
    use diesel::prelude::*;
    use kenes_core::schema::mail_outbox;
    Ok(mail_outbox::table
        .filter(mail_outbox::recipient.eq(to))
        .filter(mail_outbox::subject.like(format!("%{about}%")))
        .count()
        .get_result(c)?)
}

async fn a_silent_body_sends_the_dialogue_up_a_level(backend: Backend) {
    use kenes_core::dialogues::{escalation, report};
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, Error>(&pool, |c| {
        let (facilitator, coordinator) = facilitator_and_coordinator(c);
        let region = Grant::new(Role::Coordinator)
            .level(Level::Regional)
            .kato("11");
        person(c, "region@example.kz", vec![region]);
        let national = Grant::new(Role::Coordinator).level(Level::National);
        person(c, "nation@example.kz", vec![national]);
        let input = Opening {
            closes_on: "2026-12-10".into(),
            ..opening(&facilitator)
        };
        let silent = opening::open(c, coordinator.at(at(1)), &input, &site()).unwrap();
        let answered = opening::open(c, coordinator.at(at(1)), &input, &site()).unwrap();
        for id in [silent, answered] {
            statements::seed(
                c,
                facilitator.at(at(1)),
                id,
                "Repair the boiler house.",
                "en",
            )?;
            report::publish(
                c,
                facilitator.at(at(10)),
                id,
                "Repair the boiler house soon.",
                &site(),
            )?;
        }
        let akim = person(
            c,
            "akim@example.kz",
            vec![Grant::new(Role::Official).body("akimat-1132")],
        );
        let answer = vec!["Repaired by the end of the month.".to_owned()];
        report::answer(
            c,
            akim.at(at(11)),
            answered,
            "akimat-1132",
            &answer,
            &site(),
        )?;

        // On the due day nothing moves; the day after, only the silent one goes up, once.
        let due = report::find(c, silent)?.unwrap().answer_due_on;
        let on_due_day = due.and_hms_opt(18, 0, 0).unwrap();
        assert!(escalation::sweep(c, on_due_day, &site())?.is_empty());
        let after = on_due_day + chrono::Duration::days(1);
        assert_eq!(escalation::sweep(c, after, &site())?, vec![silent]);
        assert!(escalation::sweep(c, after, &site())?.is_empty());
        assert_eq!(report::find(c, silent)?.unwrap().escalated_at, Some(after));
        assert_eq!(report::find(c, answered)?.unwrap().escalated_at, None);

        // A district's dialogue goes to its region's coordinators, not to the country's.
        assert_eq!(mails_to(c, "region@example.kz", "Просрочен ответ")?, 1);
        assert_eq!(mails_to(c, "nation@example.kz", "Просрочен ответ")?, 0);
        Ok(())
    })
    .await
    .unwrap();
}

/// The discussion beside the statements: participants write under their label, never their
/// name; the facilitator keeps order with the rooms' tools and a public log; nothing is
/// written outside the open days.
async fn the_discussion_is_threaded_moderated_and_anonymous(backend: Backend) {
    use kenes_core::dialogues::discussion as talk;
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let (facilitator, coordinator) = facilitator_and_coordinator(c);
        let id = opening::open(c, coordinator.at(at(1)), &opening(&facilitator), &site()).unwrap();
        let citizen = person(c, "citizen@example.kz", vec![]);
        let elder = person(c, "elder@example.kz", vec![]);
        let stranger = person(c, "stranger@example.kz", vec![]);
        for who in [&citizen, &elder] {
            dialogues::join(c, id, who.at(at(3)), false).unwrap();
        }
        dialogues::label(c, &facilitator, id, "elder@example.kz", "aksakal").unwrap();

        // Before the dialogue opens nobody writes; outsiders never do.
        assert_eq!(
            codes(talk::post(c, citizen.at(at(1)), id, None, "Рано?", "ru").unwrap_err()),
            vec![("body", "not-open")]
        );
        assert!(matches!(
            talk::post(c, stranger.at(at(3)), id, None, "Можно мне?", "ru"),
            Err(Error::Forbidden)
        ));
        assert!(matches!(
            talk::post(c, Actor::default().at(at(3)), id, None, "Аноним", "ru"),
            Err(Error::Forbidden)
        ));
        let first = talk::post(
            c,
            citizen.at(at(3)),
            id,
            None,
            "Двор не освещён вечером.",
            "ru",
        )
        .unwrap();
        let reply = talk::post(
            c,
            elder.at(at(3)),
            id,
            Some(first),
            "Поговорим с акиматом.",
            "ru",
        )
        .unwrap();
        talk::post(
            c,
            facilitator.at(at(3)),
            id,
            Some(reply),
            "Запишу в отчёт.",
            "ru",
        )
        .unwrap();
        // A reply only to a message of this discussion.
        assert_eq!(
            codes(talk::post(c, citizen.at(at(3)), id, Some(9_999), "Ответ", "ru").unwrap_err()),
            vec![("body", "parent")]
        );

        // Anyone reads: labels and the facilitator's name, never a participant's name.
        let d = dialogues::find(c, id).unwrap();
        let thread = talk::messages(c, &d, None, at(3))?;
        let shown: Vec<(&str, Option<&str>, Option<i64>)> = thread
            .iter()
            .map(|m| (&*m.author_role, m.author_name.as_deref(), m.parent_id))
            .collect();
        assert_eq!(
            shown,
            vec![
                ("citizen", None, None),
                ("aksakal", None, Some(first)),
                ("facilitator", Some("facilitator"), Some(reply)),
            ]
        );

        // A report reaches those keeping order, not other readers.
        talk::report(c, elder.at(at(3)), id, first, "Не по теме").unwrap();
        talk::report(c, elder.at(at(3)), id, first, "Не по теме").unwrap();
        assert!(matches!(
            talk::report(c, stranger.at(at(3)), id, first, "Спам"),
            Err(Error::Forbidden)
        ));
        assert_eq!(talk::open_reports(c, &d, &citizen)?, vec![]);
        assert_eq!(
            talk::open_reports(c, &d, &facilitator)?,
            vec![(first, "Не по теме".to_owned())]
        );

        // Keeping order is the facilitator's (and the territory's moderators'), with a reason.
        assert!(matches!(
            talk::keep_order(
                c,
                elder.at(at(3)),
                id,
                Order::Hide { message: first },
                "Я против"
            ),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            codes(
                talk::keep_order(
                    c,
                    facilitator.at(at(3)),
                    id,
                    Order::Hide { message: first },
                    " "
                )
                .unwrap_err()
            ),
            vec![("reason", "required")]
        );
        talk::keep_order(
            c,
            facilitator.at(at(3)),
            id,
            Order::Hide { message: first },
            "Личные данные",
        )
        .unwrap();
        assert_eq!(talk::open_reports(c, &d, &facilitator)?, vec![]);
        let hidden = &talk::messages(c, &d, Some(citizen.user_id), at(3))?[0];
        assert_eq!(hidden.body, None);
        assert_eq!(hidden.hidden_reason.as_deref(), Some("Личные данные"));

        talk::keep_order(
            c,
            facilitator.at(at(3)),
            id,
            Order::Mute {
                message: reply,
                minutes: 30,
            },
            "Остынем",
        )
        .unwrap();
        assert_eq!(
            codes(talk::post(c, elder.at(at(3)), id, None, "Ещё слово", "ru").unwrap_err()),
            vec![("body", "muted")]
        );
        talk::keep_order(c, facilitator.at(at(4)), id, Order::Lock(true), "Перерыв").unwrap();
        assert_eq!(
            codes(
                talk::post(c, citizen.at(at(4)), id, None, "Когда продолжим?", "ru").unwrap_err()
            ),
            vec![("body", "locked")]
        );
        talk::post(
            c,
            facilitator.at(at(4)),
            id,
            None,
            "Продолжим завтра.",
            "ru",
        )
        .unwrap();
        talk::keep_order(
            c,
            facilitator.at(at(5)),
            id,
            Order::Lock(false),
            "Продолжаем",
        )
        .unwrap();
        talk::post(c, citizen.at(at(5)), id, None, "Спасибо.", "ru").unwrap();
        let log: Vec<(String, String)> = talk::moderation_log(c, &d)?
            .into_iter()
            .map(|e| (e.actor_role, e.action.to_string()))
            .collect();
        let expected = ["hide", "mute", "lock", "unlock"].map(|a| ("facilitator".into(), a.into()));
        assert_eq!(log, expected.to_vec());

        // After the closing day the discussion is read only.
        assert_eq!(
            codes(talk::post(c, citizen.at(at(21)), id, None, "Поздно", "ru").unwrap_err()),
            vec![("body", "not-open")]
        );
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    discussion => the_discussion_is_threaded_moderated_and_anonymous,
    warnings => a_dialogue_in_trouble_warns_its_coordinators,
    labels => stakeholders_take_part_under_a_visible_label,
    escalated => a_silent_body_sends_the_dialogue_up_a_level,
    reported => the_report_is_published_and_answered_point_by_point,
    opened => opening_is_checked_and_scoped,
    voting => statements_votes_and_the_map,
    residents => residents_only_dialogues_ask_for_a_declaration,
}
