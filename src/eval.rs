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
    /// Where the text comes from; `Reuters-21578 NEWID=<n>` lets a set cite a Reuters item
    /// instead of copying its text (see [`EvalOptions::raw_dir`]).
    #[serde(default)]
    source_id: Option<String>,
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
    /// Body paragraphs as the annotator counted them (a wiki item's date line is paragraph 0).
    #[serde(default)]
    paragraphs: Option<usize>,
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
    /// The annotator's body paragraph: where the same words stand in several paragraphs, it
    /// tells which one the quote is.
    #[serde(default)]
    paragraph_index: Option<usize>,
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
    /// Adds another set's pair counts.
    fn add(&mut self, other: &Score) {
        self.true_positives += other.true_positives;
        self.false_positives += other.false_positives;
        self.false_negatives += other.false_negatives;
    }

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
    /// `speaker`, `country` or `date`.
    pub facet: &'static str,
    /// `miss` (expected, not predicted), `false hit`, or `wrong` (a date other than the
    /// annotated one).
    pub kind: &'static str,
    /// The name or country.
    pub value: String,
    /// The paragraph text (or the quote, when no paragraph contains it; the dateline for a
    /// date).
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
    /// Dispatches annotated with a date for which Chancery found none, mostly because the text
    /// states no year (1987 Reuters datelines such as `WASHINGTON, June 1`): no date is guessed.
    pub date_missing: usize,
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
    /// Each set's own scores, when several directories were pooled.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sets: Vec<SetScore>,
}

/// One directory's scores within a pooled evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct SetScore {
    /// The directory's name.
    pub set: String,
    /// Dispatches scored in it.
    pub dispatches: usize,
    /// Its (paragraph, speaker) pairs.
    pub speaker: Score,
    /// Its (paragraph, country) pairs.
    pub country: Score,
}

/// Where `chancery eval` finds what the annotation files do not carry.
#[derive(Debug, Clone, Default)]
pub struct EvalOptions {
    /// The raw corpora (`../shared/corpus-raw`): an annotation without its `NNN.txt` whose
    /// `source_id` is `Reuters-21578 NEWID=<n>` is scored on that item's wire text from
    /// `<raw_dir>/reuters21578/`, because the Reuters licence forbids copying the text.
    pub raw_dir: Option<PathBuf>,
}

/// Scores every annotated dispatch in `dir`.
pub fn evaluate(dir: &Path) -> Result<Report> {
    evaluate_sets(&[dir.to_path_buf()], &EvalOptions::default())
}

/// One annotated dispatch and where its text is.
struct Annotated {
    name: String,
    json_path: PathBuf,
    annotation: Annotation,
    text: TextSource,
}

enum TextSource {
    File(PathBuf),
    Reuters(u64),
}

/// Scores the annotated dispatches of several directories together: the pairs of all sets are
/// pooled, and with more than one set each set's own scores are kept in [`Report::sets`].
pub fn evaluate_sets(dirs: &[PathBuf], options: &EvalOptions) -> Result<Report> {
    let dirs = expand_sets(dirs);
    let dirs = dirs.as_slice();
    let mut sets = Vec::with_capacity(dirs.len());
    for dir in dirs {
        // With several sets a dispatch is named by its set too (`19/301`).
        let prefix = (dirs.len() > 1).then(|| {
            dir.file_name().map_or_else(
                || dir.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        });
        sets.push((prefix, annotated_dispatches(dir)?));
    }
    let cited: std::collections::HashSet<u64> = sets
        .iter()
        .flat_map(|(_, set)| set)
        .filter_map(|a| match a.text {
            TextSource::Reuters(newid) => Some(newid),
            TextSource::File(_) => None,
        })
        .collect();
    let reuters = if cited.is_empty() {
        std::collections::HashMap::new()
    } else {
        let raw_dir = options.raw_dir.as_deref().ok_or_else(|| {
            Error::Usage(
                "annotations cite Reuters-21578 items, but no raw corpus folder was given".into(),
            )
        })?;
        crate::convert::reuters_wire_texts(raw_dir, &cited).map_err(|e| {
            Error::Usage(format!(
                "annotations cite Reuters-21578 items whose text is read from {}: {e}",
                raw_dir.join("reuters21578").display()
            ))
        })?
    };

    let mut report = Report::default();
    let (mut speaker, mut country) = (Score::default(), Score::default());
    for (prefix, set) in sets {
        let (mut set_speaker, mut set_country) = (Score::default(), Score::default());
        let dispatches = report.dispatches;
        for annotated in set {
            let name = match &prefix {
                Some(set) => format!("{set}/{}", annotated.name),
                None => annotated.name.clone(),
            };
            let (text, path) = match &annotated.text {
                TextSource::File(path) => {
                    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
                    let text = decode(&bytes).map_err(|reason| Error::Input {
                        path: path.display().to_string(),
                        reason,
                    })?;
                    (text.to_owned(), path.display().to_string())
                }
                TextSource::Reuters(newid) => {
                    let text = reuters.get(newid).cloned().ok_or_else(|| {
                        Error::Usage(format!(
                            "{}: Reuters-21578 NEWID={newid} is not in the corpus",
                            annotated.json_path.display()
                        ))
                    })?;
                    (text, format!("Reuters-21578 NEWID={newid}"))
                }
            };
            let dispatch = parse_wire(&text).map_err(|reason| Error::Input { path, reason })?;
            score_dispatch_checks(
                &name,
                &annotated.annotation,
                &dispatch,
                &mut report,
                &mut set_speaker,
                &mut set_country,
            );
        }
        speaker.add(&set_speaker);
        country.add(&set_country);
        if let Some(set) = prefix {
            report.sets.push(SetScore {
                set,
                dispatches: report.dispatches - dispatches,
                speaker: set_speaker.finish(),
                country: set_country.finish(),
            });
        }
    }
    report.speaker = speaker.finish();
    report.country = country.finish();
    Ok(report)
}

/// A directory that holds no annotation of its own but directories of them (`tests/holdout`)
/// stands for those sets, in name order (numbered sets in numeric order).
fn expand_sets(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::with_capacity(dirs.len());
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            out.push(dir.clone());
            continue;
        };
        let paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        let own = paths
            .iter()
            .any(|p| p.extension().is_some_and(|e| e == "json"));
        let mut sets: Vec<PathBuf> = paths
            .into_iter()
            .filter(|p| {
                std::fs::read_dir(p).is_ok_and(|mut inner| {
                    inner
                        .any(|e| e.is_ok_and(|e| e.path().extension().is_some_and(|x| x == "json")))
                })
            })
            .collect();
        if own || sets.is_empty() {
            out.push(dir.clone());
        } else {
            // (Numbered sets in numeric order: set 100 follows set 99, not set 10.)
            sets.sort_by_key(|p| {
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
                let number = name.as_deref().and_then(|n| n.parse::<u64>().ok());
                (number.is_none(), number, p.clone())
            });
            out.append(&mut sets);
        }
    }
    out
}

/// The annotated dispatches of `dir`, in name order: each `NNN.json` with its `NNN.txt`, or
/// citing a Reuters-21578 item by its `source_id`.
fn annotated_dispatches(dir: &Path) -> Result<Vec<Annotated>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| {
            Error::Usage(format!(
                "{}: {e}; give a directory of NNN.txt + NNN.json pairs",
                dir.display()
            ))
        })?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    let mut found = Vec::new();
    for json_path in paths {
        let txt_path = json_path.with_extension("txt");
        let has_text = txt_path.is_file();
        let annotation: Annotation = match serde_json::from_str(&read(&json_path)?) {
            Ok(annotation) => annotation,
            // (A stray JSON file beside the pairs is not an annotation.)
            Err(_) if !has_text => continue,
            Err(e) => {
                return Err(Error::Usage(format!(
                    "{}: invalid annotation: {e}",
                    json_path.display()
                )))
            }
        };
        let text = if has_text {
            TextSource::File(txt_path)
        } else if let Some(newid) = annotation.source_id.as_deref().and_then(reuters_newid) {
            TextSource::Reuters(newid)
        } else {
            continue;
        };
        let name = json_path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        found.push(Annotated {
            name,
            json_path,
            annotation,
            text,
        });
    }
    if found.is_empty() {
        return Err(Error::Usage(format!(
            "{}: no annotated dispatches (NNN.txt with NNN.json) found",
            dir.display()
        )));
    }
    Ok(found)
}

/// `Reuters-21578 NEWID=1834` → 1834.
fn reuters_newid(source_id: &str) -> Option<u64> {
    source_id
        .strip_prefix("Reuters-21578 NEWID=")?
        .trim()
        .parse()
        .ok()
}

/// Splits one annotated dispatch and adds its pairs and checks to the report.
fn score_dispatch_checks(
    name: &str,
    annotation: &Annotation,
    dispatch: &crate::model::Dispatch,
    report: &mut Report,
    speaker: &mut Score,
    country: &mut Score,
) {
    let docs = split(dispatch);
    score_dispatch(name, annotation, &docs, report, speaker, country);

    report.dispatches += 1;
    if let Some(date) = &annotation.date {
        report.date_total += 1;
        match dispatch.date.map(format_date) {
            None => report.date_missing += 1,
            Some(found) if &found == date => report.date_correct += 1,
            Some(found) => report.mistakes.push(Mistake {
                dispatch: name.to_string(),
                facet: "date",
                kind: "wrong",
                value: format!("{found} (annotated {date})"),
                paragraph: dispatch.dateline.clone().unwrap_or_default(),
            }),
        }
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
    // The paragraph holding the quote's words: the annotated one when it does, else the first.
    // (The annotator counts a wiki item's date line as paragraph 0, which is no document here:
    // one paragraph more than the documents shifts the index by one.)
    let shift = annotation
        .paragraphs
        .and_then(|n| n.checked_sub(paragraphs.len()))
        .filter(|&extra| extra <= 1);
    let locate = |quote: &AnnotatedQuote| {
        let q = fold(&quote.text);
        quote
            .paragraph_index
            .zip(shift)
            .and_then(|(i, extra)| i.checked_sub(extra))
            .filter(|&i| folded.get(i).is_some_and(|p| p.contains(q.as_str())))
            .or_else(|| folded.iter().position(|p| p.contains(q.as_str())))
    };
    let quotes: Vec<(Option<usize>, &AnnotatedQuote)> =
        annotation.quotes.iter().map(|q| (locate(q), q)).collect();
    let uncertain: Vec<(Option<usize>, &AnnotatedQuote)> = annotation
        .uncertain_quotes
        .iter()
        .map(|q| (locate(q), q))
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
        if !self.sets.is_empty() {
            let _ = writeln!(
                out,
                "{:<12} {:>10}  {:>15}  {:>15}",
                "set", "dispatches", "speaker P / R", "country P / R"
            );
            for set in &self.sets {
                let _ = writeln!(
                    out,
                    "{:<12} {:>10}  {:>6.3} / {:.3}  {:>6.3} / {:.3}",
                    set.set,
                    set.dispatches,
                    set.speaker.precision,
                    set.speaker.recall,
                    set.country.precision,
                    set.country.recall
                );
            }
            let _ = writeln!(out, "\npooled");
        }
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
            "date     {}/{} ({:.0}%; {} with no date found)   place {}/{} ({:.0}%)   profiles {}/{} ({} predicted)   unplaced quotes {}",
            self.date_correct,
            self.date_total,
            pct(self.date_correct, self.date_total),
            self.date_missing,
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
    fn numbered_sets_expand_in_numeric_order() {
        let root = tempfile::tempdir().expect("temp dir");
        for set in ["100", "19", "99", "extra"] {
            let dir = root.path().join(set);
            std::fs::create_dir(&dir).expect("set dir");
            std::fs::write(dir.join("001.json"), "{}").expect("annotation");
        }
        let names: Vec<String> = expand_sets(&[root.path().to_path_buf()])
            .iter()
            .map(|p| {
                p.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(names, ["19", "99", "100", "extra"]);
    }

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
    fn reuters_items_are_cited_by_newid() {
        assert_eq!(reuters_newid("Reuters-21578 NEWID=1834"), Some(1834));
        assert_eq!(reuters_newid("wikinews-politics-ID87139"), None);
        assert_eq!(reuters_newid("Reuters-21578 NEWID=x"), None);
    }

    #[test]
    fn folding() {
        assert_eq!(fold("“it’s  fine”"), "\"it's fine\"");
    }
}
