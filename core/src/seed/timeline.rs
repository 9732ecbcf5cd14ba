//! The steps a demo grievance took to reach its state, on its timeline as the portal itself
//! would have written them: a newcomer opening a demo grievance sees the open record the
//! portal promises, not an empty list.

use chrono::NaiveDateTime;
use kenes_i18n::Locale;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;

use crate::clock::day_of;
use crate::db::Db;
use crate::error::DbResult;
use crate::grievances::terms::{Capacity, Status};
use crate::models::Grievance;
use crate::timeline::NewEvent;

/// A text of the demo in kk, ru and en.
pub(super) type Said = [&'static str; 3];

/// The text in the grievance's own language.
pub(super) fn in_lang(text: &Said, lang: Locale) -> &'static str {
    match lang {
        Locale::Kk => text[0],
        Locale::Ru => text[1],
        Locale::En => text[2],
    }
}

/// Answers of the responsible body: each says what was done or decided, as the law asks.
pub(super) const ANSWERS: &[Said] = &[
    [
        "Орынға барып тексеру жүргізілді. Жауапты қызметке бұзушылықты 30 күн ішінде жою тапсырылды, орындалуын әкімдік бақылайды.",
        "Проведена выездная проверка. Ответственной службе поручено устранить нарушение в течение 30 дней, исполнение на контроле акимата.",
        "An inspection was carried out on site. The responsible service was ordered to fix the problem within 30 days; the akimat monitors it.",
    ],
    [
        "Мәселе келесі жылдың жергілікті бюджетіне енгізілді; жұмыс наурызда басталады.",
        "Вопрос включён в местный бюджет следующего года; работы начнутся в марте.",
        "The work was included in next year's local budget; it starts in March.",
    ],
    [
        "Өтініш қаралды: талап заңға сәйкес келмейді, себебі мен шағымдану тәртібі хатта түсіндірілді.",
        "Обращение рассмотрено: требование не основано на законе, причины и порядок обжалования разъяснены в письме.",
        "The appeal was considered: the request has no basis in law; the letter explains why and how to appeal.",
    ],
];

/// Why a step was taken, for the steps that must say why.
fn reason(to: Status) -> Option<Said> {
    Some(match to {
        Status::Redirected => [
            "Мәселе басқа органның құзыретіне жатады.",
            "Вопрос относится к компетенции другого органа.",
            "The matter is for another body to decide.",
        ],
        Status::Extended => [
            "Орынға барып, маман қорытындысын алу қажет.",
            "Требуется выезд на место и заключение специалиста.",
            "A site visit and a specialist's opinion are needed.",
        ],
        Status::Rejected => [
            "Өтініште оны қарауға мүмкіндік беретін мәліметтер жоқ.",
            "В обращении нет сведений, позволяющих его рассмотреть.",
            "The appeal does not say enough for it to be considered.",
        ],
        Status::Withdrawn => [
            "Мәселе шешілді, өтініш енді қажет емес.",
            "Вопрос решился, обращение больше не нужно.",
            "The problem was solved; the appeal is no longer needed.",
        ],
        Status::Reopened => [
            "Жауап мәселені шешпеді: ештеңе өзгерген жоқ.",
            "Ответ не решил проблему: ничего не изменилось.",
            "The answer did not solve the problem: nothing has changed.",
        ],
        _ => return None,
    })
}

/// What the citizen hoped for when asking for mediation.
const HOPE: Said = [
    "Әкімдікпен кездесіп, мерзімдерді келіскім келеді.",
    "Хочу встретиться с акиматом и договориться о сроках.",
    "I would like to meet the akimat and agree on dates.",
];

/// The way to each state, each step by the role that takes it in the portal. Resolved and
/// not resolved are only reached through mediation, after an answer that did not settle it.
fn path(status: Status) -> &'static [(Status, Capacity)] {
    use Capacity::{Citizen, Mediator, Official, System};
    use Status::*;
    const ANSWERED: [(Status, Capacity); 2] = [(Accepted, Official), (Answered, Official)];
    match status {
        Submitted => &[],
        Accepted => &[(Accepted, Official)],
        Extended => &[(Accepted, Official), (Extended, Official)],
        Redirected => &[(Redirected, Official)],
        Answered => &ANSWERED,
        InMediation => &[(Accepted, Official), (InMediation, Mediator)],
        Escalated => &[(Escalated, System)],
        Resolved => &[
            ANSWERED[0],
            ANSWERED[1],
            (InMediation, Mediator),
            (Resolved, Mediator),
        ],
        NotResolved => &[
            ANSWERED[0],
            ANSWERED[1],
            (InMediation, Mediator),
            (NotResolved, Mediator),
        ],
        Closed => &[ANSWERED[0], ANSWERED[1], (Closed, Citizen)],
        Rejected => &[(Rejected, Official)],
        Withdrawn => &[(Withdrawn, Citizen)],
        Reopened => &[ANSWERED[0], ANSWERED[1], (Reopened, Citizen)],
    }
}

/// Mediation is asked for, agreed to and given a mediator before it starts.
const BEFORE_MEDIATION: [(&str, Capacity); 3] = [
    ("mediation_requested", Capacity::Citizen),
    ("mediation_consented", Capacity::Official),
    ("mediator_proposed", Capacity::Coordinator),
];

/// Writes the grievance's timeline from its filing to its present state, between the day it
/// was filed and its last change; the answer stands at the moment it was given.
pub(super) fn write(conn: &mut Db, g: &Grievance) -> DbResult<()> {
    NewEvent::by(Capacity::Citizen)
        .moved_to(Status::Submitted)
        .append(conn, g.id, g.submitted_at)?;
    let steps = path(g.status);
    let times = step_times(g, steps);
    for (&(to, role), at) in steps.iter().zip(times) {
        if to == Status::InMediation {
            for (kind, by) in BEFORE_MEDIATION {
                let note = (kind == "mediation_requested").then(|| in_lang(&HOPE, g.lang));
                NewEvent::by(by)
                    .kind(kind)
                    .noted(note)
                    .append(conn, g.id, at)?;
            }
        }
        let late = to == Status::Answered && day_of(at) > g.due_on;
        let why = reason(to).map(|r| in_lang(&r, g.lang));
        let overdue = (to == Status::Escalated).then(|| g.due_on.to_string());
        NewEvent::by(role)
            .moved_to(to)
            .kind(if to == Status::Escalated {
                Some("overdue")
            } else {
                late.then_some("answered_late")
            })
            .detail(overdue.as_deref())
            .noted(why)
            .append(conn, g.id, at)?;
    }
    Ok(())
}

/// When each step was taken: evenly spread before the answer and after it, the answer itself
/// at `answered_at`, the last step at `updated_at`.
fn step_times(g: &Grievance, steps: &[(Status, Capacity)]) -> Vec<NaiveDateTime> {
    let answer = steps.iter().position(|(s, _)| *s == Status::Answered);
    let answered_at = g.answered_at.unwrap_or(g.updated_at);
    let spread = |from: NaiveDateTime, to: NaiveDateTime, n: usize| {
        (1..=n).map(move |i| from + (to - from) * i as i32 / n as i32)
    };
    match answer {
        Some(i) => spread(g.submitted_at, answered_at, i + 1)
            .chain(spread(answered_at, g.updated_at, steps.len() - i - 1))
            .collect(),
        None => spread(g.submitted_at, g.updated_at, steps.len()).collect(),
    }
}

/// An answer for a demo grievance that was answered.
pub(super) fn answer(rng: &mut StdRng, lang: Locale) -> String {
    in_lang(ANSWERS.choose(rng).expect("answers"), lang).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_is_reached_by_legal_steps() {
        for &status in Status::ALL {
            let mut at = Status::Submitted;
            for &(to, _) in path(status) {
                at = at
                    .transition(to)
                    .unwrap_or_else(|e| panic!("{status:?}: {e}"));
            }
            assert_eq!(at, status);
        }
    }
}
