//! Pages drawn whole into one buffer and sent as it is.
//!
//! Every page renders asynchronously (it is complete before its first byte, see the route
//! table), so streaming buys nothing. Leptos's own handler collects the page's stream into a
//! growing string, joins it again, copies it once more to put the `<title>` in and hands it
//! to actix as a stream: four copies of a 50 KB room page per request. Here the page is drawn
//! into a buffer sized from the route's last page, only the `<head>` is copied to take the
//! title, and the rest goes out as a slice of the same buffer, with its length known.

use actix_web::body::SizedStream;
use actix_web::http::header::{self, HeaderValue};
use actix_web::http::StatusCode;
use actix_web::web::Bytes;
use actix_web::{web, HttpRequest, HttpResponse, Route};
use futures_util::{stream, StreamExt};
use hydration_context::{SharedContext, SsrSharedContext};
use kenes_app::i18n::{self, Locale};
use leptos::nonce::use_nonce;
use leptos::prelude::*;
use leptos::reactive::owner::{Owner, Sandboxed};
use leptos_actix::{redirect, Request, ResponseOptions};
use leptos_meta::{ServerMetaContext, ServerMetaContextOutput};
use leptos_router::location::RequestUrl;
use leptos_router::Method;
use std::convert::Infallible;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// The smallest buffer a page starts with: most pages here are 10 to 60 KB.
const MIN_BUFFER: usize = 16 * 1024;

/// A route that renders `app` for `method` with `context` provided.
pub fn page<IV>(
    context: impl Fn() + Clone + Send + 'static,
    app: impl Fn() -> IV + Clone + Send + 'static,
    method: Method,
) -> Route
where
    IV: IntoView + 'static,
{
    let last_size = Arc::new(AtomicUsize::new(MIN_BUFFER));
    let handler = move |req: HttpRequest| {
        let (context, app, last_size) = (context.clone(), app.clone(), last_size.clone());
        async move {
            let capacity = last_size.load(Ordering::Relaxed).max(MIN_BUFFER);
            let rendered = render(&req, context, app, method, capacity).await;
            last_size.store(rendered.size + rendered.size / 8, Ordering::Relaxed);
            rendered.response
        }
    };
    // Pages answer GET, and form pages POST; no page takes another method.
    match method {
        Method::Post => web::post().to(handler),
        Method::Get => web::get().to(handler),
        other => unreachable!("no page answers {other:?}"),
    }
}

struct Rendered {
    response: HttpResponse,
    size: usize,
}

async fn render<IV: IntoView + 'static>(
    req: &HttpRequest,
    context: impl Fn() + Send + 'static,
    app: impl FnOnce() -> IV + Send + 'static,
    method: Method,
    capacity: usize,
) -> Rendered {
    let options = ResponseOptions::default();
    let (meta, meta_output) = ServerMetaContext::new();
    let shared = Arc::new(SsrSharedContext::new()) as Arc<dyn SharedContext + Send + Sync>;
    let owner = Owner::new_root(Some(shared.clone()));
    let drawing = owner.with(|| {
        provide_contexts(req, meta, options.clone(), method);
        context();
        let locale = use_context::<Locale>().unwrap_or_default();
        let view = i18n::building_in(locale, app);
        Sandboxed::new(i18n::drawing_in(locale, draw(view, shared, capacity)))
    });
    let page = drawing.await;
    let size = page.len();
    let response = respond(page, meta_output, &options).await;
    owner.unset_with_forced_cleanup();
    Rendered { response, size }
}

/// What Leptos's integration provides to a page, plus the method the page answers.
fn provide_contexts(
    req: &HttpRequest,
    meta: ServerMetaContext,
    options: ResponseOptions,
    method: Method,
) {
    let url = match req.query_string() {
        "" => format!("http://leptos{}", req.path()),
        query => format!("http://leptos{}?{query}", req.path()),
    };
    provide_context(RequestUrl::new(&url));
    provide_context(meta);
    provide_context(options);
    provide_context(Request::new(req));
    leptos_router::components::provide_server_redirect(redirect);
    leptos::nonce::provide_nonce();
    provide_context(method);
}

/// The page, then the data its islands' resources left to send, in one buffer.
async fn draw(
    view: impl IntoView,
    shared: Arc<dyn SharedContext + Send + Sync>,
    capacity: usize,
) -> String {
    let mut page = String::with_capacity(capacity);
    let mut html = view.to_html_stream_in_order();
    while let Some(chunk) = html.next().await {
        page.push_str(&chunk);
    }
    settle(&shared).await;
    if let Some(mut pending) = shared.pending_data() {
        let nonce = use_nonce()
            .map(|n| format!(" nonce=\"{n}\""))
            .unwrap_or_default();
        while let Some(data) = pending.next().await {
            page.push_str(&format!("<script{nonce}>{data}</script>"));
        }
        settle(&shared).await;
    }
    page
}

async fn settle(shared: &Arc<dyn SharedContext + Send + Sync>) {
    while let Some(pending) = shared.await_deferred() {
        pending.await;
    }
}

/// The page with its `<title>` and meta tags put into the head, and the status and headers
/// the page set.
async fn respond(
    page: String,
    meta: ServerMetaContextOutput,
    options: &ResponseOptions,
) -> HttpResponse {
    // The shell always has a head; leptos_meta would panic on a page without one.
    let head_end = page.find("</head>").map_or(0, |at| at + "</head>".len());
    let head = match head_end {
        0 => String::new(),
        _ => {
            let head = page[..head_end].to_owned();
            let with_title = meta.inject_meta_context(stream::iter([head])).await;
            std::pin::pin!(with_title).next().await.unwrap_or_default()
        }
    };
    let page = Bytes::from(page);
    let rest = page.slice(head_end..);
    let length = (head.len() + rest.len()) as u64;
    let chunks = stream::iter([Bytes::from(head), rest].map(Ok::<_, Infallible>));

    let mut response = HttpResponse::Ok().body(SizedStream::new(length, chunks));
    let mut options = options
        .0
        .write()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let headers = response.headers_mut();
    for (key, value) in std::mem::take(&mut options.headers) {
        headers.append(key, value);
    }
    if !headers.contains_key(header::CONTENT_TYPE) {
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
    }
    *response.status_mut() = options.status.unwrap_or(StatusCode::OK);
    response
}
