//! The event-store commands, over dyad-store: `dyad ingest` (code stories
//! into a SQLite or PostgreSQL store), `dyad agg` (analysis tables),
//! `dyad export` (GDELT, ICEWS, POLECAT, PLOVER, CSV, Parquet), `dyad query`
//! (read-only SQL) and `dyad validate` (codebook checks).

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use chrono::NaiveDate;
use clap::Args;
use rayon::prelude::*;

use dyad_coder::{Coder, Story, StoryResult};
use dyad_store::agg::{self, AggOptions, TableFormat, Unit};
use dyad_store::codes::Codes;
use dyad_store::export::{self, ExportFormat, ExportOptions};
use dyad_store::{Action, DedupRule, Ingest, IngestOptions, OpenMode, Store};

use crate::input::{read_source, sources, InputArgs, Record};

const DB_HELP: &str =
    "Store: a SQLite file (created if missing) or postgres://user[:password]@host[:port]/dbname";

fn parse_rule(s: &str) -> Result<DedupRule, String> {
    s.parse()
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|e| format!("{s:?} is not a YYYY-MM-DD date: {e}"))
}

#[derive(Args)]
pub struct IngestArgs {
    #[command(flatten)]
    pub input: InputArgs,
    #[arg(long, default_value = "dyad.sqlite", help = DB_HELP)]
    pub db: String,
    /// Stories per transaction.
    #[arg(long, default_value_t = 256)]
    pub batch_size: usize,
    /// Print the plan (add / replace / skip) and write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// With --dry-run: one line per story (action, id).
    #[arg(short, long)]
    pub verbose: bool,
    /// Re-code and replace stories even when their text is unchanged.
    #[arg(long)]
    pub force: bool,
    /// Dedup rule to materialize in derived_events: one-a-day, polecat, none
    /// or key:FIELDS (repeatable; default one-a-day). Rules already in the
    /// store are always kept up to date.
    #[arg(long = "dedup", value_name = "RULE", value_parser = parse_rule)]
    pub dedup: Vec<DedupRule>,
    /// Also materialize a user-chosen dedup key, e.g.
    /// date,source_country,target_country,cameo_root (fields: date, month,
    /// year, source, target, source_country, target_country, source_sector,
    /// target_sector, cameo, cameo_base, cameo_root, quad, plover_type,
    /// plover_mode, story, publisher).
    #[arg(long, value_name = "FIELDS", value_parser = parse_rule)]
    pub dedup_key: Option<DedupRule>,
    /// Extra lexicon file(s) added to the built-in lexicon (lexicon/FORMAT.md).
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,
    /// No summary line.
    #[arg(short, long)]
    pub quiet: bool,
}

fn load_coder(extra: &[PathBuf]) -> anyhow::Result<Coder> {
    if extra.is_empty() {
        return Coder::builtin().context("loading the lexicon");
    }
    let mut lex = dyad_lexicon::builtin().context("loading the built-in lexicon")?;
    for p in extra {
        let text =
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        lex.extend(dyad_lexicon::parse(&text, &p.display().to_string())?);
    }
    Ok(Coder::new(
        dyad_lexicon::Compiled::new(&lex).context("compiling the lexicon")?,
    ))
}

pub fn ingest(args: IngestArgs) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let opts = args.input.options()?;
    let srcs = sources(&args.input.paths)?;
    let mut rules = if args.dedup.is_empty() {
        vec![DedupRule::OneADay]
    } else {
        args.dedup.clone()
    };
    if let Some(k) = &args.dedup_key {
        if !rules.contains(k) {
            rules.push(k.clone());
        }
    }
    let mut store = if args.dry_run {
        Store::open_for_plan(&args.db)?
    } else {
        Store::open(&args.db, OpenMode::Create)?
    };
    let coder = if args.dry_run {
        None
    } else {
        Some(load_coder(&args.lexicon)?)
    };
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.input.threads.unwrap_or(0))
        .build()?;
    let code = |batch: &[&Story]| -> Vec<StoryResult> {
        match &coder {
            Some(c) => pool.install(|| batch.par_iter().map(|s| c.code(s)).collect()),
            None => Vec::new(),
        }
    };
    let mut rejects = args.input.rejects_file()?;
    let verbose = args.verbose;
    let stdout = io::stdout();
    let ing_opts = IngestOptions {
        batch_size: args.batch_size,
        dry_run: args.dry_run,
        force: args.force,
        rules,
    };
    let mut ingest = Ingest::new(&mut store, ing_opts, code);
    if verbose {
        ingest = ingest.on_plan(move |id: &str, a: Action| {
            let _ = writeln!(stdout.lock(), "{}\t{id}", a.name());
        });
    }
    let (mut read, mut rejected) = (0usize, 0usize);
    for src in &srcs {
        let name = src.name();
        let mut failure: Option<dyad_store::Error> = None;
        let mut on_record = |rec: Record| -> io::Result<()> {
            read += 1;
            match rec {
                Record::Story(s) => {
                    if let Err(e) = ingest.push(s, Some(&name)) {
                        failure = Some(e);
                        return Err(io::Error::other("store error"));
                    }
                }
                Record::Rejected(r) => {
                    rejected += 1;
                    crate::code::write_reject(&mut rejects, &r)?;
                }
            }
            Ok(())
        };
        let r = read_source(src, &opts, &mut on_record);
        if let Some(e) = failure {
            return Err(e.into());
        }
        r.map_err(|e| anyhow::anyhow!("{name}: {e}"))?;
    }
    let stats = ingest.finish()?;
    if let Some(r) = rejects.as_mut() {
        r.flush()?;
    }
    let secs = start.elapsed().as_secs_f64();
    if args.dry_run {
        println!(
            "plan for {}: {} stories: add {}, replace {}, skip {}; {} rejected; derived tables to rebuild: {}",
            store.location(),
            stats.stories(),
            stats.added,
            stats.replaced,
            stats.skipped,
            rejected,
            if stats.rules_to_rebuild.is_empty() {
                "none".to_string()
            } else {
                stats.rules_to_rebuild.join(", ")
            }
        );
    } else if !args.quiet {
        let derived: Vec<String> = stats
            .derived
            .iter()
            .map(|d| {
                format!(
                    "{} v{}: {} events from {} mentions",
                    d.rule, d.rule_version, d.n_events, d.n_mentions
                )
            })
            .collect();
        eprintln!(
            "dyad ingest: {} records read, {} rejected; {} added, {} replaced, {} skipped; {} sentences, {} mentions written; derived: {}; {:.2} s, {:.0} stories/s",
            read,
            rejected,
            stats.added,
            stats.replaced,
            stats.skipped,
            stats.sentences,
            stats.mentions,
            if derived.is_empty() {
                "up to date".to_string()
            } else {
                derived.join("; ")
            },
            secs,
            stats.stories() as f64 / secs.max(1e-9)
        );
    }
    Ok(if rejected > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn output(path: &Option<PathBuf>) -> anyhow::Result<Box<dyn Write + Send>> {
    Ok(match path {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout())),
    })
}

/// Broken pipes (`| head`) end output quietly.
fn finish<T>(r: dyad_store::Result<T>) -> anyhow::Result<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_broken_pipe() => Ok(None),
        Err(e) => Err(e.into()),
    }
}

#[derive(Args)]
pub struct AggArgs {
    #[arg(long, default_value = "dyad.sqlite", help = DB_HELP)]
    pub db: String,
    /// country-day, country-month, country-year, dyad-day, dyad-month or dyad-year.
    #[arg(long, value_parser = |s: &str| s.parse::<Unit>())]
    pub unit: Unit,
    /// Comma-separated: count, goldstein_sum, goldstein_mean, quad (four
    /// columns, QuadClass 1-4), mentions.
    #[arg(long, default_value = "count", value_delimiter = ',', value_parser = |s: &str| s.parse::<agg::Measure>())]
    pub measure: Vec<agg::Measure>,
    /// Dyads as (source, target); countries by their events' sources (default).
    #[arg(long, conflicts_with = "nondirected")]
    pub directed: bool,
    /// Dyads as unordered pairs; countries counted for every event they take part in.
    #[arg(long)]
    pub nondirected: bool,
    /// Country codes: cameo, iso3, cow, cow-alpha or gw (Gleditsch-Ward).
    #[arg(long, default_value = "cameo", value_parser = |s: &str| s.parse::<Codes>())]
    pub codes: Codes,
    /// First event date (YYYY-MM-DD), inclusive.
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last event date (YYYY-MM-DD), inclusive.
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
    /// Only events with an actor whose CAMEO code starts with this (IRN, IRNGOV).
    #[arg(long)]
    pub actor: Option<String>,
    /// Only events of this CAMEO root (01..20).
    #[arg(long)]
    pub root: Option<String>,
    /// Only events of this PLOVER type (ASSAULT, PROTEST...).
    #[arg(long)]
    pub plover: Option<String>,
    /// Zero rows for every period without events (from --from/--to or the data's range).
    #[arg(long)]
    pub fill: bool,
    /// Dedup rule: one-a-day, polecat, none or key:FIELDS.
    #[arg(long, default_value = "one-a-day", value_parser = parse_rule)]
    pub dedup: DedupRule,
    /// csv, tsv or jsonl.
    #[arg(long, default_value = "csv", value_parser = |s: &str| s.parse::<TableFormat>())]
    pub format: TableFormat,
    /// Write the table here instead of stdout.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

pub fn agg(args: AggArgs) -> anyhow::Result<ExitCode> {
    let mut store = Store::open(&args.db, OpenMode::ReadOnly)?;
    let mut opts = AggOptions::new(args.unit);
    opts.measures = args.measure.clone();
    opts.directed = !args.nondirected;
    opts.codes = args.codes;
    opts.from = args.from;
    opts.to = args.to;
    opts.actor = args.actor.clone();
    opts.root = args.root.clone();
    opts.plover = args.plover.clone();
    opts.fill = args.fill;
    opts.dedup = args.dedup.clone();
    opts.format = args.format;
    let mut out = output(&args.output)?;
    if let Some(r) = finish(agg::run(&mut store, &opts, &mut out))? {
        eprintln!(
            "dyad agg: {} mentions, {} events ({}), {} rows{}",
            r.mentions,
            r.events,
            opts.dedup,
            r.rows,
            if r.dropped > 0 {
                format!(
                    "; {} events left out: no {} country code for a needed actor",
                    r.dropped, opts.codes
                )
            } else {
                String::new()
            }
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct ExportArgs {
    #[arg(long, default_value = "dyad.sqlite", help = DB_HELP)]
    pub db: String,
    /// gdelt (61 columns, no header), icews (20), polecat (40), plover-jsonl,
    /// csv (dyad's flat table) or parquet (needs the `parquet` build feature).
    #[arg(long, value_parser = |s: &str| s.parse::<ExportFormat>())]
    pub format: ExportFormat,
    /// Write here instead of stdout.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    /// Dedup rule (default: one-a-day for gdelt, none for the others).
    #[arg(long, value_parser = parse_rule)]
    pub dedup: Option<DedupRule>,
    /// First event date (YYYY-MM-DD), inclusive.
    #[arg(long, value_parser = parse_date)]
    pub from: Option<NaiveDate>,
    /// Last event date (YYYY-MM-DD), inclusive.
    #[arg(long, value_parser = parse_date)]
    pub to: Option<NaiveDate>,
}

pub fn export(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let mut store = Store::open(&args.db, OpenMode::ReadOnly)?;
    let opts = ExportOptions {
        format: args.format,
        dedup: args.dedup.clone(),
        from: args.from,
        to: args.to,
    };
    let mut out = output(&args.output)?;
    if let Some(r) = finish(export::run(&mut store, &opts, &mut out))? {
        eprintln!(
            "dyad export: {} {} rows (dedup {}){}",
            r.rows,
            args.format,
            r.rule,
            if r.skipped > 0 {
                format!(", {} events without a PLOVER type skipped", r.skipped)
            } else {
                String::new()
            }
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct QueryArgs {
    #[arg(long, default_value = "dyad.sqlite", help = DB_HELP)]
    pub db: String,
    /// One SQL statement; it runs read-only. Output: TSV with a header row.
    pub sql: String,
}

pub fn query(args: QueryArgs) -> anyhow::Result<ExitCode> {
    let mut store = Store::open(&args.db, OpenMode::ReadOnly)?;
    let mut out = BufWriter::new(io::stdout().lock());
    finish(dyad_store::query::query_tsv(
        &mut store, &args.sql, &mut out,
    ))?;
    Ok(ExitCode::SUCCESS)
}

#[derive(Args)]
pub struct ValidateArgs {
    /// Validate the events of this store.
    #[arg(long, help = DB_HELP)]
    pub db: Option<String>,
    /// Or: JSONL files of events (`dyad code` output or `dyad export --format plover-jsonl`).
    pub files: Vec<PathBuf>,
    /// Print at most this many problems (all are counted).
    #[arg(long, default_value_t = 100)]
    pub max_problems: usize,
}

pub fn validate(args: ValidateArgs) -> anyhow::Result<ExitCode> {
    let mut reports = Vec::new();
    match (&args.db, args.files.is_empty()) {
        (Some(_), false) => anyhow::bail!("give either --db or files, not both"),
        (None, true) => anyhow::bail!("give --db URL or JSONL files to validate"),
        (Some(db), true) => {
            let mut store = Store::open(db, OpenMode::ReadOnly)?;
            reports.push((
                store.location().to_string(),
                dyad_store::validate::validate_store(&mut store)?,
            ));
        }
        (None, false) => {
            for f in &args.files {
                let name = f.display().to_string();
                let file = File::open(f).with_context(|| format!("opening {name}"))?;
                let r = dyad_store::validate::validate_jsonl(&name, BufReader::new(file))?;
                reports.push((name, r));
            }
        }
    }
    let mut shown = 0usize;
    let mut total = 0usize;
    for (name, r) in &reports {
        for p in &r.problems {
            total += 1;
            if shown < args.max_problems {
                println!("{}: {}", p.record, p.reason);
                shown += 1;
            }
        }
        eprintln!(
            "dyad validate: {name}: {} events checked, {} problems",
            r.checked,
            r.problems.len()
        );
    }
    if total > shown {
        eprintln!("dyad validate: {} more problems not shown", total - shown);
    }
    Ok(if total > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}
