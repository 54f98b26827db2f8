//! `dyad bench`: throughput and peak memory on a corpus, with a tokenizer-only
//! baseline measured in the same run so ratios survive noisy machines.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::Args;
use rayon::prelude::*;

use dyad_coder::{Coder, Story};

use crate::input::{read_source, InputOptions, Record, Source};

#[derive(Args)]
pub struct BenchArgs {
    /// Corpus of JSONL stories.
    #[arg(long, default_value = "../shared/corpus/voa/voa_stories.jsonl")]
    pub corpus: PathBuf,
    /// How many times to replicate the corpus.
    #[arg(long, default_value_t = 40)]
    pub replicate: usize,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Peak resident set size of this process, from /proc (Linux); None elsewhere.
pub fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

pub fn run(args: BenchArgs) -> anyhow::Result<ExitCode> {
    let t0 = Instant::now();
    let coder = Coder::builtin().context("loading the lexicon")?;
    let startup = t0.elapsed().as_secs_f64();
    let opts = InputOptions {
        default_date: None,
        max_story_bytes: usize::MAX,
    };
    let mut base: Vec<Story> = Vec::new();
    read_source(&Source::Jsonl(args.corpus.clone()), &opts, &mut |r| {
        if let Record::Story(s) = r {
            base.push(s);
        }
        Ok(())
    })
    .with_context(|| format!("reading {}", args.corpus.display()))?;
    anyhow::ensure!(!base.is_empty(), "{}: no stories", args.corpus.display());
    let stories: Vec<&Story> = (0..args.replicate.max(1))
        .flat_map(|_| base.iter())
        .collect();
    let bytes: usize = stories.iter().map(|s| s.text.len()).sum();
    let threads = args.threads.unwrap_or_else(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    });
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?;

    // Baseline: sentence split + tokenize only, same threads, same stories.
    let t = Instant::now();
    let tokens: usize = pool.install(|| {
        stories
            .par_iter()
            .map(|s| {
                dyad_text::split_sentences(&s.text)
                    .iter()
                    .map(|x| dyad_text::tokenize(&s.text, x).len())
                    .sum::<usize>()
            })
            .sum()
    });
    let base_secs = t.elapsed().as_secs_f64();

    // The coder without geolocation, for the geolocation overhead.
    let mut plain = Coder::builtin().context("loading the lexicon")?;
    plain.geolocate = false;
    let t = Instant::now();
    pool.install(|| stories.par_iter().for_each(|s| drop(plain.code(s))));
    let plain_secs = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let (sentences, events) = pool.install(|| {
        stories
            .par_iter()
            .map(|s| {
                let r = coder.code(s);
                (r.sentences, r.events.len())
            })
            .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
    });
    let secs = t.elapsed().as_secs_f64();
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let result = serde_json::json!({
        "corpus": args.corpus.display().to_string(),
        "replicate": args.replicate,
        "stories": stories.len(),
        "megabytes": bytes as f64 / 1e6,
        "sentences": sentences,
        "tokens": tokens,
        "events": events,
        "cores": cores,
        "threads": threads,
        "startup_seconds": startup,
        "seconds": secs,
        "stories_per_second": stories.len() as f64 / secs,
        "megabytes_per_second": bytes as f64 / 1e6 / secs,
        "baseline_tokenize_seconds": base_secs,
        "coder_vs_tokenize_ratio": secs / base_secs.max(1e-9),
        "no_geo_seconds": plain_secs,
        "geolocation_overhead": secs / plain_secs.max(1e-9) - 1.0,
        "peak_rss_mb": peak_rss_mb(),
    });
    if args.json {
        println!("{}", serde_json::to_string_pretty(&result)?);
    } else {
        println!(
            "dyad bench: {} stories ({:.1} MB, {} x {}), {} sentences, {} events",
            stories.len(),
            bytes as f64 / 1e6,
            base.len(),
            args.replicate,
            sentences,
            events
        );
        println!(
            "machine: {cores} cores, {threads} threads; start-up {:.0} ms",
            startup * 1000.0
        );
        println!(
            "coder: {:.2} s, {:.0} stories/s, {:.2} MB/s",
            secs,
            stories.len() as f64 / secs,
            bytes as f64 / 1e6 / secs
        );
        println!(
            "baseline (split + tokenize only): {:.2} s; coder takes {:.1}x the baseline",
            base_secs,
            secs / base_secs.max(1e-9)
        );
        println!(
            "without geolocation: {:.2} s, {:.0} stories/s; geolocation adds {:.0}%",
            plain_secs,
            stories.len() as f64 / plain_secs,
            (secs / plain_secs.max(1e-9) - 1.0) * 100.0
        );
        match peak_rss_mb() {
            Some(mb) => println!("peak RSS: {mb:.0} MB"),
            None => println!("peak RSS: unavailable on this platform"),
        }
    }
    Ok(ExitCode::SUCCESS)
}
