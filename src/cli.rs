//! Command-line arguments (clap derive). No logic here: `main.rs` turns these into the
//! library's plain option structs.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Full-text search over diplomatic news dispatches.
#[derive(Debug, Parser)]
#[command(name = "chancery", version, about, max_term_width = 100)]
pub struct Cli {
    /// Index directory.
    #[arg(
        long,
        global = true,
        env = "CHANCERY_INDEX",
        default_value = "chancery-index"
    )]
    pub index: PathBuf,
    /// More logging on stderr (-v info, -vv debug); RUST_LOG overrides.
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Only errors on stderr.
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Index dispatches from files, directories (recursive: .txt .json .jsonl) or - (stdin).
    Index(IndexArgs),
    /// Ranked keyword search.
    Search(SearchArgs),
    /// Count matching documents by speaker, country, date, kind, source or place.
    Facets(FacetArgs),
    /// Merge the index into one segment (faster queries after many small `index` runs).
    Optimize(OptimizeArgs),
    /// Documents, dispatches, dates, segments, size, top speakers and countries.
    Stats(JsonFlag),
    /// Print the documents one dispatch splits into, without touching any index.
    Split(SplitArgs),
    /// Score attribution against annotated dispatches (NNN.txt + NNN.json).
    Eval(EvalArgs),
    /// Replay a query file and report latency percentiles per class.
    Bench(BenchArgs),
    /// Write synthetic wire dispatches (JSON Lines) for benchmarks.
    Generate(GenerateArgs),
    /// Convert a raw benchmark corpus (../shared/corpus-raw) to JSON Lines dispatches.
    ConvertCorpus(ConvertArgs),
}

/// `chancery bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Query file (JSON Lines: {"q", "class"?, "speaker"?, "country"?, "since"?, "until"?,
    /// "facet_by"?, "sort"?}).
    pub queries: PathBuf,
    /// Timed passes over the file per client.
    #[arg(long, default_value_t = 10)]
    pub passes: usize,
    /// Concurrent clients.
    #[arg(long, default_value_t = 1)]
    pub threads: usize,
    /// Shuffle seed.
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    /// Also time K fresh `chancery search` processes.
    #[arg(long, default_value_t = 0)]
    pub cold: usize,
    /// Machine-readable report.
    #[arg(long)]
    pub json: bool,
}

/// `chancery generate`.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Index documents to produce (paragraphs + profile cards).
    #[arg(long)]
    pub docs: u64,
    /// Random seed.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// JSON Lines files (.gz ok) whose text gives the vocabulary (repeatable).
    #[arg(long, default_value = chancery::generate::DEFAULT_VOCABULARY)]
    pub vocabulary: Vec<PathBuf>,
    /// Output file (default stdout).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// `chancery convert-corpus`.
#[derive(Debug, Args)]
pub struct ConvertArgs {
    /// reuters21578, un-general-debates or wikinews-tosca.
    pub corpus: String,
    /// Folder holding the raw corpora.
    #[arg(long, default_value = "../shared/corpus-raw")]
    pub raw_dir: PathBuf,
    /// Output file (default stdout).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// `--json`.
#[derive(Debug, Args)]
pub struct JsonFlag {
    /// Machine-readable output.
    #[arg(long)]
    pub json: bool,
}

/// `chancery optimize`.
#[derive(Debug, Args)]
pub struct OptimizeArgs {
    /// Wait for a running `index` to finish instead of failing.
    #[arg(long)]
    pub wait: bool,
}

/// `chancery index`.
#[derive(Debug, Args)]
pub struct IndexArgs {
    /// Files, directories or - for stdin.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Writer memory budget in MB.
    #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u64).range(16..=8192))]
    pub heap_mb: u64,
    /// Commit after this many dispatches (a killed run keeps every committed batch).
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
    pub commit_every: u64,
    /// Wait for another running `index` to finish instead of failing.
    #[arg(long)]
    pub wait: bool,
    /// Keep the segments as written instead of merging them into one at the end (quicker for
    /// small increments; run `chancery optimize` later).
    #[arg(long)]
    pub no_merge: bool,
    /// Machine-readable summary.
    #[arg(long)]
    pub json: bool,
}

/// Filters shared by search and facets.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only documents quoting this person (repeatable, case-insensitive).
    #[arg(long)]
    pub speaker: Vec<String>,
    /// Only documents quoting someone speaking for this country (repeatable).
    #[arg(long)]
    pub country: Vec<String>,
    /// Only paragraphs or only profiles.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// On or after this day (YYYY-MM-DD).
    #[arg(long)]
    pub since: Option<String>,
    /// On or before this day (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    /// Only this source (repeatable).
    #[arg(long)]
    pub source: Vec<String>,
}

/// `chancery search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Query (tantivy syntax: "phrases", AND, OR, -term, field:term); "" or * for all.
    pub query: String,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Hits to show.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Hits to skip.
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Order of hits.
    #[arg(long, value_enum, default_value_t = SortArg::Score)]
    pub sort: SortArg,
    /// JSON Lines, one object per hit.
    #[arg(long)]
    pub json: bool,
}

/// `chancery facets`.
#[derive(Debug, Args)]
pub struct FacetArgs {
    /// Query; "" or * for all documents.
    pub query: String,
    /// Dimension to count by.
    #[arg(long, value_enum)]
    pub by: ByArg,
    /// Date bucket size (with --by date).
    #[arg(long, value_enum, default_value_t = IntervalArg::Month)]
    pub interval: IntervalArg,
    /// Largest N values (for dates: the N latest buckets).
    #[arg(long)]
    pub top: Option<usize>,
    #[command(flatten)]
    pub filters: FilterArgs,
    /// JSON Lines {"value", "count"}.
    #[arg(long)]
    pub json: bool,
}

/// `chancery split`.
#[derive(Debug, Args)]
pub struct SplitArgs {
    /// A .txt, .json or .jsonl dispatch file, or - for stdin (wire text).
    pub file: PathBuf,
    /// JSON Lines, one object per document.
    #[arg(long)]
    pub json: bool,
}

/// `chancery eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Directories of NNN.txt + NNN.json pairs; several are scored together (pooled), with
    /// each one's own scores listed first.
    #[arg(required = true)]
    pub dirs: Vec<PathBuf>,
    /// Folder holding the raw corpora: annotations that cite a Reuters-21578 item
    /// (`"source_id": "Reuters-21578 NEWID=<n>"`) instead of carrying its text read it from
    /// `reuters21578/` there.
    #[arg(long, default_value = "../shared/corpus-raw")]
    pub raw_dir: PathBuf,
    /// Machine-readable report.
    #[arg(long)]
    pub json: bool,
}

/// Document kinds.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum KindArg {
    /// Body paragraphs.
    Paragraph,
    /// Profile cards.
    Profile,
}

/// Sort orders.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortArg {
    /// Best BM25 score first.
    Score,
    /// Newest first.
    Date,
}

/// Facet dimensions.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ByArg {
    /// Quoted people.
    Speaker,
    /// Countries of quoted people.
    Country,
    /// Quoted institutions.
    Organization,
    /// Publication date.
    Date,
    /// Paragraph or profile.
    Kind,
    /// Agency.
    Source,
    /// Dateline place.
    Place,
}

/// Date intervals.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum IntervalArg {
    /// Per day.
    Day,
    /// Per month.
    Month,
    /// Per year.
    Year,
}
