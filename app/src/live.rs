//! Tells a room's watchers that something changed, in this process (one channel per room).
//! Several nodes would relay through PostgreSQL LISTEN/NOTIFY; not built yet.

use std::collections::HashMap;
use std::sync::Mutex;

use tokio::sync::broadcast;

#[derive(Default)]
pub struct RoomHub {
    rooms: Mutex<HashMap<i64, broadcast::Sender<()>>>,
}

impl RoomHub {
    /// Wakes every watcher of `room`.
    pub fn publish(&self, room: i64) {
        let rooms = self.rooms.lock().expect("room hub lock");
        if let Some(tx) = rooms.get(&room) {
            // No receiver left is fine: nobody is watching.
            let _ = tx.send(());
        }
    }

    pub fn subscribe(&self, room: i64) -> broadcast::Receiver<()> {
        let mut rooms = self.rooms.lock().expect("room hub lock");
        rooms.retain(|_, tx| tx.receiver_count() > 0);
        rooms
            .entry(room)
            .or_insert_with(|| broadcast::channel(16).0)
            .subscribe()
    }
}
