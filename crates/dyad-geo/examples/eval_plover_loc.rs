//! Event-location accuracy on the PLOVER gold sentences that carry `eventLoc`.
//!
//! ```text
//! cargo run --release -p dyad-geo --example eval_plover_loc [-- PATH] [--verbose]
//! ```
//!
//! Reads `plover_gsr.jsonl` (default: `../shared/gold/dev/` from the repository
//! root, or `/work/shared/gold/dev/`); exits 0 with a note when it is absent.
//! Each gold event with a non-null `eventLoc` (`{"name": "Bam", "country code":
//! "IR"}`) is located with `Geocoder::locate_event`: trigger = the first token of
//! the gold `eventText` (else the first verb), clause = the whole sentence, story
//! context = the countries the text itself names (`Geocoder::countries_named`;
//! no gold actors are used). A prediction is right when the folded gold name
//! (lower-cased, ASCII-folded, punctuation dropped) equals, contains as whole
//! words, or is contained as whole words in, or is one edit away from (names of
//! five letters or more: the gold's `Algers`), the folded predicted mention text
//! or gazetteer name (`province of Herat` ~ `Herat`; `Khatmandu` ~ `Kathmandu`
//! through the mention text). When the gold has a `country code` (ISO-2), the
//! predicted country must match it too.
//!
//! A second, looser figure also counts a prediction right when the gold place is
//! a country and the predicted place lies in it (gold `Iran`, predicted `Esfahan`).

use std::path::PathBuf;

use dyad_geo::fold::fold;
use dyad_geo::Geocoder;
use dyad_text::{split_sentences, tokenize, Tagger};

fn words_within(a: &str, b: &str) -> bool {
    !a.is_empty() && format!(" {b} ").contains(&format!(" {a} "))
}

/// At most one insertion, deletion or substitution apart (`algers` ~ `algiers`).
fn one_edit(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > 1 || a.len().min(b.len()) < 5 {
        return false;
    }
    let (mut i, mut j, mut edits) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if a[i] == b[j] {
            i += 1;
            j += 1;
            continue;
        }
        edits += 1;
        match a.len().cmp(&b.len()) {
            std::cmp::Ordering::Less => j += 1,
            std::cmp::Ordering::Greater => i += 1,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    edits + (a.len() - i) + (b.len() - j) <= 1
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "--verbose");
    let given = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map(PathBuf::from);
    let candidates = [
        given,
        Some(PathBuf::from("../shared/gold/dev/plover_gsr.jsonl")),
        Some(PathBuf::from("/work/shared/gold/dev/plover_gsr.jsonl")),
        Some(PathBuf::from(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/gold/dev/plover_gsr.jsonl"
        ))),
    ];
    let Some(path) = candidates.into_iter().flatten().find(|p| p.is_file()) else {
        println!("eval_plover_loc: skipped (plover_gsr.jsonl not found)");
        return;
    };
    let Ok(data) = std::fs::read_to_string(&path) else {
        println!("eval_plover_loc: skipped (cannot read {})", path.display());
        return;
    };
    let geo = Geocoder::shipped();
    let tagger = Tagger::shipped();
    let (mut total, mut found, mut right) = (0usize, 0usize, 0usize);
    let (mut coded, mut coded_right) = (0usize, 0usize);
    let mut within = 0usize;
    let (mut no_gold, mut placed_anyway) = (0usize, 0usize);
    for line in data.lines() {
        let Ok(rec) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let Some(text) = rec["text"].as_str() else {
            continue;
        };
        let Some(events) = rec["events"].as_array() else {
            continue;
        };
        let sentences: Vec<_> = split_sentences(text)
            .into_iter()
            .map(|s| {
                let mut t = tokenize(text, &s);
                tagger.tag(text, &mut t);
                t
            })
            .collect();
        let named: Vec<String> = sentences
            .iter()
            .flat_map(|t| geo.countries_named(text, t))
            .collect();
        let ctx = geo.context(text, &named);
        for ev in events {
            let loc = &ev["eventLoc"];
            let Some(gold_name) = loc["name"].as_str() else {
                // No gold location: does the geocoder place the event anyway?
                no_gold += 1;
                let toks = sentences.first().map(Vec::as_slice).unwrap_or(&[]);
                let trig = toks.iter().position(|t| t.tag.is_verb()).unwrap_or(0);
                if let Some(p) = geo.locate_event(text, toks, trig, (0, toks.len()), &ctx) {
                    placed_anyway += 1;
                    if verbose {
                        println!("  (no gold) {:?} → {} ({:?})", p.text, p.name, p.country);
                    }
                }
                continue;
            };
            let gold_cc = loc["country code"].as_str();
            total += 1;
            let first_word = ev["eventText"]
                .as_str()
                .and_then(|t| t.split_whitespace().next())
                .map(|w| w.to_lowercase());
            // Sentence and token of the trigger.
            let mut at = None;
            for (si, toks) in sentences.iter().enumerate() {
                if let Some(w) = &first_word {
                    if let Some(k) = toks.iter().position(|t| t.lower == *w) {
                        at = Some((si, k));
                        break;
                    }
                }
            }
            let (si, trig) = at.unwrap_or_else(|| {
                let k = sentences
                    .first()
                    .and_then(|t| t.iter().position(|t| t.tag.is_verb()))
                    .unwrap_or(0);
                (0, k)
            });
            let Some(toks) = sentences.get(si) else {
                continue;
            };
            let place = geo.locate_event(text, toks, trig, (0, toks.len()), &ctx);
            let g = fold(gold_name);
            let ok = place.as_ref().is_some_and(|p| {
                let name_ok = [fold(&p.text), fold(&p.name)].iter().any(|x| {
                    *x == g || words_within(&g, x) || words_within(x, &g) || one_edit(x, &g)
                });
                let cc_ok = gold_cc.is_none_or(|cc| {
                    p.country
                        .as_deref()
                        .and_then(dyad_ontology::country_by_iso3)
                        .and_then(|c| c.iso2.as_deref())
                        == Some(cc)
                });
                name_ok && cc_ok
            });
            if place.is_some() {
                found += 1;
            }
            if ok {
                right += 1;
            }
            let gold_country = dyad_geo::Geocoder::shipped()
                .resolve(gold_name, &dyad_geo::Context::default())
                .filter(|p| p.precision == dyad_geo::Precision::Country)
                .and_then(|p| p.country);
            let inside = gold_country.is_some_and(|gc| {
                place
                    .as_ref()
                    .is_some_and(|p| p.country.as_deref() == Some(gc.as_str()))
            });
            if ok || inside {
                within += 1;
            }
            if gold_cc.is_some() {
                coded += 1;
                coded_right += usize::from(ok);
            }
            if verbose || !ok {
                println!(
                    "{} gold {:?}{} → {}",
                    if ok { "  ok " } else { "  MISS" },
                    gold_name,
                    gold_cc.map(|c| format!(" ({c})")).unwrap_or_default(),
                    place
                        .as_ref()
                        .map(|p| format!(
                            "{:?} = {} ({}, {:?}, {:?})",
                            p.text,
                            p.name,
                            p.country.as_deref().unwrap_or("?"),
                            p.precision,
                            p.basis
                        ))
                        .unwrap_or_else(|| "none".into())
                );
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "PLOVER eventLoc ({}): {total} gold locations, {found} located ({:.1}%), \
         {right} right ({:.1}% place-name accuracy); with a gold country code: {coded_right}/{coded}; \
         right or inside the gold country: {within} ({:.1}%)",
        path.display(),
        pct(found, total),
        pct(right, total),
        pct(within, total),
    );
    println!(
        "events without a gold eventLoc: {no_gold}, of which placed anyway: {placed_anyway} \
         (gold leaves many located events unannotated: not a precision figure)"
    );
}
