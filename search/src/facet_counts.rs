//! Counts the values of every facet among all matches, for the embedded engine.
//!
//! Each facet is a string fast field, so a segment keeps its values as small ordinals in a
//! column with a dictionary beside it: counting a match costs one column read and one
//! increment per facet, and the ordinals become words once per segment, at the end.
//! tantivy's `FacetCollector` walks a multi-valued column of facet paths per match, which
//! was a third of the search time at a million outcomes.

use std::collections::BTreeMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use crate::Facet;

/// The value counts of each facet, by facet; the `Collector` of `(TopDocs, Count, …)`.
pub struct FacetCounts;

/// Per facet, in `Facet::ALL` order: value → matches.
pub type Counts = Vec<BTreeMap<String, u64>>;

pub struct SegmentCounts {
    /// Per facet: its column in this segment (absent when no document of the segment has
    /// the field) and a counter per ordinal.
    facets: Vec<Option<(StrColumn, Vec<u64>)>>,
}

impl Collector for FacetCounts {
    type Fruit = Counts;
    type Child = SegmentCounts;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentCounts> {
        let facets = Facet::ALL
            .iter()
            .map(|facet| {
                let column = reader.fast_fields().str(facet.name())?;
                Ok(column.map(|c| {
                    let counters = vec![0; c.num_terms()];
                    (c, counters)
                }))
            })
            .collect::<tantivy::Result<_>>()?;
        Ok(SegmentCounts { facets })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<Counts>) -> tantivy::Result<Counts> {
        let mut total: Counts = vec![BTreeMap::new(); Facet::ALL.len()];
        for segment in segments {
            for (into, from) in total.iter_mut().zip(segment) {
                for (value, n) in from {
                    *into.entry(value).or_default() += n;
                }
            }
        }
        Ok(total)
    }
}

fn count(ords: &Column<u64>, counters: &mut [u64], doc: DocId) {
    if let Some(ord) = ords.first(doc) {
        counters[ord as usize] += 1;
    }
}

impl SegmentCollector for SegmentCounts {
    type Fruit = Counts;

    fn collect(&mut self, doc: DocId, _: Score) {
        for (column, counters) in self.facets.iter_mut().flatten() {
            count(column.ords(), counters, doc);
        }
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        for (column, counters) in self.facets.iter_mut().flatten() {
            for &doc in docs {
                count(column.ords(), counters, doc);
            }
        }
    }

    fn harvest(self) -> Counts {
        self.facets
            .into_iter()
            .map(|facet| {
                let mut values = BTreeMap::new();
                let Some((column, counters)) = facet else {
                    return values;
                };
                for (ord, n) in counters.into_iter().enumerate().filter(|(_, n)| *n > 0) {
                    let mut value = String::new();
                    if let Ok(true) = column.ord_to_str(ord as u64, &mut value) {
                        values.insert(value, n);
                    }
                }
                values
            })
            .collect()
    }
}
