//! Chancery: full-text search over diplomatic news dispatches.
//!
//! The pipeline, one module per step:
//! [`dispatch`] (bytes → [`Dispatch`]) → [`attribution`] (who is quoted) → [`split`]
//! ([`Document`]s) → [`schema`] / [`index`] (tantivy) → [`search`] (ranked hits, facets,
//! stats) → [`output`] (text and JSON Lines). [`ingest`] drives indexing, [`eval`] scores
//! attribution, [`bench`] measures latency. Parsing, attribution and splitting never touch
//! tantivy; only the CLI binary knows about clap.

pub mod attribution;
pub mod bench;
pub mod convert;
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

pub use error::{Error, Result};
pub use index::NewsIndex;
pub use ingest::{index_inputs, IndexOptions, IndexSummary};
pub use model::{Dispatch, DocKind, Document};
pub use search::{FacetRequest, Filters, SearchHit, SearchRequest, SearchResults};
pub use split::split;
