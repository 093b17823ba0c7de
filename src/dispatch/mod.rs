//! Reading dispatches: bytes → text → [`Dispatch`], for wire text, JSON and JSON Lines.
//!
//! Invariants: no input makes these functions panic; a file that cannot be read as a dispatch
//! gives a [`ParseError`] saying why; the same dispatch always gets the same `article_id`.

mod dateline;
mod json;
mod wire;

use std::path::Path;

pub use dateline::{parse_dateline, Dateline};
pub use json::parse_json_dispatch;
pub use wire::{is_short, parse_layout, Layout};

use crate::model::Dispatch;

/// How many leading bytes are checked for NUL, as ripgrep does to detect binary files.
const BINARY_SNIFF_BYTES: usize = 8192;

/// Why an input could not be read as a dispatch.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    /// Nothing but whitespace.
    #[error("empty input (no text), skipped")]
    Empty,
    /// NUL bytes: not text.
    #[error("binary data (NUL byte at offset {offset}), skipped")]
    Binary {
        /// Byte offset of the first NUL.
        offset: usize,
    },
    /// Bytes that are not UTF-8.
    #[error(
        "invalid UTF-8 at byte {offset}; convert the file to UTF-8 (iconv -f latin1 -t utf-8)"
    )]
    InvalidUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// JSON that does not parse or does not fit the dispatch schema.
    #[error("invalid JSON dispatch: {0}")]
    Json(String),
    /// A JSON dispatch with neither `body` nor `paragraphs`, or with both empty.
    #[error("JSON dispatch has no \"body\" or \"paragraphs\" with text")]
    NoBody,
}

/// Input formats, chosen by file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Wire text (`.txt`).
    Wire,
    /// One JSON dispatch (`.json`).
    Json,
    /// One JSON dispatch per line (`.jsonl`).
    JsonLines,
}

impl Format {
    /// The format for a path's extension, or `None` for files Chancery does not read.
    pub fn for_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" => Some(Format::Wire),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            _ => None,
        }
    }
}

/// Checks that `bytes` are UTF-8 text and returns them as `&str` without a byte-order mark.
pub fn decode(bytes: &[u8]) -> Result<&str, ParseError> {
    let sniff = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
    if let Some(offset) = sniff.iter().position(|&b| b == 0) {
        return Err(ParseError::Binary { offset });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ParseError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })?;
    if let Some(offset) = text.find('\0') {
        return Err(ParseError::Binary { offset });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    Ok(text)
}

/// Parses one wire-text dispatch.
pub fn parse_wire(text: &str) -> Result<Dispatch, ParseError> {
    if text.trim().is_empty() {
        return Err(ParseError::Empty);
    }
    let layout = parse_layout(text);
    let mut dispatch = Dispatch {
        article_id: content_id(text),
        ..Dispatch::default()
    };
    apply_layout(&mut dispatch, layout);
    if dispatch.dateline.is_none() {
        dispatch
            .warnings
            .push("no dateline found; indexed without a date, place or source".to_string());
    }
    Ok(dispatch)
}

/// Parses the dispatches of one input: one for wire text and JSON, one per line for JSON Lines
/// (each with its 1-based line number, so a bad line can be reported and the rest kept).
pub fn parse_input(text: &str, format: Format) -> Vec<(usize, Result<Dispatch, ParseError>)> {
    match format {
        Format::Wire => vec![(1, parse_wire(text))],
        Format::Json => vec![(1, parse_json_dispatch(text))],
        Format::JsonLines => text
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(n, line)| (n + 1, parse_json_dispatch(line)))
            .collect(),
    }
}

/// Moves what the layout found into the dispatch, keeping fields the feed already set.
pub(crate) fn apply_layout(dispatch: &mut Dispatch, layout: Layout) {
    if dispatch.headline.is_none() {
        dispatch.headline = layout.headline;
    } else if let Some(title) = layout.headline {
        // The feed's headline wins; the title line is kept as a heading so nothing is lost.
        dispatch.headings.push(title);
    }
    if let Some(d) = layout.dateline {
        dispatch.place = dispatch.place.take().or(d.place);
        dispatch.source = dispatch.source.take().or(d.source);
        if dispatch.date.is_none() {
            dispatch.date = d.date;
            dispatch.warnings.extend(d.warning);
        }
        dispatch.dateline = Some(d.raw);
    }
    dispatch.paragraphs = layout.paragraphs;
    dispatch.headings.extend(layout.headings);
    dispatch.captions = layout.captions;
    dispatch.profiles.extend(layout.profiles);
}

/// A stable id for text without one: a hash of the text with whitespace collapsed, so that
/// re-wrapping or CRLF line endings do not change it.
pub fn content_id(text: &str) -> String {
    let mut normalized = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        normalized.push_str(word);
        normalized.push(' ');
    }
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(normalized.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_rejects_binary_and_bad_utf8_and_empty() {
        assert_eq!(decode(b"abc\0def"), Err(ParseError::Binary { offset: 3 }));
        assert_eq!(
            decode(b"GENEVA \xe9t\xe9"),
            Err(ParseError::InvalidUtf8 { offset: 7 })
        );
        assert_eq!(decode(b" \n\t\n"), Err(ParseError::Empty));
        assert_eq!(decode("\u{feff}Hello".as_bytes()), Ok("Hello"));
    }

    #[test]
    fn content_id_ignores_line_endings_and_spacing() {
        assert_eq!(content_id("a b\r\nc"), content_id("a  b\nc\n"));
        assert_ne!(content_id("a b c"), content_id("a b d"));
        assert_eq!(content_id("x").len(), 16);
    }

    #[test]
    fn jsonl_reports_bad_lines_by_number_and_keeps_the_rest() {
        let text = "{\"body\":\"One paragraph here.\"}\nnot json\n\n{\"body\":\"Another one.\"}\n";
        let parsed = parse_input(text, Format::JsonLines);
        let lines: Vec<usize> = parsed.iter().map(|(n, _)| *n).collect();
        assert_eq!(lines, [1, 2, 4]);
        assert!(parsed[0].1.is_ok());
        assert!(matches!(parsed[1].1, Err(ParseError::Json(_))));
        assert!(parsed[2].1.is_ok());
    }
}
