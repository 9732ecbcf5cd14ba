//! The public registry of mediators (`/mediators`, no account needed): who holds a
//! certification, for which languages, regions and fields, whether they take cases now, and
//! their record. People trust a mediator they can look up. A mediator may keep their profile
//! out of the registry; the ties they declared are never shown, here or anywhere public.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::accounts::roles;
use crate::db::Db;
use crate::error::DbError;
use crate::mediation::request::{self, Certificate, Profile};
use crate::mediation::terms::AgreementStatus;
use crate::mediation::terms::CommitmentState;
use crate::mediation::terms::MediationStatus;
use crate::permissions::Role;
use crate::schema::{agreements, commitments, mediations};

/// A mediator as the registry lists them: their profile, with what the registry reads
/// from it and from their grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub user_id: i64,
    pub name: String,
    pub profile: Profile,
    pub certificate: Certificate,
    /// The certification is valid today (expired ones are listed, as expired).
    pub certified: bool,
    /// The two-digit KATO codes of the regions they serve; empty for the whole country.
    pub regions: Vec<String>,
}

/// What the registry can be narrowed by; `None` is "any".
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub region: Option<String>,
    pub language: Option<String>,
    pub specialisation: Option<String>,
}

impl Listed {
    fn matches(&self, f: &Filter) -> bool {
        let serves = |region: &String| self.regions.is_empty() || self.regions.contains(region);
        f.region.as_ref().is_none_or(serves)
            && f.language
                .as_ref()
                .is_none_or(|l| self.profile.languages.contains(l))
            && f.specialisation
                .as_ref()
                .is_none_or(|s| self.profile.specialisations.contains(s))
    }
}

/// A mediator's cases, as counted for the public.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    /// Mediations they took (confirmed as the mediator).
    pub taken: i64,
    /// Of those, ended: with an agreement or without.
    pub ended: i64,
    pub agreed: i64,
    /// Median days from taking the case to the agreement.
    pub median_days_to_agreement: Option<f64>,
    /// Commitments of their agreements that were settled (not pending), and of those kept.
    pub commitments_settled: i64,
    pub commitments_kept: i64,
}

impl Record {
    /// The share of ended mediations that ended in an agreement, in per cent.
    pub fn agreement_share(&self) -> Option<i64> {
        percent(self.agreed, self.ended)
    }

    /// The share of settled commitments that were kept, in per cent.
    pub fn commitment_share(&self) -> Option<i64> {
        percent(self.commitments_kept, self.commitments_settled)
    }
}

fn percent(part: i64, whole: i64) -> Option<i64> {
    (whole > 0).then(|| (part * 100 + whole / 2) / whole)
}

/// The regions a mediator serves, from their grants: a grant for a place serves its region,
/// one without a place the whole country (then the list is empty).
fn regions_of(grants: &[&crate::permissions::Grant]) -> Vec<String> {
    if grants.iter().any(|g| g.kato.is_none()) {
        return vec![];
    }
    let mut regions: Vec<String> = grants
        .iter()
        .filter_map(|g| g.kato.as_deref())
        .map(|k| k.chars().take(2).collect())
        .collect();
    regions.sort();
    regions.dedup();
    regions
}

fn listed(
    user_id: i64,
    name: String,
    p: Profile,
    regions: Vec<String>,
    today: NaiveDate,
) -> Option<Listed> {
    if p.hidden_from_public {
        return None;
    }
    Some(Listed {
        user_id,
        name,
        certificate: p.certificate()?,
        certified: p.certified_on(today),
        regions,
        profile: p,
    })
}

/// Every mediator with a certification (valid or expired) who has not kept their profile
/// out, narrowed by `filter`: the valid ones first, then by name.
pub fn list(conn: &mut Db, filter: &Filter, today: NaiveDate) -> Result<Vec<Listed>, DbError> {
    let grants = roles::holders(conn, Role::Mediator)?;
    let mut out = Vec::new();
    for (user_id, name, _, profile) in request::mediators(conn)? {
        let theirs: Vec<_> = grants
            .iter()
            .filter(|(u, _)| *u == user_id)
            .map(|(_, g)| g)
            .collect();
        let entry = profile.and_then(|p| listed(user_id, name, p, regions_of(&theirs), today));
        out.extend(entry.filter(|e| e.matches(filter)));
    }
    out.sort_by(|a, b| b.certified.cmp(&a.certified).then(a.name.cmp(&b.name)));
    Ok(out)
}

/// One mediator's registry entry and record, if they are in the registry.
pub fn entry(
    conn: &mut Db,
    user_id: i64,
    today: NaiveDate,
) -> Result<Option<(Listed, Record)>, DbError> {
    let found = list(conn, &Filter::default(), today)?
        .into_iter()
        .find(|l| l.user_id == user_id);
    let Some(listed) = found else {
        return Ok(None);
    };
    Ok(Some((listed, record(conn, user_id)?)))
}

/// A mediator's record, counted from the mediations they were confirmed for.
pub fn record(conn: &mut Db, user_id: i64) -> Result<Record, DbError> {
    let cases: Vec<(MediationStatus, Option<NaiveDateTime>, NaiveDateTime)> = mediations::table
        .filter(mediations::mediator_user_id.eq(user_id))
        .filter(mediations::mediator_confirmed_at.is_not_null())
        .select((
            mediations::status,
            mediations::mediator_confirmed_at,
            mediations::updated_at,
        ))
        .load(conn)?;
    let mut agreed: Vec<f64> = cases
        .iter()
        .filter(|(status, _, _)| *status == MediationStatus::Agreed)
        .filter_map(|(_, taken, ended)| taken.map(|t| (*ended - t).num_days() as f64))
        .collect();
    let kept: Vec<CommitmentState> = commitments::table
        .inner_join(agreements::table.inner_join(mediations::table))
        .filter(mediations::mediator_user_id.eq(user_id))
        .filter(agreements::status.eq(AgreementStatus::Accepted))
        .filter(commitments::state.ne(CommitmentState::Pending))
        .select(commitments::state)
        .load(conn)?;
    Ok(Record {
        commitments_settled: kept.len() as i64,
        commitments_kept: kept.iter().filter(|s| **s == CommitmentState::Done).count() as i64,
        taken: cases.len() as i64,
        ended: cases
            .iter()
            .filter(|(s, _, _)| matches!(s, MediationStatus::Agreed | MediationStatus::NotResolved))
            .count() as i64,
        agreed: agreed.len() as i64,
        median_days_to_agreement: median(&mut agreed),
    })
}

/// The middle value (or the mean of the middle two).
pub(crate) fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let mid = values.len() / 2;
    Some(if values.len().is_multiple_of(2) {
        (values[mid - 1] + values[mid]) / 2.0
    } else {
        values[mid]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_shares() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [9.0, 1.0, 4.0]), Some(4.0));
        assert_eq!(median(&mut [9.0, 1.0, 4.0, 6.0]), Some(5.0));
        let r = Record {
            taken: 4,
            ended: 3,
            agreed: 2,
            median_days_to_agreement: None,
            commitments_settled: 3,
            commitments_kept: 1,
        };
        assert_eq!(r.commitment_share(), Some(33));
        assert_eq!(r.agreement_share(), Some(67));
        assert_eq!(Record::default().agreement_share(), None);
    }
}
