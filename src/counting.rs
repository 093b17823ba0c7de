//! Counting documents per value through fast-field columns: the engine behind `facets` and
//! `stats`.
//!
//! tantivy's `FacetCollector` walks the facet dictionary of every segment and builds facet
//! paths for every value; for a speaker facet with thousands of values that costs tens of
//! milliseconds per query. Here each segment only bumps a counter per term ordinal of the
//! matching documents, and the strings of the non-zero ordinals are read once, in order, when
//! the segment is done. Dates are counted per day from the date column.

use std::collections::HashMap;

use rustc_hash::FxBuildHasher;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DateTime, DocId, Score, SegmentOrdinal, SegmentReader};

/// Seconds per day, to turn a date column value into a day number.
const SECONDS_PER_DAY: i64 = 86_400;

/// Matching documents per key. Fx hashing: a speaker facet names thousands of values per query,
/// and SipHash was a tenth of its time.
pub type Counts<K> = HashMap<K, u64, FxBuildHasher>;

/// Adds up the per-segment counts.
fn sum_counts<K: std::hash::Hash + Eq>(mut fruits: Vec<Counts<K>>) -> Counts<K> {
    if fruits.len() == 1 {
        return fruits.pop().unwrap_or_default();
    }
    let mut total = Counts::default();
    for fruit in fruits {
        for (key, count) in fruit {
            *total.entry(key).or_default() += count;
        }
    }
    total
}

/// Counts matching documents per value of a multi-valued string fast field.
#[derive(Debug, Clone)]
pub struct ValueCounts {
    field: String,
}

impl ValueCounts {
    /// Counts by the fast string field `field`.
    pub fn new(field: &str) -> Self {
        ValueCounts {
            field: field.to_string(),
        }
    }
}

/// Per-segment state of [`ValueCounts`].
pub struct SegmentValueCounts {
    column: Option<StrColumn>,
    counts: Vec<u32>,
}

impl Collector for ValueCounts {
    type Fruit = Counts<String>;
    type Child = SegmentValueCounts;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentValueCounts> {
        let column = reader.fast_fields().str(&self.field)?;
        let terms = column.as_ref().map_or(0, |c| c.num_terms());
        Ok(SegmentValueCounts {
            column,
            counts: vec![0; terms],
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counts<String>>) -> tantivy::Result<Self::Fruit> {
        Ok(sum_counts(fruits))
    }
}

impl SegmentCollector for SegmentValueCounts {
    type Fruit = Counts<String>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(column) = &self.column {
            for ord in column.term_ords(doc) {
                if let Some(count) = self.counts.get_mut(ord as usize) {
                    *count += 1;
                }
            }
        }
    }

    fn harvest(self) -> Counts<String> {
        let mut out = Counts::default();
        let Some(column) = self.column else {
            return out;
        };
        let ords: Vec<u64> = (0..self.counts.len() as u64)
            .filter(|&ord| self.counts[ord as usize] > 0)
            .collect();
        let mut next = ords.iter();
        // Ordinals are sorted, so one pass over the dictionary names them all.
        let _ = column.dictionary().sorted_ords_to_term_cb(&ords, |bytes| {
            if let Some(&ord) = next.next() {
                let value = String::from_utf8_lossy(bytes).into_owned();
                out.insert(value, u64::from(self.counts[ord as usize]));
            }
        });
        out
    }
}

/// Counts matching documents per day of a date fast field (day number since the epoch).
#[derive(Debug, Clone)]
pub struct DayCounts {
    field: String,
}

impl DayCounts {
    /// Counts by the fast date field `field`.
    pub fn new(field: &str) -> Self {
        DayCounts {
            field: field.to_string(),
        }
    }
}

/// Per-segment state of [`DayCounts`]: one counter per day between the segment's first and
/// last date (a few thousand days), so counting is an array increment.
pub struct SegmentDayCounts {
    column: Option<Column<DateTime>>,
    first_day: i64,
    counts: Vec<u64>,
    /// Days past the dense range (only when a segment spans centuries).
    sparse: Counts<i64>,
    /// Reused buffer for the dates of a block of documents.
    block: Vec<Option<DateTime>>,
}

/// Most days counted densely per segment (about 270 years).
const MAX_DENSE_DAYS: usize = 100_000;

impl SegmentDayCounts {
    fn count_day(&mut self, date: DateTime) {
        let day = day_of(date);
        let slot = usize::try_from(day - self.first_day).ok();
        match slot.and_then(|i| self.counts.get_mut(i)) {
            Some(count) => *count += 1,
            None => *self.sparse.entry(day).or_default() += 1,
        }
    }
}

/// Day number of a date.
fn day_of(date: DateTime) -> i64 {
    date.into_timestamp_secs().div_euclid(SECONDS_PER_DAY)
}

impl Collector for DayCounts {
    type Fruit = Counts<i64>;
    type Child = SegmentDayCounts;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentDayCounts> {
        let column = reader.fast_fields().column_opt::<DateTime>(&self.field)?;
        let (first_day, days) = match &column {
            Some(c) if c.num_docs() > 0 => {
                let (first, last) = (day_of(c.min_value()), day_of(c.max_value()));
                let span = usize::try_from(last - first + 1).unwrap_or(0);
                (first, span.min(MAX_DENSE_DAYS))
            }
            _ => (0, 0),
        };
        Ok(SegmentDayCounts {
            column,
            first_day,
            counts: vec![0; days],
            sparse: Counts::default(),
            block: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counts<i64>>) -> tantivy::Result<Self::Fruit> {
        Ok(sum_counts(fruits))
    }
}

impl SegmentCollector for SegmentDayCounts {
    type Fruit = Counts<i64>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(date) = self.column.as_ref().and_then(|c| c.first(doc)) {
            self.count_day(date);
        }
    }

    /// Unscored searches hand over blocks of documents: their dates are read in one batch.
    fn collect_block(&mut self, docs: &[DocId]) {
        let Some(column) = &self.column else {
            return;
        };
        let mut block = std::mem::take(&mut self.block);
        block.clear();
        block.resize(docs.len(), None);
        column.first_vals(docs, &mut block);
        for date in block.iter().flatten() {
            self.count_day(*date);
        }
        self.block = block;
    }

    fn harvest(self) -> Counts<i64> {
        let SegmentDayCounts {
            first_day,
            counts,
            sparse,
            ..
        } = self;
        let mut out = sparse;
        out.extend((first_day..).zip(counts).filter(|(_, count)| *count > 0));
        out
    }
}

/// The calendar day of a day number.
pub fn day_to_date(day: i64) -> Option<time::Date> {
    time::OffsetDateTime::from_unix_timestamp(day.checked_mul(SECONDS_PER_DAY)?)
        .ok()
        .map(|t| t.date())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::NewsIndex;
    use crate::model::{format_date, parse_date, DocKind, Document};
    use tantivy::query::AllQuery;

    #[test]
    fn counts_values_and_days_dense_and_sparse() {
        let dir = tempfile::tempdir().expect("tempdir");
        let index = NewsIndex::open_or_create(dir.path()).expect("index");
        let mut writer = index.writer(50_000_000, false).expect("writer");
        // 1700 and 2025 are more than MAX_DENSE_DAYS apart: both counting paths run.
        let rows = [
            (vec!["Ana Ruiz", "Bo Li"], "2025-01-01"),
            (vec!["Ana Ruiz"], "2025-01-03"),
            (vec![], "1700-01-01"),
        ];
        for (i, (speakers, date)) in rows.iter().enumerate() {
            let doc = Document {
                id: format!("x:p{i}"),
                article_id: "x".into(),
                kind: DocKind::Paragraph,
                position: i as u32,
                headline: None,
                section: None,
                date: parse_date(date),
                place: None,
                // At most one source per document: an optional column, not a multi-valued one.
                source: (i < 2).then(|| "AP".to_string()),
                speakers: speakers.iter().map(|s| s.to_string()).collect(),
                countries: Vec::new(),
                organizations: Vec::new(),
                name: None,
                text: "talks".into(),
            };
            writer
                .add_document(index.to_tantivy(&doc, i == 0))
                .expect("add");
        }
        writer.commit().expect("commit");
        index.reload().expect("reload");
        let searcher = index.searcher();
        let speakers = searcher
            .search(&AllQuery, &ValueCounts::new("speaker"))
            .expect("count");
        assert_eq!(speakers.get("Ana Ruiz"), Some(&2));
        assert_eq!(speakers.get("Bo Li"), Some(&1));
        let sources = searcher
            .search(&AllQuery, &ValueCounts::new("source"))
            .expect("count");
        assert_eq!(sources.len(), 1);
        assert_eq!(sources.get("AP"), Some(&2));
        let days = searcher
            .search(&AllQuery, &DayCounts::new("date"))
            .expect("count");
        let mut days: Vec<(String, u64)> = days
            .into_iter()
            .filter_map(|(day, n)| day_to_date(day).map(|d| (format_date(d), n)))
            .collect();
        days.sort();
        assert_eq!(
            days,
            [
                ("1700-01-01".to_string(), 1),
                ("2025-01-01".to_string(), 1),
                ("2025-01-03".to_string(), 1)
            ]
        );
    }
}
