//! Criterion benches for the indexing pipeline:
//!
//! * `parse`: wire text → `Dispatch` (`chancery::dispatch::parse_wire`) only;
//! * `parse_split_unattributed`: the same plus `chancery::split::split_unattributed`
//!   (documents without quote attribution);
//! * `parse_split`: the same plus `chancery::split` (attribution and splitting), so the
//!   attribution overhead is `parse_split / parse_split_unattributed - 1` (the target is at
//!   most 20%);
//! * `pipeline_real`: `parse_split_unattributed` and `parse_split` over the real corpora
//!   (Reuters-21578 and Wikinews from `../shared/corpus-raw/`, converted in memory), where
//!   most dispatches quote nobody;
//! * `index`: `chancery::index_inputs` of a generated JSON Lines file into a fresh index
//!   (parse, split, attribution and tantivy writing, one commit).
//!
//! Throughput is in input bytes per second. Inputs: every `.txt` under `corpus/` plus the
//! seed dispatches in `../shared/seed/` when present.

use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn wire_texts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [root.join("corpus"), root.join("../shared/seed")] {
        for entry in walkdir::WalkDir::new(&dir).into_iter().flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "txt") {
                if let Ok(text) = std::fs::read_to_string(path) {
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    out.push((name, text));
                }
            }
        }
    }
    out.sort();
    out
}

fn pipeline(c: &mut Criterion) {
    let texts = wire_texts();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(BenchmarkId::new("parse", texts.len()), |b| {
        b.iter(|| {
            texts
                .iter()
                .filter_map(|(_, t)| chancery::dispatch::parse_wire(t).ok())
                .map(|d| d.paragraphs.len())
                .sum::<usize>()
        })
    });
    group.bench_function(
        BenchmarkId::new("parse_split_unattributed", texts.len()),
        |b| {
            b.iter(|| {
                texts
                    .iter()
                    .filter_map(|(_, t)| chancery::dispatch::parse_wire(t).ok())
                    .map(|d| chancery::split::split_unattributed(&d).len())
                    .sum::<usize>()
            })
        },
    );
    group.bench_function(BenchmarkId::new("parse_split", texts.len()), |b| {
        b.iter(|| {
            texts
                .iter()
                .filter_map(|(_, t)| chancery::dispatch::parse_wire(t).ok())
                .map(|d| chancery::split(&d).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn indexing(c: &mut Criterion) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let vocabulary = root.join(chancery::generate::DEFAULT_VOCABULARY);
    if !vocabulary.exists() {
        eprintln!("skipping index bench: {} is missing", vocabulary.display());
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("synthetic.jsonl");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&input).expect("create"));
    let options = chancery::generate::GenerateOptions {
        docs: 20_000,
        seed: 7,
        vocabulary: vec![vocabulary],
    };
    chancery::generate::generate(&options, &mut out).expect("generate");
    drop(out);
    let bytes = std::fs::metadata(&input).map(|m| m.len()).unwrap_or(0);
    let mut group = c.benchmark_group("index");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    let mut run = 0;
    group.bench_function("synthetic_20k_docs", |b| {
        b.iter(|| {
            run += 1;
            let path = dir.path().join(format!("index-{run}"));
            let options = chancery::IndexOptions {
                inputs: vec![input.clone()],
                commit_every: 1_000_000,
                ..chancery::IndexOptions::default()
            };
            let summary = chancery::index_inputs(&path, &options).expect("index");
            let _ = std::fs::remove_dir_all(&path);
            summary.documents_added
        })
    });
    group.finish();
}

/// JSON Lines dispatches of the real corpora (Reuters-21578 and Wikinews, converted as
/// `chancery convert-corpus` does) when `../shared/corpus-raw/` is beside the checkout.
fn real_dispatches() -> Vec<String> {
    let raw = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus-raw");
    let mut lines = Vec::new();
    for corpus in [
        chancery::convert::Corpus::Reuters,
        chancery::convert::Corpus::Wikinews,
    ] {
        let mut out = Vec::new();
        if chancery::convert::convert(corpus, &raw, &mut out).is_err() {
            continue;
        }
        let text = String::from_utf8_lossy(&out);
        lines.extend(text.lines().map(str::to_owned));
    }
    lines
}

/// The attribution overhead on what real dispatches look like: most wire items quote nobody
/// (and skip attribution), the rest are quoted the way Reuters and Wikinews quote. Parsing is
/// JSON here, as the converted corpora are JSON Lines.
fn pipeline_real(c: &mut Criterion) {
    let lines = real_dispatches();
    if lines.is_empty() {
        eprintln!("skipping pipeline_real: ../shared/corpus-raw is missing");
        return;
    }
    let bytes: usize = lines.iter().map(String::len).sum();
    let mut group = c.benchmark_group("pipeline_real");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    let parse = || {
        lines
            .iter()
            .filter_map(|l| chancery::dispatch::parse_json_dispatch(l).ok())
    };
    group.bench_function(
        BenchmarkId::new("parse_split_unattributed", lines.len()),
        |b| {
            b.iter(|| {
                parse()
                    .map(|d| chancery::split::split_unattributed(&d).len())
                    .sum::<usize>()
            })
        },
    );
    group.bench_function(BenchmarkId::new("parse_split", lines.len()), |b| {
        b.iter(|| parse().map(|d| chancery::split(&d).len()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, pipeline, pipeline_real, indexing);
criterion_main!(benches);
