//! On PostgreSQL, listens for rooms' change announcements (`kenes_core::discussion::announce`,
//! a NOTIFY) and wakes this node's watchers, so that any node can serve any watcher.
//! Reconnects with a growing pause if the database goes away; meanwhile rooms still work
//! by reloading.

use std::sync::Arc;
use std::time::Duration;

use futures_util::{stream, StreamExt as _};
use kenes_app::live::RoomHub;
use kenes_core::discussion::{Venue, CHANNEL};
use tokio_postgres::{AsyncMessage, NoTls};

pub async fn run(url: String, hub: Arc<RoomHub>) {
    let mut pause = Duration::from_millis(500);
    loop {
        match listen(&url, &hub).await {
            Ok(()) => tracing::warn!("room relay connection closed"),
            Err(e) => tracing::warn!(error = %e, "room relay unavailable"),
        }
        hub.set_relayed(false);
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(Duration::from_secs(30));
    }
}

async fn listen(url: &str, hub: &RoomHub) -> Result<(), tokio_postgres::Error> {
    let (client, mut connection) = tokio_postgres::connect(url, NoTls).await?;
    let mut messages = stream::poll_fn(move |cx| connection.poll_message(cx));
    let statement = format!("LISTEN {CHANNEL}");
    let listening = client.batch_execute(&statement);
    // The connection must be polled for LISTEN to complete.
    tokio::pin!(listening);
    loop {
        tokio::select! {
            done = &mut listening => { done?; break; }
            message = messages.next() => match message {
                Some(Ok(_)) => {}
                Some(Err(e)) => return Err(e),
                None => return Ok(()),
            },
        }
    }
    hub.set_relayed(true);
    while let Some(message) = messages.next().await {
        if let AsyncMessage::Notification(n) = message? {
            if let Some(venue) = Venue::parse_key(n.payload()) {
                hub.publish(venue);
            }
        }
    }
    Ok(())
}
