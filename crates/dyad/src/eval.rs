//! `dyad eval`: the coder against gold sets.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use dyad_coder::{Coder, Story, SuiteOptions};
use dyad_eval::{evaluate, load_gold, ActorLookup, EvalOptions, GoldSentence, PredictedEvent};

#[derive(Args)]
pub struct EvalArgs {
    /// Gold JSONL files (or directories of them).
    #[arg(required = true)]
    pub gold: Vec<PathBuf>,
    /// Print reports as JSON (one object per gold file, in a JSON array).
    #[arg(long)]
    pub json: bool,
    /// Per-sentence diffs for sentences with errors.
    #[arg(long)]
    pub explain: bool,
    /// Bootstrap resamples for the 95% intervals (0 = none).
    #[arg(long, default_value_t = 1000)]
    pub bootstrap: usize,
    #[arg(long, default_value_t = 42)]
    pub seed: u64,
    #[command(flatten)]
    pub lexicon: crate::lexicon_cmd::LexiconArgs,
}

/// The real coder behind the evaluation interface.
struct DyadCoder {
    coder: Coder,
}

impl DyadCoder {
    fn code_with(
        &self,
        text: &str,
        date: Option<&str>,
        suite: SuiteOptions,
    ) -> Vec<PredictedEvent> {
        let date = date
            .and_then(|d| dyad_coder::dates::parse_story_date(d).ok())
            .unwrap_or_else(|| chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default());
        let story = Story::new("eval", text, date);
        self.coder
            .code_with(&story, suite)
            .events
            .into_iter()
            .map(|e| PredictedEvent {
                source_country: e.source.as_ref().and_then(crate::lexicon_cmd::country_of),
                target_country: e.target.as_ref().and_then(crate::lexicon_cmd::country_of),
                source_code: e.source.as_ref().map(full_code),
                target_code: e.target.as_ref().map(full_code),
                plover_type: e.plover.as_ref().map(|p| p.event_type.clone()),
                source_text: e.source.map(|a| a.text),
                target_text: e.target.map(|a| a.text),
                trigger: Some(e.trigger.text),
                cameo: e.cameo,
            })
            .collect()
    }
}

impl dyad_eval::Coder for DyadCoder {
    fn code(&self, text: &str, date: Option<&str>) -> Vec<PredictedEvent> {
        self.code_with(text, date, self.coder.suite)
    }

    /// A suite's option records in force for the sentence replace the
    /// coder's own settings.
    fn code_gold(&self, g: &GoldSentence) -> Vec<PredictedEvent> {
        let own = self.coder.suite;
        let suite = SuiteOptions {
            comma_clauses: g.comma_clauses.or(own.comma_clauses),
            new_actor_length: g.new_actor_length.unwrap_or(own.new_actor_length),
        };
        self.code_with(&g.text, g.date.as_deref(), suite)
    }

    fn lookup_actor(&self, mention: &str) -> Option<ActorLookup> {
        let a = self.coder.analyze(
            mention,
            dyad_text::Sentence {
                index: 0,
                start: 0,
                end: mention.len(),
            },
        );
        let first_country = a.mentions.iter().find_map(|m| m.country.clone());
        let first_sector = a.mentions.iter().find_map(|m| m.sector.clone());
        Some(ActorLookup {
            country: first_country,
            agent: first_sector,
        })
    }
}

/// An actor's full code as the classic suites write it: `---GOV` for a sector
/// without a country.
fn full_code(a: &dyad_coder::ActorRecord) -> String {
    // A new actor's code is its quoted text (`"THE MINISTRY OF MAGIC"`).
    if a.code.starts_with('"') {
        a.code.clone()
    } else if a.country.is_none() && crate::lexicon_cmd::country_of(a).is_none() {
        format!("---{}", a.code)
    } else {
        a.code.clone()
    }
}

fn expand(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)
                .with_context(|| format!("reading {}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "jsonl"))
                .collect();
            files.sort();
            out.extend(files);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    // Type-only (actorless) events are kept for root/type accuracy; dyad-eval
    // leaves them out of triple and country scores. `--classic` codes dyadic
    // events only, as the classic coders and their suites do.
    let mut inner = crate::lexicon_cmd::coder(&args.lexicon)?;
    // `--classic`: dyadic events only, unless a suite's option records say
    // otherwise for some of its sentences (PETRARCH's `require_dyad`), so the
    // coder keeps one-sided events and the evaluation drops them where due.
    inner.min_actors = if args.lexicon.classic { 1 } else { 0 };
    let coder = DyadCoder { coder: inner };
    let opts = EvalOptions {
        bootstrap_samples: args.bootstrap,
        seed: args.seed,
        explain: args.explain,
        require_dyad: args.lexicon.classic,
    };
    let mut reports = Vec::new();
    for path in expand(&args.gold)? {
        let set = load_gold(&path)?;
        let report = evaluate(&set, &coder, &opts);
        if args.json {
            reports.push(serde_json::to_value(&report)?);
        } else {
            println!("{}", report.to_text());
        }
    }
    if args.json {
        println!("{}", serde_json::to_string_pretty(&reports)?);
    }
    Ok(ExitCode::SUCCESS)
}
