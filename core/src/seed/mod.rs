//! `seed --demo`: a few hundred realistic grievances so that a newcomer sees a living portal.

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use kenes_i18n::Locale;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use crate::calendar::WorkingCalendar;
use crate::clock::day_of;
use crate::db::Db;
use crate::error::{DbResult, Error};
use crate::grievances::terms::{
    tracking_code, AppealKind, Capacity, OutcomeResult, Privacy, Status,
};
use crate::mediation::terms::MediationStatus;
use crate::models::Grievance;
use crate::permissions::Level;
use crate::schema::{grievances, holidays, jurisdictions, mediations, outcomes};

mod dialogue;
mod timeline;
use timeline::{in_lang, Said};

/// (category, [kk, ru, en] × (title, body)). `{place}` is replaced by the place's name.
type Texts = [(&'static str, &'static str); 3];
const TEXTS: &[(&str, Texts)] = &[
    ("healthcare", [
        ("Емханада дәрігер жоқ", "{place}: ауылдық емханада үш айдан бері терапевт жоқ, науқастар аудан орталығына барады."),
        ("Нет врача в амбулатории", "{place}: в сельской амбулатории три месяца нет терапевта, больные ездят в райцентр."),
        ("No doctor at the clinic", "{place}: the village clinic has had no general practitioner for three months."),
    ]),
    ("education", [
        ("Мектеп автобусы жүрмейді", "{place}: балалар мектепке 6 шақырым жаяу барады, автобус қыстан бері жоқ."),
        ("Не ходит школьный автобус", "{place}: дети идут в школу 6 км пешком, автобуса нет с зимы."),
        ("The school bus has stopped", "{place}: children walk 6 km to school; there has been no bus since winter."),
    ]),
    ("utilities", [
        ("Ыстық су жоқ", "{place}: көп қабатты үйде екі аптадан бері ыстық су берілмейді."),
        ("Нет горячей воды", "{place}: в многоквартирном доме две недели нет горячей воды."),
        ("No hot water", "{place}: a block of flats has had no hot water for two weeks."),
    ]),
    ("roads_transport", [
        ("Жол жөндеуді қажет етеді", "{place}: орталық көшедегі шұңқырлар көліктерді бүлдіреді, жарық жоқ."),
        ("Дорога требует ремонта", "{place}: ямы на центральной улице портят машины, нет освещения."),
        ("The road needs repair", "{place}: potholes on the main street damage cars and there are no street lights."),
    ]),
    ("land", [
        ("Жайылым жер дауы", "{place}: жайылым жер жалға берілді, ауыл малын бағатын жер қалмады."),
        ("Спор о пастбищах", "{place}: пастбища сданы в аренду, сельчанам негде пасти скот."),
        ("Dispute over pastures", "{place}: the pastures were leased out and villagers have nowhere to graze livestock."),
    ]),
    ("housing", [
        ("Апатты үйден көшіру", "{place}: үй апатты деп танылды, бірақ тұрғындарды көшіру мерзімі белгісіз."),
        ("Расселение аварийного дома", "{place}: дом признан аварийным, но сроки расселения жильцов неизвестны."),
        ("Resettlement from an unsafe building", "{place}: the building was declared unsafe but there is no date for rehousing."),
    ]),
    ("social_support", [
        ("Атаулы әлеуметтік көмек тоқтатылды", "{place}: көп балалы отбасына көмек себепсіз тоқтатылды."),
        ("Прекращена адресная помощь", "{place}: многодетной семье без объяснения прекратили адресную социальную помощь."),
        ("Targeted social assistance stopped", "{place}: a large family's assistance was stopped without explanation."),
    ]),
    ("labour", [
        ("Жалақы төленбеді", "{place}: кәсіпорын жұмысшыларына үш ай жалақы төлемеді."),
        ("Задержка заработной платы", "{place}: предприятие три месяца не платит зарплату рабочим."),
        ("Unpaid wages", "{place}: a company has not paid its workers for three months."),
    ]),
    ("environment", [
        ("Заңсыз қоқыс үйіндісі", "{place}: өзен жағасында заңсыз қоқыс үйіндісі пайда болды."),
        ("Незаконная свалка", "{place}: на берегу реки появилась незаконная свалка."),
        ("Illegal dump", "{place}: an illegal rubbish dump has appeared on the riverbank."),
    ]),
    ("interethnic", [
        ("Көршілер арасындағы шиеленіс", "{place}: жастар арасындағы төбелестен кейін ауылда шиеленіс бар, диалог қажет."),
        ("Напряжённость между соседями", "{place}: после драки молодёжи в селе напряжённость, нужен диалог."),
        ("Tension between neighbours", "{place}: after a fight between young people the village is tense; dialogue is needed."),
    ]),
    ("public_order", [
        ("Түнгі шу және қауіпсіздік", "{place}: аулада түнде жиналыстар, полиция келмейді."),
        ("Ночной шум и безопасность", "{place}: ночные сборища во дворе, полиция не приезжает."),
        ("Night noise and safety", "{place}: gatherings in the courtyard every night; the police do not come."),
    ]),
    ("other", [
        ("Әкімдік жауап бермейді", "{place}: өтінішке бір айдан бері жауап жоқ."),
        ("Акимат не отвечает", "{place}: на обращение месяц нет ответа."),
        ("The akimat does not reply", "{place}: a month without any reply to an appeal."),
    ]),
];

/// Shares of each state in the demo, roughly as a running portal would show them.
const STATUS_WEIGHTS: &[(Status, u32)] = &[
    (Status::Submitted, 14),
    (Status::Accepted, 18),
    (Status::Extended, 4),
    (Status::Redirected, 3),
    (Status::Answered, 14),
    (Status::InMediation, 9),
    (Status::Escalated, 3),
    (Status::Resolved, 15),
    (Status::NotResolved, 5),
    (Status::Closed, 10),
    (Status::Rejected, 2),
    (Status::Withdrawn, 1),
    (Status::Reopened, 2),
];

fn weighted<T: Copy>(rng: &mut impl Rng, items: &[(T, u32)]) -> T {
    let total: u32 = items.iter().map(|(_, w)| w).sum();
    let mut roll = rng.random_range(0..total);
    for (item, w) in items {
        if roll < *w {
            return *item;
        }
        roll -= w;
    }
    items[items.len() - 1].0
}

/// Inserts `count` demo grievances, and a public dialogue about the week of trouble among
/// them, unless some exist already (then returns 0); with `reset`, earlier demo rows are
/// replaced. Real grievances, dialogues and people are never touched.
pub fn demo(conn: &mut Db, count: usize, reset: bool) -> Result<usize, Error> {
    crate::db::write_transaction(conn, |conn| {
        let existing: i64 = grievances::table
            .filter(grievances::is_demo.eq(true))
            .count()
            .get_result(conn)?;
        if existing > 0 && !reset {
            return Ok(0);
        }
        // Earlier demo outcomes leave the search index with their grievances.
        let old_outcomes: Vec<i64> = outcomes::table
            .inner_join(grievances::table)
            .filter(grievances::is_demo.eq(true))
            .select(outcomes::id)
            .load(conn)?;
        let now = Utc::now().naive_utc();
        for id in old_outcomes {
            crate::outcomes::reindex(conn, id, now)?;
        }
        dialogue::remove(conn, now)?;
        diesel::delete(grievances::table.filter(grievances::is_demo.eq(true))).execute(conn)?;

        let places: Vec<(String, String, String, String)> = jurisdictions::table
            .filter(jurisdictions::kind.eq_any(["district", "city", "city_rs"]))
            .select((
                jurisdictions::kato,
                jurisdictions::name_kk,
                jurisdictions::name_ru,
                jurisdictions::name_en,
            ))
            .load(conn)?;
        let calendar = WorkingCalendar::new(holidays::table.select(holidays::day).load(conn)?);
        let rules = crate::grievances::routing::rules(conn)?;
        let mut rng = StdRng::seed_from_u64(2026);
        // The week of trouble is part of the count.
        let spike = if count >= 4 * DEMO_SPIKE_SIZE {
            DEMO_SPIKE_SIZE
        } else {
            0
        };
        // Codes are random (40 bits a year): at a million demo grievances two may meet.
        let mut codes = std::collections::HashSet::new();
        for _ in 0..count - spike {
            let mut row = demo_grievance(&mut rng, &places, &rules, &calendar, now);
            while !codes.insert(row.tracking_code.clone()) {
                row.tracking_code =
                    tracking_code(&mut rng, chrono::Datelike::year(&row.submitted_at));
            }
            row.id = diesel::insert_into(grievances::table)
                .values(&row)
                .returning(grievances::id)
                .get_result(conn)?;
            timeline::write(conn, &row)?;
            demo_outcome(conn, &mut rng, &row, now)?;
        }
        if spike > 0 {
            let trouble = demo_spike(conn, &mut rng, &places, &rules, &calendar, now)?;
            if let Some(Trouble { kato, body, codes }) = trouble {
                dialogue::hold(conn, &kato, &body, codes, now)?;
            }
        }
        Ok(count)
    })
}

/// The KATO prefix of the place where the demo's week of trouble happens (Almaty region),
/// so that the early-warning dashboard has something to show on a fresh portal.
pub const DEMO_SPIKE_REGION: &str = "19";
const DEMO_SPIKE_SIZE: usize = 6;

/// Where the week of trouble happened, the body that answers for it, and its grievances.
struct Trouble {
    kato: String,
    body: String,
    codes: Vec<String>,
}

/// Six grievances about hot water from one district in the last three days, where there
/// were next to none before: a spike the detectors find.
fn demo_spike(
    conn: &mut Db,
    rng: &mut StdRng,
    places: &[(String, String, String, String)],
    rules: &[crate::grievances::routing::Rule],
    calendar: &WorkingCalendar,
    now: NaiveDateTime,
) -> DbResult<Option<Trouble>> {
    let mut here: Vec<_> = places
        .iter()
        .filter(|p| p.0.starts_with(DEMO_SPIKE_REGION))
        .cloned()
        .collect();
    here.sort();
    let Some(place) = here.first() else {
        return Ok(None);
    };
    let mut codes = vec![];
    let mut body = None;
    for i in 0..DEMO_SPIKE_SIZE as i64 {
        let mut row = demo_grievance(rng, std::slice::from_ref(place), rules, calendar, now);
        row.category_code = "utilities".into();
        row.title = "Нет горячей воды".into();
        // Neighbours in different houses of the same district: one story, many voices.
        row.body = format!(
            "{}: с понедельника в доме №{} нет горячей воды, котельная не отвечает.",
            place.2,
            3 + 2 * i
        );
        row.privacy = Privacy::PublicAnonymous;
        row.lang = Locale::Ru;
        row.status = Status::Submitted;
        // Just filed: nobody has answered, so nobody has rated an answer either.
        (row.answer, row.answered_at, row.rating) = (None, None, None);
        row.level_code = Level::Local;
        row.body_code =
            crate::grievances::routing::choose(rules, &place.0, "utilities", Level::Local)
                .map(|b| b.code.clone());
        row.submitted_at = now - Duration::hours(6 + 11 * i);
        row.updated_at = row.submitted_at;
        row.assigned_at = Some(row.submitted_at);
        row.due_on = calendar.add_working_days(day_of(row.submitted_at), 15);
        row.id = diesel::insert_into(grievances::table)
            .values(&row)
            .returning(grievances::id)
            .get_result(conn)?;
        timeline::write(conn, &row)?;
        codes.push(row.tracking_code);
        body = row.body_code;
    }
    Ok(body.map(|body| Trouble {
        kato: place.0.clone(),
        body,
        codes,
    }))
}

/// How a demo outcome ends, in kk, ru, en.
const RESULT_TEXTS: &[(OutcomeResult, Said)] = &[
    (
        OutcomeResult::Agreement,
        [
            "Медиация нәтижесінде тараптар келісімге келді.",
            "В ходе медиации стороны пришли к соглашению.",
            "Through mediation the parties reached an agreement.",
        ],
    ),
    (
        OutcomeResult::Answered,
        [
            "Жауапты орган жауап беріп, мәселені шешті.",
            "Ответственный орган дал ответ и решил вопрос.",
            "The responsible body answered and fixed the problem.",
        ],
    ),
    (
        OutcomeResult::Partial,
        [
            "Мәселе ішінара шешілді.",
            "Вопрос решён частично.",
            "The problem was partly solved.",
        ],
    ),
    (
        OutcomeResult::NotResolved,
        [
            "Тараптар келісімге келмеді.",
            "Стороны не пришли к соглашению.",
            "The parties did not reach an agreement.",
        ],
    ),
];

/// A published outcome for a finished public demo grievance, so that search has a record
/// to show on a fresh portal.
fn demo_outcome(
    conn: &mut Db,
    rng: &mut StdRng,
    g: &Grievance,
    now: NaiveDateTime,
) -> DbResult<()> {
    if g.privacy == Privacy::Private {
        return Ok(());
    }
    let result = match g.status {
        Status::Resolved if rng.random_bool(0.5) => OutcomeResult::Agreement,
        Status::Resolved => OutcomeResult::Answered,
        Status::NotResolved => OutcomeResult::NotResolved,
        Status::Closed if rng.random_bool(0.3) => OutcomeResult::Partial,
        Status::Closed => OutcomeResult::Answered,
        _ => return Ok(()),
    };
    let ending = RESULT_TEXTS
        .iter()
        .find(|(r, _)| *r == result)
        .map(|(_, t)| in_lang(t, g.lang))
        .unwrap_or_default();
    let mediated = result == OutcomeResult::Agreement
        || (result == OutcomeResult::NotResolved && rng.random_bool(0.7));
    if mediated {
        diesel::insert_into(mediations::table)
            .values((
                mediations::grievance_id.eq(g.id),
                mediations::status.eq(if result == OutcomeResult::Agreement {
                    MediationStatus::Agreed
                } else {
                    MediationStatus::NotResolved
                }),
                mediations::requested_by.eq(Capacity::Citizen),
                mediations::hope.eq(""),
                mediations::created_at.eq(g.submitted_at),
                mediations::updated_at.eq(g.updated_at),
                mediations::room_locked.eq(true),
                mediations::slow_mode_secs.eq(0),
            ))
            .execute(conn)?;
    }
    let text = crate::outcomes::Text {
        title: g.title.clone(),
        summary: format!("{} {ending}", g.body),
        result,
        lang: g.lang,
    };
    let closed = day_of(g.updated_at);
    let id = crate::outcomes::insert_published(conn, g, &text, closed, mediated, g.updated_at)?;
    crate::outcomes::event(conn, g, "outcome_published", None, id, g.updated_at)?;
    crate::outcomes::reindex(conn, id, now)
}

fn demo_grievance(
    rng: &mut StdRng,
    places: &[(String, String, String, String)],
    rules: &[crate::grievances::routing::Rule],
    calendar: &WorkingCalendar,
    now: NaiveDateTime,
) -> Grievance {
    let (category, texts) = TEXTS.choose(rng).expect("texts");
    let (kato, kk, ru, en) = places.choose(rng).expect("jurisdictions are loaded");
    let lang_index = weighted(rng, &[(0usize, 40), (1, 50), (2, 10)]);
    let (lang, place) = [(Locale::Kk, kk), (Locale::Ru, ru), (Locale::En, en)][lang_index];
    let (title, body) = texts[lang_index];
    let status = weighted(rng, STATUS_WEIGHTS);
    let submitted_at = now - Duration::minutes(rng.random_range(10..60 * 24 * 180));
    let level = match status {
        Status::Escalated => Level::Regional,
        _ if *category == "interethnic" => Level::Regional,
        _ => Level::Local,
    };
    let routed = crate::grievances::routing::choose(rules, kato, category, level);
    // Handled demo grievances were answered within days, a few late, and some were rated,
    // so that the accountability page has medians and ratings to show.
    let answered_at = matches!(
        status,
        Status::Answered
            | Status::Resolved
            | Status::NotResolved
            | Status::Closed
            | Status::Reopened
    )
    .then(|| (submitted_at + Duration::hours(rng.random_range(2..24 * 28))).min(now));
    let rating = answered_at
        .filter(|_| rng.random_bool(0.45))
        .map(|_| weighted(rng, &[(5, 30), (4, 30), (3, 20), (2, 10), (1, 10)]));
    // Never in the future: a grievance filed an hour ago was not updated tomorrow.
    let updated_at = (submitted_at + Duration::hours(rng.random_range(0..72))).min(now);
    let answer = answered_at.map(|_| timeline::answer(rng, lang));
    Grievance {
        id: 0,
        answer,
        duplicate_of: None,
        missed_notice_for: None,
        mediated: false,
        tracking_code: tracking_code(rng, chrono::Datelike::year(&submitted_at)),
        appeal_kind: *AppealKind::ALL.choose(rng).expect("kinds"),
        category_code: (*category).into(),
        jurisdiction_kato: kato.clone(),
        level_code: routed.map_or(level, |b| b.level_code),
        body_code: routed.map(|b| b.code.clone()),
        assigned_at: Some(submitted_at),
        guest_email: None,
        guest_locale: None,
        guest_key_hash: None,
        latitude: None,
        longitude: None,
        landmark: None,
        title: title.into(),
        body: body.replace("{place}", place),
        lang,
        privacy: weighted(
            rng,
            &[
                (Privacy::PublicAnonymous, 60),
                (Privacy::Public, 25),
                (Privacy::Private, 15),
            ],
        ),
        status,
        submitted_at,
        due_on: calendar.add_working_days(day_of(submitted_at), 15),
        updated_at: answered_at.map_or(updated_at, |a| a.max(updated_at)),
        answered_at,
        rating,
        is_demo: true,
        author_user_id: None,
        idempotency_key: None,
    }
}
