//! Mails to citizens about their grievance. Each is written to the outbox in the same
//! transaction as the step that causes it, in the recipient's language, unless the citizen
//! turned that kind off. Legal notices (filing, extension, answer, rejection) cannot be
//! turned off: the law requires that the citizen is told.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::Db;
use crate::error::DbResult;
use kenes_i18n::{translate, Arg, Locale};

use crate::grievances::access::place;
use crate::grievances::terms::{Privacy, Status};
use crate::mail::{self, MailDraft, Site};
use crate::mediation::terms::Party;
use crate::models::Body;
use crate::permissions::Level;
use crate::permissions::{allowed, Action, Role};
use crate::schema::{mail_optouts, users};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Filed,
    Accepted,
    Redirected {
        to: Body,
    },
    Extended {
        until: NaiveDate,
        reason: String,
    },
    /// The answer goes in the mail: the citizen reads it where the news arrives.
    Answered {
        answer: String,
    },
    Rejected {
        reason: String,
    },
    Escalated {
        to: Level,
        reason: String,
    },
    DeadlineMissed {
        due: NaiveDate,
        escalated_to: Option<Level>,
    },
    /// To a stakeholder the mediator invited into the room.
    Invited {
        kind: String,
    },
    /// To everyone in the room; times are local (UTC+5).
    SessionScheduled {
        starts: NaiveDateTime,
        minutes: i32,
        place: String,
    },
    SessionCancelled {
        starts: NaiveDateTime,
        reason: String,
    },
    /// To the parties who have not answered yet, and the coordinators: someone asked for
    /// mediation, hoping for this.
    MediationRequested {
        hope: String,
    },
    /// To the other party and the coordinators: a party consented, or declined (with why).
    MediationAnswered {
        consent: bool,
        reason: Option<String>,
    },
    /// To the mediator: the coordinator asks them to take the case.
    MediatorAsked,
    /// To the parties: a mediator was proposed; they may object once.
    MediatorProposed {
        mediator: String,
    },
    /// To the parties: the mediator took the case and the room is open.
    MediationStarted {
        mediator: String,
    },
    /// To the parties: the mediator drafted an agreement for them to answer.
    AgreementDrafted,
    /// To the parties and the mediator: both accepted; the grievance is resolved.
    AgreementAccepted,
    /// To the author: a moderator took their public grievance out of public view, saying
    /// why. It is handled as before.
    Hidden {
        reason: String,
    },
    /// To the author: staff linked their grievance to an earlier one about the same
    /// problem (`original`, its tracking code). Both are still answered.
    Linked {
        original: String,
    },
    /// To the moderators of its territory: a reader reported the public grievance (the
    /// first open report; they find the others in their queue).
    Reported,
    /// To those who support the grievance: where it has got to (never its answer or notes,
    /// which are the author's).
    Supported {
        status: Status,
    },
    /// To the officials of the body: a grievance reached their queue.
    InQueue {
        due: NaiveDate,
    },
    /// To the body that answered: the citizen rated the answer poorly and appealed to `to`.
    Appealed {
        to: Level,
        reason: String,
    },
    /// To the responsible party: a commitment of the agreement fell due; say how it went.
    CommitmentDue {
        number: i64,
        what: String,
        due: NaiveDate,
    },
    /// To the citizen: confirm whether the body kept its commitment, by a link of their own.
    ConfirmCommitment {
        number: i64,
        what: String,
        due: NaiveDate,
        token: String,
    },
    /// To the other party: the responsible party reported on a commitment.
    CommitmentReported {
        number: i64,
        what: String,
        said: String,
    },
    /// To the parties, the mediator and the coordinators: a commitment was not kept and the
    /// grievance reopened (one level up, if there is one).
    AgreementNotKept {
        number: i64,
        what: String,
        escalated_to: Option<Level>,
    },
}

/// The grievance a mail is about: its code, and its title, by which people know it.
#[derive(Debug, Clone, Copy)]
pub struct About<'a> {
    pub code: &'a str,
    pub title: &'a str,
}

impl<'a> From<&'a crate::models::Grievance> for About<'a> {
    fn from(g: &'a crate::models::Grievance) -> Self {
        About {
            code: &g.tracking_code,
            title: &g.title,
        }
    }
}

/// Kinds a citizen may turn off.
pub const OPTIONAL: &[&str] = &[
    "accepted",
    "redirected",
    "escalated",
    "deadline_missed",
    "mediation",
    "queue",
    SUPPORTED,
];

/// The kind of the mails to a grievance's supporters, which they may turn off too.
pub const SUPPORTED: &str = "supported";

/// The steps a grievance's supporters hear of: where it ends up or changes course, not each
/// procedural move (accepted, redirected, extended).
const NEWS_FOR_SUPPORTERS: &[Status] = &[
    Status::Answered,
    Status::InMediation,
    Status::Resolved,
    Status::NotResolved,
    Status::Closed,
    Status::Rejected,
    Status::Withdrawn,
    Status::Reopened,
    Status::Escalated,
];

impl Notice {
    pub fn kind(&self) -> &'static str {
        match self {
            Notice::Filed => "filed",
            Notice::Accepted => "accepted",
            Notice::Redirected { .. } => "redirected",
            Notice::Extended { .. } => "extended",
            Notice::Answered { .. } => "answered",
            Notice::Rejected { .. } => "rejected",
            Notice::Escalated { .. } => "escalated",
            Notice::DeadlineMissed { .. } => "deadline_missed",
            Notice::Invited { .. } => "invited",
            Notice::SessionScheduled { .. } => "session_scheduled",
            Notice::SessionCancelled { .. } => "session_cancelled",
            // One choice for every step of a mediation, so that the page stays short.
            Notice::MediationRequested { .. }
            | Notice::MediationAnswered { .. }
            | Notice::MediatorAsked
            | Notice::MediatorProposed { .. }
            | Notice::MediationStarted { .. }
            | Notice::AgreementDrafted
            | Notice::AgreementAccepted => "mediation",
            Notice::InQueue { .. } => "queue",
            Notice::Supported { .. } => SUPPORTED,
            Notice::Hidden { .. } => "hidden",
            Notice::Linked { .. } => "linked",
            Notice::Reported => "queue",
            // Asked of the party who must answer: never turned off.
            Notice::CommitmentDue { .. }
            | Notice::ConfirmCommitment { .. }
            | Notice::AgreementNotKept { .. } => "commitment",
            Notice::CommitmentReported { .. } => "mediation",
            Notice::Appealed { .. } => "queue",
        }
    }
}

/// What a mail's arguments are written with: the reader's language and the site's links.
struct Words<'a> {
    lang: Locale,
    site: &'a Site,
}

impl Words<'_> {
    fn text(&self, key: &str) -> Arg {
        Arg::Str(translate(self.lang, key, &[]))
    }

    fn level(&self, l: &Level) -> Arg {
        self.text(&format!("level-name-{}", l.as_str()))
    }

    /// Days as the reader writes them: "1 желтоқсан 2026".
    fn day_text(&self, d: &NaiveDate) -> String {
        let iso = d.to_string();
        kenes_i18n::long_date(self.lang, &iso).unwrap_or(iso)
    }

    fn day(&self, d: &NaiveDate) -> Arg {
        Arg::Str(self.day_text(d))
    }

    fn when(&self, t: &NaiveDateTime) -> Arg {
        let iso = t.format("%Y-%m-%d %H:%M").to_string();
        Arg::Str(kenes_i18n::long_minute(self.lang, &iso).unwrap_or(iso))
    }
}

fn string(s: &str) -> Arg {
    Arg::Str(s.to_owned())
}

type Args<'k> = Vec<(&'k str, Arg)>;

/// Writes `notice` about a grievance in a locale, naming it by its title and code, with
/// links to the grievance's page and its mediation room.
pub fn render(site: &Site, locale: Locale, about: About<'_>, notice: &Notice) -> MailDraft {
    let words = Words { lang: locale, site };
    let code = about.code;
    let mut args: Args = vec![
        ("code", code.into()),
        // One line, whatever was typed: it goes into the subject.
        (
            "title",
            Arg::Str(about.title.split_whitespace().collect::<Vec<_>>().join(" ")),
        ),
        ("link", site.link(&format!("/g/{code}"))),
        ("room", site.link(&format!("/room/{code}"))),
    ];
    let key = handling_words(notice, &words, &mut args)
        .or_else(|| mediation_words(notice, &words, &mut args))
        .or_else(|| commitment_words(notice, &words, &mut args))
        .expect("every notice has its words");
    MailDraft::render(locale, key, &args)
}

/// The legal steps of handling a grievance.
fn handling_words(n: &Notice, w: &Words, args: &mut Args) -> Option<&'static str> {
    Some(match n {
        Notice::Filed => "mail-filed",
        Notice::Accepted => "mail-accepted",
        Notice::Redirected { to } => {
            args.push(("body", to.name(w.lang.code()).into()));
            "mail-redirected"
        }
        Notice::Extended { until, reason } => {
            args.extend([("until", w.day(until)), ("reason", string(reason))]);
            "mail-extended"
        }
        Notice::Answered { answer } => {
            args.push(("answer", string(answer)));
            "mail-answered"
        }
        Notice::Rejected { reason } => {
            args.push(("reason", string(reason)));
            "mail-rejected"
        }
        Notice::Escalated { to, reason } | Notice::Appealed { to, reason } => {
            args.extend([("level", w.level(to)), ("reason", string(reason))]);
            if matches!(n, Notice::Appealed { .. }) {
                "mail-appealed"
            } else {
                "mail-escalated"
            }
        }
        Notice::DeadlineMissed { due, escalated_to } => {
            args.push(("due", w.day(due)));
            match escalated_to {
                Some(l) => {
                    args.push(("level", w.level(l)));
                    "mail-missed-escalated"
                }
                None => "mail-missed",
            }
        }
        Notice::InQueue { due } => {
            args.extend([("due", w.day(due)), ("queue", w.site.link("/queue"))]);
            "mail-in-queue"
        }
        Notice::Reported => {
            args.push(("queue", w.site.link("/moderation")));
            "mail-reported"
        }
        Notice::Hidden { reason } => {
            args.push(("reason", string(reason)));
            "mail-hidden"
        }
        Notice::Linked { original } => {
            args.push(("original", w.site.link(&format!("/g/{original}"))));
            "mail-linked"
        }
        Notice::Supported { status } => {
            args.extend([
                ("status", w.text(&format!("status-{status}"))),
                ("prefs", w.site.link("/account/mail")),
            ]);
            "mail-supported"
        }
        _ => return None,
    })
}

/// Mediation: the request, the mediator, the room's meetings and the agreement.
fn mediation_words(n: &Notice, w: &Words, args: &mut Args) -> Option<&'static str> {
    Some(match n {
        Notice::Invited { kind } => {
            args.push(("kind", w.text(&format!("stakeholder-{kind}"))));
            "mail-invited"
        }
        Notice::SessionScheduled {
            starts,
            minutes,
            place,
        } => {
            let place = if place.is_empty() {
                w.text("room-session-online")
            } else {
                string(place)
            };
            args.extend([
                ("starts", w.when(starts)),
                ("minutes", Arg::Num((*minutes).into())),
                ("place", place),
            ]);
            "mail-session-scheduled"
        }
        Notice::SessionCancelled { starts, reason } => {
            args.extend([("starts", w.when(starts)), ("reason", string(reason))]);
            "mail-session-cancelled"
        }
        Notice::MediationRequested { hope } => {
            args.push(("hope", string(hope)));
            "mail-mediation-requested"
        }
        Notice::MediationAnswered { consent: true, .. } => "mail-mediation-consented",
        Notice::MediationAnswered {
            consent: false,
            reason,
        } => {
            args.push(("reason", Arg::Str(reason.clone().unwrap_or_default())));
            "mail-mediation-declined"
        }
        Notice::MediatorAsked => "mail-mediator-asked",
        Notice::MediatorProposed { mediator } => {
            args.push(("mediator", string(mediator)));
            "mail-mediator-proposed"
        }
        Notice::MediationStarted { mediator } => {
            args.push(("mediator", string(mediator)));
            "mail-mediation-started"
        }
        Notice::AgreementDrafted => "mail-agreement-drafted",
        Notice::AgreementAccepted => "mail-agreement-accepted",
        _ => return None,
    })
}

/// The agreement's commitments followed through.
fn commitment_words(n: &Notice, w: &Words, args: &mut Args) -> Option<&'static str> {
    let commitment = |args: &mut Args, number: &i64, what: &str| {
        args.extend([("number", Arg::Num(*number)), ("what", string(what))]);
    };
    Some(match n {
        Notice::CommitmentDue { number, what, due } => {
            commitment(args, number, what);
            args.push(("due", w.day(due)));
            "mail-commitment-due"
        }
        Notice::ConfirmCommitment {
            number,
            what,
            due,
            token,
        } => {
            commitment(args, number, what);
            let confirm = w.site.link(&format!("/commitments/confirm?token={token}"));
            args.extend([("due", w.day(due)), ("confirm", confirm)]);
            "mail-commitment-confirm"
        }
        Notice::CommitmentReported { number, what, said } => {
            commitment(args, number, what);
            args.push(("said", w.text(&format!("kept-{said}"))));
            "mail-commitment-reported"
        }
        Notice::AgreementNotKept {
            number,
            what,
            escalated_to,
        } => {
            commitment(args, number, what);
            match escalated_to {
                Some(l) => {
                    args.push(("level", w.level(l)));
                    "mail-agreement-not-kept-escalated"
                }
                None => "mail-agreement-not-kept",
            }
        }
        _ => return None,
    })
}

/// Queues `notice` to the user unless they turned its kind off. Returns whether it was queued.
pub fn send(
    conn: &mut Db,
    user_id: i64,
    about: About<'_>,
    notice: &Notice,
    site: &Site,
    now: NaiveDateTime,
) -> DbResult<bool> {
    let kind = notice.kind();
    if OPTIONAL.contains(&kind) {
        let off: i64 = mail_optouts::table
            .filter(mail_optouts::user_id.eq(user_id))
            .filter(mail_optouts::kind.eq(kind))
            .count()
            .get_result(conn)?;
        if off > 0 {
            return Ok(false);
        }
    }
    let Some((email, locale)) = users::table
        .find(user_id)
        // The demo's people have addresses nobody reads.
        .filter(users::is_demo.eq(false))
        .select((users::email, users::locale))
        .first::<(String, Locale)>(conn)
        .optional()?
    else {
        return Ok(false);
    };
    mail::enqueue(conn, &email, &render(site, locale, about, notice), now)?;
    Ok(true)
}

/// Queues `notice` to whoever filed `g`: their account (respecting their choices), or the
/// guest's confirmed address in the language they used.
pub fn to_author(
    conn: &mut Db,
    g: &crate::models::Grievance,
    notice: &Notice,
    site: &Site,
    now: NaiveDateTime,
) -> DbResult<bool> {
    match (g.author_user_id, &g.guest_email) {
        (Some(user), _) => send(conn, user, g.into(), notice, site, now),
        (None, Some(email)) => {
            let locale = g.guest_locale.unwrap_or(g.lang);
            mail::enqueue(conn, email, &render(site, locale, g.into(), notice), now)?;
            Ok(true)
        }
        (None, None) => Ok(false),
    }
}

/// Who hears of a step: the sides of the case, the centre, or a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipient {
    /// Whoever filed the grievance (an account, or a guest's confirmed address).
    Author,
    /// Every official of the body that answers for it (none before it is routed).
    Body,
    /// The coordinators of the mediation centre at its level and place.
    Coordinators,
    /// Everyone who supports it (or one of its duplicates), while it is public.
    Supporters,
    /// The moderators of its territory.
    Moderators,
    User(i64),
}

/// A party of a mediation hears as the grievance's author (the citizen) or its body.
impl From<Party> for Recipient {
    fn from(party: Party) -> Self {
        match party {
            Party::Citizen => Recipient::Author,
            Party::Body => Recipient::Body,
        }
    }
}

/// The citizen's side and the body's side of a mediation.
pub const PARTIES: &[Recipient] = &[Recipient::Author, Recipient::Body];

/// Queues `notice` about `g` to each of `to`, as each chose.
pub fn tell(
    conn: &mut Db,
    g: &crate::models::Grievance,
    to: &[Recipient],
    notice: &Notice,
    site: &Site,
    now: NaiveDateTime,
) -> DbResult<()> {
    for recipient in to {
        let users = match recipient {
            Recipient::Author => {
                to_author(conn, g, notice, site, now)?;
                continue;
            }
            Recipient::Body => officials_of(conn, g)?,
            Recipient::Coordinators => {
                staff_of(conn, Role::Coordinator, Action::Coordinate(place(g)))?
            }
            Recipient::Supporters => supporters_of(conn, g)?,
            Recipient::Moderators => staff_of(conn, Role::Moderator, Action::Moderate(place(g)))?,
            Recipient::User(user) => vec![*user],
        };
        for user in users {
            send(conn, user, g.into(), notice, site, now)?;
        }
    }
    Ok(())
}

/// Tells the supporters of `g` that it moved to `status`, when that is news for them. Called
/// once a step is done, with the state it ended in.
pub fn tell_supporters(
    conn: &mut Db,
    g: &crate::models::Grievance,
    status: Status,
    site: &Site,
    now: NaiveDateTime,
) -> DbResult<()> {
    if !NEWS_FOR_SUPPORTERS.contains(&status) {
        return Ok(());
    }
    let notice = Notice::Supported { status };
    tell(conn, g, &[Recipient::Supporters], &notice, site, now)
}

/// The supporters of a public `g`; none once it is private (its author hid it).
fn supporters_of(conn: &mut Db, g: &crate::models::Grievance) -> DbResult<Vec<i64>> {
    if g.privacy == Privacy::Private {
        return Ok(vec![]);
    }
    crate::grievances::support::supporters(conn, g)
}

/// The officials of the body that answers for `g`.
fn officials_of(conn: &mut Db, g: &crate::models::Grievance) -> DbResult<Vec<i64>> {
    let Some(body) = &g.body_code else {
        return Ok(vec![]);
    };
    let mut officials: Vec<i64> = crate::accounts::roles::holders(conn, Role::Official)?
        .into_iter()
        .filter(|(_, grant)| grant.body.as_ref() == Some(body))
        .map(|(user, _)| user)
        .collect();
    officials.dedup();
    Ok(officials)
}

/// The holders of `role` whose grant allows `action`: the coordinators who find a grievance
/// a mediator, the moderators of its territory.
fn staff_of(conn: &mut Db, role: Role, action: Action<'_>) -> DbResult<Vec<i64>> {
    let mut staff: Vec<i64> = crate::accounts::roles::holders(conn, role)?
        .into_iter()
        .filter(|(_, grant)| allowed(std::slice::from_ref(grant), action))
        .map(|(user, _)| user)
        .collect();
    staff.dedup();
    Ok(staff)
}

/// The optional kinds this user turned off.
pub fn optouts(conn: &mut Db, user_id: i64) -> DbResult<Vec<String>> {
    Ok(mail_optouts::table
        .filter(mail_optouts::user_id.eq(user_id))
        .select(mail_optouts::kind)
        .order(mail_optouts::kind)
        .load(conn)?)
}

/// Replaces the user's choices: `wanted` lists the optional kinds they still want.
pub fn set_wanted(conn: &mut Db, user_id: i64, wanted: &[String]) -> DbResult<()> {
    crate::db::write_transaction(conn, |conn| {
        diesel::delete(mail_optouts::table.filter(mail_optouts::user_id.eq(user_id)))
            .execute(conn)?;
        crate::insert_all!(
            conn,
            mail_optouts,
            OPTIONAL
                .iter()
                .filter(|k| !wanted.iter().any(|w| w == *k))
                .map(|k| (mail_optouts::user_id.eq(user_id), mail_optouts::kind.eq(*k)))
        )?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A supporter reads the news in their own language: the state by its name, the page, and
    /// where to stop such mails.
    #[test]
    fn supporters_read_the_news_in_their_language() {
        let site = Site::new("https://kenes.kz");
        let about = About {
            code: "KZ-26-AAAA-BBBB",
            title: "Сынған лифт",
        };
        let notice = Notice::Supported {
            status: Status::InMediation,
        };
        for (locale, state) in [(Locale::Kk, "Медиацияда"), (Locale::Ru, "В медиации")]
        {
            let mail = render(&site, locale, about, &notice);
            assert!(
                mail.subject.contains("«Сынған лифт» (KZ-26-AAAA-BBBB)"),
                "{mail:?}"
            );
            for part in [
                state,
                "https://kenes.kz/g/KZ-26-AAAA-BBBB",
                "https://kenes.kz/account/mail",
            ] {
                assert!(mail.body.contains(part), "{part} in {mail:?}");
            }
        }
    }
}
