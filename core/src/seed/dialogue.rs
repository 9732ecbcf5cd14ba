//! The demo's public dialogue: the neighbours of the week of trouble deliberate on their hot
//! water with a certified mediator, so that a fresh portal shows a dialogue whose opinion
//! map has groups and common ground. It is opened, seeded, joined and voted on through the
//! domain's own steps, as its people would have done on the pages; the people are demo
//! accounts that cannot sign in.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use kenes_i18n::Locale;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::accounts::roles;
use crate::actor::Actor;
use crate::audit::Client;
use crate::clock::day_of;
use crate::db::Db;
use crate::dialogues::votes::{self, Vote};
use crate::dialogues::{join, opening, statements};
use crate::error::Error;
use crate::grievances::terms::region_of;
use crate::mail::Site;
use crate::mediation::request::{LANGUAGES, SPECIALISATIONS};
use crate::names::Codes;
use crate::permissions::{Grant, Level, Role};
use crate::schema::{dialogues, mediator_profiles, outcomes, users};

const QUESTION: &str =
    "Как жителям и акимату вернуть горячую воду в дома и не допустить новых отключений?";

const BACKGROUND: [&str; 3] = [
    "Бір апта ішінде бір аудандағы бірнеше үйден ыстық су жоқ деген өтініштер түсті. Тұрғындар, КСК және әкімдік не істеу керектігін бірге талқылайды.",
    "За неделю из нескольких домов одного района пришли обращения: нет горячей воды, котельная не отвечает. Жители, КСК и акимат вместе обсуждают, что делать.",
    "Within a week, several blocks of one district reported no hot water and no answer from the boiler house. Residents, the housing cooperatives and the akimat deliberate on what to do.",
];

/// Where a statement stands with the two camps of the neighbourhood: common ground, or one
/// camp's view that the other rejects.
#[derive(Clone, Copy)]
enum Stance {
    Common,
    FirstCamp,
    SecondCamp,
}

const STATEMENTS: [(Stance, &str); 8] = [
    (
        Stance::Common,
        "График отключений горячей воды нужно публиковать заранее, хотя бы за неделю.",
    ),
    (
        Stance::Common,
        "Нужен один телефон, по которому котельная отвечает круглосуточно.",
    ),
    (
        Stance::Common,
        "Жители должны видеть, на каком этапе ремонт и когда он закончится.",
    ),
    (
        Stance::FirstCamp,
        "Котельную должен отремонтировать акимат за счёт местного бюджета.",
    ),
    (
        Stance::FirstCamp,
        "Оплату за горячую воду нужно снизить, пока её нет.",
    ),
    (
        Stance::SecondCamp,
        "Ремонт внутридомовых сетей — дело КСК и самих жильцов.",
    ),
    (
        Stance::SecondCamp,
        "Лучше поставить в домах свои водонагреватели, чем ждать котельную.",
    ),
    (
        Stance::SecondCamp,
        "Жильцы готовы скинуться на ремонт, если смета будет открытой.",
    ),
];

/// How many neighbours take part, and how many of them are in the first camp.
const PARTICIPANTS: usize = 30;
const FIRST_CAMP: usize = 17;

/// Opens the dialogue in `kato` about `grievances` (tracking codes), answered by `body`.
pub(super) fn open(
    conn: &mut Db,
    kato: &str,
    body: &str,
    grievances: Vec<String>,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let today = day_of(now);
    // Its own dice: the same neighbours vote the same way however large the demo is.
    let rng = &mut StdRng::seed_from_u64(2026);
    let coordinator = demo_person(conn, 0, "Ерлан Жақсылықов", now)?;
    let facilitator = demo_person(conn, 1, "Айгерім Сапарова", now)?;
    certify(conn, facilitator, now)?;
    // A mediator of the region, so the public registry lists who facilitates.
    let mediator = Grant {
        kato: Some(region_of(kato).to_owned()),
        ..Grant::new(Role::Mediator)
    };
    roles::grant(
        conn,
        None,
        &demo_email(1),
        &mediator,
        &Client::default(),
        now,
    )?;
    let coordinator = Actor::user(coordinator, vec![national(Role::Coordinator)]);
    let opened_at = now - Duration::days(4);
    let opening = opening::Opening {
        question: QUESTION.into(),
        background: BACKGROUND.map(str::to_owned),
        kato: kato.into(),
        facilitator_user_id: facilitator,
        opens_on: (today - Duration::days(3)).to_string(),
        closes_on: (today + Duration::days(11)).to_string(),
        bodies: vec![body.into()],
        grievances,
        ..Default::default()
    };
    // Opened by a coordinator, it needs nobody's approval and mails nobody.
    let site = Site::new("");
    let id = opening::open(conn, coordinator.at(opened_at), &opening, &site)?;
    let facilitator = Actor::user(facilitator, vec![]);
    let mut seeded = vec![];
    for (stance, text) in STATEMENTS {
        let statement = statements::seed(conn, facilitator.at(opened_at), id, text, "ru")?;
        seeded.push((stance, statement));
    }
    for n in 0..PARTICIPANTS {
        let name = format!("Житель {}", n + 1);
        let neighbour = Actor::user(demo_person(conn, n + 2, &name, now)?, vec![]);
        let joined = now - Duration::minutes(rng.random_range(10..60 * 24 * 3));
        join(conn, id, neighbour.at(joined), false)?;
        let first_camp = n < FIRST_CAMP;
        for &(stance, statement) in &seeded {
            let vote = ballot(rng, stance, first_camp);
            votes::cast(conn, neighbour.at(joined), statement, vote)?;
        }
    }
    Ok(())
}

/// A neighbour's vote: common ground is agreed by nearly all, a camp's view by its camp and
/// rejected by the other; now and then someone passes.
fn ballot(rng: &mut StdRng, stance: Stance, first_camp: bool) -> Vote {
    if rng.random_bool(0.04) {
        return Vote::Pass;
    }
    let agrees = match stance {
        Stance::Common => rng.random_bool(0.95),
        Stance::FirstCamp => first_camp == rng.random_bool(0.95),
        Stance::SecondCamp => first_camp != rng.random_bool(0.95),
    };
    if agrees {
        Vote::Agree
    } else {
        Vote::Disagree
    }
}

fn national(role: Role) -> Grant {
    Grant {
        level: Some(Level::National),
        ..Grant::new(role)
    }
}

fn demo_email(n: usize) -> String {
    format!("demo-{n}@demo.kenes.invalid")
}

/// A demo account: no password opens it (the stored hash is not one), no mail reaches it.
fn demo_person(conn: &mut Db, n: usize, name: &str, now: NaiveDateTime) -> Result<i64, Error> {
    Ok(diesel::insert_into(users::table)
        .values((
            users::email.eq(demo_email(n)),
            users::password_hash.eq("!"),
            users::display_name.eq(name),
            users::locale.eq(Locale::Ru),
            users::created_at.eq(now),
            users::updated_at.eq(now),
            users::is_demo.eq(true),
        ))
        .returning(users::id)
        .get_result(conn)?)
}

/// The facilitator is a certified mediator, as the law asks of whoever facilitates.
fn certify(conn: &mut Db, user: i64, now: NaiveDateTime) -> Result<(), Error> {
    let chosen = |names: &[&str], list: &[&str]| {
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        Codes::chosen(&names, list).unwrap_or_default()
    };
    diesel::insert_into(mediator_profiles::table)
        .values((
            mediator_profiles::user_id.eq(user),
            mediator_profiles::bio.eq("Медиатор с 2019 года: коммунальные и соседские споры."),
            mediator_profiles::languages.eq(chosen(&["kk", "ru"], &LANGUAGES)),
            mediator_profiles::specialisations.eq(chosen(&["social"], &SPECIALISATIONS)),
            mediator_profiles::available.eq(true),
            mediator_profiles::cert_issuer.eq("Министерство юстиции РК"),
            mediator_profiles::cert_number.eq("DEMO-0001"),
            mediator_profiles::cert_valid_until.eq(day_of(now) + Duration::days(365)),
            mediator_profiles::updated_at.eq(now),
            mediator_profiles::hidden_from_public.eq(false),
        ))
        .execute(conn)?;
    Ok(())
}

/// Takes the demo's people away with the dialogues they opened or facilitate, and all that
/// hangs on those (statements, votes, maps, the discussion); a published report leaves the
/// search index with them.
pub(super) fn remove(conn: &mut Db, now: NaiveDateTime) -> Result<(), Error> {
    let people = users::table
        .filter(users::is_demo.eq(true))
        .select(users::id);
    let theirs: Vec<i64> = dialogues::table
        .filter(dialogues::opened_by_user_id.eq_any(people))
        .or_filter(dialogues::facilitator_user_id.eq_any(people))
        .select(dialogues::id)
        .load(conn)?;
    let reports: Vec<i64> = outcomes::table
        .filter(outcomes::dialogue_id.eq_any(theirs.iter().map(|&d| Some(d))))
        .select(outcomes::id)
        .load(conn)?;
    for id in reports {
        crate::outcomes::reindex(conn, id, now)?;
    }
    diesel::delete(dialogues::table.filter(dialogues::id.eq_any(&theirs))).execute(conn)?;
    diesel::delete(users::table.filter(users::is_demo.eq(true))).execute(conn)?;
    Ok(())
}
