//! `chancery eval DIR`: attribution scored against hand annotations (`NNN.txt` + `NNN.json`,
//! the format of `../shared/eval/dev/README.md`).
//!
//! A quote belongs to the paragraph document whose text contains it (whitespace collapsed,
//! curly quotes folded). Speaker pairs are (paragraph, name); names match when equal or sharing
//! their last word, compared without case, accents or punctuation. Pairs matching an uncertain
//! quote count neither way. Countries are scored the same way, with the gazetteer's aliases.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

use crate::attribution::Gazetteer;
use crate::dispatch::{decode, parse_wire};
use crate::error::{Error, Result};
use crate::model::{format_date, DocKind, Document};
use crate::split::split;

#[derive(Debug, Deserialize)]
struct Annotation {
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    dateline_place: Option<String>,
    #[serde(default)]
    profiles: Vec<AnnotatedProfile>,
    #[serde(default)]
    quotes: Vec<AnnotatedQuote>,
    #[serde(default)]
    uncertain_quotes: Vec<AnnotatedQuote>,
}

#[derive(Debug, Deserialize)]
struct AnnotatedProfile {
    name: String,
    country: Option<String>,
}

#[derive(Debug, Deserialize)]
struct AnnotatedQuote {
    speaker: Option<String>,
    speaker_country: Option<String>,
    text: String,
}

/// Precision, recall and F1 over pairs.
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Score {
    /// Predicted pairs that match an expected pair.
    pub true_positives: usize,
    /// Predicted pairs that match nothing.
    pub false_positives: usize,
    /// Expected pairs not predicted.
    pub false_negatives: usize,
    /// TP / (TP + FP).
    pub precision: f64,
    /// TP / (TP + FN).
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
}

impl Score {
    fn finish(mut self) -> Score {
        let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
        self.precision = ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        );
        self.recall = ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        );
        self.f1 = if self.precision + self.recall == 0.0 {
            0.0
        } else {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        };
        self
    }
}

/// One error of attribution, for the report.
#[derive(Debug, Clone, Serialize)]
pub struct Mistake {
    /// Dispatch file stem.
    pub dispatch: String,
    /// `speaker` or `country`.
    pub facet: &'static str,
    /// `miss` (expected, not predicted) or `false hit`.
    pub kind: &'static str,
    /// The name or country.
    pub value: String,
    /// The paragraph text (or the quote, when no paragraph contains it).
    pub paragraph: String,
}

/// The whole evaluation.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    /// Dispatches scored.
    pub dispatches: usize,
    /// (paragraph, speaker) pairs.
    pub speaker: Score,
    /// (paragraph, country) pairs.
    pub country: Score,
    /// Dispatches whose date matches (of those annotated with one).
    pub date_correct: usize,
    /// Dispatches annotated with a date.
    pub date_total: usize,
    /// Dispatches whose place matches.
    pub place_correct: usize,
    /// Dispatches annotated with a place.
    pub place_total: usize,
    /// Profiles found with the right name and country.
    pub profiles_correct: usize,
    /// Profiles annotated.
    pub profiles_total: usize,
    /// Profiles Chancery produced.
    pub profiles_predicted: usize,
    /// Quotes whose text no paragraph contains (a splitting error).
    pub unplaced_quotes: usize,
    /// Every miss and false hit.
    pub mistakes: Vec<Mistake>,
}

/// Scores every annotated dispatch in `dir`.
pub fn evaluate(dir: &Path) -> Result<Report> {
    let mut stems: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| {
            Error::Usage(format!(
                "{}: {e}; give a directory of NNN.txt + NNN.json pairs",
                dir.display()
            ))
        })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| p.with_extension("txt").is_file())
        .collect();
    stems.sort();
    if stems.is_empty() {
        return Err(Error::Usage(format!(
            "{}: no annotated dispatches (NNN.txt with NNN.json) found",
            dir.display()
        )));
    }
    let mut report = Report::default();
    let (mut speaker, mut country) = (Score::default(), Score::default());
    for json_path in stems {
        let name = json_path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let annotation: Annotation = serde_json::from_str(&read(&json_path)?).map_err(|e| {
            Error::Usage(format!("{}: invalid annotation: {e}", json_path.display()))
        })?;
        let txt_path = json_path.with_extension("txt");
        let bytes = std::fs::read(&txt_path).map_err(|e| Error::io(&txt_path, e))?;
        let text = decode(&bytes).map_err(|reason| Error::Input {
            path: txt_path.display().to_string(),
            reason,
        })?;
        let dispatch = parse_wire(text).map_err(|reason| Error::Input {
            path: txt_path.display().to_string(),
            reason,
        })?;
        let docs = split(&dispatch);
        score_dispatch(
            &name,
            &annotation,
            &docs,
            &mut report,
            &mut speaker,
            &mut country,
        );

        report.dispatches += 1;
        if let Some(date) = &annotation.date {
            report.date_total += 1;
            report.date_correct +=
                usize::from(dispatch.date.map(format_date).as_ref() == Some(date));
        }
        if let Some(place) = &annotation.dateline_place {
            report.place_total += 1;
            report.place_correct += usize::from(dispatch.place.as_ref() == Some(place));
        }
        report.profiles_total += annotation.profiles.len();
        report.profiles_predicted += dispatch.profiles.len();
        report.profiles_correct += annotation
            .profiles
            .iter()
            .filter(|a| {
                dispatch.profiles.iter().any(|p| {
                    p.name == a.name
                        && p.country.as_deref().map(canonical_country)
                            == a.country.as_deref().map(canonical_country)
                })
            })
            .count();
    }
    report.speaker = speaker.finish();
    report.country = country.finish();
    Ok(report)
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).map_err(|e| Error::io(path, e))
}

fn score_dispatch(
    name: &str,
    annotation: &Annotation,
    docs: &[Document],
    report: &mut Report,
    speaker: &mut Score,
    country: &mut Score,
) {
    let paragraphs: Vec<&Document> = docs
        .iter()
        .filter(|d| d.kind == DocKind::Paragraph)
        .collect();
    let folded: Vec<String> = paragraphs.iter().map(|d| fold(&d.text)).collect();
    let locate = |quote: &str| {
        let q = fold(quote);
        folded.iter().position(|p| p.contains(q.as_str()))
    };
    let quotes: Vec<(Option<usize>, &AnnotatedQuote)> = annotation
        .quotes
        .iter()
        .map(|q| (locate(&q.text), q))
        .collect();
    let uncertain: Vec<(Option<usize>, &AnnotatedQuote)> = annotation
        .uncertain_quotes
        .iter()
        .map(|q| (locate(&q.text), q))
        .collect();
    report.unplaced_quotes += quotes.iter().filter(|(p, _)| p.is_none()).count();

    let text_of = |p: Option<usize>, fallback: &str| {
        p.and_then(|i| paragraphs.get(i))
            .map_or_else(|| fallback.to_string(), |d| d.text.clone())
    };
    for facet in ["speaker", "country"] {
        let value = |q: &AnnotatedQuote| match facet {
            "speaker" => q.speaker.clone(),
            _ => q.speaker_country.clone(),
        };
        let same = |a: &str, b: &str| match facet {
            "speaker" => same_person(a, b),
            _ => canonical_country(a).eq_ignore_ascii_case(&canonical_country(b)),
        };
        let mut expected: Vec<(Option<usize>, String, String)> = Vec::new();
        for (p, q) in &quotes {
            if let Some(v) = value(q) {
                if !expected.iter().any(|(ep, ev, _)| ep == p && same(ev, &v)) {
                    expected.push((*p, v, q.text.clone()));
                }
            }
        }
        let mut matched = vec![false; expected.len()];
        let score = if facet == "speaker" {
            &mut *speaker
        } else {
            &mut *country
        };
        for (i, doc) in paragraphs.iter().enumerate() {
            let predicted = if facet == "speaker" {
                &doc.speakers
            } else {
                &doc.countries
            };
            for v in predicted {
                if let Some(k) = expected
                    .iter()
                    .position(|(p, e, _)| *p == Some(i) && same(e, v))
                {
                    if !matched[k] {
                        matched[k] = true;
                        score.true_positives += 1;
                    }
                    continue;
                }
                let is_uncertain = uncertain
                    .iter()
                    .any(|(p, q)| *p == Some(i) && value(q).is_none_or(|u| same(&u, v)));
                if !is_uncertain {
                    score.false_positives += 1;
                    report
                        .mistakes
                        .push(mistake(name, facet, "false hit", v, doc.text.clone()));
                }
            }
        }
        for ((p, v, quote), hit) in expected.iter().zip(&matched) {
            if !hit {
                score.false_negatives += 1;
                report
                    .mistakes
                    .push(mistake(name, facet, "miss", v, text_of(*p, quote)));
            }
        }
    }
}

fn mistake(
    dispatch: &str,
    facet: &'static str,
    kind: &'static str,
    value: &str,
    paragraph: String,
) -> Mistake {
    Mistake {
        dispatch: dispatch.to_string(),
        facet,
        kind,
        value: value.to_string(),
        paragraph,
    }
}

/// Curly quotes and apostrophes folded to straight ones, whitespace collapsed.
fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '“' | '”' | '„' | '«' | '»' => '"',
            '‘' | '’' => '\'',
            c => c,
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Lowercase, accents and punctuation removed.
fn normalize_name(name: &str) -> Vec<String> {
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

/// Equal, or sharing the last word (`Reagan` = `Ronald Reagan`).
fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (normalize_name(a), normalize_name(b));
    !a.is_empty() && (a == b || a.last() == b.last())
}

fn canonical_country(name: &str) -> String {
    let name = name.trim();
    match name.to_lowercase().as_str() {
        "us" | "u.s." | "usa" | "u.s.a." => return "United States".into(),
        "uk" | "u.k." | "britain" | "great britain" => return "United Kingdom".into(),
        "ussr" | "u.s.s.r." => return "Soviet Union".into(),
        _ => {}
    }
    Gazetteer::get().canonical_country(name)
}

impl Report {
    /// The human report: scores, then every mistake with its paragraph.
    pub fn render_text(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let pct = |a: usize, b: usize| {
            if b == 0 {
                100.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        let _ = writeln!(out, "dispatches: {}", self.dispatches);
        for (label, s) in [("speaker", &self.speaker), ("country", &self.country)] {
            let _ = writeln!(
                out,
                "{label:<8} precision {:.3}  recall {:.3}  F1 {:.3}  (tp {}, fp {}, fn {})",
                s.precision, s.recall, s.f1, s.true_positives, s.false_positives, s.false_negatives
            );
        }
        let _ = writeln!(
            out,
            "date     {}/{} ({:.0}%)   place {}/{} ({:.0}%)   profiles {}/{} ({} predicted)   unplaced quotes {}",
            self.date_correct,
            self.date_total,
            pct(self.date_correct, self.date_total),
            self.place_correct,
            self.place_total,
            pct(self.place_correct, self.place_total),
            self.profiles_correct,
            self.profiles_total,
            self.profiles_predicted,
            self.unplaced_quotes
        );
        if !self.mistakes.is_empty() {
            let _ = writeln!(out, "\nmistakes:");
            for m in &self.mistakes {
                let _ = writeln!(
                    out,
                    "  [{}] {} {}: {}\n      {}",
                    m.dispatch, m.facet, m.kind, m.value, m.paragraph
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_matching_rules() {
        assert!(same_person("Reagan", "Ronald Reagan"));
        assert!(same_person("José Núñez", "jose nunez"));
        assert!(!same_person("Lho", "Lho Shin-yong"));
        assert!(!same_person("", ""));
    }

    #[test]
    fn country_aliases() {
        assert_eq!(canonical_country("U.S."), "United States");
        assert_eq!(canonical_country("Britain"), "United Kingdom");
        assert_eq!(canonical_country("USSR"), "Soviet Union");
    }

    #[test]
    fn folding() {
        assert_eq!(fold("“it’s  fine”"), "\"it's fine\"");
    }
}
