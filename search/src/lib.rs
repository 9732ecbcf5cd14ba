//! Full-text search over published outcomes, for journalists and anyone else: one trait,
//! two engines. The embedded engine (tantivy, an index directory under `./data`) needs no
//! server and is the default; Meilisearch is used when it is configured. Both pass the same
//! contract tests (`tests/contract.rs`).
//!
//! The search index is never the record: the database is. Every engine can be emptied and
//! rebuilt from it (`kenes reindex`).

pub mod analysis;
pub mod embedded;
mod facet_counts;
pub mod glossary;
pub mod meili;
#[cfg(feature = "testing")]
pub mod testing;

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A published outcome as the index holds it: no names, no contact data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutcomeDoc {
    pub id: i64,
    pub title: String,
    pub summary: String,
    /// The language it was written in: kk, ru, en.
    pub lang: String,
    /// The region's two-digit KATO code.
    pub region: String,
    /// local, regional, national.
    pub level: String,
    pub category: String,
    /// agreement, answered, partial, not_resolved.
    pub result: String,
    pub mediated: bool,
    pub filed: NaiveDate,
    pub closed: NaiveDate,
    /// grievance (how a grievance ended) or dialogue (a public dialogue's report and the
    /// bodies' answers).
    #[serde(default = "grievance")]
    pub kind: String,
}

fn grievance() -> String {
    "grievance".to_owned()
}

impl OutcomeDoc {
    pub fn year(&self) -> i32 {
        self.closed.year()
    }

    /// Its value for a facet, as filters and counts name it.
    pub fn facet(&self, facet: Facet) -> String {
        match facet {
            Facet::Region => self.region.clone(),
            Facet::Level => self.level.clone(),
            Facet::Category => self.category.clone(),
            Facet::Result => self.result.clone(),
            Facet::Year => self.year().to_string(),
            Facet::Mediated => if self.mediated { "yes" } else { "no" }.to_owned(),
            Facet::Kind => self.kind.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    Region,
    Level,
    Category,
    Result,
    Year,
    Mediated,
    Kind,
}

impl Facet {
    pub const ALL: [Facet; 7] = [
        Facet::Kind,
        Facet::Region,
        Facet::Level,
        Facet::Category,
        Facet::Result,
        Facet::Year,
        Facet::Mediated,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Facet::Region => "region",
            Facet::Level => "level",
            Facet::Category => "category",
            Facet::Result => "result",
            Facet::Year => "year",
            Facet::Mediated => "mediated",
            Facet::Kind => "kind",
        }
    }

    pub fn parse(name: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.name() == name)
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first; newest first when there are no words to match.
    #[default]
    Relevance,
    Newest,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pub text: String,
    /// At most one value per facet.
    pub filters: BTreeMap<Facet, String>,
    pub sort: Sort,
    /// 0-based.
    pub page: usize,
    pub per_page: usize,
}

/// Results per page in the interface; exports ask for more.
pub const PER_PAGE: usize = 20;
pub const MAX_PER_PAGE: usize = 1000;

impl Query {
    /// Reads a query from URL parameters (`q`, a facet's name, `sort`, `page` from 1), so
    /// that a search is a shareable address. Unknown or malformed values are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Query {
        let mut q = Query {
            per_page: PER_PAGE,
            ..Default::default()
        };
        for (key, value) in pairs {
            let value = value.trim();
            match key {
                "q" => q.text = value.chars().take(200).collect(),
                "sort" if value == "newest" => q.sort = Sort::Newest,
                "page" => q.page = value.parse::<usize>().unwrap_or(1).clamp(1, 10_000) - 1,
                _ => {
                    let valid = !value.is_empty()
                        && value.len() <= 40
                        && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                    if let (Some(facet), true) = (Facet::parse(key), valid) {
                        q.filters.insert(facet, value.to_owned());
                    }
                }
            }
        }
        q
    }

    /// The URL parameters of this query on page `page` (from 1), without empty ones.
    pub fn to_pairs(&self, page: usize) -> Vec<(String, String)> {
        let mut out = Vec::new();
        if !self.text.is_empty() {
            out.push(("q".to_owned(), self.text.clone()));
        }
        for (f, v) in &self.filters {
            out.push((f.name().to_owned(), v.clone()));
        }
        if self.sort == Sort::Newest {
            out.push(("sort".to_owned(), "newest".to_owned()));
        }
        if page > 1 {
            out.push(("page".to_owned(), page.to_string()));
        }
        out
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Results {
    pub total: usize,
    pub hits: Vec<OutcomeDoc>,
    /// For each facet, the values among all matches with their counts, largest first.
    pub facets: BTreeMap<Facet, Vec<(String, u64)>>,
}

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index: {0}")]
    Index(String),
    #[error("search engine unreachable: {0}")]
    Unreachable(String),
}

pub type SearchResult<T> = Result<T, SearchError>;

/// What Kenes needs of a search engine.
#[async_trait::async_trait]
pub trait SearchEngine: Send + Sync {
    /// Adds or replaces documents (by id); visible to searches when this returns.
    async fn upsert(&self, docs: Vec<OutcomeDoc>) -> SearchResult<()>;
    async fn delete(&self, ids: Vec<i64>) -> SearchResult<()>;
    async fn clear(&self) -> SearchResult<()>;
    async fn search(&self, query: &Query) -> SearchResult<Results>;
    fn name(&self) -> &'static str;
}

/// Sorts facet counts: largest first, then by value.
pub(crate) fn ranked(mut counts: Vec<(String, u64)>) -> Vec<(String, u64)> {
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}
