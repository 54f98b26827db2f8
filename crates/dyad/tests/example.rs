//! The README's example story, coded with the shipped lexicon: the events the
//! README promises are there, with their actors, dates, amounts and reporters,
//! and nothing violent is coded from plots and plans.

use std::process::Command;

fn events() -> Vec<serde_json::Value> {
    let story = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/story.jsonl");
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["code", story])
        .output()
        .expect("dyad runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("events are JSON"))
        .collect()
}

fn code(a: &serde_json::Value) -> &str {
    a.get("code").and_then(|c| c.as_str()).unwrap_or("")
}

fn find<'a>(
    ev: &'a [serde_json::Value],
    src: &str,
    tgt: &str,
    root: &str,
) -> Option<&'a serde_json::Value> {
    ev.iter()
        .find(|e| code(&e["source"]) == src && code(&e["target"]) == tgt && e["cameo_root"] == root)
}

#[test]
fn readme_example_yields_the_promised_events() {
    let ev = events();
    let all: Vec<String> = ev
        .iter()
        .map(|e| {
            format!(
                "{} {} {} {}",
                code(&e["source"]),
                code(&e["target"]),
                e["cameo"],
                e["trigger"]["text"]
            )
        })
        .collect();
    let summons = find(&ev, "TUR", "GRCGOV", "11").unwrap_or_else(|| panic!("summons: {all:?}"));
    assert_eq!(summons["trigger"]["text"], "summons");
    assert!(
        find(&ev, "TUR", "GRCGOV", "13").is_some(),
        "warning: {all:?}"
    );
    let purchase = find(&ev, "GRC", "FRA", "06").unwrap_or_else(|| panic!("purchase: {all:?}"));
    let amount = &purchase["amounts"][0];
    assert_eq!(amount["value"].as_f64(), Some(2e9));
    assert_eq!(amount["unit"], "USD");
    let criticism = find(&ev, "TUR", "GRC", "11").unwrap_or_else(|| panic!("criticism: {all:?}"));
    assert_eq!(criticism["event_date"], "2024-03-18");
    assert_eq!(criticism["date_granularity"], "day");
    assert_eq!(
        criticism["reported_by"],
        serde_json::json!(["Reuters", "Turkish state media"])
    );
    assert!(
        ev.iter()
            .any(|e| code(&e["source"]) == "GRCGOV" && e["cameo_root"] == "01"),
        "acknowledgement: {all:?}"
    );
    assert!(
        find(&ev, "GRCGOV", "TUR", "03").is_some(),
        "assurance: {all:?}"
    );
    assert!(
        find(&ev, "GRCCOP", "TURREB", "17").is_some(),
        "arrest: {all:?}"
    );
    assert!(
        find(&ev, "TURGOV", "GRCGOV", "11").is_some(),
        "protest summons: {all:?}"
    );
    // Plots, plans and negated acts are never coded as violence.
    for e in &ev {
        let root = e["cameo_root"].as_str().unwrap_or("");
        assert!(
            !matches!(root, "18" | "19" | "20"),
            "violent event from a plot or plan: {e}"
        );
    }
    // Offsets are character offsets into the story text.
    let text: Vec<char> = {
        let story = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/story.jsonl"
        ))
        .expect("example story");
        let v: serde_json::Value = serde_json::from_str(story.trim()).expect("story JSON");
        v["text"].as_str().unwrap_or("").chars().collect()
    };
    for e in &ev {
        for side in ["source", "target"] {
            let a = &e[side];
            if a.is_null() {
                continue;
            }
            let (s, t) = (
                a["start"].as_u64().unwrap_or(0) as usize,
                a["end"].as_u64().unwrap_or(0) as usize,
            );
            let got: String = text[s..t].iter().collect();
            assert_eq!(got, a["text"].as_str().unwrap_or(""));
        }
    }
}
