//! The evaluation report: serializable for `--json`, printable with
//! [`Report::to_text`].

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde::Serialize;

use crate::gold::SetKind;

/// A (source country, target country, code) triple. `code` is a CAMEO root
/// (`"04"`) or a PLOVER type (`"CONSULT"`); countries are normalized
/// (`"---"` when unknown).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Triple {
    pub source: String,
    pub target: String,
    pub code: String,
}

impl std::fmt::Display for Triple {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} -> {} {}", self.source, self.target, self.code)
    }
}

/// A 95% percentile bootstrap interval.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Interval {
    pub lower: f64,
    pub upper: f64,
}

/// Micro precision/recall/F1 over matched items. Ratios with a zero
/// denominator are reported as 0.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrfScore {
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Bootstrap interval for F1 (triples only; `None` when not computed).
    pub f1_ci: Option<Interval>,
}

impl PrfScore {
    /// Builds the ratios from counts.
    pub fn from_counts(tp: usize, fp: usize, fn_: usize) -> Self {
        let (precision, recall, f1) = prf(tp, fp, fn_);
        PrfScore {
            tp,
            fp,
            fn_,
            precision,
            recall,
            f1,
            f1_ci: None,
        }
    }
}

/// (precision, recall, F1) from counts; 0 where a denominator is 0.
pub fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let p = ratio(tp, tp + fp);
    let r = ratio(tp, tp + fn_);
    let f1 = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f1)
}

/// `correct / total`; 0 when `total` is 0.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AccuracyScore {
    pub correct: usize,
    pub total: usize,
    pub accuracy: f64,
    pub ci: Option<Interval>,
}

impl AccuracyScore {
    pub fn new(correct: usize, total: usize) -> Self {
        AccuracyScore {
            correct,
            total,
            accuracy: if total == 0 {
                0.0
            } else {
                correct as f64 / total as f64
            },
            ci: None,
        }
    }
}

/// Precision/recall of one ConfliBERT class, from the confusion matrix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClassScore {
    pub class: u8,
    pub name: String,
    /// Sentences whose gold class is this one (row sum).
    pub gold: usize,
    /// Sentences predicted as this class (column sum).
    pub predicted: usize,
    pub correct: usize,
    pub precision: f64,
    pub recall: f64,
}

/// ConfliBERT five-class results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PentaclassScore {
    /// Class of the first predicted event vs the gold class(es).
    pub accuracy: AccuracyScore,
    /// Any predicted event's class among the gold classes.
    pub any_accuracy: AccuracyScore,
    /// Class names, indexed by class.
    pub labels: Vec<String>,
    /// 5 rows (gold class) × 6 columns (predicted class 0–4, then "none" for no
    /// prediction or a root outside 01–20).
    pub confusion: Vec<Vec<usize>>,
    pub per_class: Vec<ClassScore>,
}

/// Gold root × predicted root (first prediction) counts; the last predicted
/// label is `"none"`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RootConfusion {
    pub gold_roots: Vec<String>,
    pub predicted_roots: Vec<String>,
    /// `counts[gold][predicted]`.
    pub counts: Vec<Vec<usize>>,
}

/// Results on the NGEC actor-lookup cases.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorLookupScore {
    /// False when the coder answered no case (`Coder::lookup_actor` not
    /// implemented); the accuracies are then `None`.
    pub supported: bool,
    /// `search_nat` cases: mention → country.
    pub country: Option<AccuracyScore>,
    /// `short_text_to_agent` cases: mention → agent code.
    pub agent: Option<AccuracyScore>,
    /// Cases not scored, by reason.
    pub skipped: BTreeMap<String, usize>,
    /// Failed cases (only with `explain`).
    pub failures: Vec<ActorFailure>,
}

/// One failed actor-lookup case.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorFailure {
    pub line: usize,
    pub test: String,
    pub method: String,
    pub mention: String,
    pub expected: String,
    pub got: Option<String>,
}

/// Whether a gold or predicted item was matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffStatus {
    /// Matched one-to-one.
    Matched,
    /// Gold item with no matching prediction.
    Missing,
    /// Prediction with no matching gold item.
    Extra,
    /// Not scored as a triple (pentaclass sets; PLOVER predictions without a type).
    Unscored,
}

/// One gold or predicted item in a sentence diff.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DiffItem {
    pub status: DiffStatus,
    /// The scored triple, when triples apply.
    pub triple: Option<Triple>,
    /// Full code: the gold label, or the predicted CAMEO code (plus PLOVER type).
    pub code: String,
    pub source_text: Option<String>,
    pub target_text: Option<String>,
    pub trigger: Option<String>,
}

/// Per-sentence differences, for sentences with any error.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceDiff {
    pub line: usize,
    pub id: String,
    pub text: String,
    pub gold: Vec<DiffItem>,
    pub predicted: Vec<DiffItem>,
    /// Human-readable notes on what went wrong beyond triple matching.
    pub problems: Vec<String>,
}

/// Totals.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Counts {
    pub sentences: usize,
    pub gold_events: usize,
    /// Gold triples after expanding actor lists (0 where triples do not apply).
    pub gold_triples: usize,
    pub predicted_events: usize,
    /// Sentences with no gold event (chances for false positives).
    pub no_event_sentences: usize,
    /// Sentences for which the coder returned nothing.
    pub sentences_without_prediction: usize,
    /// PLOVER sets: predicted events with neither a PLOVER type nor a CAMEO code
    /// that maps to one (CAMEO 01/02); left out of PLOVER scoring.
    pub predicted_without_plover_type: usize,
    pub actor_cases: usize,
}

/// Bootstrap settings used.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BootstrapInfo {
    pub samples: usize,
    pub seed: u64,
    pub level: f64,
}

/// Evaluation of one coder on one gold set. Only the metrics that apply to the
/// set's kind are present.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub set: String,
    pub path: String,
    pub kind: SetKind,
    pub counts: Counts,
    /// What the third element of a triple is: `"CAMEO root"` or `"PLOVER type"`.
    pub triple_code: Option<String>,
    pub triples: Option<PrfScore>,
    /// Classic suites: (source code, target code, event code) with full codes.
    pub exact_triples: Option<PrfScore>,
    /// Classic suites: records whose exact triples were all found, with
    /// nothing extra ("no event" records: nothing coded).
    pub records_correct: Option<AccuracyScore>,
    pub source_country: Option<PrfScore>,
    pub target_country: Option<PrfScore>,
    /// First predicted event's root among the gold roots (CAMEO sets).
    pub root_accuracy: Option<AccuracyScore>,
    /// Any predicted event's root among the gold roots (CAMEO sets).
    pub root_any_accuracy: Option<AccuracyScore>,
    /// First predicted event's PLOVER type among the gold types (PLOVER sets).
    pub plover_accuracy: Option<AccuracyScore>,
    /// Any predicted event's PLOVER type among the gold types (PLOVER sets).
    pub plover_any_accuracy: Option<AccuracyScore>,
    pub pentaclass: Option<PentaclassScore>,
    pub root_confusion: Option<RootConfusion>,
    pub actor_lookup: Option<ActorLookupScore>,
    pub bootstrap: BootstrapInfo,
    pub notes: Vec<String>,
    /// Only with `explain`.
    pub diffs: Vec<SentenceDiff>,
}

fn fmt_ci(ci: Option<Interval>) -> String {
    match ci {
        Some(ci) => format!("  95% CI [{:.3}, {:.3}]", ci.lower, ci.upper),
        None => String::new(),
    }
}

fn prf_line(out: &mut String, label: &str, s: &PrfScore) {
    let _ = writeln!(
        out,
        "  {label:<28} P {:.3}  R {:.3}  F1 {:.3}   (TP {}, FP {}, FN {}){}",
        s.precision,
        s.recall,
        s.f1,
        s.tp,
        s.fp,
        s.fn_,
        fmt_ci(s.f1_ci)
    );
}

fn acc_line(out: &mut String, label: &str, s: &AccuracyScore) {
    let _ = writeln!(
        out,
        "  {label:<28} {:.3}   ({}/{}){}",
        s.accuracy,
        s.correct,
        s.total,
        fmt_ci(s.ci)
    );
}

fn quote(s: &Option<String>) -> String {
    match s {
        Some(s) => format!("{s:?}"),
        None => "-".to_string(),
    }
}

fn diff_item_line(out: &mut String, side: &str, item: &DiffItem) {
    let mark = match item.status {
        DiffStatus::Matched => "ok     ",
        DiffStatus::Missing => "MISSING",
        DiffStatus::Extra => "EXTRA  ",
        DiffStatus::Unscored => "       ",
    };
    let triple = item
        .triple
        .as_ref()
        .map(|t| format!("{t:<22}"))
        .unwrap_or_default();
    let _ = write!(out, "    {side} {mark} {triple} [{}]", item.code);
    if item.source_text.is_some() || item.target_text.is_some() {
        let _ = write!(
            out,
            "  src={} tgt={}",
            quote(&item.source_text),
            quote(&item.target_text)
        );
    }
    if item.trigger.is_some() {
        let _ = write!(out, "  trigger={}", quote(&item.trigger));
    }
    out.push('\n');
}

impl Report {
    /// Human-readable summary tables (and diffs, when explained).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let c = &self.counts;
        let _ = writeln!(out, "== {} ({}) — {}", self.set, self.kind, self.path);
        if self.kind == SetKind::ActorCases {
            let _ = writeln!(out, "  actor cases scored: {}", c.actor_cases);
        } else {
            let _ = writeln!(
                out,
                "  sentences {} (no gold event: {}), gold events {}{}, predicted events {} (sentences without prediction: {})",
                c.sentences,
                c.no_event_sentences,
                c.gold_events,
                if self.triples.is_some() {
                    format!(" ({} triples)", c.gold_triples)
                } else {
                    String::new()
                },
                c.predicted_events,
                c.sentences_without_prediction
            );
        }
        if let Some(t) = &self.triples {
            let label = format!(
                "triples (src, tgt, {})",
                self.triple_code.as_deref().unwrap_or("code")
            );
            prf_line(&mut out, &label, t);
        }
        if let Some(t) = &self.exact_triples {
            prf_line(&mut out, "exact (src, tgt, event code)", t);
        }
        if let Some(a) = &self.records_correct {
            acc_line(&mut out, "records fully correct", a);
        }
        if let Some(s) = &self.source_country {
            prf_line(&mut out, "source country", s);
        }
        if let Some(s) = &self.target_country {
            prf_line(&mut out, "target country", s);
        }
        if let Some(a) = &self.root_accuracy {
            acc_line(&mut out, "root accuracy (first event)", a);
        }
        if let Some(a) = &self.root_any_accuracy {
            acc_line(&mut out, "root accuracy (any event)", a);
        }
        if let Some(a) = &self.plover_accuracy {
            acc_line(&mut out, "PLOVER type acc. (first)", a);
        }
        if let Some(a) = &self.plover_any_accuracy {
            acc_line(&mut out, "PLOVER type acc. (any)", a);
        }
        if let Some(p) = &self.pentaclass {
            acc_line(&mut out, "5-class accuracy (first)", &p.accuracy);
            acc_line(&mut out, "5-class accuracy (any)", &p.any_accuracy);
            let _ = writeln!(out, "  5-class confusion (rows gold, columns predicted):");
            let _ = writeln!(
                out,
                "    {:<6}{:>6}{:>6}{:>6}{:>6}{:>6}{:>6}    {:>6} {:>6}",
                "gold", "0", "1", "2", "3", "4", "none", "P", "R"
            );
            for (class, row) in p.confusion.iter().enumerate() {
                let _ = write!(out, "    {class:<6}");
                for n in row {
                    let _ = write!(out, "{n:>6}");
                }
                if let Some(cs) = p.per_class.get(class) {
                    let _ = write!(out, "    {:>6.3} {:>6.3}", cs.precision, cs.recall);
                }
                out.push('\n');
            }
        }
        if let Some(rc) = &self.root_confusion {
            let _ = writeln!(
                out,
                "  root confusion (rows gold root, columns first predicted root):"
            );
            let _ = write!(out, "    {:<6}", "gold");
            for p in &rc.predicted_roots {
                let _ = write!(out, "{p:>5}");
            }
            out.push('\n');
            for (g, row) in rc.gold_roots.iter().zip(&rc.counts) {
                let _ = write!(out, "    {g:<6}");
                for n in row {
                    if *n == 0 {
                        let _ = write!(out, "{:>5}", ".");
                    } else {
                        let _ = write!(out, "{n:>5}");
                    }
                }
                out.push('\n');
            }
        }
        if let Some(a) = &self.actor_lookup {
            if let Some(s) = &a.country {
                acc_line(&mut out, "mention -> country", s);
            }
            if let Some(s) = &a.agent {
                acc_line(&mut out, "mention -> agent", s);
            }
            for (reason, n) in &a.skipped {
                let _ = writeln!(out, "  skipped {n}: {reason}");
            }
            for f in &a.failures {
                let _ = writeln!(
                    out,
                    "  FAIL line {} {} {}({:?}): expected {}, got {}",
                    f.line,
                    f.test,
                    f.method,
                    f.mention,
                    f.expected,
                    f.got.as_deref().unwrap_or("nothing")
                );
            }
        }
        if self.bootstrap.samples > 0 && self.kind != SetKind::ActorCases {
            let _ = writeln!(
                out,
                "  (bootstrap: {} resamples of sentences, seed {})",
                self.bootstrap.samples, self.bootstrap.seed
            );
        }
        for note in &self.notes {
            let _ = writeln!(out, "  note: {note}");
        }
        if !self.diffs.is_empty() {
            let _ = writeln!(out, "\n-- sentences with errors: {}", self.diffs.len());
            for d in &self.diffs {
                let _ = writeln!(out, "  [line {}] {}", d.line, d.id);
                let _ = writeln!(out, "    text: {}", d.text);
                if d.gold.is_empty() {
                    let _ = writeln!(out, "    gold (no event)");
                }
                for item in &d.gold {
                    diff_item_line(&mut out, "gold", item);
                }
                if d.predicted.is_empty() {
                    let _ = writeln!(out, "    pred (nothing)");
                }
                for item in &d.predicted {
                    diff_item_line(&mut out, "pred", item);
                }
                for p in &d.problems {
                    let _ = writeln!(out, "    ! {p}");
                }
            }
        }
        out
    }
}
