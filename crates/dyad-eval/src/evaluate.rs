//! Scoring: runs the coder over a gold set and computes the metrics that apply
//! to the set's kind.

use std::collections::{BTreeMap, BTreeSet};

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

use crate::codes::{
    cameo_root, normalize_country, normalize_plover_type, pentaclass_of_code, plover_from_cameo,
    PENTACLASS_NAMES,
};
use crate::gold::{GoldActor, GoldEvent, GoldSentence, GoldSet, SetKind};
use crate::report::{
    prf, AccuracyScore, ActorFailure, ActorLookupScore, BootstrapInfo, ClassScore, Counts,
    DiffItem, DiffStatus, Interval, PentaclassScore, PrfScore, Report, RootConfusion, SentenceDiff,
    Triple,
};
use crate::{Coder, EvalOptions, PredictedEvent};

/// Column of the pentaclass confusion matrix used for "no prediction".
const NONE_CLASS: usize = 5;

/// Runs `coder` over every sentence of `set` and scores it.
///
/// Sentences are coded on a few scoped threads (the coder is `Sync`); results
/// are deterministic for a given coder, set and options.
pub fn evaluate(set: &GoldSet, coder: &dyn Coder, opts: &EvalOptions) -> Report {
    if set.kind == SetKind::ActorCases {
        return evaluate_actor_cases(set, coder, opts);
    }
    let mut predictions = run_coder(&set.sentences, coder);
    for (g, p) in set.sentences.iter().zip(&mut predictions) {
        if g.require_dyad.unwrap_or(opts.require_dyad) {
            p.retain(|e| e.source_code.is_some() && e.target_code.is_some());
        }
    }
    score_sentences(set, &predictions, opts)
}

fn run_coder(sentences: &[GoldSentence], coder: &dyn Coder) -> Vec<Vec<PredictedEvent>> {
    let code_one = |g: &GoldSentence| coder.code_gold(g);
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(8)
        .min(sentences.len());
    if threads <= 1 {
        return sentences.iter().map(code_one).collect();
    }
    let chunk = sentences.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = sentences
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(code_one).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

/// A gold triple with the texts it came from.
struct GoldItem {
    triple: Triple,
    source_text: Option<String>,
    target_text: Option<String>,
    code: String,
}

/// Expands an event's actor lists into (source, target) pairs: the Cartesian
/// product, with an empty side standing for one unknown actor; a reciprocal
/// event with no target pairs its sources with each other both ways.
fn actor_pairs(ev: &GoldEvent) -> Vec<(Option<&GoldActor>, Option<&GoldActor>)> {
    if ev.target.is_empty() && ev.reciprocal && ev.source.len() >= 2 {
        let mut pairs = Vec::new();
        for (i, a) in ev.source.iter().enumerate() {
            for (j, b) in ev.source.iter().enumerate() {
                if i != j {
                    pairs.push((Some(a), Some(b)));
                }
            }
        }
        return pairs;
    }
    let sources = side_or_unknown(&ev.source);
    let targets = side_or_unknown(&ev.target);
    let mut pairs = Vec::with_capacity(sources.len() * targets.len());
    for s in &sources {
        for t in &targets {
            pairs.push((*s, *t));
        }
    }
    pairs
}

fn side_or_unknown(actors: &[GoldActor]) -> Vec<Option<&GoldActor>> {
    if actors.is_empty() {
        vec![None]
    } else {
        actors.iter().map(Some).collect()
    }
}

fn gold_items(ev: &GoldEvent, kind: SetKind) -> Vec<GoldItem> {
    let code = match kind {
        SetKind::Plover => normalize_plover_type(&ev.code),
        _ => cameo_root(&ev.code),
    };
    let country = |a: Option<&GoldActor>| normalize_country(a.and_then(|a| a.code.as_deref()));
    let text = |a: Option<&GoldActor>| a.and_then(|a| a.text.clone());
    actor_pairs(ev)
        .into_iter()
        .map(|(s, t)| GoldItem {
            triple: Triple {
                source: country(s),
                target: country(t),
                code: code.clone(),
            },
            source_text: text(s),
            target_text: text(t),
            code: ev.code.clone(),
        })
        .collect()
}

/// A classic suite's expected events as exact (source code, target code,
/// event code) triples: full actor codes upper-cased, `---` for a missing
/// side, a quoted text for an actor the suite names only by its text (a new
/// actor, matched by a coder's quoted code for the same text).
fn gold_exact(ev: &GoldEvent) -> Vec<Triple> {
    let code = |a: Option<&GoldActor>| match a {
        None => NO_ACTOR.to_string(),
        Some(GoldActor { code: Some(c), .. }) => exact_actor(Some(c)),
        Some(GoldActor { text, .. }) => format!("{:?}", text.as_deref().unwrap_or("")),
    };
    actor_pairs(ev)
        .into_iter()
        .map(|(s, t)| Triple {
            source: code(s),
            target: code(t),
            code: ev.code.trim().to_string(),
        })
        .collect()
}

/// The code classic suites write for a missing actor.
const NO_ACTOR: &str = "---";

fn exact_actor(code: Option<&str>) -> String {
    match code.map(str::trim).filter(|c| !c.is_empty()) {
        Some(c) => c.to_uppercase(),
        None => NO_ACTOR.to_string(),
    }
}

/// A prediction as an exact triple; `None` for an actorless one (the coder's
/// own output never contains those).
fn pred_exact(p: &PredictedEvent) -> Option<Triple> {
    if p.is_actorless() {
        return None;
    }
    Some(Triple {
        source: exact_actor(p.source_code.as_deref()),
        target: exact_actor(p.target_code.as_deref()),
        code: p.cameo.trim().to_string(),
    })
}

/// The PLOVER type of a prediction: its own (legacy names mapped), else derived
/// from its CAMEO code; `None` for CAMEO 01/02.
fn predicted_plover(ev: &PredictedEvent) -> Option<String> {
    ev.plover_type
        .as_deref()
        .map(normalize_plover_type)
        .filter(|t| !t.is_empty())
        .or_else(|| plover_from_cameo(&ev.cameo).map(str::to_string))
}

/// Greedy one-to-one exact matching: each gold item takes the first unused
/// equal prediction. Returns the matched flags for gold and predictions.
fn match_triples(gold: &[Triple], pred: &[Option<Triple>]) -> (Vec<bool>, Vec<bool>) {
    let mut gold_hit = vec![false; gold.len()];
    let mut pred_hit = vec![false; pred.len()];
    for (g, hit) in gold.iter().zip(gold_hit.iter_mut()) {
        if let Some(j) = pred
            .iter()
            .enumerate()
            .position(|(j, p)| !pred_hit[j] && p.as_ref() == Some(g))
        {
            pred_hit[j] = true;
            *hit = true;
        }
    }
    (gold_hit, pred_hit)
}

/// Multiset intersection: (tp, fp, fn).
fn multiset_match<'a>(
    gold: impl Iterator<Item = &'a str>,
    pred: impl Iterator<Item = &'a str>,
) -> (usize, usize, usize) {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut n_gold = 0;
    for g in gold {
        *counts.entry(g).or_insert(0) += 1;
        n_gold += 1;
    }
    let (mut tp, mut fp) = (0, 0);
    for p in pred {
        match counts.get_mut(p) {
            Some(c) if *c > 0 => {
                *c -= 1;
                tp += 1;
            }
            _ => fp += 1,
        }
    }
    (tp, fp, n_gold - tp)
}

/// Everything one sentence contributes; summed (and resampled) later.
#[derive(Default)]
struct SentenceStats {
    triples: (usize, usize, usize),
    /// Exact-code triples (classic suites).
    exact: (usize, usize, usize),
    /// Every exact triple found and nothing else (classic suites).
    record_ok: Option<bool>,
    source: (usize, usize, usize),
    target: (usize, usize, usize),
    gold_triples: usize,
    first: Option<bool>,
    any: Option<bool>,
    class_first: Option<bool>,
    class_any: Option<bool>,
    /// (gold class, predicted column) for the pentaclass confusion matrix.
    class_cell: Option<(usize, usize)>,
    /// (gold root, predicted root or "none") for the root confusion table.
    root_cell: Option<(String, String)>,
    diff: Option<SentenceDiff>,
}

fn score_sentence(
    gold: &GoldSentence,
    preds: &[PredictedEvent],
    kind: SetKind,
    exact: bool,
    explain: bool,
    unscored_plover: &mut usize,
) -> SentenceStats {
    let mut st = SentenceStats::default();
    let has_triples = matches!(kind, SetKind::Cameo | SetKind::Plover);
    let mut problems = Vec::new();

    // --- triples -----------------------------------------------------------
    let gold_items: Vec<GoldItem> = if has_triples {
        gold.events
            .iter()
            .flat_map(|e| gold_items(e, kind))
            .collect()
    } else {
        Vec::new()
    };
    let plover_types: Vec<Option<String>> = if kind == SetKind::Plover {
        preds.iter().map(predicted_plover).collect()
    } else {
        vec![None; preds.len()]
    };
    if kind == SetKind::Plover {
        *unscored_plover += plover_types.iter().filter(|t| t.is_none()).count();
    }
    let pred_triples: Vec<Option<Triple>> = preds
        .iter()
        .zip(&plover_types)
        .map(|(p, plover)| {
            // An event with no actor at all is a type-only prediction: it counts
            // for root/type accuracy, not as a (source, target, code) triple.
            if p.is_actorless() {
                return None;
            }
            let code = match kind {
                SetKind::Cameo => cameo_root(&p.cameo),
                SetKind::Plover => plover.clone()?,
                _ => return None,
            };
            Some(Triple {
                source: normalize_country(p.source_country.as_deref()),
                target: normalize_country(p.target_country.as_deref()),
                code,
            })
        })
        .collect();
    let gold_triples: Vec<Triple> = gold_items.iter().map(|g| g.triple.clone()).collect();
    let (gold_hit, pred_hit) = match_triples(&gold_triples, &pred_triples);
    if has_triples {
        let tp = gold_hit.iter().filter(|h| **h).count();
        let n_pred = pred_triples.iter().filter(|t| t.is_some()).count();
        st.gold_triples = gold_triples.len();
        st.triples = (tp, n_pred - tp, gold_triples.len() - tp);
        let scored = || pred_triples.iter().flatten();
        st.source = multiset_match(
            gold_triples.iter().map(|t| t.source.as_str()),
            scored().map(|t| t.source.as_str()),
        );
        st.target = multiset_match(
            gold_triples.iter().map(|t| t.target.as_str()),
            scored().map(|t| t.target.as_str()),
        );
    }

    // --- exact codes (classic suites) ----------------------------------------
    let exact_gold: Vec<Triple> = if exact {
        gold.events.iter().flat_map(gold_exact).collect()
    } else {
        Vec::new()
    };
    let exact_pred: Vec<Option<Triple>> = if exact {
        preds.iter().map(pred_exact).collect()
    } else {
        Vec::new()
    };
    let (exact_gold_hit, exact_pred_hit) = match_triples(&exact_gold, &exact_pred);
    if exact {
        let tp = exact_gold_hit.iter().filter(|h| **h).count();
        let n_pred = exact_pred.iter().filter(|t| t.is_some()).count();
        st.exact = (tp, n_pred - tp, exact_gold.len() - tp);
        st.record_ok = Some(st.exact.1 == 0 && st.exact.2 == 0);
    }

    // --- root / PLOVER-type accuracy -----------------------------------------
    if !gold.events.is_empty() {
        match kind {
            SetKind::Cameo => {
                let gold_roots: Vec<String> =
                    gold.events.iter().map(|e| cameo_root(&e.code)).collect();
                let first_root = preds.first().map(|p| cameo_root(&p.cameo));
                let first_ok = first_root.as_ref().is_some_and(|r| gold_roots.contains(r));
                st.first = Some(first_ok);
                st.any = Some(
                    preds
                        .iter()
                        .any(|p| gold_roots.contains(&cameo_root(&p.cameo))),
                );
                let gold_label = if first_ok {
                    first_root.clone().unwrap_or_default()
                } else {
                    gold_roots[0].clone()
                };
                st.root_cell = Some((
                    gold_label,
                    first_root.clone().unwrap_or_else(|| "none".to_string()),
                ));
                if !first_ok {
                    problems.push(match &first_root {
                        Some(r) => format!(
                            "first predicted root {r} not among gold roots {}",
                            join_set(&gold_roots)
                        ),
                        None => "no prediction".to_string(),
                    });
                }
            }
            SetKind::Plover => {
                let gold_types: Vec<String> = gold
                    .events
                    .iter()
                    .map(|e| normalize_plover_type(&e.code))
                    .collect();
                let first_type = plover_types.iter().flatten().next();
                let first_ok = first_type.is_some_and(|t| gold_types.contains(t));
                st.first = Some(first_ok);
                st.any = Some(
                    plover_types
                        .iter()
                        .flatten()
                        .any(|t| gold_types.contains(t)),
                );
                if !first_ok {
                    problems.push(match first_type {
                        Some(t) => format!(
                            "first PLOVER type {t} not among gold types {}",
                            join_set(&gold_types)
                        ),
                        None => "no prediction with a PLOVER type".to_string(),
                    });
                }
            }
            _ => {}
        }
    }

    // --- ConfliBERT five classes --------------------------------------------
    let gold_classes: Vec<u8> = match kind {
        SetKind::Cameo => gold
            .events
            .iter()
            .filter_map(|e| pentaclass_of_code(&e.code))
            .collect(),
        SetKind::Pentaclass => gold
            .events
            .iter()
            .filter_map(|e| e.code.parse::<u8>().ok().filter(|c| *c < 5))
            .collect(),
        _ => Vec::new(),
    };
    if !gold_classes.is_empty() {
        let first_class = preds.first().and_then(|p| pentaclass_of_code(&p.cameo));
        let ok = first_class.is_some_and(|c| gold_classes.contains(&c));
        st.class_first = Some(ok);
        st.class_any = Some(
            preds
                .iter()
                .filter_map(|p| pentaclass_of_code(&p.cameo))
                .any(|c| gold_classes.contains(&c)),
        );
        let gold_class = match first_class {
            Some(c) if ok => c,
            _ => gold_classes[0],
        };
        st.class_cell = Some((
            usize::from(gold_class),
            first_class.map_or(NONE_CLASS, usize::from),
        ));
        if !ok && kind == SetKind::Pentaclass {
            problems.push(match preds.first() {
                Some(p) => format!(
                    "first prediction (CAMEO {}) has class {}, gold class {}",
                    p.cameo,
                    first_class.map_or("none".to_string(), |c| c.to_string()),
                    gold_classes
                        .iter()
                        .map(|c| c.to_string())
                        .collect::<Vec<_>>()
                        .join("/")
                ),
                None => "no prediction".to_string(),
            });
        }
    }

    // --- diff ----------------------------------------------------------------
    let triple_error = has_triples && (st.triples.1 > 0 || st.triples.2 > 0);
    let exact_error = st.record_ok == Some(false);
    if explain && (triple_error || exact_error || !problems.is_empty()) {
        // Classic suites show their exact codes; other sets their triples.
        let gold_diff: Vec<DiffItem> = if exact {
            let items: Vec<(&GoldEvent, Triple)> = gold
                .events
                .iter()
                .flat_map(|e| gold_exact(e).into_iter().map(move |t| (e, t)))
                .collect();
            items
                .into_iter()
                .zip(&exact_gold_hit)
                .map(|((e, t), hit)| DiffItem {
                    status: if *hit {
                        DiffStatus::Matched
                    } else {
                        DiffStatus::Missing
                    },
                    code: e.code.clone(),
                    triple: Some(t),
                    source_text: join_texts(&e.source),
                    target_text: join_texts(&e.target),
                    trigger: None,
                })
                .collect()
        } else if has_triples {
            gold_items
                .iter()
                .zip(&gold_hit)
                .map(|(g, hit)| DiffItem {
                    status: if *hit {
                        DiffStatus::Matched
                    } else {
                        DiffStatus::Missing
                    },
                    triple: Some(g.triple.clone()),
                    code: g.code.clone(),
                    source_text: g.source_text.clone(),
                    target_text: g.target_text.clone(),
                    trigger: None,
                })
                .collect()
        } else {
            gold.events
                .iter()
                .map(|e| DiffItem {
                    status: DiffStatus::Unscored,
                    triple: None,
                    code: format!("class {}", e.code),
                    source_text: join_texts(&e.source),
                    target_text: join_texts(&e.target),
                    trigger: None,
                })
                .collect()
        };
        let pred_diff = preds
            .iter()
            .enumerate()
            .map(|(i, p)| DiffItem {
                status: match (exact, &pred_triples[i]) {
                    (true, _) if exact_pred[i].is_none() => DiffStatus::Unscored,
                    (true, _) if exact_pred_hit[i] => DiffStatus::Matched,
                    (true, _) => DiffStatus::Extra,
                    (false, None) => DiffStatus::Unscored,
                    (false, Some(_)) if pred_hit[i] => DiffStatus::Matched,
                    (false, Some(_)) => DiffStatus::Extra,
                },
                triple: if exact {
                    exact_pred[i].clone()
                } else {
                    pred_triples[i].clone()
                },
                code: match &plover_types[i] {
                    Some(t) => format!("{} {t}", p.cameo),
                    None => p.cameo.clone(),
                },
                source_text: p.source_text.clone(),
                target_text: p.target_text.clone(),
                trigger: p.trigger.clone(),
            })
            .collect();
        st.diff = Some(SentenceDiff {
            line: gold.line,
            id: gold.id.clone(),
            text: gold.text.clone(),
            gold: gold_diff,
            predicted: pred_diff,
            problems,
        });
    }
    st
}

fn join_set(items: &[String]) -> String {
    let set: BTreeSet<&str> = items.iter().map(String::as_str).collect();
    set.into_iter().collect::<Vec<_>>().join("/")
}

fn join_texts(actors: &[GoldActor]) -> Option<String> {
    let texts: Vec<&str> = actors.iter().filter_map(|a| a.text.as_deref()).collect();
    (!texts.is_empty()).then(|| texts.join("; "))
}

fn sum3(stats: &[SentenceStats], f: impl Fn(&SentenceStats) -> (usize, usize, usize)) -> PrfScore {
    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    for s in stats {
        let (a, b, c) = f(s);
        tp += a;
        fp += b;
        fn_ += c;
    }
    PrfScore::from_counts(tp, fp, fn_)
}

fn accuracy(stats: &[SentenceStats], f: impl Fn(&SentenceStats) -> Option<bool>) -> AccuracyScore {
    let (mut correct, mut total) = (0, 0);
    for ok in stats.iter().filter_map(f) {
        total += 1;
        correct += usize::from(ok);
    }
    AccuracyScore::new(correct, total)
}

/// Linear-interpolated quantile of sorted values.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let pos = q * (sorted.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = pos.ceil() as usize;
    let frac = pos - lo as f64;
    sorted[lo] + (sorted[hi] - sorted[lo]) * frac
}

fn interval(mut values: Vec<f64>) -> Option<Interval> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    Some(Interval {
        lower: quantile(&values, 0.025),
        upper: quantile(&values, 0.975),
    })
}

/// Percentile bootstrap over sentences: (triple F1, first-event accuracy,
/// five-class accuracy) intervals.
fn bootstrap(
    stats: &[SentenceStats],
    samples: usize,
    seed: u64,
) -> (Option<Interval>, Option<Interval>, Option<Interval>) {
    let n = stats.len();
    if n == 0 || samples == 0 {
        return (None, None, None);
    }
    let mut rng = StdRng::seed_from_u64(seed);
    let mut f1s = Vec::with_capacity(samples);
    let mut firsts = Vec::with_capacity(samples);
    let mut classes = Vec::with_capacity(samples);
    for _ in 0..samples {
        let (mut tp, mut fp, mut fn_) = (0, 0, 0);
        let (mut first_ok, mut first_n) = (0usize, 0usize);
        let (mut class_ok, mut class_n) = (0usize, 0usize);
        for _ in 0..n {
            let s = &stats[rng.gen_range(0..n)];
            tp += s.triples.0;
            fp += s.triples.1;
            fn_ += s.triples.2;
            if let Some(ok) = s.first {
                first_n += 1;
                first_ok += usize::from(ok);
            }
            if let Some(ok) = s.class_first {
                class_n += 1;
                class_ok += usize::from(ok);
            }
        }
        f1s.push(prf(tp, fp, fn_).2);
        if first_n > 0 {
            firsts.push(first_ok as f64 / first_n as f64);
        }
        if class_n > 0 {
            classes.push(class_ok as f64 / class_n as f64);
        }
    }
    (interval(f1s), interval(firsts), interval(classes))
}

fn score_sentences(
    set: &GoldSet,
    predictions: &[Vec<PredictedEvent>],
    opts: &EvalOptions,
) -> Report {
    let kind = set.kind;
    let mut unscored_plover = 0;
    let stats: Vec<SentenceStats> = set
        .sentences
        .iter()
        .zip(predictions)
        .map(|(g, p)| {
            score_sentence(
                g,
                p,
                kind,
                set.exact_codes,
                opts.explain,
                &mut unscored_plover,
            )
        })
        .collect();

    let counts = Counts {
        sentences: set.sentences.len(),
        gold_events: set.sentences.iter().map(|s| s.events.len()).sum(),
        gold_triples: stats.iter().map(|s| s.gold_triples).sum(),
        predicted_events: predictions.iter().map(Vec::len).sum(),
        no_event_sentences: set.sentences.iter().filter(|s| s.events.is_empty()).count(),
        sentences_without_prediction: predictions.iter().filter(|p| p.is_empty()).count(),
        predicted_without_plover_type: unscored_plover,
        actor_cases: 0,
    };

    let (f1_ci, first_ci, class_ci) = bootstrap(&stats, opts.bootstrap_samples, opts.seed);
    let has_triples = matches!(kind, SetKind::Cameo | SetKind::Plover);

    let mut report = Report {
        set: set.name.clone(),
        path: set.path.display().to_string(),
        kind,
        counts,
        triple_code: None,
        triples: None,
        exact_triples: None,
        records_correct: None,
        source_country: None,
        target_country: None,
        root_accuracy: None,
        root_any_accuracy: None,
        plover_accuracy: None,
        plover_any_accuracy: None,
        pentaclass: None,
        root_confusion: None,
        actor_lookup: None,
        bootstrap: BootstrapInfo {
            samples: opts.bootstrap_samples,
            seed: opts.seed,
            level: 0.95,
        },
        notes: Vec::new(),
        diffs: stats.iter().filter_map(|s| s.diff.clone()).collect(),
    };

    if has_triples {
        let mut triples = sum3(&stats, |s| s.triples);
        triples.f1_ci = f1_ci;
        report.triples = Some(triples);
        report.triple_code = Some(
            if kind == SetKind::Plover {
                "PLOVER type"
            } else {
                "CAMEO root"
            }
            .to_string(),
        );
        report.source_country = Some(sum3(&stats, |s| s.source));
        report.target_country = Some(sum3(&stats, |s| s.target));
        let mut first = accuracy(&stats, |s| s.first);
        first.ci = first_ci;
        let any = accuracy(&stats, |s| s.any);
        if kind == SetKind::Plover {
            report.plover_accuracy = Some(first);
            report.plover_any_accuracy = Some(any);
        } else {
            report.root_accuracy = Some(first);
            report.root_any_accuracy = Some(any);
        }
    }

    if set.exact_codes {
        report.exact_triples = Some(sum3(&stats, |s| s.exact));
        report.records_correct = Some(accuracy(&stats, |s| s.record_ok));
    }

    if matches!(kind, SetKind::Cameo | SetKind::Pentaclass) {
        let mut acc = accuracy(&stats, |s| s.class_first);
        acc.ci = class_ci;
        let mut confusion = vec![vec![0usize; NONE_CLASS + 1]; PENTACLASS_NAMES.len()];
        for (g, p) in stats.iter().filter_map(|s| s.class_cell) {
            confusion[g][p] += 1;
        }
        let per_class = (0..PENTACLASS_NAMES.len())
            .map(|c| {
                let gold: usize = confusion[c].iter().sum();
                let predicted: usize = confusion.iter().map(|row| row[c]).sum();
                let correct = confusion[c][c];
                let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
                ClassScore {
                    class: c as u8,
                    name: PENTACLASS_NAMES[c].to_string(),
                    gold,
                    predicted,
                    correct,
                    precision: ratio(correct, predicted),
                    recall: ratio(correct, gold),
                }
            })
            .collect();
        report.pentaclass = Some(PentaclassScore {
            accuracy: acc,
            any_accuracy: accuracy(&stats, |s| s.class_any),
            labels: PENTACLASS_NAMES.iter().map(|s| s.to_string()).collect(),
            confusion,
            per_class,
        });
    }

    if kind == SetKind::Cameo {
        report.root_confusion = Some(root_confusion(&stats));
        let outside: usize = set
            .sentences
            .iter()
            .flat_map(|s| &s.events)
            .filter(|e| pentaclass_of_code(&e.code).is_none())
            .count();
        if outside > 0 {
            report.notes.push(format!(
                "{outside} gold event(s) have codes outside CAMEO roots 01-20; they count in triples and root accuracy but not in the 5-class scores"
            ));
        }
        if set.name == "petrarch2_unittest" {
            report.notes.push(
                "petrarch2_unittest uses fictional actors: only meaningful with the gold/engine dictionaries".to_string(),
            );
        }
    }
    // Every record of the file is either scored or named here.
    for (why, n) in &set.skipped_records {
        report
            .notes
            .push(format!("not scored: {n} record(s): {why}"));
    }
    match kind {
        SetKind::Plover => {
            report.notes.push(
                "gold PLOVER 0.5 types mapped: DEMAND->REQUEST, DISAPPROVE/INVESTIGATE->ACCUSE, FIGHT->ASSAULT".to_string(),
            );
            if unscored_plover > 0 {
                report.notes.push(format!(
                    "{unscored_plover} predicted event(s) had no PLOVER type (CAMEO 01/02) and were left out of PLOVER scoring"
                ));
            }
        }
        SetKind::Pentaclass => report.notes.push(
            "actors are text spans without country codes: triple and country metrics do not apply"
                .to_string(),
        ),
        _ => {}
    }
    report
}

fn root_confusion(stats: &[SentenceStats]) -> RootConfusion {
    let cells: Vec<&(String, String)> = stats.iter().filter_map(|s| s.root_cell.as_ref()).collect();
    let gold_roots: Vec<String> = cells
        .iter()
        .map(|(g, _)| g.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut predicted_roots: Vec<String> = cells
        .iter()
        .map(|(_, p)| p.clone())
        .filter(|p| p != "none")
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    predicted_roots.push("none".to_string());
    let mut counts = vec![vec![0usize; predicted_roots.len()]; gold_roots.len()];
    for (g, p) in cells {
        // Both labels are present by construction.
        if let (Some(i), Some(j)) = (
            gold_roots.iter().position(|x| x == g),
            predicted_roots.iter().position(|x| x == p),
        ) {
            counts[i][j] += 1;
        }
    }
    RootConfusion {
        gold_roots,
        predicted_roots,
        counts,
    }
}

fn evaluate_actor_cases(set: &GoldSet, coder: &dyn Coder, opts: &EvalOptions) -> Report {
    let mut supported = false;
    let (mut country_ok, mut country_n) = (0, 0);
    let (mut agent_ok, mut agent_n) = (0, 0);
    let mut failures = Vec::new();
    for case in &set.actor_cases {
        let got = coder.lookup_actor(&case.mention);
        supported |= got.is_some();
        let got = got.unwrap_or_default();
        let mut check =
            |expected: &str, found: Option<&str>, ok: bool, n: &mut usize, hits: &mut usize| {
                *n += 1;
                if ok {
                    *hits += 1;
                } else if opts.explain {
                    failures.push(ActorFailure {
                        line: case.line,
                        test: case.test.clone(),
                        method: case.method.clone(),
                        mention: case.mention.clone(),
                        expected: expected.to_string(),
                        got: found.map(str::to_string),
                    });
                }
            };
        if let Some(exp) = &case.expected_country {
            let ok = normalize_country(Some(exp)) == normalize_country(got.country.as_deref());
            check(
                exp,
                got.country.as_deref(),
                ok,
                &mut country_n,
                &mut country_ok,
            );
        }
        if let Some(exp) = &case.expected_agent {
            let norm = |s: Option<&str>| s.unwrap_or("").trim().to_uppercase();
            let ok = norm(Some(exp)) == norm(got.agent.as_deref());
            check(exp, got.agent.as_deref(), ok, &mut agent_n, &mut agent_ok);
        }
    }
    let mut notes = Vec::new();
    if !supported {
        notes.push(format!(
            "skipped: the coder does not implement actor lookup (Coder::lookup_actor); {} case(s) not scored",
            set.actor_cases.len()
        ));
        failures.clear();
    }
    let skipped_total: usize = set.skipped_actor_cases.values().sum();
    if skipped_total > 0 {
        notes.push(format!(
            "{skipped_total} case(s) use methods dyad does not score (only search_nat -> country and short_text_to_agent -> agent)"
        ));
    }
    let score = |ok: usize, n: usize| (supported && n > 0).then(|| AccuracyScore::new(ok, n));
    Report {
        set: set.name.clone(),
        path: set.path.display().to_string(),
        kind: set.kind,
        counts: Counts {
            actor_cases: if supported { set.actor_cases.len() } else { 0 },
            ..Counts::default()
        },
        triple_code: None,
        triples: None,
        exact_triples: None,
        records_correct: None,
        source_country: None,
        target_country: None,
        root_accuracy: None,
        root_any_accuracy: None,
        plover_accuracy: None,
        plover_any_accuracy: None,
        pentaclass: None,
        root_confusion: None,
        actor_lookup: Some(ActorLookupScore {
            supported,
            country: score(country_ok, country_n),
            agent: score(agent_ok, agent_n),
            skipped: set.skipped_actor_cases.clone(),
            failures,
        }),
        bootstrap: BootstrapInfo {
            samples: 0,
            seed: opts.seed,
            level: 0.95,
        },
        notes,
        diffs: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str, g: &str, c: &str) -> Triple {
        Triple {
            source: s.into(),
            target: g.into(),
            code: c.into(),
        }
    }

    #[test]
    fn greedy_matching_is_one_to_one() {
        let gold = vec![
            t("USA", "CHN", "04"),
            t("USA", "CHN", "04"),
            t("RUS", "---", "19"),
        ];
        let pred = vec![
            Some(t("USA", "CHN", "04")),
            None,
            Some(t("USA", "CHN", "04")),
            Some(t("USA", "CHN", "04")),
        ];
        let (g, p) = match_triples(&gold, &pred);
        assert_eq!(g, vec![true, true, false]);
        assert_eq!(p, vec![true, false, true, false]);
    }

    #[test]
    fn multiset() {
        let (tp, fp, fn_) = multiset_match(
            ["USA", "USA", "CHN"].into_iter(),
            ["USA", "RUS", "USA", "USA"].into_iter(),
        );
        assert_eq!((tp, fp, fn_), (2, 2, 1));
    }

    #[test]
    fn reciprocal_pairs() {
        let actor = |c: &str| GoldActor {
            text: None,
            code: Some(c.into()),
        };
        let ev = GoldEvent {
            source: vec![actor("USA"), actor("JOR"), actor("GBR")],
            target: vec![],
            code: "AGREE".into(),
            reciprocal: true,
        };
        assert_eq!(actor_pairs(&ev).len(), 6);
        let ev = GoldEvent {
            reciprocal: false,
            ..ev
        };
        let pairs = actor_pairs(&ev);
        assert_eq!(pairs.len(), 3);
        assert!(pairs.iter().all(|(_, t)| t.is_none()));
        let ev = GoldEvent {
            source: vec![],
            target: vec![actor("IRQ")],
            code: "FIGHT".into(),
            reciprocal: false,
        };
        let items = gold_items(&ev, SetKind::Plover);
        assert_eq!(items.len(), 1);
        assert_eq!(items[0].triple, t("---", "IRQ", "ASSAULT"));
    }

    #[test]
    fn quantiles() {
        let v = [0.0, 1.0, 2.0, 3.0, 4.0];
        assert_eq!(quantile(&v, 0.0), 0.0);
        assert_eq!(quantile(&v, 0.5), 2.0);
        assert_eq!(quantile(&v, 1.0), 4.0);
        assert!((quantile(&v, 0.975) - 3.9).abs() < 1e-12);
    }
}
