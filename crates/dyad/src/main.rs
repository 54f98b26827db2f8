//! `dyad`: the command line. A thin layer over the library crates: it reads
//! inputs, runs the coder in parallel and pushes results into sinks.

mod bench;
mod code;
mod eval;
mod explain;
mod input;
mod lexicon_cmd;
mod store_cmd;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

/// Coding allocates many small, short-lived strings and vectors per sentence
/// and event; mimalloc serves them with far fewer instructions than the
/// system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "dyad",
    version,
    about = "Offline CAMEO + PLOVER political event coder"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Tsv,
}

#[derive(Subcommand)]
enum Command {
    /// Code stories into events (JSONL stories, .txt files, directories or stdin).
    Code(code::CodeArgs),
    /// Score the coder on gold sets (../shared/gold/dev schema).
    Eval(eval::EvalArgs),
    /// Show how the coder reads a text: tags, actors, triggers, events.
    Explain(explain::ExplainArgs),
    /// Measure throughput and peak memory on a corpus.
    Bench(bench::BenchArgs),
    /// Code stories into an event store (SQLite file or postgres:// URL); idempotent, resumable.
    Ingest(store_cmd::IngestArgs),
    /// Aggregate stored events into country/dyad x day/month/year tables.
    Agg(store_cmd::AggArgs),
    /// Export stored events: gdelt, icews, polecat, plover-jsonl, csv, parquet.
    Export(store_cmd::ExportArgs),
    /// Run one read-only SQL statement on a store; prints TSV.
    Query(store_cmd::QueryArgs),
    /// Check stored or exported events against the CAMEO/PLOVER codebooks (exit 2 on problems).
    Validate(store_cmd::ValidateArgs),
    /// Import classic PETRARCH-2/TABARI dictionaries, or lint lexicons.
    Lexicon {
        #[command(subcommand)]
        cmd: lexicon_cmd::LexiconCmd,
    },
    /// Check that dyad's lexicon, tagger and codebooks load, and report their sizes.
    Doctor {
        /// Also look for the reference data folder here.
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(a) => code::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Bench(a) => bench::run(a),
        Command::Explain(a) => explain::run(a),
        Command::Doctor { shared } => doctor(&shared),
        Command::Ingest(a) => store_cmd::ingest(a),
        Command::Agg(a) => store_cmd::agg(a),
        Command::Export(a) => store_cmd::export(a),
        Command::Query(a) => store_cmd::query(a),
        Command::Validate(a) => store_cmd::validate(a),
        Command::Lexicon { cmd } => lexicon_cmd::run(cmd),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("dyad: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn doctor(shared: &std::path::Path) -> anyhow::Result<ExitCode> {
    let t = std::time::Instant::now();
    let coder = dyad_coder::Coder::builtin()?;
    let load = t.elapsed();
    println!("dyad {}", env!("CARGO_PKG_VERSION"));
    println!(
        "lexicon: ok, compiled in {:.0} ms",
        load.as_secs_f64() * 1000.0
    );
    let s = &coder.lexicon().stats;
    println!(
        "  actor phrases {}, agent phrases {}, verb patterns {} ({} forms), noun triggers {}, reporting forms {}",
        s.actor_phrases, s.agent_phrases, s.verb_patterns, s.verb_forms, s.noun_triggers, s.reporting_forms
    );
    println!(
        "codebook: {} CAMEO codes, {} countries/regions, {} PLOVER types",
        dyad_ontology::cameo_events().len(),
        dyad_ontology::countries().len(),
        dyad_ontology::plover_types().len()
    );
    let story = dyad_coder::Story::new(
        "doctor",
        "Iran summoned Azerbaijan's ambassador on Tuesday.",
        chrono::NaiveDate::from_ymd_opt(2012, 3, 21).unwrap_or_default(),
    );
    let r = coder.code(&story);
    println!(
        "smoke test: {} event(s) from a one-sentence story",
        r.events.len()
    );
    println!(
        "cores: {}",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    );
    if shared.exists() {
        println!(
            "reference data: {} (gold sets, corpus available for eval/bench)",
            shared.display()
        );
    } else {
        println!(
            "reference data: {} not found (only needed for eval/bench)",
            shared.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
