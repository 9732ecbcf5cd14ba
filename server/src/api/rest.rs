//! The versioned public REST API (JSON) for published outcomes, public grievances and the
//! accountability table, with its OpenAPI document at `/api/v1/openapi.json`. Read-only, no
//! account. Parameters are checked against the same limits the document declares, and a bad
//! one gets a 400 with a JSON error naming it. Authors never appear.

use std::collections::BTreeMap;

use actix_web::{web, HttpRequest, HttpResponse};
use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use kenes_app::state::AppState;
use kenes_core::db::interact;
use kenes_core::grievances::terms::{parse_tracking_code, OutcomeResult};
use kenes_core::oversight::accountability::Row as AccountabilityRow;
use kenes_core::{grievances::queue, outcomes};
use kenes_search::{Facet, Query, Sort};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

use crate::http::errors::ApiError;

#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    /// A stable code: `invalid_parameter`, `not_found`, `search_unavailable`, …
    code: String,
    message: String,
}

/// A published outcome.
#[derive(Serialize, ToSchema)]
pub struct OutcomeItem {
    id: i64,
    title: String,
    summary: String,
    /// grievance, or dialogue (a public dialogue's report and the bodies' answers)
    kind: String,
    /// agreement, answered, partial, not_resolved; awaiting_answer for a dialogue whose
    /// bodies have not all answered
    result: String,
    /// The region's two-digit KATO code.
    region: String,
    /// local, regional, national
    level: String,
    category: String,
    mediated: bool,
    filed: NaiveDate,
    closed: NaiveDate,
    lang: String,
    url: String,
}

#[derive(Serialize, ToSchema)]
pub struct FacetCount {
    value: String,
    count: u64,
}

#[derive(Serialize, ToSchema)]
pub struct OutcomeList {
    total: usize,
    page: u32,
    per_page: u32,
    outcomes: Vec<OutcomeItem>,
    /// For each facet (kind, region, level, category, result, year, mediated), its values among
    /// all matches.
    facets: BTreeMap<String, Vec<FacetCount>>,
}

#[derive(Serialize, ToSchema)]
pub struct OutcomeNote {
    at: DateTime<Utc>,
    /// corrected, withdrawn
    kind: String,
    note: String,
}

impl From<outcomes::Note> for OutcomeNote {
    fn from(n: outcomes::Note) -> Self {
        OutcomeNote {
            at: utc(n.at),
            kind: n.kind.to_string(),
            note: n.note,
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct OutcomeDetail {
    #[serde(flatten)]
    outcome: OutcomeItem,
    notes: Vec<OutcomeNote>,
}

/// A public grievance; never its author.
#[derive(Serialize, ToSchema)]
pub struct GrievanceItem {
    code: String,
    title: String,
    description: String,
    category: String,
    kato: String,
    status: String,
    level: String,
    submitted_at: DateTime<Utc>,
    due_on: NaiveDate,
    url: String,
}

#[derive(Serialize, ToSchema)]
pub struct GrievanceList {
    total: i64,
    page: u32,
    grievances: Vec<GrievanceItem>,
}

#[derive(Serialize, ToSchema)]
pub struct TimelineEntry {
    at: DateTime<Utc>,
    status: Option<String>,
    /// A step that is not a change of state (mediation_requested, outcome_published, …).
    event: Option<String>,
    /// citizen, official, coordinator, mediator, system
    actor_role: String,
}

impl From<kenes_core::timeline::Event> for TimelineEntry {
    fn from(e: kenes_core::timeline::Event) -> Self {
        TimelineEntry {
            at: utc(e.at),
            status: e.status.map(|s| s.to_string()),
            event: e.kind,
            actor_role: e.actor_role.to_string(),
        }
    }
}

#[derive(Serialize, ToSchema)]
pub struct GrievanceDetail {
    #[serde(flatten)]
    grievance: GrievanceItem,
    timeline: Vec<TimelineEntry>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OutcomeParams {
    /// Words to look for, in Kazakh, Russian or English.
    #[param(max_length = 200)]
    q: Option<String>,
    /// A region's two-digit KATO code.
    #[param(pattern = "^[0-9]{2}$")]
    region: Option<String>,
    #[param(inline)]
    level: Option<LevelParam>,
    #[param(pattern = "^[a-z_]{1,40}$")]
    category: Option<String>,
    #[param(inline)]
    result: Option<ResultParam>,
    #[param(minimum = 2000, maximum = 2100)]
    year: Option<i32>,
    #[param(inline)]
    mediated: Option<YesNo>,
    #[param(inline)]
    sort: Option<SortParam>,
    #[param(minimum = 1, maximum = 500)]
    page: Option<u32>,
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

#[derive(Deserialize, ToSchema, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum LevelParam {
    Local,
    Regional,
    National,
}

#[derive(Deserialize, ToSchema, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum ResultParam {
    Agreement,
    Answered,
    Partial,
    NotResolved,
}

#[derive(Deserialize, ToSchema, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum YesNo {
    Yes,
    No,
}

#[derive(Deserialize, ToSchema, Clone, Copy)]
#[serde(rename_all = "lowercase")]
pub enum SortParam {
    Relevance,
    Newest,
}

/// A grievance's state.
#[derive(Deserialize, Serialize, ToSchema, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum StatusParam {
    Submitted,
    Accepted,
    Redirected,
    Extended,
    Answered,
    InMediation,
    Resolved,
    NotResolved,
    Closed,
    Rejected,
    Withdrawn,
    Reopened,
    Escalated,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct GrievanceParams {
    /// A KATO code or prefix (a region's two digits select the whole region).
    #[param(pattern = "^[0-9]{1,9}$")]
    kato: Option<String>,
    #[param(pattern = "^[a-z_]{1,40}$")]
    category: Option<String>,
    #[param(inline)]
    status: Option<StatusParam>,
    #[param(minimum = 1, maximum = 500)]
    page: Option<u32>,
}

fn utc(t: NaiveDateTime) -> DateTime<Utc> {
    Utc.from_utc_datetime(&t)
}

fn invalid(message: impl Into<String>) -> ApiError {
    ApiError::InvalidParameter(message.into())
}

fn parse<T: for<'de> Deserialize<'de>>(req: &HttpRequest) -> Result<T, ApiError> {
    web::Query::<T>::from_query(req.query_string())
        .map(|q| q.into_inner())
        .map_err(|e| invalid(e.to_string()))
}

fn matches_pattern(value: &str, max: usize, ok: impl Fn(char) -> bool) -> bool {
    !value.is_empty() && value.chars().count() <= max && value.chars().all(ok)
}

fn in_range(name: &str, value: Option<u32>, max: u32) -> Result<u32, ApiError> {
    match value {
        None => Ok(1),
        Some(v) if (1..=max).contains(&v) => Ok(v),
        Some(_) => Err(invalid(format!("{name} must be between 1 and {max}"))),
    }
}

fn item(base: &str, d: kenes_search::OutcomeDoc) -> OutcomeItem {
    OutcomeItem {
        url: format!("{base}/outcomes/{}", d.id),
        id: d.id,
        title: d.title,
        summary: d.summary,
        kind: d.kind,
        result: d.result,
        region: d.region,
        level: d.level,
        category: d.category,
        mediated: d.mediated,
        filed: d.filed,
        closed: d.closed,
        lang: d.lang,
    }
}

fn search_query(p: &OutcomeParams) -> Result<Query, ApiError> {
    let mut q = Query {
        text: p.q.clone().unwrap_or_default(),
        ..Default::default()
    };
    if q.text.chars().count() > 200 {
        return Err(invalid("q is longer than 200 characters"));
    }
    if let Some(r) = &p.region {
        if !(r.len() == 2 && r.bytes().all(|b| b.is_ascii_digit())) {
            return Err(invalid("region must be a two-digit KATO code"));
        }
        q.filters.insert(Facet::Region, r.clone());
    }
    if let Some(c) = &p.category {
        if !matches_pattern(c, 40, |c| c.is_ascii_lowercase() || c == '_') {
            return Err(invalid("category must be a category code"));
        }
        q.filters.insert(Facet::Category, c.clone());
    }
    if let Some(l) = p.level {
        let l = match l {
            LevelParam::Local => "local",
            LevelParam::Regional => "regional",
            LevelParam::National => "national",
        };
        q.filters.insert(Facet::Level, l.to_owned());
    }
    if let Some(r) = p.result {
        let r = match r {
            ResultParam::Agreement => OutcomeResult::Agreement,
            ResultParam::Answered => OutcomeResult::Answered,
            ResultParam::Partial => OutcomeResult::Partial,
            ResultParam::NotResolved => OutcomeResult::NotResolved,
        };
        q.filters.insert(Facet::Result, r.to_string());
    }
    if let Some(y) = p.year {
        if !(2000..=2100).contains(&y) {
            return Err(invalid("year must be between 2000 and 2100"));
        }
        q.filters.insert(Facet::Year, y.to_string());
    }
    if let Some(m) = p.mediated {
        let m = match m {
            YesNo::Yes => "yes",
            YesNo::No => "no",
        };
        q.filters.insert(Facet::Mediated, m.to_owned());
    }
    q.sort = match p.sort {
        Some(SortParam::Newest) => Sort::Newest,
        _ => Sort::Relevance,
    };
    q.page = in_range("page", p.page, 500)? as usize - 1;
    q.per_page = match p.per_page {
        None => kenes_search::PER_PAGE,
        v => in_range("per_page", v, 100)? as usize,
    };
    Ok(q)
}

/// Search published outcomes.
#[utoipa::path(
    get,
    path = "/api/v1/outcomes",
    params(OutcomeParams),
    responses(
        (status = 200, description = "Matching outcomes, with facet counts", body = OutcomeList),
        (status = 400, description = "A parameter is invalid", body = ErrorBody),
        (status = 503, description = "Search is unavailable", body = ErrorBody),
    )
)]
pub async fn list_outcomes(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let params: OutcomeParams = parse(&req)?;
    let q = search_query(&params)?;
    let found = state.search.search(&q).await?;
    let base = state.site.base();
    Ok(HttpResponse::Ok().json(OutcomeList {
        total: found.total,
        page: q.page as u32 + 1,
        per_page: q.per_page as u32,
        outcomes: found.hits.into_iter().map(|d| item(base, d)).collect(),
        facets: found
            .facets
            .into_iter()
            .map(|(f, counts)| {
                let counts = counts
                    .into_iter()
                    .map(|(value, count)| FacetCount { value, count })
                    .collect();
                (f.name().to_owned(), counts)
            })
            .collect(),
    }))
}

/// One published outcome, with its corrections.
#[utoipa::path(
    get,
    path = "/api/v1/outcomes/{id}",
    params(("id" = i64, Path, description = "The outcome's number", minimum = 1)),
    responses(
        (status = 200, description = "The outcome", body = OutcomeDetail),
        (status = 400, description = "The id is not a number", body = ErrorBody),
        (status = 404, description = "No published outcome has this id", body = ErrorBody),
    )
)]
pub async fn get_outcome(
    id: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let id: i64 = id
        .parse()
        .ok()
        .filter(|i| *i >= 1)
        .ok_or_else(|| invalid("id must be a positive number"))?;
    let (o, notes) = super::find(&state.pool, "outcome", move |c| {
        let Some(o) =
            outcomes::find(c, id)?.filter(|o| o.status == outcomes::OutcomeStatus::Published)
        else {
            return Ok(None);
        };
        let notes = outcomes::notes(c, id)?;
        Ok(Some((o, notes)))
    })
    .await?;
    let base = state.site.base();
    let doc = crate::workers::search_index::doc(&o);
    Ok(HttpResponse::Ok().json(OutcomeDetail {
        outcome: item(base, doc),
        notes: notes.into_iter().map(OutcomeNote::from).collect(),
    }))
}

fn grievance_item(base: &str, g: &kenes_core::models::Grievance) -> GrievanceItem {
    GrievanceItem {
        code: g.tracking_code.clone(),
        title: g.title.clone(),
        description: g.body.clone(),
        category: g.category_code.clone(),
        kato: g.jurisdiction_kato.clone(),
        status: g.status.to_string(),
        level: g.level_code.to_string(),
        submitted_at: utc(g.submitted_at),
        due_on: g.due_on,
        url: format!("{base}/g/{}", g.tracking_code),
    }
}

/// List public grievances, newest first (20 a page).
#[utoipa::path(
    get,
    path = "/api/v1/grievances",
    params(GrievanceParams),
    responses(
        (status = 200, description = "Public grievances", body = GrievanceList),
        (status = 400, description = "A parameter is invalid", body = ErrorBody),
    )
)]
pub async fn list_grievances(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let p: GrievanceParams = parse(&req)?;
    let page = in_range("page", p.page, 500)?;
    // A parameter given empty is as wrong as one given badly.
    if p.kato
        .as_ref()
        .is_some_and(|k| !matches_pattern(k, 9, |c| c.is_ascii_digit()))
    {
        return Err(invalid("kato must be digits"));
    }
    if p.category
        .as_ref()
        .is_some_and(|c| !matches_pattern(c, 40, |c| c.is_ascii_lowercase() || c == '_'))
    {
        return Err(invalid("category must be a category code"));
    }
    // The parameter's names are the states' own.
    let status = p
        .status
        .map(|s| serde_json::to_value(s).ok())
        .and_then(|v| v?.as_str().map(str::to_owned))
        .unwrap_or_default();
    let (kato, category) = (p.kato.unwrap_or_default(), p.category.unwrap_or_default());
    let filter = queue::Filter {
        status,
        category,
        kato,
        page: page.into(),
    };
    let (rows, total) = interact(&state.pool, move |c| queue::public_list(c, &filter)).await?;
    let base = state.site.base();
    Ok(HttpResponse::Ok().json(GrievanceList {
        total,
        page,
        grievances: rows
            .iter()
            .map(|(g, _, _)| grievance_item(base, g))
            .collect(),
    }))
}

/// One public grievance with its timeline (roles, never names).
#[utoipa::path(
    get,
    path = "/api/v1/grievances/{code}",
    params(("code" = String, Path, description = "The tracking code, like KZ-26-7F3K-92QD", max_length = 40)),
    responses(
        (status = 200, description = "The grievance", body = GrievanceDetail),
        (status = 404, description = "No public grievance has this code", body = ErrorBody),
    )
)]
pub async fn get_grievance(
    code: web::Path<String>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let code = parse_tracking_code(&code).ok_or(ApiError::NotFound("grievance"))?;
    let (g, timeline) = super::find(&state.pool, "grievance", move |c| {
        let Some((g, _, _)) = kenes_core::grievances::read::by_tracking_code(c, &code)? else {
            return Ok(None);
        };
        // What anyone may read, by the domain's rule: the API has no signed-in reader.
        if !kenes_core::grievances::access::text_visible(&g, None) {
            return Ok(None);
        }
        let timeline = kenes_core::timeline::timeline_for(c, &g, None)?;
        Ok(Some((g, timeline)))
    })
    .await?;
    let base = state.site.base();
    Ok(HttpResponse::Ok().json(GrievanceDetail {
        grievance: grievance_item(base, &g),
        timeline: timeline.into_iter().map(TimelineEntry::from).collect(),
    }))
}

/// The accountability table.
#[derive(Serialize, ToSchema)]
pub struct AccountabilityList {
    rows: Vec<AccountabilityRow>,
}

/// How each region — or, with `region`, each body in it — handles grievances: on time,
/// days to acknowledge and to answer, mediation and agreements kept, ratings and appeals.
/// The same figures as the page and its CSV.
#[utoipa::path(
    get,
    path = "/api/v1/accountability",
    params(("region" = Option<String>, Query, description = "A two-digit KATO region code: one row per body there", pattern = "^[0-9]{2}$")),
    responses(
        (status = 200, description = "The accountability rows", body = AccountabilityList),
        (status = 400, description = "The region is not a two-digit code", body = ErrorBody),
    )
)]
pub async fn accountability(
    req: HttpRequest,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let rows = crate::api::open_data::accountability_rows(&req, &state).await?;
    Ok(HttpResponse::Ok().json(AccountabilityList { rows }))
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Kenes public API",
        version = "1.0.0",
        description = "Published outcomes and public grievances of the Kenes portal. Read-only; no account needed."
    ),
    paths(
        list_outcomes,
        get_outcome,
        list_grievances,
        get_grievance,
        accountability
    ),
    components(schemas(
        ErrorBody,
        ErrorDetail,
        OutcomeList,
        OutcomeDetail,
        GrievanceList,
        GrievanceDetail,
        AccountabilityList,
        AccountabilityRow
    ))
)]
pub struct ApiDoc;

pub async fn openapi() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}

/// Any method but GET on an API path: 405, saying which method is allowed.
async fn method_not_allowed() -> HttpResponse {
    HttpResponse::MethodNotAllowed()
        .insert_header((actix_web::http::header::ALLOW, "GET"))
        .json(serde_json::json!({
            "error": { "code": "method_not_allowed", "message": "only GET is allowed here" }
        }))
}

/// An API resource: other methods get the API's 405 error.
fn resource(cfg: &mut web::ServiceConfig, path: &str, route: actix_web::Route) {
    cfg.service(
        web::resource(path)
            .route(route)
            .default_service(web::to(method_not_allowed)),
    );
}

crate::route_table! {
    const ROUTES;
    fn routes via resource;
    get "/api/v1/openapi.json" => openapi;
    get "/api/v1/outcomes" => list_outcomes;
    get "/api/v1/outcomes/{id}" => get_outcome;
    get "/api/v1/grievances" => list_grievances;
    get "/api/v1/grievances/{code}" => get_grievance;
    get "/api/v1/accountability" => accountability;
}
