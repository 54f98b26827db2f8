//! Country accuracy on ambiguous place names (`tests/data/ambiguous.jsonl`):
//! short sentences written for this test, each naming one place whose country
//! is known. The story context is the item's `context` when given (what the
//! coder's actors would supply), else the countries the sentence itself names
//! or qualifies (`Geocoder::countries_named`).

use dyad_geo::{Context, Geocoder};
use dyad_text::{split_sentences, tokenize, Tagger};

#[test]
fn ambiguous_names_country_accuracy() {
    let data = include_str!("data/ambiguous.jsonl");
    let geo = Geocoder::shipped();
    let tagger = Tagger::shipped();
    let (mut total, mut right) = (0usize, 0usize);
    // Per batch: "dev" items were used while tuning the heuristics, "fresh"
    // items were written afterwards and run once, untuned.
    let mut batches: std::collections::BTreeMap<String, (usize, usize)> = Default::default();
    let mut misses = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let item: serde_json::Value = serde_json::from_str(line).expect("valid JSONL");
        let text = item["text"].as_str().expect("text");
        let want_place = item["place"].as_str().expect("place");
        let want = item["country"].as_str().expect("country");
        let mut sentences = Vec::new();
        for s in split_sentences(text) {
            let mut toks = tokenize(text, &s);
            tagger.tag(text, &mut toks);
            sentences.push(toks);
        }
        let ctx: Context = match item["context"].as_array() {
            Some(codes) => {
                let codes: Vec<&str> = codes.iter().filter_map(|c| c.as_str()).collect();
                geo.context(text, &codes)
            }
            None => {
                let named: Vec<String> = sentences
                    .iter()
                    .flat_map(|t| geo.countries_named(text, t))
                    .collect();
                geo.context(text, &named)
            }
        };
        let got = sentences
            .iter()
            .flat_map(|t| geo.places_in(text, t, &ctx))
            .find(|m| m.place.text.starts_with(want_place))
            .map(|m| m.place);
        total += 1;
        let batch = batches
            .entry(item["batch"].as_str().unwrap_or("dev").to_owned())
            .or_default();
        batch.0 += 1;
        match got.as_ref().and_then(|p| p.country.as_deref()) {
            Some(c) if c == want => {
                right += 1;
                batch.1 += 1;
            }
            other => misses.push(format!(
                "line {}: {want_place} → {:?} (want {want}) [{}]",
                n + 1,
                other,
                got.as_ref()
                    .map(|p| format!("{}, {}", p.name, p.admin1.clone().unwrap_or_default()))
                    .unwrap_or_default()
            )),
        }
    }
    let acc = right as f64 / total.max(1) as f64;
    println!("ambiguous place names: {right}/{total} = {acc:.3} country accuracy");
    for (name, (n, r)) in &batches {
        println!(
            "  batch {name}: {r}/{n} = {:.3}",
            *r as f64 / (*n).max(1) as f64
        );
    }
    for m in &misses {
        println!("  miss {m}");
    }
    assert!(total >= 100, "only {total} items");
    assert!(acc >= 0.90, "accuracy {acc:.3} < 0.90");
}
