//! Tells the watchers of a room or a dialogue's discussion that something changed (one
//! channel per venue). On one node
//! (SQLite) the change is published in this process; on PostgreSQL every node LISTENs and
//! the change goes out as a NOTIFY, so a watcher on any node hears a message written on
//! any other (the server's `room_relay`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use kenes_core::discussion::Venue;
use tokio::sync::broadcast;

#[derive(Default)]
pub struct RoomHub {
    rooms: Mutex<HashMap<Venue, broadcast::Sender<()>>>,
    /// Changes arrive through PostgreSQL NOTIFY (this node included).
    relayed: AtomicBool,
}

impl RoomHub {
    /// A committed change to `room`, told once to every watcher on every node: by NOTIFY
    /// through the database, which the relay publishes on each node, or here at once when
    /// changes do not come back that way (SQLite, or no relay).
    pub fn announce(
        &self,
        conn: &mut kenes_core::Db,
        room: Venue,
    ) -> Result<(), kenes_core::DbError> {
        kenes_core::discussion::announce(conn, room)?;
        if !self.relayed.load(Ordering::Acquire) {
            self.publish(room);
        }
        Ok(())
    }

    /// From now on changes reach this node through the database (see `announce`).
    pub fn set_relayed(&self, relayed: bool) {
        self.relayed.store(relayed, Ordering::Release);
    }

    /// Wakes every watcher of `room`.
    pub fn publish(&self, room: Venue) {
        let rooms = self.rooms.lock().expect("room hub lock");
        if let Some(tx) = rooms.get(&room) {
            // No receiver left is fine: nobody is watching.
            let _ = tx.send(());
        }
    }

    pub fn subscribe(&self, room: Venue) -> broadcast::Receiver<()> {
        let mut rooms = self.rooms.lock().expect("room hub lock");
        rooms.retain(|_, tx| tx.receiver_count() > 0);
        rooms
            .entry(room)
            .or_insert_with(|| broadcast::channel(16).0)
            .subscribe()
    }
}
