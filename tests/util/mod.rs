//! Shared helpers for the integration tests: a temporary working directory with its own index,
//! a `chancery` command bound to it, and paths to the sample corpus and the shared seed.

#![allow(dead_code)] // each test crate uses a different subset

use std::path::{Path, PathBuf};

use serde_json::Value;

/// The package root (where Cargo.toml is).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The project's own sample corpus.
pub fn corpus() -> PathBuf {
    root().join("corpus")
}

/// The shared data directory next to the repository (`../shared`), or `$CHANCERY_SHARED`.
pub fn shared() -> PathBuf {
    let dir = std::env::var_os("CHANCERY_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared"));
    assert!(
        dir.join("seed").is_dir(),
        "shared data not found at {}: the tests need ../shared/seed and ../shared/eval \
         (set CHANCERY_SHARED to their parent directory)",
        dir.display()
    );
    dir
}

/// The AP seed dispatch (Kyiv, 2025-12-03).
pub fn seed() -> PathBuf {
    shared().join("seed/000_fd10092c58538282.txt")
}

/// The seed directory.
pub fn seed_dir() -> PathBuf {
    shared().join("seed")
}

/// The annotated evaluation dispatches.
pub fn eval_dev() -> PathBuf {
    shared().join("eval/dev")
}

/// The built binary.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_chancery")
}

/// A temporary working directory with an index inside it.
pub struct TestEnv {
    dir: tempfile::TempDir,
}

impl Default for TestEnv {
    fn default() -> Self {
        Self::new()
    }
}

impl TestEnv {
    /// A fresh, empty working directory.
    pub fn new() -> TestEnv {
        TestEnv {
            dir: tempfile::Builder::new()
                .prefix("chancery-test-")
                .tempdir()
                .expect("create temporary directory"),
        }
    }

    /// The working directory.
    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The index directory used by [`TestEnv::cmd`].
    pub fn index(&self) -> PathBuf {
        self.dir.path().join("idx")
    }

    /// `chancery` run in the working directory with no `CHANCERY_INDEX` or `RUST_LOG` leaking
    /// in from the caller's environment, and no index option.
    pub fn bare(&self) -> assert_cmd::Command {
        let mut cmd = assert_cmd::Command::new(bin());
        cmd.current_dir(self.path())
            .env_remove("CHANCERY_INDEX")
            .env_remove("RUST_LOG")
            .timeout(std::time::Duration::from_secs(120));
        cmd
    }

    /// `chancery --index <tmp>/idx` run in the working directory.
    pub fn cmd(&self) -> assert_cmd::Command {
        let mut cmd = self.bare();
        cmd.arg("--index").arg(self.index());
        cmd
    }

    /// Writes a file in the working directory and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create parent directory");
        }
        std::fs::write(&path, contents).expect("write test file");
        path
    }

    /// Indexes `paths` and asserts success.
    pub fn index_ok<P: AsRef<std::ffi::OsStr>>(&self, paths: &[P]) {
        self.cmd().arg("index").args(paths).assert().success();
    }

    /// `stats --json` as a JSON object.
    pub fn stats(&self) -> Value {
        let out = self.cmd().args(["stats", "--json"]).assert().success();
        let lines = json_lines(&out.get_output().stdout);
        assert_eq!(lines.len(), 1, "stats --json prints one object");
        lines.into_iter().next().unwrap_or_default()
    }

    /// Runs `args` (after `--index`), asserts exit 0 and parses stdout as JSON Lines.
    pub fn json(&self, args: &[&str]) -> Vec<Value> {
        let out = self.cmd().args(args).assert().success();
        json_lines(&out.get_output().stdout)
    }
}

/// Parses JSON Lines output; every non-empty line must be a JSON value.
pub fn json_lines(stdout: &[u8]) -> Vec<Value> {
    let text = std::str::from_utf8(stdout).expect("stdout is UTF-8");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// The keys of a JSON object, in order.
pub fn keys(value: &Value) -> Vec<String> {
    value
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default()
}

/// A JSON array of strings as a `Vec<String>`.
pub fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The keys of a document object, in the order `split --json` prints them.
pub const DOC_KEYS: [&str; 14] = [
    "id",
    "article_id",
    "kind",
    "position",
    "headline",
    "section",
    "date",
    "place",
    "source",
    "speakers",
    "countries",
    "organizations",
    "name",
    "text",
];
