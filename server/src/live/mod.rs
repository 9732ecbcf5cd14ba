//! The live stream of a room: server-sent events to the browser (`room_events`) and the relay that carries room changes between server processes over the database.

pub mod room_events;
pub mod room_relay;
