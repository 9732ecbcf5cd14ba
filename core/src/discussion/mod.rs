//! Threaded, moderated discussion: the machinery a mediation's room and a public dialogue's
//! discussion share. A message belongs to a venue; its host (`mediation::room`,
//! `dialogues::discussion`) decides who sits where and whether they may write now, then
//! calls here for what every venue does alike: the message rules, per-writer rate, slow
//! mode and mutes, corrections within the edit window, reports, hiding with a reason
//! everyone reads, the public moderation log, and the thread as a reader sees it.
//!
//! Nothing is deleted. Functions here write inside their host's transaction.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;
use kenes_i18n::Locale;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use crate::db::{Db, MultiBackend};
use crate::error::{DbError, Error};
use crate::mediation::room_view::MessageView;
use crate::schema::{
    dialogues, mediations, room_messages, room_moderation_log, room_mutes, room_reports, users,
};

mod kept;

pub const MESSAGE_MAX: usize = 4000;
pub const EDIT_MINUTES: i64 = 10;
/// Messages per writer per minute, across every venue.
pub const PER_MINUTE: i64 = 10;
pub const MUTE_MAX_MINUTES: i64 = 24 * 60;
/// The PostgreSQL channel on which venues announce changes to every node.
pub const CHANNEL: &str = "kenes_rooms";

/// Where a discussion takes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Venue {
    Mediation(i64),
    Dialogue(i64),
}

impl Venue {
    fn mediation(self) -> Option<i64> {
        match self {
            Venue::Mediation(id) => Some(id),
            Venue::Dialogue(_) => None,
        }
    }

    fn dialogue(self) -> Option<i64> {
        match self {
            Venue::Dialogue(id) => Some(id),
            Venue::Mediation(_) => None,
        }
    }

    /// The venue as announced between nodes: `mediation:12`, `dialogue:3`.
    pub fn key(self) -> String {
        match self {
            Venue::Mediation(id) => format!("mediation:{id}"),
            Venue::Dialogue(id) => format!("dialogue:{id}"),
        }
    }

    pub fn parse_key(key: &str) -> Option<Venue> {
        let (kind, id) = key.split_once(':')?;
        let id = id.parse().ok()?;
        match kind {
            "mediation" => Some(Venue::Mediation(id)),
            "dialogue" => Some(Venue::Dialogue(id)),
            _ => None,
        }
    }
}

type Messages = room_messages::BoxedQuery<'static, MultiBackend>;

/// The venue's messages, to narrow further.
fn messages_of(venue: Venue) -> Messages {
    let q = room_messages::table.into_boxed();
    match venue {
        Venue::Mediation(id) => q.filter(room_messages::mediation_id.eq(id)),
        Venue::Dialogue(id) => q.filter(room_messages::dialogue_id.eq(id)),
    }
}

/// The venue's mutes, to narrow further.
fn mutes_of(venue: Venue) -> room_mutes::BoxedQuery<'static, MultiBackend> {
    let q = room_mutes::table.into_boxed();
    match venue {
        Venue::Mediation(id) => q.filter(room_mutes::mediation_id.eq(id)),
        Venue::Dialogue(id) => q.filter(room_mutes::dialogue_id.eq(id)),
    }
}

/// Tells every node (PostgreSQL NOTIFY; a no-op on SQLite, which has one node) that a venue
/// changed, so that its watchers read it again.
pub fn announce(conn: &mut Db, venue: Venue) -> Result<(), DbError> {
    if conn.backend() == crate::Backend::Postgres {
        diesel::sql_query(format!("SELECT pg_notify('{CHANNEL}', '{}')", venue.key()))
            .execute(conn)?;
    }
    Ok(())
}

/// A writer the host let in: where, under which role the thread shows them, and how often
/// the venue lets them write.
pub struct Floor<'a> {
    pub venue: Venue,
    pub user: i64,
    pub role: &'a str,
    /// The mediator, facilitator and moderators keep order and are not slowed down.
    pub moderates: bool,
    pub slow_mode_secs: i32,
}

fn check_body(body: &str) -> Result<String, Error> {
    Ok(crate::error::typed_text("body", body, 1..=MESSAGE_MAX)?)
}

pub(crate) fn muted_until(
    conn: &mut Db,
    venue: Venue,
    user: i64,
    now: NaiveDateTime,
) -> Result<Option<NaiveDateTime>, DbError> {
    Ok(mutes_of(venue)
        .filter(room_mutes::user_id.eq(user))
        .select(room_mutes::until)
        .first::<NaiveDateTime>(conn)
        .optional()?
        .filter(|until| *until > now))
}

/// Writes a message (a reply when `parent` is given); returns its id.
pub(crate) fn post(
    conn: &mut Db,
    floor: &Floor,
    parent: Option<i64>,
    body: &str,
    lang: &str,
    now: NaiveDateTime,
) -> Result<i64, Error> {
    let user = floor.user;
    if muted_until(conn, floor.venue, user, now)?.is_some() {
        return Err(Error::invalid("body", "muted"));
    }
    let body = check_body(body)?;
    if Locale::from_code(lang).is_none() {
        return Err(Error::invalid("lang", "choose"));
    }
    if let Some(p) = parent {
        let n: i64 = messages_of(floor.venue)
            .filter(room_messages::id.eq(p))
            .count()
            .get_result(conn)?;
        if n == 0 {
            return Err(Error::invalid("body", "parent"));
        }
    }
    let recent: i64 = room_messages::table
        .filter(room_messages::author_user_id.eq(user))
        .filter(room_messages::created_at.gt(now - Duration::minutes(1)))
        .count()
        .get_result(conn)?;
    if recent >= PER_MINUTE {
        return Err(Error::invalid("body", "too-fast"));
    }
    let slow = Duration::seconds(floor.slow_mode_secs.into());
    if !floor.moderates && slow > Duration::zero() {
        let last: Option<NaiveDateTime> = messages_of(floor.venue)
            .filter(room_messages::author_user_id.eq(user))
            .select(diesel::dsl::max(room_messages::created_at))
            .first(conn)?;
        if last.is_some_and(|t| now - t < slow) {
            return Err(Error::invalid("body", "slow-mode"));
        }
    }
    kept::changed(conn, floor.venue)?;
    Ok(diesel::insert_into(room_messages::table)
        .values((
            room_messages::mediation_id.eq(floor.venue.mediation()),
            room_messages::dialogue_id.eq(floor.venue.dialogue()),
            room_messages::parent_id.eq(parent),
            room_messages::author_user_id.eq(user),
            room_messages::author_role.eq(floor.role),
            room_messages::lang.eq(lang),
            room_messages::body.eq(&body),
            room_messages::created_at.eq(now),
        ))
        .returning(room_messages::id)
        .get_result(conn)?)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = room_messages)]
struct Row {
    id: i64,
    parent_id: Option<i64>,
    author_user_id: Option<i64>,
    author_role: String,
    lang: String,
    body: String,
    created_at: NaiveDateTime,
    edited_at: Option<NaiveDateTime>,
    hidden_reason: Option<String>,
    hidden_at: Option<NaiveDateTime>,
}

/// A message as kept for every reader of its thread: its texts shared, its time formatted
/// once.
struct Message {
    id: i64,
    parent_id: Option<i64>,
    author_user_id: Option<i64>,
    author_role: Arc<str>,
    lang: Arc<str>,
    /// `None` when hidden.
    body: Option<Arc<str>>,
    hidden_reason: Option<Arc<str>>,
    created_at: NaiveDateTime,
    at: Arc<str>,
    edited: bool,
}

impl From<Row> for Message {
    fn from(r: Row) -> Self {
        Message {
            id: r.id,
            parent_id: r.parent_id,
            author_user_id: r.author_user_id,
            author_role: r.author_role.into(),
            lang: r.lang.into(),
            body: r.hidden_at.is_none().then(|| r.body.into()),
            hidden_reason: r.hidden_reason.map(Into::into),
            created_at: r.created_at,
            at: crate::clock::minute_shown(r.created_at).into(),
            edited: r.edited_at.is_some(),
        }
    }
}

fn message(conn: &mut Db, venue: Venue, id: i64) -> Result<Row, Error> {
    messages_of(venue)
        .filter(room_messages::id.eq(id))
        .select(Row::as_select())
        .first(conn)
        .optional()?
        .ok_or(Error::NotFound)
}

/// The author corrects their message within the edit window; it is marked "edited".
pub(crate) fn edit(
    conn: &mut Db,
    venue: Venue,
    author: Option<i64>,
    id: i64,
    body: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let m = message(conn, venue, id)?;
    Error::forbidden_unless(m.author_user_id.is_some() && m.author_user_id == author)?;
    if m.hidden_at.is_some() || !within_edit_window(m.created_at, now) {
        return Err(Error::invalid("body", "edit-late"));
    }
    let body = check_body(body)?;
    kept::changed(conn, venue)?;
    diesel::update(room_messages::table.find(id))
        .set((
            room_messages::body.eq(body),
            room_messages::edited_at.eq(now),
        ))
        .execute(conn)?;
    Ok(())
}

fn within_edit_window(written: NaiveDateTime, now: NaiveDateTime) -> bool {
    now - written <= Duration::minutes(EDIT_MINUTES)
}

/// A line in the venue's public moderation log.
pub(crate) fn log(
    conn: &mut Db,
    venue: Venue,
    role: &str,
    action: Keeping,
    message: Option<i64>,
    reason: &str,
    now: NaiveDateTime,
) -> Result<(), DbError> {
    diesel::insert_into(room_moderation_log::table)
        .values((
            room_moderation_log::mediation_id.eq(venue.mediation()),
            room_moderation_log::dialogue_id.eq(venue.dialogue()),
            room_moderation_log::at.eq(now),
            room_moderation_log::actor_role.eq(role),
            room_moderation_log::action.eq(action),
            room_moderation_log::message_id.eq(message),
            room_moderation_log::reason.eq(reason),
        ))
        .execute(conn)?;
    Ok(())
}

/// The reason a moderator gives (or a reader reporting), which everyone reads.
pub(crate) fn reason(text: &str) -> Result<String, Error> {
    Ok(crate::error::typed_text("reason", text, 1..=500)?)
}

/// Hides a message with the moderator's reason and closes its reports.
fn hide(conn: &mut Db, venue: Venue, id: i64, why: &str, now: NaiveDateTime) -> Result<(), Error> {
    let m = message(conn, venue, id)?;
    if m.hidden_at.is_some() {
        return Err(Error::invalid("reason", "already-hidden"));
    }
    kept::changed(conn, venue)?;
    diesel::update(room_messages::table.find(id))
        .set((
            room_messages::hidden_reason.eq(why),
            room_messages::hidden_at.eq(now),
        ))
        .execute(conn)?;
    diesel::update(room_reports::table.filter(room_reports::message_id.eq(id)))
        .set(room_reports::handled_at.eq(now))
        .execute(conn)?;
    Ok(())
}

/// A reader reports a message to the moderators; a second report by the same reader (a
/// reload, a double click) adds nothing.
pub(crate) fn report(
    conn: &mut Db,
    venue: Venue,
    reporter: i64,
    id: i64,
    why: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let why = reason(why)?;
    message(conn, venue, id)?;
    let already: i64 = room_reports::table
        .filter(room_reports::message_id.eq(id))
        .filter(room_reports::reporter_user_id.eq(reporter))
        .count()
        .get_result(conn)?;
    if already == 0 {
        diesel::insert_into(room_reports::table)
            .values((
                room_reports::message_id.eq(id),
                room_reports::reporter_user_id.eq(reporter),
                room_reports::reason.eq(why),
                room_reports::at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The venue's open reports: (message id, reason).
pub(crate) fn open_reports(conn: &mut Db, venue: Venue) -> Result<Vec<(i64, String)>, DbError> {
    // Joined rather than narrowed by `reports_of`: SQLite would gather the venue's message
    // ids into a temporary table on every view of the page.
    let open = room_reports::table
        .inner_join(room_messages::table)
        .filter(room_reports::handled_at.is_null())
        .order(room_reports::id)
        .select((room_reports::message_id, room_reports::reason));
    Ok(crate::natively!(conn, |c| match venue {
        Venue::Mediation(id) => open.filter(room_messages::mediation_id.eq(id)).load(c)?,
        Venue::Dialogue(id) => open.filter(room_messages::dialogue_id.eq(id)).load(c)?,
    }))
}

/// Silences the author of a message for `minutes` in this venue.
fn mute(
    conn: &mut Db,
    venue: Venue,
    id: i64,
    minutes: i64,
    now: NaiveDateTime,
) -> Result<(), Error> {
    if !(1..=MUTE_MAX_MINUTES).contains(&minutes) {
        return Err(Error::invalid("minutes", "range"));
    }
    let user = message(conn, venue, id)?
        .author_user_id
        .ok_or(Error::NotFound)?;
    let until = now + Duration::minutes(minutes);
    let earlier: Option<i64> = mutes_of(venue)
        .filter(room_mutes::user_id.eq(user))
        .select(room_mutes::id)
        .first(conn)
        .optional()?;
    match earlier {
        Some(id) => diesel::update(room_mutes::table.find(id))
            .set(room_mutes::until.eq(until))
            .execute(conn)?,
        None => diesel::insert_into(room_mutes::table)
            .values((
                room_mutes::mediation_id.eq(venue.mediation()),
                room_mutes::dialogue_id.eq(venue.dialogue()),
                room_mutes::user_id.eq(user),
                room_mutes::until.eq(until),
            ))
            .execute(conn)?,
    };
    Ok(())
}

/// A step keeping order in a discussion. Each is taken with a reason everyone reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Hide a message.
    Hide { message: i64 },
    /// Silence a message's author for a while.
    Mute { message: i64, minutes: i64 },
    /// Lock (`true`) or reopen the venue: only those keeping order write while it is locked.
    Lock(bool),
    /// Let a participant write once per this many seconds (0: off).
    SlowMode(i32),
}

crate::names::string_enum!(
    /// A step of keeping order, as the public moderation log names it: the host's orders,
    /// and a report dismissed.
    Keeping {
        Hide = "hide",
        Mute = "mute",
        Lock = "lock",
        Unlock = "unlock",
        SlowMode = "slow_mode",
        Dismiss = "dismiss",
    }
);

impl Order {
    /// The step's name in the public log.
    fn action(self) -> Keeping {
        match self {
            Order::Hide { .. } => Keeping::Hide,
            Order::Mute { .. } => Keeping::Mute,
            Order::Lock(true) => Keeping::Lock,
            Order::Lock(false) => Keeping::Unlock,
            Order::SlowMode(_) => Keeping::SlowMode,
        }
    }

    /// The message the step concerns, if any.
    pub fn message(self) -> Option<i64> {
        match self {
            Order::Hide { message } | Order::Mute { message, .. } => Some(message),
            Order::Lock(_) | Order::SlowMode(_) => None,
        }
    }
}

/// Takes a step keeping order, by someone the host let keep it (`role`), with its line in
/// the venue's public log. Runs inside the host's transaction.
pub(crate) fn keep_order(
    conn: &mut Db,
    venue: Venue,
    role: &str,
    order: Order,
    why: &str,
    now: NaiveDateTime,
) -> Result<(), Error> {
    let why = reason(why)?;
    match order {
        Order::Hide { message } => hide(conn, venue, message, &why, now)?,
        Order::Mute { message, minutes } => mute(conn, venue, message, minutes, now)?,
        Order::Lock(locked) => set_rules(conn, venue, Some(locked), None)?,
        Order::SlowMode(seconds) => set_rules(conn, venue, None, Some(slow_mode(seconds)?))?,
    }
    Ok(log(
        conn,
        venue,
        role,
        order.action(),
        order.message(),
        &why,
        now,
    )?)
}

/// Sets what the venue's host keeps of its discussion's rules: whether it is locked, and its
/// slow mode (`None`: unchanged).
fn set_rules(
    conn: &mut Db,
    venue: Venue,
    locked: Option<bool>,
    slow_mode_secs: Option<i32>,
) -> Result<(), DbError> {
    match venue {
        Venue::Mediation(id) => diesel::update(mediations::table.find(id))
            .set((
                locked.map(|l| mediations::room_locked.eq(l)),
                slow_mode_secs.map(|s| mediations::slow_mode_secs.eq(s)),
            ))
            .execute(conn)?,
        Venue::Dialogue(id) => diesel::update(dialogues::table.find(id))
            .set((
                locked.map(|l| dialogues::room_locked.eq(l)),
                slow_mode_secs.map(|s| dialogues::slow_mode_secs.eq(s)),
            ))
            .execute(conn)?,
    };
    Ok(())
}

/// The slow mode a venue allows: at most an hour between two messages.
fn slow_mode(seconds: i32) -> Result<i32, Error> {
    if (0..=3600).contains(&seconds) {
        Ok(seconds)
    } else {
        Err(Error::invalid("seconds", "range"))
    }
}

/// The venue's messages this reader has reported.
fn reported_by(conn: &mut Db, venue: Venue, reader: i64) -> Result<HashSet<i64>, DbError> {
    let theirs = room_reports::reporter_user_id.eq(reader);
    let ids: Vec<i64> = crate::natively!(conn, |c| match venue {
        Venue::Mediation(id) => room_reports::table
            .inner_join(room_messages::table)
            .filter(room_messages::mediation_id.eq(id))
            .filter(theirs)
            .select(room_reports::message_id)
            .load(c)?,
        Venue::Dialogue(id) => room_reports::table
            .inner_join(room_messages::table)
            .filter(room_messages::dialogue_id.eq(id))
            .filter(theirs)
            .select(room_reports::message_id)
            .load(c)?,
    });
    Ok(ids.into_iter().collect())
}

/// The thread for a reader, oldest first. `named` says, by the author's role, whether the
/// venue shows their name.
pub fn messages(
    conn: &mut Db,
    venue: Venue,
    named: impl Fn(&str) -> bool,
    reader: Option<i64>,
    now: NaiveDateTime,
) -> Result<Vec<MessageView>, DbError> {
    let rows = kept::rows(conn, venue, |c| thread(c, venue))?;
    let names = author_names(conn, venue)?;
    let reported: HashSet<i64> = match reader {
        Some(reader) => reported_by(conn, venue, reader)?,
        None => HashSet::new(),
    };
    Ok(rows
        .iter()
        .map(|r| {
            let mine = reader.is_some() && r.author_user_id == reader;
            let author_name = r
                .author_user_id
                .and_then(|id| names.get(&id).cloned())
                .filter(|_| named(&r.author_role));
            MessageView {
                id: r.id,
                parent_id: r.parent_id,
                author_name,
                mine,
                reported: reported.contains(&r.id),
                editable: mine && r.body.is_some() && within_edit_window(r.created_at, now),
                at: r.at.clone(),
                edited: r.edited,
                author_role: r.author_role.clone(),
                lang: r.lang.clone(),
                body: r.body.clone(),
                hidden_reason: r.hidden_reason.clone(),
            }
        })
        .collect())
}

/// The venue's messages in the order they were written (read when not kept, see `kept`).
fn thread(conn: &mut Db, venue: Venue) -> Result<Vec<Message>, DbError> {
    // Not boxed, and on the backend's own connection: every reader of a thread reads this.
    let rows: Vec<Row> = crate::natively!(conn, |c| match venue {
        Venue::Mediation(id) => room_messages::table
            .filter(room_messages::mediation_id.eq(id))
            .order(room_messages::id)
            .select(Row::as_select())
            .load(c)?,
        Venue::Dialogue(id) => room_messages::table
            .filter(room_messages::dialogue_id.eq(id))
            .order(room_messages::id)
            .select(Row::as_select())
            .load(c)?,
    });
    Ok(rows.into_iter().map(Message::from).collect())
}

/// The names of those who wrote in the venue, read on every view rather than kept with the
/// thread: a name changed in a profile shows at once.
fn author_names(conn: &mut Db, venue: Venue) -> Result<HashMap<i64, Arc<str>>, DbError> {
    let authors = room_messages::table
        .inner_join(users::table.on(room_messages::author_user_id.eq(users::id.nullable())));
    let names: Vec<(i64, String)> = crate::natively!(conn, |c| match venue {
        Venue::Mediation(id) => authors
            .filter(room_messages::mediation_id.eq(id))
            .select((users::id, users::display_name))
            .distinct()
            .load(c)?,
        Venue::Dialogue(id) => authors
            .filter(room_messages::dialogue_id.eq(id))
            .select((users::id, users::display_name))
            .distinct()
            .load(c)?,
    });
    Ok(names
        .into_iter()
        .map(|(id, name)| (id, name.into()))
        .collect())
}

/// A line of a venue's public moderation log: when, by which seat (never by whom), what,
/// and why.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = room_moderation_log)]
pub struct LogEntry {
    pub at: NaiveDateTime,
    pub actor_role: String,
    pub action: Keeping,
    pub reason: String,
}

pub fn moderation_log(conn: &mut Db, venue: Venue) -> Result<Vec<LogEntry>, DbError> {
    let log = room_moderation_log::table
        .order(room_moderation_log::id)
        .select(LogEntry::as_select());
    Ok(match venue {
        Venue::Mediation(id) => log
            .filter(room_moderation_log::mediation_id.eq(id))
            .load(conn)?,
        Venue::Dialogue(id) => log
            .filter(room_moderation_log::dialogue_id.eq(id))
            .load(conn)?,
    })
}
