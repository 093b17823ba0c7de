//! `chancery bench`: replays a query file against an open index and reports latency
//! percentiles per query class (HDR histograms, microsecond resolution).
//!
//! A query file is JSON Lines, one query per line:
//! `{"q", "class"?, "speaker"?, "country"?, "since"?, "until"?, "facet_by"?, "interval"?,
//! "sort"?, "snippets"?, "limit"?}`. A line with `facet_by` (`speaker`, `country`,
//! `organization`, `date`, `kind`, `source`, `place`) is a facet count through
//! [`crate::search::facets`]; any other line is a ranked search through
//! [`crate::search::search`] with snippets on (the path `chancery search` takes). Blank lines
//! and lines starting with `#` or `//` are ignored.
//!
//! The index is opened once. Every query runs once as a warm-up (which also validates it),
//! then `passes` times in an order shuffled with `seed`. With `threads > 1`, that many clients
//! replay the file concurrently on the same [`NewsIndex`] (its reader is shared), each in its
//! own shuffled order. `cold` additionally times fresh `chancery search` processes end to end.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use rand::seq::SliceRandom;
use rand::SeedableRng;
use serde::{Deserialize, Serialize};
use tantivy::collector::Count;

use crate::error::{Error, Result};
use crate::index::NewsIndex;
use crate::model::parse_date;
use crate::search::{
    build_query, facets, search, FacetBy, FacetRequest, Filters, Interval, SearchRequest, SortOrder,
};

/// What `bench` should do.
#[derive(Debug, Clone)]
pub struct BenchOptions {
    /// Index directory.
    pub index: PathBuf,
    /// Query file (JSON Lines).
    pub queries: PathBuf,
    /// Timed passes over the query file (per client).
    pub passes: usize,
    /// Concurrent clients.
    pub threads: usize,
    /// Shuffle seed.
    pub seed: u64,
    /// Fresh `chancery search` processes to time (0: none).
    pub cold: usize,
    /// The `chancery` binary for `cold` (default: the running executable).
    pub exe: Option<PathBuf>,
}

impl Default for BenchOptions {
    fn default() -> Self {
        BenchOptions {
            index: PathBuf::from("chancery-index"),
            queries: PathBuf::new(),
            passes: 10,
            threads: 1,
            seed: 42,
            cold: 0,
            exe: None,
        }
    }
}

/// One or several values (`"speaker": "A"` or `"speaker": ["A", "B"]`).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum OneOrMany {
    /// A single value.
    One(String),
    /// Several values.
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

/// One line of a query file, as written.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct QueryLine {
    /// Query text (tantivy syntax; `""` or `*` for all).
    pub q: String,
    /// Class label for the report (default `search` or `facet_<by>`).
    pub class: Option<String>,
    /// Speaker filter.
    pub speaker: Option<OneOrMany>,
    /// Country filter.
    pub country: Option<OneOrMany>,
    /// On or after (YYYY-MM-DD).
    pub since: Option<String>,
    /// On or before (YYYY-MM-DD).
    pub until: Option<String>,
    /// Facet dimension: makes this a facet count.
    pub facet_by: Option<String>,
    /// Date bucket for `facet_by: date` (`day`, `month`, `year`; default month).
    pub interval: Option<String>,
    /// `score` (default) or `date`.
    pub sort: Option<String>,
    /// Snippets (default true).
    pub snippets: Option<bool>,
    /// Hits (default 10).
    pub limit: Option<usize>,
}

/// A query ready to run.
#[derive(Debug, Clone)]
pub enum BenchRequest {
    /// Ranked search.
    Search(SearchRequest),
    /// Facet counts.
    Facets(FacetRequest),
}

/// A parsed query with its class.
#[derive(Debug, Clone)]
pub struct BenchQuery {
    /// Report class.
    pub class: String,
    /// 1-based line in the query file.
    pub line: usize,
    /// The request.
    pub request: BenchRequest,
}

impl BenchQuery {
    /// The query text.
    pub fn text(&self) -> &str {
        match &self.request {
            BenchRequest::Search(r) => &r.query,
            BenchRequest::Facets(r) => &r.query,
        }
    }

    /// The filters.
    pub fn filters(&self) -> &Filters {
        match &self.request {
            BenchRequest::Search(r) => &r.filters,
            BenchRequest::Facets(r) => &r.filters,
        }
    }
}

/// Parses a query file's text (JSON Lines).
pub fn parse_queries(text: &str) -> Result<Vec<BenchQuery>> {
    let mut out = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') || line.starts_with("//") {
            continue;
        }
        let parsed: QueryLine = serde_json::from_str(line)
            .map_err(|e| Error::Usage(format!("query file line {}: {e}", n + 1)))?;
        out.push(
            prepare(parsed, n + 1)
                .map_err(|e| Error::Usage(format!("query file line {}: {e}", n + 1)))?,
        );
    }
    if out.is_empty() {
        return Err(Error::Usage("the query file has no queries".into()));
    }
    Ok(out)
}

/// Reads and parses a query file.
pub fn read_queries(path: &Path) -> Result<Vec<BenchQuery>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse_queries(&text)
}

fn prepare(line: QueryLine, number: usize) -> std::result::Result<BenchQuery, String> {
    let date = |v: &Option<String>| -> std::result::Result<_, String> {
        v.as_deref()
            .map(|d| parse_date(d).ok_or_else(|| format!("{d:?} is not a YYYY-MM-DD date")))
            .transpose()
    };
    let filters = Filters {
        speakers: line.speaker.map(OneOrMany::into_vec).unwrap_or_default(),
        countries: line.country.map(OneOrMany::into_vec).unwrap_or_default(),
        kind: None,
        since: date(&line.since)?,
        until: date(&line.until)?,
        sources: Vec::new(),
    };
    let request = if let Some(by) = &line.facet_by {
        let by = match by.as_str() {
            "speaker" => FacetBy::Speaker,
            "country" => FacetBy::Country,
            "organization" => FacetBy::Organization,
            "date" => FacetBy::Date,
            "kind" => FacetBy::Kind,
            "source" => FacetBy::Source,
            "place" => FacetBy::Place,
            other => return Err(format!("unknown facet_by {other:?}")),
        };
        let interval = match line.interval.as_deref() {
            None | Some("month") => Interval::Month,
            Some("day") => Interval::Day,
            Some("year") => Interval::Year,
            Some(other) => return Err(format!("unknown interval {other:?}")),
        };
        BenchRequest::Facets(FacetRequest {
            query: line.q,
            filters,
            by,
            interval,
            top: Some(10).filter(|_| by != FacetBy::Date),
        })
    } else {
        let sort = match line.sort.as_deref() {
            None | Some("score") => SortOrder::Score,
            Some("date") => SortOrder::Date,
            Some(other) => return Err(format!("unknown sort {other:?}")),
        };
        BenchRequest::Search(SearchRequest {
            query: line.q,
            filters,
            limit: line.limit.unwrap_or(10),
            offset: 0,
            sort,
            snippets: line.snippets.unwrap_or(true),
            // As `search --json` runs: programs get the hits, not the total.
            count_total: false,
        })
    };
    let class = line.class.unwrap_or_else(|| match &request {
        BenchRequest::Search(_) => "search".to_string(),
        BenchRequest::Facets(f) => format!("facet_{:?}", f.by).to_lowercase(),
    });
    Ok(BenchQuery {
        class,
        line: number,
        request,
    })
}

/// Runs one query; returns the number of hits (search) or facet values (facets).
pub fn run_query(index: &NewsIndex, query: &BenchQuery) -> Result<usize> {
    match &query.request {
        BenchRequest::Search(r) => Ok(search(index, r)?.hits.len()),
        BenchRequest::Facets(r) => Ok(facets(index, r)?.len()),
    }
}

/// Latency summary of one class (or of all queries).
#[derive(Debug, Clone, Serialize)]
pub struct ClassReport {
    /// Class name (`all` for the overall line).
    pub class: String,
    /// Distinct queries in the class.
    pub queries: usize,
    /// Mean documents matched per query (from the warm-up).
    pub mean_matches: f64,
    /// Timed executions.
    pub count: u64,
    /// Median, milliseconds.
    pub p50_ms: f64,
    /// 95th percentile.
    pub p95_ms: f64,
    /// 99th percentile.
    pub p99_ms: f64,
    /// Slowest.
    pub max_ms: f64,
    /// Mean.
    pub mean_ms: f64,
    /// Throughput: `threads / mean latency` for a class; measured wall-clock rate for `all`.
    pub qps: f64,
}

/// Fresh-process timings.
#[derive(Debug, Clone, Serialize)]
pub struct ColdReport {
    /// The query run.
    pub query: String,
    /// Processes timed.
    pub runs: u64,
    /// Median, milliseconds.
    pub p50_ms: f64,
    /// 95th percentile.
    pub p95_ms: f64,
    /// Slowest.
    pub max_ms: f64,
    /// Fastest.
    pub min_ms: f64,
}

/// What `bench` measured.
#[derive(Debug, Clone, Serialize)]
pub struct BenchReport {
    /// Index directory.
    pub index: String,
    /// Documents in the index.
    pub documents: u64,
    /// Segments in the index.
    pub segments: usize,
    /// Query file.
    pub query_file: String,
    /// Queries in the file.
    pub queries: usize,
    /// Timed passes per client.
    pub passes: usize,
    /// Concurrent clients.
    pub threads: usize,
    /// Shuffle seed.
    pub seed: u64,
    /// Time to open the index, milliseconds.
    pub open_ms: f64,
    /// Wall time of the timed passes, seconds.
    pub wall_secs: f64,
    /// Per class, in name order.
    pub classes: Vec<ClassReport>,
    /// All queries together.
    pub overall: ClassReport,
    /// Fresh-process timings, when asked for.
    pub cold: Option<ColdReport>,
}

fn new_histogram() -> Histogram<u64> {
    // 1 µs .. 100 s, 3 significant digits.
    Histogram::new_with_bounds(1, 100_000_000, 3).expect("static histogram bounds are valid")
}

fn micros(d: Duration) -> u64 {
    u64::try_from(d.as_micros()).unwrap_or(u64::MAX).max(1)
}

fn ms(us: u64) -> f64 {
    us as f64 / 1000.0
}

fn summarize(
    class: &str,
    queries: usize,
    mean_matches: f64,
    h: &Histogram<u64>,
    qps: f64,
) -> ClassReport {
    ClassReport {
        class: class.to_string(),
        queries,
        mean_matches,
        count: h.len(),
        p50_ms: ms(h.value_at_quantile(0.50)),
        p95_ms: ms(h.value_at_quantile(0.95)),
        p99_ms: ms(h.value_at_quantile(0.99)),
        max_ms: ms(h.max()),
        mean_ms: h.mean() / 1000.0,
        qps,
    }
}

/// Documents matched by the query and filters (for the report, not timed).
fn matches(index: &NewsIndex, query: &BenchQuery) -> Result<usize> {
    let q = build_query(index, query.text(), query.filters())?;
    Ok(index.searcher().search(&*q, &Count)?)
}

/// Runs the benchmark.
pub fn run(options: &BenchOptions) -> Result<BenchReport> {
    let queries = read_queries(&options.queries)?;
    let opened = Instant::now();
    let index = NewsIndex::open(&options.index)?;
    let open_ms = opened.elapsed().as_secs_f64() * 1000.0;
    let searcher = index.searcher();

    // Warm-up: every query once, which also validates it.
    let mut match_sums: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for q in &queries {
        run_query(&index, q).map_err(|e| {
            Error::Usage(format!("query file line {} ({:?}): {e}", q.line, q.text()))
        })?;
        let m = matches(&index, q)?;
        let entry = match_sums.entry(q.class.as_str()).or_default();
        entry.0 += 1;
        entry.1 += m;
    }

    let threads = options.threads.max(1);
    let passes = options.passes.max(1);
    let started = Instant::now();
    let per_thread: Vec<Result<BTreeMap<String, Histogram<u64>>>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let index = &index;
                let queries = &queries;
                let seed = options.seed.wrapping_add(t as u64);
                s.spawn(move || client(index, queries, passes, seed))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err(Error::Usage("a bench client panicked".into())))
            })
            .collect()
    });
    let wall = started.elapsed();

    let mut merged: BTreeMap<String, Histogram<u64>> = BTreeMap::new();
    let mut all = new_histogram();
    for result in per_thread {
        for (class, h) in result? {
            all.add(&h).map_err(|e| Error::Usage(e.to_string()))?;
            merged
                .entry(class)
                .or_insert_with(new_histogram)
                .add(&h)
                .map_err(|e| Error::Usage(e.to_string()))?;
        }
    }
    let classes = merged
        .iter()
        .map(|(class, h)| {
            let (n, sum) = match_sums.get(class.as_str()).copied().unwrap_or((0, 0));
            let mean_matches = if n == 0 { 0.0 } else { sum as f64 / n as f64 };
            let qps = if h.mean() > 0.0 {
                threads as f64 * 1e6 / h.mean()
            } else {
                0.0
            };
            summarize(class, n, mean_matches, h, qps)
        })
        .collect();
    let total_matches: usize = match_sums.values().map(|(_, s)| s).sum();
    let overall = summarize(
        "all",
        queries.len(),
        total_matches as f64 / queries.len() as f64,
        &all,
        all.len() as f64 / wall.as_secs_f64().max(1e-9),
    );
    let cold = if options.cold > 0 {
        Some(cold_runs(options, &queries)?)
    } else {
        None
    };
    Ok(BenchReport {
        index: options.index.display().to_string(),
        documents: searcher.num_docs(),
        segments: searcher.segment_readers().len(),
        query_file: options.queries.display().to_string(),
        queries: queries.len(),
        passes,
        threads,
        seed: options.seed,
        open_ms,
        wall_secs: wall.as_secs_f64(),
        classes,
        overall,
        cold,
    })
}

/// One client: `passes` shuffled passes, timing each query.
fn client(
    index: &NewsIndex,
    queries: &[BenchQuery],
    passes: usize,
    seed: u64,
) -> Result<BTreeMap<String, Histogram<u64>>> {
    let mut rng = rand::rngs::SmallRng::seed_from_u64(seed);
    let mut order: Vec<usize> = (0..queries.len()).collect();
    let mut hists: BTreeMap<String, Histogram<u64>> = BTreeMap::new();
    for _ in 0..passes {
        order.shuffle(&mut rng);
        for &i in &order {
            let q = &queries[i];
            let t = Instant::now();
            let n = run_query(index, q)?;
            let us = micros(t.elapsed());
            std::hint::black_box(n);
            hists
                .entry(q.class.clone())
                .or_insert_with(new_histogram)
                .saturating_record(us);
        }
    }
    Ok(hists)
}

/// The query used for fresh-process timing: the first search in a class named like
/// `snippet`, else the first search query.
fn cold_query(queries: &[BenchQuery]) -> Option<&SearchRequest> {
    let searches = || {
        queries.iter().filter_map(|q| match &q.request {
            BenchRequest::Search(r) => Some((q, r)),
            BenchRequest::Facets(_) => None,
        })
    };
    searches()
        .find(|(q, _)| q.class.contains("snippet"))
        .or_else(|| searches().next())
        .map(|(_, r)| r)
}

/// The `chancery search` arguments for a request (after `--index DIR`).
pub fn search_args(request: &SearchRequest) -> Vec<String> {
    let mut args = vec!["search".to_string(), request.query.clone()];
    for s in &request.filters.speakers {
        args.extend(["--speaker".to_string(), s.clone()]);
    }
    for c in &request.filters.countries {
        args.extend(["--country".to_string(), c.clone()]);
    }
    if let Some(d) = request.filters.since {
        args.extend(["--since".to_string(), crate::model::format_date(d)]);
    }
    if let Some(d) = request.filters.until {
        args.extend(["--until".to_string(), crate::model::format_date(d)]);
    }
    if request.sort == SortOrder::Date {
        args.extend(["--sort".to_string(), "date".to_string()]);
    }
    args.extend(["--limit".to_string(), request.limit.to_string()]);
    args
}

fn cold_runs(options: &BenchOptions, queries: &[BenchQuery]) -> Result<ColdReport> {
    let request = cold_query(queries)
        .ok_or_else(|| Error::Usage("--cold needs at least one search query".into()))?;
    let exe = match &options.exe {
        Some(p) => p.clone(),
        None => std::env::current_exe().map_err(|e| Error::io(Path::new("chancery"), e))?,
    };
    let args = search_args(request);
    let mut h = new_histogram();
    let run_once = || -> Result<Duration> {
        let t = Instant::now();
        let status = Command::new(&exe)
            .arg("--index")
            .arg(&options.index)
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .map_err(|e| Error::io(&exe, e))?;
        let elapsed = t.elapsed();
        if !status.success() {
            return Err(Error::Usage(format!(
                "{} search exited with {status}",
                exe.display()
            )));
        }
        Ok(elapsed)
    };
    // One untimed run so the binary and the index files are in the page cache.
    run_once()?;
    for _ in 0..options.cold {
        h.saturating_record(micros(run_once()?));
    }
    Ok(ColdReport {
        query: args.join(" "),
        runs: h.len(),
        p50_ms: ms(h.value_at_quantile(0.5)),
        p95_ms: ms(h.value_at_quantile(0.95)),
        max_ms: ms(h.max()),
        min_ms: ms(h.min()),
    })
}

/// The report as a text table.
pub fn render_text(r: &BenchReport) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "index {} ({} documents, {} segments), {} queries from {}, {} passes, {} thread(s), seed {}, opened in {:.1} ms",
        r.index, r.documents, r.segments, r.queries, r.query_file, r.passes, r.threads, r.seed, r.open_ms
    );
    let _ = writeln!(
        s,
        "{:<22} {:>5} {:>11} {:>8} {:>9} {:>9} {:>9} {:>9} {:>10}",
        "class", "n", "matches", "runs", "p50 ms", "p95 ms", "p99 ms", "max ms", "qps"
    );
    for c in r.classes.iter().chain(std::iter::once(&r.overall)) {
        let _ = writeln!(
            s,
            "{:<22} {:>5} {:>11.0} {:>8} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>10.0}",
            c.class,
            c.queries,
            c.mean_matches,
            c.count,
            c.p50_ms,
            c.p95_ms,
            c.p99_ms,
            c.max_ms,
            c.qps
        );
    }
    if let Some(c) = &r.cold {
        let _ = writeln!(
            s,
            "cold process x{}: p50 {:.2} ms, p95 {:.2} ms, min {:.2} ms, max {:.2} ms  (chancery {})",
            c.runs, c.p50_ms, c.p95_ms, c.min_ms, c.max_ms, c.query
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_searches_facets_and_filters() {
        let text = r#"
# comment
{"q": "ceasefire", "class": "term_rare"}
{"q": "trade OR tariffs"}
{"q": "sanctions", "speaker": ["Ana Ruiz", "Bo Li"], "country": "Spain", "since": "2024-01-01", "until": "2024-12-31", "sort": "date", "snippets": false}
{"q": "*", "facet_by": "date", "interval": "year"}
{"q": "peace", "facet_by": "country"}
"#;
        let q = parse_queries(text).expect("parses");
        assert_eq!(q.len(), 5);
        assert_eq!(q[0].class, "term_rare");
        assert_eq!(q[0].line, 3);
        assert_eq!(q[1].class, "search");
        match &q[2].request {
            BenchRequest::Search(r) => {
                assert_eq!(r.filters.speakers, ["Ana Ruiz", "Bo Li"]);
                assert_eq!(r.filters.countries, ["Spain"]);
                assert_eq!(r.sort, SortOrder::Date);
                assert!(!r.snippets);
                assert!(r.filters.since.is_some() && r.filters.until.is_some());
                let args = search_args(r);
                assert!(args.contains(&"--sort".to_string()));
                assert_eq!(args.iter().filter(|a| *a == "--speaker").count(), 2);
            }
            other => panic!("{other:?}"),
        }
        match &q[3].request {
            BenchRequest::Facets(f) => {
                assert_eq!(f.by, FacetBy::Date);
                assert_eq!(f.interval, Interval::Year);
                assert_eq!(f.top, None);
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(q[3].class, "facet_date");
        assert_eq!(q[4].class, "facet_country");
    }

    #[test]
    fn bad_lines_name_their_line_number() {
        for bad in [
            "{\"q\": \"x\"}\n{\"q\": 3}",
            "{\"q\": \"x\"}\n{\"q\": \"x\", \"facet_by\": \"colour\"}",
            "{\"q\": \"x\"}\n{\"q\": \"x\", \"since\": \"2024-02-30\"}",
            "{\"q\": \"x\"}\n{\"q\": \"x\", \"unknown\": 1}",
        ] {
            let err = parse_queries(bad).expect_err(bad).to_string();
            assert!(err.contains("line 2"), "{err}");
        }
        assert!(parse_queries("\n# nothing\n").is_err());
    }
}
