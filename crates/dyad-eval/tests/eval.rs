//! End-to-end scoring tests: a fake coder keyed by sentence text over small gold
//! sets written to temp files, with metrics computed by hand.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use dyad_eval::{
    codes, evaluate, load_gold, ActorLookup, Coder, DiffStatus, EvalError, EvalOptions,
    PredictedEvent, Report, SetKind,
};

/// Returns fixed predictions keyed by the input text.
#[derive(Default)]
struct FakeCoder {
    by_text: HashMap<String, Vec<PredictedEvent>>,
    actors: Option<HashMap<String, ActorLookup>>,
}

impl FakeCoder {
    fn with(mut self, text: &str, events: Vec<PredictedEvent>) -> Self {
        self.by_text.insert(text.to_string(), events);
        self
    }
}

impl Coder for FakeCoder {
    fn code(&self, text: &str, _date: Option<&str>) -> Vec<PredictedEvent> {
        self.by_text.get(text).cloned().unwrap_or_default()
    }
    fn lookup_actor(&self, mention: &str) -> Option<ActorLookup> {
        let actors = self.actors.as_ref()?;
        Some(actors.get(mention).cloned().unwrap_or_default())
    }
}

fn ev(src: Option<&str>, tgt: Option<&str>, cameo: &str) -> PredictedEvent {
    PredictedEvent {
        source_country: src.map(str::to_string),
        target_country: tgt.map(str::to_string),
        cameo: cameo.to_string(),
        ..PredictedEvent::default()
    }
}

fn plover(src: Option<&str>, tgt: Option<&str>, cameo: &str, ty: Option<&str>) -> PredictedEvent {
    PredictedEvent {
        plover_type: ty.map(str::to_string),
        ..ev(src, tgt, cameo)
    }
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Writes `content` to a fresh temp file and returns its path.
fn temp_gold(name: &str, content: &str) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let path = std::env::temp_dir().join(format!(
        "dyad-eval-test-{}-{n}-{name}.jsonl",
        std::process::id()
    ));
    std::fs::write(&path, content).expect("write temp gold");
    path
}

fn load(name: &str, content: &str) -> dyad_eval::GoldSet {
    let path = temp_gold(name, content);
    let set = load_gold(&path).expect("gold loads");
    let _ = std::fs::remove_file(&path);
    set
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

const CAMEO_GOLD: &str = r#"{"set":"petr2_gsr_validation","id":"s1","date":"20080804","text":"A","events":[{"source":"USA","target":"CHN","code":"042","code_system":"CAMEO"},{"source":"BRA","target":"USAGOV","code":"031","code_system":"CAMEO"}],"no_event":false,"meta":{}}
{"set":"petr2_gsr_validation","id":"s2","date":"20080804","text":"B","events":[{"source":"GUYJUD","target":"BRAPPL","code":"173","code_system":"CAMEO"}],"no_event":false,"meta":{}}
{"set":"petr2_gsr_validation","id":"s3","date":"20080804","text":"C","events":[],"no_event":true,"meta":{}}
{"set":"petr2_gsr_validation","id":"s4","date":null,"text":"D","events":[{"source":"---GOV","target":"ISR","code":"190","code_system":"CAMEO"}],"no_event":false,"meta":null}
"#;

fn cameo_coder() -> FakeCoder {
    FakeCoder::default()
        .with(
            "A",
            vec![
                ev(Some("USAGOV"), Some("CHN"), "040"), // matches USA CHN 04
                ev(Some("USA"), Some("CHN"), "043"),    // second 04: extra (one-to-one)
                ev(Some("BRA"), Some("USA"), "036"),    // matches BRA USA 03
            ],
        )
        .with(
            "B",
            vec![
                ev(Some("GUY"), Some("BRA"), "112"), // wrong root
                ev(Some("GUY"), Some("USA"), "173"), // right root, wrong target
            ],
        )
        .with("C", vec![ev(Some("RUS"), Some("UKR"), "190")]) // no gold event: FP
                                                              // D: no prediction
}

fn cameo_report(opts: &EvalOptions) -> Report {
    let set = load("cameo", CAMEO_GOLD);
    evaluate(&set, &cameo_coder(), opts)
}

#[test]
fn cameo_triples_and_accuracies_by_hand() {
    let set = load("cameo", CAMEO_GOLD);
    assert_eq!(set.kind, SetKind::Cameo);
    let r = evaluate(&set, &cameo_coder(), &EvalOptions::default());

    assert_eq!(r.counts.sentences, 4);
    assert_eq!(r.counts.gold_events, 4);
    assert_eq!(r.counts.gold_triples, 4);
    assert_eq!(r.counts.predicted_events, 6);
    assert_eq!(r.counts.no_event_sentences, 1);
    assert_eq!(r.counts.sentences_without_prediction, 1);

    // TP 2 (A: 04, 03), FP 4 (A: 2nd 04, B: both, C: one), FN 2 (B, D).
    let t = r.triples.as_ref().unwrap();
    assert_eq!((t.tp, t.fp, t.fn_), (2, 4, 2));
    assert!(close(t.precision, 1.0 / 3.0));
    assert!(close(t.recall, 0.5));
    assert!(close(t.f1, 0.4));
    assert_eq!(r.triple_code.as_deref(), Some("CAMEO root"));

    // Sources: A {USA,BRA} vs {USA,USA,BRA}; B {GUY} vs {GUY,GUY}; C {} vs {RUS}; D {---} vs {}.
    let s = r.source_country.as_ref().unwrap();
    assert_eq!((s.tp, s.fp, s.fn_), (3, 3, 1));
    assert!(close(s.f1, 0.6));
    let g = r.target_country.as_ref().unwrap();
    assert_eq!((g.tp, g.fp, g.fn_), (3, 3, 1));
    assert!(close(g.f1, 0.6));

    // Root accuracy over A, B, D: first = A only; any = A and B.
    let ra = r.root_accuracy.as_ref().unwrap();
    assert_eq!((ra.correct, ra.total), (1, 3));
    let rany = r.root_any_accuracy.as_ref().unwrap();
    assert_eq!((rany.correct, rany.total), (2, 3));
    assert!(r.plover_accuracy.is_none());

    // Five classes: A 1 vs {1} ok; B 3 vs {4}; D none vs {4}.
    let p = r.pentaclass.as_ref().unwrap();
    assert_eq!((p.accuracy.correct, p.accuracy.total), (1, 3));
    assert_eq!((p.any_accuracy.correct, p.any_accuracy.total), (2, 3));
    assert_eq!(p.confusion[1][1], 1);
    assert_eq!(p.confusion[4][3], 1);
    assert_eq!(p.confusion[4][5], 1);
    assert_eq!(p.confusion.iter().flatten().sum::<usize>(), 3);
    assert!(close(p.per_class[1].precision, 1.0) && close(p.per_class[1].recall, 1.0));
    assert_eq!((p.per_class[4].gold, p.per_class[4].predicted), (2, 0));
    assert!(close(p.per_class[3].precision, 0.0));

    // Root confusion: 04→04, 17→11, 19→none.
    let rc = r.root_confusion.as_ref().unwrap();
    assert_eq!(rc.gold_roots, vec!["04", "17", "19"]);
    assert_eq!(rc.predicted_roots, vec!["04", "11", "none"]);
    assert_eq!(rc.counts, vec![vec![1, 0, 0], vec![0, 1, 0], vec![0, 0, 1]]);

    // No diffs without explain.
    assert!(r.diffs.is_empty());
}

#[test]
fn cameo_explain_marks_missing_and_extra() {
    let r = cameo_report(&EvalOptions {
        explain: true,
        ..EvalOptions::default()
    });
    // Every sentence has an error here.
    let ids: Vec<&str> = r.diffs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, vec!["s1", "s2", "s3", "s4"]);
    let a = &r.diffs[0];
    assert!(a.gold.iter().all(|g| g.status == DiffStatus::Matched));
    let statuses: Vec<DiffStatus> = a.predicted.iter().map(|p| p.status).collect();
    assert_eq!(
        statuses,
        vec![DiffStatus::Matched, DiffStatus::Extra, DiffStatus::Matched]
    );
    let d = &r.diffs[3];
    assert_eq!(d.gold[0].status, DiffStatus::Missing);
    assert!(d.problems.iter().any(|p| p.contains("no prediction")));
    assert_eq!(d.line, 4);

    let text = r.to_text();
    assert!(text.contains("MISSING"), "{text}");
    assert!(text.contains("EXTRA"), "{text}");
    assert!(text.contains("F1 0.400"), "{text}");

    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["triples"]["fn"], 2);
    assert_eq!(json["kind"], "cameo");
}

#[test]
fn explain_skips_correct_sentences() {
    let set = load("cameo-ok", CAMEO_GOLD);
    let coder = cameo_coder().with(
        "A",
        vec![
            ev(Some("USA"), Some("CHN"), "042"),
            ev(Some("BRA"), Some("USA"), "031"),
        ],
    );
    let r = evaluate(
        &set,
        &coder,
        &EvalOptions {
            explain: true,
            bootstrap_samples: 0,
            ..EvalOptions::default()
        },
    );
    assert!(!r.diffs.iter().any(|d| d.id == "s1"));
    assert_eq!(r.diffs.len(), 3);
    assert!(r.triples.as_ref().unwrap().f1_ci.is_none());
}

const PLOVER_GOLD: &str = r#"{"set":"plover_gsr","id":"p1","date":"2000-01-01","text":"P1","events":[{"source":[{"text":"United States","code":"USA","sector":null},{"text":"Jordan","code":"JOR","sector":null}],"target":[],"code":"AGREE","code_system":"PLOVER","mode":null,"context":"economic","eventLoc":null,"eventText":"agreed","reciprocal":true}],"no_event":false,"meta":{}}
{"set":"plover_gsr","id":"p2","date":"2000-01-01","text":"P2","events":[{"source":[{"text":"Romania","code":"ROU","sector":"GOV"}],"target":[{"text":"East Timor","code":"TLS","sector":null}],"code":"DEMAND","code_system":"PLOVER","reciprocal":false}],"no_event":false,"meta":{}}
{"set":"plover_gsr","id":"p3","date":"2000-01-01","text":"P3","events":[{"source":[],"target":[{"text":"Iraqi civilians","code":"IRQ","sector":"CVL"}],"code":"FIGHT","code_system":"PLOVER","reciprocal":false}],"no_event":false,"meta":{}}
{"set":"plover_gsr","id":"p4","date":"2000-01-01","text":"P4","events":[{"source":[{"text":"Washington","code":"USA","sector":null}],"target":[],"code":"DISAPPROVE","code_system":"PLOVER","reciprocal":false}],"no_event":false,"meta":{}}
"#;

#[test]
fn plover_triples_legacy_types_and_reciprocal_pairs() {
    let set = load("plover", PLOVER_GOLD);
    assert_eq!(set.kind, SetKind::Plover);
    let coder = FakeCoder::default()
        // Reciprocal with empty target: gold is USA→JOR and JOR→USA; one found.
        .with(
            "P1",
            vec![plover(Some("USA"), Some("JOR"), "030", Some("AGREE"))],
        )
        // ROU/TLS normalized to ROM/TMP; a legacy predicted type maps too.
        .with(
            "P2",
            vec![plover(Some("ROM"), Some("TLS"), "100", Some("DEMAND"))],
        )
        // First event is CAMEO 01 (no PLOVER type): left out; 190 → ASSAULT.
        .with(
            "P3",
            vec![
                plover(Some("IRQ"), None, "010", None),
                plover(None, Some("IRQ"), "190", None),
            ],
        )
        // Wrong type against DISAPPROVE→ACCUSE.
        .with("P4", vec![plover(Some("USA"), None, "120", Some("REJECT"))]);
    let r = evaluate(&set, &coder, &EvalOptions::default());

    assert_eq!(r.counts.gold_events, 4);
    assert_eq!(r.counts.gold_triples, 5);
    assert_eq!(r.counts.predicted_without_plover_type, 1);
    assert_eq!(r.triple_code.as_deref(), Some("PLOVER type"));
    let t = r.triples.as_ref().unwrap();
    assert_eq!((t.tp, t.fp, t.fn_), (3, 1, 2));
    assert!(close(t.precision, 0.75));
    assert!(close(t.recall, 0.6));
    assert!(close(t.f1, 2.0 / 3.0));

    let a = r.plover_accuracy.as_ref().unwrap();
    assert_eq!((a.correct, a.total), (3, 4));
    let any = r.plover_any_accuracy.as_ref().unwrap();
    assert_eq!((any.correct, any.total), (3, 4));
    assert!(r.root_accuracy.is_none());
    assert!(r.pentaclass.is_none());
    assert!(r.root_confusion.is_none());
}

#[test]
fn plover_legacy_mapping() {
    for (old, new) in [
        ("DEMAND", "REQUEST"),
        ("DISAPPROVE", "ACCUSE"),
        ("INVESTIGATE", "ACCUSE"),
        ("FIGHT", "ASSAULT"),
        ("agree", "AGREE"),
    ] {
        assert_eq!(codes::normalize_plover_type(old), new);
    }
}

const CONFLIBERT_GOLD: &str = r#"{"set":"conflibert_cameo_train","id":"c1","date":null,"text":"K1","events":[{"source":["a car bomb"],"target":null,"reciprocal":null,"code":"4","code_system":"CAMEO-pentaclass"}],"no_event":false,"meta":{}}
{"set":"conflibert_cameo_train","id":"c2","date":null,"text":"K2","events":[{"source":null,"target":["x"],"reciprocal":["a","b"],"code":"3","code_system":"CAMEO-pentaclass"}],"no_event":false,"meta":{}}
{"set":"conflibert_cameo_train","id":"c3","date":null,"text":"K3","events":[{"source":["y"],"target":["z"],"reciprocal":null,"code":0,"code_system":"CAMEO-pentaclass"}],"no_event":false,"meta":{}}
{"set":"conflibert_cameo_train","id":"c4","date":null,"text":"K4","events":[{"source":null,"target":null,"reciprocal":null,"code":"2","code_system":"CAMEO-pentaclass"}],"no_event":false,"meta":{}}
"#;

#[test]
fn conflibert_pentaclass() {
    let set = load("conflibert", CONFLIBERT_GOLD);
    assert_eq!(set.kind, SetKind::Pentaclass);
    let coder = FakeCoder::default()
        .with("K1", vec![ev(None, None, "190")]) // 4 ok
        .with("K2", vec![ev(None, None, "057"), ev(None, None, "120")]) // 1 wrong; any ok
        .with("K4", vec![ev(None, None, "0874")]); // 2 ok; K3 none
    let r = evaluate(
        &set,
        &coder,
        &EvalOptions {
            explain: true,
            ..EvalOptions::default()
        },
    );
    assert!(r.triples.is_none() && r.source_country.is_none() && r.root_accuracy.is_none());
    let p = r.pentaclass.as_ref().unwrap();
    assert_eq!((p.accuracy.correct, p.accuracy.total), (2, 4));
    assert_eq!((p.any_accuracy.correct, p.any_accuracy.total), (3, 4));
    assert_eq!(p.confusion[4][4], 1);
    assert_eq!(p.confusion[3][1], 1);
    assert_eq!(p.confusion[0][5], 1);
    assert_eq!(p.confusion[2][2], 1);
    assert!(close(p.per_class[3].recall, 0.0));
    assert!(close(p.per_class[1].precision, 0.0));
    assert!(close(p.per_class[4].precision, 1.0));
    let ids: Vec<&str> = r.diffs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, vec!["c2", "c3"]);
    assert_eq!(r.diffs[0].gold[0].target_text.as_deref(), Some("x"));
    assert!(r.to_text().contains("5-class accuracy (first)"));
}

#[test]
fn pentaclass_mapping_boundaries() {
    let cases = [
        ("010", 0),
        ("020", 0),
        ("030", 1),
        ("057", 1),
        ("060", 2),
        ("087", 2),
        ("090", 3),
        ("138", 3),
        ("140", 4),
        ("204", 4),
    ];
    for (code, class) in cases {
        assert_eq!(codes::pentaclass_of_code(code), Some(class), "{code}");
    }
    assert_eq!(codes::pentaclass_of_code("345"), None);
    assert_eq!(codes::pentaclass_of_code(""), None);
}

/// A larger synthetic CAMEO set so bootstrap intervals are meaningful.
fn synthetic() -> (dyad_eval::GoldSet, FakeCoder) {
    let mut gold = String::new();
    let mut coder = FakeCoder::default();
    let roots = ["04", "03", "19", "11", "17"];
    for i in 0..60 {
        let text = format!("sentence {i}");
        let root = roots[i % roots.len()];
        gold.push_str(&format!(
            r#"{{"set":"petr2_gsr_validation","id":"x{i}","date":"20080804","text":"{text}","events":[{{"source":"USA","target":"RUS","code":"{root}0","code_system":"CAMEO"}}],"no_event":false,"meta":{{}}}}"#
        ));
        gold.push('\n');
        let pred = match i % 4 {
            0 | 1 => vec![ev(Some("USA"), Some("RUS"), &format!("{root}1"))],
            2 => vec![ev(Some("RUS"), Some("USA"), &format!("{root}2"))],
            _ => vec![ev(Some("USA"), Some("RUS"), "010")],
        };
        coder = coder.with(&text, pred);
    }
    (load("synthetic", &gold), coder)
}

#[test]
fn bootstrap_contains_point_and_is_deterministic() {
    let (set, coder) = synthetic();
    let opts = EvalOptions {
        bootstrap_samples: 500,
        seed: 7,
        explain: false,
        require_dyad: false,
    };
    let r1 = evaluate(&set, &coder, &opts);
    let r2 = evaluate(&set, &coder, &opts);
    assert_eq!(r1, r2, "same seed, same report");

    let t = r1.triples.as_ref().unwrap();
    let ci = t.f1_ci.unwrap();
    assert!(ci.lower <= t.f1 && t.f1 <= ci.upper, "{ci:?} vs {}", t.f1);
    assert!(ci.lower < ci.upper);
    let a = r1.root_accuracy.as_ref().unwrap();
    let ci = a.ci.unwrap();
    assert!(ci.lower <= a.accuracy && a.accuracy <= ci.upper);
    let p = &r1.pentaclass.as_ref().unwrap().accuracy;
    let ci = p.ci.unwrap();
    assert!(ci.lower <= p.accuracy && p.accuracy <= ci.upper);

    let r3 = evaluate(
        &set,
        &coder,
        &EvalOptions {
            seed: 8,
            ..opts.clone()
        },
    );
    assert_eq!(r3.triples.as_ref().unwrap().f1, t.f1);
    assert_ne!(
        (
            r3.triples.as_ref().unwrap().f1_ci,
            r3.root_accuracy.as_ref().unwrap().ci
        ),
        (t.f1_ci, a.ci),
        "another seed resamples differently"
    );
}

#[test]
fn malformed_gold_line_is_named() {
    let good = r#"{"set":"petr2_gsr_validation","id":"a","date":"20080804","text":"t","events":[],"no_event":true,"meta":{}}"#;
    let bad_lines = [
        "{oops",
        r#"{"set":"petr2_gsr_validation","id":"b","text":"t","events":[{"source":"USA","target":"CHN"}]}"#,
        r#"{"set":"petr2_gsr_validation","id":"b","text":"t","events":"none"}"#,
        r#"{"set":"petr2_gsr_validation","id":"b","text":"t","events":[{"source":5,"target":"CHN","code":"01"}]}"#,
        r#"{"set":"petr2_gsr_validation","id":"b","text":null,"events":[]}"#,
        r#"{"set":"petr2_gsr_validation","id":"b","text":"t","events":[7]}"#,
        r#"{"set":"petr2_gsr_validation","id":"b","text":"t","events":[{"code":{"x":1}}]}"#,
        r#"{"set":"plover_gsr","id":"b","text":"t","events":[]}"#,
        "42",
    ];
    for bad in bad_lines {
        let path = temp_gold("malformed", &format!("{good}\n\n{bad}\n{good}\n"));
        let err = load_gold(&path).expect_err(bad);
        let _ = std::fs::remove_file(&path);
        match &err {
            EvalError::Malformed { line, path: p, .. } => {
                assert_eq!(*line, 3, "{bad}: {err}");
                assert_eq!(p, &path);
            }
            other => panic!("unexpected error {other:?} for {bad}"),
        }
        let msg = err.to_string();
        assert!(msg.contains(&format!("{}:3:", path.display())), "{msg}");
    }

    let missing = std::env::temp_dir().join("dyad-eval-test-does-not-exist.jsonl");
    assert!(matches!(load_gold(&missing), Err(EvalError::Io { .. })));
}

#[test]
fn actor_cases_scored_or_skipped() {
    let gold = concat!(
        r#"{"test":"n1","method":"search_nat","args":["four Saudi men"],"kwargs":{},"expected":{"cc":"SAU","text":"four  men"},"expected_not":{},"marks":[]}"#,
        "\n",
        r#"{"test":"n2","method":"search_nat","args":["Romanian officials"],"kwargs":{},"expected":{"cc":"ROU","text":""},"expected_not":{},"marks":[]}"#,
        "\n",
        r#"{"test":"s1","method":"short_text_to_agent","args":["soldier"],"kwargs":{},"expected":{"code_1":"MIL"},"expected_not":{},"marks":[]}"#,
        "\n",
        r#"{"test":"w","method":"query_wiki","args":["Angela Merkel"],"kwargs":{},"expected":{"title":"Angela Merkel"},"expected_not":{},"marks":[]}"#,
        "\n",
    );
    let set = load("ngec_actor_cases", gold);
    assert_eq!(set.kind, SetKind::ActorCases);

    // Default coder: no lookup support → skipped with a clear message.
    let r = evaluate(&set, &FakeCoder::default(), &EvalOptions::default());
    let a = r.actor_lookup.as_ref().unwrap();
    assert!(!a.supported && a.country.is_none() && a.agent.is_none());
    assert!(r.to_text().contains("does not implement actor lookup"));

    let mut actors = HashMap::new();
    actors.insert(
        "four Saudi men".to_string(),
        ActorLookup {
            country: Some("SAU".into()),
            agent: None,
        },
    );
    actors.insert(
        "Romanian officials".to_string(),
        ActorLookup {
            country: Some("ROM".into()),
            agent: Some("GOV".into()),
        },
    );
    let coder = FakeCoder {
        actors: Some(actors),
        ..FakeCoder::default()
    };
    let r = evaluate(
        &set,
        &coder,
        &EvalOptions {
            explain: true,
            ..EvalOptions::default()
        },
    );
    let a = r.actor_lookup.as_ref().unwrap();
    assert!(a.supported);
    let c = a.country.as_ref().unwrap();
    assert_eq!((c.correct, c.total), (2, 2));
    let g = a.agent.as_ref().unwrap();
    assert_eq!((g.correct, g.total), (0, 1));
    assert_eq!(a.failures.len(), 1);
    assert_eq!(a.skipped.values().sum::<usize>(), 1);
}

/// Loads the real dev gold sets when they are present and runs a coder that
/// finds nothing: no error, no panic, sensible counts.
#[test]
fn real_gold_sets_load() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/gold/dev");
    if !dir.is_dir() {
        eprintln!("skipping: {} not present", dir.display());
        return;
    }
    let expected = [
        ("petr2_gsr_validation", SetKind::Cameo, 46),
        ("petrarch2_unittest", SetKind::Cameo, 284),
        ("plover_gsr", SetKind::Plover, 200),
        ("conflibert_cameo_train", SetKind::Pentaclass, 1349),
        ("ngec_actor_cases", SetKind::ActorCases, 0),
    ];
    let opts = EvalOptions {
        bootstrap_samples: 20,
        ..EvalOptions::default()
    };
    for (name, kind, n) in expected {
        let path = dir.join(format!("{name}.jsonl"));
        let set = load_gold(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(set.kind, kind, "{name}");
        assert_eq!(set.name, name);
        assert_eq!(set.sentences.len(), n, "{name}");
        let r = evaluate(&set, &FakeCoder::default(), &opts);
        if let Some(t) = &r.triples {
            assert_eq!(t.tp + t.fp, 0);
            assert_eq!(t.fn_, r.counts.gold_triples);
        }
        assert!(!r.to_text().is_empty());
    }
}

/// A coder that returns the gold events of the real CAMEO sets scores 1.0.
#[test]
fn oracle_scores_perfectly_on_real_cameo_sets() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/gold/dev");
    if !dir.is_dir() {
        eprintln!("skipping: {} not present", dir.display());
        return;
    }
    for name in ["petr2_gsr_validation", "petrarch2_unittest"] {
        let mut set = load_gold(&dir.join(format!("{name}.jsonl"))).unwrap();
        // Some unit-test records repeat a text with different gold: keep unique texts.
        let mut seen: HashMap<String, usize> = HashMap::new();
        for s in &set.sentences {
            *seen.entry(s.text.clone()).or_insert(0) += 1;
        }
        set.sentences.retain(|s| seen[&s.text] == 1);
        assert!(set.sentences.len() > 40, "{name}");
        let mut coder = FakeCoder::default();
        for s in &set.sentences {
            let events = s
                .events
                .iter()
                .map(|e| {
                    ev(
                        e.source.first().and_then(|a| a.code.as_deref()),
                        e.target.first().and_then(|a| a.code.as_deref()),
                        &e.code,
                    )
                })
                .collect();
            coder = coder.with(&s.text, events);
        }
        let r = evaluate(&set, &coder, &EvalOptions::default());
        let t = r.triples.as_ref().unwrap();
        assert_eq!((t.fp, t.fn_), (0, 0), "{name}\n{}", r.to_text());
        assert_eq!(r.root_accuracy.as_ref().unwrap().accuracy, 1.0);
        let p = r.pentaclass.as_ref().unwrap();
        // The first gold event may be a non-CAMEO test code ("345"), so only the
        // any-event variant is necessarily perfect.
        assert_eq!(p.any_accuracy.correct, p.any_accuracy.total);
    }
}

fn coded(src: Option<&str>, tgt: Option<&str>, cameo: &str) -> PredictedEvent {
    PredictedEvent {
        source_code: src.map(str::to_string),
        target_code: tgt.map(str::to_string),
        ..ev(src, tgt, cameo)
    }
}

#[test]
fn classic_suites_score_exact_codes_and_records() {
    let xml = r#"<Sentences>
<Sentence date="19950101" id="A-1"><EventCoding sourcecode="ARNGOV" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="GON" targetcode="ARNGOV" eventcode="075A"></EventCoding><Text>One.</Text></Sentence>
<Sentence date="19950101" id="A-2"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding><Text>Two.</Text></Sentence>
<Sentence date="19950101" id="A-3"><EventCoding noevents="True"></EventCoding><Text>Three.</Text></Sentence>
<Sentence date="19950101" id="A-4"><EventCoding noevents="True"></EventCoding><Text>Four.</Text></Sentence>
</Sentences>"#;
    let set = dyad_eval::parse_petrarch_xml(std::path::Path::new("t.xml"), xml).unwrap();
    assert!(set.exact_codes);
    let coder = FakeCoder::default()
        // Both right (one outside CAMEO): a correct record.
        .with(
            "One.",
            vec![
                coded(Some("ARNGOV"), Some("GON"), "064"),
                coded(Some("GON"), Some("ARNGOV"), "075A"),
            ],
        )
        // Right countries and root, wrong agent: a root-level hit, an exact miss.
        .with("Two.", vec![coded(Some("ARNGOV"), Some("GON"), "064")])
        // An actorless event is not an exact prediction: still a correct record.
        .with("Three.", vec![coded(None, None, "010")])
        .with("Four.", vec![coded(Some("GON"), None, "010")]);
    let opts = EvalOptions {
        bootstrap_samples: 0,
        explain: true,
        ..EvalOptions::default()
    };
    let r = evaluate(&set, &coder, &opts);
    let exact = r.exact_triples.as_ref().unwrap();
    assert_eq!((exact.tp, exact.fp, exact.fn_), (2, 2, 1));
    let rec = r.records_correct.as_ref().unwrap();
    assert_eq!((rec.correct, rec.total), (2, 4));
    let triples = r.triples.as_ref().unwrap();
    assert_eq!(triples.tp, 3);
    // Diffs show the exact codes.
    let d = r.diffs.iter().find(|d| d.id == "A-2").unwrap();
    assert_eq!(d.gold[0].status, DiffStatus::Missing);
    assert_eq!(d.gold[0].triple.as_ref().unwrap().source, "ARN");
    assert_eq!(d.predicted[0].status, DiffStatus::Extra);
    let d = r.diffs.iter().find(|d| d.id == "A-4").unwrap();
    assert_eq!(d.predicted[0].triple.as_ref().unwrap().target, "---");
    assert!(r.to_text().contains("records fully correct"));
    // Other sets carry no exact scores.
    let plain = cameo_report(&opts);
    assert!(plain.exact_triples.is_none() && plain.records_correct.is_none());
}

#[test]
fn require_dyad_drops_one_sided_predictions() {
    let gold = r#"{"set":"petr2_gsr_validation","id":"s1","date":"20080804","text":"E","events":[{"source":"USA","target":"CHN","code":"042","code_system":"CAMEO"}],"no_event":false,"meta":{}}
"#;
    let set = load("dyad", gold);
    let coded = |src: Option<&str>, tgt: Option<&str>| PredictedEvent {
        source_code: src.map(str::to_string),
        target_code: tgt.map(str::to_string),
        ..ev(src, tgt, "042")
    };
    let coder = FakeCoder::default().with(
        "E",
        vec![coded(Some("USA"), Some("CHN")), coded(Some("USA"), None)],
    );
    let opts = EvalOptions {
        bootstrap_samples: 0,
        ..EvalOptions::default()
    };
    assert_eq!(evaluate(&set, &coder, &opts).counts.predicted_events, 2);
    let dyadic = EvalOptions {
        require_dyad: true,
        ..opts.clone()
    };
    let r = evaluate(&set, &coder, &dyadic);
    assert_eq!(r.counts.predicted_events, 1);
    assert_eq!(r.triples.as_ref().map(|t| (t.tp, t.fp)), Some((1, 0)));
}
