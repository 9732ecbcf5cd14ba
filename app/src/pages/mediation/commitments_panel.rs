//! An agreement's commitments: the rows of the mediator's draft (in the room), the list with
//! each one's state (room, grievance page, published outcome), and on the grievance page the
//! forms by which the responsible party reports and the other party confirms. Its forms post
//! to the grievance page with ops named `c-…`.

use leptos::prelude::*;

use crate::forms::{translated, AreaField, FormData, OpForm, Refusal, RefusalAt, SelectField};
use crate::i18n::{t, t_args};
use kenes_core::mediation::terms::{CommitmentState, Kept, Party, FIELDS};

/// The follow-through steps this panel's forms post to the grievance page.
#[cfg(feature = "ssr")]
pub const OPS: &[&str] = <server::Op as strum::VariantNames>::VARIANTS;

#[derive(Debug, Clone)]
pub struct Item {
    pub id: i64,
    pub number: usize,
    /// Who promised.
    pub party: Party,
    pub what: String,
    /// ISO date.
    pub due_on: String,
    pub check_how: String,
    pub state: CommitmentState,
    /// What the responsible party reported, with its note.
    pub report: Option<(Kept, Option<String>)>,
    /// What the other party said, with its note.
    pub confirmation: Option<(Kept, Option<String>)>,
    /// Nobody answered in time: silence decided.
    pub lapsed: bool,
    /// Files reported as evidence: (address, name).
    pub evidence: Vec<(String, String)>,
    pub may_report: bool,
    pub may_confirm: bool,
}

/// The commitment rows of the mediator's draft: who, does what, by when, checked how. Empty
/// rows are left out; a refused draft's message stands by the field it names.
#[component]
pub fn DraftRows(form: FormData, error: Option<Refusal>) -> impl IntoView {
    let err = move |field: &str| error.at("draft", field);
    view! {
        <p class="hint">{t("c-draft-hint")}</p>
        {FIELDS.iter().enumerate().map(|(i, [party, what, due, check])| {
            let legend = t_args("c-number", &[("n", (i as i64 + 1).into())]);
            view! {
                <fieldset class="field commitment-row">
                    <legend>{legend}</legend>
                    <SelectField name=party label=t("c-party") options=translated([Party::Body, Party::Citizen], "m-party-")
                        selected=form.get(party) error=err(party) />
                    <RowInput name=what label=t("c-what") value=form.get(what) error=err(what) />
                    <RowInput name=due label=t("c-due") kind="date" value=form.get(due) error=err(due) />
                    <RowInput name=check label=t("c-check") value=form.get(check) error=err(check) />
                </fieldset>
            }
        }).collect_view()}
    }
}

/// One short input of a commitment row, its error linked for screen readers.
#[component]
fn RowInput(
    name: &'static str,
    label: String,
    value: String,
    error: Option<String>,
    #[prop(default = "text")] kind: &'static str,
) -> impl IntoView {
    let error_id = format!("{name}-error");
    view! {
        <div class="field">
            <label for=name>{label}</label>
            <input id=name name=name type=kind value=value maxlength="500"
                aria-describedby=error_id.clone() aria-invalid=error.is_some().then_some("true") />
            <p id=error_id class="error" role="alert">{error}</p>
        </div>
    }
}

/// The commitments and where each stands; with forms for whoever may report or confirm.
/// `key` carries a guest's secret link; `error` is a refused step's.
#[component]
pub fn CommitmentList(
    items: Vec<Item>,
    #[prop(optional_no_strip)] key: Option<String>,
    #[prop(optional_no_strip)] error: Option<Refusal>,
    /// The form posted, so that a refused report keeps its note.
    #[prop(optional)]
    typed: FormData,
) -> impl IntoView {
    if items.is_empty() {
        return ().into_any();
    }
    view! {
        <section class="commitments stack" aria-labelledby="commitments-title">
            <h2 id="commitments-title">{t("c-title")}</h2>
            <ol class="cards">
                {items.into_iter().map(|item| {
                    // A refused answer stands by the commitment it was about.
                    let mine = typed.get("commitment") == item.id.to_string();
                    let error = error.clone().filter(|_| mine);
                    let typed = if mine { typed.clone() } else { FormData::default() };
                    view! { <CommitmentCard item key=key.clone() error typed /> }.into_any()
                }).collect_view()}
            </ol>
        </section>
    }
    .into_any()
}

#[component]
fn CommitmentCard(
    item: Item,
    key: Option<String>,
    error: Option<Refusal>,
    typed: FormData,
) -> impl IntoView {
    let said = |(kept, note): (Kept, Option<String>), whose: &str| {
        let line = t_args(
            &format!("c-said-{whose}"),
            &[("kept", t(&format!("kept-{kept}")).into())],
        );
        view! { <li>{line}{note.map(|n| view! { <span class="grievance-text">": "{n}</span> })}</li> }
    };
    let state_key = if item.lapsed && item.state == CommitmentState::NotDone {
        "c-state-lapsed".to_owned()
    } else {
        format!("c-state-{}", item.state)
    };
    let responsible = t(&format!("m-party-{}", item.party));
    let due = t_args(
        "c-due-on",
        &[("due", crate::i18n::day(&item.due_on).into())],
    );
    let id = item.id;
    let form_for = move |op: &'static str| {
        // A refused answer comes back as it was given.
        let given = |name| typed.typed(op, name);
        view! { <KeptForm op id key=key.clone() error=error.clone() note=given("note") kept=given("kept") /> }
            .into_any()
    };
    view! {
        <li id=format!("c{id}") class="card">
            <p><strong>{t_args("c-number", &[("n", (item.number as i64).into())])}" · "{responsible}</strong></p>
            <p class="grievance-text">{item.what.clone()}</p>
            <p class="muted">{due}" · "{t("c-check")}": "{item.check_how.clone()}</p>
            <p><span class=format!("badge kept-{}", item.state)>{t(&state_key)}</span></p>
            <ul class="said">
                {item.report.clone().map(|r| said(r, "responsible"))}
                {item.confirmation.clone().map(|c| said(c, "other"))}
                {item.evidence.iter().map(|(href, name)| view! {
                    <li>{t("c-evidence")}": "<a href=href.clone()>{name.clone()}</a></li>
                }).collect_view()}
            </ul>
            {item.may_report.then(|| form_for("c-report"))}
            {item.may_confirm.then(|| form_for("c-confirm"))}
        </li>
    }
    .into_any()
}

/// Done / partly / not done, with a note: the report or the confirmation of one commitment.
/// A refused answer comes back as it was given, each message by its field (the note's by the
/// note, a file's by the files, any other by the choice).
#[component]
pub fn KeptForm(
    op: &'static str,
    id: i64,
    key: Option<String>,
    error: Option<Refusal>,
    /// A mailed link's token, for the page that link opens.
    #[prop(optional_no_strip)]
    token: Option<String>,
    /// The note as typed, when the form comes back refused.
    #[prop(optional, into)]
    note: String,
    /// The answer as chosen, when the form comes back refused.
    #[prop(optional, into)]
    kept: String,
) -> impl IntoView {
    let legend_id = format!("{op}-{id}-legend");
    let file_id = format!("{op}-{id}-file");
    let note_error = error.at(op, "note");
    let file_error = error.at(op, "file");
    let choice_error = error.besides(op, &["note", "file"]);
    // Only a report carries files.
    let multipart = op == "c-report";
    let evidence = multipart.then(|| {
        let error_id = format!("{file_id}-error");
        view! {
            <div class="field">
                <label for=file_id.clone()>{t("c-evidence-file")}</label>
                <input id=file_id type="file" name="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf"
                    aria-describedby=error_id.clone() aria-invalid=file_error.is_some().then_some("true") />
                <p id=error_id class="error" role="alert">{file_error}</p>
            </div>
        }
    });
    view! {
        <OpForm op=op id=format!("{op}-{id}-form") multipart=multipart key>
            <input type="hidden" name="commitment" value=id.to_string() />
            {token.map(|k| view! { <input type="hidden" name="token" value=k /> })}
            <fieldset class="field" aria-describedby=format!("{op}-{id}-error")>
                <legend id=legend_id>{t(&format!("{op}-legend"))}</legend>
                {Kept::ALL.iter().map(|k| view! {
                    <label class="choice"><input type="radio" name="kept" value=k.as_str() checked=k.as_str() == kept />" "{t(&format!("kept-{k}"))}</label>
                }).collect_view()}
                <p id=format!("{op}-{id}-error") class="error" role="alert">{choice_error}</p>
            </fieldset>
            <AreaField name="note" id=format!("{op}-{id}-note") label=t("c-note") value=note error=note_error />
            {evidence}
            <button type="submit">{t(&format!("{op}-submit"))}</button>
        </OpForm>
    }
    .into_any()
}

#[cfg(feature = "ssr")]
pub mod server {

    use kenes_core::actor::{Act, Actor};
    use kenes_core::error::Error;
    use kenes_core::grievances::access::party_of;
    use kenes_core::grievances::attachments::{self, Attachment, Stored, Upload};
    use kenes_core::mail::Site;
    use kenes_core::mediation::commitments::{self, Commitment, Draft, Word};
    use kenes_core::models::Grievance;
    use kenes_core::{Db, DbError};
    use serde::Deserialize;
    use std::collections::HashMap;
    use std::path::Path;

    use super::{Item, Party};
    use crate::forms::field;

    crate::forms::form_ops! {
        /// The follow-through steps posted to the grievance page.
        pub enum Op {
            CReport(Said),
            CConfirm(Said),
        }
    }

    /// Which commitment, and what the party says of it.
    #[derive(Deserialize)]
    pub struct Said {
        #[serde(default, deserialize_with = "field::number")]
        commitment: i64,
        #[serde(default)]
        kept: String,
        #[serde(default)]
        note: String,
    }

    impl Said {
        fn word<'a>(&'a self, evidence: &'a [Stored]) -> Word<'a> {
            Word {
                kept: &self.kept,
                note: &self.note,
                evidence,
            }
        }
    }

    /// The files posted with a report, and the directory they are stored in.
    pub struct Evidence<'a> {
        pub uploads: &'a [Upload],
        pub dir: &'a Path,
    }

    pub fn perform(
        c: &mut Db,
        code: &str,
        act: Act,
        op: Op,
        files: Evidence<'_>,
        site: &Site,
    ) -> Result<(), Error> {
        match op {
            Op::CReport(s) => {
                // Files are written before the row that shows them, and removed again if
                // the report is refused.
                let before = commitments::evidence_count(c, s.commitment)?;
                let checked = attachments::check(files.uploads, before)
                    .map_err(|e| Error::Invalid(vec![e]))?;
                let stored = attachments::store(files.dir, &checked)?;
                let word = s.word(&stored);
                let reported = commitments::report(c, code, act, s.commitment, word, site);
                if reported.is_err() {
                    attachments::discard(files.dir, &stored);
                }
                reported
            }
            Op::CConfirm(s) => commitments::confirm(c, code, act, s.commitment, s.word(&[]), site),
        }
    }

    /// The draft's rows as posted (`c1_party`, `c1_what`, …).
    pub fn drafts(posted: &HashMap<String, String>) -> Vec<Draft> {
        let get = |name: &str| posted.get(name).cloned().unwrap_or_default();
        super::FIELDS
            .iter()
            .map(|[party, what, due, check]| Draft {
                party: get(party),
                what: get(what),
                due_on: get(due),
                check_how: get(check),
            })
            .collect()
    }

    /// The grievance's commitments as `reader` sees them (no forms without a reader), with
    /// the evidence among `files`, the grievance's attachments the reader may open.
    pub fn load(
        c: &mut Db,
        g: &Grievance,
        reader: Option<&Actor>,
        files: &[Attachment],
    ) -> Result<Vec<Item>, DbError> {
        let party = reader.and_then(|a| party_of(a, g));
        let mut list = items(commitments::of_grievance(c, g.id)?, party);
        for file in files {
            if let Some(item) = list.iter_mut().find(|i| Some(i.id) == file.commitment_id) {
                let href = format!("/attachments/{}", file.id);
                item.evidence.push((href, file.original_name.clone()));
            }
        }
        Ok(list)
    }

    /// Commitments numbered in their agreement's order, with the steps `party` may take.
    pub fn items(list: Vec<Commitment>, party: Option<Party>) -> Vec<Item> {
        list.into_iter()
            .enumerate()
            .map(|(i, c)| item(i + 1, c, party))
            .collect()
    }

    pub fn item(number: usize, c: Commitment, party: Option<Party>) -> Item {
        Item {
            id: c.id,
            number,
            may_report: party.is_some_and(|p| c.may_report(p)),
            may_confirm: party.is_some_and(|p| c.may_confirm(p)),
            party: c.party,
            what: c.what,
            // ISO here: the page writes it in the reader's language (this may run where the
            // reader's locale is not known).
            due_on: c.due_on.to_string(),
            check_how: c.check_how,
            state: c.state,
            report: c.report.map(|r| (r, c.report_note)),
            confirmation: c.confirmation.map(|r| (r, c.confirm_note)),
            lapsed: c.lapsed_at.is_some(),
            evidence: vec![],
        }
    }
}
