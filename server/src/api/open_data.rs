//! Published outcomes as open data: the current search's results as CSV or JSON, and an
//! Atom feed of newly published outcomes (optionally for one region or category). The
//! search page links to each with its own query, so "download what I see" is one click.

use actix_web::http::header::{self, ContentDisposition, DispositionParam, DispositionType};
use actix_web::{web, HttpRequest, HttpResponse};
use atom_syndication::{Entry, Feed, Link, Person, Text};
use chrono::{TimeZone, Utc};
use kenes_app::state::AppState;
use kenes_core::db::interact;
use kenes_core::grievances::queue::{self, Filter};
use kenes_core::grievances::terms::Status;
use kenes_core::outcomes::{self, Listing};
use kenes_search::{OutcomeDoc, Query, MAX_PER_PAGE};
use serde::Serialize;

use crate::http::errors::ApiError;

/// Rows an export holds at most.
pub const EXPORT_MAX: usize = 10_000;

fn query(req: &HttpRequest) -> Query {
    let pairs: Vec<(String, String)> =
        web::Query::<Vec<(String, String)>>::from_query(req.query_string())
            .map(|q| q.into_inner())
            .unwrap_or_default();
    Query::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// Every match of the request's search, up to `EXPORT_MAX`, in the search's order.
async fn matches(req: &HttpRequest, state: &AppState) -> Result<Vec<OutcomeDoc>, ApiError> {
    let mut q = query(req);
    q.per_page = MAX_PER_PAGE;
    q.page = 0;
    let mut all = Vec::new();
    loop {
        let found = state.search.search(&q).await?;
        let n = found.hits.len();
        all.extend(found.hits);
        if n < q.per_page || all.len() >= EXPORT_MAX.min(found.total) {
            break;
        }
        q.page += 1;
    }
    all.truncate(EXPORT_MAX);
    Ok(all)
}

#[derive(Serialize)]
struct Row<'a> {
    id: i64,
    url: String,
    title: &'a str,
    summary: &'a str,
    result: &'a str,
    region_kato: &'a str,
    level: &'a str,
    category: &'a str,
    mediated: bool,
    filed: String,
    closed: String,
    days: i64,
    lang: &'a str,
}

fn row<'a>(base: &str, d: &'a OutcomeDoc) -> Row<'a> {
    Row {
        id: d.id,
        url: format!("{base}/outcomes/{}", d.id),
        title: &d.title,
        summary: &d.summary,
        result: &d.result,
        region_kato: &d.region,
        level: &d.level,
        category: &d.category,
        mediated: d.mediated,
        filed: d.filed.to_string(),
        closed: d.closed.to_string(),
        days: (d.closed - d.filed).num_days(),
        lang: &d.lang,
    }
}

fn attachment(name: &str) -> ContentDisposition {
    ContentDisposition {
        disposition: DispositionType::Attachment,
        parameters: vec![DispositionParam::Filename(name.to_owned())],
    }
}

/// A CSV download named `name`: the header (when given), then a line a row. UTF-8 with a
/// byte-order mark: without it, spreadsheet software reads Cyrillic and Kazakh letters as
/// Latin-1 gibberish.
fn csv_file<R: Serialize>(
    name: &str,
    header: Option<Vec<String>>,
    rows: impl IntoIterator<Item = R>,
) -> Result<HttpResponse, ApiError> {
    let mut out = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    if let Some(header) = header {
        out.write_record(&header)?;
    }
    for row in rows {
        out.serialize(row)?;
    }
    let body = out
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header(attachment(name))
        .body(body))
}

pub async fn csv(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let docs = matches(&req, &state).await?;
    let base = state.site.base();
    // A header even when nothing matched, so that the file is still self-describing.
    let header = docs.is_empty().then(|| {
        [
            "id",
            "url",
            "title",
            "summary",
            "result",
            "region_kato",
            "level",
            "category",
            "mediated",
            "filed",
            "closed",
            "days",
            "lang",
        ]
        .map(String::from)
        .to_vec()
    });
    csv_file(
        "kenes-outcomes.csv",
        header,
        docs.iter().map(|d| row(base, d)),
    )
}

pub async fn json(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let docs = matches(&req, &state).await?;
    let base = state.site.base();
    let rows: Vec<Row<'_>> = docs.iter().map(|d| row(base, d)).collect();
    Ok(HttpResponse::Ok()
        .insert_header(attachment("kenes-outcomes.json"))
        .json(serde_json::json!({ "outcomes": rows })))
}

/// Entries in the feed.
const FEED_SIZE: i64 = 50;

/// One entry of a feed.
struct FeedEntry {
    url: String,
    title: String,
    summary: String,
    published: chrono::NaiveDateTime,
    updated: chrono::NaiveDateTime,
}

/// An Atom feed titled `title` of `entries` (newest first), identified by the request's own
/// address.
fn atom_feed(req: &HttpRequest, base: &str, title: &str, entries: Vec<FeedEntry>) -> HttpResponse {
    let at = |t: chrono::NaiveDateTime| Utc.from_utc_datetime(&t).fixed_offset();
    let updated = entries
        .iter()
        .map(|e| e.updated)
        .max()
        .map(at)
        .unwrap_or_else(|| Utc::now().fixed_offset());
    let entries: Vec<Entry> = entries
        .into_iter()
        .map(|f| {
            let mut e = Entry::default();
            e.set_id(f.url.clone());
            e.set_title(Text::plain(f.title));
            e.set_updated(at(f.updated));
            e.set_published(Some(at(f.published)));
            e.set_summary(Some(Text::plain(
                f.summary.chars().take(500).collect::<String>(),
            )));
            let mut link = Link::default();
            link.set_href(f.url);
            e.set_links(vec![link]);
            e
        })
        .collect();
    let self_url = format!("{base}{}", req.uri());
    let mut feed = Feed::default();
    feed.set_id(self_url.clone());
    feed.set_title(Text::plain(title));
    feed.set_updated(updated);
    let mut author = Person::default();
    author.set_name("Kenes");
    feed.set_authors(vec![author]);
    let mut link = Link::default();
    link.set_href(self_url);
    link.set_rel("self");
    feed.set_links(vec![link]);
    feed.set_entries(entries);
    HttpResponse::Ok()
        .insert_header((header::CONTENT_TYPE, "application/atom+xml; charset=utf-8"))
        .body(feed.to_string())
}

pub async fn atom(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let q = query(&req);
    let which = Listing {
        region: q.filters.get(&kenes_search::Facet::Region).cloned(),
        category: q.filters.get(&kenes_search::Facet::Category).cloned(),
    };
    let list = interact(&state.pool, move |c| {
        outcomes::published(c, &which, FEED_SIZE, 0)
    })
    .await?;
    let base = state.site.base();
    let entries = list
        .into_iter()
        .map(|o| FeedEntry {
            url: format!("{base}/outcomes/{}", o.id),
            title: o.title,
            summary: o.summary,
            published: o.published_at,
            updated: o.updated_at,
        })
        .collect();
    Ok(atom_feed(&req, base, "Kenes: published outcomes", entries))
}

/// The accountability rows: by region, or by body with `?region=NN`.
pub(crate) async fn accountability_rows(
    req: &HttpRequest,
    state: &AppState,
) -> Result<Vec<kenes_core::oversight::accountability::Row>, ApiError> {
    let region =
        web::Query::<std::collections::HashMap<String, String>>::from_query(req.query_string())
            .ok()
            .and_then(|q| q.get("region").cloned());
    // Given empty is as wrong as given badly.
    if let Some(r) = &region {
        if !(r.len() == 2 && r.bytes().all(|b| b.is_ascii_digit())) {
            return Err(ApiError::InvalidParameter(
                "region must be a two-digit KATO code".into(),
            ));
        }
    }
    let rows = interact(&state.pool, move |c| match &region {
        Some(r) => kenes_core::oversight::accountability::by_body(c, r),
        None => kenes_core::oversight::accountability::by_region(c),
    })
    .await?;
    Ok(rows)
}

/// The accountability table as CSV: by region, or by body with `?region=NN`.
pub async fn accountability_csv(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let rows = accountability_rows(&req, &state).await?;
    csv_file("kenes-accountability.csv", None, rows)
}

/// A public dialogue's statements and votes, of everyone and of each group of the map.
async fn dialogue_rows(
    id: i64,
    state: &AppState,
) -> Result<Vec<kenes_core::dialogues::map::OpenRow>, ApiError> {
    super::find(&state.pool, "dialogue", move |c| {
        kenes_core::dialogues::map::open_data(c, id, Utc::now().naive_utc())
    })
    .await
}

/// The statements and votes as CSV: one line a statement; the groups' columns follow the
/// totals (`group_a_agree`, …).
pub async fn dialogue_csv(
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let rows = dialogue_rows(id, &state).await?;
    let groups = rows.first().map_or(0, |r| r.groups.len());
    let mut header: Vec<String> = ["statement", "text", "lang", "agree", "disagree", "pass"]
        .map(String::from)
        .to_vec();
    for g in 0..groups {
        let name = (b'a' + g as u8) as char;
        header.extend(["agree", "disagree", "pass"].map(|v| format!("group_{name}_{v}")));
    }
    let records = rows.into_iter().map(|r| {
        let mut record = vec![r.statement.to_string(), r.text, r.lang];
        for t in std::iter::once(&r.votes).chain(&r.groups) {
            record.extend([t.agree, t.disagree, t.pass].map(|n| n.to_string()));
        }
        record
    });
    csv_file(&format!("kenes-dialogue-{id}.csv"), Some(header), records)
}

pub async fn dialogue_json(
    id: web::Path<i64>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let id = id.into_inner();
    let rows = dialogue_rows(id, &state).await?;
    Ok(HttpResponse::Ok()
        .insert_header(attachment(&format!("kenes-dialogue-{id}.json")))
        .json(serde_json::json!({ "dialogue": id, "statements": rows })))
}

/// The public list's filters (`status`, `category`, `region`) from the request, checked:
/// a value that could not select anything is an error, not an empty file.
fn grievance_filter(req: &HttpRequest) -> Result<Filter, ApiError> {
    let q = web::Query::<std::collections::HashMap<String, String>>::from_query(req.query_string())
        .map_err(|_| ApiError::InvalidParameter("the query could not be read".into()))?;
    let given = |name: &str| q.get(name).cloned().unwrap_or_default();
    let f = Filter {
        status: given("status"),
        category: given("category"),
        kato: given("region"),
        page: 1,
    };
    if !f.status.is_empty() && Status::parse(&f.status).is_none() {
        return Err(ApiError::InvalidParameter(format!(
            "status must be one of: {}",
            Status::ALL
                .iter()
                .map(|s| s.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    }
    if !f.kato.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ApiError::InvalidParameter(
            "region must be a KATO code (digits)".into(),
        ));
    }
    Ok(f)
}

/// A public grievance as open data: what its public page shows, never its author.
#[derive(Serialize)]
struct GrievanceRow {
    code: String,
    url: String,
    kind: &'static str,
    title: String,
    text: String,
    lang: &'static str,
    category: String,
    category_name: String,
    place_kato: String,
    place_name: String,
    status: &'static str,
    level: &'static str,
    body: Option<String>,
    filed: String,
    due: String,
    answered: Option<String>,
    supporters: i64,
}

/// The public grievances the request's filters select, newest first (at most
/// `EXPORT_MAX`), with names in the request's language.
async fn grievance_rows(
    req: &HttpRequest,
    state: &AppState,
) -> Result<Vec<GrievanceRow>, ApiError> {
    let f = grievance_filter(req)?;
    let lang = crate::http::locale::from_request(req).code();
    let base = state.site.base().to_owned();
    let found = interact(&state.pool, move |c| {
        queue::public_newest(c, &f, EXPORT_MAX as i64)
    })
    .await?;
    Ok(found
        .into_iter()
        .map(|((g, category, place), supporters)| GrievanceRow {
            url: format!("{base}/g/{}", g.tracking_code),
            code: g.tracking_code,
            kind: g.appeal_kind.as_str(),
            title: g.title,
            text: g.body,
            lang: g.lang.code(),
            category_name: category.name(lang).to_owned(),
            category: category.code,
            place_name: place.name(lang).to_owned(),
            place_kato: place.kato,
            status: g.status.as_str(),
            level: g.level_code.as_str(),
            body: g.body_code,
            filed: kenes_core::clock::day_of(g.submitted_at).to_string(),
            due: g.due_on.to_string(),
            answered: g
                .answered_at
                .map(|at| kenes_core::clock::day_of(at).to_string()),
            supporters,
        })
        .collect())
}

/// The public grievances as CSV, with the public list's filters.
pub async fn grievances_csv(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let rows = grievance_rows(&req, &state).await?;
    // A header even when nothing matched, so that the file is still self-describing.
    let header = rows.is_empty().then(|| {
        [
            "code",
            "url",
            "kind",
            "title",
            "text",
            "lang",
            "category",
            "category_name",
            "place_kato",
            "place_name",
            "status",
            "level",
            "body",
            "filed",
            "due",
            "answered",
            "supporters",
        ]
        .map(String::from)
        .to_vec()
    });
    csv_file("kenes-grievances.csv", header, rows)
}

/// The public grievances as JSON, with the public list's filters.
pub async fn grievances_json(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let rows = grievance_rows(&req, &state).await?;
    Ok(HttpResponse::Ok()
        .insert_header(attachment("kenes-grievances.json"))
        .json(serde_json::json!({ "grievances": rows })))
}

/// New public grievances as an Atom feed, with the public list's filters.
pub async fn grievances_atom(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let f = grievance_filter(&req)?;
    let found = interact(&state.pool, move |c| queue::public_newest(c, &f, FEED_SIZE)).await?;
    let base = state.site.base();
    let entries = found
        .into_iter()
        .map(|((g, _, _), _)| FeedEntry {
            url: format!("{base}/g/{}", g.tracking_code),
            title: g.title,
            summary: g.body,
            published: g.submitted_at,
            updated: g.updated_at,
        })
        .collect();
    Ok(atom_feed(&req, base, "Kenes: public grievances", entries))
}
