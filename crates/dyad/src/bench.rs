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
    /// With --lexicon: rounds of the alternating built-in / --lexicon comparison
    /// (the fastest round of each counts).
    #[arg(long, default_value_t = 3)]
    pub rounds: usize,
    /// Also measure a coder with these lexicons (petrarch:DIR, …), alternating
    /// with the built-in one in the same run, and report their throughput ratio.
    #[command(flatten)]
    pub lexicon: crate::lexicon_cmd::LexiconArgs,
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
    let comparison = if args.lexicon.lexicon.is_empty() {
        None
    } else {
        Some(compare(&args, &pool, &stories)?)
    };
    let result = match comparison.as_ref().map(serde_json::to_value).transpose()? {
        Some(c) => {
            let mut r = result;
            r["lexicon_comparison"] = c;
            r
        }
        None => result,
    };
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
        if let Some(c) = &comparison {
            println!(
                "lexicon {}: loaded in {:.0} ms; {} events; {} paired timings ({} rounds): \
                 {:.0} stories/s vs built-in {:.0} stories/s; median ratio {:.3} \
                 (quartiles {:.3}, {:.3}) of the built-in throughput",
                c.lexicon,
                c.startup_seconds * 1000.0,
                c.events,
                c.pairs,
                c.rounds,
                c.stories_per_second,
                c.builtin_stories_per_second,
                c.throughput_ratio,
                c.throughput_ratio_quartiles[0],
                c.throughput_ratio_quartiles[1]
            );
        }
        match peak_rss_mb() {
            Some(mb) => println!("peak RSS: {mb:.0} MB"),
            None => println!("peak RSS: unavailable on this platform"),
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Built-in lexicon against `--lexicon` on the same stories and threads.
#[derive(serde::Serialize)]
struct Comparison {
    lexicon: String,
    startup_seconds: f64,
    rounds: usize,
    /// Timed pairs: each copy of the corpus in each round, coded by both.
    pairs: usize,
    events: usize,
    seconds: f64,
    stories_per_second: f64,
    builtin_seconds: f64,
    builtin_stories_per_second: f64,
    /// Median over the pairs of (built-in time / `--lexicon` time): the
    /// `--lexicon` coder's throughput as a share of the built-in one's.
    throughput_ratio: f64,
    /// First and third quartiles of the pairs' ratios.
    throughput_ratio_quartiles: [f64; 2],
}

/// Codes each copy of the corpus with both coders back to back (the order
/// alternating), `rounds` times over. A pair takes a fraction of a second, so
/// both of its halves see the same machine: the median of the pairs' ratios
/// stays steady on a shared machine whose speed drifts over seconds, where
/// two long timings would not.
fn compare(
    args: &BenchArgs,
    pool: &rayon::ThreadPool,
    stories: &[&Story],
) -> anyhow::Result<Comparison> {
    let t = Instant::now();
    let other = crate::lexicon_cmd::coder(&args.lexicon)?;
    let startup_seconds = t.elapsed().as_secs_f64();
    let builtin = Coder::builtin().context("loading the lexicon")?;
    let time = |coder: &Coder, copy: &[&Story]| {
        let t = Instant::now();
        let events: usize =
            pool.install(|| copy.par_iter().map(|s| coder.code(s).events.len()).sum());
        (t.elapsed().as_secs_f64(), events)
    };
    let copy_len = (stories.len() / args.replicate.max(1)).max(1);
    let rounds = args.rounds.max(1);
    let (mut secs, mut builtin_secs, mut events) = (0.0, 0.0, 0);
    let mut ratios = Vec::new();
    for round in 0..rounds {
        for (k, copy) in stories.chunks(copy_len).enumerate() {
            let (a, (b, n)) = if (round + k) % 2 == 0 {
                let a = time(&builtin, copy).0;
                (a, time(&other, copy))
            } else {
                let b = time(&other, copy);
                (time(&builtin, copy).0, b)
            };
            builtin_secs += a;
            secs += b;
            if round == 0 {
                events += n;
            }
            ratios.push(a / b.max(1e-12));
        }
    }
    ratios.sort_by(f64::total_cmp);
    let at = |q: f64| ratios[((ratios.len() - 1) as f64 * q).round() as usize];
    let n = (stories.len() * rounds) as f64;
    Ok(Comparison {
        lexicon: args.lexicon.lexicon.join(", "),
        startup_seconds,
        rounds,
        pairs: ratios.len(),
        events,
        seconds: secs,
        stories_per_second: n / secs,
        builtin_seconds: builtin_secs,
        builtin_stories_per_second: n / builtin_secs,
        throughput_ratio: at(0.5),
        throughput_ratio_quartiles: [at(0.25), at(0.75)],
    })
}
