//! End-to-end tests of the `chancery` binary: every command, its output formats and its error
//! cases, each with exact exit codes (0 success, 2 usage or input error, 1 other failure) and a
//! check that stderr says what went wrong. Every test works in its own temporary directory with
//! its own index.

mod util;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;
use std::process::{Child, Stdio};

use predicates::prelude::*;
use predicates::str::contains;
use serde_json::Value;

use util::{corpus, eval_dev, json_lines, keys, seed, seed_dir, strings, TestEnv, DOC_KEYS};

/// Sorted document keys, for comparing against `serde_json`'s (sorted) maps.
fn doc_key_set() -> BTreeSet<String> {
    DOC_KEYS.iter().map(|k| k.to_string()).collect()
}

/// An index of the seed dispatch alone.
fn seed_env() -> TestEnv {
    let env = TestEnv::new();
    env.index_ok(&[seed()]);
    env
}

/// An index of the sample corpus and the seed.
fn corpus_env() -> TestEnv {
    let env = TestEnv::new();
    env.index_ok(&[corpus(), seed_dir()]);
    env
}

/// Errors reported by Chancery itself are one line on stderr, prefixed, with no panic or
/// backtrace.
fn one_clear_line(stderr: &[u8]) -> String {
    let text = String::from_utf8_lossy(stderr).to_string();
    assert_eq!(
        text.lines().count(),
        1,
        "expected one line on stderr, got:\n{text}"
    );
    assert!(text.starts_with("chancery: "), "stderr: {text}");
    assert!(!text.contains("panicked"), "stderr: {text}");
    text
}

// ---------------------------------------------------------------------------------------------
// General: help, version, bad flags
// ---------------------------------------------------------------------------------------------

#[test]
fn help_lists_every_command_and_exits_0() {
    let env = TestEnv::new();
    let out = env.bare().arg("--help").assert().code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    for command in ["index", "search", "facets", "stats", "split", "eval"] {
        assert!(
            stdout.contains(command),
            "--help lacks {command}:\n{stdout}"
        );
    }
    assert!(stdout.contains("CHANCERY_INDEX"));
    env.bare()
        .args(["search", "--help"])
        .assert()
        .code(0)
        .stdout(contains("--speaker").and(contains("--since")));
}

#[test]
fn version_exits_0() {
    TestEnv::new()
        .bare()
        .arg("--version")
        .assert()
        .code(0)
        .stdout(contains("chancery"));
}

#[test]
fn no_command_is_a_usage_error() {
    TestEnv::new()
        .bare()
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains("Usage"));
}

#[test]
fn unknown_command_and_bad_flag_are_usage_errors() {
    let env = TestEnv::new();
    env.cmd()
        .arg("frobnicate")
        .assert()
        .code(2)
        .stderr(contains("unrecognized subcommand 'frobnicate'"));
    env.cmd()
        .args(["search", "peace", "--bogus"])
        .assert()
        .code(2)
        .stderr(contains("unexpected argument '--bogus'"));
    env.cmd()
        .args(["search", "peace", "--kind", "editorial"])
        .assert()
        .code(2)
        .stderr(contains("invalid value 'editorial'"));
    env.cmd()
        .args(["search", "peace", "--limit", "ten"])
        .assert()
        .code(2)
        .stderr(contains("invalid value 'ten'"));
    env.cmd()
        .args(["search", "peace", "--offset", "99999999999999999999999"])
        .assert()
        .code(2)
        .stderr(contains("--offset"));
    env.cmd()
        .args(["index", "--heap-mb", "1", "x.txt"])
        .assert()
        .code(2)
        .stderr(contains("--heap-mb"));
    env.cmd()
        .arg("index")
        .assert()
        .code(2)
        .stderr(contains("required"));
    env.cmd()
        .arg("search")
        .assert()
        .code(2)
        .stderr(contains("<QUERY>"));
}

// ---------------------------------------------------------------------------------------------
// split
// ---------------------------------------------------------------------------------------------

fn split_seed(env: &TestEnv) -> Vec<Value> {
    let out = env
        .bare()
        .arg("split")
        .arg(seed())
        .arg("--json")
        .assert()
        .code(0);
    json_lines(&out.get_output().stdout)
}

/// Issue 2, "Done when": the seed splits exactly as described.
#[test]
fn split_seed_done_when() {
    let env = TestEnv::new();
    let docs = split_seed(&env);
    assert_eq!(docs.len(), 24, "16 paragraphs and 8 profiles");

    // Every document carries the dispatch fields from the dateline.
    for doc in &docs {
        assert_eq!(
            keys(doc).into_iter().collect::<BTreeSet<_>>(),
            doc_key_set()
        );
        assert_eq!(doc["date"], "2025-12-03", "{doc}");
        assert_eq!(doc["place"], "KYIV, Ukraine", "{doc}");
        assert_eq!(doc["source"], "AP", "{doc}");
        assert_eq!(doc["headline"], Value::Null);
    }
    let article = docs[0]["article_id"]
        .as_str()
        .expect("article_id")
        .to_string();
    assert!(docs.iter().all(|d| d["article_id"] == article.as_str()));

    // 8 profile documents with their countries.
    let profiles: Vec<&Value> = docs.iter().filter(|d| d["kind"] == "profile").collect();
    let expected_profiles = [
        ("Steve Witkoff", "United States"),
        ("Jared Kushner", "United States"),
        ("Daniel Driscoll", "United States"),
        ("Marco Rubio", "United States"),
        ("Rustem Umerov", "Ukraine"),
        ("Yuri Ushakov", "Russia"),
        ("Kirill Dmitriev", "Russia"),
        ("Sergey Lavrov", "Russia"),
    ];
    assert_eq!(profiles.len(), expected_profiles.len());
    for (n, (doc, (name, country))) in profiles.iter().zip(expected_profiles).enumerate() {
        assert_eq!(doc["id"], format!("{article}:profile{n}").as_str());
        assert_eq!(doc["position"], n);
        assert_eq!(doc["name"], name);
        assert_eq!(strings(&doc["speakers"]), [name]);
        assert_eq!(strings(&doc["countries"]), [country]);
        assert_eq!(doc["section"], "Key players in the US-led Ukraine talks");
        let surname = name.split(' ').next_back().unwrap_or_default();
        assert!(
            doc["text"]
                .as_str()
                .unwrap_or_default()
                .starts_with(surname),
            "{doc}"
        );
    }

    // Paragraphs: ids and positions 0..16, the headings are sections and never paragraphs.
    let paragraphs: Vec<&Value> = docs.iter().filter(|d| d["kind"] == "paragraph").collect();
    assert_eq!(paragraphs.len(), 16);
    for (n, doc) in paragraphs.iter().enumerate() {
        assert_eq!(doc["id"], format!("{article}:p{n}").as_str());
        assert_eq!(doc["position"], n);
        assert_eq!(doc["name"], Value::Null);
        let text = doc["text"].as_str().unwrap_or_default();
        assert_ne!(text, "Unclear where peace talks go now");
        assert_ne!(text, "Key players in the US-led Ukraine talks");
        assert!(
            !text.starts_with("A carousel of images"),
            "caption is not a paragraph"
        );
        let section = if n < 6 {
            Value::Null
        } else {
            Value::from("Unclear where peace talks go now")
        };
        assert_eq!(doc["section"], section, "{doc}");
    }
    assert!(paragraphs[0]["text"]
        .as_str()
        .unwrap_or_default()
        .starts_with("Ukraine and its European allies accused"));

    // Speakers: exactly these paragraphs name someone.
    let find = |needle: &str| -> usize {
        let found: Vec<usize> = paragraphs
            .iter()
            .enumerate()
            .filter(|(_, d)| d["text"].as_str().unwrap_or_default().contains(needle))
            .map(|(n, _)| n)
            .collect();
        assert_eq!(found.len(), 1, "{needle:?} should be in one paragraph");
        found[0]
    };
    let mut expected: BTreeMap<usize, (Vec<&str>, Vec<&str>)> = BTreeMap::new();
    expected.insert(
        find("bluster"),
        (
            vec!["Yvette Cooper", "Andrii Sybiha"],
            vec!["United Kingdom", "Ukraine"],
        ),
    );
    for needle in [
        "were “positive”",
        "a compromise hasn’t been found",
        "Not further, that’s for sure",
        "still a lot of work to be done",
    ] {
        expected.insert(find(needle), (vec!["Yuri Ushakov"], vec!["Russia"]));
    }
    for needle in [
        "it was “not correct”",
        "deliberately not going to add anything",
    ] {
        expected.insert(find(needle), (vec!["Dmitry Peskov"], vec!["Russia"]));
    }
    assert_eq!(expected.len(), 7);
    for (n, doc) in paragraphs.iter().enumerate() {
        let (speakers, countries) = expected.get(&n).cloned().unwrap_or_default();
        let mut got_speakers = strings(&doc["speakers"]);
        let mut got_countries = strings(&doc["countries"]);
        got_speakers.sort();
        got_countries.sort();
        let mut speakers: Vec<String> = speakers.iter().map(|s| s.to_string()).collect();
        let mut countries: Vec<String> = countries.iter().map(|s| s.to_string()).collect();
        speakers.sort();
        countries.sort();
        assert_eq!(got_speakers, speakers, "speakers of paragraph {n}: {doc}");
        assert_eq!(
            got_countries, countries,
            "countries of paragraph {n}: {doc}"
        );
    }
}

#[test]
fn split_json_keys_are_exactly_the_documented_ones_in_order() {
    let env = TestEnv::new();
    let out = env
        .bare()
        .arg("split")
        .arg(seed())
        .arg("--json")
        .assert()
        .code(0);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    for line in stdout.lines() {
        // serde_json sorts keys when parsing, so check the printed order on the raw line.
        let positions: Vec<usize> = DOC_KEYS
            .iter()
            .map(|k| {
                line.find(&format!("\"{k}\":"))
                    .unwrap_or_else(|| panic!("{k} missing in {line}"))
            })
            .collect();
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "key order in {line}"
        );
        let value: Value = serde_json::from_str(line).expect("JSON");
        assert_eq!(value.as_object().map(|o| o.len()), Some(DOC_KEYS.len()));
    }
}

#[test]
fn split_is_deterministic_and_text_mode_is_readable() {
    let env = TestEnv::new();
    assert_eq!(split_seed(&env), split_seed(&env));
    let out = env.bare().arg("split").arg(seed()).assert().code(0);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains(":p1 [paragraph]"));
    assert!(text.contains("speakers: Yvette Cooper; Andrii Sybiha"));
    assert!(text.contains(":profile7 [profile]"));
    assert!(text.contains("name:     Sergey Lavrov"));
}

#[test]
fn split_reads_stdin_and_json_and_jsonl() {
    let env = TestEnv::new();
    let wire =
        "Talks resume\nGENEVA, Switzerland, March 1, 2025 (AFP) — Talks resumed on Monday.\n\
                “We are hopeful,” said Swiss Foreign Minister Anna Keller.\n";
    let out = env
        .bare()
        .args(["split", "-", "--json"])
        .write_stdin(wire)
        .assert()
        .code(0);
    let docs = json_lines(&out.get_output().stdout);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["headline"], "Talks resume");
    assert_eq!(docs[0]["text"], "Talks resumed on Monday.");
    assert_eq!(docs[0]["place"], "GENEVA, Switzerland");
    assert_eq!(docs[0]["date"], "2025-03-01");
    assert_eq!(strings(&docs[1]["speakers"]), ["Anna Keller"]);
    assert_eq!(strings(&docs[1]["countries"]), ["Switzerland"]);

    // JSON: the feed's id names the documents.
    let json = corpus().join("dispatches/2026-04-08_cairo_libya_ceasefire.json");
    let out = env
        .bare()
        .arg("split")
        .arg(&json)
        .arg("--json")
        .assert()
        .code(0);
    let docs = json_lines(&out.get_output().stdout);
    assert_eq!(docs[0]["id"], "sample-2026-04-08-cairo-libya-ceasefire:p0");
    assert_eq!(docs.iter().filter(|d| d["kind"] == "profile").count(), 4);
    assert!(docs.iter().all(|d| d["date"] == "2026-04-08"));

    // JSON Lines: every dispatch of the file.
    let jsonl = corpus().join("dispatches/2025-04-16_wire_digest.jsonl");
    let out = env
        .bare()
        .arg("split")
        .arg(&jsonl)
        .arg("--json")
        .assert()
        .code(0);
    let articles: BTreeSet<String> = json_lines(&out.get_output().stdout)
        .iter()
        .map(|d| d["article_id"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(articles.len(), 5);
    assert!(articles.contains("sample-2025-07-09-mexico-city-tariffs"));
}

#[test]
fn split_errors_name_the_file_and_exit_2() {
    let env = TestEnv::new();
    let out = env
        .bare()
        .args(["split", "missing.txt"])
        .assert()
        .code(2)
        .stdout("");
    let err = one_clear_line(&out.get_output().stderr);
    assert!(
        err.contains("missing.txt") && err.contains("No such file"),
        "{err}"
    );

    env.write("empty.txt", "");
    let out = env
        .bare()
        .args(["split", "empty.txt"])
        .assert()
        .code(2)
        .stdout("");
    let err = one_clear_line(&out.get_output().stderr);
    assert!(
        err.contains("empty.txt") && err.contains("empty input"),
        "{err}"
    );

    env.write("blank.txt", "  \n\n\t\n");
    env.bare()
        .args(["split", "blank.txt"])
        .assert()
        .code(2)
        .stderr(contains("empty input"));

    env.write("binary.txt", b"GENEVA \x00\x01\x02 more bytes");
    let out = env
        .bare()
        .args(["split", "binary.txt"])
        .assert()
        .code(2)
        .stdout("");
    let err = one_clear_line(&out.get_output().stderr);
    assert!(
        err.contains("binary.txt") && err.contains("binary data"),
        "{err}"
    );

    env.write("latin1.txt", b"GENEVA \xe9t\xe9 talks.\n");
    env.bare()
        .args(["split", "latin1.txt"])
        .assert()
        .code(2)
        .stderr(contains("invalid UTF-8 at byte 7"));

    env.write("bad.json", "{\"body\": 12}");
    env.bare()
        .args(["split", "bad.json"])
        .assert()
        .code(2)
        .stderr(contains("bad.json").and(contains("invalid JSON dispatch")));

    env.write("nobody.json", "{\"headline\": \"Only a headline\"}");
    env.bare()
        .args(["split", "nobody.json"])
        .assert()
        .code(2)
        .stderr(contains("no \"body\" or \"paragraphs\""));

    env.write(
        "feed.jsonl",
        "{\"body\":\"First paragraph here.\"}\nnot json\n{\"body\":\"Third line here.\"}\n",
    );
    env.bare()
        .args(["split", "feed.jsonl"])
        .assert()
        .code(2)
        .stderr(contains("feed.jsonl:2").and(contains("invalid JSON dispatch")));
}

/// Text a JSON dispatch carries but that cannot be indexed is never dropped silently: a warning
/// on stderr (plain text when piped) and in the `index --json` summary.
#[test]
fn unindexed_json_text_is_warned_about() {
    let env = TestEnv::new();
    env.write(
        "both.json",
        r#"{"id":"b","body":"Body paragraph here.","paragraphs":["List paragraph here."]}"#,
    );
    let out = env
        .bare()
        .args(["split", "both.json", "--json"])
        .assert()
        .code(0);
    assert_eq!(json_lines(&out.get_output().stdout).len(), 1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr
            .contains("both.json: both \"body\" and \"paragraphs\" given; \"paragraphs\" ignored"),
        "{stderr}"
    );
    assert!(
        !stderr.contains('\x1b'),
        "no colour codes when stderr is not a terminal"
    );

    env.write(
        "noname.json",
        r#"{"id":"n","body":"Body text here.","profiles":[{"name":"","bio":"A bio."}]}"#,
    );
    let out = env
        .cmd()
        .args(["index", "--json", "noname.json"])
        .assert()
        .code(0);
    let summary = json_lines(&out.get_output().stdout);
    assert_eq!(
        summary[0]["warnings"][0],
        "noname.json: profile 0 has no \"name\"; the card is not indexed"
    );
}

// ---------------------------------------------------------------------------------------------
// index
// ---------------------------------------------------------------------------------------------

fn counts(stats: &Value) -> [u64; 4] {
    ["documents", "paragraphs", "profiles", "dispatches"].map(|k| {
        stats[k]
            .as_u64()
            .unwrap_or_else(|| panic!("{k} in {stats}"))
    })
}

/// Issue 2, "Done when": indexing corpus/ and the seed twice leaves every count unchanged.
#[test]
fn reindexing_corpus_and_seed_leaves_counts_unchanged() {
    let env = TestEnv::new();
    let first = env.json(&[
        "index",
        "--json",
        corpus().to_str().expect("utf-8 path"),
        seed_dir().to_str().expect("utf-8 path"),
    ]);
    let first = &first[0];
    let before = env.stats();
    // 9 wire files + 2 JSON files + 1 JSON Lines file in corpus/, 1 seed file.
    assert_eq!(first["files"], 13, "{first}");
    assert_eq!(first["dispatches"], 17, "{first}");
    assert_eq!(first["documents_replaced"], 0);
    assert_eq!(first["skipped"], Value::Array(vec![]));
    assert_eq!(counts(&before)[3], 17);
    assert_eq!(
        counts(&before)[0],
        first["documents_added"].as_u64().unwrap_or(0)
    );
    assert_eq!(counts(&before)[0], counts(&before)[1] + counts(&before)[2]);

    let second = env.json(&[
        "index",
        "--json",
        corpus().to_str().expect("utf-8 path"),
        seed_dir().to_str().expect("utf-8 path"),
    ]);
    let second = &second[0];
    assert_eq!(second["documents_added"], first["documents_added"]);
    assert_eq!(second["documents_replaced"], first["documents_added"]);
    let after = env.stats();
    assert_eq!(counts(&after), counts(&before));
    assert_eq!(after["first_date"], before["first_date"]);
    assert_eq!(after["last_date"], before["last_date"]);
    assert_eq!(after["top_speakers"], before["top_speakers"]);
    assert_eq!(after["top_countries"], before["top_countries"]);
}

#[test]
fn index_summary_text_and_json() {
    let env = TestEnv::new();
    env.cmd()
        .arg("index")
        .arg(seed())
        .assert()
        .code(0)
        .stdout(contains(
            "indexed 1 dispatches from 1 files: 24 documents added, 0 replaced",
        ));
    let summary = env.json(&["index", "--json", seed().to_str().expect("utf-8 path")]);
    assert_eq!(summary.len(), 1);
    let s = &summary[0];
    for key in [
        "files",
        "dispatches",
        "documents_added",
        "documents_replaced",
        "commits",
        "skipped",
        "warnings",
        "elapsed_secs",
        "bytes",
    ] {
        assert!(s.get(key).is_some(), "{key} missing from {s}");
    }
    assert_eq!(s["documents_added"], 24);
    assert_eq!(s["documents_replaced"], 24);
}

/// Skipped inputs are each named on stderr; the rest are committed; the run exits 2.
#[test]
fn index_skips_bad_inputs_commits_the_rest_and_exits_2() {
    let env = TestEnv::new();
    env.write("empty.txt", "");
    env.write("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00binary");
    env.write(
        "feed.jsonl",
        concat!(
            "{\"id\":\"one\",\"body\":\"Ministers met in Oslo on fisheries quotas.\"}\n",
            "{\"id\":\"two\",\"body\": unquoted}\n",
            "\n",
            "{\"id\":\"three\",\"body\":\"Ministers met in Bergen on fisheries quotas.\"}\n",
        ),
    );
    env.write(
        "good.txt",
        "OSLO, Norway, May 5, 2025 (AP) — Fisheries talks opened in Oslo on Monday.\n",
    );
    let out = env
        .cmd()
        .args([
            "index",
            "empty.txt",
            "binary.txt",
            "feed.jsonl",
            "missing.txt",
            "good.txt",
        ])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        stderr.contains("skipped empty.txt: empty input"),
        "{stderr}"
    );
    assert!(
        stderr.contains("skipped binary.txt: binary data"),
        "{stderr}"
    );
    assert!(
        stderr.contains("skipped missing.txt: No such file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("skipped feed.jsonl:2: invalid JSON dispatch"),
        "{stderr}"
    );
    assert!(!stderr.contains("feed.jsonl:1") && !stderr.contains("feed.jsonl:4"));
    assert!(!stderr.contains("panicked"));

    let stats = env.stats();
    assert_eq!(counts(&stats), [3, 3, 0, 3]);
    let hits = env.json(&["search", "fisheries", "--json"]);
    let ids: BTreeSet<&str> = hits
        .iter()
        .filter_map(|h| h["article_id"].as_str())
        .collect();
    assert!(ids.contains("one") && ids.contains("three") && !ids.contains("two"));
    assert_eq!(ids.len(), 3);

    // The same, machine-readable.
    let out = env
        .cmd()
        .args(["index", "--json", "feed.jsonl"])
        .assert()
        .code(2);
    let summary = json_lines(&out.get_output().stdout);
    assert_eq!(summary[0]["skipped"][0]["input"], "feed.jsonl:2");
    assert_eq!(summary[0]["dispatches"], 2);
}

#[test]
fn index_only_skipped_inputs_still_exits_2() {
    let env = TestEnv::new();
    env.write("empty.txt", "");
    env.cmd()
        .args(["index", "empty.txt"])
        .assert()
        .code(2)
        .stderr(contains("skipped empty.txt: empty input"));
}

#[test]
fn index_reads_stdin() {
    let env = TestEnv::new();
    env.cmd()
        .args(["index", "-"])
        .write_stdin("ROME, Italy, June 2, 2025 (Reuters) — Stdin talks on olive tariffs ended.\n")
        .assert()
        .code(0)
        .stdout(contains("indexed 1 dispatches"));
    let hits = env.json(&["search", "olive", "--json"]);
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["place"], "ROME, Italy");
    assert_eq!(hits[0]["date"], "2025-06-02");

    // JSON on stdin is recognised by its first character.
    env.cmd()
        .args(["index", "-"])
        .write_stdin("{\"id\":\"stdin-json\",\"body\":\"Olive growers protested again.\"}")
        .assert()
        .code(0);
    let hits = env.json(&["search", "olive", "--json"]);
    assert_eq!(hits.len(), 2);
    // An empty stdin is a skipped input.
    env.cmd()
        .args(["index", "-"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(contains("skipped <stdin>: empty input"));
}

#[test]
fn index_directory_walk_reads_only_dispatch_files() {
    let env = TestEnv::new();
    env.write(
        "in/a.txt",
        "PARIS, May 2, 2025 (AFP) — Paris talks on wine tariffs began.\n",
    );
    env.write(
        "in/deeper/b.json",
        "{\"id\":\"b\",\"body\":\"Wine tariffs were discussed.\"}",
    );
    env.write("in/notes.md", "# not a dispatch\n");
    env.write("in/image.png", b"\x89PNG\r\n\x1a\n\x00\x00");
    let out = env.cmd().args(["index", "--json", "in"]).assert().code(0);
    let summary = json_lines(&out.get_output().stdout);
    assert_eq!(summary[0]["files"], 2);
    assert_eq!(summary[0]["dispatches"], 2);
}

#[test]
fn index_path_that_is_a_file_or_a_foreign_directory_is_refused() {
    let env = TestEnv::new();
    env.write("plain-file", "x");
    let out = env
        .bare()
        .args(["--index", "plain-file", "index"])
        .arg(seed())
        .assert()
        .code(2);
    let err = one_clear_line(&out.get_output().stderr);
    assert!(
        err.contains("plain-file exists and is not a directory"),
        "{err}"
    );

    env.write("foreign/keep.txt", "precious");
    let out = env
        .bare()
        .args(["--index", "foreign", "index"])
        .arg(seed())
        .assert()
        .code(1);
    let err = one_clear_line(&out.get_output().stderr);
    assert!(
        err.contains("foreign") && err.contains("not a Chancery index"),
        "{err}"
    );
    assert_eq!(
        std::fs::read_to_string(env.path().join("foreign/keep.txt"))
            .ok()
            .as_deref(),
        Some("precious")
    );
}

#[test]
fn index_location_defaults_to_chancery_index_and_honours_the_env_var() {
    let env = TestEnv::new();
    // Default: ./chancery-index in the working directory.
    env.bare().arg("index").arg(seed()).assert().code(0);
    assert!(env.path().join("chancery-index/meta.json").is_file());
    env.bare()
        .args(["stats", "--json"])
        .assert()
        .code(0)
        .stdout(contains("\"dispatches\":1"));

    // CHANCERY_INDEX.
    let from_env = env.path().join("from-env");
    env.bare()
        .env("CHANCERY_INDEX", &from_env)
        .arg("index")
        .arg(corpus())
        .assert()
        .code(0);
    assert!(from_env.join("meta.json").is_file());
    let out = env
        .bare()
        .env("CHANCERY_INDEX", &from_env)
        .args(["stats", "--json"])
        .assert()
        .code(0);
    assert_eq!(json_lines(&out.get_output().stdout)[0]["dispatches"], 16);

    // --index wins over CHANCERY_INDEX.
    let out = env
        .bare()
        .env("CHANCERY_INDEX", &from_env)
        .args(["--index", "chancery-index", "stats", "--json"])
        .assert()
        .code(0);
    assert_eq!(json_lines(&out.get_output().stdout)[0]["dispatches"], 1);
}

/// Kills a child process if a test fails before it ends.
struct ChildGuard(Option<Child>);

impl ChildGuard {
    fn take(&mut self) -> Child {
        self.0.take().expect("child already taken")
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        if let Some(child) = self.0.as_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Starts `chancery index -` on a fresh index and returns once it holds the writer lock: it
/// opens the writer before reading stdin, and stdin stays open until the test writes to it.
fn hold_writer_lock(env: &TestEnv) -> ChildGuard {
    let child = std::process::Command::new(util::bin())
        .current_dir(env.path())
        .env_remove("CHANCERY_INDEX")
        .arg("--index")
        .arg(env.index())
        .args(["index", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn chancery index -");
    let guard = ChildGuard(Some(child));
    let lock = env.index().join(".tantivy-writer.lock");
    let started = std::time::Instant::now();
    while !lock.exists() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(60),
            "the first writer never created {}",
            lock.display()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // The file is created and flock-ed in two steps; let the second one happen.
    std::thread::sleep(std::time::Duration::from_millis(300));
    guard
}

fn finish_writer(mut guard: ChildGuard, text: &str) {
    let mut child = guard.take();
    {
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(text.as_bytes()).expect("write stdin");
    }
    let out = child.wait_with_output().expect("first writer finishes");
    assert_eq!(
        out.status.code(),
        Some(0),
        "first writer: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn locked_index_exits_1_naming_the_index() {
    let env = TestEnv::new();
    let guard = hold_writer_lock(&env);
    let out = env
        .cmd()
        .arg("index")
        .arg(seed())
        .assert()
        .code(1)
        .stdout("");
    let err = one_clear_line(&out.get_output().stderr);
    let index = env.index().display().to_string();
    assert!(err.contains(&format!("index {index} is locked")), "{err}");
    assert!(err.contains("--wait"), "{err}");

    // Readers are not blocked by the writer.
    env.cmd().args(["search", "anything"]).assert().code(0);

    finish_writer(
        guard,
        "OSLO, Norway, May 5, 2025 (AP) — The first writer finished.\n",
    );
    assert_eq!(counts(&env.stats()), [1, 1, 0, 1]);
}

#[test]
fn wait_flag_waits_for_the_other_writer() {
    let env = TestEnv::new();
    let guard = hold_writer_lock(&env);
    let waiting = std::process::Command::new(util::bin())
        .current_dir(env.path())
        .env_remove("CHANCERY_INDEX")
        .arg("--index")
        .arg(env.index())
        .args(["index", "--wait"])
        .arg(seed())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn waiting writer");
    let mut waiting = ChildGuard(Some(waiting));
    finish_writer(
        guard,
        "OSLO, Norway, May 5, 2025 (AP) — The first writer finished.\n",
    );
    let out = waiting.take().wait_with_output().expect("waiting writer");
    assert_eq!(
        out.status.code(),
        Some(0),
        "waiting writer: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(counts(&env.stats())[3], 2);
}

// ---------------------------------------------------------------------------------------------
// search
// ---------------------------------------------------------------------------------------------

/// Issue 2, "Done when": Ushakov's "compromise" paragraph ranks first.
#[test]
fn territory_from_russia_ranks_ushakovs_compromise_first() {
    let env = seed_env();
    let hits = env.json(&["search", "territory", "--country", "Russia", "--json"]);
    assert!(!hits.is_empty());
    let top = &hits[0];
    assert!(
        top["text"]
            .as_str()
            .unwrap_or_default()
            .contains("a compromise hasn’t been found"),
        "{top}"
    );
    assert_eq!(strings(&top["speakers"]), ["Yuri Ushakov"]);
    for hit in &hits {
        assert!(
            strings(&hit["countries"]).contains(&"Russia".to_string()),
            "{hit}"
        );
    }
}

#[test]
fn search_json_is_the_split_object_plus_score_and_snippet() {
    let env = seed_env();
    let split: BTreeMap<String, Value> = split_seed(&env)
        .into_iter()
        .map(|d| (d["id"].as_str().unwrap_or_default().to_string(), d))
        .collect();
    let hits = env.json(&["search", "peace", "--limit", "100", "--json"]);
    assert!(hits.len() > 5);
    let mut expected_keys = doc_key_set();
    expected_keys.insert("score".into());
    expected_keys.insert("snippet".into());
    let mut last = f64::INFINITY;
    for hit in &hits {
        assert_eq!(
            keys(hit).into_iter().collect::<BTreeSet<_>>(),
            expected_keys
        );
        let score = hit["score"].as_f64().expect("score is a number");
        assert!(score > 0.0 && score <= last, "scores descend: {hit}");
        last = score;
        assert!(hit["snippet"].is_string());
        // The stored document is exactly what split printed.
        let mut doc = hit.clone();
        let obj = doc.as_object_mut().expect("object");
        obj.remove("score");
        obj.remove("snippet");
        let id = hit["id"].as_str().unwrap_or_default();
        assert_eq!(Some(&doc), split.get(id), "hit {id} differs from split");
    }
    let lavrov = env.json(&["search", "name:lavrov", "--json"]);
    assert_eq!(lavrov.len(), 1);
    assert_eq!(lavrov[0]["kind"], "profile");
    assert_eq!(lavrov[0]["name"], "Sergey Lavrov");
}

#[test]
fn search_text_output_has_rank_date_speakers_and_plain_snippet_when_piped() {
    let env = seed_env();
    let out = env.cmd().args(["search", "compromise"]).assert().code(0);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("  1. "), "{text}");
    assert!(text.contains("2025-12-03"));
    assert!(text.contains("Yuri Ushakov (Russia)"));
    assert!(text.contains("KYIV, Ukraine · AP"));
    assert!(text.contains("compromise"));
    assert!(!text.contains('\x1b'), "no terminal escapes when piped");
    assert!(
        text.trim_end().ends_with("1 of 1 matching documents"),
        "{text}"
    );
}

#[test]
fn search_with_no_hits_exits_0() {
    let env = seed_env();
    env.cmd()
        .args(["search", "zanzibarquux"])
        .assert()
        .code(0)
        .stdout("0 of 0 matching documents\n");
    env.cmd()
        .args(["search", "zanzibarquux", "--json"])
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn search_query_syntax_phrases_boolean_and_all() {
    let env = seed_env();
    let phrase = env.json(&["search", "\"peace plan\"", "--limit", "100", "--json"]);
    assert!(!phrase.is_empty());
    for hit in &phrase {
        assert!(
            hit["text"]
                .as_str()
                .unwrap_or_default()
                .contains("peace plan"),
            "{hit}"
        );
    }
    let both = env.json(&["search", "territory compromise", "--json"]);
    assert_eq!(both.len(), 1, "terms are combined with AND by default");
    let either = env.json(&["search", "territory OR compromise", "--json"]);
    assert!(either.len() > both.len());
    let without = env.json(&[
        "search",
        "territory -compromise",
        "--limit",
        "100",
        "--json",
    ]);
    assert_eq!(without.len(), either.len() - 1);
    // "" and * match every document.
    for all in ["", "*"] {
        let hits = env.json(&["search", all, "--limit", "100", "--json"]);
        assert_eq!(hits.len(), 24, "query {all:?}");
    }
    // Stemming: "talk" finds "talks".
    assert!(!env.json(&["search", "talk", "--json"]).is_empty());
}

#[test]
fn search_bad_queries_exit_2_with_a_hint() {
    let env = seed_env();
    for query in [
        "\"unbalanced quote",
        "(unbalanced paren",
        "peace AND (talks",
    ] {
        let out = env
            .cmd()
            .args(["search", query])
            .assert()
            .code(2)
            .stdout("");
        let err = one_clear_line(&out.get_output().stderr);
        assert!(
            err.contains("invalid query: syntax error"),
            "{query}: {err}"
        );
        assert!(err.contains("check quotes and parentheses"), "{err}");
    }
    let out = env
        .cmd()
        .args(["search", "nosuchfield:peace"])
        .assert()
        .code(2);
    let err = one_clear_line(&out.get_output().stderr);
    assert!(err.contains("unknown field \"nosuchfield\""), "{err}");
    assert!(err.contains("searchable fields are"), "{err}");

    let huge = "peace ".repeat(100 * 1024 / 6 + 1);
    assert!(huge.len() >= 100 * 1024);
    let out = env
        .cmd()
        .args(["search", &huge])
        .assert()
        .code(2)
        .stdout("");
    let err = one_clear_line(&out.get_output().stderr);
    assert!(
        err.contains(&format!("query is {} bytes; the limit is", huge.len())),
        "{err}"
    );
    assert!(err.len() < 200, "the error does not echo the query back");
    // facets shares the query parser.
    env.cmd()
        .args(["facets", "(peace", "--by", "country"])
        .assert()
        .code(2)
        .stderr(contains("invalid query"));
}

#[test]
fn search_filters_kind_source_speaker_country() {
    let env = corpus_env();
    let all = |extra: &[&str]| -> Vec<Value> {
        let mut args = vec!["search", "*", "--limit", "1000", "--json"];
        args.extend_from_slice(extra);
        env.json(&args)
    };
    let profiles = all(&["--kind", "profile"]);
    assert_eq!(
        profiles.len() as u64,
        env.stats()["profiles"].as_u64().unwrap_or(0)
    );
    assert!(profiles.iter().all(|h| h["kind"] == "profile"));
    let paragraphs = all(&["--kind", "paragraph"]);
    assert!(paragraphs.iter().all(|h| h["kind"] == "paragraph"));
    assert_eq!(
        (paragraphs.len() + profiles.len()) as u64,
        env.stats()["documents"].as_u64().unwrap_or(0)
    );

    let afp = all(&["--source", "AFP"]);
    assert!(!afp.is_empty());
    assert!(afp.iter().all(|h| h["source"] == "AFP"));
    let afp_or_dpa = all(&["--source", "AFP", "--source", "DPA"]);
    assert!(afp_or_dpa.len() > afp.len());
    assert!(afp_or_dpa
        .iter()
        .all(|h| h["source"] == "AFP" || h["source"] == "DPA"));

    // --speaker is case-insensitive.
    let ushakov = all(&["--speaker", "Yuri Ushakov"]);
    assert_eq!(ushakov.len(), 5, "4 paragraphs and the profile");
    assert_eq!(all(&["--speaker", "yuri ushakov"]), ushakov);
    assert_eq!(all(&["--speaker", "YURI USHAKOV"]), ushakov);
    assert!(
        all(&["--speaker", "Ushakov"]).is_empty(),
        "the full name is needed"
    );
    let two = all(&["--speaker", "Yuri Ushakov", "--speaker", "Dmitry Peskov"]);
    assert_eq!(two.len(), 7);

    // --country: case-insensitive, aliases, repeatable.
    let russia = all(&["--country", "Russia"]);
    assert!(!russia.is_empty());
    assert!(russia
        .iter()
        .all(|h| strings(&h["countries"]).contains(&"Russia".to_string())));
    assert_eq!(all(&["--country", "russia"]), russia);
    assert_eq!(
        all(&["--country", "US"]),
        all(&["--country", "United States"])
    );
    assert_eq!(
        all(&["--country", "U.S."]),
        all(&["--country", "United States"])
    );

    // Filters combine with AND.
    let russian_profiles = all(&["--country", "Russia", "--kind", "profile"]);
    assert!(russian_profiles
        .iter()
        .all(|h| h["kind"] == "profile" && strings(&h["countries"]) == ["Russia"]));
    assert!(russian_profiles.len() < russia.len());
}

#[test]
fn search_date_range_and_sort_by_date() {
    let env = corpus_env();
    let range = env.json(&[
        "search",
        "*",
        "--since",
        "2025-01-01",
        "--until",
        "2025-06-30",
        "--limit",
        "1000",
        "--json",
    ]);
    assert!(!range.is_empty());
    for hit in &range {
        let date = hit["date"].as_str().unwrap_or_default();
        assert!(("2025-01-01"..="2025-06-30").contains(&date), "{date}");
    }
    // Both ends are inclusive: the Brasília dispatch is dated 2025-06-30.
    assert!(range.iter().any(|h| h["date"] == "2025-06-30"));
    let day = env.json(&[
        "search",
        "*",
        "--since",
        "2025-12-03",
        "--until",
        "2025-12-03",
        "--limit",
        "100",
        "--json",
    ]);
    assert_eq!(day.len(), 24, "the seed alone");

    let by_date = env.json(&[
        "search",
        "ceasefire",
        "--sort",
        "date",
        "--limit",
        "100",
        "--json",
    ]);
    assert!(by_date.len() > 3);
    let dates: Vec<&str> = by_date.iter().filter_map(|h| h["date"].as_str()).collect();
    assert!(
        dates.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {dates:?}"
    );

    // --until before --since can match nothing: a usage error.
    let out = env
        .cmd()
        .args([
            "search",
            "peace",
            "--since",
            "2025-12-04",
            "--until",
            "2025-12-01",
        ])
        .assert()
        .code(2);
    let err = one_clear_line(&out.get_output().stderr);
    assert!(
        err.contains("--until 2025-12-01 is before --since 2025-12-04"),
        "{err}"
    );

    for bad in ["2025-13-01", "2025-02-30", "yesterday", "03/12/2025"] {
        let out = env
            .cmd()
            .args(["search", "peace", "--since", bad])
            .assert()
            .code(2);
        let err = one_clear_line(&out.get_output().stderr);
        assert!(err.contains(&format!(
            "--since \"{bad}\" is not a valid date; use YYYY-MM-DD"
        )));
    }
    env.cmd()
        .args(["facets", "peace", "--by", "country", "--until", "soon"])
        .assert()
        .code(2)
        .stderr(contains("--until \"soon\" is not a valid date"));
}

#[test]
fn search_limit_and_offset() {
    let env = seed_env();
    let all = env.json(&["search", "*", "--limit", "100", "--json"]);
    assert_eq!(all.len(), 24);
    let first = env.json(&["search", "peace", "--limit", "3", "--json"]);
    assert_eq!(first.len(), 3);
    let next = env.json(&["search", "peace", "--limit", "3", "--offset", "3", "--json"]);
    let both = env.json(&["search", "peace", "--limit", "6", "--json"]);
    let ids = |v: &[Value]| -> Vec<String> {
        v.iter()
            .map(|h| h["id"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!([ids(&first), ids(&next)].concat(), ids(&both));

    // --limit 0: no hits printed, the count still reported.
    env.cmd()
        .args(["search", "*", "--limit", "0", "--json"])
        .assert()
        .code(0)
        .stdout("");
    env.cmd()
        .args(["search", "*", "--limit", "0"])
        .assert()
        .code(0)
        .stdout("0 of 24 matching documents\n");
    // A huge offset is an empty page, not an error.
    for offset in ["1000", "18446744073709551615"] {
        env.cmd()
            .args(["search", "*", "--offset", offset, "--json"])
            .assert()
            .code(0)
            .stdout("");
    }
    // Text mode numbers hits from the offset.
    env.cmd()
        .args(["search", "*", "--offset", "5", "--limit", "1"])
        .assert()
        .code(0)
        .stdout(contains("  6. "));
    let out = env
        .cmd()
        .args(["search", "*", "--limit", "1000000"])
        .assert()
        .code(2);
    let err = one_clear_line(&out.get_output().stderr);
    assert!(
        err.contains("--limit 1000000 is above the maximum"),
        "{err}"
    );
}

#[test]
fn commands_on_a_missing_index_exit_2_and_say_how_to_create_one() {
    let env = TestEnv::new();
    for args in [
        vec!["search", "peace"],
        vec!["facets", "peace", "--by", "country"],
        vec!["stats"],
    ] {
        let out = env.cmd().args(&args).assert().code(2).stdout("");
        let err = one_clear_line(&out.get_output().stderr);
        let index = env.index().display().to_string();
        assert!(
            err.contains(&format!("no index at {index}")),
            "{args:?}: {err}"
        );
        assert!(err.contains("chancery index --index"), "{err}");
    }
    assert!(
        !env.index().exists(),
        "reading commands never create an index"
    );
}

#[test]
fn damaged_index_exits_1() {
    let env = seed_env();
    std::fs::write(env.index().join("meta.json"), "{ this is not meta").expect("damage");
    let out = env
        .cmd()
        .args(["search", "peace"])
        .assert()
        .code(1)
        .stdout("");
    let err = one_clear_line(&out.get_output().stderr);
    assert!(err.contains("is damaged or not a Chancery index"), "{err}");
    env.cmd().args(["stats"]).assert().code(1);
}

// ---------------------------------------------------------------------------------------------
// facets
// ---------------------------------------------------------------------------------------------

fn facet_pairs(values: &[Value]) -> Vec<(String, u64)> {
    values
        .iter()
        .map(|v| {
            assert_eq!(keys(v), ["count", "value"], "{v}");
            (
                v["value"].as_str().unwrap_or_default().to_string(),
                v["count"].as_u64().unwrap_or_default(),
            )
        })
        .collect()
}

fn pairs(list: &[(&str, u64)]) -> Vec<(String, u64)> {
    list.iter().map(|(v, c)| (v.to_string(), *c)).collect()
}

/// Issue 2, "Done when": `facets peace --by country` on the seed, counted by hand.
///
/// The query searches text, headline, section and name, so a paragraph under the heading
/// "Unclear where peace talks go now" matches through its section. Documents with a country
/// that contain a word stemming to "peace":
/// - Russia 6: the Ushakov paragraphs "compromise" (section), "Not further" ("Asked whether
///   peace…") and "still a lot of work" (section); both Peskov paragraphs ("U.S. peace plan";
///   section); Ushakov's profile ("pitch the peace plan"). Ushakov's "positive" paragraph sits
///   before the heading and has no "peace", so it does not count.
/// - Ukraine 2: the "bluster" paragraph ("lasting peace", Sybiha) and Umerov's profile ("peace
///   talks").
/// - United Kingdom 1: the "bluster" paragraph (Cooper).
/// - United States 1: Rubio's profile ("brokered peace plan"). Witkoff's, Kushner's and
///   Driscoll's profiles do not mention peace.
#[test]
fn facets_peace_by_country_matches_the_hand_count() {
    let env = seed_env();
    let counts = facet_pairs(&env.json(&["facets", "peace", "--by", "country", "--json"]));
    assert_eq!(
        counts,
        pairs(&[
            ("Russia", 6),
            ("Ukraine", 2),
            ("United Kingdom", 1),
            ("United States", 1)
        ])
    );
    // Text output: one value per line with its count.
    let out = env
        .cmd()
        .args(["facets", "peace", "--by", "country"])
        .assert()
        .code(0);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let lines: Vec<Vec<&str>> = text
        .lines()
        .map(|l| l.rsplitn(2, ' ').collect::<Vec<_>>())
        .collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert_eq!(lines[0][0], "6");
    assert_eq!(lines[0][1].trim(), "Russia");
}

#[test]
fn facets_by_every_dimension() {
    let env = seed_env();
    let by = |dim: &str, extra: &[&str]| -> Vec<(String, u64)> {
        let mut args = vec!["facets", "*", "--by", dim, "--json"];
        args.extend_from_slice(extra);
        facet_pairs(&env.json(&args))
    };
    assert_eq!(by("kind", &[]), pairs(&[("paragraph", 16), ("profile", 8)]));
    assert_eq!(by("source", &[]), pairs(&[("AP", 24)]));
    assert_eq!(by("place", &[]), pairs(&[("KYIV, Ukraine", 24)]));
    assert_eq!(
        by("date", &["--interval", "day"]),
        pairs(&[("2025-12-03", 24)])
    );
    assert_eq!(by("date", &[]), pairs(&[("2025-12", 24)]));
    assert_eq!(by("date", &["--interval", "year"]), pairs(&[("2025", 24)]));
    let speakers = by("speaker", &[]);
    assert_eq!(speakers[0], ("Yuri Ushakov".to_string(), 5));
    assert_eq!(speakers[1], ("Dmitry Peskov".to_string(), 2));
    assert_eq!(
        speakers.len(),
        11,
        "the 8 profiled people (Ushakov among them) + Cooper, Sybiha, Peskov"
    );
    assert_eq!(
        by("speaker", &["--top", "1"]),
        pairs(&[("Yuri Ushakov", 5)])
    );
    // Filters apply to facets too.
    assert_eq!(
        by("country", &["--kind", "profile"]),
        pairs(&[("United States", 4), ("Russia", 3), ("Ukraine", 1)])
    );
    // --by organization is accepted (the seed quotes no institution).
    env.cmd()
        .args(["facets", "*", "--by", "organization", "--json"])
        .assert()
        .code(0);
    env.cmd()
        .args(["facets", "*", "--by", "mood"])
        .assert()
        .code(2)
        .stderr(contains("invalid value 'mood'"));
    env.cmd()
        .args(["facets", "*"])
        .assert()
        .code(2)
        .stderr(contains("--by"));
}

#[test]
fn facets_by_date_are_in_date_order_and_top_keeps_the_latest() {
    let env = corpus_env();
    let months = facet_pairs(&env.json(&["facets", "", "--by", "date", "--json"]));
    let values: Vec<&str> = months.iter().map(|(v, _)| v.as_str()).collect();
    let mut sorted = values.clone();
    sorted.sort();
    assert_eq!(values, sorted);
    assert_eq!(values.first().copied(), Some("2024-02"));
    assert_eq!(values.last().copied(), Some("2026-04"));
    let total: u64 = months.iter().map(|(_, c)| c).sum();
    assert_eq!(total, env.stats()["documents"].as_u64().unwrap_or(0));
    let latest = facet_pairs(&env.json(&["facets", "", "--by", "date", "--top", "2", "--json"]));
    assert_eq!(latest, months[months.len() - 2..].to_vec());
    let years =
        facet_pairs(&env.json(&["facets", "", "--by", "date", "--interval", "year", "--json"]));
    assert_eq!(
        years.iter().map(|(v, _)| v.as_str()).collect::<Vec<_>>(),
        ["2024", "2025", "2026"]
    );
    // Counts by anything else are largest first.
    let sources = facet_pairs(&env.json(&["facets", "", "--by", "source", "--json"]));
    assert!(sources.windows(2).all(|w| w[0].1 >= w[1].1), "{sources:?}");
}

// ---------------------------------------------------------------------------------------------
// stats
// ---------------------------------------------------------------------------------------------

#[test]
fn stats_of_the_seed() {
    let env = seed_env();
    let s = env.stats();
    assert_eq!(counts(&s), [24, 16, 8, 1]);
    assert_eq!(s["first_date"], "2025-12-03");
    assert_eq!(s["last_date"], "2025-12-03");
    assert!(s["segments"].as_u64().unwrap_or(0) >= 1);
    assert!(s["size_bytes"].as_u64().unwrap_or(0) > 0);
    assert_eq!(s["top_speakers"][0]["value"], "Yuri Ushakov");
    assert_eq!(s["top_speakers"][0]["count"], 5);
    assert_eq!(s["top_countries"][0]["value"], "Russia");
    assert_eq!(s["top_countries"][0]["count"], 9);

    let out = env.cmd().arg("stats").assert().code(0);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.contains("documents:  24 (16 paragraphs, 8 profiles)"),
        "{text}"
    );
    assert!(text.contains("dispatches: 1"));
    assert!(text.contains("dates:      2025-12-03 to 2025-12-03"));
    assert!(text.contains("Yuri Ushakov"));
}

#[test]
fn stats_of_an_index_without_dates() {
    let env = TestEnv::new();
    env.write(
        "undated.json",
        "{\"id\":\"u\",\"body\":\"An undated note on trade.\"}",
    );
    env.index_ok(&["undated.json"]);
    let s = env.stats();
    assert_eq!(counts(&s), [1, 1, 0, 1]);
    assert_eq!(s["first_date"], Value::Null);
    env.cmd()
        .arg("stats")
        .assert()
        .code(0)
        .stdout(contains("dates:      - to -"));
}

// ---------------------------------------------------------------------------------------------
// eval
// ---------------------------------------------------------------------------------------------

#[test]
fn eval_reports_precision_recall_and_f1() {
    let env = TestEnv::new();
    let out = env
        .bare()
        .arg("eval")
        .arg(eval_dev())
        .arg("--json")
        .assert()
        .code(0);
    let report = json_lines(&out.get_output().stdout);
    assert_eq!(report.len(), 1);
    let r = &report[0];
    assert_eq!(r["dispatches"], 12);
    for facet in ["speaker", "country"] {
        for key in ["precision", "recall", "f1"] {
            let v = r[facet][key].as_f64().unwrap_or(-1.0);
            assert!((0.0..=1.0).contains(&v), "{facet}.{key} = {v}");
        }
    }
    // The seed and the three Wikinews items state their date; the eight 1987 Reuters
    // datelines (`WASHINGTON, June 1`) give no year, so no date is guessed for them.
    assert_eq!(r["date_correct"], 4);
    assert_eq!(r["date_missing"], 8);
    assert_eq!(r["date_total"], 12);
    env.bare()
        .arg("eval")
        .arg(eval_dev())
        .assert()
        .code(0)
        .stdout(contains("speaker").and(contains("country")));
}

#[test]
fn eval_places_a_quote_whose_words_recur_in_its_annotated_paragraph() {
    let env = TestEnv::new();
    env.write(
        "evalset/001.txt",
        "LONDON, May 2 - Critics called the plan a \"fair deal\" for nobody.\n\
         \"It is a fair deal,\" Foreign Secretary James Cleverly said.\n",
    );
    env.write(
        "evalset/001.json",
        r#"{"paragraphs": 2, "quotes": [{"speaker": "James Cleverly",
            "speaker_country": "United Kingdom", "paragraph_index": 1,
            "text": "fair deal"}],
            "uncertain_quotes": [{"speaker": null, "paragraph_index": 0, "text": "fair deal"}]}"#,
    );
    let out = env
        .bare()
        .args(["eval", "evalset", "--json"])
        .assert()
        .code(0);
    let report = json_lines(&out.get_output().stdout);
    let r = &report[0];
    for facet in ["speaker", "country"] {
        assert_eq!(r[facet]["true_positives"], 1, "{facet}: {r}");
        assert_eq!(r[facet]["false_positives"], 0, "{facet}: {r}");
        assert_eq!(r[facet]["false_negatives"], 0, "{facet}: {r}");
    }
}

#[test]
fn eval_of_a_directory_without_pairs_is_a_usage_error() {
    let env = TestEnv::new();
    env.write("evalset/readme.md", "nothing here");
    env.bare()
        .args(["eval", "evalset"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(
            "evalset: no annotated dispatches (NNN.txt with NNN.json) found",
        ));
}

/// A missing directory is a usage/input error like a missing `split` file (exit 2), with the
/// cause said once.
#[test]
fn eval_of_a_missing_directory_exits_2() {
    let env = TestEnv::new();
    let out = env
        .bare()
        .args(["eval", "no-such-dir"])
        .assert()
        .code(2)
        .stdout("");
    let err = one_clear_line(&out.get_output().stderr);
    assert!(err.contains("no-such-dir"), "{err}");
    assert_eq!(err.matches("No such file").count(), 1, "{err}");
}

// ---------------------------------------------------------------------------------------------
// Hostile text never reaches the terminal raw
// ---------------------------------------------------------------------------------------------

#[test]
fn terminal_escapes_in_dispatches_are_sanitized_in_text_output() {
    let env = TestEnv::new();
    let path = env.write(
        "evil.txt",
        "OSLO, Norway, May 5, 2025 (AP) — Quota talks \x1b[2J\x1b]0;pwned\x07 resumed today.\n",
    );
    env.index_ok(&[&path]);
    let out = env.cmd().args(["search", "quota"]).assert().code(0);
    let stdout = &out.get_output().stdout;
    assert!(!stdout.contains(&0x1b), "raw ESC in search output");
    let out = env.bare().arg("split").arg(&path).assert().code(0);
    assert!(
        !out.get_output().stdout.contains(&0x1b),
        "raw ESC in split output"
    );
}

/// Paths with spaces and non-ASCII names work as inputs and as the index directory.
#[test]
fn unusual_paths_work() {
    let env = TestEnv::new();
    let input = env.write(
        "dépêches du jour/Brasília note.txt",
        "BRASÍLIA, Brazil, June 30, 2025 (Reuters) — Mercosur talks on beef quotas ended.\n",
    );
    env.bare()
        .arg("--index")
        .arg(env.path().join("index with spaces"))
        .arg("index")
        .arg(input.parent().unwrap_or(Path::new(".")))
        .assert()
        .code(0);
    env.bare()
        .arg("--index")
        .arg(env.path().join("index with spaces"))
        .args(["search", "beef", "--json"])
        .assert()
        .code(0)
        .stdout(contains("BRASÍLIA, Brazil"));
}

/// Ids of every document a query matches.
fn matching_ids(env: &TestEnv, query: &str) -> BTreeSet<String> {
    env.json(&["search", query, "--limit", "10000", "--json"])
        .iter()
        .map(|h| h["id"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn phrases_match_the_same_documents_through_the_pair_field() {
    // A phrase on the default fields is looked up as word pairs; spelled out field by field it
    // is checked on positions. Both must find the same documents.
    let env = corpus_env();
    for phrase in [
        "peace talks",
        "foreign minister",
        "told reporters",
        "Key players",
        "said on Tuesday",
        "the prime minister said",
        "Yuri Ushakov",
        "u.s. envoy",
    ] {
        let by_pairs = matching_ids(&env, &format!("\"{phrase}\""));
        let by_positions = matching_ids(
            &env,
            &format!(
                "text:\"{phrase}\" OR headline:\"{phrase}\" OR section:\"{phrase}\" OR name:\"{phrase}\""
            ),
        );
        assert_eq!(by_pairs, by_positions, "{phrase}");
    }
    assert!(!matching_ids(&env, "\"foreign minister\"").is_empty());
}

#[test]
fn phrase_words_are_highlighted_in_snippets() {
    let env = TestEnv::new();
    let options = chancery::ingest::IndexOptions {
        inputs: vec![corpus()],
        ..Default::default()
    };
    chancery::ingest::index_inputs(&env.index(), &options).expect("index corpus");
    let index = chancery::index::NewsIndex::open(&env.index()).expect("open");
    let results = chancery::search::search(
        &index,
        &chancery::search::SearchRequest::new("\"foreign minister\""),
    )
    .expect("search");
    assert!(!results.hits.is_empty());
    for hit in &results.hits {
        let snippet = hit.snippet.as_ref().expect("snippet");
        let marked: Vec<String> = snippet
            .highlights
            .iter()
            .map(|&(a, b)| snippet.text[a..b].to_lowercase())
            .collect();
        if hit.doc.text.to_lowercase().contains("foreign minister") {
            assert!(
                marked.contains(&"minister".to_string()),
                "{marked:?} in {}",
                snippet.text
            );
        }
    }
}

#[test]
fn the_final_merge_leaves_only_the_merged_segments_files() {
    // Two runs, so the second merge has segments to merge and files to collect.
    let env = corpus_env();
    env.index_ok(&[corpus()]);
    let stores = std::fs::read_dir(env.index())
        .expect("index dir")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "store"))
        .count();
    assert_eq!(stores, 1, "segment files of merged-away segments remain");
}
