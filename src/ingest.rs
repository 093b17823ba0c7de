//! `chancery index`: reading inputs, parsing and splitting them in parallel, and writing them
//! to the index in batches.
//!
//! Inputs are read one at a time (JSON Lines line by line) and parsed in bounded chunks with
//! rayon, so memory stays flat whatever the corpus size. Every `commit_every` dispatches the
//! writer commits: a killed run keeps every committed batch, and since each dispatch replaces
//! its own documents, re-running converges on the same index.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use serde::Serialize;
use tantivy::collector::Count;
use tantivy::query::TermQuery;
use tantivy::schema::IndexRecordOption;
use tantivy::IndexWriter;

use crate::dispatch::{decode, parse_input, Format, ParseError};
use crate::error::{Error, Result};
use crate::index::NewsIndex;
use crate::model::Document;
use crate::split::split;

/// Dispatches parsed together in one parallel chunk.
const CHUNK_DISPATCHES: usize = 512;
/// Bytes of text gathered before a chunk is parsed.
const CHUNK_BYTES: usize = 32 * 1024 * 1024;

/// What `index` should do.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// Files, directories (recursive) and `-` for stdin.
    pub inputs: Vec<PathBuf>,
    /// Writer memory budget in megabytes.
    pub heap_mb: usize,
    /// Commit after this many dispatches.
    pub commit_every: usize,
    /// Wait for another writer instead of failing.
    pub wait: bool,
    /// Show a progress bar (when stderr is a terminal).
    pub progress: bool,
    /// Merge all segments into one at the end (faster queries; skip for small increments).
    pub merge: bool,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            inputs: Vec::new(),
            heap_mb: 256,
            commit_every: 1000,
            wait: false,
            progress: false,
            merge: true,
        }
    }
}

/// An input that was not indexed, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    /// File (with `:line` for JSON Lines).
    pub input: String,
    /// Why.
    pub reason: String,
}

/// What an `index` run did.
#[derive(Debug, Default, Clone, Serialize)]
pub struct IndexSummary {
    /// Files read.
    pub files: usize,
    /// Dispatches parsed and indexed.
    pub dispatches: usize,
    /// Documents written.
    pub documents_added: usize,
    /// Documents that replaced earlier versions of the same dispatch.
    pub documents_replaced: usize,
    /// Commits made.
    pub commits: usize,
    /// Inputs skipped, with reasons.
    pub skipped: Vec<Skipped>,
    /// Non-fatal warnings (an impossible date, say).
    pub warnings: Vec<String>,
    /// Wall time in seconds.
    pub elapsed_secs: f64,
    /// Bytes of input read.
    pub bytes: u64,
    /// Segments before the merge at the end (0 when not merged).
    pub segments_merged: usize,
    /// Segments after that merge: one, or one per million documents (0 when not merged).
    pub segments_after_merge: usize,
}

/// One dispatch's text waiting to be parsed.
struct Unit {
    origin: String,
    text: String,
    format: Format,
}

/// Parsed result of one unit.
type Parsed = (
    String,
    Vec<(
        usize,
        std::result::Result<(Vec<Document>, Vec<String>), ParseError>,
    )>,
);

/// Indexes `options.inputs` into the index at `index_path` (created if needed).
pub fn index_inputs(index_path: &Path, options: &IndexOptions) -> Result<IndexSummary> {
    let started = Instant::now();
    let index = NewsIndex::open_or_create(index_path)?;
    let mut writer = index.writer(options.heap_mb.max(1) * 1024 * 1024, options.wait)?;
    if options.merge {
        // One merge at the end instead of background merges: cheaper in total, and a final
        // merge racing a background one would be abandoned by tantivy.
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
    }
    let searcher = index.searcher();
    let fresh = searcher.num_docs() == 0;
    let mut run = Run {
        index: &index,
        writer: &mut writer,
        searcher,
        fresh,
        written: HashMap::new(),
        summary: IndexSummary::default(),
        since_commit: 0,
        commit_every: options.commit_every.max(1),
    };
    let progress = progress_bar(options.progress);

    let mut chunk: Vec<Unit> = Vec::new();
    let mut chunk_bytes = 0;
    for input in expand_inputs(&options.inputs, &mut run.summary.skipped) {
        let units = match read_input(&input) {
            Ok(units) => units,
            Err(reason) => {
                run.summary.skipped.push(Skipped {
                    input: display(&input),
                    reason,
                });
                continue;
            }
        };
        run.summary.files += 1;
        for unit in units {
            let unit = match unit {
                Ok(unit) => unit,
                Err(skip) => {
                    run.summary.skipped.push(skip);
                    continue;
                }
            };
            chunk_bytes += unit.text.len();
            run.summary.bytes += unit.text.len() as u64;
            progress.inc(unit.text.len() as u64);
            chunk.push(unit);
            if chunk.len() >= CHUNK_DISPATCHES || chunk_bytes >= CHUNK_BYTES {
                run.write_chunk(std::mem::take(&mut chunk))?;
                chunk_bytes = 0;
            }
        }
    }
    run.write_chunk(chunk)?;
    run.commit()?;
    let mut summary = run.summary;
    if options.merge {
        progress.set_message("merging segments");
        let (before, after) = index.merge_all(writer)?;
        summary.segments_merged = before;
        summary.segments_after_merge = after;
    } else {
        drop(writer);
    }
    progress.finish_and_clear();
    summary.elapsed_secs = started.elapsed().as_secs_f64();
    Ok(summary)
}

struct Run<'a> {
    index: &'a NewsIndex,
    writer: &'a mut IndexWriter,
    searcher: tantivy::Searcher,
    fresh: bool,
    /// Documents written per dispatch in this run (for the replaced count).
    written: HashMap<String, usize>,
    summary: IndexSummary,
    since_commit: usize,
    commit_every: usize,
}

impl Run<'_> {
    fn write_chunk(&mut self, chunk: Vec<Unit>) -> Result<()> {
        let parsed: Vec<Parsed> = chunk.into_par_iter().map(parse_unit).collect();
        for (origin, dispatches) in parsed {
            for (_, result) in dispatches {
                match result {
                    Ok((docs, warnings)) => {
                        for w in warnings {
                            tracing::warn!("{origin}: {w}");
                            self.summary.warnings.push(format!("{origin}: {w}"));
                        }
                        self.add_dispatch(docs)?;
                    }
                    // A unit is one dispatch (a JSON Lines unit's origin already names its line).
                    Err(reason) => self.summary.skipped.push(Skipped {
                        input: origin.clone(),
                        reason: reason.to_string(),
                    }),
                }
            }
        }
        Ok(())
    }

    fn add_dispatch(&mut self, docs: Vec<Document>) -> Result<()> {
        let Some(article_id) = docs.first().map(|d| d.article_id.clone()) else {
            return Ok(());
        };
        let term = self.index.article_term(&article_id);
        let replaced = match self.written.get(&article_id) {
            Some(n) => *n,
            None if self.fresh => 0,
            None => self
                .searcher
                .search(
                    &TermQuery::new(term.clone(), IndexRecordOption::Basic),
                    &Count,
                )
                .map_err(Error::from)?,
        };
        // A delete is only queued for a dispatch that is in the index or earlier in this run:
        // tantivy applies every queued delete to every segment at each commit, which made a
        // bulk load into a fresh index quadratic in its number of commits.
        if replaced > 0 || self.written.contains_key(&article_id) {
            self.writer.delete_term(term);
        }
        self.summary.documents_replaced += replaced;
        self.summary.documents_added += docs.len();
        self.written.insert(article_id, docs.len());
        for (i, doc) in docs.iter().enumerate() {
            self.writer
                .add_document(self.index.to_tantivy(doc, i == 0))
                .map_err(Error::from)?;
        }
        self.summary.dispatches += 1;
        self.since_commit += 1;
        if self.since_commit >= self.commit_every {
            self.commit()?;
        }
        Ok(())
    }

    fn commit(&mut self) -> Result<()> {
        if self.since_commit == 0 && self.summary.commits > 0 {
            return Ok(());
        }
        self.writer.commit().map_err(Error::from)?;
        self.summary.commits += 1;
        self.since_commit = 0;
        tracing::debug!(dispatches = self.summary.dispatches, "committed");
        Ok(())
    }
}

fn parse_unit(unit: Unit) -> Parsed {
    let results = parse_input(&unit.text, unit.format)
        .into_iter()
        .map(|(line, r)| (line, r.map(|d| (split(&d), d.warnings))))
        .collect();
    (unit.origin, results)
}

/// Files to read: explicit files as given, directories walked for .txt/.json/.jsonl.
fn expand_inputs(inputs: &[PathBuf], skipped: &mut Vec<Skipped>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" || !input.is_dir() {
            files.push(input.clone());
            continue;
        }
        let mut found = Vec::new();
        for entry in walkdir::WalkDir::new(input).follow_links(true) {
            match entry {
                Ok(e) if e.file_type().is_file() && Format::for_path(e.path()).is_some() => {
                    found.push(e.into_path());
                }
                Ok(_) => {}
                Err(e) => skipped.push(Skipped {
                    input: e
                        .path()
                        .map_or_else(|| display(input), |p| p.display().to_string()),
                    reason: walk_error(&e),
                }),
            }
        }
        found.sort();
        files.extend(found);
    }
    files
}

fn walk_error(e: &walkdir::Error) -> String {
    if e.loop_ancestor().is_some() {
        "directory symlink loop, not followed".to_string()
    } else {
        e.io_error()
            .map_or_else(|| e.to_string(), |io| io.to_string())
    }
}

/// Reads one input into units: a whole file, or one unit per JSON Lines line.
fn read_input(path: &Path) -> std::result::Result<Vec<std::result::Result<Unit, Skipped>>, String> {
    let origin = display(path);
    let stdin = path.as_os_str() == "-";
    // Stdin and unknown extensions are wire text, unless they start like JSON.
    let format = Format::for_path(path);
    if format == Some(Format::JsonLines) {
        let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
        return Ok(read_lines(BufReader::new(file), &origin));
    }
    let mut bytes = Vec::new();
    let read = if stdin {
        std::io::stdin().read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes))
    };
    read.map_err(|e| e.to_string())?;
    let text = decode(&bytes).map_err(|e| e.to_string())?;
    let format = format.unwrap_or_else(|| {
        let head = text.trim_start();
        if head.starts_with('{') && text.lines().filter(|l| !l.trim().is_empty()).count() > 1 {
            Format::JsonLines
        } else if head.starts_with('{') {
            Format::Json
        } else {
            Format::Wire
        }
    });
    if format == Format::JsonLines {
        return Ok(read_lines(text.as_bytes(), &origin));
    }
    Ok(vec![Ok(Unit {
        origin,
        text: text.to_string(),
        format,
    })])
}

/// JSON Lines: one unit per non-empty line; undecodable lines are skipped by number.
fn read_lines(reader: impl BufRead, origin: &str) -> Vec<std::result::Result<Unit, Skipped>> {
    let mut units = Vec::new();
    for (n, line) in reader.split(b'\n').enumerate() {
        let line_no = n + 1;
        let skip = |reason: String| Skipped {
            input: format!("{origin}:{line_no}"),
            reason,
        };
        let bytes = match line {
            Ok(bytes) => bytes,
            Err(e) => {
                units.push(Err(skip(e.to_string())));
                break;
            }
        };
        if bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match decode(&bytes) {
            Ok(text) => units.push(Ok(Unit {
                origin: format!("{origin}:{line_no}"),
                text: text.to_string(),
                format: Format::Json,
            })),
            Err(e) => units.push(Err(skip(e.to_string()))),
        }
    }
    units
}

fn display(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

fn progress_bar(enabled: bool) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !enabled || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} {bytes} read, {bytes_per_sec} ({elapsed}) {msg}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

/// Reads every dispatch of one file (or `-` for stdin) for `chancery split`: a bad file or a
/// bad JSON Lines line is an [`Error::Input`] naming it.
pub fn read_dispatches(path: &Path) -> Result<Vec<crate::model::Dispatch>> {
    let units =
        read_input(path).map_err(|reason| Error::Usage(format!("{}: {reason}", display(path))))?;
    let mut out = Vec::new();
    for unit in units {
        let unit = unit.map_err(|s| Error::Usage(format!("{}: {}", s.input, s.reason)))?;
        for (_, result) in parse_input(&unit.text, unit.format) {
            let dispatch = result.map_err(|reason| Error::Input {
                path: unit.origin.clone(),
                reason,
            })?;
            out.push(dispatch);
        }
    }
    Ok(out)
}
