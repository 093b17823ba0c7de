//! Criterion bench of every query class: the same requests `chancery bench` replays, one
//! criterion benchmark per class (each iteration runs every query of the class once).
//!
//! By default it indexes 50,000 synthetic documents into a temporary directory first (about
//! 10 s); `CHANCERY_BENCH_INDEX=/path/to/index` benches an existing index instead, and
//! `CHANCERY_BENCH_QUERIES` picks another query file (default `benches/queries/synthetic.jsonl`).
//!
//! `cargo bench --bench queries`

use std::collections::BTreeMap;
use std::path::PathBuf;

use chancery::bench::{read_queries, run_query, BenchQuery};
use chancery::index::NewsIndex;
use criterion::{criterion_group, criterion_main, Criterion};

fn index_path(scratch: &tempfile::TempDir) -> PathBuf {
    if let Some(path) = std::env::var_os("CHANCERY_BENCH_INDEX") {
        return PathBuf::from(path);
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let input = scratch.path().join("synthetic.jsonl");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&input).expect("create input"));
    let options = chancery::generate::GenerateOptions {
        docs: 50_000,
        seed: 1,
        vocabulary: vec![root.join(chancery::generate::DEFAULT_VOCABULARY)],
    };
    chancery::generate::generate(&options, &mut out).expect("generate");
    drop(out);
    let path = scratch.path().join("index");
    let options = chancery::IndexOptions {
        inputs: vec![input],
        ..chancery::IndexOptions::default()
    };
    chancery::index_inputs(&path, &options).expect("index");
    path
}

fn query_classes(c: &mut Criterion) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let scratch = tempfile::tempdir().expect("temp dir");
    let index = NewsIndex::open(&index_path(&scratch)).expect("open index");
    let queries_path = std::env::var_os("CHANCERY_BENCH_QUERIES")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("benches/queries/synthetic.jsonl"));
    let queries = read_queries(&queries_path).expect("query file");
    let mut classes: BTreeMap<String, Vec<BenchQuery>> = BTreeMap::new();
    for query in queries {
        classes.entry(query.class.clone()).or_default().push(query);
    }
    let mut group = c.benchmark_group("query");
    for (class, queries) in &classes {
        group.bench_function(class.as_str(), |b| {
            b.iter(|| {
                queries
                    .iter()
                    .map(|q| run_query(&index, q).expect("query runs"))
                    .sum::<usize>()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, query_classes);
criterion_main!(benches);
