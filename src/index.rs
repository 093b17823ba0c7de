//! The on-disk index: opening and creating it, the single writer, and the mapping between
//! [`Document`]s and tantivy documents.
//!
//! One writer at a time (tantivy's lock file); readers never take the lock and always see the
//! last commit. A dispatch is replaced as a whole: its documents are deleted by `article_id`
//! and added again in the same commit, so re-indexing never duplicates anything.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tantivy::directory::error::{LockError, OpenDirectoryError};
use tantivy::query::QueryParser;
use tantivy::schema::{Facet, Schema, Value};
use tantivy::store::{Compressor, ZstdCompressor};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{
    DateTime, Index, IndexReader, IndexSettings, IndexWriter, ReloadPolicy, TantivyDocument, Term,
};
use time::{OffsetDateTime, Time};

use crate::error::{Error, Result};
use crate::model::{DocKind, Document};
use crate::schema::{build_schema, register_tokenizers, Fields, EN_STEM};

/// Smallest writer heap tantivy accepts, per thread.
const MIN_HEAP_PER_THREAD: usize = 15_000_000;

/// An open Chancery index.
pub struct NewsIndex {
    index: Index,
    path: PathBuf,
    fields: Fields,
    reader: IndexReader,
    /// Built once: searches parse with it and never set up tokenizers or the schema again.
    parser: QueryParser,
    /// The analyzer of the searchable fields, to find the words of a query's phrases.
    words: TextAnalyzer,
    schema: Schema,
}

impl std::fmt::Debug for NewsIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewsIndex")
            .field("path", &self.path)
            .finish()
    }
}

impl NewsIndex {
    /// Opens an existing index; a missing directory is [`Error::IndexMissing`].
    pub fn open(path: &Path) -> Result<NewsIndex> {
        if !path.join("meta.json").exists() {
            if path.is_dir() && std::fs::read_dir(path).is_ok_and(|mut d| d.next().is_some()) {
                return Err(Error::Corrupt {
                    path: path.to_path_buf(),
                    detail: "meta.json is missing".into(),
                });
            }
            return Err(Error::IndexMissing(path.to_path_buf()));
        }
        let index = Index::open_in_dir(path).map_err(|e| open_error(path, e))?;
        Self::from_index(index, path)
    }

    /// Opens the index at `path`, creating it (and the directory) when absent.
    pub fn open_or_create(path: &Path) -> Result<NewsIndex> {
        if path.join("meta.json").exists() {
            return Self::open(path);
        }
        if path.exists() && !path.is_dir() {
            return Err(Error::Usage(format!(
                "{} exists and is not a directory; choose another --index",
                path.display()
            )));
        }
        if path.is_dir() && std::fs::read_dir(path).is_ok_and(|mut d| d.next().is_some()) {
            return Err(Error::Corrupt {
                path: path.to_path_buf(),
                detail: "the directory is not empty and has no meta.json".into(),
            });
        }
        std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
        // zstd stores the documents in about half the space of the default lz4, and a 16 KB
        // block still decompresses in microseconds when a hit is shown.
        let settings = IndexSettings {
            docstore_compression: Compressor::Zstd(ZstdCompressor {
                compression_level: Some(3),
            }),
            ..IndexSettings::default()
        };
        let index = Index::builder()
            .schema(build_schema())
            .settings(settings)
            .create_in_dir(path)
            .map_err(|e| open_error(path, e))?;
        Self::from_index(index, path)
    }

    fn from_index(index: Index, path: &Path) -> Result<NewsIndex> {
        check_segment_files(&index, path)?;
        let fields = Fields::resolve(&index.schema()).map_err(|e| Error::Corrupt {
            path: path.to_path_buf(),
            detail: format!(
                "unexpected schema (an index of another program or of an older Chancery): {e}"
            ),
        })?;
        register_tokenizers(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| open_error(path, e))?;
        let mut parser = QueryParser::for_index(
            &index,
            vec![fields.text, fields.headline, fields.section, fields.name],
        );
        parser.set_conjunction_by_default();
        parser.set_field_boost(fields.headline, 2.0);
        parser.set_field_boost(fields.name, 2.0);
        let words = index
            .tokenizers()
            .get(EN_STEM)
            .ok_or_else(|| Error::Corrupt {
                path: path.to_path_buf(),
                detail: format!("analyzer {EN_STEM} is not registered"),
            })?;
        Ok(NewsIndex {
            words,
            schema: index.schema(),
            index,
            path: path.to_path_buf(),
            fields,
            reader,
            parser,
        })
    }

    /// The tantivy index.
    pub fn index(&self) -> &Index {
        &self.index
    }

    /// The query parser: BM25 over text, headline, section and name (headline and name count
    /// double), terms combined with AND.
    pub fn query_parser(&self) -> &QueryParser {
        &self.parser
    }

    /// A copy of the analyzer of the searchable fields (words, lowercased, folded, stemmed).
    pub fn word_analyzer(&self) -> TextAnalyzer {
        self.words.clone()
    }

    /// The schema.
    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    /// Field handles.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// The index directory.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A searcher on the last commit seen by this reader.
    pub fn searcher(&self) -> tantivy::Searcher {
        self.reader.searcher()
    }

    /// Reloads the reader to see the latest commit.
    pub fn reload(&self) -> Result<()> {
        self.reader.reload().map_err(Error::from)
    }

    /// Takes the writer lock. With `wait`, retries until the other writer is done.
    pub fn writer(&self, heap_bytes: usize, wait: bool) -> Result<IndexWriter> {
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8);
        let threads = threads.min((heap_bytes / MIN_HEAP_PER_THREAD).max(1));
        let heap = heap_bytes.max(MIN_HEAP_PER_THREAD * threads);
        let started = Instant::now();
        loop {
            match self.index.writer_with_num_threads(threads, heap) {
                Ok(writer) => return Ok(writer),
                Err(tantivy::TantivyError::LockFailure(LockError::LockBusy, _)) if wait => {
                    if started.elapsed().as_secs() % 10 == 0 {
                        tracing::info!("waiting for the writer lock on {}", self.path.display());
                    }
                    std::thread::sleep(Duration::from_millis(200));
                }
                Err(tantivy::TantivyError::LockFailure(LockError::LockBusy, _)) => {
                    return Err(Error::Locked(self.path.clone()))
                }
                Err(e) => return Err(open_error(&self.path, e)),
            }
        }
    }

    /// Merges the segments into as few as possible (fewer files to open, faster queries), none
    /// larger than [`MAX_MERGED_DOCS`], and waits for the merges to be committed. Returns the
    /// number of segments before and after.
    pub fn merge_all(&self, mut writer: IndexWriter) -> Result<(usize, usize)> {
        let metas = self.index.searchable_segment_metas()?;
        let before = metas.len();
        let groups = merge_groups(
            metas
                .iter()
                .map(|m| (m.id(), u64::from(m.num_docs())))
                .collect(),
            MAX_MERGED_DOCS,
        );
        // Live segment metas keep their files from garbage collection.
        drop(metas);
        // One merge at a time: memory stays that of one capped merge at any index size.
        for group in groups.iter().filter(|g| g.len() > 1) {
            writer.merge(group).wait()?;
        }
        // The merged-away segments' files are only removed by a garbage collection.
        writer.garbage_collect_files().wait()?;
        writer.wait_merging_threads()?;
        let after = self.index.searchable_segment_ids()?.len();
        Ok((before, after))
    }

    /// Maps a document to its tantivy form; `first_of_dispatch` marks one document per dispatch.
    pub fn to_tantivy(&self, doc: &Document, first_of_dispatch: bool) -> TantivyDocument {
        let f = &self.fields;
        let mut t = TantivyDocument::new();
        t.add_text(f.id, &doc.id);
        t.add_text(f.article_id, &doc.article_id);
        t.add_text(f.kind, doc.kind.as_str());
        t.add_facet(f.facet, Facet::from_path(["kind", doc.kind.as_str()]));
        t.add_u64(f.position, u64::from(doc.position));
        if first_of_dispatch {
            t.add_text(f.first, "1");
        }
        let text_and_facet = |t: &mut TantivyDocument, field, dimension: &str, value: &str| {
            t.add_text(field, value);
            t.add_facet(f.facet, Facet::from_path([dimension, value]));
        };
        // Each searchable value also goes to the pair field, as its own value so that no pair
        // spans two fields.
        if let Some(h) = &doc.headline {
            t.add_text(f.headline, h);
            t.add_text(f.bigram, h);
        }
        if let Some(s) = &doc.section {
            t.add_text(f.section, s);
            t.add_text(f.bigram, s);
        }
        if let Some(date) = doc.date {
            t.add_date(f.date, to_datetime(date));
        }
        if let Some(p) = &doc.place {
            text_and_facet(&mut t, f.place, "place", p);
        }
        if let Some(s) = &doc.source {
            text_and_facet(&mut t, f.source, "source", s);
        }
        for s in &doc.speakers {
            text_and_facet(&mut t, f.speaker, "speaker", s);
        }
        for c in &doc.countries {
            text_and_facet(&mut t, f.country, "country", c);
        }
        for o in &doc.organizations {
            text_and_facet(&mut t, f.organization, "organization", o);
        }
        if let Some(n) = &doc.name {
            t.add_text(f.name, n);
            t.add_text(f.bigram, n);
        }
        t.add_text(f.text, &doc.text);
        t.add_text(f.bigram, &doc.text);
        t
    }

    /// Rebuilds a document from its stored fields.
    pub fn from_tantivy(&self, t: &TantivyDocument) -> Document {
        let f = &self.fields;
        let first = |field| {
            t.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        let all = |field| {
            t.get_all(field)
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect::<Vec<_>>()
        };
        let date = t
            .get_first(f.date)
            .and_then(|v| v.as_datetime())
            .map(|d| d.into_utc().date());
        Document {
            id: first(f.id).unwrap_or_default(),
            article_id: first(f.article_id).unwrap_or_default(),
            kind: if first(f.kind).as_deref() == Some("profile") {
                DocKind::Profile
            } else {
                DocKind::Paragraph
            },
            position: t
                .get_first(f.position)
                .and_then(|v| v.as_u64())
                .and_then(|p| u32::try_from(p).ok())
                .unwrap_or(0),
            headline: first(f.headline),
            section: first(f.section),
            date,
            place: first(f.place),
            source: first(f.source),
            speakers: all(f.speaker),
            countries: all(f.country),
            organizations: all(f.organization),
            name: first(f.name),
            text: first(f.text).unwrap_or_default(),
        }
    }

    /// The delete term for every document of a dispatch.
    pub fn article_term(&self, article_id: &str) -> Term {
        Term::from_field_text(self.fields.article_id, article_id)
    }

    /// Total size of the index files, in bytes.
    pub fn size_on_disk(&self) -> u64 {
        std::fs::read_dir(&self.path)
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok()?.metadata().ok())
                    .filter(|m| m.is_file())
                    .map(|m| m.len())
                    .sum()
            })
            .unwrap_or(0)
    }
}

/// Most documents a merge puts in one segment. A merge maps its input segments and builds
/// per-segment tables in memory: at a million documents a merge peaks near 750 MB of resident
/// memory, and merging ten million into one segment peaked at 6.3 GB. Larger indexes keep one
/// segment per million documents, which costs queries little.
pub const MAX_MERGED_DOCS: u64 = 1_000_000;

/// Packs segments (id, documents) into merge groups of at most `cap` documents: smallest
/// first, so that many small segments go together; a segment at or over the cap stays alone.
fn merge_groups<T>(mut segments: Vec<(T, u64)>, cap: u64) -> Vec<Vec<T>> {
    segments.sort_by_key(|&(_, docs)| docs);
    let mut groups: Vec<Vec<T>> = Vec::new();
    let mut current: Vec<T> = Vec::new();
    let mut current_docs = 0u64;
    for (id, docs) in segments {
        if !current.is_empty() && current_docs + docs > cap {
            groups.push(std::mem::take(&mut current));
            current_docs = 0;
        }
        current.push(id);
        current_docs += docs;
    }
    if !current.is_empty() {
        groups.push(current);
    }
    groups
}

/// A calendar day as a tantivy date (midnight UTC).
pub fn to_datetime(date: time::Date) -> DateTime {
    DateTime::from_utc(OffsetDateTime::new_utc(date, Time::MIDNIGHT))
}

/// Bytes at the end of every tantivy segment file: footer length and magic number.
const FOOTER_TAIL_BYTES: u64 = 8;

/// Rejects segment files too short to hold tantivy's footer. tantivy 0.27 checks for 4 bytes but
/// reads 8, so a segment file truncated to 4..8 bytes makes it panic (subtract with overflow)
/// instead of returning an error.
fn check_segment_files(index: &Index, path: &Path) -> Result<()> {
    let metas = index
        .searchable_segment_metas()
        .map_err(|e| open_error(path, e))?;
    // Only the files the last commit references: an interrupted commit can leave newer files of
    // the same segment (a half-written `.del`, say) that nothing reads and the next writer removes.
    use tantivy::index::SegmentComponent as C;
    for meta in metas {
        let mut components = vec![
            C::Postings,
            C::Positions,
            C::FastFields,
            C::FieldNorms,
            C::Terms,
            C::Store,
        ];
        if meta.delete_opstamp().is_some() {
            components.push(C::Delete);
        }
        for file in components.into_iter().map(|c| meta.relative_path(c)) {
            let full = path.join(&file);
            // Missing files are reported by tantivy itself when it opens the segment.
            if let Ok(m) = std::fs::metadata(&full) {
                if m.is_file() && m.len() < FOOTER_TAIL_BYTES {
                    return Err(Error::Corrupt {
                        path: path.to_path_buf(),
                        detail: format!(
                            "segment file {} is truncated ({} bytes)",
                            file.display(),
                            m.len()
                        ),
                    });
                }
            }
        }
    }
    Ok(())
}

/// Classifies a tantivy error met while opening an index.
fn open_error(path: &Path, e: tantivy::TantivyError) -> Error {
    use tantivy::TantivyError as T;
    match e {
        T::OpenDirectoryError(OpenDirectoryError::DoesNotExist(_)) => {
            Error::IndexMissing(path.to_path_buf())
        }
        T::LockFailure(LockError::LockBusy, _) => Error::Locked(path.to_path_buf()),
        T::IoError(io) => Error::io(path, std::io::Error::new(io.kind(), io.to_string())),
        T::DataCorruption(_)
        | T::OpenReadError(_)
        | T::SchemaError(_)
        | T::IncompatibleIndex(_)
        | T::DeserializeError(_)
        | T::FieldNotFound(_) => Error::Corrupt {
            path: path.to_path_buf(),
            detail: e.to_string(),
        },
        other => Error::Corrupt {
            path: path.to_path_buf(),
            detail: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::merge_groups;

    #[test]
    fn merge_groups_pack_small_segments_under_the_cap() {
        let segments = vec![("a", 400), ("b", 300), ("c", 2_000), ("d", 500), ("e", 100)];
        assert_eq!(
            merge_groups(segments, 1_000),
            vec![vec!["e", "b", "a"], vec!["d"], vec!["c"]]
        );
        // Everything fits: one group, one segment after the merge.
        assert_eq!(
            merge_groups(vec![(1, 10), (2, 10)], 1_000),
            vec![vec![1, 2]]
        );
        assert!(merge_groups(Vec::<(u8, u64)>::new(), 1_000).is_empty());
    }
}
