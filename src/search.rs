//! Ranked search, facet counts and index statistics.
//!
//! The user's query goes through tantivy's `QueryParser` (phrases, `AND`/`OR`/`-`,
//! `field:term`; conjunction by default) over text, headline, section and name; filters are
//! added as required clauses on exact fields, so they never change the BM25 score.

use std::collections::BTreeMap;
use std::ops::Bound;

use serde::Serialize;
use tantivy::collector::{Count, FacetCollector, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, EnableScoring, Occur, Query, QueryParser, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::snippet::SnippetGenerator;
use tantivy::{DateTime, DocAddress, Order, Searcher, TantivyDocument, Term};
use time::{Date, Duration};

use crate::attribution::Gazetteer;
use crate::error::{Error, Result};
use crate::index::{to_datetime, NewsIndex};
use crate::model::{DocKind, Document};
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
    /// Documents matching the query and filters.
    pub total: usize,
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
        let mut parser =
            QueryParser::for_index(index.index(), vec![f.text, f.headline, f.section, f.name]);
        parser.set_conjunction_by_default();
        parser.set_field_boost(f.headline, 2.0);
        parser.set_field_boost(f.name, 2.0);
        let parsed = parser
            .parse_query(trimmed)
            .map_err(|e| Error::Query(query_hint(&e)))?;
        // The parser accepts queries tantivy then refuses when searching (`field:*` needs a
        // fast field): check now so they are query errors (exit 2), not index errors. With
        // scoring disabled this reads nothing from the index. Found by fuzz/query.
        parsed
            .weight(EnableScoring::disabled_from_schema(&index.index().schema()))
            .map_err(|e| Error::Query(format!("{e} (in {trimmed:?})")))?;
        parsed
    };
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, user)];
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
        clauses.push((Occur::Must, any_of(f.speaker, filters.speakers.clone())));
    }
    if !filters.countries.is_empty() {
        let gazetteer = Gazetteer::get();
        let countries = filters
            .countries
            .iter()
            .map(|c| gazetteer.canonical_country(c))
            .collect();
        clauses.push((Occur::Must, any_of(f.country, countries)));
    }
    if !filters.sources.is_empty() {
        clauses.push((Occur::Must, any_of(f.source, filters.sources.clone())));
    }
    if let Some(kind) = filters.kind {
        let term = Term::from_field_text(f.kind, kind.as_str());
        clauses.push((
            Occur::Must,
            Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
        ));
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
        let upper = filters.until.map_or(Bound::Unbounded, |d| {
            let next = d.checked_add(Duration::days(1)).unwrap_or(d);
            Bound::Excluded(Term::from_field_date(f.date, to_datetime(next)))
        });
        clauses.push((Occur::Must, Box::new(RangeQuery::new(lower, upper))));
    }
    if clauses.len() == 1 {
        if let Some((_, q)) = clauses.pop() {
            return Ok(q);
        }
    }
    Ok(Box::new(BooleanQuery::new(clauses)))
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
            total,
            hits: Vec::new(),
        });
    }
    let top = TopDocs::with_limit(request.limit).and_offset(request.offset);
    let (total, scored): (usize, Vec<(f32, DocAddress)>) = match request.sort {
        SortOrder::Score => searcher.search(&*query, &(Count, top.order_by_score()))?,
        SortOrder::Date => {
            let (total, hits) = searcher.search(
                &*query,
                &(
                    Count,
                    top.order_by_fast_field::<DateTime>(names::DATE, Order::Desc),
                ),
            )?;
            (total, hits.into_iter().map(|(_, a)| (0.0, a)).collect())
        }
    };
    let generator = if request.snippets && !scored.is_empty() {
        let mut g = SnippetGenerator::create(&searcher, &*query, index.fields().text)?;
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
    let field = facet_field(request.by);
    let raw = count_facet(&searcher, &*query, field)?;
    if request.by == FacetBy::Date {
        let width = match request.interval {
            Interval::Day => 10,
            Interval::Month => 7,
            Interval::Year => 4,
        };
        let mut buckets: BTreeMap<String, u64> = BTreeMap::new();
        for (day, count) in raw {
            *buckets
                .entry(day.chars().take(width).collect())
                .or_default() += count;
        }
        let mut out: Vec<FacetCount> = buckets
            .into_iter()
            .map(|(value, count)| FacetCount { value, count })
            .collect();
        if let Some(top) = request.top {
            let skip = out.len().saturating_sub(top);
            out.drain(..skip);
        }
        return Ok(out);
    }
    let mut out: Vec<FacetCount> = raw
        .into_iter()
        .map(|(value, count)| FacetCount { value, count })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    if let Some(top) = request.top {
        out.truncate(top);
    }
    Ok(out)
}

fn facet_field(by: FacetBy) -> &'static str {
    match by {
        FacetBy::Speaker => names::SPEAKER_FACET,
        FacetBy::Country => names::COUNTRY_FACET,
        FacetBy::Organization => names::ORGANIZATION_FACET,
        FacetBy::Date => names::DAY_FACET,
        FacetBy::Kind => names::KIND_FACET,
        FacetBy::Source => names::SOURCE_FACET,
        FacetBy::Place => names::PLACE_FACET,
    }
}

/// Counts per top-level facet value of `field`.
fn count_facet(searcher: &Searcher, query: &dyn Query, field: &str) -> Result<Vec<(String, u64)>> {
    let mut collector = FacetCollector::for_field(field);
    collector.add_facet("/");
    let counts = searcher.search(query, &collector)?;
    Ok(counts
        .get("/")
        .map(|(facet, count)| {
            let value = facet
                .to_path()
                .last()
                .map(|s| s.to_string())
                .unwrap_or_default();
            (value, count)
        })
        .collect())
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
    let kinds: BTreeMap<String, u64> = count_facet(&searcher, &AllQuery, names::KIND_FACET)?
        .into_iter()
        .collect();
    let first = Term::from_field_text(index.fields().first, "1");
    let dispatches = searcher.search(&TermQuery::new(first, IndexRecordOption::Basic), &Count)?;
    let days = count_facet(&searcher, &AllQuery, names::DAY_FACET)?;
    let top = |field| -> Result<Vec<FacetCount>> {
        let mut all: Vec<FacetCount> = count_facet(&searcher, &AllQuery, field)?
            .into_iter()
            .map(|(value, count)| FacetCount { value, count })
            .collect();
        all.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        all.truncate(10);
        Ok(all)
    };
    Ok(Stats {
        index: index.path().display().to_string(),
        documents: searcher.num_docs(),
        paragraphs: kinds.get("paragraph").copied().unwrap_or(0),
        profiles: kinds.get("profile").copied().unwrap_or(0),
        dispatches: dispatches as u64,
        first_date: days.iter().map(|(d, _)| d.clone()).min(),
        last_date: days.iter().map(|(d, _)| d.clone()).max(),
        segments: searcher.segment_readers().len(),
        size_bytes: index.size_on_disk(),
        top_speakers: top(names::SPEAKER_FACET)?,
        top_countries: top(names::COUNTRY_FACET)?,
    })
}
