//! Counting documents per value through fast-field columns: the engine behind `facets` and
//! `stats`.
//!
//! tantivy's `FacetCollector` walks the facet dictionary of every segment and builds facet
//! paths for every value; for a speaker facet with thousands of values that costs tens of
//! milliseconds per query. Here each segment only bumps a counter per term ordinal of the
//! matching documents, and the strings of the non-zero ordinals are read once, in order, when
//! the segment is done. Dates are counted per day from the date column.

use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DateTime, DocId, Score, SegmentOrdinal, SegmentReader};

/// Seconds per day, to turn a date column value into a day number.
const SECONDS_PER_DAY: i64 = 86_400;

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
    type Fruit = HashMap<String, u64>;
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

    fn merge_fruits(&self, fruits: Vec<HashMap<String, u64>>) -> tantivy::Result<Self::Fruit> {
        let mut total: HashMap<String, u64> = HashMap::new();
        for fruit in fruits {
            for (value, count) in fruit {
                *total.entry(value).or_default() += count;
            }
        }
        Ok(total)
    }
}

impl SegmentCollector for SegmentValueCounts {
    type Fruit = HashMap<String, u64>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(column) = &self.column {
            for ord in column.term_ords(doc) {
                if let Some(count) = self.counts.get_mut(ord as usize) {
                    *count += 1;
                }
            }
        }
    }

    fn harvest(self) -> HashMap<String, u64> {
        let mut out = HashMap::new();
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

/// Per-segment state of [`DayCounts`].
pub struct SegmentDayCounts {
    column: Option<Column<DateTime>>,
    counts: HashMap<i64, u64>,
}

impl Collector for DayCounts {
    type Fruit = HashMap<i64, u64>;
    type Child = SegmentDayCounts;

    fn for_segment(
        &self,
        _segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentDayCounts> {
        let column = reader.fast_fields().column_opt::<DateTime>(&self.field)?;
        Ok(SegmentDayCounts {
            column,
            counts: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<HashMap<i64, u64>>) -> tantivy::Result<Self::Fruit> {
        let mut total: HashMap<i64, u64> = HashMap::new();
        for fruit in fruits {
            for (day, count) in fruit {
                *total.entry(day).or_default() += count;
            }
        }
        Ok(total)
    }
}

impl SegmentCollector for SegmentDayCounts {
    type Fruit = HashMap<i64, u64>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        if let Some(date) = self.column.as_ref().and_then(|c| c.first(doc)) {
            let day = date.into_timestamp_secs().div_euclid(SECONDS_PER_DAY);
            *self.counts.entry(day).or_default() += 1;
        }
    }

    fn harvest(self) -> HashMap<i64, u64> {
        self.counts
    }
}

/// The calendar day of a day number.
pub fn day_to_date(day: i64) -> Option<time::Date> {
    time::OffsetDateTime::from_unix_timestamp(day.checked_mul(SECONDS_PER_DAY)?)
        .ok()
        .map(|t| t.date())
}
