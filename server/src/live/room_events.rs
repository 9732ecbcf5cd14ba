//! Server-sent events for a room (participants and allowed observers only) and for a public
//! dialogue's discussion (whoever may read the dialogue): an event `changed` whenever someone
//! writes or moderates, with a comment every 20 s so that proxies keep the stream open.

use std::time::Duration;

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::{stream, StreamExt as _};
use kenes_app::auth::actor_of;
use kenes_app::state::AppState;
use kenes_core::actor::Actor;
use kenes_core::db::interact;
use kenes_core::discussion::Venue;
use kenes_core::grievances::terms::parse_tracking_code;
use kenes_core::{dialogues, mediation::room};
use tokio::sync::broadcast::error::RecvError;

pub async fn stream(
    req: HttpRequest,
    code: web::Path<String>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let Some(code) = parse_tracking_code(&code) else {
        return HttpResponse::NotFound().finish();
    };
    let user = crate::http::auth::current_user(&req);
    let found = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
        let actor = user.as_ref().map(|u| actor_of(c, u)).transpose()?;
        let Ok(r) = room::open(c, &code) else {
            return Ok(None);
        };
        Ok(room::reader_seat(c, actor.as_ref(), &r)?.map(|_| r.venue()))
    })
    .await;
    match found {
        Ok(Some(venue)) => follow(&state, venue),
        _ => HttpResponse::NotFound().finish(),
    }
}

/// The discussion of a dialogue the reader may see.
pub async fn dialogue(
    req: HttpRequest,
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let id = id.into_inner();
    let user = crate::http::auth::current_user(&req);
    let found = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
        let actor = match &user {
            Some(u) => actor_of(c, u)?,
            None => Actor::default(),
        };
        Ok(dialogues::find_for(c, id, &actor)
            .ok()
            .map(|d| dialogues::discussion::venue(&d)))
    })
    .await;
    match found {
        Ok(Some(venue)) => follow(&state, venue),
        _ => HttpResponse::NotFound().finish(),
    }
}

/// The event stream of one venue.
fn follow(state: &AppState, venue: Venue) -> HttpResponse {
    let rx = state.rooms.subscribe(venue);
    // Counted as open for as long as the stream lives (the client leaving drops it).
    let open = crate::monitoring::OpenStream::opened();
    let events = stream::unfold((rx, open), |(mut rx, open)| async move {
        let chunk = tokio::select! {
            got = rx.recv() => match got {
                Ok(()) | Err(RecvError::Lagged(_)) => "event: changed\ndata: {}\n\n",
                Err(RecvError::Closed) => return None,
            },
            _ = tokio::time::sleep(Duration::from_secs(20)) => ": keep-alive\n\n",
        };
        Some((
            Ok::<_, actix_web::Error>(Bytes::from_static(chunk.as_bytes())),
            (rx, open),
        ))
    });
    // A first comment right away: it sends the headers, so the browser knows the stream is
    // open before anything happens in the room.
    let hello = stream::once(async { Ok(Bytes::from_static(b": connected\n\n")) });
    HttpResponse::Ok()
        .content_type("text/event-stream")
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        // Compression would hold events back until a buffer fills.
        .insert_header((header::CONTENT_ENCODING, "identity"))
        .streaming(hello.chain(events))
}
