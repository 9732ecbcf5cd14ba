//! Grievance mails in the recipient's language, with a link to the grievance's page.

use kenes_core::mail::notices::Notice;
use kenes_core::mail::MailDraft;

use crate::i18n::{translate, Arg, Locale};

pub fn compose_notice(public_url: &str, locale: &str, code: &str, notice: &Notice) -> MailDraft {
    let locale = Locale::parse(locale).unwrap_or_default();
    let link = format!("{}/g/{code}", public_url.trim_end_matches('/'));
    let level = |l: kenes_core::permissions::Level| {
        translate(locale, &format!("level-name-{}", l.as_str()), &[])
    };
    let room = format!("{}/room/{code}", public_url.trim_end_matches('/'));
    let mut args: Vec<(&str, Arg)> = vec![
        ("code", code.into()),
        ("link", Arg::Str(link)),
        ("room", Arg::Str(room)),
    ];
    let when = |t: &chrono::NaiveDateTime| Arg::Str(t.format("%Y-%m-%d %H:%M").to_string());
    let key = match notice {
        Notice::Filed => "mail-filed",
        Notice::Accepted => "mail-accepted",
        Notice::Redirected { to } => {
            args.push(("body", Arg::Str(to.name(locale.code()).to_owned())));
            "mail-redirected"
        }
        Notice::Extended { until, reason } => {
            args.push(("until", Arg::Str(until.to_string())));
            args.push(("reason", Arg::Str(reason.clone())));
            "mail-extended"
        }
        Notice::Answered => "mail-answered",
        Notice::Rejected { reason } => {
            args.push(("reason", Arg::Str(reason.clone())));
            "mail-rejected"
        }
        Notice::Escalated { to, reason } => {
            args.push(("level", Arg::Str(level(*to))));
            args.push(("reason", Arg::Str(reason.clone())));
            "mail-escalated"
        }
        Notice::DeadlineMissed { due, escalated_to } => {
            args.push(("due", Arg::Str(due.to_string())));
            match escalated_to {
                Some(l) => {
                    args.push(("level", Arg::Str(level(*l))));
                    "mail-missed-escalated"
                }
                None => "mail-missed",
            }
        }
        Notice::Invited { kind } => {
            args.push((
                "kind",
                Arg::Str(translate(locale, &format!("stakeholder-{kind}"), &[])),
            ));
            "mail-invited"
        }
        Notice::SessionScheduled {
            starts,
            minutes,
            place,
        } => {
            args.push(("starts", when(starts)));
            args.push(("minutes", Arg::Str(minutes.to_string())));
            let place = if place.is_empty() {
                translate(locale, "room-session-online", &[])
            } else {
                place.clone()
            };
            args.push(("place", Arg::Str(place)));
            "mail-session-scheduled"
        }
        Notice::SessionCancelled { starts, reason } => {
            args.push(("starts", when(starts)));
            args.push(("reason", Arg::Str(reason.clone())));
            "mail-session-cancelled"
        }
    };
    MailDraft {
        subject: translate(locale, &format!("{key}-subject"), &args),
        body: translate(locale, &format!("{key}-body"), &args),
    }
}

/// Mails to a guest filer: the confirmation link, then the secret link to follow the case.
pub fn compose_guest(
    public_url: &str,
    locale: &str,
    mail: kenes_core::grievances::guest::GuestMail<'_>,
) -> MailDraft {
    use kenes_core::grievances::guest::GuestMail;
    let locale = Locale::parse(locale).unwrap_or_default();
    let base = public_url.trim_end_matches('/');
    let (key, args): (&str, Vec<(&str, Arg)>) = match mail {
        GuestMail::Confirm { token } => (
            "mail-guest-confirm",
            vec![(
                "link",
                Arg::Str(format!("{base}/file/confirm?token={token}")),
            )],
        ),
        GuestMail::Filed { code, key } => (
            "mail-guest-filed",
            vec![
                ("code", code.into()),
                ("link", Arg::Str(format!("{base}/g/{code}?key={key}"))),
            ],
        ),
    };
    MailDraft {
        subject: translate(locale, &format!("{key}-subject"), &args),
        body: translate(locale, &format!("{key}-body"), &args),
    }
}

/// An alert in words and numbers, in a locale: why it fired.
pub fn explain_alert(locale: Locale, a: &kenes_core::oversight::alerts::AlertView) -> String {
    let lang = locale.code();
    let num = |k: &str| Arg::Str(a.detail[k].to_string());
    let place = Arg::Str(
        a.place
            .as_ref()
            .map(|p| p.name(lang).to_owned())
            .unwrap_or_else(|| translate(locale, "alert-country", &[])),
    );
    let category = Arg::Str(
        a.category
            .as_ref()
            .map(|c| c.name(lang).to_owned())
            .unwrap_or_default(),
    );
    let args: Vec<(&str, Arg)> = match a.kind.as_str() {
        "spike" => {
            let p = a.detail["p"].as_f64().unwrap_or(1.0);
            let p = if p < 0.0001 {
                "< 0.0001".to_owned()
            } else {
                format!("{p:.4}")
            };
            vec![
                ("observed", num("observed")),
                ("expected", num("expected")),
                ("weeks", num("weeks")),
                ("p", Arg::Str(p)),
                ("category", category),
                ("place", place),
            ]
        }
        "sensitive" => vec![("category", category), ("place", place)],
        "cluster" => vec![
            ("count", num("count")),
            ("days", num("days")),
            ("place", place),
        ],
        "surge" => vec![
            ("last", num("last_day")),
            ("before", num("day_before")),
            ("place", place),
        ],
        "overdue" => vec![
            ("overdue", num("overdue")),
            ("open", num("open")),
            (
                "body",
                Arg::Str(
                    a.body
                        .as_ref()
                        .map(|b| b.name(lang).to_owned())
                        .unwrap_or_default(),
                ),
            ),
        ],
        _ => vec![
            ("count", num("count")),
            ("days", num("days")),
            ("place", place),
        ],
    };
    translate(locale, &format!("alert-why-{}", a.kind), &args)
}

/// The mail to coordinators when an alert is raised.
pub fn compose_alert(
    public_url: &str,
    locale: &str,
    a: &kenes_core::oversight::alerts::AlertView,
) -> MailDraft {
    let locale = Locale::parse(locale).unwrap_or_default();
    let link = format!(
        "{}/dashboard#alert-{}",
        public_url.trim_end_matches('/'),
        a.id
    );
    let kind = translate(locale, &format!("alert-kind-{}", a.kind), &[]);
    MailDraft {
        subject: translate(locale, "mail-alert-subject", &[("kind", Arg::Str(kind))]),
        body: translate(
            locale,
            "mail-alert-body",
            &[
                ("why", Arg::Str(explain_alert(locale, a))),
                ("link", Arg::Str(link)),
            ],
        ),
    }
}
