//! Meilisearch behind the same trait, for deployments that run it (`MEILI_URL`). Writes
//! wait for Meilisearch to finish its task, so that a search after an upsert sees it, as
//! with the embedded engine. Kenes starts and files while Meilisearch is down: the index
//! settings are applied on first use, and an unreachable engine is told apart from one
//! that refuses, so that the indexer waits for the one and backs off from the other.

use std::collections::HashMap;
use std::time::Duration;

use chrono::Datelike;
use meilisearch_sdk::client::Client;
use meilisearch_sdk::indexes::Index;
use meilisearch_sdk::search::Selectors;
use meilisearch_sdk::settings::Settings;
use meilisearch_sdk::task_info::TaskInfo;
use meilisearch_sdk::tasks::Task;
use serde::{Deserialize, Serialize};

use crate::{
    ranked, Facet, OutcomeDoc, Query, Results, SearchEngine, SearchError, SearchResult, Sort,
};

const INDEX: &str = "outcomes";
const TASK_TIMEOUT: Duration = Duration::from_secs(30);

/// The document with its facet values as Meilisearch filters on them, and its words as
/// stems: Meilisearch matches words, typos and prefixes but does not stem, so "дорогами"
/// would not find "дороги" without them.
#[derive(Serialize, Deserialize)]
struct Doc {
    #[serde(flatten)]
    doc: OutcomeDoc,
    year: i32,
    mediation: String,
    closed_days: i32,
    #[serde(default)]
    terms: String,
}

/// A query as Meilisearch gets it: the concepts its words name first, then their stems,
/// then the words. Under Meilisearch's default "last" matching strategy the first words
/// must match and the last are dropped when nothing matches them all, so a document in
/// another language that names the same things gets its chance, a stem always does, and an
/// exact word or a typo of it still ranks its document first.
fn stemmed_query(text: &str) -> String {
    let words = crate::analysis::words(text);
    let terms: Vec<Vec<String>> = words.iter().map(|w| crate::analysis::terms(w)).collect();
    let concepts = terms
        .iter()
        .flatten()
        .filter(|t| crate::glossary::is_concept(t));
    let stems = terms
        .iter()
        .flatten()
        .filter(|t| !crate::glossary::is_concept(t));
    let mut query: Vec<String> = Vec::new();
    for term in concepts.chain(stems).cloned().chain(words.clone()) {
        if !query.contains(&term) {
            query.push(term);
        }
    }
    query.join(" ")
}

pub struct Meili {
    client: Client,
    index: Index,
    /// Set once the index settings are applied.
    configured: tokio::sync::OnceCell<()>,
}

/// Meilisearch's own refusals (a bad document, a bad filter) are the index's; everything
/// else (no connection, a proxy's error page, a task that did not finish) means it cannot
/// be reached now.
fn failed(e: meilisearch_sdk::errors::Error) -> SearchError {
    use meilisearch_sdk::errors::Error;
    match e {
        Error::Meilisearch(refused) => SearchError::Index(refused.to_string()),
        Error::MeilisearchCommunication(_) | Error::HttpError(_) | Error::Timeout => {
            SearchError::Unreachable(e.to_string())
        }
        other => SearchError::Index(other.to_string()),
    }
}

/// The Meilisearch attribute a facet is filtered and counted on.
fn attribute(facet: Facet) -> &'static str {
    match facet {
        Facet::Mediated => "mediation",
        other => other.name(),
    }
}

impl Meili {
    /// Meilisearch at `url`; nothing is asked of it until it is used.
    pub async fn connect(url: &str, key: Option<&str>) -> SearchResult<Meili> {
        Self::connect_to(url, key, INDEX).await
    }

    /// Uses the index `uid` (tests give each run its own).
    pub async fn connect_to(url: &str, key: Option<&str>, uid: &str) -> SearchResult<Meili> {
        let client = Client::new(url, key).map_err(failed)?;
        let index = client.index(uid);
        Ok(Meili {
            client,
            index,
            configured: tokio::sync::OnceCell::new(),
        })
    }

    /// Applies the index settings once (idempotent on Meilisearch's side too).
    async fn configured(&self) -> SearchResult<()> {
        self.configured
            .get_or_try_init(|| async {
                let settings = Settings::new()
                    .with_searchable_attributes(["title", "summary", "terms"])
                    .with_filterable_attributes(Facet::ALL.map(attribute))
                    .with_sortable_attributes(["closed_days"]);
                let task = self.index.set_settings(&settings).await.map_err(failed)?;
                self.wait(task).await
            })
            .await
            .copied()
    }

    async fn wait(&self, task: TaskInfo) -> SearchResult<()> {
        match task
            .wait_for_completion(&self.client, None, Some(TASK_TIMEOUT))
            .await
            .map_err(failed)?
        {
            Task::Succeeded { .. } => Ok(()),
            other => Err(SearchError::Index(format!("{other:?}"))),
        }
    }
}

/// A filter value in Meilisearch's syntax: quoted, with quotes and backslashes escaped.
fn quoted(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

#[async_trait::async_trait]
impl SearchEngine for Meili {
    async fn upsert(&self, docs: Vec<OutcomeDoc>) -> SearchResult<()> {
        self.configured().await?;
        let docs: Vec<Doc> = docs
            .into_iter()
            .map(|doc| Doc {
                year: doc.year(),
                mediation: doc.facet(Facet::Mediated),
                closed_days: doc.closed.num_days_from_ce(),
                terms: crate::analysis::index_terms(&format!("{} {}", doc.title, doc.summary)),
                doc,
            })
            .collect();
        let task = self
            .index
            .add_or_replace(&docs, Some("id"))
            .await
            .map_err(failed)?;
        self.wait(task).await
    }

    async fn delete(&self, ids: Vec<i64>) -> SearchResult<()> {
        self.configured().await?;
        let task = self.index.delete_documents(&ids).await.map_err(failed)?;
        self.wait(task).await
    }

    async fn clear(&self) -> SearchResult<()> {
        self.configured().await?;
        let task = self.index.delete_all_documents().await.map_err(failed)?;
        self.wait(task).await
    }

    async fn search(&self, q: &Query) -> SearchResult<Results> {
        self.configured().await?;
        let filter = q
            .filters
            .iter()
            .map(|(f, v)| format!("{} = {}", attribute(*f), quoted(v)))
            .collect::<Vec<_>>()
            .join(" AND ");
        let facets = Facet::ALL.map(attribute);
        let per_page = q.per_page.clamp(1, crate::MAX_PER_PAGE);
        let by_date = q.sort == Sort::Newest || q.text.trim().is_empty();
        let sort = ["closed_days:desc"];
        let query = stemmed_query(&q.text);
        let mut search = self.index.search();
        search
            .with_query(&query)
            .with_facets(Selectors::Some(&facets))
            .with_offset(q.page * per_page)
            .with_limit(per_page);
        if !filter.is_empty() {
            search.with_filter(&filter);
        }
        if by_date {
            search.with_sort(&sort);
        }
        let found = search.execute::<Doc>().await.map_err(failed)?;
        let distribution = found.facet_distribution.unwrap_or_default();
        let facets = Facet::ALL
            .into_iter()
            .map(|f| {
                let values: HashMap<String, usize> =
                    distribution.get(attribute(f)).cloned().unwrap_or_default();
                let counts = values.into_iter().map(|(v, n)| (v, n as u64)).collect();
                (f, ranked(counts))
            })
            .collect();
        Ok(Results {
            total: found.estimated_total_hits.unwrap_or(found.hits.len()),
            hits: found.hits.into_iter().map(|h| h.result.doc).collect(),
            facets,
        })
    }

    fn name(&self) -> &'static str {
        "meilisearch"
    }
}
