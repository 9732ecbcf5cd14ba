//! The embedded engine: a tantivy index in a directory (or in memory for tests). Words are
//! turned into stems by `analysis` before tantivy sees them, so documents and queries meet
//! on the same terms whatever their language. Typos are forgiven by fuzzy matching on the
//! stems (one edit from 4 letters, two from 8); exact matches score higher.

use std::path::Path;
use std::sync::{Arc, Mutex};

use tantivy::collector::{Count, TopDocs};
use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, FuzzyTermQuery, Occur, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED,
    STRING,
};
use tantivy::{
    doc, DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, Term,
};

use crate::analysis;
use crate::facet_counts::FacetCounts;
use crate::{
    ranked, Facet, OutcomeDoc, Query, Results, SearchEngine, SearchError, SearchResult, Sort,
};

#[derive(Clone, Copy)]
struct Fields {
    id: Field,
    title: Field,
    text: Field,
    /// One string field per facet, in `Facet::ALL` order: filtered on, and counted from
    /// its column.
    facets: [Field; Facet::ALL.len()],
    closed: Field,
    stored: Field,
}

struct Inner {
    index: Index,
    reader: IndexReader,
    /// One batch of changes at a time (tantivy allows one writer per index).
    writing: Mutex<()>,
    f: Fields,
}

/// Writer memory: tantivy's minimum is 15 MB; more only speeds up bulk indexing.
const WRITER_HEAP: usize = 50_000_000;

#[derive(Clone)]
pub struct Embedded {
    inner: Arc<Inner>,
    created: bool,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    // Terms arrive already stemmed and lowercased: split on whitespace only.
    let terms = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("whitespace")
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let f = Fields {
        id: b.add_i64_field("id", INDEXED | FAST),
        title: b.add_text_field("title", terms.clone()),
        text: b.add_text_field("text", terms),
        facets: Facet::ALL.map(|facet| b.add_text_field(facet.name(), STRING | FAST)),
        closed: b.add_i64_field("closed", FAST),
        stored: b.add_text_field("doc", STORED),
    };
    (b.build(), f)
}

fn err(e: impl std::fmt::Display) -> SearchError {
    SearchError::Index(e.to_string())
}

fn directory(dir: &Path) -> SearchResult<tantivy::directory::MmapDirectory> {
    tantivy::directory::MmapDirectory::open(dir).map_err(err)
}

impl Fields {
    fn facet(&self, facet: Facet) -> Field {
        let i = Facet::ALL
            .iter()
            .position(|f| *f == facet)
            .expect("every facet");
        self.facets[i]
    }
}

impl Embedded {
    /// Opens the index in `dir`, or creates it there when there is none or when it was made
    /// with another schema (an older Kenes): then the old one is removed and the new one is
    /// empty until rebuilt from the database (`created` says so).
    pub fn open(dir: &Path) -> SearchResult<Embedded> {
        std::fs::create_dir_all(dir).map_err(err)?;
        let (schema, f) = schema();
        let existing = Index::exists(&directory(dir)?).map_err(err)?;
        match Index::open_or_create(directory(dir)?, schema.clone()) {
            Ok(index) => Self::with(index, f, !existing),
            Err(tantivy::TantivyError::SchemaError(why)) => {
                tracing::warn!(dir = %dir.display(), why, "search index of an older schema: replaced");
                std::fs::remove_dir_all(dir).map_err(err)?;
                std::fs::create_dir_all(dir).map_err(err)?;
                let index = Index::create(directory(dir)?, schema, Default::default());
                Self::with(index.map_err(err)?, f, true)
            }
            Err(e) => Err(err(e)),
        }
    }

    pub fn in_memory() -> SearchResult<Embedded> {
        let (schema, f) = schema();
        Self::with(Index::create_in_ram(schema), f, true)
    }

    fn with(mut index: Index, f: Fields, created: bool) -> SearchResult<Embedded> {
        // The segments of one search are read side by side, one per core.
        index.set_default_multithread_executor().map_err(err)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(err)?;
        Ok(Embedded {
            inner: Arc::new(Inner {
                index,
                reader,
                writing: Mutex::new(()),
                f,
            }),
            created,
        })
    }

    /// The index was made empty when opened: whatever the database has published must be
    /// put into it again.
    pub fn created(&self) -> bool {
        self.created
    }

    /// Runs index work off the async executor.
    async fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Inner) -> SearchResult<T> + Send + 'static,
    ) -> SearchResult<T> {
        let inner = self.inner.clone();
        tokio::task::spawn_blocking(move || work(&inner))
            .await
            .map_err(err)?
    }
}

impl Inner {
    /// Applies one batch of changes with a writer of its own, commits it, and lets the
    /// segment merges it started finish. A writer kept open between batches would hold its
    /// term table (4 MiB), its first arena page and six threads for as long as the server
    /// runs, and batches come seldom: when an outcome is published, corrected or withdrawn.
    fn write(
        &self,
        changes: impl FnOnce(&mut IndexWriter) -> SearchResult<()>,
    ) -> SearchResult<()> {
        let _one_at_a_time = self.writing.lock().map_err(err)?;
        let mut writer = self
            .index
            .writer_with_num_threads(1, WRITER_HEAP)
            .map_err(err)?;
        changes(&mut writer)?;
        writer.commit().map_err(err)?;
        writer.wait_merging_threads().map_err(err)?;
        self.reader.reload().map_err(err)
    }

    fn document(&self, d: &OutcomeDoc) -> SearchResult<TantivyDocument> {
        let f = self.f;
        let mut doc = doc!(
            f.id => d.id,
            f.title => analysis::index_terms(&d.title),
            f.text => analysis::index_terms(&d.summary),
            f.closed => i64::from(chrono::Datelike::num_days_from_ce(&d.closed)),
            f.stored => serde_json::to_string(d).map_err(err)?,
        );
        for facet in Facet::ALL {
            doc.add_text(f.facet(facet), d.facet(facet));
        }
        Ok(doc)
    }

    /// Each query word must match, exactly or nearly, in the title or the text.
    fn query(&self, q: &Query) -> Box<dyn tantivy::query::Query> {
        let f = self.f;
        let mut must: Vec<(Occur, Box<dyn tantivy::query::Query>)> = Vec::new();
        for word in analysis::words(&q.text) {
            let mut any: Vec<(Occur, Box<dyn tantivy::query::Query>)> = Vec::new();
            for stem in analysis::terms(&word) {
                // The same thing named in another language counts, but less than the word.
                let concept = crate::glossary::is_concept(&stem);
                for (field, weight) in [(f.title, 2.0), (f.text, 1.0)] {
                    let term = Term::from_field_text(field, &stem);
                    let exact = TermQuery::new(term.clone(), IndexRecordOption::WithFreqs);
                    let boost = if concept { weight * 0.5 } else { weight * 3.0 };
                    any.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(exact), boost)),
                    ));
                    let distance = match stem.chars().count() {
                        _ if concept => 0,
                        0..=3 => 0,
                        4..=7 => 1,
                        _ => 2,
                    };
                    if distance > 0 {
                        let near = FuzzyTermQuery::new(term, distance, true);
                        any.push((
                            Occur::Should,
                            Box::new(BoostQuery::new(Box::new(near), weight)),
                        ));
                    }
                }
            }
            must.push((Occur::Must, Box::new(BooleanQuery::new(any))));
        }
        for (facet, value) in &q.filters {
            let term = Term::from_field_text(f.facet(*facet), value);
            must.push((
                Occur::Must,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            ));
        }
        if must.is_empty() {
            return Box::new(AllQuery);
        }
        Box::new(BooleanQuery::new(must))
    }

    fn search(&self, q: &Query) -> SearchResult<Results> {
        let searcher = self.reader.searcher();
        let query = self.query(q);
        let per_page = q.per_page.clamp(1, crate::MAX_PER_PAGE);
        let top = TopDocs::with_limit(per_page).and_offset(q.page * per_page);
        let by_date = q.sort == Sort::Newest || analysis::words(&q.text).is_empty();
        let (addresses, total, counts): (Vec<DocAddress>, usize, _) = if by_date {
            let top = top.order_by_fast_field::<i64>("closed", Order::Desc);
            let (hits, total, counts) = searcher
                .search(&query, &(top, Count, FacetCounts))
                .map_err(err)?;
            (hits.into_iter().map(|(_, a)| a).collect(), total, counts)
        } else {
            let top = top.order_by_score();
            let (hits, total, counts) = searcher
                .search(&query, &(top, Count, FacetCounts))
                .map_err(err)?;
            (hits.into_iter().map(|(_, a)| a).collect(), total, counts)
        };
        let mut hits = Vec::with_capacity(addresses.len());
        for address in addresses {
            let doc: TantivyDocument = searcher.doc(address).map_err(err)?;
            let json = doc
                .get_first(self.f.stored)
                .and_then(|v| v.as_str())
                .ok_or_else(|| err("a document without its stored fields"))?;
            hits.push(serde_json::from_str(json).map_err(err)?);
        }
        let facets = Facet::ALL
            .into_iter()
            .zip(counts)
            .map(|(facet, values)| (facet, ranked(values.into_iter().collect())))
            .collect();
        Ok(Results {
            total,
            hits,
            facets,
        })
    }
}

#[async_trait::async_trait]
impl SearchEngine for Embedded {
    async fn upsert(&self, docs: Vec<OutcomeDoc>) -> SearchResult<()> {
        self.blocking(move |inner| {
            inner.write(|writer| {
                for d in &docs {
                    writer.delete_term(Term::from_field_i64(inner.f.id, d.id));
                    writer.add_document(inner.document(d)?).map_err(err)?;
                }
                Ok(())
            })
        })
        .await
    }

    async fn delete(&self, ids: Vec<i64>) -> SearchResult<()> {
        self.blocking(move |inner| {
            inner.write(|writer| {
                for id in ids {
                    writer.delete_term(Term::from_field_i64(inner.f.id, id));
                }
                Ok(())
            })
        })
        .await
    }

    async fn clear(&self) -> SearchResult<()> {
        self.blocking(|inner| {
            inner.write(|writer| writer.delete_all_documents().map(drop).map_err(err))
        })
        .await
    }

    async fn search(&self, query: &Query) -> SearchResult<Results> {
        let query = query.clone();
        self.blocking(move |inner| inner.search(&query)).await
    }

    fn name(&self) -> &'static str {
        "embedded"
    }
}
