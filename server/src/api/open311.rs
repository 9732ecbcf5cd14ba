//! Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) at `/open311/v2/`, with
//! discovery at `/open311/discovery.json`. Services are Kenes's categories; requests are
//! public grievances, never their authors. Filing needs an API key (`kenes api-key`) and
//! an e-mail address, to which the filer's secret link goes. Kenes routes by jurisdiction:
//! a place is a KATO code in `address_id`, or named in words in `address_string`
//! (`kenes_core::grievances::places`); a bare point is not placed yet. Names come in English
//! unless `locale=kk` or `locale=ru` is given (an extension). Every document comes as JSON
//! (`.json`) or XML (`.xml`), errors too.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use kenes_app::rate_limit::{Limited, Refused};
use kenes_app::state::AppState;
use kenes_core::db::interact;
use kenes_core::grievances::filing::Filing;
use kenes_core::grievances::points::{self, Point, Unplaced};
use kenes_core::models::{Category, Grievance, Jurisdiction};
use kenes_core::{accounts::api_keys, grievances::open311, grievances::routing, reference};
use kenes_i18n::Locale;
use serde_json::{json, Value};

use crate::api::open311_xml::{self, Shape};

/// An error as the specification shapes it: `[{"code": 400, "description": "…"}]`.
#[derive(Debug)]
pub struct Open311Error {
    status: StatusCode,
    description: String,
    /// Seconds until a refused client may try again (`Retry-After`).
    retry_after: Option<u64>,
}

impl Open311Error {
    fn new(status: StatusCode, description: impl Into<String>) -> Self {
        Self {
            status,
            description: description.into(),
            retry_after: None,
        }
    }

    /// A filing over its API key's or its filer's hourly budget: 429 with `Retry-After`.
    fn refused(refused: Refused, budget: &str) -> Self {
        match refused {
            Refused::Wait(wait) => Self {
                retry_after: Some(wait.as_secs().max(1)),
                ..Self::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    format!("too many requests for this {budget}; try again later"),
                )
            },
            Refused::Db(e) => Self::server(e),
        }
    }

    fn bad(description: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, description)
    }

    fn server(e: impl std::fmt::Display) -> Self {
        tracing::error!(error = %e, "open311");
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "service unavailable; try again later",
        )
    }
}

/// The database failed under an Open311 call: logged once, in `server`.
impl From<kenes_core::DbError> for Open311Error {
    fn from(e: kenes_core::DbError) -> Self {
        Open311Error::server(e)
    }
}

impl std::fmt::Display for Open311Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.description)
    }
}

type Result<T> = std::result::Result<T, Open311Error>;

/// The document format, named by the path's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Xml,
}

/// `roads.xml` → (`roads`, XML); a name without a known extension is JSON.
fn split_format(name: &str) -> (&str, Format) {
    if let Some(base) = name.strip_suffix(".xml") {
        (base, Format::Xml)
    } else {
        (name.strip_suffix(".json").unwrap_or(name), Format::Json)
    }
}

fn format_of(req: &HttpRequest) -> Format {
    split_format(req.path()).1
}

const SERVICES: Shape = Shape {
    root: "services",
    item: "service",
};
const REQUESTS: Shape = Shape {
    root: "service_requests",
    item: "request",
};

/// Renders a document, or the error in the specification's shape
/// (`[{"code": 400, "description": "…"}]`, `<errors><error>…`), in the format asked for.
fn reply(format: Format, shape: Shape, result: Result<(StatusCode, Value)>) -> HttpResponse {
    let retry_after = result.as_ref().err().and_then(|e| e.retry_after);
    let (status, shape, doc) = match result {
        Ok((status, doc)) => (status, shape, doc),
        Err(e) => (
            e.status,
            Shape {
                root: "errors",
                item: "error",
            },
            json!([{ "code": e.status.as_u16(), "description": e.description }]),
        ),
    };
    let mut res = HttpResponse::build(status);
    if let Some(secs) = retry_after {
        res.insert_header((actix_web::http::header::RETRY_AFTER, secs.to_string()));
    }
    match format {
        Format::Json => res.json(doc),
        Format::Xml => res
            .content_type("text/xml; charset=utf-8")
            .body(open311_xml::render(&doc, shape)),
    }
}

/// Query or form parameters; a repeated key keeps its first value.
fn params(raw: &str) -> HashMap<String, String> {
    let pairs: Vec<(String, String)> = web::Query::<Vec<(String, String)>>::from_query(raw)
        .map(|q| q.into_inner())
        .unwrap_or_default();
    let mut out = HashMap::new();
    for (k, v) in pairs {
        out.entry(k).or_insert(v);
    }
    out
}

fn locale(p: &HashMap<String, String>) -> Result<Locale> {
    match p.get("locale").map(String::as_str) {
        None | Some("") => Ok(Locale::En),
        Some(code) => Locale::from_code(code)
            .ok_or_else(|| Open311Error::bad(format!("unknown locale {code:?}: use en, ru or kk"))),
    }
}

fn iso(t: NaiveDateTime) -> String {
    Utc.from_utc_datetime(&t).to_rfc3339()
}

fn service(c: &Category, lang: &str) -> Value {
    json!({
        "service_code": c.code,
        "service_name": c.name(lang),
        "description": c.name(lang),
        "metadata": false,
        "type": "realtime",
        "keywords": "",
        "group": if c.sensitive { "sensitive" } else { "general" },
    })
}

pub async fn discovery(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let base = state.site.base();
    let doc = json!({
        "changeset": "2026-11-25T00:00:00Z",
        "contact": format!("{base}/"),
        "key_service": "Ask the portal's administrators for an API key.",
        "endpoints": [{
            "specification": "http://wiki.open311.org/GeoReport_v2",
            "url": format!("{base}/open311/v2"),
            "changeset": "2026-11-25T00:00:00Z",
            "type": "production",
            "formats": ["application/json", "text/xml"],
        }],
    });
    let shape = Shape {
        root: "discovery",
        item: "",
    };
    reply(format_of(&req), shape, Ok((StatusCode::OK, doc)))
}

async fn categories(state: &AppState) -> Result<Vec<Category>> {
    Ok(interact(&state.pool, reference::categories_in_order).await?)
}

pub async fn services(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let list = async {
        let lang = locale(&params(req.query_string()))?;
        let list: Vec<Value> = categories(&state)
            .await?
            .iter()
            .map(|c| service(c, lang.code()))
            .collect();
        Ok((StatusCode::OK, Value::from(list)))
    };
    reply(format_of(&req), SERVICES, list.await)
}

pub async fn service_definition(
    code: web::Path<String>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let (code, format) = split_format(&code);
    let definition = async {
        if !categories(&state).await?.iter().any(|c| c.code == code) {
            return Err(Open311Error::new(
                StatusCode::NOT_FOUND,
                format!("no service {code:?}"),
            ));
        }
        Ok((
            StatusCode::OK,
            json!({ "service_code": code, "attributes": [] }),
        ))
    };
    let shape = Shape {
        root: "service_definition",
        item: "",
    };
    reply(format, shape, definition.await)
}

fn request(
    (g, c, j): &(Grievance, Category, Jurisdiction),
    body: Option<&str>,
    lang: &str,
) -> Value {
    json!({
        "service_request_id": g.tracking_code,
        "status": open311::status(g),
        "status_notes": g.status,
        "service_name": c.name(lang),
        "service_code": c.code,
        "description": g.body,
        "agency_responsible": body,
        "service_notice": "",
        "requested_datetime": iso(g.submitted_at),
        "updated_datetime": iso(g.updated_at),
        "expected_datetime": iso(g.due_on.and_hms_opt(18, 0, 0).unwrap_or_default()),
        "address": j.name(lang),
        "address_id": j.kato,
        "zipcode": null,
        "lat": g.latitude,
        "long": g.longitude,
        "media_url": null,
    })
}

fn date(p: &HashMap<String, String>, name: &str) -> Result<Option<NaiveDateTime>> {
    match p.get(name).filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => DateTime::parse_from_rfc3339(v)
            .map(|d| Some(d.naive_utc()))
            .map_err(|_| {
                Open311Error::bad(format!(
                    "{name} must be a W3C date-time, like 2026-11-25T10:00:00Z"
                ))
            }),
    }
}

fn list(p: &HashMap<String, String>, name: &str) -> Vec<String> {
    p.get(name)
        .map(|v| {
            v.split(',')
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

async fn with_bodies(
    state: &AppState,
    rows: Vec<(Grievance, Category, Jurisdiction)>,
    lang: &'static str,
) -> Result<Vec<Value>> {
    interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
        let mut out = Vec::with_capacity(rows.len());
        let mut names: HashMap<String, Option<String>> = HashMap::new();
        for row in &rows {
            let body = match &row.0.body_code {
                Some(code) => {
                    if !names.contains_key(code) {
                        let name = routing::body(c, code)?.map(|b| b.name(lang).to_owned());
                        names.insert(code.clone(), name);
                    }
                    names[code].clone()
                }
                None => None,
            };
            out.push(request(row, body.as_deref(), lang));
        }
        Ok(out)
    })
    .await
    .map_err(Open311Error::from)
}

pub async fn requests(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    reply(format_of(&req), REQUESTS, list_requests(&req, &state).await)
}

async fn list_requests(req: &HttpRequest, state: &AppState) -> Result<(StatusCode, Value)> {
    let p = params(req.query_string());
    let lang = locale(&p)?;
    let statuses = list(&p, "status")
        .iter()
        .map(|s| {
            open311::RequestStatus::parse(s)
                .ok_or_else(|| Open311Error::bad(format!("status {s:?}: use open or closed")))
        })
        .collect::<Result<Vec<_>>>()?;
    let filter = open311::Filter {
        ids: list(&p, "service_request_id"),
        services: list(&p, "service_code"),
        start: date(&p, "start_date")?,
        end: date(&p, "end_date")?,
        statuses,
    };
    if let (Some(s), Some(e)) = (filter.start, filter.end) {
        if s > e {
            return Err(Open311Error::bad("start_date is after end_date"));
        }
    }
    let now = Utc::now().naive_utc();
    let rows = interact(&state.pool, move |c| open311::requests(c, &filter, now)).await?;
    Ok((
        StatusCode::OK,
        with_bodies(state, rows, lang.code()).await?.into(),
    ))
}

pub async fn request_by_id(
    req: HttpRequest,
    id: web::Path<String>,
    state: web::Data<AppState>,
) -> HttpResponse {
    let (id, format) = split_format(&id);
    reply(format, REQUESTS, one_request(&req, id, &state).await)
}

async fn one_request(req: &HttpRequest, id: &str, state: &AppState) -> Result<(StatusCode, Value)> {
    let lang = locale(&params(req.query_string()))?;
    let id = id.to_owned();
    let filter = open311::Filter {
        ids: vec![id.clone()],
        ..Default::default()
    };
    let now = Utc::now().naive_utc();
    let rows = interact(&state.pool, move |c| open311::requests(c, &filter, now)).await?;
    if rows.is_empty() {
        return Err(Open311Error::new(
            StatusCode::NOT_FOUND,
            format!("no service request {id:?}"),
        ));
    }
    Ok((
        StatusCode::OK,
        with_bodies(state, rows, lang.code()).await?.into(),
    ))
}

/// Files a grievance for an application holding an API key.
pub async fn create(req: HttpRequest, form: String, state: web::Data<AppState>) -> HttpResponse {
    reply(format_of(&req), REQUESTS, file(&req, &form, &state).await)
}

/// The filing an Open311 request describes: its service is a category, its address a KATO
/// code, and the first sentence of its description becomes the title.
fn filing_of(get: &dyn Fn(&str) -> String, lang: &str) -> Result<Filing> {
    let service = get("service_code");
    if service.is_empty() {
        return Err(Open311Error::bad("service_code is required"));
    }
    let point = point_of(get)?;
    let kato = kato_of(get, point)?;
    let description = get("description");
    let title: String = description
        .split(['\n', '.'])
        .next()
        .unwrap_or_default()
        .chars()
        .take(120)
        .collect();
    Ok(Filing {
        appeal_kind: "complaint".into(),
        category: service,
        kato,
        title: title.trim().to_owned(),
        body: description,
        lang: lang.to_owned(),
        privacy: "public_anonymous".into(),
        idempotency_key: String::new(),
        point,
        landmark: String::new(),
    })
}

/// The jurisdictions, read once from the reference data built into the binary.
fn places() -> &'static [Jurisdiction] {
    static PLACES: std::sync::OnceLock<Vec<Jurisdiction>> = std::sync::OnceLock::new();
    PLACES.get_or_init(|| reference::jurisdictions_from_csv().unwrap_or_default())
}

/// The request's point, when it sends one: `lat` and `long` together, in degrees.
fn point_of(get: &dyn Fn(&str) -> String) -> Result<Option<Point>> {
    let (lat, long) = (get("lat"), get("long"));
    if lat.is_empty() && long.is_empty() {
        return Ok(None);
    }
    let degrees = |v: &str| v.parse::<f64>().ok();
    match (degrees(&lat), degrees(&long)) {
        (Some(lat), Some(long)) => Point::new(lat, long).map(Some).ok_or_else(|| {
            Open311Error::bad("lat must be within -90..90 and long within -180..180 (degrees)")
        }),
        _ => Err(Open311Error::bad(
            "lat/long needs both lat and long, as decimal degrees (lat=43.2383&long=76.9454)",
        )),
    }
}

/// The KATO code of the request's location: `address_id` as it is, or the place that
/// `address_string` and `lat`/`long` name together.
fn kato_of(get: &dyn Fn(&str) -> String, point: Option<Point>) -> Result<String> {
    let id = get("address_id");
    if !id.is_empty() {
        return Ok(id);
    }
    let address = Some(get("address_string")).filter(|a| !a.is_empty());
    points::locate(places(), address.as_deref(), point).map_err(|why| {
        Open311Error::bad(match why {
            Unplaced::Nothing => "a location is required: lat and long, address_string (the \
                 district or city) or address_id (a KATO code)"
                .to_owned(),
            Unplaced::Outside => "lat/long is outside Kazakhstan: send a point in Kazakhstan, \
                 or address_string (the district or city) or address_id (a KATO code)"
                .to_owned(),
            Unplaced::UnknownAddress => "address_string names no place we know: send the \
                 district or city and its region (in Kazakh, Russian or English), lat and long, \
                 or address_id (a KATO code)"
                .to_owned(),
            Unplaced::RegionOnly(kato, name) => format!(
                "the place is known only as {name} ({kato}), and a grievance goes to a district \
                 or city: name it in address_string (with lat and long, if you like), or send \
                 its address_id (a KATO code)"
            ),
            Unplaced::Ambiguous(found) => format!(
                "address_string names {} places ({}): name the region too, send lat and long, \
                 or send address_id (a KATO code)",
                found.len(),
                found
                    .iter()
                    .map(|(kato, name)| format!("{kato} {name}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        })
    })
}

/// Field errors named as the Open311 parameters the application sent.
fn invalid_fields(errors: &[kenes_core::error::FieldError]) -> Open311Error {
    let fields: Vec<String> = errors
        .iter()
        .map(|e| {
            let name = match e.field {
                "category" => "service_code",
                "kato" => "address_id",
                "body" | "title" => "description",
                other => other,
            };
            format!("{name}: {}", e.code)
        })
        .collect();
    Open311Error::bad(fields.join("; "))
}

async fn file(req: &HttpRequest, form: &str, state: &AppState) -> Result<(StatusCode, Value)> {
    let p = params(form);
    let get = |k: &str| p.get(k).map(|v| v.trim().to_owned()).unwrap_or_default();
    let lang = locale(&p)?;
    let key = get("api_key");
    let pool = state.pool.clone();
    let app = interact(&pool, move |c| api_keys::check(c, &key))
        .await?
        .ok_or_else(|| Open311Error::new(StatusCode::FORBIDDEN, "invalid api_key"))?;
    let email = kenes_core::accounts::normalize_email(&get("email")).ok_or_else(|| {
        Open311Error::bad("email is required: the filer's secret link is sent there")
    })?;
    // Each filing mails its filer: an application, or one address, may not flood either.
    for (what, key, budget) in [
        (Limited::ApiKey, &app, "api_key"),
        (Limited::Filer, &email, "email"),
    ] {
        state
            .limits
            .check(what, key)
            .await
            .map_err(|r| Open311Error::refused(r, budget))?;
    }
    let input = filing_of(&get, lang.code())?;
    let site = state.site.clone();
    let client = kenes_app::state::client_of(req);
    let filed = interact::<_, _, kenes_core::DbError>(&state.pool, move |c| {
        let now = Utc::now().naive_utc();
        Ok(kenes_core::grievances::guest::file_for(
            c, &email, lang, &input, &client, &site, now,
        ))
    })
    .await?;
    match filed {
        Ok((code, _key)) => {
            tracing::info!(application = %app, code = %code, "filed through Open311");
            Ok((
                StatusCode::CREATED,
                json!([{
                    "service_request_id": code,
                    "service_notice": "The filer was mailed a link to follow the request.",
                    "account_id": null,
                }]),
            ))
        }
        Err(kenes_core::error::Error::Invalid(errors)) => Err(invalid_fields(&errors)),
        Err(e) => Err(Open311Error::server(e)),
    }
}
