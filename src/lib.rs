//! Chancery: full-text search over diplomatic news dispatches.
//!
//! The pipeline, one module per step:
//! [`dispatch`] (bytes → [`Dispatch`]) → [`attribution`] (who is quoted) → [`split`]
//! ([`Document`]s) → [`schema`] / [`stemming`] / [`index`] (tantivy) → [`search`] and
//! [`counting`] (ranked hits, facet counts, stats) → [`output`] (text and JSON Lines).
//! [`ingest`] drives indexing, [`eval`] scores attribution, [`bench`] measures latency over
//! corpora from [`generate`] and [`convert`]. Parsing, attribution and splitting never touch
//! tantivy; only the CLI binary knows about clap.

// No `unwrap`/`expect` outside tests: a panic on user data is a bug (exit 101). Constant regex
// patterns use a targeted `#[allow]` where they are compiled.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod attribution;
pub mod counting;
// Benchmarks never see user data; `expect` on constant histogram bounds is allowed there.
#[allow(clippy::expect_used)]
pub mod bench;
pub mod bigrams;
pub mod convert;
pub mod disjunction;
pub mod dispatch;
pub mod error;
pub mod eval;
pub mod generate;
pub mod index;
pub mod ingest;
pub mod model;
pub mod output;
pub mod schema;
pub mod search;
pub mod split;
pub mod stemming;

pub use error::{Error, Result};
pub use index::NewsIndex;
pub use ingest::{index_inputs, IndexOptions, IndexSummary};
pub use model::{Dispatch, DocKind, Document};
pub use search::{FacetRequest, Filters, SearchHit, SearchRequest, SearchResults};
pub use split::split;
