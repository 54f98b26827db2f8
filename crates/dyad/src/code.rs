//! `dyad code`: stories in, events out, bad records to `--rejects`.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::Args;
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use dyad_coder::{JsonlSink, Sink, Story, StoryResult, TsvSink};

use crate::input::{read_source, sources, InputArgs, Record, Rejected};
use crate::Format;

#[derive(Args)]
pub struct CodeArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Write events here instead of stdout.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: Format,
    /// Do not geolocate events (no `place`).
    #[arg(long)]
    pub no_geo: bool,
    /// No progress bar.
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub lexicon: crate::lexicon_cmd::LexiconArgs,
}

/// Counts for the closing summary.
#[derive(Debug, Default, Clone)]
pub struct Summary {
    pub read: usize,
    pub coded: usize,
    pub rejected: usize,
    pub sentences: usize,
    pub events: usize,
    pub bytes: usize,
}

/// Stories are coded in batches so memory stays flat and output order follows input.
const BATCH: usize = 512;

pub fn run(args: CodeArgs) -> anyhow::Result<ExitCode> {
    let opts = args.input.options()?;
    let srcs = sources(&args.input.paths)?;
    let mut coder = crate::lexicon_cmd::coder(&args.lexicon)?;
    coder.geolocate = !args.no_geo;
    let threads = args.input.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;

    let out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(BufWriter::new(
            File::create(p).with_context(|| format!("creating {}", p.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
    let mut sink: Box<dyn Sink> = match args.format {
        Format::Jsonl => Box::new(JsonlSink::new(out)),
        Format::Tsv => Box::new(TsvSink::new(out)),
    };
    let mut rejects = args.input.rejects_file()?;
    let bar = if !args.quiet && io::stderr().is_terminal() {
        let b = ProgressBar::new_spinner();
        b.set_style(
            ProgressStyle::with_template("{spinner} {elapsed} {pos} stories {per_sec} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        Some(b)
    } else {
        None
    };

    let start = Instant::now();
    let mut summary = Summary::default();
    let mut batch: Vec<Story> = Vec::with_capacity(BATCH);
    let flush = |batch: &mut Vec<Story>,
                 summary: &mut Summary,
                 sink: &mut Box<dyn Sink>|
     -> io::Result<()> {
        let results: Vec<StoryResult> =
            pool.install(|| batch.par_iter().map(|s| coder.code(s)).collect());
        for (s, r) in batch.iter().zip(&results) {
            summary.coded += 1;
            summary.bytes += s.text.len();
            summary.sentences += r.sentences;
            summary.events += r.events.len();
            sink.story(r)?;
        }
        if let Some(b) = &bar {
            b.inc(batch.len() as u64);
            b.set_message(format!("{} events", summary.events));
        }
        batch.clear();
        Ok(())
    };
    for src in &srcs {
        let mut on_record = |rec: Record| -> io::Result<()> {
            summary.read += 1;
            match rec {
                Record::Story(s) => {
                    batch.push(s);
                    if batch.len() >= BATCH {
                        flush(&mut batch, &mut summary, &mut sink)?;
                    }
                }
                Record::Rejected(r) => {
                    summary.rejected += 1;
                    write_reject(&mut rejects, &r)?;
                }
            }
            Ok(())
        };
        if let Err(e) = read_source(src, &opts, &mut on_record) {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return Ok(ExitCode::SUCCESS);
            }
            return Err(anyhow::anyhow!("{}: {e}", src.name()));
        }
    }
    if let Err(e) = flush(&mut batch, &mut summary, &mut sink).and_then(|_| sink.finish()) {
        if e.kind() != io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    if let Some(r) = rejects.as_mut() {
        r.flush()?;
    }
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "dyad: {} stories read, {} coded, {} rejected; {} sentences, {} events; {:.2} s, {:.0} stories/s",
        summary.read,
        summary.coded,
        summary.rejected,
        summary.sentences,
        summary.events,
        secs,
        summary.coded as f64 / secs.max(1e-9)
    );
    // The process ends here: freeing a classic dictionary's hundreds of
    // thousands of compiled allocations one by one would only cost time.
    std::mem::forget(coder);
    Ok(if summary.rejected > 0 {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// Writes a rejected record to `--rejects`, or reports it on stderr.
pub(crate) fn write_reject(out: &mut Option<BufWriter<File>>, r: &Rejected) -> io::Result<()> {
    match out {
        Some(w) => {
            serde_json::to_writer(&mut *w, r)?;
            w.write_all(b"\n")
        }
        None => {
            eprintln!(
                "dyad: rejected {} line {}{}: {}",
                r.file,
                r.line,
                r.id.as_ref()
                    .map(|i| format!(" (id {i})"))
                    .unwrap_or_default(),
                r.reason
            );
            Ok(())
        }
    }
}
