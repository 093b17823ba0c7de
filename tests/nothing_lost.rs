//! Splitting invariants, checked on every sample dispatch (corpus/, the seed, the evaluation
//! set) and on generated wire text:
//!
//! 1. **Nothing is lost**: every non-empty input line ends up in exactly one place — a
//!    paragraph's text (the lead paragraph: the dateline line minus the dateline and its dash),
//!    a profile's name, country or bio line, a heading, the headline, the dateline or a carousel
//!    caption. Checked as multiset equality, so a line printed twice must land twice.
//! 2. Document ids are unique and `<article_id>:p<N>` / `<article_id>:profile<N>`, with N
//!    contiguous from 0 per kind.
//! 3. Parsing and splitting are deterministic.

mod util;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use proptest::prelude::*;
use serde_json::Value;

use chancery::dispatch::{decode, parse_input, parse_wire, Format};
use chancery::{split, Dispatch, DocKind};

const DASHES: [char; 3] = ['—', '–', '-'];

/// The non-empty lines of wire text, trimmed, as the parser sees them.
fn wire_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// The input lines of one JSON dispatch: its headline field, its body lines (or paragraph
/// strings, whose inner line breaks are wrapping) and its profile cards.
fn json_lines_of(value: &Value) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(h) = value["headline"].as_str().map(str::trim) {
        if !h.is_empty() {
            lines.push(h.to_string());
        }
    }
    match value["body"].as_str() {
        Some(body) if !body.trim().is_empty() => lines.extend(wire_lines(body)),
        _ => {
            for p in value["paragraphs"].as_array().into_iter().flatten() {
                let p = p.as_str().unwrap_or_default();
                let collapsed = p.split_whitespace().collect::<Vec<_>>().join(" ");
                if !collapsed.is_empty() {
                    lines.push(collapsed);
                }
            }
        }
    }
    for profile in value["profiles"].as_array().into_iter().flatten() {
        for key in ["name", "country"] {
            if let Some(v) = profile[key].as_str().map(str::trim) {
                if !v.is_empty() {
                    lines.push(v.to_string());
                }
            }
        }
        lines.extend(wire_lines(profile["bio"].as_str().unwrap_or_default()));
    }
    lines
}

/// Checks that `input` (non-empty trimmed lines) is exactly what `d` accounts for.
fn check_nothing_lost(origin: &str, input: &[String], d: &Dispatch) -> Result<(), String> {
    let mut input: Vec<String> = input.to_vec();
    let mut paragraphs: Vec<&str> = d.paragraphs.iter().map(|p| p.text.as_str()).collect();

    // The dateline line: the dateline as written, a dash, then (usually) the lead paragraph.
    if let Some(raw) = &d.dateline {
        let at = input
            .iter()
            .take(2)
            .position(|l| l.starts_with(raw.as_str()))
            .ok_or_else(|| format!("{origin}: dateline {raw:?} is not one of the first lines"))?;
        let line = input.remove(at);
        let rest = line[raw.len()..].trim();
        let is_separator = |s: &str| s.chars().all(|c| c.is_whitespace() || DASHES.contains(&c));
        if !is_separator(rest) {
            let lead = paragraphs.first().copied().unwrap_or_default();
            let consumed = !lead.is_empty()
                && rest.ends_with(lead)
                && is_separator(&rest[..rest.len() - lead.len()]);
            if !consumed {
                return Err(format!(
                    "{origin}: the text after the dateline {rest:?} is not the lead paragraph \
                     {lead:?}"
                ));
            }
            paragraphs.remove(0);
        }
    }

    let mut output: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
    output.extend(d.headings.iter().cloned());
    output.extend(d.captions.iter().cloned());
    output.extend(d.headline.iter().cloned());
    for p in &d.profiles {
        output.push(p.name.clone());
        output.extend(p.country.iter().cloned());
        output.extend(wire_lines(&p.bio));
    }

    input.sort();
    output.sort();
    if input != output {
        let missing: Vec<&String> = input.iter().filter(|l| !output.contains(l)).collect();
        let extra: Vec<&String> = output.iter().filter(|l| !input.contains(l)).collect();
        return Err(format!(
            "{origin}: input lines and output places differ ({} in, {} out)\n  lost: \
             {missing:?}\n  invented: {extra:?}",
            input.len(),
            output.len()
        ));
    }
    Ok(())
}

/// Ids, positions and determinism.
fn check_documents(origin: &str, d: &Dispatch) -> Result<(), String> {
    let docs = split(d);
    if docs != split(d) {
        return Err(format!(
            "{origin}: splitting twice gave different documents"
        ));
    }
    let mut ids = HashSet::new();
    for doc in &docs {
        if !ids.insert(doc.id.clone()) {
            return Err(format!("{origin}: duplicate id {}", doc.id));
        }
        if doc.article_id != d.article_id {
            return Err(format!("{origin}: {} has another article_id", doc.id));
        }
    }
    for (kind, tag, expected) in [
        (DocKind::Paragraph, "p", d.paragraphs.len()),
        (DocKind::Profile, "profile", d.profiles.len()),
    ] {
        let of_kind: Vec<_> = docs.iter().filter(|doc| doc.kind == kind).collect();
        if of_kind.len() != expected {
            return Err(format!(
                "{origin}: {} {tag} documents for {expected} parsed",
                of_kind.len()
            ));
        }
        for (n, doc) in of_kind.iter().enumerate() {
            if doc.position as usize != n || doc.id != format!("{}:{tag}{n}", d.article_id) {
                return Err(format!(
                    "{origin}: document {} at position {} should be {tag}{n}",
                    doc.id, doc.position
                ));
            }
        }
    }
    for (doc, paragraph) in docs.iter().zip(&d.paragraphs) {
        if doc.text != paragraph.text || doc.section != paragraph.section {
            return Err(format!("{origin}: {} does not carry its paragraph", doc.id));
        }
    }
    Ok(())
}

/// Every dispatch file under `dir` with its format.
fn dispatch_files(dir: &Path) -> Vec<(PathBuf, Format)> {
    let mut files: Vec<(PathBuf, Format)> = walk(dir)
        .into_iter()
        .filter_map(|p| Format::for_path(&p).map(|f| (p, f)))
        .collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    files
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// Checks one file: every dispatch in it, against its own input lines.
fn check_file(path: &Path, format: Format) -> usize {
    let origin = path.display().to_string();
    let bytes = std::fs::read(path).expect("read sample");
    let text = decode(&bytes).unwrap_or_else(|e| panic!("{origin}: {e}"));
    let parsed = parse_input(text, format);
    let again = parse_input(text, format);
    assert_eq!(parsed, again, "{origin}: parsing is not deterministic");
    let sources: Vec<Vec<String>> = match format {
        Format::Wire => vec![wire_lines(text)],
        Format::Json => vec![json_lines_of(&serde_json::from_str(text).expect("JSON"))],
        Format::JsonLines => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| json_lines_of(&serde_json::from_str(l).expect("JSON line")))
            .collect(),
    };
    assert_eq!(sources.len(), parsed.len(), "{origin}");
    for ((line, result), input) in parsed.iter().zip(&sources) {
        let d = result
            .as_ref()
            .unwrap_or_else(|e| panic!("{origin}:{line}: {e}"));
        let here = format!("{origin}:{line}");
        check_nothing_lost(&here, input, d).unwrap_or_else(|e| panic!("{e}"));
        check_documents(&here, d).unwrap_or_else(|e| panic!("{e}"));
    }
    parsed.len()
}

#[test]
fn nothing_lost_in_the_sample_corpus() {
    let files = dispatch_files(&util::corpus());
    assert!(files.len() >= 12, "corpus/ has at least 12 dispatch files");
    let dispatches: usize = files.iter().map(|(p, f)| check_file(p, *f)).sum();
    assert_eq!(dispatches, 16);
}

#[test]
fn nothing_lost_in_the_seed() {
    let files = dispatch_files(&util::seed_dir());
    assert!(!files.is_empty());
    for (path, format) in files {
        check_file(&path, format);
    }
    // The seed's layout, in numbers.
    let text = std::fs::read_to_string(util::seed()).expect("seed");
    let d = parse_wire(&text).expect("seed parses");
    assert_eq!(d.paragraphs.len(), 16);
    assert_eq!(d.profiles.len(), 8);
    assert_eq!(
        d.headings,
        [
            "Unclear where peace talks go now",
            "Key players in the US-led Ukraine talks"
        ]
    );
    assert_eq!(d.captions.len(), 1);
    assert_eq!(
        d.dateline.as_deref(),
        Some("KYIV, Ukraine, December 3, 2025 (AP)")
    );
}

#[test]
fn nothing_lost_in_the_eval_set() {
    let files = dispatch_files(&util::eval_dev());
    let texts: Vec<_> = files.iter().filter(|(_, f)| *f == Format::Wire).collect();
    assert_eq!(texts.len(), 12);
    for (path, format) in texts {
        check_file(path, *format);
    }
}

// ---------------------------------------------------------------------------------------------
// Generated wire text
// ---------------------------------------------------------------------------------------------

/// Lines that exercise every rule of the layout, plus arbitrary text.
fn line() -> impl Strategy<Value = String> {
    let fixed = prop::sample::select(vec![
        // datelines, valid and not
        "KYIV, Ukraine, December 3, 2025 (AP) — Ukraine and its allies met on Wednesday.",
        "GENEVA, Switzerland, March 14, 2025 (Reuters) — Negotiators met on Friday.",
        "WASHINGTON, June 1 - President Reagan said he would act.",
        "NEW YORK (Reuters) - Stocks rose.",
        "WASHINGTON, March 14, 2025 (AP) — ",
        "PARIS, February 30, 2025 (AFP) — An impossible date.",
        "Saturday, October 10, 2009",
        "2009-10-10",
        "LONDON (AP) -- - a lead that starts with a dash.",
        // headings, captions, names, countries
        "Key players",
        "Key players in the Geneva talks",
        "Unclear where peace talks go now",
        "Next steps",
        "A carousel of images showing the negotiators.",
        "Amara Okafor",
        "Lena van der Berg",
        "Nigeria",
        "United States",
        "Ukraine",
        // quotes and attribution patterns
        "“Not further, that’s for sure,” he said.",
        "The Russian leader “should end the bluster,” said U.K. Foreign Secretary Yvette Cooper.",
        "Asked whether peace was closer, Ushakov said: “Not further.”",
        "\"Unbalanced quote, said the minister.",
        "Okafor is the foreign minister.",
        "She has led talks since 2023.",
        // edge shapes
        "—",
        "-",
        "“",
        "...",
        "1",
        "lowercase line without punctuation",
        "ALL CAPS HEADING",
    ])
    .prop_map(str::to_string);
    prop_oneof![
        4 => fixed,
        2 => "[A-Z][a-z]{2,9}( [A-Z]?[a-z]{2,9}){0,4}",
        2 => "[A-Z][a-z]{1,8}( [a-z,]{1,8}){3,16}[.?!:]",
        1 => "[A-Z]{3,8}, [A-Z][a-z]{3,8}, (January|May|Sept\\.) [1-9], 20[0-9]{2} \\([A-Z]{2,7}\\) — [A-Z][a-z ]{0,30}\\.",
        1 => "\\PC{0,60}",
        1 => Just(String::new()),
        1 => "[ \t]{1,3}",
    ]
}

fn wire_text() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((line(), "[ \t]{0,2}", "[ \t]{0,2}"), 0..40),
        any::<bool>(),
    )
        .prop_map(|(lines, crlf)| {
            let newline = if crlf { "\r\n" } else { "\n" };
            lines
                .into_iter()
                .map(|(l, before, after)| format!("{before}{l}{after}"))
                .collect::<Vec<_>>()
                .join(newline)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn nothing_lost_in_generated_wire_text(text in wire_text()) {
        let input = wire_lines(&text);
        match parse_wire(&text) {
            Err(e) => prop_assert!(input.is_empty(), "{e} for non-empty input {text:?}"),
            Ok(d) => {
                prop_assert!(!input.is_empty());
                prop_assert_eq!(parse_wire(&text), Ok(d.clone()), "parsing is deterministic");
                if let Err(e) = check_nothing_lost("generated", &input, &d) {
                    return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
                }
                if let Err(e) = check_documents("generated", &d) {
                    return Err(TestCaseError::fail(format!("{e}\ntext: {text:?}")));
                }
            }
        }
    }

    /// The same dispatch with other line endings and spacing keeps its id.
    #[test]
    fn article_id_ignores_line_endings(text in wire_text()) {
        prop_assume!(!text.trim().is_empty());
        let crlf = text.replace("\r\n", "\n").replace('\n', "\r\n");
        let a = parse_wire(&text).expect("non-empty text parses");
        let b = parse_wire(&crlf).expect("non-empty text parses");
        prop_assert_eq!(a.article_id, b.article_id);
    }
}
