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

/// Units of one input, read lazily: JSON Lines files stream line by line, so a file of any
/// size costs one chunk of memory.
type Units = Box<dyn Iterator<Item = std::result::Result<Unit, Skipped>>>;

/// Reads one input into units: a whole file, or one unit per JSON Lines line.
fn read_input(path: &Path) -> std::result::Result<Units, String> {
    let origin = display(path);
    let stdin = path.as_os_str() == "-";
    // Stdin and unknown extensions are wire text, unless they start like JSON.
    let format = Format::for_path(path);
    if format == Some(Format::JsonLines) {
        let file = std::fs::File::open(path).map_err(|e| e.to_string())?;
        return Ok(Box::new(JsonLines::new(BufReader::new(file), origin)));
    }
    let mut bytes = Vec::new();
    let read = if stdin {
        match sniff_stdin_json_lines().map_err(|e| e.to_string())? {
            StdinStart::JsonLines(reader) => {
                return Ok(Box::new(JsonLines::new(reader, origin)));
            }
            StdinStart::Other(head, mut rest) => {
                bytes = head;
                rest.read_to_end(&mut bytes)
            }
        }
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
        let text = text.to_string();
        drop(bytes);
        return Ok(Box::new(JsonLines::new(
            std::io::Cursor::new(text.into_bytes()),
            origin,
        )));
    }
    Ok(Box::new(std::iter::once(Ok(Unit {
        origin,
        text: text.to_string(),
        format,
    }))))
}

/// Stdin, read as far as its first non-blank line.
enum StdinStart {
    /// That line is a JSON object on its own: JSON Lines, streamed from the start.
    JsonLines(BufReader<std::io::Chain<std::io::Cursor<Vec<u8>>, std::io::StdinLock<'static>>>),
    /// Anything else (wire text, one pretty-printed JSON dispatch): the bytes read so far and
    /// the rest of stdin, to be read whole.
    Other(Vec<u8>, std::io::StdinLock<'static>),
}

/// Tells JSON Lines on stdin from the other formats without reading it all, so that a feed
/// piped in (`cat *.jsonl | chancery index -`) streams like a JSON Lines file.
fn sniff_stdin_json_lines() -> std::io::Result<StdinStart> {
    let mut stdin = std::io::stdin().lock();
    let mut head = Vec::new();
    loop {
        let line_start = head.len();
        let n = stdin.read_until(b'\n', &mut head)?;
        let line = &head[line_start..];
        if n == 0 || !line.iter().all(u8::is_ascii_whitespace) {
            let trimmed = line.trim_ascii();
            let json_line = trimmed.starts_with(b"{")
                && serde_json::from_slice::<serde::de::IgnoredAny>(trimmed).is_ok();
            return Ok(if json_line {
                StdinStart::JsonLines(BufReader::new(std::io::Cursor::new(head).chain(stdin)))
            } else {
                StdinStart::Other(head, stdin)
            });
        }
    }
}

/// JSON Lines: one unit per non-empty line, read as they are consumed; undecodable lines are
/// skipped by number.
struct JsonLines<R> {
    lines: std::io::Split<R>,
    origin: String,
    line_no: usize,
    failed: bool,
}

impl<R: BufRead> JsonLines<R> {
    fn new(reader: R, origin: String) -> Self {
        JsonLines {
            lines: reader.split(b'\n'),
            origin,
            line_no: 0,
            failed: false,
        }
    }
}

impl<R: BufRead> Iterator for JsonLines<R> {
    type Item = std::result::Result<Unit, Skipped>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        loop {
            let line = self.lines.next()?;
            self.line_no += 1;
            let skip = |reason: String| Skipped {
                input: format!("{}:{}", self.origin, self.line_no),
                reason,
            };
            let bytes = match line {
                Ok(bytes) => bytes,
                Err(e) => {
                    // A read error ends the file: later lines cannot be trusted to be there.
                    self.failed = true;
                    return Some(Err(skip(e.to_string())));
                }
            };
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Some(match decode(&bytes) {
                Ok(text) => Ok(Unit {
                    origin: format!("{}:{}", self.origin, self.line_no),
                    text: text.to_string(),
                    format: Format::Json,
                }),
                Err(e) => Err(skip(e.to_string())),
            });
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that fails the test if more than `limit` bytes are ever pulled from it.
    struct Bounded<'a> {
        data: &'a [u8],
        pos: usize,
        limit: usize,
    }

    impl Read for Bounded<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            let n = buf.len().min(16).min(self.data.len() - self.pos);
            buf[..n].copy_from_slice(&self.data[self.pos..self.pos + n]);
            self.pos += n;
            assert!(self.pos <= self.limit, "read {} bytes ahead", self.pos);
            Ok(n)
        }
    }

    #[test]
    fn json_lines_are_read_as_they_are_consumed() {
        let line = "{\"body\":\"One paragraph here.\"}\n";
        let data = line.repeat(1000);
        let reader = BufReader::with_capacity(
            64,
            Bounded {
                data: data.as_bytes(),
                pos: 0,
                limit: 3 * line.len() + 64,
            },
        );
        let mut lines = JsonLines::new(reader, "feed.jsonl".into());
        for n in 1..=3 {
            let unit = lines.next().expect("a line").expect("decoded");
            assert_eq!(unit.origin, format!("feed.jsonl:{n}"));
        }
    }

    #[test]
    fn json_lines_skip_blank_lines_and_number_bad_ones() {
        let text = "{\"body\":\"a.\"}\n\n  \n\u{0}bad\n{\"body\":\"b.\"}";
        let units: Vec<_> = JsonLines::new(text.as_bytes(), "f".into()).collect();
        assert_eq!(units.len(), 3);
        assert_eq!(
            units[0].as_ref().map(|u| u.origin.as_str()).ok(),
            Some("f:1")
        );
        assert_eq!(
            units[1].as_ref().err().map(|s| s.input.as_str()),
            Some("f:4")
        );
        assert_eq!(
            units[2].as_ref().map(|u| u.origin.as_str()).ok(),
            Some("f:5")
        );
    }
}
