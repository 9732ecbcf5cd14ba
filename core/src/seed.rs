//! `seed --demo`: a few hundred realistic grievances so that a newcomer sees a living portal.

use chrono::{Duration, NaiveDateTime, Utc};
use diesel::prelude::*;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use crate::calendar::WorkingCalendar;
use crate::db::Db;
use crate::error::DbResult;
use crate::grievance::{tracking_code, AppealKind, Privacy, Status};
use crate::models::NewGrievance;
use crate::permissions::Level;
use crate::schema::{grievances, holidays, jurisdictions};

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

/// Inserts `count` demo grievances unless some exist already (then returns 0); with `reset`,
/// earlier demo rows are replaced. Real grievances are never touched.
pub fn demo(conn: &mut Db, count: usize, reset: bool) -> DbResult<usize> {
    conn.transaction(|conn| {
        let existing: i64 = grievances::table
            .filter(grievances::is_demo.eq(true))
            .count()
            .get_result(conn)?;
        if existing > 0 && !reset {
            return Ok(0);
        }
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
        let rules = crate::routing::rules(conn)?;
        let mut rng = StdRng::seed_from_u64(2026);
        let now = Utc::now().naive_utc();
        for _ in 0..count {
            let row = demo_grievance(&mut rng, &places, &rules, &calendar, now);
            diesel::insert_into(grievances::table)
                .values(&row)
                .execute(conn)?;
        }
        Ok(count)
    })
}

fn demo_grievance(
    rng: &mut StdRng,
    places: &[(String, String, String, String)],
    rules: &[crate::routing::Rule],
    calendar: &WorkingCalendar,
    now: NaiveDateTime,
) -> NewGrievance {
    let (category, texts) = TEXTS.choose(rng).expect("texts");
    let (kato, kk, ru, en) = places.choose(rng).expect("jurisdictions are loaded");
    let lang_index = weighted(rng, &[(0usize, 40), (1, 50), (2, 10)]);
    let (lang, place) = [("kk", kk), ("ru", ru), ("en", en)][lang_index];
    let (title, body) = texts[lang_index];
    let status = weighted(rng, STATUS_WEIGHTS);
    let submitted_at = now - Duration::minutes(rng.random_range(10..60 * 24 * 180));
    let level = match status {
        Status::Escalated => Level::Regional,
        _ if *category == "interethnic" => Level::Regional,
        _ => Level::Local,
    };
    let routed = crate::routing::choose(rules, kato, category, level);
    NewGrievance {
        tracking_code: tracking_code(rng, chrono::Datelike::year(&submitted_at)),
        appeal_kind: AppealKind::ALL.choose(rng).expect("kinds").as_str().into(),
        category_code: (*category).into(),
        jurisdiction_kato: kato.clone(),
        level_code: routed
            .map_or(level.as_str(), |b| b.level_code.as_str())
            .into(),
        body_code: routed.map(|b| b.code.clone()),
        assigned_at: Some(submitted_at),
        guest_email: None,
        guest_locale: None,
        guest_key_hash: None,
        title: title.into(),
        body: body.replace("{place}", place),
        lang: lang.into(),
        privacy: weighted(
            rng,
            &[
                (Privacy::PublicAnonymous, 60),
                (Privacy::Public, 25),
                (Privacy::Private, 15),
            ],
        )
        .as_str()
        .into(),
        status: status.as_str().into(),
        submitted_at,
        due_on: calendar.add_working_days(submitted_at.date(), 15),
        updated_at: submitted_at + Duration::hours(rng.random_range(0..72)),
        is_demo: true,
        author_user_id: None,
        idempotency_key: None,
    }
}
