//! Hostile input, hostile queries, damaged indexes and concurrent writers, through the binary.
//!
//! Every test asserts the message, the exit code (0 success, 1 failure, 2 usage or input error,
//! never 101 = panic), and, for `index`, that the other dispatches of the same run were indexed.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt;
use proptest::prelude::*;
use tempfile::TempDir;

/// A dispatch every run includes next to the hostile input.
const GOOD: &str = "GENEVA, May 2, 2025 (AFP) — Envoys resumed ceasefire talks on Monday, \
officials said.\n\nThe second round ended without an agreement on prisoner exchanges.\n";

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn chancery(index: &Path, args: &[&str]) -> Out {
    let out = Command::cargo_bin("chancery")
        .expect("binary")
        .arg("--index")
        .arg(index)
        .args(args)
        .env_remove("RUST_BACKTRACE")
        .env_remove("RUST_LOG")
        .output()
        .expect("run chancery");
    let result = Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert_ne!(result.code, 101, "panic on {args:?}: {}", result.stderr);
    assert!(
        !result.stderr.contains("panicked"),
        "panic on {args:?}: {}",
        result.stderr
    );
    assert!(
        !result.stderr.contains("stack backtrace"),
        "{}",
        result.stderr
    );
    result
}

fn index_paths(index: &Path, paths: &[&Path]) -> Out {
    let mut args = vec!["index"];
    let strs: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    args.extend(strs.iter().map(String::as_str));
    chancery(index, &args)
}

fn stats(index: &Path) -> serde_json::Value {
    let out = chancery(index, &["stats", "--json"]);
    assert_eq!(out.code, 0, "stats failed: {}", out.stderr);
    serde_json::from_str(out.stdout.trim()).expect("stats --json is JSON")
}

fn documents(index: &Path) -> u64 {
    stats(index)["documents"].as_u64().expect("documents count")
}

/// Documents the given files make on their own, in a fresh index.
fn documents_of(files: &[&Path]) -> u64 {
    let dir = TempDir::new().expect("tempdir");
    let idx = dir.path().join("idx");
    let out = index_paths(&idx, files);
    assert_eq!(out.code, 0, "reference index failed: {}", out.stderr);
    documents(&idx)
}

/// A temp dir holding `good.txt`, plus the index path.
struct Fixture {
    dir: TempDir,
    good: PathBuf,
    idx: PathBuf,
}

fn fixture() -> Fixture {
    let dir = TempDir::new().expect("tempdir");
    let good = dir.path().join("good.txt");
    fs::write(&good, GOOD).expect("write good");
    let idx = dir.path().join("idx");
    Fixture { dir, good, idx }
}

impl Fixture {
    fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("mkdir");
        }
        fs::write(&path, bytes).expect("write");
        path
    }
    fn good_docs(&self) -> u64 {
        documents_of(&[&self.good])
    }
}

fn search_json(index: &Path, query: &str) -> Vec<serde_json::Value> {
    let out = chancery(index, &["search", query, "--json", "--limit", "100"]);
    assert_eq!(out.code, 0, "search {query:?}: {}", out.stderr);
    out.stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("hit JSON"))
        .collect()
}

// ---------------------------------------------------------------- hostile input files

#[test]
fn empty_and_whitespace_only_files_are_skipped_and_the_rest_indexed() {
    let f = fixture();
    let empty = f.file("empty.txt", "");
    let blank = f.file("blank.txt", " \n\n\t \r\n");
    let out = index_paths(&f.idx, &[&empty, &f.good, &blank]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("skipped") && out.stderr.contains("empty.txt: empty input"));
    assert!(
        out.stderr.contains("blank.txt: empty input"),
        "{}",
        out.stderr
    );
    assert_eq!(documents(&f.idx), f.good_docs());
}

#[test]
fn binary_and_non_utf8_files_are_skipped_with_the_offset() {
    let f = fixture();
    let binary = f.file("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let latin1 = f.file("latin1.txt", b"GENEVA \xe9t\xe9 talks \x93quoted\x94.");
    let out = index_paths(&f.idx, &[&binary, &latin1, &f.good]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("photo.txt: binary data (NUL byte at offset 8)"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("latin1.txt: invalid UTF-8 at byte 7"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("iconv"), "hint missing: {}", out.stderr);
    assert_eq!(documents(&f.idx), f.good_docs());
}

#[test]
fn a_50_mb_single_line_is_indexed_and_searchable() {
    let f = fixture();
    let words = "negotiators discussed the ceasefire terms at length ";
    let mut line = String::with_capacity(50 * 1024 * 1024 + 64);
    line.push_str("GENEVA, May 2, 2025 (AFP) — ");
    while line.len() < 50 * 1024 * 1024 {
        line.push_str(words);
    }
    line.push_str("zanzibarfinale.\n");
    let big = f.file("huge line.txt", &line);
    drop(line);
    let out = index_paths(&f.idx, &[&big, &f.good]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("indexed 2 dispatches"),
        "{}",
        out.stdout
    );
    assert!(documents(&f.idx) > f.good_docs());
    let hits = search_json(&f.idx, "zanzibarfinale");
    assert_eq!(hits.len(), 1, "the word at the end of 50 MB is searchable");
}

#[test]
fn a_dispatch_of_100000_paragraphs_is_indexed_whole() {
    let f = fixture();
    let mut text =
        String::from("GENEVA, May 2, 2025 (AFP) — Lead paragraph of a long dispatch.\n\n");
    for i in 0..99_999 {
        text.push_str(&format!("Paragraph number {i} of the long dispatch.\n\n"));
    }
    let long = f.file("long.txt", &text);
    let out = index_paths(&f.idx, &[&long, &f.good]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let s = stats(&f.idx);
    assert_eq!(s["dispatches"], 2);
    assert_eq!(
        s["documents"].as_u64(),
        Some(100_000 + f.good_docs()),
        "every paragraph became a document"
    );
}

#[test]
fn a_missing_dateline_is_indexed_without_a_date_and_a_warning() {
    let f = fixture();
    let undated = f.file(
        "undated.txt",
        "Envoys met quietly in a lakeside villa to discuss the quokkaaccord.\n\nNo date given.\n",
    );
    let out = index_paths(&f.idx, &[&undated, &f.good]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("undated.txt: no dateline found"),
        "{}",
        out.stderr
    );
    let hits = search_json(&f.idx, "quokkaaccord");
    assert_eq!(hits.len(), 1);
    assert!(hits[0]["date"].is_null(), "no date invented: {}", hits[0]);
    assert!(documents(&f.idx) > f.good_docs());
}

#[test]
fn an_impossible_date_is_indexed_without_a_date_and_a_warning() {
    let f = fixture();
    let feb30 = f.file(
        "feb30.txt",
        "GENEVA, February 30, 2025 (AFP) — Talks on the wombatclause resumed.\n\nMore.\n",
    );
    let out = index_paths(&f.idx, &[&feb30, &f.good]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("feb30.txt: impossible date 2025-02-30"),
        "{}",
        out.stderr
    );
    let hits = search_json(&f.idx, "wombatclause");
    assert_eq!(hits.len(), 1);
    assert!(
        hits[0]["date"].is_null(),
        "never normalized to March: {}",
        hits[0]
    );
    assert!(documents(&f.idx) > f.good_docs());
}

#[test]
fn unbalanced_nested_and_mixed_quotes_are_indexed_in_full() {
    let f = fixture();
    let quotes = f.file(
        "quotes.txt",
        "PARIS, May 2, 2025 (AFP) — \"We will never sign this, said Ana Ruiz, the \
         foreign minister, without closing the alpacaquote.\n\n\
         “Curly and \"straight\" mixed,” she added. «Nested “deep ‘innermost llamaword’ \
         level” quote» ends here.\n\n\
         ” A stray closing quote and an opening “ with no end talk about the vicunaterm.\n",
    );
    let out = index_paths(&f.idx, &[&quotes, &f.good]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    for word in ["alpacaquote", "llamaword", "vicunaterm"] {
        assert_eq!(search_json(&f.idx, word).len(), 1, "{word} indexed");
    }
    assert_eq!(documents(&f.idx), documents_of(&[&quotes]) + f.good_docs());
}

#[test]
fn json_with_wrong_types_or_no_body_is_skipped_with_the_reason() {
    let f = fixture();
    let wrong = f.file("wrong.json", r#"{"id": "w1", "body": 7}"#);
    let list = f.file("list.json", r#"["not", "an", "object"]"#);
    let nobody = f.file(
        "nobody.json",
        r#"{"id": "n1", "headline": "Only a headline"}"#,
    );
    let blank_body = f.file(
        "blank.json",
        r#"{"id": "b1", "body": "   ", "paragraphs": []}"#,
    );
    let out = index_paths(&f.idx, &[&wrong, &list, &nobody, &blank_body, &f.good]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("wrong.json: invalid JSON dispatch: invalid type: integer `7`"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("list.json: invalid JSON dispatch"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("nobody.json: JSON dispatch has no \"body\""),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("blank.json: JSON dispatch has no \"body\""),
        "{}",
        out.stderr
    );
    assert_eq!(documents(&f.idx), f.good_docs());
}

#[test]
fn a_bad_json_lines_line_is_reported_by_number_and_the_others_indexed() {
    let f = fixture();
    let lines = f.file(
        "feed.jsonl",
        "{\"id\":\"l1\",\"body\":\"First line about the ibexpact.\"}\n\
         {\"id\":\"l2\",\"body\":\"truncated\n\
         {\"id\":\"l3\",\"body\":\"Third line about the ibexpact.\"}\n",
    );
    let out = index_paths(&f.idx, &[&lines, &f.good]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("feed.jsonl:2: invalid JSON dispatch"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("feed.jsonl:1") && !out.stderr.contains("feed.jsonl:3"));
    let hits = search_json(&f.idx, "ibexpact");
    let mut ids: Vec<&str> = hits
        .iter()
        .filter_map(|h| h["article_id"].as_str())
        .collect();
    ids.sort_unstable();
    assert_eq!(ids, ["l1", "l3"]);
    assert_eq!(stats(&f.idx)["dispatches"], 3);
}

#[cfg(unix)]
#[test]
fn a_directory_symlink_loop_is_reported_and_not_followed() {
    let f = fixture();
    let feed = f.dir.path().join("feed");
    fs::create_dir_all(feed.join("sub")).expect("mkdir");
    fs::write(feed.join("sub/good.txt"), GOOD).expect("write");
    std::os::unix::fs::symlink("..", feed.join("sub/loop")).expect("symlink");
    let out = index_paths(&f.idx, &[&feed]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("directory symlink loop, not followed"),
        "{}",
        out.stderr
    );
    assert_eq!(documents(&f.idx), f.good_docs());
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_skipped_with_permission_denied() {
    use std::os::unix::fs::PermissionsExt;
    let f = fixture();
    let secret = f.file("secret.txt", GOOD.replace("ceasefire", "armistice"));
    fs::set_permissions(&secret, fs::Permissions::from_mode(0o000)).expect("chmod");
    if fs::read(&secret).is_ok() {
        println!(
            "note: running as root (chmod 000 is still readable); unreadable-file case skipped"
        );
        return;
    }
    let out = index_paths(&f.idx, &[&secret, &f.good]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("secret.txt: Permission denied"),
        "{}",
        out.stderr
    );
    assert_eq!(documents(&f.idx), f.good_docs());
}

#[test]
fn paths_with_spaces_and_non_ascii_names_are_indexed() {
    let f = fixture();
    let odd = f.file(
        "dépêches du jour/Genève – réunion №1 東京.txt",
        GOOD.replace("ceasefire", "armistice"),
    );
    let index_dir = f.dir.path().join("index with spaces ü");
    let out = index_paths(&index_dir, &[odd.parent().expect("parent"), &f.good]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("indexed 2 dispatches"),
        "{}",
        out.stdout
    );
    assert_eq!(documents(&index_dir), 2 * f.good_docs());
    assert_eq!(search_json(&index_dir, "armistice").len(), 1);
}

// ---------------------------------------------------------------- hostile queries

fn small_index() -> Fixture {
    let f = fixture();
    let out = index_paths(&f.idx, &[&f.good]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    f
}

#[test]
fn unbalanced_quotes_and_parentheses_are_query_errors() {
    let f = small_index();
    for q in [
        "\"unclosed phrase",
        "(ceasefire AND talks",
        "ceasefire)",
        "AND",
        "a:(^",
    ] {
        let out = chancery(&f.idx, &["search", q]);
        assert_eq!(out.code, 2, "{q:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("invalid query: syntax error"),
            "{q:?}: {}",
            out.stderr
        );
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn unknown_fields_are_named_with_the_valid_ones() {
    let f = small_index();
    let out = chancery(&f.idx, &["search", "nosuchfield:talks"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("unknown field \"nosuchfield\""),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("searchable fields are: text"),
        "{}",
        out.stderr
    );
    let out = chancery(&f.idx, &["facets", "nosuchfield:talks", "--by", "speaker"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
}

#[test]
fn exists_queries_on_non_fast_fields_are_query_errors() {
    // Found by fuzz/query: `headline:*` parsed, then failed in tantivy with exit 1.
    let f = small_index();
    for q in ["headline:*", "teR headline:(zsuefir\ru AND da\t*)c "] {
        let out = chancery(&f.idx, &["search", q]);
        assert_eq!(out.code, 2, "{q:?}: {}", out.stderr);
        assert!(
            out.stderr.contains("invalid query"),
            "{q:?}: {}",
            out.stderr
        );
        assert!(
            out.stderr.contains("not a fast field"),
            "{q:?}: {}",
            out.stderr
        );
    }
    let out = chancery(&f.idx, &["search", "ceasef*"]);
    assert_eq!(out.code, 0, "prefix queries still work: {}", out.stderr);
    // Value fields are fast (schema v2), so `speaker:*` means "quotes someone".
    let out = chancery(&f.idx, &["search", "speaker:*"]);
    assert_eq!(out.code, 0, "exists query on a fast field: {}", out.stderr);
}

#[test]
fn a_100_kb_query_is_rejected_naming_the_limit() {
    let f = small_index();
    let query = "ceasefire ".repeat(10 * 1024);
    let out = chancery(&f.idx, &["search", &query]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("query is 102400 bytes; the limit is 16384"),
        "{}",
        out.stderr
    );
}

#[test]
fn limit_zero_and_huge_offsets_return_no_hits_but_the_total() {
    let f = small_index();
    let out = chancery(&f.idx, &["search", "ceasefire", "--limit", "0"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("0 of 1 matching documents"),
        "{}",
        out.stdout
    );
    for offset in ["1000", "999999999", "18446744073709551615"] {
        let out = chancery(&f.idx, &["search", "ceasefire", "--offset", offset]);
        assert_eq!(out.code, 0, "--offset {offset}: {}", out.stderr);
        assert!(
            out.stdout.contains("0 of 1 matching documents"),
            "{}",
            out.stdout
        );
    }
    let out = chancery(&f.idx, &["search", "ceasefire", "--limit", "99999999"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("above the maximum of 10000"),
        "{}",
        out.stderr
    );
}

#[test]
fn until_before_since_is_a_usage_error() {
    let f = small_index();
    for cmd in [
        &["search", "talks"][..],
        &["facets", "talks", "--by", "date"][..],
    ] {
        let mut args = cmd.to_vec();
        args.extend(["--since", "2025-06-01", "--until", "2025-01-01"]);
        let out = chancery(&f.idx, &args);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(
            out.stderr
                .contains("--until 2025-01-01 is before --since 2025-06-01"),
            "{}",
            out.stderr
        );
    }
    let out = chancery(&f.idx, &["search", "talks", "--since", "2025-02-30"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("not a valid date"), "{}", out.stderr);
}

// ---------------------------------------------------------------- damaged index

fn assert_damaged(idx: &Path, what: &str) {
    for args in [
        &["stats", "--json"][..],
        &["search", "talks"],
        &["facets", "", "--by", "kind"],
    ] {
        let out = chancery(idx, args);
        assert_eq!(out.code, 1, "{what} {args:?}: {}", out.stderr);
        assert!(out.stderr.contains("is damaged"), "{what}: {}", out.stderr);
        assert!(out.stderr.contains("rebuild it"), "{what}: {}", out.stderr);
        assert!(out.stdout.is_empty(), "{what}: {}", out.stdout);
    }
}

fn segment_files(idx: &Path, ext: &str) -> Vec<PathBuf> {
    fs::read_dir(idx)
        .expect("read index dir")
        .filter_map(|e| Some(e.ok()?.path()))
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect()
}

#[test]
fn a_truncated_segment_file_is_reported_not_a_panic() {
    // 4..8 bytes made tantivy 0.27 panic (subtract with overflow) before the footer check.
    for ext in ["store", "idx", "term", "fast", "pos", "fieldnorm"] {
        for keep in [Some(0), Some(5), Some(7), Some(40), None] {
            let f = small_index();
            let files = segment_files(&f.idx, ext);
            assert!(!files.is_empty(), "no .{ext} file");
            for file in files {
                let len = fs::metadata(&file).expect("stat").len();
                let keep = keep.unwrap_or(len / 2).min(len.saturating_sub(1));
                fs::OpenOptions::new()
                    .write(true)
                    .open(&file)
                    .and_then(|h| h.set_len(keep))
                    .expect("truncate");
            }
            assert_damaged(&f.idx, &format!(".{ext} truncated to {keep:?}"));
        }
    }
}

#[test]
fn an_unfinished_file_of_an_interrupted_commit_is_not_damage() {
    // A commit killed after creating a segment's next `.del` file but before writing meta.json
    // leaves an empty file that no commit references; the index is intact.
    let f = small_index();
    let before = documents(&f.idx);
    let store = segment_files(&f.idx, "store");
    let stem = store[0]
        .file_stem()
        .and_then(|s| s.to_str())
        .expect("segment id");
    fs::write(f.idx.join(format!("{stem}.999999.del")), b"").expect("write orphan");
    assert_eq!(documents(&f.idx), before);
    assert!(!search_json(&f.idx, "talks").is_empty());
    // The next writer cleans it up and goes on.
    let out = index_paths(&f.idx, &[&f.good]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(documents(&f.idx), before);
}

#[test]
fn a_missing_meta_json_is_reported() {
    let f = small_index();
    fs::remove_file(f.idx.join("meta.json")).expect("rm meta.json");
    assert_damaged(&f.idx, "missing meta.json");
    let out = chancery(&f.idx, &["stats"]);
    assert!(
        out.stderr.contains("meta.json is missing"),
        "{}",
        out.stderr
    );
    // index refuses to write into it rather than mixing with unknown files.
    let out = index_paths(&f.idx, &[&f.good]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("has no meta.json"), "{}", out.stderr);
}

#[test]
fn a_garbled_meta_json_is_reported() {
    for garbage in [
        &b"garbage\n"[..],
        b"{}",
        b"{\"segments\": 7}",
        b"\xff\xfe\x00binary",
        b"",
    ] {
        let f = small_index();
        fs::write(f.idx.join("meta.json"), garbage).expect("write meta.json");
        assert_damaged(&f.idx, &format!("meta.json = {garbage:?}"));
        let out = chancery(&f.idx, &["stats"]);
        assert!(
            out.stderr.contains("meta.json") || out.stderr.contains("Meta"),
            "{}",
            out.stderr
        );
        let out = index_paths(&f.idx, &[&f.good]);
        assert_eq!(out.code, 1, "index into garbled index: {}", out.stderr);
    }
}

#[test]
fn a_foreign_file_is_left_alone_and_a_foreign_directory_refused() {
    // A stray file next to a valid index: the index still works and the file survives a write.
    let f = small_index();
    let stray = f.idx.join("NOTES.txt");
    fs::write(&stray, "someone else's file").expect("write stray");
    assert_eq!(documents(&f.idx), f.good_docs());
    let other = f.file("other.txt", GOOD.replace("ceasefire", "armistice"));
    assert_eq!(index_paths(&f.idx, &[&other]).code, 0);
    assert!(stray.exists(), "the stray file was deleted");
    assert_eq!(documents(&f.idx), 2 * f.good_docs());

    // A directory of another program given as --index: refused, nothing written.
    let foreign = f.dir.path().join("photos");
    fs::create_dir_all(&foreign).expect("mkdir");
    fs::write(foreign.join("holiday.jpg"), b"\xff\xd8\xff").expect("write");
    assert_damaged(&foreign, "foreign directory");
    let out = index_paths(&foreign, &[&f.good]);
    assert_eq!(out.code, 1);
    assert!(
        out.stderr.contains("not empty and has no meta.json"),
        "{}",
        out.stderr
    );
    assert_eq!(
        fs::read_dir(&foreign).expect("ls").count(),
        1,
        "nothing written"
    );

    // A regular file given as --index is a usage error.
    let out = index_paths(&f.good, &[&other]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("is not a directory"), "{}", out.stderr);
}

// ---------------------------------------------------------------- one writer, many readers

/// Starts `chancery index -` holding the writer lock until its stdin is closed.
#[allow(clippy::zombie_processes)] // the caller waits for it in finish_writer
fn hold_writer(idx: &Path) -> Child {
    let child = Command::cargo_bin("chancery")
        .expect("binary")
        .arg("--index")
        .arg(idx)
        .args(["index", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn writer");
    // Wait until the index exists and the lock file is there, then a little longer.
    let started = Instant::now();
    loop {
        let out = chancery(idx, &["stats", "--json"]);
        if out.code == 0 && idx.join(".tantivy-writer.lock").exists() {
            std::thread::sleep(Duration::from_millis(300));
            return child;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "writer did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn finish_writer(mut child: Child, text: &str) -> i32 {
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(text.as_bytes()).expect("feed writer");
    }
    let out = child.wait_with_output().expect("wait writer");
    out.status.code().unwrap_or(-1)
}

#[test]
fn a_second_writer_fails_at_once_naming_the_index_and_readers_keep_answering() {
    let f = small_index();
    let before = documents(&f.idx);
    let writer = hold_writer(&f.idx);

    let started = Instant::now();
    let other = f.file("other.txt", GOOD.replace("ceasefire", "armistice"));
    let out = index_paths(&f.idx, &[&other]);
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the second writer did not fail fast"
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr
            .contains(&format!("index {} is locked", f.idx.display())),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--wait"), "{}", out.stderr);

    // Readers answer from the last commit while the writer holds the lock.
    assert_eq!(documents(&f.idx), before);
    assert_eq!(search_json(&f.idx, "ceasefire").len(), 1);
    let out = chancery(&f.idx, &["facets", "", "--by", "kind"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("paragraph"), "{}", out.stdout);

    let code = finish_writer(writer, &GOOD.replace("ceasefire", "truce"));
    assert_eq!(code, 0);
    assert_eq!(documents(&f.idx), 2 * before);
}

#[test]
fn a_second_writer_with_wait_waits_for_the_first() {
    let f = small_index();
    let before = documents(&f.idx);
    let writer = hold_writer(&f.idx);
    let other = f.file("other.txt", GOOD.replace("ceasefire", "armistice"));
    let mut waiting = Command::cargo_bin("chancery")
        .expect("binary")
        .arg("--index")
        .arg(&f.idx)
        .args(["index", "--wait"])
        .arg(&other)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn waiting writer");
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        waiting.try_wait().expect("try_wait").is_none(),
        "--wait did not wait"
    );
    assert_eq!(documents(&f.idx), before, "nothing written while waiting");

    assert_eq!(
        finish_writer(writer, &GOOD.replace("ceasefire", "truce")),
        0
    );
    let status = waiting.wait().expect("wait");
    assert_eq!(status.code(), Some(0));
    assert_eq!(documents(&f.idx), 3 * before);
}

// ---------------------------------------------------------------- splitter properties

/// Hostile text: quotes of every kind, dashes, bidi and combining marks, blank lines.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("'".to_string()),
        Just(" said ".to_string()),
        Just(", said Ana Ruiz, ".to_string()),
        Just("\n\n".to_string()),
        Just("\n".to_string()),
        Just(" — ".to_string()),
        Just("GENEVA, February 30, 2025 (AFP) — ".to_string()),
        Just("\u{202e}\u{200b}\u{0301}\u{feff}".to_string()),
        Just("Key players\n".to_string()),
        "[A-Z][a-z]{0,8}".prop_map(|s| s),
        "\\PC{0,12}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// News-like text that drives the attribution rules: speech verbs, titles, appositions,
/// party tags, leads and quotes in any order, ending anywhere (a rule that reads ahead must
/// stop at the paragraph's end).
fn newsy_paragraphs() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just(":".to_string()),
        Just(" said".to_string()),
        Just(" told reporters".to_string()),
        Just(" according to".to_string()),
        Just(" Asked whether".to_string()),
        Just(" In Tehran,".to_string()),
        Just(" the".to_string()),
        Just(" a".to_string()),
        Just(" an".to_string()),
        Just(" who leads".to_string()),
        Just(" former".to_string()),
        Just(" foreign ministry spokesman".to_string()),
        Just(" Foreign Minister".to_string()),
        Just(" Major General".to_string()),
        Just(" the head of".to_string()),
        Just(" the Organization of American States’".to_string()),
        Just(" R-Minn.".to_string()),
        Just(" (D-Neb.)".to_string()),
        Just(" with".to_string()),
        Just(" calling".to_string()),
        Just(" he said".to_string()),
        Just(" Ana Ruiz".to_string()),
        Just(" Ruiz".to_string()),
        Just(" Riuz".to_string()),
        Just(" Turkey’s".to_string()),
        Just(" bolivian".to_string()),
        Just(" proposed".to_string()),
        Just(" “We will see,” said Ana Ruiz".to_string()),
        Just(", a former foreign minister who leads".to_string()),
        Just(", a spokesman for the".to_string()),
        Just(" The head of the UN nuclear watchdog said".to_string()),
        "[a-z]{1,8}".prop_map(|s| format!(" {s}")),
        "[A-Z][a-z]{0,8}".prop_map(|s| format!(" {s}")),
    ];
    let paragraph = prop::collection::vec(piece, 0..24).prop_map(|v| v.concat());
    prop::collection::vec(paragraph, 1..5)
        .prop_map(|ps| format!("TOKYO, March 3 (Reuters) -{}", ps.join("\n")))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn attributing_newsy_text_never_panics(text in newsy_paragraphs()) {
        for (_, parsed) in chancery::dispatch::parse_input(&text, chancery::dispatch::Format::Wire) {
            if let Ok(dispatch) = parsed {
                let docs = chancery::split(&dispatch);
                prop_assert!(docs.len() >= dispatch.paragraphs.len().min(1));
            }
        }
    }

    #[test]
    fn splitting_hostile_text_never_panics_and_ids_are_unique(text in hostile_text()) {
        for format in [chancery::dispatch::Format::Wire, chancery::dispatch::Format::Json] {
            for (_, parsed) in chancery::dispatch::parse_input(&text, format) {
                let Ok(dispatch) = parsed else { continue };
                let docs = chancery::split(&dispatch);
                let mut ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
                let n = ids.len();
                ids.sort_unstable();
                ids.dedup();
                prop_assert_eq!(ids.len(), n, "duplicate ids");
                prop_assert!(docs.iter().all(|d| d.article_id == dispatch.article_id));
                let again = chancery::split(&dispatch);
                prop_assert_eq!(
                    docs.iter().map(|d| (&d.id, &d.text)).collect::<Vec<_>>(),
                    again.iter().map(|d| (&d.id, &d.text)).collect::<Vec<_>>()
                );
            }
        }
    }

    #[test]
    fn decoding_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(text) = chancery::dispatch::decode(&bytes) {
            prop_assert!(!text.trim().is_empty());
            let _ = chancery::dispatch::parse_input(text, chancery::dispatch::Format::Wire);
            let _ = chancery::dispatch::parse_input(text, chancery::dispatch::Format::JsonLines);
        }
    }
}
