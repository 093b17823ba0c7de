//! `chancery convert-corpus`: turns the raw benchmark corpora in `../shared/corpus-raw/` into
//! Chancery JSON Lines dispatches (see each corpus's `SOURCE.md` for its record format).
//!
//! * **reuters21578**: `id`, `headline` (the ALL-CAPS title), `date`, `place` (the dateline
//!   before its comma, `WASHINGTON`), `source: "Reuters"`, `paragraphs`.
//! * **un-general-debates**: a speech becomes one dispatch: `headline` =
//!   `"<country>: <speaker>, General Debate <year>"`, `date` = `<year>-09-15` (the debate is held
//!   in late September; the corpus gives only the year), `place: "UNITED NATIONS"`,
//!   `source: "UNGA"`, the paragraphs (long OCR-era paragraphs cut at sentence ends into
//!   pieces of at most ~1,500 bytes), and one **profile card** for the speaker
//!   (`name` = speaker, `country` = country, `bio` = post and session). The JSON dispatch
//!   format has no document-level speaker field and attribution only finds speakers in the
//!   text, so the card is where the pipeline keeps speaker and country: facets by speaker and
//!   country count the cards (one per speech), and `--speaker`/`--country` filters match the
//!   card, not every paragraph.
//! * **wikinews-tosca**: `id`, `headline` (title), `date`, `source: "Wikinews"`, and the text
//!   (which has no paragraph breaks upstream) cut at sentence ends into ~600-byte paragraphs.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Which corpus a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Corpus {
    /// Reuters-21578.
    Reuters,
    /// UN General Debates.
    UnDebates,
    /// Wikinews politics/economy.
    Wikinews,
}

impl Corpus {
    /// Parses `reuters21578`, `un-general-debates` / `ungd`, `wikinews-tosca` / `wikinews`.
    pub fn from_name(name: &str) -> Option<Corpus> {
        match name {
            "reuters" | "reuters21578" => Some(Corpus::Reuters),
            "un" | "ungd" | "un-general-debates" => Some(Corpus::UnDebates),
            "wikinews" | "wikinews-tosca" => Some(Corpus::Wikinews),
            _ => None,
        }
    }

    /// The folder under `corpus-raw/`.
    pub fn folder(self) -> &'static str {
        match self {
            Corpus::Reuters => "reuters21578",
            Corpus::UnDebates => "un-general-debates",
            Corpus::Wikinews => "wikinews-tosca",
        }
    }
}

#[derive(Debug, Deserialize)]
struct Raw {
    id: String,
    /// Reuters-21578's own item number.
    #[serde(default)]
    newid: Option<u64>,
    date: Option<String>,
    title: Option<String>,
    dateline: Option<String>,
    paragraphs: Option<Vec<String>>,
    text: Option<String>,
    country: Option<String>,
    year: Option<u32>,
    session: Option<u32>,
    speaker: Option<String>,
    speaker_post: Option<String>,
}

#[derive(Debug, Serialize)]
struct OutProfile {
    name: String,
    country: Option<String>,
    bio: String,
}

#[derive(Debug, Serialize)]
struct Out {
    id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    place: Option<String>,
    source: &'static str,
    paragraphs: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    profiles: Vec<OutProfile>,
}

/// Cuts text into pieces of about `target` bytes at sentence ends (`. ` `? ` `! `).
pub fn chunk_sentences(text: &str, target: usize) -> Vec<String> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if matches!(bytes[i], b'.' | b'?' | b'!') && bytes[i + 1] == b' ' && i + 1 - start >= target
        {
            out.push(text[start..=i].to_string());
            start = i + 2;
            i = start;
            continue;
        }
        i += 1;
    }
    if start < text.len() {
        out.push(text[start..].to_string());
    }
    out.retain(|p| !p.trim().is_empty());
    out
}

fn convert_record(corpus: Corpus, raw: Raw) -> Option<Out> {
    match corpus {
        Corpus::Reuters => {
            let paragraphs: Vec<String> = raw
                .paragraphs
                .unwrap_or_default()
                .into_iter()
                .filter(|p| !p.trim().is_empty())
                .collect();
            if paragraphs.is_empty() {
                return None;
            }
            let place = raw
                .dateline
                .as_deref()
                .and_then(|d| d.split(',').next())
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty());
            Some(Out {
                id: raw.id,
                headline: raw.title,
                date: raw.date,
                place,
                source: "Reuters",
                paragraphs,
                profiles: Vec::new(),
            })
        }
        Corpus::UnDebates => {
            let paragraphs: Vec<String> = raw
                .paragraphs
                .unwrap_or_default()
                .iter()
                .flat_map(|p| {
                    if p.len() > 2000 {
                        chunk_sentences(p, 1200)
                    } else {
                        vec![p.split_whitespace().collect::<Vec<_>>().join(" ")]
                    }
                })
                .filter(|p| !p.is_empty())
                .collect();
            if paragraphs.is_empty() {
                return None;
            }
            let country = raw.country.clone();
            let year = raw.year;
            let speaker = raw.speaker.filter(|s| !s.trim().is_empty());
            let headline = match (&country, &speaker, year) {
                (Some(c), Some(s), Some(y)) => Some(format!("{c}: {s}, General Debate {y}")),
                (Some(c), None, Some(y)) => Some(format!("{c}, General Debate {y}")),
                _ => None,
            };
            let profiles = speaker
                .map(|name| OutProfile {
                    name,
                    country: country.clone(),
                    bio: format!(
                        "{} of {}, addressing the General Assembly at its session {} in {}.",
                        raw.speaker_post.as_deref().unwrap_or("Representative"),
                        country.as_deref().unwrap_or("a member state"),
                        raw.session.unwrap_or(0),
                        year.unwrap_or(0)
                    ),
                })
                .into_iter()
                .collect();
            Some(Out {
                id: raw.id,
                headline,
                date: year.map(|y| format!("{y:04}-09-15")),
                place: Some("UNITED NATIONS".into()),
                source: "UNGA",
                paragraphs,
                profiles,
            })
        }
        Corpus::Wikinews => {
            let text = raw.text.unwrap_or_default();
            let paragraphs = chunk_sentences(&text, 600);
            if paragraphs.is_empty() {
                return None;
            }
            Some(Out {
                id: raw.id,
                headline: raw.title,
                date: raw.date,
                place: None,
                source: "Wikinews",
                paragraphs,
                profiles: Vec::new(),
            })
        }
    }
}

/// The wire text (`DATELINE - first paragraph`, then one paragraph per line) of the
/// Reuters-21578 items numbered `newids`, from `<raw_dir>/reuters21578/`: how evaluation sets
/// cite Reuters items whose text may not be copied. Items not in the corpus are left out.
pub fn reuters_wire_texts(
    raw_dir: &Path,
    newids: &std::collections::HashSet<u64>,
) -> Result<std::collections::HashMap<u64, String>> {
    let mut texts = std::collections::HashMap::new();
    if newids.is_empty() {
        return Ok(texts);
    }
    for_each_record(Corpus::Reuters, raw_dir, &mut |raw| {
        let Some(newid) = raw.newid.filter(|n| newids.contains(n)) else {
            return Ok(());
        };
        use std::fmt::Write as _;
        let paragraphs = raw.paragraphs.unwrap_or_default();
        let mut text = String::new();
        for (k, paragraph) in paragraphs.iter().enumerate() {
            // (Writing to a String cannot fail.)
            let _ = match (k, &raw.dateline) {
                (0, Some(dateline)) => writeln!(text, "{dateline} - {paragraph}"),
                _ => writeln!(text, "{paragraph}"),
            };
        }
        texts.insert(newid, text);
        Ok(())
    })?;
    Ok(texts)
}

/// Calls `each` on every record of the `.jsonl.gz` files of a corpus folder, in file order.
fn for_each_record(
    corpus: Corpus,
    raw_dir: &Path,
    each: &mut dyn FnMut(Raw) -> Result<()>,
) -> Result<()> {
    let dir = raw_dir.join(corpus.folder());
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| Error::io(&dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".jsonl.gz"))
        .collect();
    files.sort();
    for path in files {
        let file = std::fs::File::open(&path).map_err(|e| Error::io(&path, e))?;
        let reader = BufReader::new(flate2::read::MultiGzDecoder::new(file));
        for (number, line) in reader.lines().enumerate() {
            let line = line.map_err(|e| Error::io(&path, e))?;
            if line.trim().is_empty() {
                continue;
            }
            let raw: Raw = serde_json::from_str(&line).map_err(|e| Error::Input {
                path: format!("{}:{}", path.display(), number + 1),
                reason: crate::dispatch::ParseError::Json(e.to_string()),
            })?;
            each(raw)?;
        }
    }
    Ok(())
}

/// Converts the `.jsonl.gz` files of a corpus folder (`<raw_dir>/<folder>/`) to dispatches on
/// `out`; returns how many were written.
pub fn convert(corpus: Corpus, raw_dir: &Path, out: &mut dyn Write) -> Result<u64> {
    let mut n = 0;
    for_each_record(corpus, raw_dir, &mut |raw| {
        if let Some(record) = convert_record(corpus, raw) {
            let json = serde_json::to_string(&record).unwrap_or_default();
            writeln!(out, "{json}").map_err(|e| Error::io(Path::new("<output>"), e))?;
            n += 1;
        }
        Ok(())
    })?;
    out.flush()
        .map_err(|e| Error::io(Path::new("<output>"), e))?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_at_sentence_ends() {
        let text = "One two three. Four five six. Seven eight nine. Ten.";
        assert_eq!(
            chunk_sentences(text, 20),
            ["One two three. Four five six.", "Seven eight nine. Ten."]
        );
        assert_eq!(chunk_sentences("No end", 5), ["No end"]);
        assert!(chunk_sentences("  ", 5).is_empty());
    }

    #[test]
    fn un_speech_keeps_speaker_and_country_on_a_profile() {
        let raw: Raw = serde_json::from_str(
            r#"{"id":"ungdc-ARG-1-1946","country":"Argentina","session":1,"year":1946,
                "speaker":"Mr. Arce","speaker_post":null,"paragraphs":["We are met here."]}"#,
        )
        .expect("parses");
        let out = convert_record(Corpus::UnDebates, raw).expect("converted");
        let json = serde_json::to_string(&out).expect("serializes");
        let d = crate::dispatch::parse_json_dispatch(&json).expect("a valid dispatch");
        assert_eq!(d.profiles[0].name, "Mr. Arce");
        assert_eq!(d.profiles[0].country.as_deref(), Some("Argentina"));
        assert_eq!(d.date.map(|d| d.year()), Some(1946));
        assert_eq!(d.paragraphs.len(), 1);
    }
}
