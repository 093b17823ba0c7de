//! The library's error type and how each error maps to an exit code.
//!
//! Exit codes: 0 success (a search with no hits too), 2 a usage or input error (bad flag,
//! query or date; inputs skipped; no index where one was expected), 1 any other failure (I/O,
//! a locked or damaged index).

use std::path::PathBuf;

use crate::dispatch::ParseError;

/// Everything that can go wrong in Chancery.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A bad argument: date, limit, field, option combination.
    #[error("{0}")]
    Usage(String),
    /// A query tantivy cannot parse, with a hint.
    #[error("invalid query: {0}")]
    Query(String),
    /// An input file or dispatch that cannot be read.
    #[error("{path}: {reason}")]
    Input {
        /// The file (and line, for JSON Lines).
        path: String,
        /// What is wrong with it.
        reason: ParseError,
    },
    /// Some inputs of an `index` run were skipped (the rest were committed).
    #[error("{skipped} input(s) skipped; the others were indexed")]
    Skipped {
        /// How many inputs were skipped.
        skipped: usize,
    },
    /// No index where one is needed.
    #[error("no index at {}: create one with `chancery index --index {} <PATH>...` (or set CHANCERY_INDEX)", .0.display(), .0.display())]
    IndexMissing(PathBuf),
    /// Another process holds the writer lock.
    #[error("index {} is locked: another `chancery index` is writing to it; wait for it to finish or use --wait", .0.display())]
    Locked(PathBuf),
    /// The index cannot be opened as a Chancery index.
    #[error("index {} is damaged or not a Chancery index ({detail}); rebuild it: remove the directory and run `chancery index` again", path.display())]
    Corrupt {
        /// The index directory.
        path: PathBuf,
        /// What tantivy or Chancery found.
        detail: String,
    },
    /// A file-system error, with the path it happened on.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Any other tantivy failure.
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),
}

impl Error {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_)
            | Error::Query(_)
            | Error::Input { .. }
            | Error::Skipped { .. }
            | Error::IndexMissing(_) => 2,
            Error::Locked(_) | Error::Corrupt { .. } | Error::Io { .. } | Error::Tantivy(_) => 1,
        }
    }

    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
