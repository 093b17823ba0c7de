//! Rendering results: text for people, JSON Lines for programs. Untrusted text (everything
//! that came from a dispatch) goes through [`sanitize`] before it reaches a terminal.

use std::fmt::Write;

use serde::Serialize;

use crate::ingest::IndexSummary;
use crate::model::Document;
use crate::search::{FacetCount, SearchHit, Stats};

/// One search hit as JSON: the document object plus `score` and `snippet`.
#[derive(Serialize)]
struct HitJson<'a> {
    #[serde(flatten)]
    doc: &'a Document,
    score: f32,
    snippet: Option<&'a str>,
}

/// A document as one JSON line (the `split --json` format).
pub fn document_json(doc: &Document) -> String {
    serde_json::to_string(doc).unwrap_or_default()
}

/// A hit as one JSON line.
pub fn hit_json(hit: &SearchHit) -> String {
    serde_json::to_string(&HitJson {
        doc: &hit.doc,
        score: hit.score,
        snippet: hit.snippet.as_ref().map(|s| s.text.as_str()),
    })
    .unwrap_or_default()
}

/// Any serializable value as one JSON line.
pub fn json_line<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// Replaces control characters (terminal escapes) with U+FFFD, as fd does.
pub fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() && c != '\n' {
                '\u{fffd}'
            } else {
                c
            }
        })
        .collect()
}

/// A document for people (`chancery split`).
pub fn document_text(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} [{}]", doc.id, doc.kind.as_str());
    if let Some(s) = &doc.section {
        let _ = writeln!(out, "  section:  {}", sanitize(s));
    }
    if let Some(n) = &doc.name {
        let _ = writeln!(out, "  name:     {}", sanitize(n));
    }
    if !doc.speakers.is_empty() {
        let _ = writeln!(out, "  speakers: {}", sanitize(&doc.speakers.join("; ")));
    }
    if !doc.countries.is_empty() {
        let _ = writeln!(out, "  countries: {}", sanitize(&doc.countries.join("; ")));
    }
    if !doc.organizations.is_empty() {
        let _ = writeln!(
            out,
            "  organizations: {}",
            sanitize(&doc.organizations.join("; "))
        );
    }
    let _ = writeln!(out, "  {}", sanitize(&doc.text).replace('\n', "\n  "));
    out
}

/// A hit for people: rank, score, date, speakers, countries, headline/place, snippet.
pub fn hit_text(rank: usize, hit: &SearchHit, bold: bool) -> String {
    let d = &hit.doc;
    let mut out = String::new();
    let date = d
        .date
        .map(crate::model::format_date)
        .unwrap_or_else(|| "----------".into());
    let _ = write!(
        out,
        "{rank:>3}. {:>6.2}  {date}  [{}]",
        hit.score,
        d.kind.as_str()
    );
    if !d.speakers.is_empty() {
        let _ = write!(out, "  {}", sanitize(&d.speakers.join(", ")));
    }
    if !d.countries.is_empty() {
        let _ = write!(out, " ({})", sanitize(&d.countries.join(", ")));
    }
    out.push('\n');
    let title: Vec<String> = [
        d.headline.as_deref(),
        d.place.as_deref(),
        d.source.as_deref(),
    ]
    .into_iter()
    .flatten()
    .map(sanitize)
    .collect();
    if !title.is_empty() {
        let _ = writeln!(out, "     {}", title.join(" · "));
    }
    if let Some(s) = &hit.snippet {
        let mut text = String::new();
        let mut from = 0;
        for &(start, end) in &s.highlights {
            let (Some(before), Some(word)) = (s.text.get(from..start), s.text.get(start..end))
            else {
                continue;
            };
            text.push_str(before);
            if bold {
                let _ = write!(text, "\x1b[1m{word}\x1b[0m");
            } else {
                text.push_str(word);
            }
            from = end;
        }
        text.push_str(s.text.get(from..).unwrap_or(""));
        let _ = writeln!(out, "     {}", sanitize(&text).replace('\n', " "));
    }
    let _ = writeln!(out, "     id: {}", d.id);
    out
}

/// Facet counts for people.
pub fn facets_text(counts: &[FacetCount]) -> String {
    let width = counts
        .iter()
        .map(|c| c.value.chars().count())
        .max()
        .unwrap_or(0);
    counts
        .iter()
        .map(|c| format!("{:<width$}  {}\n", sanitize(&c.value), c.count))
        .collect()
}

/// Statistics for people.
pub fn stats_text(s: &Stats) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "index:      {}", s.index);
    let _ = writeln!(
        out,
        "documents:  {} ({} paragraphs, {} profiles)",
        s.documents, s.paragraphs, s.profiles
    );
    let _ = writeln!(out, "dispatches: {}", s.dispatches);
    let _ = writeln!(
        out,
        "dates:      {} to {}",
        s.first_date.as_deref().unwrap_or("-"),
        s.last_date.as_deref().unwrap_or("-")
    );
    let _ = writeln!(out, "segments:   {}", s.segments);
    let _ = writeln!(out, "size:       {:.1} MB", s.size_bytes as f64 / 1e6);
    for (label, list) in [
        ("top speakers", &s.top_speakers),
        ("top countries", &s.top_countries),
    ] {
        let _ = writeln!(out, "{label}:");
        for c in list {
            let _ = writeln!(out, "  {:>6}  {}", c.count, sanitize(&c.value));
        }
    }
    out
}

/// The summary of an `index` run for people.
pub fn summary_text(s: &IndexSummary) -> String {
    let mut out = format!(
        "indexed {} dispatches from {} files: {} documents added, {} replaced, {} commits, {:.2}s ({:.1} MB/s)\n",
        s.dispatches,
        s.files,
        s.documents_added,
        s.documents_replaced,
        s.commits,
        s.elapsed_secs,
        s.bytes as f64 / 1e6 / s.elapsed_secs.max(1e-9)
    );
    if s.segments_merged > s.segments_after_merge {
        let _ = writeln!(
            out,
            "merged {} segments into {}",
            s.segments_merged, s.segments_after_merge
        );
    }
    for skip in &s.skipped {
        let _ = writeln!(
            out,
            "skipped {}: {}",
            sanitize(&skip.input),
            sanitize(&skip.reason)
        );
    }
    out
}
