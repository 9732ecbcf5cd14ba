//! The dialogue room of a mediation, for its participants only. Everything is a plain form
//! posted to this page, so the room works without JavaScript; with it, the `RoomLive`
//! island brings in what others write as it happens.

use crate::components::layout::Page;
use crate::components::notice::ErrorNotice;
use leptos::prelude::*;

use crate::components::loaded::Loaded;

use crate::components::discussion::{
    use_focus, Discussion, DiscussionControls, DiscussionLog, DiscussionThread, Focus,
};
use crate::forms::{on_server, use_form, FormData, OpButton, Refusal};
use crate::i18n::t;
use crate::islands::RoomLive;
use crate::pages::not_found::Missing;

/// The steps this page's own forms post: accepting the rules (the discussion and the
/// deliberation and people panels add theirs).
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;

#[derive(Debug, Clone, Default)]
struct RoomPage {
    found: bool,
    code: String,
    title: String,
    rules_accepted: bool,
    /// A member of the public reading a room both parties opened: reads, never writes.
    observer: bool,
    deliberation: crate::pages::mediation::deliberation_panel::Deliberation,
    people: crate::pages::mediation::room_people::People,
    discussion: Discussion,
    form: FormData,
    error: Option<Refusal>,
}

#[component]
pub fn RoomPageView() -> impl IntoView {
    let code = crate::address::path("code");
    let focus = use_focus();
    let page = on_server!(RoomPage, server::load(code, use_form()));
    view! {
        <Loaded page render=move |p: RoomPage| {
            if !p.found {
                return view! { <Missing title=t("room-title") message=t("room-not-found") /> }.into_any();
            }
            view! { <Room p focus /> }.into_any()
        } />
    }
}

#[component]
fn Room(p: RoomPage, focus: Focus) -> impl IntoView {
    let path = format!("/room/{}", p.code);
    let rules = (!p.rules_accepted).then(|| {
        view! {
            <section class="card">
                <h2>{t("room-rules-title")}</h2>
                <ol>
                    <li>{t("room-rule-1")}</li>
                    <li>{t("room-rule-2")}</li>
                    <li>{t("room-rule-3")}</li>
                    <li>{t("room-rule-4")}</li>
                </ol>
                <OpButton op="rules" label=t("room-rules-accept") />
            </section>
        }
        .into_any()
    });
    let deliberation = p.rules_accepted.then(|| {
        view! {
            <crate::pages::mediation::deliberation_panel::DeliberationPanel d=p.deliberation.clone() error=p.error.clone() form=p.form.clone() />
        }
        .into_any()
    });
    let people = view! {
        <crate::pages::mediation::room_people::PeoplePanel p=p.people.clone() error=p.error.clone() form=p.form.clone() />
    }
    .into_any();
    let d = p.discussion.clone();
    view! {
        <Page title="room-title" class="narrow room">
            <p><a href=format!("/g/{}", p.code)>{p.title.clone()}</a></p>
            {p.observer.then(|| view! { <p class="notice">{t("room-observing")}</p> })}
            // Errors of forms not on the page (a post before the rules are accepted) show here.
            {p.error.as_ref().filter(|r| r.op.is_empty() || (r.op == "post" && !p.rules_accepted))
                .map(|r| view! { <ErrorNotice message=r.message() /> })}
            {rules}
            <RoomLive events=format!("{path}/events") />
            <DiscussionThread d=d.clone() focus error=p.error.clone() form=p.form.clone() />
            {deliberation}
            {people}
            <DiscussionControls d=d.clone() error=p.error.clone() />
            <DiscussionLog log=d.log />
        </Page>
    }
}

#[cfg(feature = "ssr")]
mod server {
    use chrono::Utc;
    use kenes_core::actor::Actor;
    use kenes_core::db::{interact, read_now};
    use kenes_core::error::Error;
    use kenes_core::grievances::terms::parse_tracking_code;
    use kenes_core::mediation::room;

    use super::RoomPage;
    use crate::auth::use_user;
    use kenes_core::mail::Site;
    use kenes_core::mediation::terms::MediationStatus;
    use kenes_core::mediation::terms::Seat;
    use serde::Deserialize;

    use crate::components::discussion::{server as discussion, Discussion};
    use crate::forms::{redirect, FormData, Refusal};
    use crate::pages::mediation::deliberation_panel;
    use crate::pages::mediation::room_people;
    use crate::state::app_state;

    crate::forms::form_ops! {
        /// The room's own op: accepting its rules.
        pub(super) enum Op {
            Rules,
        }
    }

    /// Everything that may be posted to a room page: its own ops and its panels'.
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum RoomOp {
        Room(Op),
        Discussion(discussion::Op),
        Deliberation(deliberation_panel::server::Op),
        People(room_people::server::Op),
    }

    /// Carries out a posted op; returns the message to show, if it concerns one.
    fn perform(
        c: &mut kenes_core::Db,
        code: &str,
        actor: &Actor,
        op: RoomOp,
        site: &Site,
    ) -> Result<Option<i64>, Error> {
        let act = actor.at(Utc::now().naive_utc());
        match op {
            RoomOp::Room(Op::Rules) => room::accept_rules(c, code, act).map(|_| None),
            RoomOp::Discussion(op) => {
                discussion::perform(c, act, discussion::Place::Room(code), op)
            }
            RoomOp::Deliberation(op) => {
                deliberation_panel::server::perform(c, code, act, op, site).map(|_| None)
            }
            RoomOp::People(op) => {
                room_people::server::perform(c, code, act, op, site).map(|_| None)
            }
        }
    }

    /// Where a failed step's message shows (the form it came from, or the top of the room)
    /// and what it says.
    fn error_view(op: String, e: Error) -> Refusal {
        // Forms that show their own field's problem; anything else shows at the top.
        let own = [
            "post",
            "edit",
            "lock",
            "unlock",
            "slow",
            "interests",
            "propose",
            "vote",
            "draft",
            "respond",
            "end",
        ];
        let (op, field) = match &e {
            Error::Invalid(errors)
                if own.contains(&op.as_str()) || room_people::OPS.contains(&op.as_str()) =>
            {
                (op, errors[0].field.to_owned())
            }
            _ => Default::default(),
        };
        let message = match e {
            Error::Invalid(_) | Error::Forbidden | Error::NotFound => {
                crate::errors::explain(e, "room").1
            }
            other => crate::errors::load_failed(other, "room step"),
        };
        Refusal::of(op, (field, message))
    }

    /// The room as the reader sees it.
    fn read(
        c: &mut kenes_core::Db,
        code: &str,
        r: &room::Room,
        seat: Seat,
        actor: &Actor,
        reader: Option<i64>,
    ) -> Result<RoomPage, Error> {
        let observer = seat == Seat::Observer;
        // The people of the case see what it is about; observers and moderators from
        // outside it, only what the grievance page would show them.
        let of_the_case = !matches!(seat, Seat::Observer | Seat::Moderator);
        let title = if of_the_case
            || kenes_core::grievances::access::text_visible(&r.grievance, Some(actor))
        {
            r.grievance.title.clone()
        } else {
            r.grievance.tracking_code.clone()
        };
        let active = r.mediation.status == MediationStatus::Active;
        let rules_accepted = match reader {
            Some(id) if !observer => room::rules_accepted(c, r, id)?,
            _ => true,
        };
        Ok(RoomPage {
            found: true,
            code: code.to_owned(),
            title,
            observer,
            rules_accepted,
            discussion: Discussion {
                messages: room::messages(c, r, reader, chrono::Utc::now().naive_utc())?.into(),
                log: discussion::log_lines(room::moderation_log(c, r)?),
                reports: room::reports_in(c, r, actor).unwrap_or_default(),
                locked: r.mediation.room_locked,
                slow_mode_secs: r.mediation.slow_mode_secs,
                moderator: seat.moderates(),
                can_write: rules_accepted && active && !observer,
            },
            deliberation: deliberation_panel::server::load(c, r, seat, reader)?,
            people: room_people::server::load(c, r, seat)?,
            ..Default::default()
        })
    }

    pub async fn load(code: String, form: Option<FormData>) -> RoomPage {
        let state = app_state();
        let Some(code) = parse_tracking_code(&code) else {
            return RoomPage::default();
        };
        let user = use_user();
        let posted = form.clone();
        let wanted = code.clone();
        let site = state.site.clone();
        let writes = posted.is_some();
        let rooms = state.rooms.clone();
        let work = move |c: &mut kenes_core::Db| {
            let code = wanted;
            let actor = match &user {
                Some(u) => crate::auth::actor_of(c, u)?,
                // Anyone may read a room both parties opened to observers; nobody else.
                None => Actor::default(),
            };
            let Ok(r) = room::open(c, &code) else {
                return Ok(None);
            };
            let Some(seat) = room::reader_seat(c, user.as_ref().map(|_| &actor), &r)? else {
                return Ok(None);
            };
            let reader = user.as_ref().map(|u| u.id);
            let outcome = posted.map(|f| {
                let done = match f.op::<RoomOp>() {
                    Some(op) => perform(c, &code, &actor, op, &site),
                    None => Err(Error::Forbidden),
                };
                done.map_err(|e| (f.get("op"), e))
            });
            if matches!(outcome, Some(Ok(_))) {
                rooms.announce(c, r.venue())?;
            }
            // Read again after a step: it may have changed the room.
            let r = if outcome.is_some() {
                room::open(c, &code)?
            } else {
                r
            };
            // One snapshot for the page: its dozen reads agree with each other.
            let page = kenes_core::db::snapshot(c, |c| read(c, &code, &r, seat, &actor, reader))?;
            Ok(Some((outcome, page)))
        };
        // A plain view is a handful of reads by key and the thread kept in memory: on SQLite
        // it runs on this thread rather than hopping to the blocking pool and back.
        let result = if writes {
            interact::<_, _, Error>(&state.pool, work).await
        } else {
            read_now::<_, _, Error>(&state.pool, work).await
        };
        let (outcome, mut page) = match crate::errors::found_or(result, "room") {
            Ok(found) => found,
            Err(page) => {
                return RoomPage {
                    code: code.clone(),
                    ..page
                }
            }
        };
        page.form = form.unwrap_or_default();
        match outcome {
            Some(Ok(anchor)) => {
                let anchor = anchor.map(|id| format!("#m{id}")).unwrap_or_default();
                redirect(&format!("/room/{code}{anchor}"));
            }
            Some(Err((op, e))) => page.error = Some(error_view(op, e)),
            None => {}
        }
        page
    }

    impl crate::errors::StandIn for RoomPage {
        fn fail(&mut self, message: String) {
            self.found = true;
            self.error = Some(Refusal::page(message));
        }
    }
}
