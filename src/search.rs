//! Ranked search, facet counts and index statistics.
//!
//! The user's query goes through tantivy's `QueryParser` (phrases, `AND`/`OR`/`-`,
//! `field:term`; conjunction by default) over text, headline, section and name; filters are
//! added as required clauses on exact fields, so they never change the BM25 score.

use std::collections::BTreeMap;
use std::ops::Bound;

use serde::Serialize;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, EnableScoring, InvertedIndexRangeQuery, Occur, Query,
    QueryParserError, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DateTime, DocAddress, Order, TantivyDocument, Term};
use time::{Date, Duration};

use crate::attribution::Gazetteer;
use crate::bigrams::phrases_to_pairs;
use crate::counting::{day_to_date, Counts, DayCounts, ValueCounts};
use crate::disjunction::{lazy_unions_in_conjunctions, lazy_unions_in_required_clause};
use crate::error::{Error, Result};
use crate::index::{to_datetime, NewsIndex};
use crate::model::{format_date, DocKind, Document};
use crate::schema::{exact_term, names};

/// Longest query accepted, in bytes: longer input is almost certainly a mistake, and tantivy's
/// parser is not meant for megabytes.
pub const MAX_QUERY_BYTES: usize = 16 * 1024;
/// Deepest offset served; deeper pages are empty rather than a memory spike.
pub const MAX_OFFSET: usize = 1_000_000;
/// Most hits one request returns.
pub const MAX_LIMIT: usize = 10_000;
/// Snippet length in characters.
const SNIPPET_CHARS: usize = 180;

/// Filters shared by `search` and `facets`.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    /// Any of these speakers (case-insensitive).
    pub speakers: Vec<String>,
    /// Any of these countries (aliases such as `U.S.` accepted).
    pub countries: Vec<String>,
    /// Only this kind.
    pub kind: Option<DocKind>,
    /// On or after this day.
    pub since: Option<Date>,
    /// On or before this day.
    pub until: Option<Date>,
    /// Any of these sources.
    pub sources: Vec<String>,
}

/// Result order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortOrder {
    /// BM25, best first.
    #[default]
    Score,
    /// Newest first.
    Date,
}

/// A search.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// Query text; `""` or `*` matches everything.
    pub query: String,
    /// Filters.
    pub filters: Filters,
    /// Hits to return.
    pub limit: usize,
    /// Hits to skip.
    pub offset: usize,
    /// Order.
    pub sort: SortOrder,
    /// Compute snippets for the returned hits.
    pub snippets: bool,
    /// Count every match. Without the count, ranking can skip documents that cannot reach
    /// the top (block-max WAND), which is several times faster on common terms.
    pub count_total: bool,
}

impl SearchRequest {
    /// A request with defaults: 10 hits by score, with snippets.
    pub fn new(query: impl Into<String>) -> Self {
        SearchRequest {
            query: query.into(),
            filters: Filters::default(),
            limit: 10,
            offset: 0,
            sort: SortOrder::Score,
            snippets: true,
            count_total: true,
        }
    }
}

/// A highlighted excerpt.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Snippet {
    /// The excerpt.
    pub text: String,
    /// Byte ranges of matched terms within `text`.
    pub highlights: Vec<(usize, usize)>,
}

/// One hit.
#[derive(Debug, Clone)]
pub struct SearchHit {
    /// The document.
    pub doc: Document,
    /// BM25 score (0 when sorted by date).
    pub score: f32,
    /// Excerpt with highlights.
    pub snippet: Option<Snippet>,
}

/// Hits and the total number of matches.
#[derive(Debug, Clone)]
pub struct SearchResults {
    /// Documents matching the query and filters (when counted).
    pub total: Option<usize>,
    /// The requested page.
    pub hits: Vec<SearchHit>,
}

/// Builds the full query (user query plus filters). Exposed for benchmarks and fuzzing.
pub fn build_query(index: &NewsIndex, query: &str, filters: &Filters) -> Result<Box<dyn Query>> {
    if query.len() > MAX_QUERY_BYTES {
        return Err(Error::Query(format!(
            "query is {} bytes; the limit is {MAX_QUERY_BYTES}",
            query.len()
        )));
    }
    let f = index.fields();
    let trimmed = query.trim();
    let user: Box<dyn Query> = if trimmed.is_empty() || trimmed == "*" {
        Box::new(AllQuery)
    } else {
        let ast = tantivy::query_grammar::parse_query(trimmed).map_err(|_| {
            Error::Query(query_hint(&QueryParserError::SyntaxError(
                trimmed.to_string(),
            )))
        })?;
        let ast = phrases_to_pairs(ast, &mut index.word_analyzer());
        let parsed = index
            .query_parser()
            .build_query_from_user_input_ast(ast)
            .map_err(|e| Error::Query(query_hint(&e)))?;
        // The parser accepts queries tantivy then refuses when searching (`field:*` needs a
        // fast field): check now so they are query errors (exit 2), not index errors. With
        // scoring disabled this reads nothing from the index. Found by fuzz/query.
        parsed
            .weight(EnableScoring::disabled_from_schema(index.schema()))
            .map_err(|e| Error::Query(format!("{e} (in {trimmed:?})")))?;
        parsed
    };
    // Filters select, they do not rank: scored with 0 so a hit's score is its text relevance.
    let mut filters_q: Vec<Box<dyn Query>> = Vec::new();
    let any_of = |field: Field, values: Vec<String>| -> Box<dyn Query> {
        let terms: Vec<(Occur, Box<dyn Query>)> = values
            .iter()
            .map(|v| {
                let term = Term::from_field_text(field, &exact_term(v));
                let q: Box<dyn Query> = Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                (Occur::Should, q)
            })
            .collect();
        Box::new(BooleanQuery::new(terms))
    };
    if !filters.speakers.is_empty() {
        filters_q.push(any_of(f.speaker, filters.speakers.clone()));
    }
    if !filters.countries.is_empty() {
        let gazetteer = Gazetteer::get();
        let countries = filters
            .countries
            .iter()
            .map(|c| gazetteer.canonical_country(c))
            .collect();
        filters_q.push(any_of(f.country, countries));
    }
    if !filters.sources.is_empty() {
        filters_q.push(any_of(f.source, filters.sources.clone()));
    }
    if let Some(kind) = filters.kind {
        let term = Term::from_field_text(f.kind, kind.as_str());
        filters_q.push(Box::new(TermQuery::new(term, IndexRecordOption::Basic)));
    }
    if let (Some(since), Some(until)) = (filters.since, filters.until) {
        if until < since {
            return Err(Error::Usage(format!(
                "--until {until} is before --since {since}: no date can match"
            )));
        }
    }
    if filters.since.is_some() || filters.until.is_some() {
        let lower = filters.since.map_or(Bound::Unbounded, |d| {
            Bound::Included(Term::from_field_date(f.date, to_datetime(d)))
        });
        // Inclusive day: everything before the next midnight; the last representable day has
        // no next day, and nothing lies after it.
        let upper = match filters.until.map(|d| d.checked_add(Duration::days(1))) {
            Some(Some(next)) => Bound::Excluded(Term::from_field_date(f.date, to_datetime(next))),
            _ => Bound::Unbounded,
        };
        filters_q.push(Box::new(RangeQuery::new(lower, upper)));
    }
    if filters_q.is_empty() {
        return Ok(lazy_unions_in_conjunctions(user));
    }
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, user)];
    clauses.extend(filters_q.into_iter().map(|q| -> (Occur, Box<dyn Query>) {
        (
            Occur::Must,
            Box::new(ConstScoreQuery::new(lazy_unions_in_required_clause(q), 0.0)),
        )
    }));
    Ok(lazy_unions_in_conjunctions(Box::new(BooleanQuery::new(
        clauses,
    ))))
}

/// Days the newest-first search looks at first; each window too small is widened eightfold.
const FIRST_WINDOW_DAYS: i64 = 32;
const SECONDS_PER_DAY: i64 = 86_400;

/// The `request.limit` hits of `query` after `request.offset`, newest first.
///
/// Ranking every match by its date costs a date lookup per match (a common word over ten years
/// of news is hundreds of thousands). Instead the newest days are searched first: the window
/// is a range over the date's postings, a bitset of its few documents that leads the
/// intersection, and it widens until it holds enough hits. Every match outside a window is
/// older than every match inside it, so the hits are those of ranking all matches.
fn newest_first(
    index: &NewsIndex,
    searcher: &tantivy::Searcher,
    query: &dyn Query,
    request: &SearchRequest,
) -> Result<Vec<DocAddress>> {
    let top = || {
        TopDocs::with_limit(request.limit)
            .and_offset(request.offset)
            .order_by_fast_field::<DateTime>(names::DATE, Order::Desc)
    };
    let addresses = |hits: Vec<(Option<DateTime>, DocAddress)>| -> Vec<DocAddress> {
        hits.into_iter().map(|(_, address)| address).collect()
    };
    let Some((oldest, newest)) = date_bounds(searcher)? else {
        return Ok(addresses(searcher.search(query, &top())?));
    };
    // Windows end (exclusive) after the newest time the filters allow and never reach past
    // the oldest.
    let day_secs = |d: Date| to_datetime(d).into_timestamp_secs();
    let end = request.filters.until.map_or(newest + 1, |u| {
        (newest + 1).min(day_secs(u) + SECONDS_PER_DAY)
    });
    let start = request
        .filters
        .since
        .map_or(oldest, |s| oldest.max(day_secs(s)));
    let mut span = FIRST_WINDOW_DAYS * SECONDS_PER_DAY;
    while end.saturating_sub(span) > start {
        let from = DateTime::from_timestamp_secs(end - span);
        // Bounded above too when `--until` is given: the window's bitset holds only its days.
        let upper = match request.filters.until {
            Some(_) => Bound::Excluded(Term::from_field_date(
                index.fields().date,
                DateTime::from_timestamp_secs(end),
            )),
            None => Bound::Unbounded,
        };
        let window = InvertedIndexRangeQuery::new(
            Bound::Included(Term::from_field_date(index.fields().date, from)),
            upper,
        );
        let windowed = BooleanQuery::new(vec![
            (Occur::Must, query.box_clone()),
            (
                Occur::Must,
                Box::new(ConstScoreQuery::new(Box::new(window), 0.0)),
            ),
        ]);
        let hits = searcher.search(&windowed, &top())?;
        if hits.len() == request.limit {
            return Ok(addresses(hits));
        }
        span = span.saturating_mul(8);
    }
    Ok(addresses(searcher.search(query, &top())?))
}

/// Oldest and newest publication time in the index (seconds), if any document has a date.
fn date_bounds(searcher: &tantivy::Searcher) -> Result<Option<(i64, i64)>> {
    let mut bounds: Option<(i64, i64)> = None;
    for segment in searcher.segment_readers() {
        let column = segment.fast_fields().date(names::DATE)?;
        if column.values.num_vals() == 0 {
            continue;
        }
        let (lo, hi) = (
            column.min_value().into_timestamp_secs(),
            column.max_value().into_timestamp_secs(),
        );
        bounds = Some(bounds.map_or((lo, hi), |(a, b)| (a.min(lo), b.max(hi))));
    }
    Ok(bounds)
}

fn query_hint(e: &tantivy::query::QueryParserError) -> String {
    use tantivy::query::QueryParserError as E;
    let fields = "text, headline, section, name, speaker, country, organization, place, source, kind, id, article_id";
    match e {
        E::FieldDoesNotExist(field) => {
            format!("unknown field {field:?}; searchable fields are: {fields}")
        }
        E::SyntaxError(s) => {
            format!("syntax error ({s}); check quotes and parentheses, or quote the whole phrase")
        }
        other => format!("{other}"),
    }
}

/// Runs a search.
pub fn search(index: &NewsIndex, request: &SearchRequest) -> Result<SearchResults> {
    if request.limit > MAX_LIMIT {
        return Err(Error::Usage(format!(
            "--limit {} is above the maximum of {MAX_LIMIT}",
            request.limit
        )));
    }
    let query = build_query(index, &request.query, &request.filters)?;
    let searcher = index.searcher();
    if request.limit == 0 || request.offset > MAX_OFFSET {
        let total = searcher.search(&*query, &Count)?;
        return Ok(SearchResults {
            total: Some(total),
            hits: Vec::new(),
        });
    }
    let top = TopDocs::with_limit(request.limit).and_offset(request.offset);
    let (total, scored): (Option<usize>, Vec<(f32, DocAddress)>) =
        match (request.sort, request.count_total) {
            (SortOrder::Score, true) => {
                let (n, hits) = searcher.search(&*query, &(Count, top.order_by_score()))?;
                (Some(n), hits)
            }
            (SortOrder::Score, false) => (None, searcher.search(&*query, &top.order_by_score())?),
            (SortOrder::Date, count) => {
                let n = if count {
                    Some(searcher.search(&*query, &Count)?)
                } else {
                    None
                };
                let hits = newest_first(index, &searcher, &*query, request)?;
                (n, hits.into_iter().map(|a| (0.0, a)).collect())
            }
        };
    let generator = if request.snippets && !scored.is_empty() {
        // Highlight the words of the query as typed: the searched query may look phrases up
        // in the pair field, whose terms are not words of the text.
        let typed = index.query_parser().parse_query(request.query.trim()).ok();
        let highlight = typed.as_deref().unwrap_or(&*query);
        let mut g = SnippetGenerator::create(&searcher, highlight, index.fields().text)?;
        g.set_max_num_chars(SNIPPET_CHARS);
        Some(g)
    } else {
        None
    };
    let mut hits = Vec::with_capacity(scored.len());
    for (score, address) in scored {
        let stored: TantivyDocument = searcher.doc(address)?;
        let doc = index.from_tantivy(&stored);
        let snippet = generator.as_ref().map(|g| {
            let s = g.snippet(&doc.text);
            if s.fragment().is_empty() {
                Snippet {
                    text: leading_chars(&doc.text, SNIPPET_CHARS),
                    highlights: Vec::new(),
                }
            } else {
                Snippet {
                    text: s.fragment().to_string(),
                    highlights: s.highlighted().iter().map(|r| (r.start, r.end)).collect(),
                }
            }
        });
        hits.push(SearchHit {
            doc,
            score,
            snippet,
        });
    }
    Ok(SearchResults { total, hits })
}

fn leading_chars(text: &str, n: usize) -> String {
    match text.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// What to count by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetBy {
    /// Quoted people.
    Speaker,
    /// Their countries.
    Country,
    /// Quoted institutions.
    Organization,
    /// Publication date.
    Date,
    /// Paragraph or profile.
    Kind,
    /// Agency.
    Source,
    /// Dateline place.
    Place,
}

/// Date bucket size.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Interval {
    /// Per day.
    Day,
    /// Per month (`2025-12`).
    #[default]
    Month,
    /// Per year.
    Year,
}

/// A facet count request.
#[derive(Debug, Clone)]
pub struct FacetRequest {
    /// Query; `""` or `*` for all documents.
    pub query: String,
    /// Filters.
    pub filters: Filters,
    /// Dimension.
    pub by: FacetBy,
    /// Bucket size for dates.
    pub interval: Interval,
    /// Keep the N largest values (dates: the N most recent buckets).
    pub top: Option<usize>,
}

/// One facet value and its count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    /// The value (`Yuri Ushakov`, `2025-12`).
    pub value: String,
    /// Matching documents.
    pub count: u64,
}

/// Counts matching documents per facet value: by count (ties by value), dates in date order.
pub fn facets(index: &NewsIndex, request: &FacetRequest) -> Result<Vec<FacetCount>> {
    let query = build_query(index, &request.query, &request.filters)?;
    let searcher = index.searcher();
    if request.by == FacetBy::Date {
        let days = searcher.search(&*query, &DayCounts::new(names::DATE))?;
        let mut out = date_buckets(days, request.interval);
        if let Some(top) = request.top {
            let skip = out.len().saturating_sub(top);
            out.drain(..skip);
        }
        return Ok(out);
    }
    let counts = searcher.search(&*query, &ValueCounts::new(value_field(request.by)))?;
    Ok(by_count(counts, request.top))
}

/// Day counts rolled up to `interval`, in date order.
fn date_buckets(days: Counts<i64>, interval: Interval) -> Vec<FacetCount> {
    let width = match interval {
        Interval::Day => 10,
        Interval::Month => 7,
        Interval::Year => 4,
    };
    let mut buckets: BTreeMap<String, u64> = BTreeMap::new();
    for (day, count) in days {
        if let Some(date) = day_to_date(day) {
            let mut key = format_date(date);
            key.truncate(width);
            *buckets.entry(key).or_default() += count;
        }
    }
    buckets
        .into_iter()
        .map(|(value, count)| FacetCount { value, count })
        .collect()
}

/// Counts sorted by count (ties by value), the largest `top` kept.
fn by_count(counts: Counts<String>, top: Option<usize>) -> Vec<FacetCount> {
    let mut out: Vec<FacetCount> = counts
        .into_iter()
        .map(|(value, count)| FacetCount { value, count })
        .collect();
    let order =
        |a: &FacetCount, b: &FacetCount| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value));
    // Only the top values need sorting; a speaker facet can name thousands.
    if let Some(top) = top.filter(|&t| t > 0 && t < out.len()) {
        out.select_nth_unstable_by(top - 1, order);
        out.truncate(top);
    }
    out.sort_by(order);
    if let Some(top) = top {
        out.truncate(top);
    }
    out
}

/// The fast field holding the values of a dimension.
fn value_field(by: FacetBy) -> &'static str {
    match by {
        FacetBy::Speaker => names::SPEAKER,
        FacetBy::Country => names::COUNTRY,
        FacetBy::Organization => names::ORGANIZATION,
        FacetBy::Date => names::DATE,
        FacetBy::Kind => names::KIND,
        FacetBy::Source => names::SOURCE,
        FacetBy::Place => names::PLACE,
    }
}

/// What `chancery stats` reports.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// Index directory.
    pub index: String,
    /// All documents.
    pub documents: u64,
    /// Paragraph documents.
    pub paragraphs: u64,
    /// Profile documents.
    pub profiles: u64,
    /// Dispatches.
    pub dispatches: u64,
    /// Earliest date.
    pub first_date: Option<String>,
    /// Latest date.
    pub last_date: Option<String>,
    /// Segments.
    pub segments: usize,
    /// Bytes on disk.
    pub size_bytes: u64,
    /// Most quoted speakers.
    pub top_speakers: Vec<FacetCount>,
    /// Most quoted countries.
    pub top_countries: Vec<FacetCount>,
}

/// Statistics of the index.
pub fn stats(index: &NewsIndex) -> Result<Stats> {
    let searcher = index.searcher();
    let kinds = searcher.search(&AllQuery, &ValueCounts::new(names::KIND))?;
    let first = Term::from_field_text(index.fields().first, "1");
    let dispatches = searcher.search(&TermQuery::new(first, IndexRecordOption::Basic), &Count)?;
    let days = searcher.search(&AllQuery, &DayCounts::new(names::DATE))?;
    let day_string = |day: Option<&i64>| day.and_then(|d| day_to_date(*d)).map(format_date);
    let top = |field| -> Result<Vec<FacetCount>> {
        Ok(by_count(
            searcher.search(&AllQuery, &ValueCounts::new(field))?,
            Some(10),
        ))
    };
    Ok(Stats {
        index: index.path().display().to_string(),
        documents: searcher.num_docs(),
        paragraphs: kinds.get("paragraph").copied().unwrap_or(0),
        profiles: kinds.get("profile").copied().unwrap_or(0),
        dispatches: dispatches as u64,
        first_date: day_string(days.keys().min()),
        last_date: day_string(days.keys().max()),
        segments: searcher.segment_readers().len(),
        size_bytes: index.size_on_disk(),
        top_speakers: top(names::SPEAKER)?,
        top_countries: top(names::COUNTRY)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocKind, Document};

    /// `count` paragraphs over ten years; every third says "ceasefire", every tenth is undated,
    /// and some days hold many documents (ties).
    fn dated_index(dir: &std::path::Path, count: u32) -> NewsIndex {
        let index = NewsIndex::open_or_create(dir).expect("index");
        let mut writer = index.writer(50_000_000, false).expect("writer");
        let base = Date::from_calendar_date(2015, time::Month::January, 1).expect("date");
        for n in 0..count {
            let day = (n.wrapping_mul(2_654_435_761) % 3650) / if n % 7 == 0 { 50 } else { 1 };
            let doc = Document {
                id: format!("d{n}:p0"),
                article_id: format!("d{n}"),
                kind: DocKind::Paragraph,
                position: 0,
                headline: None,
                section: None,
                date: (n % 10 != 0).then(|| base + Duration::days(i64::from(day))),
                place: None,
                source: None,
                speakers: Vec::new(),
                countries: Vec::new(),
                organizations: Vec::new(),
                name: None,
                text: if n % 3 == 0 {
                    format!("ceasefire talks number {n}")
                } else {
                    format!("trade figures number {n}")
                },
            };
            writer
                .add_document(index.to_tantivy(&doc, true))
                .expect("add");
        }
        writer.commit().expect("commit");
        index.reload().expect("reload");
        index
    }

    /// Ranking every match by date, without windows.
    fn all_by_date(index: &NewsIndex, request: &SearchRequest) -> Vec<String> {
        let query = build_query(index, &request.query, &request.filters).expect("query");
        let top = TopDocs::with_limit(request.limit)
            .and_offset(request.offset)
            .order_by_fast_field::<DateTime>(names::DATE, Order::Desc);
        let searcher = index.searcher();
        searcher
            .search(&*query, &top)
            .expect("search")
            .into_iter()
            .map(|(_, a)| {
                let stored: TantivyDocument = searcher.doc(a).expect("doc");
                index.from_tantivy(&stored).id
            })
            .collect()
    }

    #[test]
    fn newest_first_windows_give_the_same_hits_as_ranking_every_match() {
        let dir = tempfile::tempdir().expect("tempdir");
        let index = dated_index(dir.path(), 4000);
        let day = |y, m, d| Date::from_calendar_date(y, m, d).ok();
        let ranges = [
            (None, None),
            (day(2019, time::Month::June, 1), None),
            (None, day(2016, time::Month::March, 31)),
            (
                day(2017, time::Month::January, 1),
                day(2017, time::Month::February, 1),
            ),
            (day(2030, time::Month::January, 1), None),
            (
                day(2024, time::Month::January, 1),
                day(2030, time::Month::January, 1),
            ),
            (None, day(2024, time::Month::December, 30)),
        ];
        for query in ["ceasefire", "trade", "", "number"] {
            for (since, until) in ranges {
                for (limit, offset) in [(1, 0), (10, 0), (10, 35), (200, 0), (5, 3990)] {
                    let mut request = SearchRequest::new(query);
                    request.filters.since = since;
                    request.filters.until = until;
                    request.limit = limit;
                    request.offset = offset;
                    request.sort = SortOrder::Date;
                    request.snippets = false;
                    request.count_total = false;
                    let got: Vec<String> = search(&index, &request)
                        .expect("search")
                        .hits
                        .into_iter()
                        .map(|h| h.doc.id)
                        .collect();
                    assert_eq!(
                        got,
                        all_by_date(&index, &request),
                        "{query:?} {since:?}..{until:?} limit {limit} offset {offset}"
                    );
                }
            }
        }
    }
}
