//! `dyad lexicon import|check` and the `--lexicon SPEC` option of `code` and
//! `eval`: classic PETRARCH-2 / TABARI dictionaries (dyad-classic) and dyad
//! `.lex` files, layered over the built-in lexicon.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::{Args, Subcommand};
use dyad_classic::{load_spec, Import, Options};
use dyad_coder::Coder;
use dyad_lexicon::{Compiled, Lexicon};

/// Lexicon options shared by `code` and `eval`.
#[derive(Args, Debug, Clone, Default)]
pub struct LexiconArgs {
    /// Extra lexicon: petrarch:DIR, tabari:PROJECT or a .lex file/directory.
    /// Repeatable; layered over the built-in lexicon in the order given.
    #[arg(long = "lexicon", value_name = "SPEC")]
    pub lexicon: Vec<String>,
    /// Use only the --lexicon specs, not the built-in lexicon.
    #[arg(long)]
    pub no_builtin: bool,
    /// Skip (and count) malformed dictionary lines instead of failing.
    #[arg(long)]
    pub lenient: bool,
    /// Code as PETRARCH and TABARI do: only dyadic events (a source and a
    /// target), and modal, planned, intended and negated acts as the act
    /// itself (their dictionaries handle negation with their own patterns),
    /// actors coded only as the dictionaries name them (an agent word that
    /// modifies a noun, "the official news agency", counts), comma-delimited
    /// clauses of 2 to 8 words dropped between commas and at the end
    /// (PETRARCH's defaults), an infinitive complement or subordinate clause
    /// ("urged Bree to help", "… after crowds burned down its embassy") read as
    /// part of the verb before it. By default dyad also codes one-sided events,
    /// codes intentions as 03/13, drops negated, possible and plotted acts,
    /// gives country-less actors the country an event implies, and reads
    /// every clause.
    #[arg(long)]
    pub classic: bool,
}

#[derive(Subcommand)]
pub enum LexiconCmd {
    /// Convert PETRARCH-2 or TABARI dictionaries into a dyad .lex file.
    Import(ImportArgs),
    /// Lint lexicons: duplicates, conflicts, unreachable verb patterns (exit 2 on findings).
    Check(CheckArgs),
}

#[derive(Args)]
pub struct ImportArgs {
    /// petrarch:DIR or tabari:PROJECT (repeatable).
    #[arg(long = "from", required = true, value_name = "SPEC")]
    pub from: Vec<String>,
    /// Output .lex file.
    #[arg(short, long)]
    pub output: PathBuf,
    #[arg(long)]
    pub lenient: bool,
    /// Print every note (file:line) instead of counts only.
    #[arg(long)]
    pub notes: bool,
}

#[derive(Args)]
pub struct CheckArgs {
    /// .lex files, petrarch:DIR or tabari:PROJECT; none = the built-in lexicon.
    pub specs: Vec<String>,
    /// Check the given specs together with the built-in lexicon.
    #[arg(long)]
    pub with_builtin: bool,
    #[arg(long)]
    pub lenient: bool,
    /// Accepted and ignored: linting codes nothing, so `--classic` (see
    /// `dyad code --help`) changes no finding.
    #[arg(long, hide = true)]
    pub classic: bool,
}

pub fn run(cmd: LexiconCmd) -> anyhow::Result<ExitCode> {
    match cmd {
        LexiconCmd::Import(a) => import(a),
        LexiconCmd::Check(a) => check(a),
    }
}

fn load_all(specs: &[String], lenient: bool) -> anyhow::Result<Import> {
    let mut out = Import::default();
    for s in specs {
        out.extend(load_spec(s, Options { lenient }).with_context(|| format!("reading {s}"))?);
    }
    Ok(out)
}

fn import(a: ImportArgs) -> anyhow::Result<ExitCode> {
    let t = Instant::now();
    let mut imp = load_all(&a.from, a.lenient)?;
    let text = dyad_classic::to_lex(&imp.lexicon, &mut imp.notes);
    // What we write must read back.
    dyad_lexicon::parse(&text, &a.output.display().to_string())
        .context("the converted lexicon does not parse (a bug in the converter)")?;
    std::fs::write(&a.output, text).with_context(|| format!("writing {}", a.output.display()))?;
    if a.notes {
        for n in &imp.notes {
            eprintln!("{n}");
        }
    }
    eprintln!(
        "dyad: imported {} in {:.0} ms → {}\n{}",
        a.from.join(", "),
        t.elapsed().as_secs_f64() * 1000.0,
        a.output.display(),
        imp.summary()
    );
    Ok(ExitCode::SUCCESS)
}

fn check(a: CheckArgs) -> anyhow::Result<ExitCode> {
    let mut lex = Lexicon::default();
    if a.specs.is_empty() || a.with_builtin {
        lex.extend(dyad_lexicon::builtin()?);
    }
    lex.extend(load_all(&a.specs, a.lenient)?.lexicon);
    let findings = dyad_classic::check(&lex);
    let mut counts = std::collections::BTreeMap::new();
    for f in &findings {
        println!("{f}");
        *counts.entry(f.kind.to_string()).or_insert(0usize) += 1;
    }
    eprintln!(
        "dyad: {} entries checked; {}",
        lex.entries.len(),
        if counts.is_empty() {
            "no findings".to_string()
        } else {
            counts
                .iter()
                .map(|(k, n)| format!("{n} {k}"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    );
    Ok(if findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

/// The coder for `code`/`eval`: the built-in lexicon (unless `--no-builtin`)
/// with the `--lexicon` specs layered over it. Reports load time when specs
/// are given.
pub fn coder(args: &LexiconArgs) -> anyhow::Result<Coder> {
    let mut coder = lexicon_coder(args)?;
    if args.classic {
        coder.classic_mood = true;
        coder.min_actors = 2;
        coder.infer_countries = false;
        coder.mention_rules.modifier_agents = true;
        coder.suite.comma_clauses = Some(dyad_text::CommaClauses::PETRARCH);
        coder.code_complements = false;
    }
    Ok(coder)
}

fn lexicon_coder(args: &LexiconArgs) -> anyhow::Result<Coder> {
    if args.lexicon.is_empty() && !args.no_builtin {
        return Coder::builtin().context("loading the lexicon");
    }
    let t = Instant::now();
    let mut lex = Lexicon::default();
    if !args.no_builtin {
        lex.extend(dyad_lexicon::builtin()?);
    }
    let imp = load_all(&args.lexicon, args.lenient)?;
    let read = t.elapsed();
    let n = imp.notes.len();
    let counts = imp.summary();
    lex.extend(imp.lexicon);
    let compiled = Compiled::new(&lex).context("compiling the lexicon")?;
    eprintln!(
        "dyad: lexicon {} read in {:.0} ms, compiled in {:.0} ms ({} notes) — {}",
        args.lexicon.join(", "),
        read.as_secs_f64() * 1000.0,
        (t.elapsed() - read).as_secs_f64() * 1000.0,
        n,
        counts.replace('\n', "\n  ")
    );
    Ok(Coder::new(compiled))
}

/// An event actor's country for scoring; for a code outside dyad's codebook
/// (a classic dictionary's own codes, such as the validation suites' invented
/// countries) the first three letters, as the suites score them.
pub fn country_of(a: &dyad_coder::ActorRecord) -> Option<String> {
    a.country.clone().or_else(|| {
        dyad_ontology::parse_actor_code(&a.code)
            .is_err()
            .then(|| a.code.get(..3).map(str::to_string))
            .flatten()
            // A new actor's quoted text (`"THE MINISTRY"`) names no country.
            .filter(|c| c.bytes().all(|b| b.is_ascii_uppercase()))
    })
}
