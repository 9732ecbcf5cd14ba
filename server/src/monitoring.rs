//! What an operator watches, in Prometheus' text format: request rates and latencies by
//! route, the database pool, the mail and search outboxes, open live streams, filings,
//! escalations and alerts. Served at `/metrics` on its own address (`KENES_METRICS_BIND`),
//! never on the public one.
//!
//! Counters and histograms are recorded where things happen (`metrics::counter!` in the
//! middleware and the workers); the backlog figures are read from the database when scraped.

use std::net::TcpListener;
use std::sync::OnceLock;
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse};
use chrono::{NaiveDateTime, Utc};
use diesel::dsl::{count_star, min};
use diesel::prelude::*;
use kenes_core::db::{interact, Db};
use kenes_core::schema::{mail_outbox, search_outbox};
use kenes_core::{DbError, Pool};
use metrics::{counter, gauge, histogram};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

/// Latency buckets (seconds): a phone page should be well under a quarter of a second.
const BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// The process-wide recorder, installed when the metrics address is served. Every server in
/// the process (tests start many) records into it.
pub fn handle() -> &'static PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let recorder = PrometheusBuilder::new()
            .set_buckets(&BUCKETS)
            .expect("non-empty buckets")
            .build_recorder();
        let handle = recorder.handle();
        if metrics::set_global_recorder(recorder).is_err() {
            tracing::warn!("a metrics recorder was installed before; /metrics shows only its own");
        }
        handle
    })
}

/// Counts every request by method, route pattern and status, and times it.
pub async fn record_requests(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let method = req.method().to_string();
    let res = next.call(req).await?;
    // The pattern, not the path: `/g/{code}`, so that every grievance is one series.
    let route = res
        .request()
        .match_pattern()
        .unwrap_or_else(|| "unmatched".to_owned());
    let status = res.status().as_u16().to_string();
    counter!("kenes_http_requests_total", "method" => method.clone(), "route" => route.clone(), "status" => status)
        .increment(1);
    histogram!("kenes_http_request_duration_seconds", "method" => method, "route" => route)
        .record(started.elapsed().as_secs_f64());
    Ok(res)
}

/// A live stream held open: counted while it lives.
pub struct OpenStream;

impl OpenStream {
    pub fn opened() -> Self {
        gauge!("kenes_event_streams_open").increment(1.0);
        OpenStream
    }
}

impl Drop for OpenStream {
    fn drop(&mut self) {
        gauge!("kenes_event_streams_open").decrement(1.0);
    }
}

/// What waits in the database: unsent mail, unindexed outcomes, and how old the oldest is.
struct Backlog {
    mails: i64,
    oldest_mail: Option<NaiveDateTime>,
    index: i64,
    oldest_index: Option<NaiveDateTime>,
    filed: i64,
}

fn backlog(c: &mut Db) -> Result<Backlog, DbError> {
    let (mails, oldest_mail) = mail_outbox::table
        .filter(mail_outbox::sent_at.is_null())
        .select((count_star(), min(mail_outbox::created_at)))
        .first(c)?;
    let (index, oldest_index) = search_outbox::table
        .filter(search_outbox::done_at.is_null())
        .select((count_star(), min(search_outbox::created_at)))
        .first(c)?;
    let filed = kenes_core::grievances::read::portal_counts(c)?.total;
    Ok(Backlog {
        mails,
        oldest_mail,
        index,
        oldest_index,
        filed,
    })
}

fn age_seconds(since: Option<NaiveDateTime>) -> f64 {
    since.map_or(0.0, |t| {
        (Utc::now().naive_utc() - t).num_milliseconds().max(0) as f64 / 1000.0
    })
}

async fn scrape(pool: web::Data<Pool>) -> HttpResponse {
    let state = pool.state();
    gauge!("kenes_db_connections").set(state.connections as f64);
    gauge!("kenes_db_connections_in_use")
        .set(state.connections.saturating_sub(state.idle_connections) as f64);
    gauge!("kenes_db_waiting").set(kenes_core::db::waiting() as f64);
    match interact(&pool, backlog).await {
        Ok(b) => {
            gauge!("kenes_mail_outbox_unsent").set(b.mails as f64);
            gauge!("kenes_mail_outbox_oldest_seconds").set(age_seconds(b.oldest_mail));
            gauge!("kenes_search_outbox_waiting").set(b.index as f64);
            gauge!("kenes_search_outbox_oldest_seconds").set(age_seconds(b.oldest_index));
            counter!("kenes_grievances_filed_total").absolute(b.filed.max(0) as u64);
            gauge!("kenes_metrics_database_up").set(1.0);
        }
        Err(e) => {
            tracing::warn!(error = %e, "metrics: the database did not answer");
            gauge!("kenes_metrics_database_up").set(0.0);
        }
    }
    HttpResponse::Ok()
        .content_type("text/plain; version=0.0.4; charset=utf-8")
        .body(handle().render())
}

/// The operator's address: `GET /metrics` and nothing else.
pub fn serve(listener: TcpListener, pool: Pool) -> std::io::Result<Server> {
    handle();
    let pool = web::Data::new(pool);
    Ok(actix_web::HttpServer::new(move || {
        actix_web::App::new()
            .app_data(pool.clone())
            .route("/metrics", web::get().to(scrape))
    })
    .workers(1)
    .listen(listener)?
    .run())
}
