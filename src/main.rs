//! The `chancery` binary: parse arguments, call the library, print, map errors to exit codes.

mod cli;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use chancery::error::Error;
use chancery::search::{FacetBy, FacetRequest, Filters, Interval, SearchRequest, SortOrder};
use chancery::{output, DocKind, NewsIndex};
use cli::{ByArg, Cli, Command, FilterArgs, IntervalArg, KindArg, SortArg};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                    ExitCode::SUCCESS
                }
                _ => ExitCode::from(2),
            };
        }
    };
    init_tracing(cli.verbose, cli.quiet);
    match run(cli) {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            let code = err.downcast_ref::<Error>().map_or(1, Error::exit_code);
            eprintln!("chancery: {}", chain(&err));
            ExitCode::from(code)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    match cli.command {
        Command::Index(args) => {
            let options = chancery::IndexOptions {
                inputs: args.paths,
                heap_mb: usize::try_from(args.heap_mb).unwrap_or(256),
                commit_every: usize::try_from(args.commit_every).unwrap_or(1000),
                wait: args.wait,
                progress: !cli.quiet,
                merge: !args.no_merge,
            };
            let summary = chancery::index_inputs(&cli.index, &options)?;
            if args.json {
                writeln!(out, "{}", output::json_line(&summary))?;
            } else {
                write!(out, "{}", output::summary_text(&summary))?;
            }
            for skip in &summary.skipped {
                eprintln!(
                    "chancery: skipped {}: {}",
                    output::sanitize(&skip.input),
                    output::sanitize(&skip.reason)
                );
            }
            if !summary.skipped.is_empty() {
                return Ok(ExitCode::from(2));
            }
        }
        Command::Search(args) => {
            let index = NewsIndex::open(&cli.index)?;
            let request = SearchRequest {
                query: args.query,
                filters: filters(args.filters)?,
                limit: args.limit,
                offset: args.offset,
                sort: match args.sort {
                    SortArg::Score => SortOrder::Score,
                    SortArg::Date => SortOrder::Date,
                },
                snippets: true,
                // Only the text output prints the total; JSON consumers get the hits.
                count_total: !args.json,
            };
            let results = chancery::search::search(&index, &request)?;
            let bold = std::io::stdout().is_terminal();
            if args.json {
                for hit in &results.hits {
                    writeln!(out, "{}", output::hit_json(hit))?;
                }
            } else {
                for (n, hit) in results.hits.iter().enumerate() {
                    write!(
                        out,
                        "{}",
                        output::hit_text(request.offset + n + 1, hit, bold)
                    )?;
                }
                if let Some(total) = results.total {
                    writeln!(out, "{} of {total} matching documents", results.hits.len())?;
                }
            }
        }
        Command::Facets(args) => {
            let index = NewsIndex::open(&cli.index)?;
            let request = FacetRequest {
                query: args.query,
                filters: filters(args.filters)?,
                by: match args.by {
                    ByArg::Speaker => FacetBy::Speaker,
                    ByArg::Country => FacetBy::Country,
                    ByArg::Organization => FacetBy::Organization,
                    ByArg::Date => FacetBy::Date,
                    ByArg::Kind => FacetBy::Kind,
                    ByArg::Source => FacetBy::Source,
                    ByArg::Place => FacetBy::Place,
                },
                interval: match args.interval {
                    IntervalArg::Day => Interval::Day,
                    IntervalArg::Month => Interval::Month,
                    IntervalArg::Year => Interval::Year,
                },
                top: args.top,
            };
            let counts = chancery::search::facets(&index, &request)?;
            if args.json {
                for c in &counts {
                    writeln!(out, "{}", output::json_line(c))?;
                }
            } else {
                write!(out, "{}", output::facets_text(&counts))?;
            }
        }
        Command::Optimize(args) => {
            let index = NewsIndex::open(&cli.index)?;
            let writer = index.writer(64 * 1024 * 1024, args.wait)?;
            let (before, after) = index.merge_all(writer)?;
            if after < before {
                writeln!(out, "merged {before} segments into {after}")?;
            } else {
                writeln!(out, "nothing to merge: the index has {before} segment(s)")?;
            }
        }
        Command::Stats(args) => {
            let index = NewsIndex::open(&cli.index)?;
            let stats = chancery::search::stats(&index)?;
            if args.json {
                writeln!(out, "{}", output::json_line(&stats))?;
            } else {
                write!(out, "{}", output::stats_text(&stats))?;
            }
        }
        Command::Split(args) => {
            let dispatches = chancery::ingest::read_dispatches(&args.file)?;
            for dispatch in &dispatches {
                for warning in &dispatch.warnings {
                    tracing::warn!("{}: {warning}", args.file.display());
                }
                for doc in chancery::split(dispatch) {
                    if args.json {
                        writeln!(out, "{}", output::document_json(&doc))?;
                    } else {
                        write!(out, "{}", output::document_text(&doc))?;
                    }
                }
            }
        }
        Command::Eval(args) => {
            let report = chancery::eval::evaluate_sets(
                &args.dirs,
                &chancery::eval::EvalOptions {
                    raw_dir: Some(args.raw_dir),
                },
            )?;
            if args.json {
                writeln!(out, "{}", output::json_line(&report))?;
            } else {
                write!(out, "{}", report.render_text())?;
            }
        }
        Command::Bench(args) => bench_cmd(&cli.index, args, &mut out)?,
        Command::Generate(args) => generate_cmd(args, &mut out)?,
        Command::ConvertCorpus(args) => convert_cmd(args, &mut out)?,
    }
    out.flush().context("writing results")?;
    Ok(ExitCode::SUCCESS)
}

fn bench_cmd(
    index: &std::path::Path,
    a: cli::BenchArgs,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let options = chancery::bench::BenchOptions {
        index: index.to_path_buf(),
        queries: a.queries,
        passes: a.passes,
        threads: a.threads,
        seed: a.seed,
        cold: a.cold,
        exe: None,
    };
    let report = chancery::bench::run(&options)?;
    if a.json {
        writeln!(out, "{}", output::json_line(&report))?;
    } else {
        write!(out, "{}", chancery::bench::render_text(&report))?;
    }
    Ok(())
}

/// Writes to the file, or to `out` when there is none.
fn with_output<T>(
    path: Option<std::path::PathBuf>,
    out: &mut impl Write,
    f: impl FnOnce(&mut dyn Write) -> chancery::Result<T>,
) -> anyhow::Result<T> {
    Ok(match path {
        Some(p) => {
            let file = std::fs::File::create(&p).with_context(|| p.display().to_string())?;
            f(&mut std::io::BufWriter::with_capacity(1 << 20, file))?
        }
        None => f(&mut std::io::BufWriter::with_capacity(1 << 20, out))?,
    })
}

fn generate_cmd(a: cli::GenerateArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let options = chancery::generate::GenerateOptions {
        docs: a.docs,
        seed: a.seed,
        vocabulary: a.vocabulary,
    };
    let n = with_output(a.output, out, |w| chancery::generate::generate(&options, w))?;
    tracing::info!("wrote {n} dispatches");
    Ok(())
}

fn convert_cmd(a: cli::ConvertArgs, out: &mut impl Write) -> anyhow::Result<()> {
    let corpus = chancery::convert::Corpus::from_name(&a.corpus).ok_or_else(|| {
        Error::Usage(format!(
            "unknown corpus {:?}; use reuters21578, un-general-debates or wikinews-tosca",
            a.corpus
        ))
    })?;
    let n = with_output(a.output, out, |w| {
        chancery::convert::convert(corpus, &a.raw_dir, w)
    })?;
    tracing::info!("wrote {n} dispatches");
    Ok(())
}

fn filters(args: FilterArgs) -> Result<Filters, Error> {
    let date = |flag: &str, value: Option<String>| -> Result<_, Error> {
        value
            .map(|v| {
                chancery::model::parse_date(&v).ok_or_else(|| {
                    Error::Usage(format!(
                        "--{flag} {v:?} is not a valid date; use YYYY-MM-DD"
                    ))
                })
            })
            .transpose()
    };
    Ok(Filters {
        speakers: args.speaker,
        countries: args.country,
        kind: args.kind.map(|k| match k {
            KindArg::Paragraph => DocKind::Paragraph,
            KindArg::Profile => DocKind::Profile,
        }),
        since: date("since", args.since)?,
        until: date("until", args.until)?,
        sources: args.source,
    })
}

fn init_tracing(verbose: u8, quiet: bool) {
    let default = match (quiet, verbose) {
        (true, _) => "error",
        (false, 0) => "warn",
        (false, 1) => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .without_time()
        .init();
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The error and its causes on one line. A cause whose text the message already shows (an
/// `Error::Io` prints its `std::io::Error`) is not repeated.
fn chain(err: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if line.contains(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}
