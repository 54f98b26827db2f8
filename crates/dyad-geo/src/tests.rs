use super::*;
use dyad_text::{split_sentences, tokenize, Tagger};

/// (mention text, ISO-3, precision) of every place in a one-sentence story.
fn places(text: &str, countries: &[&str]) -> Vec<(String, String, Precision, Cue)> {
    let geo = Geocoder::shipped();
    let ctx = geo.context(text, countries);
    let mut out = Vec::new();
    for s in split_sentences(text) {
        let mut toks = tokenize(text, &s);
        Tagger::shipped().tag(text, &mut toks);
        for m in geo.places_in(text, &toks, &ctx) {
            out.push((
                m.place.text.clone(),
                m.place.country.clone().unwrap_or_default(),
                m.place.precision,
                m.cue,
            ));
        }
    }
    out
}

fn first_place(text: &str, countries: &[&str]) -> Option<(String, String)> {
    places(text, countries)
        .into_iter()
        .find(|p| p.3 != Cue::Bare)
        .map(|p| (p.0, p.1))
}

#[test]
fn every_table_entry_resolves() {
    let ix = index();
    assert!(ix.unresolved.is_empty(), "{:#?}", ix.unresolved);
}

#[test]
fn basic_mentions() {
    assert_eq!(
        first_place("Protesters gathered in Tripoli, the Libyan capital.", &[]),
        Some(("Tripoli".into(), "LBY".into()))
    );
    assert_eq!(
        first_place("Clashes erupted in Tripoli in northern Lebanon.", &[]),
        Some(("Tripoli".into(), "LBN".into()))
    );
    assert_eq!(
        first_place("A man was arrested in Paris, Texas, on Monday.", &[]),
        Some(("Paris".into(), "USA".into()))
    );
    assert_eq!(
        first_place("Police fired tear gas in Paris on Monday.", &["USA"]),
        Some(("Paris".into(), "FRA".into()))
    );
    assert_eq!(
        first_place("Troops massed near the Lebanese border.", &[]),
        Some(("Lebanese border".into(), "LBN".into()))
    );
    assert_eq!(
        first_place(
            "Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday.",
            &[]
        ),
        Some(("Kirkuk".into(), "IRQ".into()))
    );
    assert_eq!(
        first_place(
            "Sanctions were imposed on firms in the U.S. last year.",
            &[]
        ),
        Some(("U.S.".into(), "USA".into()))
    );
}

#[test]
fn dateline_place() {
    let text = "BAKU, March 20 (AFP) - Azerbaijan accused Iran of plotting attacks.";
    let geo = Geocoder::shipped();
    let ctx = geo.context(text, &["IRN"]);
    let d = ctx.dateline().expect("dateline place");
    assert_eq!(d.name, "Baku");
    assert_eq!(d.country.as_deref(), Some("AZE"));
    assert_eq!(d.basis, Basis::Dateline);
    assert_eq!(&text[d.start..d.end], "BAKU");
    assert_eq!(
        ctx.countries_iso3().first().map(String::as_str),
        Some("AZE")
    );
    // The dateline's words are not a sentence mention.
    assert!(places(text, &[]).iter().all(|p| p.0 != "BAKU"));
}

#[test]
fn event_place_prefers_clause_then_sentence_then_dateline() {
    let text =
        "MOSCOW, May 2 (Reuters) - Rebels attacked a convoy near Donetsk, officials in Kiev said.";
    let geo = Geocoder::shipped();
    let ctx = geo.context(text, &["UKR", "RUS"]);
    let s = split_sentences(text)[0];
    let mut toks = tokenize(text, &s);
    Tagger::shipped().tag(text, &mut toks);
    let trig = toks.iter().position(|t| t.lower == "attacked").unwrap();
    let comma = toks.iter().rposition(|t| t.lower == ",").unwrap();
    let p = geo
        .locate_event(text, &toks, trig, (0, comma), &ctx)
        .expect("place");
    assert_eq!((p.name.as_str(), p.basis), ("Donetsk", Basis::Clause));
    assert_eq!(p.country.as_deref(), Some("UKR"));
    let said = toks.iter().position(|t| t.lower == "said").unwrap();
    let p = geo
        .locate_event(text, &toks, said, (comma + 1, toks.len()), &ctx)
        .expect("place");
    assert_eq!((p.name.as_str(), p.basis), ("Kiev", Basis::Clause));
    // No place in the sentence: the dateline.
    let text2 = "MOSCOW, May 2 (Reuters) - Russia warned Ukraine on Tuesday.";
    let ctx2 = geo.context(text2, &["RUS", "UKR"]);
    let s = split_sentences(text2)[0];
    let mut toks = tokenize(text2, &s);
    Tagger::shipped().tag(text2, &mut toks);
    let trig = toks.iter().position(|t| t.lower == "warned").unwrap();
    let p = geo
        .locate_event(text2, &toks, trig, (0, toks.len()), &ctx2)
        .expect("dateline");
    assert_eq!((p.name.as_str(), p.basis), ("Moscow", Basis::Dateline));
    // No dateline, no cue: nothing, even though actors are countries.
    let text3 = "Russia warned Ukraine on Tuesday.";
    let ctx3 = geo.context(text3, &["RUS", "UKR"]);
    let s = split_sentences(text3)[0];
    let toks = tokenize(text3, &s);
    assert!(geo
        .locate_event(text3, &toks, 1, (0, toks.len()), &ctx3)
        .is_none());
}

#[test]
fn serializes_lowercase() {
    let p = Geocoder::shipped()
        .resolve("Kirkuk", &Context::default())
        .unwrap();
    let v = serde_json_like(&p);
    assert!(v.contains("\"precision\":\"city\""), "{v}");
    assert!(v.contains("\"basis\":\"sentence\""), "{v}");
}

fn serde_json_like(p: &Place) -> String {
    serde_json::to_string(p).unwrap_or_default()
}

#[test]
fn never_panics_on_odd_input() {
    let geo = Geocoder::shipped();
    for text in [
        "",
        "in",
        "In In In in in",
        "near the",
        "in ÉÉÉ, ÜÜ.",
        "in Paris,",
        "in St.",
        "the city of",
        "to",
        "visited to",
        "in U.S",
        "في بغداد",
        "in New York New York New York New York New York New York",
    ] {
        let ctx = geo.context(text, &["XXX", "", "USA"]);
        for s in split_sentences(text) {
            let toks = tokenize(text, &s);
            let ms = geo.places_in(text, &toks, &ctx);
            let _ = geo.event_place(&ms, 0, (5, 2), &ctx);
            let _ = geo.event_place(&ms, 999, (0, 999), &ctx);
        }
    }
    assert!(geo.resolve("", &Context::default()).is_none());
    // Tokens of another text: no panic, no nonsense.
    let other = "A much longer story about riots in Paris and Lyon yesterday.";
    let s = split_sentences(other)[0];
    let toks = tokenize(other, &s);
    let short = "in X";
    let ctx = Context::default();
    let _ = geo.places_in(short, &toks, &ctx);
    let _ = geo.countries_named(short, &toks);
    let _ = geo.locate_event(short, &toks, 3, (0, 99), &ctx);
}

#[test]
fn dateline_region_and_capitals() {
    let geo = Geocoder::shipped();
    let ctx = geo.context(
        "TRIPOLI, Lebanon, May 3 (AP) - Gunmen fought overnight.",
        &[] as &[&str],
    );
    assert_eq!(
        ctx.dateline().and_then(|p| p.country.as_deref()),
        Some("LBN")
    );
    let ctx = geo.context(
        "TRIPOLI, May 3 (AP) - Gunmen fought overnight.",
        &[] as &[&str],
    );
    assert_eq!(
        ctx.dateline().and_then(|p| p.country.as_deref()),
        Some("LBY")
    );
    let ctx = geo.context("WASHINGTON (Reuters) - The Senate voted.", &[] as &[&str]);
    let d = ctx.dateline().expect("dateline");
    assert_eq!(
        (d.name.as_str(), d.country.as_deref()),
        ("Washington, D.C.", Some("USA"))
    );
    let ctx = geo.context("UNITED NATIONS (AP) - The council met.", &[] as &[&str]);
    assert!(ctx.dateline().is_none());
}

#[test]
fn what_is_not_a_place() {
    for text in [
        "The vote is expected in March.",
        "He spoke at the Hudson Institute in a speech.",
        "She served in the Obama administration.",
        "Talks resumed at the UN on Friday.",
        "Let us go.",
        "Trade grew in Asia last year.",
        "Officials at the White House declined to comment.",
        "Supporters rallied in Lai's defense.",
    ] {
        let cued: Vec<_> = places(text, &[])
            .into_iter()
            .filter(|p| p.3 != Cue::Bare)
            .collect();
        assert!(cued.is_empty(), "{text}: {cued:?}");
    }
}

#[test]
fn more_mentions() {
    let cases: &[(&str, &[&str], &str, &str, Precision)] = &[
        (
            "Settlers clashed with villagers in the West Bank.",
            &[],
            "West Bank",
            "PSE",
            Precision::Admin1,
        ),
        (
            "Fishing boats were seized in Somali waters.",
            &[],
            "Somali waters",
            "SOM",
            Precision::Country,
        ),
        (
            "Bombs exploded in the Libyan capital.",
            &[],
            "Libyan capital",
            "LBY",
            Precision::City,
        ),
        (
            "Leaders met in Charlevoix, Quebec, last June.",
            &[],
            "Charlevoix, Quebec",
            "CAN",
            Precision::Admin1,
        ),
        (
            "Voters lined up in Georgia.",
            &["USA"],
            "Georgia",
            "USA",
            Precision::Admin1,
        ),
        (
            "Voters lined up in Georgia.",
            &["RUS", "USA"],
            "Georgia",
            "GEO",
            Precision::Country,
        ),
        (
            "Fighting was reported in Mosul, Kirkuk and Tikrit.",
            &[],
            "Tikrit",
            "IRQ",
            Precision::City,
        ),
        (
            "Inmates escaped from Croix des Bouquets prison.",
            &[],
            "Croix des Bouquets",
            "HTI",
            Precision::City,
        ),
        (
            "Rebels attacked a village in the western province of Herat.",
            &[],
            "Herat",
            "AFG",
            Precision::Admin1,
        ),
        (
            "A bomb went off in the Iraqi city of Basra.",
            &[],
            "Basra",
            "IRQ",
            Precision::City,
        ),
    ];
    for (text, ctx, want_text, want_cc, want_prec) in cases {
        let got = places(text, ctx)
            .into_iter()
            .find(|p| p.0 == *want_text)
            .unwrap_or_else(|| panic!("{text}: no {want_text} in {:?}", places(text, ctx)));
        assert_eq!((got.1.as_str(), got.2), (*want_cc, *want_prec), "{text}");
    }
}

#[test]
fn countries_named_and_context_codes() {
    let geo = Geocoder::shipped();
    let text = "Lebanese and U.S. officials met in Cyprus.";
    let s = split_sentences(text)[0];
    let toks = tokenize(text, &s);
    assert_eq!(geo.countries_named(text, &toks), ["LBN", "USA", "CYP"]);
    let ctx = Context::new(&["LBNGOV", "ROU", "usa", "XKX", "nonsense", ""]);
    assert_eq!(ctx.countries_iso3(), ["LBN", "ROU", "USA", "XKX"]);
    let k = geo.resolve("Pristina", &ctx).expect("Pristina");
    assert_eq!(k.country_cameo.as_deref(), Some("KSV"));
}
