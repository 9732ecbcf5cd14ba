//! The demo's public dialogues: the neighbours of the week of trouble deliberate on their
//! hot water with a certified mediator, so that a fresh portal shows a dialogue whose
//! opinion map has groups and common ground; an earlier one of theirs, about courtyard
//! lights, has ended with a report and the akimat's answer on the public record. Each is
//! opened, seeded, joined, voted on, reported and answered through the domain's own steps,
//! as its people would have done on the pages; the people are demo accounts that cannot
//! sign in.

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
use crate::dialogues::{join, opening, report, statements};
use crate::error::Error;
use crate::grievances::terms::region_of;
use crate::mail::Site;
use crate::mediation::request::{LANGUAGES, SPECIALISATIONS};
use crate::names::Codes;
use crate::permissions::{Grant, Level, Role};
use crate::schema::{dialogues, mediator_profiles, outcomes, users};

/// A public dialogue the demo holds: what it asks, the statements put to the neighbours,
/// when it runs (days from today), and for one that has ended, the facilitator's
/// recommendations with the body's answer to each.
struct Story {
    question: &'static str,
    background: [&'static str; 3],
    statements: &'static [(Stance, &'static str)],
    opens: i64,
    closes: i64,
    /// How many of the neighbours are in the first camp.
    first_camp: usize,
    /// Its own dice: the same neighbours vote the same way however large the demo is.
    dice: u64,
    ending: Option<Ending>,
}

/// The end of a dialogue: its report's recommendations and the body's answers, in order.
struct Ending {
    recommendations: &'static [&'static str],
    answers: &'static [&'static str],
}

/// Where a statement stands with the two camps of the neighbourhood: common ground, or one
/// camp's view that the other rejects.
#[derive(Clone, Copy)]
enum Stance {
    Common,
    FirstCamp,
    SecondCamp,
}

/// The week of trouble, deliberated while the demo runs.
const HOT_WATER: Story = Story {
    question: "Как жителям и акимату вернуть горячую воду в дома и не допустить новых отключений?",
    background: [
        "Бір апта ішінде бір аудандағы бірнеше үйден ыстық су жоқ деген өтініштер түсті. Тұрғындар, КСК және әкімдік не істеу керектігін бірге талқылайды.",
        "За неделю из нескольких домов одного района пришли обращения: нет горячей воды, котельная не отвечает. Жители, КСК и акимат вместе обсуждают, что делать.",
        "Within a week, several blocks of one district reported no hot water and no answer from the boiler house. Residents, the housing cooperatives and the akimat deliberate on what to do.",
    ],
    statements: &[
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
    ],
    opens: -3,
    closes: 11,
    first_camp: 17,
    dice: 2026,
    ending: None,
};

/// An earlier dialogue of the same neighbourhood, ended: its report is on the public record
/// and the akimat has answered each recommendation.
const COURTYARD_LIGHTS: Story = Story {
    question: "Как сделать дворы района освещёнными и безопасными вечером?",
    background: [
        "Күз түскелі аудан тұрғындары аулалар мен мектепке баратын жолдың қараңғы екенін жиі жазады. Тұрғындар, КСК және әкімдік шамдарды қалай жөндеу керектігін талқылады.",
        "С началом осени жители района всё чаще пишут, что дворы и дорожка к школе не освещены. Жители, КСК и акимат обсудили, как вернуть свет во дворы.",
        "Since autumn came, residents have kept writing that the courtyards and the path to the school are dark. Residents, the housing cooperatives and the akimat deliberated on how to light them again.",
    ],
    statements: &[
        (
            Stance::Common,
            "Сломанный фонарь во дворе должны чинить в течение недели после заявки.",
        ),
        (
            Stance::Common,
            "Дорожку к школе нужно осветить в первую очередь.",
        ),
        (
            Stance::FirstCamp,
            "Освещение дворов должен оплачивать акимат, а не жильцы.",
        ),
        (
            Stance::FirstCamp,
            "Во дворах нужны камеры видеонаблюдения.",
        ),
        (
            Stance::FirstCamp,
            "Вечером во дворах нужны полицейские патрули.",
        ),
        (
            Stance::SecondCamp,
            "Жильцы сами могут решить через КСК, где ставить фонари.",
        ),
        (
            Stance::SecondCamp,
            "Фонари с датчиком движения лучше, чем свет всю ночь: это дешевле.",
        ),
    ],
    opens: -45,
    closes: -24,
    first_camp: 13,
    dice: 2025,
    ending: Some(Ending {
        recommendations: &[
            "Отремонтировать неработающие фонари во дворах и на дорожке к школе до конца месяца.",
            "Принимать заявки о сломанных фонарях по одному телефону и чинить их в течение недели.",
            "Публиковать план освещения дворов на год и обсуждать его с КСК.",
        ],
        answers: &[
            "Принято: подрядчик заменит 46 фонарей до конца месяца, дорожку к школе осветят первой.",
            "Принято: заявки принимает единый номер 109, срок ремонта — пять рабочих дней.",
            "Принято частично: план опубликуем в январе, обсудим его с КСК на встрече в акимате.",
        ],
    }),
};

/// How many neighbours take part.
const PARTICIPANTS: usize = 30;

/// The demo's people: who opens the dialogues, who facilitates them, who answers for the
/// body, and the neighbours.
struct Cast {
    coordinator: Actor,
    facilitator: Actor,
    official: Actor,
    neighbours: Vec<Actor>,
}

/// Holds the demo's dialogues in `kato`, answered by `body`: an ended one, and an open one
/// about the week of trouble (`grievances`, tracking codes).
pub(super) fn hold(
    conn: &mut Db,
    kato: &str,
    body: &str,
    grievances: Vec<String>,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let cast = cast(conn, kato, body, now)?;
    tell(conn, &cast, &COURTYARD_LIGHTS, kato, body, vec![], now)?;
    tell(conn, &cast, &HOT_WATER, kato, body, grievances, now)
}

fn cast(conn: &mut Db, kato: &str, body: &str, now: NaiveDateTime) -> Result<Cast, Error> {
    let coordinator = demo_person(conn, 0, "Ерлан Жақсылықов", now)?;
    let facilitator = demo_person(conn, 1, "Айгерім Сапарова", now)?;
    certify(conn, facilitator, now)?;
    // A mediator of the region, so the public registry lists who facilitates.
    let mediator = Grant {
        kato: Some(region_of(kato).to_owned()),
        ..Grant::new(Role::Mediator)
    };
    grant(conn, 1, &mediator, now)?;
    let official_id = demo_person(conn, PARTICIPANTS + 2, "Данияр Оспанов", now)?;
    let official = Grant {
        body: Some(body.to_owned()),
        ..Grant::new(Role::Official)
    };
    grant(conn, PARTICIPANTS + 2, &official, now)?;
    let neighbours = (0..PARTICIPANTS)
        .map(|n| {
            let name = format!("Житель {}", n + 1);
            Ok(Actor::user(demo_person(conn, n + 2, &name, now)?, vec![]))
        })
        .collect::<Result<_, Error>>()?;
    Ok(Cast {
        coordinator: Actor::user(coordinator, vec![national(Role::Coordinator)]),
        facilitator: Actor::user(facilitator, vec![]),
        official: Actor::user(official_id, vec![official]),
        neighbours,
    })
}

fn grant(conn: &mut Db, person: usize, grant: &Grant, now: NaiveDateTime) -> Result<(), Error> {
    let client = Client::default();
    roles::grant(conn, None, &demo_email(person), grant, &client, now)?;
    Ok(())
}

/// One dialogue, from its opening to its end if it has one, each step the domain's own.
fn tell(
    conn: &mut Db,
    cast: &Cast,
    story: &Story,
    kato: &str,
    body: &str,
    grievances: Vec<String>,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let today = day_of(now);
    let rng = &mut StdRng::seed_from_u64(story.dice);
    let opens_at = now + Duration::days(story.opens);
    let opening = opening::Opening {
        question: story.question.into(),
        background: story.background.map(str::to_owned),
        kato: kato.into(),
        facilitator_user_id: cast.facilitator.user_id,
        opens_on: (today + Duration::days(story.opens)).to_string(),
        closes_on: (today + Duration::days(story.closes)).to_string(),
        bodies: vec![body.into()],
        grievances,
        ..Default::default()
    };
    // Opened by a coordinator, it needs nobody's approval and mails nobody.
    let site = Site::new("");
    let opened_at = opens_at - Duration::days(1);
    let id = opening::open(conn, cast.coordinator.at(opened_at), &opening, &site)?;
    let mut seeded = vec![];
    for &(stance, text) in story.statements {
        let statement = statements::seed(conn, cast.facilitator.at(opened_at), id, text, "ru")?;
        seeded.push((stance, statement));
    }
    // Everyone has had their say by the end, or by now while it runs.
    let until = (now + Duration::days(story.closes)).min(now) - opens_at;
    for (n, neighbour) in cast.neighbours.iter().enumerate() {
        let joined = opens_at + Duration::minutes(rng.random_range(10..until.num_minutes()));
        join(conn, id, neighbour.at(joined), false)?;
        let first_camp = n < story.first_camp;
        for &(stance, statement) in &seeded {
            let vote = ballot(rng, stance, first_camp);
            votes::cast(conn, neighbour.at(joined), statement, vote)?;
        }
    }
    if let Some(ending) = &story.ending {
        let closed = now + Duration::days(story.closes);
        let published = cast.facilitator.at(closed + Duration::days(2));
        report::publish(
            conn,
            published,
            id,
            &ending.recommendations.join("\n"),
            &site,
        )?;
        let answers: Vec<String> = ending.answers.iter().map(|&a| a.to_owned()).collect();
        let answered = cast.official.at(closed + Duration::days(9));
        report::answer(conn, answered, id, body, &answers, &site)?;
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
