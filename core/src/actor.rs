//! Who acts on the domain: a signed-in user with their active grants, or a guest holding
//! the secret link of the grievance they filed. Every feature's permission checks take one.

use chrono::NaiveDateTime;

use crate::models::Grievance;
use crate::permissions::Grant;

/// Who acts: a signed-in user with their active roles, or a guest holding the secret
/// link of the grievance they filed.
#[derive(Debug, Clone, Default)]
pub struct Actor {
    /// `GUEST` for a guest (no account has this id).
    pub user_id: i64,
    pub grants: Vec<Grant>,
    /// The key from a guest's secret link.
    pub guest_key: Option<String>,
}

pub const GUEST: i64 = 0;

impl Actor {
    pub fn user(user_id: i64, grants: Vec<Grant>) -> Self {
        Self {
            user_id,
            grants,
            guest_key: None,
        }
    }

    pub fn guest(key: &str) -> Self {
        Self {
            user_id: GUEST,
            grants: vec![],
            guest_key: Some(key.to_owned()),
        }
    }

    /// Whether this actor filed `g`: by account, or by the guest's secret link.
    pub fn is_author(&self, g: &Grievance) -> bool {
        (self.user_id != GUEST && g.author_user_id == Some(self.user_id))
            || self.guest_key.as_deref().is_some_and(|k| {
                g.guest_key_hash.as_deref() == Some(crate::accounts::tokens::digest(k).as_str())
            })
    }

    /// This actor's step at `now`: what every write of the domain is given.
    pub fn at(&self, now: NaiveDateTime) -> Act<'_> {
        Act { actor: self, now }
    }

    /// The account behind the actor, if any (guests have none).
    pub fn account(&self) -> Option<i64> {
        (self.user_id != GUEST).then_some(self.user_id)
    }
}

/// One step taken on the domain: who takes it, and when. Every write that checks a
/// permission and records an event takes one, so the two travel together from the page to
/// the timeline.
#[derive(Debug, Clone, Copy)]
pub struct Act<'a> {
    pub actor: &'a Actor,
    pub now: NaiveDateTime,
}

impl Act<'_> {
    /// The day the step is taken on, in Kazakhstan: the day the law counts from.
    pub fn today(&self) -> chrono::NaiveDate {
        crate::clock::day_of(self.now)
    }
}
