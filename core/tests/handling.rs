//! Routing, the lifecycle after filing, escalation, supports and duplicates, on a real
//! SQLite file and a real PostgreSQL server.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use kenes_core::actor::Actor;
use kenes_core::audit::Client;
use kenes_core::db::interact;
use kenes_core::error::Error;
use kenes_core::grievances::escalation::{self, Sweep};
use kenes_core::grievances::filing::{self, Filing};
use kenes_core::grievances::handling::{self, Step};
use kenes_core::grievances::queue::{self, Filter};
use kenes_core::grievances::read;
use kenes_core::grievances::support;
use kenes_core::grievances::terms::Status;
use kenes_core::mail::notices::{self, Notice};
use kenes_core::permissions::{Grant, Level, Role};
use kenes_core::schema::{grievance_events, grievances, mail_outbox};
use kenes_core::testing::{migrated, site};
use kenes_core::{both_backends, Backend, Db};
use kenes_i18n::Locale;

/// The author's withdrawal with a reason, confirmed or not.
fn withdraw(confirmed: bool) -> Step {
    Step::Withdraw {
        reason: "Solved with the neighbours, thank you.".into(),
        confirmed,
    }
}

fn at(y: i32, m: u32, d: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn person(c: &mut Db, email: &str, locale: &str) -> Actor {
    let user_id = kenes_core::testing::account(c, email, email, locale, at(2026, 3, 1));
    Actor::user(user_id, vec![])
}

fn staff(c: &mut Db, email: &str, grant: Grant) -> Actor {
    Actor {
        grants: vec![grant],
        ..person(c, email, "kk")
    }
}

/// A Russian-speaking guest at `email` asks for the link that files `input` (with `files`).
fn ask_link(
    c: &mut Db,
    email: &str,
    input: &Filing,
    files: &[kenes_core::grievances::attachments::Stored],
    at: NaiveDateTime,
) -> Result<(), Error> {
    kenes_core::grievances::guest::request(c, email, Locale::Ru, input, files, &site(), at)
}

/// The title every grievance here is filed with.
const TITLE: &str = "Яма на дороге";

/// The subject of `notice` about `code` as a reader of `locale` gets it.
fn subject(locale: Locale, notice: Notice, code: &str) -> String {
    let about = notices::About { code, title: TITLE };
    notices::render(&site(), locale, about, &notice).subject
}

// Notices whose subject names only their kind and the code: the details do not show.
fn extended() -> Notice {
    Notice::Extended {
        until: day(2026, 1, 1),
        reason: String::new(),
    }
}

fn rejected() -> Notice {
    Notice::Rejected {
        reason: String::new(),
    }
}

fn missed() -> Notice {
    Notice::DeadlineMissed {
        due: day(2026, 1, 1),
        escalated_to: None,
    }
}

fn file(c: &mut Db, author: &Actor, key: &str, privacy: &str, now: NaiveDateTime) -> String {
    let input = Filing {
        appeal_kind: "complaint".into(),
        category: "roads_transport".into(),
        kato: "1132".into(),
        title: TITLE.into(),
        body: "На центральной улице яма, машины ломаются.".into(),
        lang: "ru".into(),
        privacy: privacy.into(),
        idempotency_key: key.into(),
        point: None,
        landmark: String::new(),
    };
    filing::file(c, author.user_id, &input, &Client::default(), &site(), now).unwrap()
}

fn act(
    c: &mut Db,
    code: &str,
    actor: &Actor,
    step: Step,
    now: NaiveDateTime,
) -> Result<Status, Error> {
    handling::act(c, code, actor.at(now), &step, &Client::default(), &site())
}

fn row(c: &mut Db, code: &str) -> kenes_core::models::Grievance {
    read::find(c, code).unwrap()
}

fn subjects(c: &mut Db) -> Vec<String> {
    mail_outbox::table
        .order(mail_outbox::id)
        .select(mail_outbox::subject)
        .load(c)
        .unwrap()
}

fn field_error(r: Result<impl std::fmt::Debug, Error>) -> (&'static str, &'static str) {
    field_errors(r)[0]
}

fn field_errors(r: Result<impl std::fmt::Debug, Error>) -> Vec<(&'static str, &'static str)> {
    match r {
        Err(Error::Invalid(e)) => e.iter().map(|e| (e.field, e.code)).collect(),
        other => panic!("expected a field error, got {other:?}"),
    }
}

async fn official_accepts_extends_answers_citizen_rates_and_reopens(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let citizen = person(c, "citizen@example.kz", "ru");
        let official = staff(
            c,
            "akim@example.kz",
            Grant::new(Role::Official).body("akimat-1132"),
        );
        let other_body = staff(
            c,
            "other@example.kz",
            Grant::new(Role::Official).body("akimat-1134"),
        );
        // Thursday 19 March 2026; due 14 April (Nauryz skipped).
        let code = file(c, &citizen, "k1", "public_anonymous", at(2026, 3, 19));
        let g = row(c, &code);
        assert_eq!(
            g.body_code.as_deref(),
            Some("akimat-1132"),
            "routed to the district akimat"
        );
        assert_eq!(g.level_code, "local");
        assert_eq!(g.due_on, day(2026, 4, 14));

        // Only the body's officials act on it.
        for outsider in [&other_body, &citizen] {
            assert!(matches!(
                act(c, &code, outsider, Step::Accept, at(2026, 3, 20)),
                Err(Error::Forbidden)
            ));
        }
        assert_eq!(
            act(c, &code, &official, Step::Accept, at(2026, 3, 20)).unwrap(),
            Status::Accepted
        );
        // Accepting twice is an illegal transition, not a silent no-op.
        assert!(matches!(
            act(c, &code, &official, Step::Accept, at(2026, 3, 20)),
            Err(Error::Illegal(_))
        ));

        // Extension: a reason, a later date, at most two months after filing.
        let extend = |until: &str, reason: &str| Step::Extend {
            until: until.into(),
            reason: reason.into(),
        };
        let why = "Нужна экспертиза дорожного покрытия";
        let now = at(2026, 4, 1);
        assert_eq!(
            field_error(act(c, &code, &official, extend("2026-05-10", "мало"), now)),
            ("reason", "too-short")
        );
        assert_eq!(
            field_error(act(c, &code, &official, extend("10.05.2026", why), now)),
            ("until", "date")
        );
        assert_eq!(
            field_error(act(c, &code, &official, extend("2026-04-10", why), now)),
            ("until", "not-later")
        );
        assert_eq!(
            field_error(act(c, &code, &official, extend("2026-05-20", why), now)),
            ("until", "too-late")
        );
        assert_eq!(
            row(c, &code).status,
            "accepted",
            "a refused step changes nothing"
        );
        assert_eq!(
            act(c, &code, &official, extend("2026-05-19", why), now).unwrap(),
            Status::Extended
        );
        assert_eq!(row(c, &code).due_on, day(2026, 5, 19));

        assert_eq!(
            field_error(act(
                c,
                &code,
                &official,
                Step::Answer { text: " ".into() },
                at(2026, 5, 4)
            )),
            ("answer", "required")
        );
        // "Will repair" is no answer: too short to say what was done.
        assert_eq!(
            field_error(act(
                c,
                &code,
                &official,
                Step::Answer {
                    text: "Отремонтируем".into()
                },
                at(2026, 5, 4)
            )),
            ("answer", "answer-too-short")
        );
        let answer = "Яма заделана 4 мая, покрытие восстановлено.";
        // Previewed first: what the citizen will read, and nothing written.
        assert_eq!(
            handling::preview_answer(c, &code, &official, &format!("  {answer}\n")).unwrap(),
            answer
        );
        assert!(matches!(
            handling::preview_answer(c, &code, &citizen, answer),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            row(c, &code).status,
            Status::Extended,
            "a preview changes nothing"
        );
        assert_eq!(
            act(
                c,
                &code,
                &official,
                Step::Answer {
                    text: answer.into()
                },
                at(2026, 5, 4)
            )
            .unwrap(),
            Status::Answered
        );
        let g = row(c, &code);
        assert_eq!(g.answer.as_deref(), Some(answer));

        // The citizen rates and reopens within 30 days; officials cannot reopen for them.
        assert!(matches!(
            handling::rate(c, &code, official.at(at(2026, 5, 5)), 5),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            field_error(handling::rate(c, &code, citizen.at(at(2026, 5, 5)), 6)),
            ("rating", "choose")
        );
        handling::rate(c, &code, citizen.at(at(2026, 5, 5)), 2).unwrap();
        assert_eq!(row(c, &code).rating, Some(2));
        let reopen = || Step::Reopen {
            reason: "Яму засыпали песком, она снова появилась.".into(),
        };
        assert!(matches!(
            act(c, &code, &official, reopen(), at(2026, 5, 6)),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            field_error(act(c, &code, &citizen, reopen(), at(2026, 6, 10))),
            ("reason", "reopen-late")
        );
        assert_eq!(
            act(c, &code, &citizen, reopen(), at(2026, 5, 6)).unwrap(),
            Status::Reopened
        );
        assert!(row(c, &code).due_on > day(2026, 5, 19), "a fresh deadline");

        // The timeline: roles, reasons, never names.
        let events = kenes_core::timeline::timeline(c, g.id)?;
        let steps: Vec<(Option<&str>, &str)> = events
            .iter()
            .map(|e| (e.status.map(|s| s.as_str()), e.actor_role.as_str()))
            .collect();
        assert_eq!(
            steps,
            [
                (Some("submitted"), "citizen"),
                (Some("accepted"), "official"),
                (Some("extended"), "official"),
                (Some("answered"), "official"),
                (None, "citizen"),
                (Some("reopened"), "citizen"),
            ]
        );
        assert_eq!(events[2].note.as_deref(), Some(why));
        assert_eq!(events[4].kind.as_deref(), Some("rated"));
        assert_eq!(events[3].kind, None, "answered before the deadline");

        // An answer after the deadline says so on the record.
        let late = file(c, &citizen, "k-late", "public", at(2026, 3, 19));
        act(c, &late, &official, Step::Accept, at(2026, 3, 20)).unwrap();
        let text = Step::Answer {
            text: "Ответ с опозданием, извините.".into(),
        };
        act(c, &late, &official, text, at(2026, 4, 20)).unwrap();
        let g = row(c, &late);
        let last = kenes_core::timeline::timeline(c, g.id)?.pop().unwrap();
        assert_eq!(
            (last.status.map(|s| s.as_str()), last.kind.as_deref()),
            (Some("answered"), Some("answered_late"))
        );

        // One mail per step the citizen must hear about, in their language.
        assert_eq!(
            subjects(c)
                .iter()
                .filter(|s| s.contains(&code))
                .cloned()
                .collect::<Vec<_>>(),
            [
                subject(Locale::Ru, Notice::Filed, &code),
                subject(Locale::Ru, Notice::Accepted, &code),
                subject(Locale::Ru, extended(), &code),
                subject(
                    Locale::Ru,
                    Notice::Answered {
                        answer: "Котёл отремонтирован.".into()
                    },
                    &code
                ),
            ]
        );
        Ok(())
    })
    .await
    .unwrap();
}

async fn redirect_reject_withdraw_and_mail_choices(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let citizen = person(c, "citizen@example.kz", "kk");
        let official = staff(
            c,
            "akim@example.kz",
            Grant::new(Role::Official).body("akimat-1132"),
        );
        let receiver = staff(
            c,
            "roads@example.kz",
            Grant::new(Role::Official).body("akimat-11"),
        );
        let code = file(c, &citizen, "k1", "private", at(2026, 3, 19));
        let redirect = |body: &str| Step::Redirect {
            body: body.into(),
            reason: "Дорога областного значения".into(),
        };
        assert_eq!(
            field_error(act(
                c,
                &code,
                &official,
                redirect("nowhere"),
                at(2026, 3, 20)
            )),
            ("body", "choose")
        );
        // A redirect without a body or a reason names both at once.
        let neither = Step::Redirect {
            body: String::new(),
            reason: String::new(),
        };
        assert_eq!(
            field_errors(act(c, &code, &official, neither, at(2026, 3, 20))),
            [("reason", "required"), ("body", "choose")]
        );
        assert_eq!(
            field_error(act(
                c,
                &code,
                &official,
                redirect("akimat-1132"),
                at(2026, 3, 20)
            )),
            ("body", "choose")
        );
        // Three working days from arrival: 19 March + Nauryz = 27 March is too late.
        assert_eq!(
            field_error(act(
                c,
                &code,
                &official,
                redirect("akimat-11"),
                at(2026, 3, 30)
            )),
            ("body", "redirect-late")
        );

        // The citizen no longer wants mails about redirects.
        let wanted = ["accepted", "mediation", "queue", "supported"].map(String::from);
        notices::set_wanted(c, citizen.user_id, &wanted)?;
        assert_eq!(
            notices::optouts(c, citizen.user_id)?,
            ["deadline_missed", "escalated", "redirected"]
        );
        assert_eq!(
            act(c, &code, &official, redirect("akimat-11"), at(2026, 3, 20)).unwrap(),
            Status::Redirected
        );
        let g = row(c, &code);
        assert_eq!(g.body_code.as_deref(), Some("akimat-11"));
        assert_eq!(g.level_code, "regional");
        // The old body lost it; the new one has it.
        assert!(matches!(
            act(c, &code, &official, Step::Accept, at(2026, 3, 24)),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            field_error(act(
                c,
                &code,
                &receiver,
                Step::Reject {
                    reason: "нет".into()
                },
                at(2026, 3, 24)
            )),
            ("reason", "too-short")
        );
        assert_eq!(
            act(
                c,
                &code,
                &receiver,
                Step::Reject {
                    reason: "Вопрос решён судом, обжалуйте решение.".into()
                },
                at(2026, 3, 24)
            )
            .unwrap(),
            Status::Rejected
        );
        assert_eq!(
            subjects(c)
                .iter()
                .filter(|s| s.contains(&code))
                .cloned()
                .collect::<Vec<_>>(),
            [
                subject(Locale::Kk, Notice::Filed, &code),
                subject(Locale::Kk, rejected(), &code)
            ],
            "no redirect mail (turned off); the legal notices always go"
        );

        // Withdrawal is the author's alone, says why, is confirmed, and is final.
        let other = file(c, &citizen, "k2", "public", at(2026, 3, 19));
        assert!(matches!(
            act(c, &other, &official, withdraw(true), at(2026, 3, 20)),
            Err(Error::Forbidden)
        ));
        for (step, field) in [
            (withdraw(false), "confirm"),
            (
                Step::Withdraw {
                    reason: "no".into(),
                    confirmed: true,
                },
                "reason",
            ),
        ] {
            assert!(
                matches!(
                    act(c, &other, &citizen, step, at(2026, 3, 20)),
                    Err(Error::Invalid(e)) if e[0].field == field
                ),
                "{field}"
            );
        }
        assert_eq!(
            act(c, &other, &citizen, withdraw(true), at(2026, 3, 20)).unwrap(),
            Status::Withdrawn
        );
        assert!(matches!(
            act(c, &other, &official, Step::Accept, at(2026, 3, 20)),
            Err(Error::Illegal(_))
        ));
        Ok(())
    })
    .await
    .unwrap();
}

async fn overdue_grievances_escalate_level_by_level(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let citizen = person(c, "citizen@example.kz", "en");
        let code = file(c, &citizen, "k1", "public", at(2026, 3, 19));
        assert_eq!(
            escalation::sweep(c, at(2026, 4, 14), &site())?,
            Sweep::default(),
            "due today is not late"
        );
        assert_eq!(
            escalation::sweep(c, at(2026, 4, 15), &site())?,
            Sweep {
                escalated: 1,
                notified: 0
            }
        );
        assert_eq!(
            escalation::sweep(c, at(2026, 4, 15), &site())?,
            Sweep::default(),
            "once"
        );
        let g = row(c, &code);
        assert_eq!(
            (g.status.as_str(), g.level_code.as_str()),
            ("escalated", "regional")
        );
        assert_eq!(g.body_code.as_deref(), Some("akimat-11"));
        assert!(g.due_on > day(2026, 5, 1));
        let later = g.due_on.succ_opt().unwrap().and_hms_opt(9, 0, 0).unwrap();
        assert_eq!(escalation::sweep(c, later, &site())?.escalated, 1);
        let g = row(c, &code);
        assert_eq!(
            (g.status.as_str(), g.level_code.as_str()),
            ("escalated", "national")
        );
        assert_eq!(g.body_code.as_deref(), Some("government"));
        // Nowhere higher: the citizen is told once.
        let later = g.due_on.succ_opt().unwrap().and_hms_opt(9, 0, 0).unwrap();
        assert_eq!(
            escalation::sweep(c, later, &site())?,
            Sweep {
                escalated: 0,
                notified: 1
            }
        );
        assert_eq!(escalation::sweep(c, later, &site())?, Sweep::default());
        let kinds: Vec<Option<String>> = grievance_events::table
            .filter(grievance_events::grievance_id.eq(g.id))
            .order(grievance_events::id)
            .select(grievance_events::kind)
            .load(c)?;
        assert_eq!(
            kinds,
            [None, Some("overdue".into()), Some("overdue".into())]
        );
        assert_eq!(
            subjects(c)[1..],
            [
                subject(Locale::En, Notice::Filed, &code),
                subject(Locale::En, missed(), &code),
                subject(Locale::En, missed(), &code),
                subject(Locale::En, missed(), &code),
            ]
        );
        Ok(())
    })
    .await
    .unwrap();
}

async fn coordinators_escalate_by_hand_and_see_their_queue(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let citizen = person(c, "citizen@example.kz", "ru");
        let local = staff(
            c,
            "local@example.kz",
            Grant::new(Role::Coordinator)
                .level(Level::Local)
                .kato("1132"),
        );
        let elsewhere = staff(
            c,
            "far@example.kz",
            Grant::new(Role::Coordinator).level(Level::Local).kato("15"),
        );
        let official = staff(
            c,
            "akim@example.kz",
            Grant::new(Role::Official).body("akimat-1132"),
        );
        let early = file(c, &citizen, "k1", "private", at(2026, 3, 2));
        let late = file(c, &citizen, "k2", "public", at(2026, 3, 19));
        let escalate = || Step::Escalate {
            reason: "Конфликт затрагивает несколько сёл района".into(),
        };
        for who in [&elsewhere, &official, &citizen] {
            assert!(matches!(
                act(c, &late, who, escalate(), at(2026, 3, 20)),
                Err(Error::Forbidden)
            ));
        }
        // The queue: soonest deadline first; private ones included for staff.
        let (items, total) =
            queue::staff_queue(c, official.user_id, &official.grants, &Filter::default())?.unwrap();
        assert_eq!(total, 2);
        let codes: Vec<&str> = items
            .iter()
            .map(|(g, ..)| g.tracking_code.as_str())
            .collect();
        assert_eq!(codes, [early.as_str(), late.as_str()]);
        assert!(
            queue::staff_queue(c, citizen.user_id, &citizen.grants, &Filter::default())?.is_none()
        );
        let (items, _) =
            queue::staff_queue(c, elsewhere.user_id, &elsewhere.grants, &Filter::default())?
                .unwrap();
        assert!(items.is_empty(), "a centre sees only its own place");

        assert_eq!(
            act(c, &late, &local, escalate(), at(2026, 3, 20)).unwrap(),
            Status::Escalated
        );
        let g = row(c, &late);
        assert_eq!(
            (g.level_code.as_str(), g.body_code.as_deref()),
            ("regional", Some("akimat-11"))
        );
        // It left the local queues.
        let (items, total) =
            queue::staff_queue(c, official.user_id, &official.grants, &Filter::default())?.unwrap();
        assert_eq!((items.len(), total), (1, 1));

        // The public list never shows private grievances; filters narrow it.
        let mut all = |f: Filter| queue::public_list(c, &f).unwrap().1;
        assert_eq!(all(Filter::default()), 1);
        assert_eq!(
            all(Filter {
                kato: "11".into(),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            all(Filter {
                kato: "15".into(),
                ..Default::default()
            }),
            0
        );
        assert_eq!(
            all(Filter {
                status: "escalated".into(),
                ..Default::default()
            }),
            1
        );
        assert_eq!(
            all(Filter {
                status: "accepted".into(),
                ..Default::default()
            }),
            0
        );
        assert_eq!(
            all(Filter {
                category: "land".into(),
                ..Default::default()
            }),
            0
        );
        Ok(())
    })
    .await
    .unwrap();
}

async fn supports_once_and_duplicates_share_them(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let author = person(c, "author@example.kz", "ru");
        let neighbour = person(c, "neighbour@example.kz", "ru");
        let third = person(c, "third@example.kz", "ru");
        let official = staff(
            c,
            "akim@example.kz",
            Grant::new(Role::Official).body("akimat-1132"),
        );
        let original = file(c, &author, "k1", "public", at(2026, 3, 19));
        let private = file(c, &author, "k2", "private", at(2026, 3, 19));
        let dup = file(c, &third, "k3", "public_anonymous", at(2026, 3, 20));

        assert_eq!(
            support::support(c, &original, neighbour.user_id, at(2026, 3, 20)).unwrap(),
            1
        );
        assert_eq!(
            field_error(support::support(
                c,
                &original,
                neighbour.user_id,
                at(2026, 3, 20)
            )),
            ("support", "already")
        );
        assert_eq!(
            field_error(support::support(
                c,
                &original,
                author.user_id,
                at(2026, 3, 20)
            )),
            ("support", "own")
        );
        assert!(matches!(
            support::support(c, &private, neighbour.user_id, at(2026, 3, 20)),
            Err(Error::NotFound)
        ));

        assert!(matches!(
            handling::link_duplicate(
                c,
                &dup,
                &original,
                neighbour.at(at(2026, 3, 21)),
                &Client::default(),
                &site()
            ),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            field_error(handling::link_duplicate(
                c,
                &dup,
                &dup,
                official.at(at(2026, 3, 21)),
                &Client::default(),
                &site()
            )),
            ("of", "same")
        );
        handling::link_duplicate(
            c,
            &dup,
            &original,
            official.at(at(2026, 3, 21)),
            &Client::default(),
            &site(),
        )
        .unwrap();
        let d = row(c, &dup);
        let o = row(c, &original);
        assert_eq!(d.duplicate_of, Some(o.id));
        // One support count for both; a supporter of one cannot support the other.
        assert_eq!(support::support_count(c, &d)?, 1);
        assert_eq!(
            field_error(support::support(
                c,
                &dup,
                neighbour.user_id,
                at(2026, 3, 22)
            )),
            ("support", "already")
        );
        assert_eq!(
            support::support(c, &dup, author.user_id, at(2026, 3, 22)).unwrap(),
            2
        );
        assert_eq!(support::support_count(c, &o)?, 2);
        let linked: i64 = grievance_events::table
            .filter(grievance_events::kind.eq_any(["duplicate_of", "duplicate_linked"]))
            .count()
            .get_result(c)?;
        assert_eq!(linked, 2, "both timelines say so");
        let n: i64 = grievances::table.count().get_result(c)?;
        assert_eq!(n, 3);
        Ok(())
    })
    .await
    .unwrap();
}

async fn administrators_edit_bodies_and_routing(backend: Backend) {
    use kenes_core::grievances::routing::{self, BodyInput};
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let admin = vec![Grant::new(Role::Administrator)];
        let official = vec![Grant::new(Role::Official).body("akimat-1132")];
        let body = BodyInput {
            code: "water-1132".into(),
            level: "local".into(),
            kato: "1132".into(),
            name_kk: "Су шаруашылығы бөлімі".into(),
            name_ru: "Отдел водоснабжения".into(),
            name_en: "Water supply department".into(),
        };
        assert!(matches!(
            routing::save_body(c, &official, &body),
            Err(Error::Forbidden)
        ));
        let bad = BodyInput {
            code: "Water 1132".into(),
            level: "national".into(),
            kato: "1132".into(),
            name_en: String::new(),
            ..body.clone()
        };
        let Err(Error::Invalid(errors)) = routing::save_body(c, &admin, &bad) else {
            panic!("expected field errors")
        };
        let fields: Vec<(&str, &str)> = errors.iter().map(|e| (e.field, e.code)).collect();
        assert_eq!(
            fields,
            [
                ("code", "code"),
                ("kato", "national"),
                ("name_en", "required")
            ]
        );
        routing::save_body(c, &admin, &body).unwrap();
        let now = at(2026, 3, 1);
        assert!(matches!(
            routing::add_rule(c, &official, "1132", "utilities", "water-1132", now),
            Err(Error::Forbidden)
        ));
        assert!(matches!(
            routing::add_rule(c, &admin, "9999", "utilities", "nowhere", now),
            Err(Error::Invalid(e)) if e.len() == 2
        ));
        let rule = routing::add_rule(c, &admin, "1132", "utilities", "water-1132", now).unwrap();
        let route = |c: &mut Db, cat: &str| {
            routing::route(c, "1132", cat, Level::Local)
                .unwrap()
                .map(|b| b.code)
        };
        assert_eq!(route(c, "utilities").as_deref(), Some("water-1132"));
        assert_eq!(route(c, "roads_transport").as_deref(), Some("akimat-1132"));
        assert!(routing::delete_rule(c, &admin, rule).unwrap());
        assert_eq!(route(c, "utilities").as_deref(), Some("akimat-1132"));
        assert_eq!(routing::rules_under(c, "1132", 10)?.len(), 1);
        Ok(())
    })
    .await
    .unwrap();
}

async fn guests_file_by_a_confirmed_address_and_follow_by_a_secret_link(backend: Backend) {
    use kenes_core::grievances::guest::{self, Confirmed, GuestMail};
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let input = Filing {
            appeal_kind: "complaint".into(),
            category: "utilities".into(),
            kato: "1132".into(),
            title: "Нет воды".into(),
            body: "Во всём квартале нет воды третий день.".into(),
            lang: "ru".into(),
            privacy: "public_anonymous".into(),
            idempotency_key: String::new(),
            point: None,
            landmark: String::new(),
        };
        let now = at(2026, 3, 19);
        let bad = Filing {
            kato: "11".into(),
            ..input.clone()
        };
        let Err(Error::Invalid(errors)) = ask_link(c, "not an address", &bad, &[], now) else {
            panic!("expected field errors")
        };
        let fields: Vec<&str> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["email", "kato"]);
        let n: i64 = grievances::table.count().get_result(c)?;
        assert_eq!(n, 0);

        ask_link(c, "Guest@Example.kz", &input, &[], now).unwrap();
        let n: i64 = grievances::table.count().get_result(c)?;
        assert_eq!(n, 0, "nothing is filed before the address is confirmed");
        let mail: String = mail_outbox::table
            .filter(mail_outbox::recipient.eq("guest@example.kz"))
            .select(mail_outbox::body)
            .first(c)?;
        let link = mail.split("/file/confirm?token=").nth(1).expect("the link");
        let token = link.split_whitespace().next().unwrap().to_owned();
        assert!(matches!(
            guest::confirm(c, "wrong", &Client::default(), &site(), now),
            Err(Error::TokenInvalid)
        ));
        let Confirmed::Filed { code, key } =
            guest::confirm(c, &token, &Client::default(), &site(), now).unwrap()
        else {
            panic!("filed")
        };
        assert_eq!(
            guest::confirm(c, &token, &Client::default(), &site(), now).unwrap(),
            Confirmed::AlreadyFiled { code: code.clone() },
            "a second click files nothing new"
        );
        let g = row(c, &code);
        assert_eq!(g.author_user_id, None);
        assert_eq!(g.guest_email.as_deref(), Some("guest@example.kz"));
        assert_ne!(
            g.guest_key_hash.as_deref(),
            Some(key.as_str()),
            "only the hash is kept"
        );

        // The secret link makes the guest the author; a wrong key does not.
        let official = staff(
            c,
            "akim@example.kz",
            Grant::new(Role::Official).body("akimat-1132"),
        );
        act(c, &code, &official, Step::Accept, at(2026, 3, 20)).unwrap();
        assert!(matches!(
            act(
                c,
                &code,
                &Actor::guest("guessed"),
                withdraw(true),
                at(2026, 3, 21)
            ),
            Err(Error::Forbidden)
        ));
        assert!(!Actor::guest("guessed").is_author(&g));
        act(
            c,
            &code,
            &Actor::guest(&key),
            withdraw(true),
            at(2026, 3, 21),
        )
        .unwrap();
        let to_guest: Vec<String> = mail_outbox::table
            .filter(mail_outbox::recipient.eq("guest@example.kz"))
            .order(mail_outbox::id)
            .select(mail_outbox::subject)
            .load(c)?;
        assert_eq!(
            to_guest,
            [
                GuestMail::Confirm { token: &token }
                    .render(&site(), Locale::Ru)
                    .subject,
                GuestMail::Filed {
                    code: &code,
                    key: &key
                }
                .render(&site(), Locale::Ru)
                .subject,
                notices::render(
                    &site(),
                    Locale::Ru,
                    notices::About {
                        code: &code,
                        title: "Нет воды"
                    },
                    &Notice::Accepted
                )
                .subject
            ]
        );

        // At most a few pending filings per address and hour.
        for _ in 1..guest::PER_ADDRESS_PER_HOUR {
            ask_link(c, "guest@example.kz", &input, &[], now).unwrap();
        }
        let Err(Error::Invalid(errors)) = ask_link(c, "guest@example.kz", &input, &[], now) else {
            panic!("limited")
        };
        assert_eq!(
            (errors[0].field, errors[0].code),
            ("email", "too-many-filings")
        );
        Ok(())
    })
    .await
    .unwrap();
}

/// A guest who asks again for the link, or corrects the address, gets a new one; the first
/// stops working, so the form files one grievance.
async fn a_link_sent_again_replaces_the_first(backend: Backend) {
    use kenes_core::grievances::attachments;
    use kenes_core::grievances::guest::{self, Confirmed};
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let input = Filing {
            appeal_kind: "complaint".into(),
            category: "utilities".into(),
            kato: "1132".into(),
            title: "Нет воды".into(),
            body: "Во всём квартале нет воды третий день.".into(),
            lang: "ru".into(),
            privacy: "public_anonymous".into(),
            idempotency_key: "form-7f3k92qd".into(),
            point: None,
            landmark: String::new(),
        };
        let now = at(2026, 3, 19);
        let token_to = |c: &mut kenes_core::Db, to: &str| -> String {
            let body: String = mail_outbox::table
                .filter(mail_outbox::recipient.eq(to))
                .order(mail_outbox::id.desc())
                .select(mail_outbox::body)
                .first(c)
                .unwrap();
            let link = body.split("/file/confirm?token=").nth(1).expect("the link");
            link.split_whitespace().next().unwrap().to_owned()
        };
        // The guest adds a photo before confirming: it is stored at once, attached on
        // confirmation.
        let dir = std::env::temp_dir().join(format!(
            "kenes-guest-{}",
            kenes_core::accounts::tokens::new_id()
        ));
        let photo = attachments::Upload {
            name: "colodec.png".into(),
            bytes: b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
        };
        let checked = attachments::check(std::slice::from_ref(&photo), 0).unwrap();
        let stored = attachments::store(&dir, &checked).unwrap();
        ask_link(c, "guets@example.kz", &input, &stored, now).unwrap();
        let mistyped = token_to(c, "guets@example.kz");
        // Corrected address, same form (no files sent again): a new link that keeps the
        // photo, and the first one no longer files.
        let later = now + chrono::Duration::minutes(3);
        ask_link(c, "guest@example.kz", &input, &[], later).unwrap();
        let corrected = token_to(c, "guest@example.kz");
        assert!(matches!(
            guest::confirm(c, &mistyped, &Client::default(), &site(), later),
            Err(Error::TokenInvalid)
        ));
        let Confirmed::Filed { code, .. } =
            guest::confirm(c, &corrected, &Client::default(), &site(), later).unwrap()
        else {
            panic!("filed")
        };
        let g = row(c, &code);
        assert_eq!(g.guest_email.as_deref(), Some("guest@example.kz"));
        let n: i64 = grievances::table.count().get_result(c)?;
        assert_eq!(n, 1);
        let attached = attachments::list(c, g.id)?;
        assert_eq!(attached.len(), 1);
        assert_eq!(
            (attached[0].id.as_str(), attached[0].media_type.as_str()),
            (stored[0].id.as_str(), "image/png")
        );
        assert!(
            dir.join(&attached[0].id).exists(),
            "the file is where the row says"
        );
        std::fs::remove_dir_all(&dir).ok();
        // Another form of the same guest is another grievance: its link is not touched.
        let other = Filing {
            idempotency_key: "form-other".into(),
            ..input.clone()
        };
        ask_link(c, "guest@example.kz", &other, &[], later).unwrap();
        let second = token_to(c, "guest@example.kz");
        ask_link(c, "guest@example.kz", &input, &[], later).unwrap();
        assert!(matches!(
            guest::confirm(c, &second, &Client::default(), &site(), later).unwrap(),
            Confirmed::Filed { .. }
        ));
        Ok(())
    })
    .await
    .unwrap();
}

/// The secret link is a guest's only way back to their case: when its mail cannot be queued,
/// nothing is filed and the caller hears of it.
async fn a_guest_filing_without_its_link_mail_is_not_filed(backend: Backend) {
    use kenes_core::grievances::guest;
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let input = Filing {
            appeal_kind: "complaint".into(),
            category: "utilities".into(),
            kato: "1132".into(),
            title: "Нет воды".into(),
            body: "Во всём квартале нет воды третий день.".into(),
            lang: "ru".into(),
            privacy: "public_anonymous".into(),
            idempotency_key: String::new(),
            point: None,
            landmark: String::new(),
        };
        kenes_core::testing::refuse_mail_to(c, "guest@example.kz");
        let filed = guest::file_for(
            c,
            "guest@example.kz",
            Locale::Ru,
            &input,
            &Client::default(),
            &site(),
            at(2026, 3, 19),
        );
        assert!(matches!(filed, Err(Error::Db(_))), "{filed:?}");
        let grievances: i64 = grievances::table.count().get_result(c)?;
        let events: i64 = grievance_events::table.count().get_result(c)?;
        assert_eq!((grievances, events), (0, 0), "no half-written filing");
        Ok(())
    })
    .await
    .unwrap();
}

async fn a_poor_answer_is_appealed_one_level_up(backend: Backend) {
    use kenes_core::grievances::appeal;
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let citizen = person(c, "citizen@example.kz", "ru");
        let stranger = person(c, "stranger@example.kz", "ru");
        let local = staff(
            c,
            "akim@example.kz",
            Grant::new(Role::Official).body("akimat-1132"),
        );
        // Held in the database too: mails find the body's officials there.
        kenes_core::accounts::roles::grant(
            c,
            None,
            "akim@example.kz",
            &local.grants[0],
            &Client::default(),
            at(2026, 3, 1),
        )
        .unwrap();
        let code = file(c, &citizen, "k1", "public", at(2026, 3, 2));
        let answer = |text: &str| Step::Answer { text: text.into() };
        act(c, &code, &local, Step::Accept, at(2026, 3, 3)).unwrap();
        act(
            c,
            &code,
            &local,
            answer("Яму засыпали щебнем, асфальт весной."),
            at(2026, 3, 10),
        )
        .unwrap();
        let answered = row(c, &code);
        assert!(appeal::open(c, &answered, at(2026, 3, 11)).unwrap());
        let why = "Щебень размыло, яма снова на месте.";
        let lodge = |c: &mut Db, who: &Actor, stars: i32, reason: &str, now| {
            appeal::rate_and_appeal(c, &code, who.at(now), stars, reason, &site())
        };
        // Only the author, only with 1 or 2, with a reason, within 30 days.
        assert!(matches!(
            lodge(c, &stranger, 1, why, at(2026, 3, 11)),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            field_error(lodge(c, &citizen, 3, why, at(2026, 3, 11))),
            ("appeal", "appeal-rating")
        );
        assert_eq!(
            field_error(lodge(c, &citizen, 2, "Плохо.", at(2026, 3, 11))),
            ("appeal_reason", "too-short")
        );
        assert_eq!(
            field_error(lodge(c, &citizen, 2, why, at(2026, 4, 10))),
            ("appeal", "appeal-late")
        );
        assert_eq!(row(c, &code).rating, None, "a refused appeal rates nothing");

        lodge(c, &citizen, 2, why, at(2026, 3, 12)).unwrap();
        let g = row(c, &code);
        assert_eq!(
            (g.status, g.level_code.as_str(), g.rating),
            (Status::Escalated, "regional", Some(2))
        );
        let calendar = kenes_core::grievances::read::working_calendar(c).unwrap();
        assert_eq!(g.due_on, calendar.add_working_days(day(2026, 3, 12), 15));
        assert_ne!(g.body_code.as_deref(), Some("akimat-1132"));
        // The body that answered sees the appeal.
        let appealed = Notice::Appealed {
            to: Level::Regional,
            reason: String::new(),
        };
        let sent: i64 = mail_outbox::table
            .filter(mail_outbox::recipient.eq("akim@example.kz"))
            .filter(mail_outbox::subject.eq(subject(Locale::Kk, appealed, &code)))
            .count()
            .get_result(c)
            .unwrap();
        assert_eq!(sent, 1);
        let kinds: Vec<(Option<String>, Option<String>)> = grievance_events::table
            .filter(grievance_events::grievance_id.eq(g.id))
            .order(grievance_events::id)
            .select((grievance_events::kind, grievance_events::status))
            .load(c)
            .unwrap();
        assert_eq!(
            kinds[kinds.len() - 2..],
            [
                (Some("rated".into()), None),
                (Some("appealed".into()), Some("escalated".into()))
            ]
        );
        // Nothing more to appeal until the next level answers.
        assert_eq!(
            field_error(lodge(c, &citizen, 1, why, at(2026, 3, 13))),
            ("appeal", "appeal-state")
        );

        // The regional answer may be appealed once more; the national one no further.
        let regional = staff(
            c,
            "oblast@example.kz",
            Grant::new(Role::Official).body(g.body_code.as_deref().unwrap()),
        );
        act(
            c,
            &code,
            &regional,
            answer("Подрядчик переделает яму за свой счёт."),
            at(2026, 3, 20),
        )
        .unwrap();
        lodge(c, &citizen, 1, why, at(2026, 3, 21)).unwrap();
        let g = row(c, &code);
        assert_eq!(g.level_code, "national");
        let national = staff(
            c,
            "ministry@example.kz",
            Grant::new(Role::Official).body(g.body_code.as_deref().unwrap()),
        );
        act(
            c,
            &code,
            &national,
            answer("Министерство поручило проверку и ремонт."),
            at(2026, 3, 30),
        )
        .unwrap();
        let answered = row(c, &code);
        assert!(!appeal::open(c, &answered, at(2026, 3, 31)).unwrap());
        assert_eq!(
            field_error(lodge(c, &citizen, 1, why, at(2026, 3, 31))),
            ("appeal", "top-level")
        );

        // Accountability counts the appeal against the body that answered, and how long it
        // took to acknowledge grievances apart from answering them (from five grievances).
        for (i, key) in ["a1", "a2", "a3", "a4", "a5"].into_iter().enumerate() {
            let other = file(c, &citizen, key, "public", at(2026, 4, 6));
            act(c, &other, &local, Step::Accept, at(2026, 4, 7 + i as u32)).unwrap();
            act(
                c,
                &other,
                &local,
                answer("Яму засыпали и заасфальтировали."),
                at(2026, 4, 20),
            )
            .unwrap();
        }
        let rows = kenes_core::oversight::accountability::by_body(c, "11").unwrap();
        let row = rows
            .iter()
            .find(|r| r.key == "akimat-1132")
            .expect("the local body's row");
        assert_eq!(
            (
                row.handled,
                row.appeals,
                row.appeals_answered,
                row.days_to_accept
            ),
            (5, Some(1), None, Some(3.0)),
            "{row:?}"
        );
        assert_eq!(row.median_days, Some(14.0));
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    appeal => a_poor_answer_is_appealed_one_level_up,
    guests => guests_file_by_a_confirmed_address_and_follow_by_a_secret_link,
    guest_link_mail_lost => a_guest_filing_without_its_link_mail_is_not_filed,
    guest_link_again => a_link_sent_again_replaces_the_first,
    routing_admin => administrators_edit_bodies_and_routing,
    lifecycle => official_accepts_extends_answers_citizen_rates_and_reopens,
    redirect => redirect_reject_withdraw_and_mail_choices,
    escalation_sweep => overdue_grievances_escalate_level_by_level,
    manual_escalation => coordinators_escalate_by_hand_and_see_their_queue,
    supports => supports_once_and_duplicates_share_them,
}
