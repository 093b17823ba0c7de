//! Chancery next to SQLite FTS5 on the same documents and the same query file.
//!
//! `cargo bench --bench peers` generates a synthetic corpus (or reads
//! `CHANCERY_PEERS_INPUT`, a JSON Lines dispatch file), splits it into documents, indexes them
//! into Chancery (a temporary index) and into an SQLite FTS5 table (bundled SQLite,
//! `tokenize='porter unicode61'`, `ORDER BY rank`), then replays the query file
//! (`CHANCERY_PEERS_QUERIES`, default `benches/queries/synthetic.jsonl`) on both, warm, one
//! thread, and prints p50 latency per class with the Chancery/FTS5 ratio.
//!
//! Environment: `CHANCERY_PEERS_DOCS` (synthetic documents, default 50000),
//! `CHANCERY_PEERS_PASSES` (default 5), `CHANCERY_PEERS_INDEX` (reuse an existing Chancery
//! index built from the same input instead of building one).
//!
//! What each side does per query: Chancery runs its normal path (`search` with snippets and a
//! total count, or `facets`). FTS5 returns the top 10 rowids with `snippet()` (no total
//! count), or a `GROUP BY` over side tables for facets; speaker/country filters are
//! `rowid IN (SELECT …)` on lowercased side tables, dates a column of a side table.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::time::Instant;

use chancery::bench::{read_queries, run_query, BenchQuery, BenchRequest};
use chancery::search::{FacetBy, SortOrder};
use rusqlite::{params, Connection};

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    if let Err(e) = run() {
        eprintln!("peers: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir()?;
    let input = match std::env::var_os("CHANCERY_PEERS_INPUT") {
        Some(p) => PathBuf::from(p),
        None => {
            let docs = env_usize("CHANCERY_PEERS_DOCS", 50_000) as u64;
            let path = tmp.path().join("synthetic.jsonl");
            let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
            let options = chancery::generate::GenerateOptions {
                docs,
                seed: 1,
                vocabulary: vec![root.join(chancery::generate::DEFAULT_VOCABULARY)],
            };
            chancery::generate::generate(&options, &mut out)?;
            path
        }
    };
    let queries_path = std::env::var_os("CHANCERY_PEERS_QUERIES")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("benches/queries/synthetic.jsonl"));
    let passes = env_usize("CHANCERY_PEERS_PASSES", 5).max(1);
    let queries = read_queries(&queries_path)?;

    // Chancery.
    let index_path = match std::env::var_os("CHANCERY_PEERS_INDEX") {
        Some(p) => PathBuf::from(p),
        None => {
            let path = tmp.path().join("index");
            let t = Instant::now();
            let options = chancery::IndexOptions {
                inputs: vec![input.clone()],
                ..chancery::IndexOptions::default()
            };
            let summary = chancery::index_inputs(&path, &options)?;
            println!(
                "chancery: indexed {} documents in {:.1} s",
                summary.documents_added,
                t.elapsed().as_secs_f64()
            );
            path
        }
    };
    let index = chancery::NewsIndex::open(&index_path)?;

    // FTS5.
    let t = Instant::now();
    let db = load_fts5(&input)?;
    println!(
        "fts5: loaded {} documents in {:.1} s",
        db.query_row("SELECT count(*) FROM meta", [], |r| r.get::<_, i64>(0))?,
        t.elapsed().as_secs_f64()
    );

    let mut chancery_us: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    let mut fts_us: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for q in &queries {
        run_query(&index, q)?;
        fts5_query(&db, q)?;
    }
    for _ in 0..passes {
        for q in &queries {
            let t = Instant::now();
            std::hint::black_box(run_query(&index, q)?);
            let c = t.elapsed().as_secs_f64() * 1e6;
            let t = Instant::now();
            std::hint::black_box(fts5_query(&db, q)?);
            let f = t.elapsed().as_secs_f64() * 1e6;
            chancery_us.entry(q.class.clone()).or_default().push(c);
            fts_us.entry(q.class.clone()).or_default().push(f);
        }
    }
    println!(
        "\n{} queries from {}, {passes} passes, p50 per class (ms)",
        queries.len(),
        queries_path.display()
    );
    println!(
        "{:<20} {:>12} {:>12} {:>16} {:>10}",
        "class", "chancery", "fts5", "chancery/fts5", "speed-up"
    );
    for (class, c) in &chancery_us {
        let f = &fts_us[class];
        let (cm, fm) = (median(c) / 1000.0, median(f) / 1000.0);
        println!(
            "{class:<20} {cm:>12.3} {fm:>12.3} {:>16.3} {:>9.1}x",
            cm / fm,
            fm / cm
        );
    }
    Ok(())
}

fn median(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn load_fts5(input: &Path) -> Result<Connection, Box<dyn std::error::Error>> {
    let db = Connection::open_in_memory()?;
    db.execute_batch(
        "CREATE VIRTUAL TABLE docs USING fts5(text, headline, section, name, tokenize='porter unicode61');
         CREATE TABLE meta(id INTEGER PRIMARY KEY, date TEXT);
         CREATE TABLE speaker(doc INTEGER, value TEXT);
         CREATE TABLE country(doc INTEGER, value TEXT);",
    )?;
    let reader = BufReader::new(std::fs::File::open(input)?);
    let tx = db.unchecked_transaction()?;
    {
        let mut ins_doc = tx.prepare(
            "INSERT INTO docs(rowid, text, headline, section, name) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut ins_meta = tx.prepare("INSERT INTO meta(id, date) VALUES (?1, ?2)")?;
        let mut ins_speaker = tx.prepare("INSERT INTO speaker(doc, value) VALUES (?1, ?2)")?;
        let mut ins_country = tx.prepare("INSERT INTO country(doc, value) VALUES (?1, ?2)")?;
        let mut rowid: i64 = 0;
        for line in reader.lines() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let Ok(dispatch) = chancery::dispatch::parse_json_dispatch(&line) else {
                continue;
            };
            for doc in chancery::split(&dispatch) {
                rowid += 1;
                ins_doc.execute(params![
                    rowid,
                    doc.text,
                    doc.headline,
                    doc.section,
                    doc.name
                ])?;
                ins_meta.execute(params![rowid, doc.date.map(chancery::model::format_date)])?;
                for s in &doc.speakers {
                    ins_speaker.execute(params![rowid, s.to_lowercase()])?;
                }
                for c in &doc.countries {
                    ins_country.execute(params![rowid, c.to_lowercase()])?;
                }
            }
        }
    }
    tx.commit()?;
    db.execute_batch(
        "CREATE INDEX speaker_value ON speaker(value, doc);
         CREATE INDEX country_value ON country(value, doc);
         CREATE INDEX speaker_doc ON speaker(doc);
         CREATE INDEX country_doc ON country(doc);
         CREATE INDEX meta_date ON meta(date);
         INSERT INTO docs(docs) VALUES('optimize');",
    )?;
    Ok(db)
}

/// Runs the FTS5 equivalent of a bench query; returns the rows produced.
fn fts5_query(db: &Connection, q: &BenchQuery) -> rusqlite::Result<usize> {
    let text = q.text().trim();
    let all = text.is_empty() || text == "*";
    let filters = q.filters();
    let mut wher: Vec<String> = Vec::new();
    let mut args: Vec<String> = Vec::new();
    if !all {
        wher.push("docs MATCH ?".into());
        args.push(text.to_string());
    }
    let list = |values: &[String], args: &mut Vec<String>| {
        let marks = vec!["?"; values.len()].join(",");
        args.extend(values.iter().map(|v| v.to_lowercase()));
        marks
    };
    if !filters.speakers.is_empty() {
        let marks = list(&filters.speakers, &mut args);
        wher.push(format!(
            "docs.rowid IN (SELECT doc FROM speaker WHERE value IN ({marks}))"
        ));
    }
    if !filters.countries.is_empty() {
        let marks = list(&filters.countries, &mut args);
        wher.push(format!(
            "docs.rowid IN (SELECT doc FROM country WHERE value IN ({marks}))"
        ));
    }
    if let Some(d) = filters.since {
        wher.push("meta.date >= ?".into());
        args.push(chancery::model::format_date(d));
    }
    if let Some(d) = filters.until {
        wher.push("meta.date <= ?".into());
        args.push(chancery::model::format_date(d));
    }
    let where_sql = if wher.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", wher.join(" AND "))
    };
    // Without a MATCH, scan the small side table rather than the FTS table.
    let (from, rowid) = if all {
        ("meta", "meta.id")
    } else {
        ("docs JOIN meta ON meta.id = docs.rowid", "docs.rowid")
    };
    let where_sql = where_sql.replace("docs.rowid", rowid);
    let sql = match &q.request {
        BenchRequest::Search(r) => {
            let order = match r.sort {
                SortOrder::Score if !all => "ORDER BY rank",
                SortOrder::Score => "",
                SortOrder::Date => "ORDER BY meta.date DESC",
            };
            format!(
                "SELECT docs.rowid, snippet(docs, 0, '<b>', '</b>', '…', 24) FROM {from} {where_sql} {order} LIMIT {}",
                r.limit
            )
        }
        BenchRequest::Facets(f) => match f.by {
            FacetBy::Date => format!(
                "SELECT substr(meta.date, 1, 7) AS k, count(*) FROM {from} {where_sql} GROUP BY k"
            ),
            FacetBy::Speaker | FacetBy::Country => {
                let table = if f.by == FacetBy::Speaker {
                    "speaker"
                } else {
                    "country"
                };
                format!(
                    "SELECT f.value, count(*) AS n FROM {from} JOIN {table} f ON f.doc = {rowid} {where_sql} GROUP BY f.value ORDER BY n DESC LIMIT 10"
                )
            }
            _ => return Ok(0),
        },
    };
    let mut stmt = db.prepare_cached(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(args.iter()))?;
    let mut n = 0;
    while let Some(row) = rows.next()? {
        std::hint::black_box(row.get_ref(1)?);
        n += 1;
    }
    Ok(n)
}
