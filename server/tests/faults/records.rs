//! What the database holds after a fault, and the check that no filing in it is half
//! written.

use std::collections::{BTreeMap, BTreeSet};

use diesel::prelude::*;
use kenes_core::schema::{grievance_events, grievances, guest_filings, mail_outbox};
use kenes_core::{Db, DbError};

/// What the database holds after a fault, for the checks.
pub struct Stored {
    /// Tracking code → grievance id.
    pub grievances: BTreeMap<String, i64>,
    pub with_events: BTreeSet<i64>,
    /// (recipient, body) of every queued mail.
    pub mails: Vec<(String, String)>,
    /// Tracking codes that confirmed guest links point to.
    pub confirmed: Vec<String>,
}

pub fn stored(c: &mut Db) -> Result<Stored, DbError> {
    Ok(Stored {
        grievances: grievances::table
            .select((grievances::tracking_code, grievances::id))
            .load::<(String, i64)>(c)?
            .into_iter()
            .collect(),
        with_events: grievance_events::table
            .select(grievance_events::grievance_id)
            .load::<i64>(c)?
            .into_iter()
            .collect(),
        mails: mail_outbox::table
            .select((mail_outbox::recipient, mail_outbox::body))
            .load(c)?,
        confirmed: guest_filings::table
            .filter(guest_filings::tracking_code.is_not_null())
            .select(guest_filings::tracking_code.assume_not_null())
            .load(c)?,
    })
}

impl Stored {
    pub fn mailed(&self, to: &str, code: &str) -> bool {
        self.mails
            .iter()
            .any(|(r, body)| r == to && body.contains(code))
    }

    /// Every grievance in the database is whole, acknowledged or not.
    pub fn assert_nothing_half_written(&self) {
        for (code, id) in &self.grievances {
            assert!(
                self.with_events.contains(id),
                "{code} has no timeline event"
            );
            assert!(
                self.mails
                    .iter()
                    .any(|(_, body)| body.contains(code.as_str())),
                "{code} has no mail queued"
            );
        }
        for code in &self.confirmed {
            assert!(
                self.grievances.contains_key(code),
                "a confirmed guest link points to {code}, which does not exist"
            );
        }
    }
}
