//! Requesting mediation, consent, matching with conflicts of interest, objection and the
//! mediator's confirmation, on a real SQLite file and a real PostgreSQL server.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;
use kenes_core::actor::Actor;
use kenes_core::audit::Client;
use kenes_core::db::interact;
use kenes_core::discussion::Order;
use kenes_core::error::Error;
use kenes_core::grievances::filing::{self, Filing};
use kenes_core::grievances::handling::{self, Step};
use kenes_core::grievances::read;
use kenes_core::mail::notices::{self, Notice};
use kenes_core::mediation::commitments;
use kenes_core::mediation::request::{self, ProfileInput};
use kenes_core::permissions::{Grant, Level, Role};
use kenes_core::testing::{migrated, site};
use kenes_core::{both_backends, Backend, Db};
use kenes_i18n::Locale;

fn at(d: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, d)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

/// A complaint about utilities in district 1132, in Russian.
fn utilities(title: &str, body: &str, privacy: &str, key: &str) -> Filing {
    Filing {
        appeal_kind: "complaint".into(),
        category: "utilities".into(),
        kato: "1132".into(),
        title: title.into(),
        body: body.into(),
        lang: "ru".into(),
        privacy: privacy.into(),
        idempotency_key: key.into(),
        point: None,
        landmark: String::new(),
    }
}

/// An account reading Kazakh, holding `grants` (in the database too: mails find their
/// recipients there, as the server does).
fn person(c: &mut Db, email: &str, grants: Vec<Grant>) -> Actor {
    let name = email.split('@').next().unwrap();
    let id = kenes_core::testing::account(c, email, name, "kk", at(1));
    for grant in &grants {
        kenes_core::accounts::roles::grant(c, None, email, grant, &Client::default(), at(1))
            .unwrap();
    }
    Actor::user(id, grants)
}

/// A certified, available mediator for region 11 speaking `langs`.
fn mediator(c: &mut Db, admin: &Actor, email: &str, langs: &[&str], specs: &[&str]) -> Actor {
    let grant = Grant::new(Role::Mediator).kato("11");
    let m = person(c, email, vec![grant]);
    let input = ProfileInput {
        bio: "Медиатор с 10-летним опытом.".into(),
        languages: langs.iter().map(|s| s.to_string()).collect(),
        specialisations: specs.iter().map(|s| s.to_string()).collect(),
        available: true,
        hidden: false,
    };
    request::save_profile(c, m.at(at(1)), &input).unwrap();
    request::certify(
        c,
        admin.at(at(1)),
        m.user_id,
        "Ministry of Justice",
        "M-77",
        "2027-12-31",
    )
    .unwrap();
    m
}

/// A side's answer to the agreement under discussion, from an unknown client.
fn respond(
    c: &mut Db,
    code: &str,
    who: &Actor,
    answer: &kenes_core::mediation::deliberation::Answer,
    now: NaiveDateTime,
) -> Result<bool, Error> {
    kenes_core::mediation::deliberation::respond(
        c,
        code,
        who.at(now),
        answer,
        &Client::default(),
        &site(),
    )
}

fn field(r: Result<(), Error>) -> (&'static str, &'static str) {
    match r {
        Err(Error::Invalid(e)) => (e[0].field, e[0].code),
        other => panic!("expected a field error, got {other:?}"),
    }
}

async fn a_mediation_starts_with_consent_and_a_mediator_without_ties(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let admin = person(c, "admin@example.kz", vec![Grant::new(Role::Administrator)]);
        let citizen = person(c, "citizen@example.kz", vec![]);
        let official = person(
            c,
            "akim@example.kz",
            vec![Grant::new(Role::Official).body("akimat-1132")],
        );
        let coordinator = person(
            c,
            "centre@example.kz",
            vec![Grant::new(Role::Coordinator)
                .level(Level::Local)
                .kato("1132")],
        );
        let best = mediator(
            c,
            &admin,
            "best@example.kz",
            &["kk", "ru"],
            &["ethnomediation"],
        );
        let second = mediator(c, &admin, "second@example.kz", &["ru"], &["social"]);
        let tied = mediator(c, &admin, "tied@example.kz", &["kk"], &["ethnomediation"]);
        request::declare_tie(c, tied.at(at(1)), "person", "Citizen@Example.kz", "сосед").unwrap();
        assert!(matches!(
            request::declare_tie(c, citizen.at(at(1)), "body", "akimat-1132", ""),
            Err(Error::Forbidden)
        ));

        let input = Filing {
            appeal_kind: "complaint".into(),
            category: "interethnic".into(),
            kato: "1132".into(),
            title: "Напряжённость в селе".into(),
            body: "После драки молодёжи в селе напряжённость, нужен диалог.".into(),
            lang: "kk".into(),
            privacy: "public_anonymous".into(),
            idempotency_key: "k".into(),
            point: None,
            landmark: String::new(),
        };
        let code = filing::file(
            c,
            citizen.user_id,
            &input,
            &Client::default(),
            &site(),
            at(2),
        )
        .unwrap();
        // Mediation needs a grievance the body has taken up.
        assert!(matches!(
            request::request(
                c,
                &code,
                citizen.at(at(2)),
                "Хочу спокойно договориться с акиматом.",
                &Client::default(),
                &site()
            ),
            Err(Error::Illegal(_))
        ));
        handling::act(
            c,
            &code,
            official.at(at(3)),
            &Step::Accept,
            &Client::default(),
            &site(),
        )
        .unwrap();
        let stranger = person(c, "stranger@example.kz", vec![]);
        assert!(matches!(
            request::request(
                c,
                &code,
                stranger.at(at(3)),
                "Хочу помочь соседям договориться.",
                &Client::default(),
                &site()
            ),
            Err(Error::Forbidden)
        ));
        request::request(
            c,
            &code,
            citizen.at(at(3)),
            "Хочу спокойно договориться с акиматом.",
            &Client::default(),
            &site(),
        )
        .unwrap();
        assert!(matches!(
            request::request(
                c,
                &code,
                official.at(at(3)),
                "Ещё одна просьба о медиации.",
                &Client::default(),
                &site()
            ),
            Err(Error::Invalid(_))
        ));

        // Ranked: the specialist who speaks Kazakh first; the tied mediator never.
        let ranked = request::candidates(c, &code, at(3).date()).unwrap();
        let ids: Vec<i64> = ranked.iter().map(|m| m.user_id).collect();
        assert_eq!(ids, [best.user_id, second.user_id]);
        assert!(matches!(
            request::propose(c, &code, official.at(at(3)), best.user_id, &site()),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            field(request::propose(
                c,
                &code,
                coordinator.at(at(3)),
                tied.user_id,
                &site()
            )),
            ("mediator", "choose")
        );
        request::propose(c, &code, coordinator.at(at(3)), best.user_id, &site()).unwrap();

        // The citizen objects once; the coordinator proposes the other.
        assert_eq!(
            field(request::object(c, &code, citizen.at(at(4)), "нет")),
            ("objection", "too-short")
        );
        request::object(
            c,
            &code,
            citizen.at(at(4)),
            "Он работал в акимате района раньше.",
        )
        .unwrap();
        request::propose(c, &code, coordinator.at(at(4)), second.user_id, &site()).unwrap();
        assert_eq!(
            field(request::object(
                c,
                &code,
                citizen.at(at(4)),
                "И этот мне не нравится совсем."
            )),
            ("objection", "once")
        );
        // Not before the body consents.
        assert_eq!(
            field(request::confirm(
                c,
                &code,
                second.at(at(4)),
                true,
                &Client::default(),
                &site()
            )),
            ("no_conflict", "consent-missing")
        );
        request::decide(c, &code, official.at(at(4)), true, "", &site()).unwrap();
        assert!(matches!(
            request::confirm(c, &code, best.at(at(4)), true, &Client::default(), &site()),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            field(request::confirm(
                c,
                &code,
                second.at(at(4)),
                false,
                &Client::default(),
                &site()
            )),
            ("no_conflict", "required")
        );
        request::confirm(
            c,
            &code,
            second.at(at(5)),
            true,
            &Client::default(),
            &site(),
        )
        .unwrap();
        let g = read::find(c, &code).unwrap();
        assert_eq!(g.status, "in_mediation");
        // The ranking counts the mediations a mediator is running.
        let loads: Vec<(i64, i64)> = request::candidates(c, &code, at(5).date())
            .unwrap()
            .iter()
            .map(|m| (m.user_id, m.load))
            .collect();
        assert_eq!(loads, [(best.user_id, 0), (second.user_id, 1)]);

        // Everyone was told their part, in the same transactions as the steps.
        for (who, kind, n) in [
            ("akim@example.kz", "in_queue", 1),
            ("akim@example.kz", "mediation_requested", 1),
            ("centre@example.kz", "mediation_requested", 1),
            ("citizen@example.kz", "mediation_requested", 0),
            ("citizen@example.kz", "mediation_consented", 1),
            ("centre@example.kz", "mediation_consented", 1),
            ("best@example.kz", "mediator_asked", 1),
            ("second@example.kz", "mediator_asked", 1),
            ("citizen@example.kz", "mediator_proposed", 2),
            ("akim@example.kz", "mediator_proposed", 2),
            ("citizen@example.kz", "mediation_started", 1),
            ("akim@example.kz", "mediation_started", 1),
            ("stranger@example.kz", "mediation_started", 0),
        ] {
            assert_eq!(mails_to(c, who, kind, &code), n, "{kind} to {who}");
        }
        // The mediator finds the case in their queue; the one objected to does not.
        let cases = |c: &mut Db, m: &Actor| {
            let filter = kenes_core::grievances::queue::Filter::default();
            kenes_core::grievances::queue::staff_queue(c, m.user_id, &m.grants, &filter)
                .unwrap()
                .map(|(items, _)| {
                    items
                        .into_iter()
                        .map(|(g, ..)| g.tracking_code)
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        };
        assert_eq!(cases(c, &second), std::slice::from_ref(&code));
        assert!(cases(c, &best).is_empty());
        let (m, _) = request::current(c, g.id)?.unwrap();
        assert_eq!(
            (m.status.as_str(), m.mediator_user_id),
            ("active", Some(second.user_id))
        );
        let kinds: Vec<Option<String>> = kenes_core::timeline::timeline(c, g.id)?
            .into_iter()
            .map(|e| e.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                None,
                None,
                Some("mediation_requested".into()),
                Some("mediator_proposed".into()),
                Some("mediator_objected".into()),
                Some("mediator_proposed".into()),
                Some("mediation_consented".into()),
                None,
            ]
        );
        Ok(())
    })
    .await
    .unwrap();
}

async fn a_party_may_decline_with_a_reason(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let citizen = person(c, "citizen@example.kz", vec![]);
        let official = person(
            c,
            "akim@example.kz",
            vec![Grant::new(Role::Official).body("akimat-1132")],
        );
        let input = Filing {
            appeal_kind: "complaint".into(),
            category: "land".into(),
            kato: "1132".into(),
            title: "Спор о пастбищах".into(),
            body: "Пастбища сданы в аренду, сельчанам негде пасти скот.".into(),
            lang: "ru".into(),
            privacy: "public".into(),
            idempotency_key: "k".into(),
            point: None,
            landmark: String::new(),
        };
        let code = filing::file(
            c,
            citizen.user_id,
            &input,
            &Client::default(),
            &site(),
            at(2),
        )
        .unwrap();
        handling::act(
            c,
            &code,
            official.at(at(3)),
            &Step::Accept,
            &Client::default(),
            &site(),
        )
        .unwrap();
        request::request(
            c,
            &code,
            official.at(at(3)),
            "Предлагаем встречу с арендатором и сельчанами.",
            &Client::default(),
            &site(),
        )
        .unwrap();
        assert_eq!(
            field(request::decide(
                c,
                &code,
                citizen.at(at(4)),
                false,
                "",
                &site()
            )),
            ("reason", "required")
        );
        request::decide(
            c,
            &code,
            citizen.at(at(4)),
            false,
            "Сначала хочу письменный ответ акимата.",
            &site(),
        )
        .unwrap();
        let g = read::find(c, &code).unwrap();
        assert!(request::current(c, g.id)?.is_none(), "the request ended");
        assert_eq!(g.status, "accepted", "the grievance goes on");
        let last = kenes_core::timeline::timeline(c, g.id)?.pop().unwrap();
        assert_eq!(last.kind.as_deref(), Some("mediation_declined"));
        assert_eq!(
            last.note.as_deref(),
            Some("Сначала хочу письменный ответ акимата.")
        );
        // A new request may follow.
        request::request(
            c,
            &code,
            citizen.at(at(5)),
            "Теперь я готов к встрече с акиматом.",
            &Client::default(),
            &site(),
        )
        .unwrap();
        Ok(())
    })
    .await
    .unwrap();
}

/// The people of an active mediation and its grievance's code.
struct Started {
    code: String,
    citizen: Actor,
    official: Actor,
    mediator: Actor,
    stranger: Actor,
}

fn started(c: &mut Db, privacy: &str) -> Started {
    let admin = person(c, "admin@example.kz", vec![Grant::new(Role::Administrator)]);
    let citizen = person(c, "citizen@example.kz", vec![]);
    let body = Grant::new(Role::Official).body("akimat-1132");
    let official = person(c, "akim@example.kz", vec![body]);
    let coordinator = person(
        c,
        "centre@example.kz",
        vec![Grant::new(Role::Coordinator)
            .level(Level::Local)
            .kato("1132")],
    );
    let mediator = mediator(c, &admin, "mediator@example.kz", &["ru"], &["social"]);
    let input = utilities(
        "Нет горячей воды",
        "В доме две недели нет горячей воды, акимат молчит.",
        privacy,
        "k",
    );
    let client = Client::default();
    let code = filing::file(c, citizen.user_id, &input, &client, &site(), at(2)).unwrap();
    handling::act(
        c,
        &code,
        official.at(at(3)),
        &Step::Accept,
        &client,
        &site(),
    )
    .unwrap();
    request::request(
        c,
        &code,
        citizen.at(at(3)),
        "Хочу встречи с акиматом и КСК.",
        &client,
        &site(),
    )
    .unwrap();
    request::decide(c, &code, official.at(at(3)), true, "", &site()).unwrap();
    request::propose(c, &code, coordinator.at(at(3)), mediator.user_id, &site()).unwrap();
    request::confirm(c, &code, mediator.at(at(3)), true, &client, &site()).unwrap();
    let stranger = person(c, "stranger@example.kz", vec![]);
    Started {
        code,
        citizen,
        official,
        mediator,
        stranger,
    }
}

async fn the_room_threads_moderates_and_logs(backend: Backend) {
    use kenes_core::mediation::room;
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = started(c, "public_anonymous");
        let code = s.code.as_str();
        let now = at(4);
        // Rules first; outsiders never.
        assert_eq!(
            field(room::post(c, code, s.citizen.at(now), None, "Здравствуйте", "ru").map(|_| ())),
            ("body", "rules")
        );
        assert!(matches!(
            room::accept_rules(c, code, s.stranger.at(now)),
            Err(Error::Forbidden)
        ));
        for a in [&s.citizen, &s.official, &s.mediator] {
            room::accept_rules(c, code, a.at(now)).unwrap();
        }
        assert_eq!(
            field(room::post(c, code, s.citizen.at(now), None, "   ", "ru").map(|_| ())),
            ("body", "required")
        );
        let long = "я".repeat(room::MESSAGE_MAX + 1);
        assert_eq!(
            field(room::post(c, code, s.citizen.at(now), None, &long, "ru").map(|_| ())),
            ("body", "too-long")
        );
        let first = room::post(
            c,
            code,
            s.citizen.at(now),
            None,
            "Воды нет уже две недели.",
            "ru",
        )
        .unwrap();
        let reply = room::post(
            c,
            code,
            s.official.at(now),
            Some(first),
            "Котельную чинят, к пятнице дадим воду.",
            "ru",
        )
        .unwrap();

        // Edits: own message, within ten minutes, marked.
        assert!(matches!(
            room::edit(c, code, s.official.at(now), first, "подделка"),
            Err(Error::Forbidden)
        ));
        room::edit(
            c,
            code,
            s.citizen.at(now + chrono::Duration::minutes(5)),
            first,
            "Воды нет уже две недели!",
        )
        .unwrap();
        assert_eq!(
            field(room::edit(
                c,
                code,
                s.citizen.at(now + chrono::Duration::minutes(11)),
                first,
                "поздно"
            )),
            ("body", "edit-late")
        );

        // A report; only the mediator hides, with a reason everyone sees.
        room::report(c, code, s.citizen.at(now), reply, "Обещания без сроков.").unwrap();
        // A second tap adds no second report; the reporter sees it as reported, and the
        // author sees their message as still editable.
        room::report(c, code, s.citizen.at(now), reply, "Обещания без сроков.").unwrap();
        let r = room::open(c, code).unwrap();
        let seen = room::messages(c, &r, Some(s.citizen.user_id), now)?;
        let (first_seen, reply_seen) = (&seen[0], &seen[1]);
        assert!(reply_seen.reported && !first_seen.reported);
        assert!(first_seen.editable && !reply_seen.editable);
        let later_view = room::messages(
            c,
            &r,
            Some(s.citizen.user_id),
            now + chrono::Duration::minutes(11),
        )?;
        assert!(
            !later_view[0].editable,
            "the edit window closes after ten minutes"
        );
        assert!(matches!(
            room::open_reports(c, code, &s.citizen),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            room::open_reports(c, code, &s.mediator).unwrap(),
            [(reply, "Обещания без сроков.".to_owned())]
        );
        assert!(matches!(
            room::keep_order(
                c,
                code,
                s.official.at(now),
                Order::Hide { message: first },
                "не нравится"
            ),
            Err(Error::Forbidden)
        ));
        room::keep_order(
            c,
            code,
            s.mediator.at(now),
            Order::Hide { message: reply },
            "Личные выпады",
        )
        .unwrap();
        assert!(
            room::open_reports(c, code, &s.mediator).unwrap().is_empty(),
            "handled"
        );

        // Mute and lock are enforced here, not in the page.
        room::keep_order(
            c,
            code,
            s.mediator.at(now),
            Order::Mute {
                message: first,
                minutes: 30,
            },
            "Остыньте немного",
        )
        .unwrap();
        assert_eq!(
            field(room::post(c, code, s.citizen.at(now), None, "Ещё раз!", "ru").map(|_| ())),
            ("body", "muted")
        );
        let later = now + chrono::Duration::minutes(31);
        room::keep_order(
            c,
            code,
            s.mediator.at(later),
            Order::Lock(true),
            "Перерыв до завтра",
        )
        .unwrap();
        assert_eq!(
            field(room::post(c, code, s.official.at(later), None, "Мы готовы", "ru").map(|_| ())),
            ("body", "locked")
        );
        room::post(
            c,
            code,
            s.mediator.at(later),
            None,
            "Продолжим завтра в 10:00.",
            "ru",
        )
        .unwrap();
        room::keep_order(
            c,
            code,
            s.mediator.at(later),
            Order::Lock(false),
            "Продолжаем",
        )
        .unwrap();
        room::keep_order(
            c,
            code,
            s.mediator.at(later),
            Order::SlowMode(60),
            "По одному сообщению в минуту",
        )
        .unwrap();
        room::post(c, code, s.citizen.at(later), None, "Спасибо, жду.", "ru").unwrap();
        assert_eq!(
            field(room::post(c, code, s.citizen.at(later), None, "И ещё.", "ru").map(|_| ())),
            ("body", "slow-mode")
        );

        // What a reader sees: the hidden citizen as "citizen" without a name; the hidden
        // message's reason, not its text; the log.
        let r = room::open(c, code).unwrap();
        let view = room::messages(c, &r, Some(s.official.user_id), later)?;
        assert_eq!(view.len(), 4);
        assert_eq!(
            (&*view[0].author_role, view[0].author_name.as_deref()),
            ("citizen", None)
        );
        assert!(view[0].edited);
        // Written at 10:00 UTC, read as Kazakhstan's time.
        assert_eq!(&*view[0].at, "2026-11-04 15:00");
        assert_eq!(view[1].parent_id, Some(first));
        assert_eq!(view[1].body, None);
        assert_eq!(view[1].hidden_reason.as_deref(), Some("Личные выпады"));
        assert!(view[1].mine);
        assert_eq!(view[2].author_name.as_deref(), Some("mediator"));
        let actions: Vec<String> = room::moderation_log(c, &r)?
            .into_iter()
            .map(|e| e.action.to_string())
            .collect();
        assert_eq!(actions, ["hide", "mute", "lock", "unlock", "slow_mode"]);
        assert!(matches!(
            room::post(c, code, s.stranger.at(later), None, "Я тоже хочу", "ru"),
            Err(Error::Forbidden)
        ));
        Ok(())
    })
    .await
    .unwrap();
}

/// Readers share a thread as last read (`discussion::kept`); each change shows at once.
async fn a_kept_thread_shows_each_change_at_once(backend: Backend) {
    use kenes_core::discussion::Order;
    use kenes_core::mediation::room;
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = started(c, "public");
        let code = s.code.as_str();
        let now = at(4);
        for a in [&s.citizen, &s.official, &s.mediator] {
            room::accept_rules(c, code, a.at(now)).unwrap();
        }
        let thread = |c: &mut Db| {
            let r = room::open(c, code).unwrap();
            // Read twice: the second reading is the kept one.
            room::messages(c, &r, None, now).unwrap();
            room::messages(c, &r, None, now).unwrap()
        };
        let first = room::post(c, code, s.citizen.at(now), None, "Света нет", "ru").unwrap();
        assert_eq!(thread(c)[0].body.as_deref(), Some("Света нет"));

        room::edit(c, code, s.citizen.at(now), first, "Света нет третий день").unwrap();
        assert_eq!(thread(c)[0].body.as_deref(), Some("Света нет третий день"));

        let reply = room::post(c, code, s.official.at(now), Some(first), "Чиним", "ru").unwrap();
        let seen = thread(c);
        assert_eq!(seen.len(), 2);
        assert_eq!(seen[1].parent_id, Some(first));

        room::keep_order(
            c,
            code,
            s.mediator.at(now),
            Order::Hide { message: reply },
            "Не по теме",
        )
        .unwrap();
        let seen = thread(c);
        assert_eq!(seen[1].body, None);
        assert_eq!(seen[1].hidden_reason.as_deref(), Some("Не по теме"));

        // Names are not kept with the thread: a new one shows at once.
        let profile = kenes_core::accounts::Profile {
            display_name: "Akimat duty officer".into(),
            legal_name: String::new(),
            locale: "ru".into(),
        };
        kenes_core::accounts::update_profile(
            c,
            s.official.user_id,
            &profile,
            &Client::default(),
            now,
        )
        .unwrap();
        assert_eq!(
            thread(c)[1].author_name.as_deref(),
            Some("Akimat duty officer")
        );
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    room => the_room_threads_moderates_and_logs,
    kept_thread => a_kept_thread_shows_each_change_at_once,
    starts => a_mediation_starts_with_consent_and_a_mediator_without_ties,
    declined => a_party_may_decline_with_a_reason,
}

async fn proposals_lead_to_an_agreement_both_parties_accept(backend: Backend) {
    use kenes_core::mediation::deliberation::{self, Answer};
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = started(c, "public_anonymous");
        let code = s.code.as_str();
        let now = at(5);
        deliberation::pin_interests(
            c,
            code,
            s.mediator.at(now),
            "citizen",
            "Горячая вода до зимы.",
        )
        .unwrap();
        assert!(matches!(
            deliberation::pin_interests(c, code, s.citizen.at(now), "body", "Ничего"),
            Err(Error::Forbidden)
        ));
        let p = deliberation::table_proposal(
            c,
            code,
            s.official.at(now),
            "Починить котельную к 1 декабря.",
        )
        .unwrap();
        assert!(matches!(
            deliberation::table_proposal(c, code, s.stranger.at(now), "Я тоже"),
            Err(Error::Forbidden)
        ));
        deliberation::vote(c, code, s.citizen.at(now), p, "disagree", "Поздно").unwrap();
        deliberation::vote(c, code, s.citizen.at(now), p, "agree", "").unwrap();
        deliberation::vote(c, code, s.mediator.at(now), p, "pass", "").unwrap();
        assert_eq!(
            field(deliberation::vote(
                c,
                code,
                s.official.at(now),
                p,
                "maybe",
                ""
            )),
            ("vote", "choose")
        );
        let r = kenes_core::mediation::room::open(c, code).unwrap();
        let views = deliberation::proposals(c, &r, Some(s.citizen.user_id))?;
        assert_eq!(
            (views[0].agree, views[0].disagree, views[0].pass),
            (1, 0, 1),
            "a new mark replaces the old"
        );
        assert_eq!(views[0].mine.as_deref(), Some("agree"));
        assert_eq!(deliberation::interests(c, &r)?.len(), 1);

        // A rejected draft; a second one accepted by both resolves the grievance.
        deliberation::draft_agreement(
            c,
            code,
            s.mediator.at(now),
            "Котельная к 1 декабря.",
            &[],
            &site(),
        )
        .unwrap();
        let reject = Answer {
            accept: false,
            publish: false,
            reason: String::new(),
        };
        assert_eq!(
            field(respond(c, code, &s.citizen, &reject, now).map(|_| ())),
            ("reason", "required")
        );
        let reject = Answer {
            reason: "Нужен срок раньше.".into(),
            ..reject
        };
        assert!(!respond(c, code, &s.citizen, &reject, now).unwrap());
        deliberation::draft_agreement(
            c,
            code,
            s.mediator.at(now),
            "Котельная к 25 ноября; перерасчёт за две недели.",
            &[],
            &site(),
        )
        .unwrap();
        let yes = Answer {
            accept: true,
            publish: true,
            reason: String::new(),
        };
        assert!(matches!(
            respond(c, code, &s.mediator, &yes, now),
            Err(Error::Forbidden)
        ));
        assert!(!respond(c, code, &s.citizen, &yes, now).unwrap());
        assert!(respond(c, code, &s.official, &yes, now).unwrap());
        let g = read::find(c, code).unwrap();
        assert_eq!(g.status, "resolved");
        let r = kenes_core::mediation::room::open(c, code).unwrap();
        assert_eq!(r.mediation.status, "agreed");
        // The two drafts were sent to both sides; the agreement, to them and the mediator.
        for (who, kind, n) in [
            ("citizen@example.kz", "agreement_drafted", 2),
            ("akim@example.kz", "agreement_drafted", 2),
            ("mediator@example.kz", "agreement_drafted", 0),
            ("citizen@example.kz", "agreement_accepted", 1),
            ("akim@example.kz", "agreement_accepted", 1),
            ("mediator@example.kz", "agreement_accepted", 1),
        ] {
            assert_eq!(mails_to(c, who, kind, code), n, "{kind} to {who}");
        }
        let deliberation::AgreementView {
            text,
            status,
            answers,
            ..
        } = deliberation::agreement(c, &r)?.unwrap();
        assert_eq!(
            (text.as_str(), status.as_str()),
            (
                "Котельная к 25 ноября; перерасчёт за две недели.",
                "accepted"
            )
        );
        assert!(answers
            .iter()
            .all(|(_, accepted, publish)| *accepted && *publish));
        // The room is closed to new words.
        assert_eq!(
            field(
                kenes_core::mediation::room::post(
                    c,
                    code,
                    s.citizen.at(now),
                    None,
                    "Спасибо!",
                    "ru"
                )
                .map(|_| ())
            ),
            ("body", "closed")
        );
        Ok(())
    })
    .await
    .unwrap();
}

async fn a_mediation_may_end_without_agreement(backend: Backend) {
    use kenes_core::mediation::deliberation;
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = started(c, "private");
        let code = s.code.as_str();
        assert!(matches!(
            deliberation::end_without_agreement(
                c,
                code,
                s.citizen.at(at(6)),
                "Не договорились",
                &site()
            ),
            Err(Error::Forbidden)
        ));
        deliberation::end_without_agreement(
            c,
            code,
            s.mediator.at(at(6)),
            "Стороны не сошлись в сроках.",
            &site(),
        )
        .unwrap();
        let g = read::find(c, code).unwrap();
        assert_eq!(g.status, "not_resolved");
        let last = kenes_core::timeline::timeline(c, g.id)?.pop().unwrap();
        assert_eq!(
            (last.status.map(|s| s.as_str()), last.note.as_deref()),
            (Some("not_resolved"), Some("Стороны не сошлись в сроках."))
        );
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    agreement => proposals_lead_to_an_agreement_both_parties_accept,
    no_agreement => a_mediation_may_end_without_agreement,
}

/// How many mails of `kind` about `code` went to `recipient` (every person here reads
/// Kazakh). The subjects name only the kind and the code, so the details do not matter.
fn mails_to(c: &mut Db, recipient: &str, kind: &str, code: &str) -> i64 {
    use kenes_core::schema::mail_outbox;
    let notice = match kind {
        "invited" => Notice::Invited {
            kind: "aksakal".into(),
        },
        "session_scheduled" => Notice::SessionScheduled {
            starts: at(1),
            minutes: 60,
            place: String::new(),
        },
        "session_cancelled" => Notice::SessionCancelled {
            starts: at(1),
            reason: String::new(),
        },
        "mediation_requested" => Notice::MediationRequested {
            hope: String::new(),
        },
        "mediation_consented" => Notice::MediationAnswered {
            consent: true,
            reason: None,
        },
        "mediation_declined" => Notice::MediationAnswered {
            consent: false,
            reason: None,
        },
        "mediator_asked" => Notice::MediatorAsked,
        "mediator_proposed" => Notice::MediatorProposed {
            mediator: String::new(),
        },
        "mediation_started" => Notice::MediationStarted {
            mediator: String::new(),
        },
        "agreement_drafted" => Notice::AgreementDrafted,
        "agreement_accepted" => Notice::AgreementAccepted,
        "in_queue" => Notice::InQueue { due: at(1).date() },
        "commitment_due" => Notice::CommitmentDue {
            number: 0,
            what: String::new(),
            due: at(1).date(),
        },
        "commitment_reported" => Notice::CommitmentReported {
            number: 0,
            what: String::new(),
            said: "done".into(),
        },
        "agreement_not_kept" => Notice::AgreementNotKept {
            number: 0,
            what: String::new(),
            escalated_to: Some(Level::Regional),
        },
        other => panic!("no mail kind {other} here"),
    };
    let g = read::find(c, code).unwrap();
    let subject = notices::render(&site(), Locale::Kk, (&g).into(), &notice).subject;
    mail_outbox::table
        .filter(mail_outbox::recipient.eq(recipient))
        .filter(mail_outbox::subject.eq(subject))
        .count()
        .get_result(c)
        .unwrap()
}

async fn stakeholders_are_invited_write_and_are_removed(backend: Backend) {
    use kenes_core::{mediation::deliberation, mediation::room, mediation::stakeholders};
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = started(c, "public_anonymous");
        let code = s.code.as_str();
        let aksakal = person(c, "aksakal@example.kz", vec![]);
        let now = at(4);
        let invite = |c: &mut Db, who: &Actor, email: &str, kind: &str| {
            stakeholders::invite(c, code, who.at(now), email, kind, &site()).map(|_| ())
        };
        // Only the mediator invites.
        for outsider in [&s.citizen, &s.official, &s.stranger] {
            assert!(matches!(
                invite(c, outsider, "aksakal@example.kz", "aksakal"),
                Err(Error::Forbidden)
            ));
        }
        assert_eq!(
            field(invite(c, &s.mediator, "nobody@example.kz", "expert")),
            ("email", "no-account")
        );
        assert_eq!(
            field(invite(c, &s.mediator, "not an address", "expert")),
            ("email", "email-invalid")
        );
        assert_eq!(
            field(invite(c, &s.mediator, "aksakal@example.kz", "king")),
            ("kind", "choose")
        );
        assert_eq!(
            field(invite(c, &s.mediator, "akim@example.kz", "expert")),
            ("email", "already")
        );
        assert_eq!(mails_to(c, "aksakal@example.kz", "invited", code), 0);
        invite(c, &s.mediator, " Aksakal@Example.kz ", "aksakal").unwrap();
        assert_eq!(mails_to(c, "aksakal@example.kz", "invited", code), 1);
        let r = room::open(c, code).unwrap();
        assert_eq!(
            room::seat(&aksakal, &r).map(|s| s.as_str()),
            Some("stakeholder")
        );
        let listed = stakeholders::list(c, &r)?;
        assert_eq!(
            (
                listed.len(),
                listed[0].kind.as_str(),
                listed[0].name.as_str()
            ),
            (1, "aksakal", "aksakal")
        );
        // A stakeholder writes, tables and marks proposals, but does not answer agreements.
        room::accept_rules(c, code, aksakal.at(now)).unwrap();
        let said = room::post(
            c,
            code,
            aksakal.at(now),
            None,
            "Давайте выслушаем обе стороны.",
            "ru",
        )
        .unwrap();
        let shown = room::messages(c, &r, None, now)?;
        let mine = shown.iter().find(|m| m.id == said).unwrap();
        assert_eq!(
            (&*mine.author_role, mine.author_name.as_deref()),
            ("stakeholder", Some("aksakal"))
        );
        deliberation::table_proposal(c, code, aksakal.at(now), "Встреча в клубе в пятницу.")
            .unwrap();
        deliberation::draft_agreement(
            c,
            code,
            s.mediator.at(now),
            "Встреча в пятницу.",
            &[],
            &site(),
        )
        .unwrap();
        let answer = deliberation::Answer {
            accept: true,
            publish: true,
            reason: String::new(),
        };
        assert!(matches!(
            respond(c, code, &aksakal, &answer, now),
            Err(Error::Forbidden)
        ));
        // Removed, they no longer write; their words stay.
        assert!(matches!(
            stakeholders::remove(c, code, s.citizen.at(now), aksakal.user_id),
            Err(Error::Forbidden)
        ));
        stakeholders::remove(c, code, s.mediator.at(now), aksakal.user_id).unwrap();
        assert!(matches!(
            room::post(c, code, aksakal.at(now), None, "Ещё слово", "ru"),
            Err(Error::Forbidden)
        ));
        let r = room::open(c, code).unwrap();
        assert!(room::messages(c, &r, None, now)?
            .iter()
            .any(|m| m.id == said));
        assert!(stakeholders::list(c, &r)?.is_empty());
        Ok(())
    })
    .await
    .unwrap();
}

async fn sessions_are_scheduled_mailed_and_cancelled(backend: Backend) {
    use kenes_core::mediation::meetings::{self, Plan};
    use kenes_core::mediation::room;
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = started(c, "private");
        let code = s.code.as_str();
        let now = at(4);
        let plan = Plan {
            starts: "2026-11-10T15:30".into(),
            minutes: "90".into(),
            place: String::new(),
            agenda: "Знакомство, интересы сторон.".into(),
        };
        assert!(matches!(
            meetings::schedule(c, code, s.citizen.at(now), &plan, &site()),
            Err(Error::Forbidden)
        ));
        let bad = Plan {
            minutes: "600".into(),
            ..plan.clone()
        };
        assert_eq!(
            field(meetings::schedule(c, code, s.mediator.at(now), &bad, &site()).map(|_| ())),
            ("minutes", "range")
        );
        let r = room::open(c, code).unwrap();
        assert!(meetings::list(c, &r)?.is_empty());
        let id = meetings::schedule(c, code, s.mediator.at(now), &plan, &site()).unwrap();
        let listed = meetings::list(c, &r)?;
        assert_eq!(
            listed[0].starts,
            NaiveDate::from_ymd_opt(2026, 11, 10)
                .unwrap()
                .and_hms_opt(15, 30, 0)
                .unwrap()
        );
        // Everyone in the room hears of it: citizen, official of the body, mediator.
        for who in [
            "citizen@example.kz",
            "akim@example.kz",
            "mediator@example.kz",
        ] {
            assert_eq!(mails_to(c, who, "session_scheduled", code), 1, "{who}");
        }
        assert_eq!(
            mails_to(c, "stranger@example.kz", "session_scheduled", code),
            0
        );
        assert_eq!(
            field(meetings::cancel(
                c,
                code,
                s.mediator.at(now),
                id,
                " ",
                &site()
            )),
            ("reason", "required")
        );
        meetings::cancel(
            c,
            code,
            s.mediator.at(now),
            id,
            "Аким в командировке.",
            &site(),
        )
        .unwrap();
        assert_eq!(
            meetings::list(c, &r)?[0].cancelled.as_deref(),
            Some("Аким в командировке.")
        );
        assert_eq!(
            mails_to(c, "citizen@example.kz", "session_cancelled", code),
            1
        );
        // Cancelled once is cancelled.
        assert!(matches!(
            meetings::cancel(c, code, s.mediator.at(now), id, "снова", &site()),
            Err(Error::NotFound)
        ));
        Ok(())
    })
    .await
    .unwrap();
}

async fn the_moderation_queue_gathers_reports_until_handled(backend: Backend) {
    use kenes_core::{mediation::moderation, mediation::room};
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = started(c, "public_anonymous");
        let code = s.code.as_str();
        let now = at(4);
        for a in [&s.citizen, &s.official, &s.mediator] {
            room::accept_rules(c, code, a.at(now)).unwrap();
        }
        let rude = room::post(c, code, s.official.at(now), None, "Грубое слово", "ru").unwrap();
        let fine = room::post(c, code, s.official.at(now), None, "Обычное слово", "ru").unwrap();
        room::report(c, code, s.citizen.at(now), rude, "Оскорбление").unwrap();
        room::report(c, code, s.citizen.at(now), fine, "Не нравится").unwrap();
        let moderator = person(c, "moderator@example.kz", vec![Grant::new(Role::Moderator)]);
        // The room's mediator and a moderator see both; a party and a stranger nothing.
        for a in [&s.mediator, &moderator] {
            let q = moderation::queue(c, a)?;
            assert_eq!(q.len(), 2);
            assert_eq!(
                (q[0].message_id, q[0].code.as_str(), q[0].reason.as_str()),
                (rude, code, "Оскорбление")
            );
            assert_eq!(q[0].excerpt.as_deref(), Some("Грубое слово"));
        }
        for a in [&s.citizen, &s.stranger] {
            assert!(moderation::queue(c, a)?.is_empty());
        }
        let fine_report = moderation::queue(c, &s.mediator)?[1].id;
        assert!(matches!(
            moderation::dismiss(c, s.citizen.at(now), fine_report, "нет"),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            field(moderation::dismiss(c, moderator.at(now), fine_report, "").map(|_| ())),
            ("reason", "required")
        );
        moderation::dismiss(c, moderator.at(now), fine_report, "Правила не нарушены").unwrap();
        room::keep_order(
            c,
            code,
            s.mediator.at(now),
            Order::Hide { message: rude },
            "Оскорбление",
        )
        .unwrap();
        assert!(moderation::queue(c, &moderator)?.is_empty());
        let r = room::open(c, code).unwrap();
        let actions: Vec<String> = room::moderation_log(c, &r)?
            .into_iter()
            .map(|e| format!("{} {}", e.actor_role, e.action))
            .collect();
        assert_eq!(actions, ["moderator dismiss", "mediator hide"]);
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    stakeholders => stakeholders_are_invited_write_and_are_removed,
    sessions => sessions_are_scheduled_mailed_and_cancelled,
    moderation_queue => the_moderation_queue_gathers_reports_until_handled,
}

/// The mediation of `started` ends in an agreement; each side says whether it may be
/// published.
fn agreed(c: &mut Db, s: &Started, citizen_publishes: bool, body_publishes: bool) {
    agreed_with(c, s, &[], citizen_publishes, body_publishes)
}

/// As `agreed`, the agreement carrying `promised` commitments.
fn agreed_with(
    c: &mut Db,
    s: &Started,
    promised: &[commitments::Draft],
    citizen_publishes: bool,
    body_publishes: bool,
) {
    use kenes_core::{mediation::deliberation, mediation::room};
    let code = s.code.as_str();
    for a in [&s.citizen, &s.official, &s.mediator] {
        room::accept_rules(c, code, a.at(at(4))).unwrap();
    }
    deliberation::draft_agreement(
        c,
        code,
        s.mediator.at(at(4)),
        "Акимат заменит трубы до 1 декабря.",
        promised,
        &site(),
    )
    .unwrap();
    for (who, publish) in [
        (&s.citizen, citizen_publishes),
        (&s.official, body_publishes),
    ] {
        let answer = deliberation::Answer {
            accept: true,
            publish,
            reason: String::new(),
        };
        respond(c, code, who, &answer, at(5)).unwrap();
    }
    assert_eq!(read::find(c, code).unwrap().status, "resolved");
}

fn coordinator(c: &mut Db) -> Actor {
    person(
        c,
        "publisher@example.kz",
        vec![Grant::new(Role::Coordinator)
            .level(Level::Local)
            .kato("1132")],
    )
}

fn outcome_input(summary: &str, result: &str) -> kenes_core::outcomes::Input {
    kenes_core::outcomes::Input {
        title: "Горячая вода в доме по улице Абая".into(),
        summary: summary.into(),
        result: result.into(),
        lang: "ru".into(),
    }
}

fn outbox(c: &mut Db) -> Vec<i64> {
    kenes_core::outcomes::index_due(c, at(30), 100)
        .unwrap()
        .into_iter()
        .map(|(_, o)| o)
        .collect()
}

fn outcome_field(r: Result<i64, kenes_core::error::Error>) -> (&'static str, &'static str) {
    match r {
        Err(kenes_core::error::Error::Invalid(e)) => (e[0].field, e[0].code),
        other => panic!("expected a field error, got {other:?}"),
    }
}

async fn an_outcome_needs_both_sides_consent(backend: Backend) {
    use kenes_core::outcomes;
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = started(c, "public_anonymous");
        agreed(c, &s, false, true);
        let centre = coordinator(c);
        let summary = "Стороны договорились: акимат заменит трубы до 1 декабря.";
        assert_eq!(
            outcome_field(outcomes::publish(
                c,
                &s.code,
                centre.at(at(6)),
                &outcome_input(summary, "agreement")
            )),
            ("summary", "no-consent")
        );
        assert!(outbox(c).is_empty());
        Ok(())
    })
    .await
    .unwrap();
}

async fn an_outcome_is_published_corrected_and_withdrawn(backend: Backend) {
    use kenes_core::outcomes;
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = started(c, "public_anonymous");
        agreed(c, &s, true, true);
        let centre = coordinator(c);
        let code = s.code.as_str();
        let good = outcome_input(
            "Жители дома две недели были без горячей воды. Акимат заменил трубы.",
            "agreement",
        );
        // Only the coordinator of the case's level publishes.
        for a in [&s.citizen, &s.official, &s.mediator, &s.stranger] {
            assert!(matches!(
                outcomes::publish(c, code, a.at(at(6)), &good),
                Err(Error::Forbidden)
            ));
        }
        // Personal data and the citizen's name are flagged, and nothing is published.
        let leaky = outcome_input(
            "Жительница (citizen) просила звонить ей: +7 701 123 45 67, ИИН 900101300007.",
            "agreement",
        );
        match outcomes::publish(c, code, centre.at(at(6)), &leaky) {
            Err(Error::Personal(flags)) => {
                let kinds: Vec<_> = flags.iter().map(|(f, flag)| (*f, flag.kind)).collect();
                assert_eq!(
                    kinds,
                    [
                        ("summary", "iin"),
                        ("summary", "phone"),
                        ("summary", "name")
                    ]
                );
            }
            other => panic!("published personal data: {other:?}"),
        }
        assert_eq!(
            outcome_field(outcomes::publish(
                c,
                code,
                centre.at(at(6)),
                &outcome_input("Коротко", "agreement")
            )),
            ("summary", "too-short")
        );
        assert!(outbox(c).is_empty());
        let id = outcomes::publish(c, code, centre.at(at(6)), &good).unwrap();
        let o = outcomes::find(c, id)?.unwrap();
        assert_eq!(
            (
                o.status.as_str(),
                o.result.as_str(),
                o.mediated,
                o.region_kato.as_str()
            ),
            ("published", "agreement", true, "11")
        );
        assert_eq!(outbox(c), [id]);
        assert_eq!(
            outcome_field(outcomes::publish(c, code, centre.at(at(6)), &good)),
            ("summary", "already")
        );
        // A correction needs a note, and shows it.
        let better = outcome_input(
            "Жители дома две недели были без горячей воды. Акимат заменил 120 метров труб.",
            "agreement",
        );
        assert!(matches!(
            outcomes::correct(c, id, centre.at(at(7)), &better, " "),
            Err(Error::Invalid(_))
        ));
        outcomes::correct(c, id, centre.at(at(7)), &better, "Уточнена длина труб.").unwrap();
        assert!(outcomes::find(c, id)?
            .unwrap()
            .summary
            .contains("120 метров"));
        outcomes::withdraw(
            c,
            id,
            centre.at(at(8)),
            "Сторона попросила снять публикацию.",
        )
        .unwrap();
        let notes: Vec<String> = outcomes::notes(c, id)?
            .into_iter()
            .map(|n| format!("{}: {}", n.kind, n.note))
            .collect();
        assert_eq!(
            notes,
            [
                "corrected: Уточнена длина труб.",
                "withdrawn: Сторона попросила снять публикацию."
            ]
        );
        assert_eq!(outcomes::find(c, id)?.unwrap().status, "withdrawn");
        assert!(outcomes::published(c, &Default::default(), 10, 0)?.is_empty());
        // Each change queued the outcome for the index.
        assert_eq!(outbox(c), [id, id, id]);
        // Marking them indexed takes any number of rows (a rebuild marks every one; SQLite
        // and PostgreSQL cap a statement's parameters at 32,766 and 65,535).
        let mut rows: Vec<i64> = kenes_core::outcomes::index_due(c, at(30), 100)?
            .into_iter()
            .map(|(row, _)| row)
            .collect();
        rows.extend(1_000_000..1_070_000);
        kenes_core::outcomes::index_done(c, &rows, at(30))?;
        assert!(outbox(c).is_empty());
        let timeline: Vec<Option<String>> =
            kenes_core::timeline::timeline(c, o.grievance_id.unwrap())?
                .into_iter()
                .map(|e| e.kind)
                .collect();
        assert!(timeline.contains(&Some("outcome_withdrawn".into())));
        Ok(())
    })
    .await
    .unwrap();
}

async fn answered_grievances_publish_only_if_they_were_public(backend: Backend) {
    use kenes_core::outcomes;
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let centre = coordinator(c);
        let citizen = person(c, "filer@example.kz", vec![]);
        let body = Grant::new(Role::Official).body("akimat-1132");
        let official = person(c, "official@example.kz", vec![body]);
        let client = Client::default();
        let mut codes = Vec::new();
        for (n, privacy) in ["private", "public"].into_iter().enumerate() {
            let input = Filing {
                appeal_kind: "complaint".into(),
                category: "roads_transport".into(),
                kato: "1132".into(),
                title: "Яма на дороге".into(),
                body: "Большая яма на дороге к школе.".into(),
                lang: "ru".into(),
                privacy: privacy.into(),
                idempotency_key: format!("k{n}"),
                point: None,
                landmark: String::new(),
            };
            let code = filing::file(c, citizen.user_id, &input, &client, &site(), at(2)).unwrap();
            handling::act(
                c,
                &code,
                official.at(at(3)),
                &Step::Accept,
                &client,
                &site(),
            )
            .unwrap();
            let answer = Step::Answer {
                text: "Яму заделают в мае, до 31-го числа.".into(),
            };
            handling::act(c, &code, official.at(at(4)), &answer, &client, &site()).unwrap();
            handling::act(c, &code, citizen.at(at(5)), &Step::Close, &client, &site()).unwrap();
            codes.push(code);
        }
        let answered = outcome_input(
            "Акимат ответил, что яму на дороге к школе заделают в мае.",
            "answered",
        );
        assert_eq!(
            outcome_field(outcomes::publish(c, &codes[0], centre.at(at(6)), &answered)),
            ("summary", "no-consent-private")
        );
        let claimed = outcome_input(&answered.summary, "agreement");
        assert_eq!(
            outcome_field(outcomes::publish(c, &codes[1], centre.at(at(6)), &claimed)),
            ("result", "no-agreement")
        );
        let id = outcomes::publish(c, &codes[1], centre.at(at(6)), &answered).unwrap();
        let o = outcomes::find(c, id)?.unwrap();
        assert_eq!((o.mediated, o.days()), (false, 3));
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    outcome_consent => an_outcome_needs_both_sides_consent,
    outcome_lifecycle => an_outcome_is_published_corrected_and_withdrawn,
    outcome_answered => answered_grievances_publish_only_if_they_were_public,
}

/// Two mediators of the same name, each serving two regions (granted in turn), are on the
/// roster once each, with their profiles.
async fn namesake_mediators_are_on_the_roster_once_each(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let admin = person(
            c,
            "registrar@example.kz",
            vec![Grant::new(Role::Administrator)],
        );
        let first = mediator(c, &admin, "namesake@one.kz", &["kk"], &["land"]);
        let second = person(
            c,
            "namesake@two.kz",
            vec![Grant::new(Role::Mediator).kato("11")],
        );
        for email in ["namesake@one.kz", "namesake@two.kz"] {
            let also = Grant::new(Role::Mediator).kato("15");
            kenes_core::accounts::roles::grant(c, None, email, &also, &Client::default(), at(1))
                .unwrap();
        }
        let roster: Vec<(i64, bool)> = request::mediators(c)?
            .into_iter()
            .filter(|(_, name, _, _)| name == "namesake")
            .map(|(id, _, _, profile)| (id, profile.is_some()))
            .collect();
        assert_eq!(
            roster,
            [(first.user_id, true), (second.user_id, false)],
            "each once, by id, the second without a profile"
        );
        Ok(())
    })
    .await
    .unwrap();
}

/// The public registry lists certified mediators (expired ones as expired), never those who
/// keep out of it, narrowed by region, language and specialisation, with their record.
async fn the_registry_lists_certified_mediators_with_their_record(backend: Backend) {
    use kenes_core::mediation::registry::{self, Filter};
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = started(c, "public_anonymous");
        agreed(c, &s, true, true);
        let admin = person(
            c,
            "registrar@example.kz",
            vec![Grant::new(Role::Administrator)],
        );
        let expired = mediator(c, &admin, "old@example.kz", &["kk"], &["land"]);
        request::certify(
            c,
            admin.at(at(1)),
            expired.user_id,
            "Ministry of Justice",
            "M-01",
            "2026-01-31",
        )
        .unwrap();
        let hidden = mediator(c, &admin, "private@example.kz", &["kk", "ru"], &["social"]);
        let keep_out = ProfileInput {
            bio: "Работаю только по направлению центра.".into(),
            languages: vec!["kk".into(), "ru".into()],
            specialisations: vec!["social".into()],
            available: true,
            hidden: true,
        };
        request::save_profile(c, hidden.at(at(2)), &keep_out).unwrap();
        // Holding the role without a certification is not enough.
        person(
            c,
            "trainee@example.kz",
            vec![Grant::new(Role::Mediator).kato("11")],
        );

        let today = at(10).date();
        let all = registry::list(c, &Filter::default(), today)?;
        let listed: Vec<(i64, bool)> = all.iter().map(|l| (l.user_id, l.certified)).collect();
        assert_eq!(
            listed,
            [(s.mediator.user_id, true), (expired.user_id, false)]
        );
        assert_eq!(all[0].regions, ["11"]);
        assert_eq!(all[0].profile.languages.to_vec(), ["ru"]);
        assert!(
            registry::entry(c, hidden.user_id, today)?.is_none(),
            "kept out"
        );

        let only = |c: &mut Db, f: Filter| -> Vec<i64> {
            registry::list(c, &f, today)
                .unwrap()
                .iter()
                .map(|l| l.user_id)
                .collect()
        };
        let kazakh = Filter {
            language: Some("kk".into()),
            ..Default::default()
        };
        assert_eq!(only(c, kazakh), [expired.user_id]);
        let land = Filter {
            specialisation: Some("land".into()),
            ..Default::default()
        };
        assert_eq!(only(c, land), [expired.user_id]);
        let elsewhere = Filter {
            region: Some("75".into()),
            ..Default::default()
        };
        assert!(only(c, elsewhere).is_empty());

        // Taken at(3), agreed at(5): one case, one agreement, two days.
        let (_, record) = registry::entry(c, s.mediator.user_id, today)?.unwrap();
        assert_eq!((record.taken, record.ended, record.agreed), (1, 1, 1));
        assert_eq!(record.median_days_to_agreement, Some(2.0));
        assert_eq!(record.agreement_share(), Some(100));
        let (_, none) = registry::entry(c, expired.user_id, today)?.unwrap();
        assert_eq!((none.taken, none.agreement_share()), (0, None));
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    registry => the_registry_lists_certified_mediators_with_their_record,
    roster => namesake_mediators_are_on_the_roster_once_each,
}

fn word(kept: &str) -> commitments::Word<'_> {
    commitments::Word {
        kept,
        ..Default::default()
    }
}

fn day(y: i32, m: u32, d: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(10, 0, 0)
        .unwrap()
}

fn promise(party: &str, what: &str, due: &str, check: &str) -> commitments::Draft {
    commitments::Draft {
        party: party.into(),
        what: what.into(),
        due_on: due.into(),
        check_how: check.into(),
    }
}

/// The body replaces the pipes by Monday 14 December; the citizen lets the workers in by
/// Monday 7 December.
fn two_promises() -> Vec<commitments::Draft> {
    vec![
        promise(
            "body",
            "Акимат заменит трубы горячего водоснабжения.",
            "2026-12-14",
            "Жительница подтверждает, что горячая вода есть.",
        ),
        promise(
            "citizen",
            "Жительница обеспечит доступ в подвал.",
            "2026-12-07",
            "Акт допуска, подписанный КСК.",
        ),
        commitments::Draft::default(),
    ]
}

fn states(c: &mut Db, code: &str) -> Vec<String> {
    let g = read::find(c, code).unwrap();
    commitments::of_grievance(c, g.id)
        .unwrap()
        .into_iter()
        .map(|k| k.state.as_str().to_owned())
        .collect()
}

/// The confirmation link mailed to `recipient` about `code`, as its token.
fn link_token(c: &mut Db, recipient: &str) -> String {
    use kenes_core::schema::mail_outbox;
    let bodies: Vec<String> = mail_outbox::table
        .filter(mail_outbox::recipient.eq(recipient))
        .select(mail_outbox::body)
        .load(c)
        .unwrap();
    bodies
        .iter()
        .find_map(|b| b.split("/commitments/confirm?token=").nth(1))
        .map(|rest| rest.split_whitespace().next().unwrap().to_owned())
        .expect("a confirmation link was mailed")
}

/// A second grievance of the same citizen against the same body, mediated by the same
/// mediator to an agreement with one commitment of the body due on 14 December.
fn mediated_again(c: &mut Db, s: &Started, coordinator: &Actor) -> String {
    use kenes_core::{mediation::deliberation, mediation::room};
    let client = Client::default();
    let input = utilities(
        "Нет отопления",
        "В доме нет отопления, батареи холодные.",
        "public",
        "k2",
    );
    let code = filing::file(c, s.citizen.user_id, &input, &client, &site(), at(2)).unwrap();
    handling::act(
        c,
        &code,
        s.official.at(at(3)),
        &Step::Accept,
        &client,
        &site(),
    )
    .unwrap();
    request::request(
        c,
        &code,
        s.citizen.at(at(3)),
        "Хочу тепла.",
        &client,
        &site(),
    )
    .unwrap();
    request::decide(c, &code, s.official.at(at(3)), true, "", &site()).unwrap();
    request::propose(c, &code, coordinator.at(at(3)), s.mediator.user_id, &site()).unwrap();
    request::confirm(c, &code, s.mediator.at(at(3)), true, &client, &site()).unwrap();
    for a in [&s.citizen, &s.official, &s.mediator] {
        room::accept_rules(c, &code, a.at(at(4))).unwrap();
    }
    let heating = promise(
        "body",
        "Акимат запустит отопление.",
        "2026-12-14",
        "Батареи горячие.",
    );
    deliberation::draft_agreement(
        c,
        &code,
        s.mediator.at(at(4)),
        "Отопление.",
        &[heating],
        &site(),
    )
    .unwrap();
    for who in [&s.citizen, &s.official] {
        let yes = deliberation::Answer {
            accept: true,
            publish: false,
            reason: String::new(),
        };
        respond(c, &code, who, &yes, at(5)).unwrap();
    }
    code
}

async fn commitments_are_drafted_checked_and_followed_until_broken(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = started(c, "public");
        let code = s.code.as_str();
        kenes_core::mediation::room::accept_rules(c, code, s.mediator.at(at(4))).unwrap();
        // Each row is checked, and the error names its field; a refused draft stores nothing.
        let draft = |c: &mut Db, rows: &[commitments::Draft]| {
            kenes_core::mediation::deliberation::draft_agreement(
                c,
                code,
                s.mediator.at(at(4)),
                "Соглашение.",
                rows,
                &site(),
            )
            .map(|_| ())
        };
        let past = promise("body", "Трубы.", "2026-11-01", "Акт.");
        assert_eq!(field(draft(c, &[past])), ("c1_due", "future"));
        let blank = promise("body", "", "2026-12-14", "Акт.");
        let ok = promise("body", "Трубы.", "2026-12-14", "Акт.");
        assert_eq!(
            field(draft(c, &[ok.clone(), blank])),
            ("c2_what", "required")
        );
        let nobody = promise("neighbour", "Трубы.", "2026-12-14", "Акт.");
        assert_eq!(field(draft(c, &[nobody])), ("c1_party", "choose"));
        let not_a_day = promise("body", "Трубы.", "14.12", "Акт.");
        assert_eq!(field(draft(c, &[not_a_day])), ("c1_due", "date"));
        let g = read::find(c, code).unwrap();
        assert!(commitments::of_grievance(c, g.id).unwrap().is_empty());

        agreed_with(c, &s, &two_promises(), true, true);
        assert_eq!(states(c, code), ["pending", "pending"]);
        let list = commitments::of_grievance(c, g.id).unwrap();
        let (body_promise, citizen_promise) = (list[0].id, list[1].id);

        // Only the responsible side reports, only the other side confirms.
        let report = |c: &mut Db, who: &Actor, id: i64, said: &str, now| {
            commitments::report(c, code, who.at(now), id, word(said), &site())
        };
        let confirm = |c: &mut Db, who: &Actor, id: i64, said: &str, now| {
            commitments::confirm(c, code, who.at(now), id, word(said), &site())
        };
        for who in [&s.stranger, &s.citizen, &s.mediator] {
            assert!(matches!(
                report(c, who, body_promise, "done", at(20)),
                Err(Error::Forbidden)
            ));
        }
        assert!(matches!(
            confirm(c, &s.official, body_promise, "done", at(20)),
            Err(Error::Forbidden)
        ));
        assert_eq!(
            field(report(c, &s.citizen, citizen_promise, "maybe", at(20))),
            ("kept", "choose")
        );

        // Nothing is due before its day; on the day the responsible side is asked.
        let swept = commitments::sweep(c, day(2026, 12, 4), &site()).unwrap();
        assert_eq!(swept, commitments::FollowUp::default());
        let swept = commitments::sweep(c, day(2026, 12, 7), &site()).unwrap();
        assert_eq!((swept.asked, swept.settled), (1, 0));
        assert_eq!(mails_to(c, "citizen@example.kz", "commitment_due", code), 1);
        // Asked once, however often the sweep runs.
        commitments::sweep(c, day(2026, 12, 7), &site()).unwrap();
        assert_eq!(mails_to(c, "citizen@example.kz", "commitment_due", code), 1);

        // The citizen let the workers in; the body agrees: the commitment is kept.
        report(c, &s.citizen, citizen_promise, "done", day(2026, 12, 7)).unwrap();
        assert_eq!(
            mails_to(c, "akim@example.kz", "commitment_reported", code),
            1
        );
        assert_eq!(
            field(report(
                c,
                &s.citizen,
                citizen_promise,
                "done",
                day(2026, 12, 7)
            )),
            ("kept", "settled")
        );
        confirm(c, &s.official, citizen_promise, "done", day(2026, 12, 8)).unwrap();
        assert_eq!(states(c, code), ["pending", "done"]);

        // The body's commitment falls due: the body is asked to report, the citizen gets a
        // link to confirm.
        let swept = commitments::sweep(c, day(2026, 12, 14), &site()).unwrap();
        assert_eq!((swept.asked, swept.settled), (1, 0));
        assert_eq!(mails_to(c, "akim@example.kz", "commitment_due", code), 1);
        link_token(c, "citizen@example.kz");

        // Coordinators see it late on their dashboard, in their territory only.
        let late = commitments::late(c, Some("11"), day(2026, 12, 16).date(), 10).unwrap();
        assert_eq!(
            late.iter()
                .map(|l| (l.code.as_str(), l.party.as_str()))
                .collect::<Vec<_>>(),
            [(code, "body")]
        );
        assert!(
            commitments::late(c, Some("19"), day(2026, 12, 16).date(), 10)
                .unwrap()
                .is_empty()
        );

        // Nobody reports. Five working days after Monday 14 December, with Independence
        // Day (Wednesday 16th) off, end on Tuesday 22nd: silence decides on the 23rd.
        let swept = commitments::sweep(c, day(2026, 12, 22), &site()).unwrap();
        assert_eq!(swept.settled, 0);
        assert_eq!(read::find(c, code).unwrap().status, "resolved");
        let swept = commitments::sweep(c, day(2026, 12, 23), &site()).unwrap();
        assert_eq!(swept.settled, 1);
        assert_eq!(states(c, code), ["not_done", "done"]);

        // The agreement was not kept: reopened, and one level up on the legal clock.
        let g = read::find(c, code).unwrap();
        assert_eq!(
            (g.status.as_str(), g.level_code.as_str()),
            ("escalated", "regional")
        );
        let calendar = kenes_core::grievances::read::working_calendar(c).unwrap();
        assert_eq!(
            g.due_on,
            calendar.add_working_days(day(2026, 12, 23).date(), 15)
        );
        let events: Vec<(Option<String>, Option<String>)> =
            kenes_core::timeline::timeline_for(c, &g, None)
                .unwrap()
                .into_iter()
                .filter(|e| {
                    e.kind.as_deref() == Some("agreement_not_kept")
                        || e.kind.as_deref() == Some("commitment_lapsed")
                })
                .map(|e| (e.kind, e.status.map(|s| s.to_string())))
                .collect();
        assert_eq!(
            events,
            [
                (Some("commitment_lapsed".into()), None),
                (Some("agreement_not_kept".into()), Some("reopened".into())),
                (Some("agreement_not_kept".into()), Some("escalated".into())),
            ]
        );
        for told in [
            "mediator@example.kz",
            "citizen@example.kz",
            "akim@example.kz",
        ] {
            assert_eq!(mails_to(c, told, "agreement_not_kept", code), 1, "{told}");
        }
        // The mediator's public record counts the commitments kept: one of two.
        let record = kenes_core::mediation::registry::record(c, s.mediator.user_id).unwrap();
        assert_eq!(
            (
                record.commitments_settled,
                record.commitments_kept,
                record.commitment_share()
            ),
            (2, 1, Some(50))
        );
        // One broken agreement is no pattern; a second by the same body raises an alert.
        use kenes_core::oversight::alerts;
        let broken = |c: &mut Db| {
            alerts::detect(c, day(2026, 12, 28))
                .unwrap()
                .into_iter()
                .filter(|f| f.kind == "broken")
                .collect::<Vec<_>>()
        };
        assert!(broken(c).is_empty());
        let coordinator = coordinator(c);
        let second = mediated_again(c, &s, &coordinator);
        let g2 = read::find(c, &second).unwrap();
        let heating = commitments::of_grievance(c, g2.id).unwrap()[0].id;
        // A commitment is answered through its own grievance only.
        assert!(matches!(
            confirm(c, &s.citizen, heating, "not_done", day(2026, 12, 15)),
            Err(Error::NotFound)
        ));
        commitments::confirm(
            c,
            &second,
            s.citizen.at(day(2026, 12, 15)),
            heating,
            word("not_done"),
            &site(),
        )
        .unwrap();
        let found = broken(c);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].body.as_deref(), Some("akimat-1132"));
        assert_eq!(found[0].grievances.len(), 2);
        // The sweep raises it for the body's coordinators (the table takes its kind).
        let raised = alerts::sweep(c, day(2026, 12, 28), &site()).unwrap();
        assert!(!raised.is_empty());
        let kinds = kenes_core::testing::alert_kinds(c, &raised);
        assert!(kinds.iter().any(|k| k == "broken"), "{kinds:?}");

        // Settled: a late answer changes nothing.
        assert_eq!(
            field(confirm(
                c,
                &s.citizen,
                body_promise,
                "done",
                day(2026, 12, 24)
            )),
            ("kept", "settled")
        );
        Ok(())
    })
    .await
    .unwrap();
}

async fn the_citizen_confirms_by_a_link_that_works_once(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = started(c, "private");
        let code = s.code.as_str();
        agreed_with(c, &s, &two_promises(), false, false);
        let g = read::find(c, code).unwrap();
        let list = commitments::of_grievance(c, g.id).unwrap();
        let (body_promise, citizen_promise) = (list[0].id, list[1].id);
        commitments::sweep(c, day(2026, 12, 14), &site()).unwrap();
        let token = link_token(c, "citizen@example.kz");
        commitments::report(
            c,
            code,
            s.official.at(day(2026, 12, 15)),
            body_promise,
            commitments::Word {
                kept: "done",
                note: "Трубы заменены.",
                evidence: &[],
            },
            &site(),
        )
        .unwrap();
        let confirm = |c: &mut Db, token: &str, id: i64, reader: Option<i64>, now| {
            commitments::confirm_by_link(
                c,
                token,
                id,
                reader,
                commitments::Word {
                    kept: "not_done",
                    note: "Воды нет.",
                    evidence: &[],
                },
                &site(),
                now,
            )
        };
        // The link opens its commitment only, for its citizen only, until it expires.
        assert!(matches!(
            confirm(c, "not-a-token", body_promise, None, day(2026, 12, 16)),
            Err(Error::TokenInvalid)
        ));
        assert!(matches!(
            confirm(c, &token, citizen_promise, None, day(2026, 12, 16)),
            Err(Error::Forbidden)
        ));
        assert!(matches!(
            confirm(
                c,
                &token,
                body_promise,
                Some(s.stranger.user_id),
                day(2026, 12, 16)
            ),
            Err(Error::Forbidden)
        ));
        assert!(matches!(
            confirm(c, &token, body_promise, None, day(2027, 1, 14)),
            Err(Error::TokenInvalid)
        ));
        let linked = commitments::by_link(c, &token, day(2026, 12, 16)).unwrap();
        assert_eq!((linked.commitment.id, linked.number), (body_promise, 1));
        assert_eq!(states(c, code), ["pending", "pending"]);

        // The citizen says it was not done: the grievance reopens one level up at once.
        confirm(c, &token, body_promise, None, day(2026, 12, 16)).unwrap();
        assert_eq!(states(c, code), ["not_done", "pending"]);
        let g = read::find(c, code).unwrap();
        assert_eq!(
            (g.status.as_str(), g.level_code.as_str()),
            ("escalated", "regional")
        );
        // Spent.
        assert!(matches!(
            confirm(c, &token, body_promise, None, day(2026, 12, 16)),
            Err(Error::TokenInvalid)
        ));
        Ok(())
    })
    .await
    .unwrap();
}

async fn the_parties_say_how_the_mediation_went(backend: Backend) {
    use kenes_core::mediation::feedback::{self, Answers, Summary};
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let s = started(c, "public");
        let code = s.code.as_str();
        let g = read::find(c, code).unwrap();
        let marks = Answers {
            neutral: 5,
            heard: 4,
            clear: 4,
            again: 5,
            comment: "Медиатор говорил с обеими сторонами одинаково.".into(),
        };
        // Not while the mediation runs.
        assert_eq!(feedback::due(c, &g, &s.citizen).unwrap(), None);
        assert_eq!(
            field(feedback::give(c, code, s.citizen.at(at(5)), &marks)),
            ("q_neutral", "feedback-given")
        );
        agreed(c, &s, false, false);
        let g = read::find(c, code).unwrap();
        assert!(feedback::due(c, &g, &s.citizen).unwrap().is_some());
        // Only the parties answer, each mark 1 to 5.
        assert!(matches!(
            feedback::give(c, code, s.stranger.at(at(6)), &marks),
            Err(Error::Forbidden)
        ));
        assert!(matches!(
            feedback::give(c, code, s.mediator.at(at(6)), &marks),
            Err(Error::Forbidden)
        ));
        let six = Answers {
            heard: 6,
            ..marks.clone()
        };
        assert_eq!(
            field(feedback::give(c, code, s.citizen.at(at(6)), &six)),
            ("q_heard", "choose")
        );
        feedback::give(c, code, s.citizen.at(at(6)), &marks).unwrap();
        // Once per party.
        assert_eq!(
            field(feedback::give(c, code, s.citizen.at(at(6)), &marks)),
            ("q_neutral", "feedback-given")
        );
        feedback::give(
            c,
            code,
            s.official.at(at(6)),
            &Answers {
                comment: String::new(),
                ..marks.clone()
            },
        )
        .unwrap();
        // Two answers: nothing is shown, not even an average.
        let mediator = s.mediator.user_id;
        assert_eq!(feedback::summary(c, mediator).unwrap(), Summary::TooFew);
        // The comment reaches the coordinators of the territory, and nobody else.
        let local = coordinator(c);
        assert_eq!(
            feedback::comments(c, &local, mediator).unwrap(),
            ["Медиатор говорил с обеими сторонами одинаково."]
        );
        let elsewhere = person(
            c,
            "far@example.kz",
            vec![Grant::new(Role::Coordinator)
                .level(Level::Local)
                .kato("1910")],
        );
        for reader in [&elsewhere, &s.stranger, &s.mediator] {
            assert!(feedback::comments(c, reader, mediator).unwrap().is_empty());
        }
        Ok(())
    })
    .await
    .unwrap();
}

/// A side that asks for a mediator with a public profile is never offered one who keeps
/// out of the registry; otherwise they may be.
async fn a_public_mediator_was_asked_for(backend: Backend) {
    let (_db, pool) = migrated(backend).await;
    interact::<_, _, kenes_core::DbError>(&pool, |c| {
        let admin = person(c, "admin@example.kz", vec![Grant::new(Role::Administrator)]);
        let citizen = person(c, "citizen@example.kz", vec![]);
        let official = person(
            c,
            "akim@example.kz",
            vec![Grant::new(Role::Official).body("akimat-1132")],
        );
        let coordinator = coordinator(c);
        let open = mediator(c, &admin, "open@example.kz", &["ru"], &["social"]);
        let private = mediator(c, &admin, "private@example.kz", &["ru"], &["social"]);
        let input = ProfileInput {
            bio: String::new(),
            languages: vec!["ru".into()],
            specialisations: vec!["social".into()],
            available: true,
            hidden: true,
        };
        request::save_profile(c, private.at(at(1)), &input).unwrap();
        let client = Client::default();
        let mut codes = vec![];
        for (key, public) in [("p1", true), ("p2", false)] {
            let filing = utilities(
                "Нет горячей воды",
                "В доме две недели нет горячей воды, акимат молчит.",
                "public",
                key,
            );
            let code = filing::file(c, citizen.user_id, &filing, &client, &site(), at(2)).unwrap();
            handling::act(
                c,
                &code,
                official.at(at(3)),
                &Step::Accept,
                &client,
                &site(),
            )
            .unwrap();
            let ask = request::Ask {
                hope: "Встреча с акиматом.",
                public_mediator: public,
            };
            request::request_as(c, &code, citizen.at(at(3)), &ask, &client, &site()).unwrap();
            codes.push(code);
        }
        let offered = |c: &mut Db, code: &str| -> Vec<i64> {
            request::candidates(c, code, at(3).date())
                .unwrap()
                .into_iter()
                .map(|m| m.user_id)
                .collect()
        };
        assert_eq!(offered(c, &codes[0]), [open.user_id]);
        assert_eq!(
            field(request::propose(
                c,
                &codes[0],
                coordinator.at(at(3)),
                private.user_id,
                &site()
            )),
            ("mediator", "choose")
        );
        let mut both = offered(c, &codes[1]);
        both.sort();
        assert_eq!(both, [open.user_id, private.user_id]);
        request::propose(
            c,
            &codes[1],
            coordinator.at(at(3)),
            private.user_id,
            &site(),
        )
        .unwrap();
        Ok(())
    })
    .await
    .unwrap();
}

both_backends! {
    public_mediator => a_public_mediator_was_asked_for,
    feedback => the_parties_say_how_the_mediation_went,
    commitments_followed => commitments_are_drafted_checked_and_followed_until_broken,
    commitment_link => the_citizen_confirms_by_a_link_that_works_once,
}
