//! Shared helpers: temporary stores on every available backend, hand-made
//! stories and a stand-in coder, so tests depend neither on the lexicon nor
//! on ../shared.
#![allow(dead_code)]

use std::path::PathBuf;

use chrono::NaiveDate;
use dyad_coder::dates::Granularity;
use dyad_coder::record::{ActorRecord, PlaceRecord, PloverRecord, TriggerRecord};
use dyad_coder::{EventRecord, Story, StoryResult};
use dyad_store::{DedupRule, Ingest, IngestOptions, IngestStats, OpenMode, Store};
use sha2::{Digest, Sha256};

/// A fresh, empty temporary directory for one test.
pub fn tmp_dir(name: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("dyad-store-tests")
        .join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("creating a temp dir");
    d
}

/// Store URLs to run a test against: a new SQLite file, and a new PostgreSQL
/// database when DYAD_TEST_POSTGRES_URL is set (else a note is printed).
pub fn backends(name: &str) -> Vec<String> {
    let dir = tmp_dir(name);
    let mut v = vec![dir.join("store.sqlite").display().to_string()];
    match std::env::var("DYAD_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => v.push(fresh_pg_db(&url, name)),
        _ => eprintln!(
            "note: DYAD_TEST_POSTGRES_URL not set: {name} runs on SQLite only (PostgreSQL skipped)"
        ),
    }
    v
}

/// Creates (dropping any leftover) database `dyad_t_<name>` on the server of
/// `url` and returns its URL.
pub fn fresh_pg_db(url: &str, name: &str) -> String {
    let db = format!("dyad_t_{}", name.replace('-', "_"));
    let mut c = postgres::Client::connect(url, postgres::NoTls)
        .unwrap_or_else(|e| panic!("DYAD_TEST_POSTGRES_URL {url}: {e}"));
    c.batch_execute(&format!("DROP DATABASE IF EXISTS {db}"))
        .expect("dropping the test database");
    c.batch_execute(&format!("CREATE DATABASE {db}"))
        .expect("creating the test database");
    // Replace the path (database name) of the URL, keeping any query string.
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let host_end = base[scheme_end..]
        .find('/')
        .map(|i| i + scheme_end)
        .unwrap_or(base.len());
    format!("{}/{db}{query}", &base[..host_end])
}

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// A story; `publisher` and `url` are provenance.
pub fn story(id: &str, day: &str, publisher: Option<&str>, text: &str) -> Story {
    let mut s = Story::new(id, text, date(day));
    s.publisher = publisher.map(str::to_string);
    s.url = publisher.map(|p| format!("https://{}.example/{id}", p.to_lowercase()));
    s
}

fn actor(code: &str, text: &str, start: usize) -> ActorRecord {
    let parsed = dyad_ontology::parse_actor_code(code).ok();
    ActorRecord {
        text: text.to_string(),
        code: code.to_string(),
        country: parsed.as_ref().and_then(|p| p.country.clone()),
        sector: parsed.and_then(|p| p.sectors.first().cloned()),
        start,
        end: start + text.chars().count(),
    }
}

/// The stand-in gazetteer: (name, admin1, ISO-3, CAMEO country, lat, lon, precision).
type FixturePlace = (
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
    Option<(f64, f64)>,
    dyad_geo::Precision,
);

const PLACES: &[FixturePlace] = &[
    (
        "Baghdad",
        Some("Mayorality of Baghdad"),
        "IRQ",
        "IRQ",
        Some((33.34058, 44.40088)),
        dyad_geo::Precision::City,
    ),
    (
        "Austin",
        Some("Texas"),
        "USA",
        "USA",
        Some((30.26715, -97.74306)),
        dyad_geo::Precision::City,
    ),
    (
        "Texas",
        Some("Texas"),
        "USA",
        "USA",
        Some((31.25044, -99.25061)),
        dyad_geo::Precision::Admin1,
    ),
    (
        "Punjab",
        Some("Punjab"),
        "PAK",
        "PAK",
        Some((30.5, 72.5)),
        dyad_geo::Precision::Admin1,
    ),
    (
        "Iraq",
        None,
        "IRQ",
        "IRQ",
        None,
        dyad_geo::Precision::Country,
    ),
    (
        "Bucharest",
        Some("Bucuresti"),
        "ROU",
        "ROM",
        Some((44.43225, 26.10626)),
        dyad_geo::Precision::City,
    ),
];

/// The event place of `name` (a [`PLACES`] entry) named at character `start`.
pub fn fixture_place(name: &str, start: usize) -> Option<PlaceRecord> {
    let (n, admin1, iso3, cameo, pos, precision) = PLACES.iter().find(|p| p.0 == name)?;
    Some(PlaceRecord {
        text: n.to_string(),
        name: n.to_string(),
        geonames_id: None,
        country: Some(iso3.to_string()),
        country_cameo: Some(cameo.to_string()),
        admin1: admin1.map(str::to_string),
        lat: pos.map(|p| p.0),
        lon: pos.map(|p| p.1),
        precision: *precision,
        start,
        end: start + n.chars().count(),
        basis: dyad_geo::Basis::Clause,
    })
}

/// The stand-in coder: every sentence `SRC CODE TGT[ in PLACE][ on
/// YYYY-MM-DD].` (e.g. `IRNMIL 190 IRQ in Baghdad.`) is one event; `-`
/// stands for a missing actor, PLACE is one of [`PLACES`] (the event's
/// place, basis `clause`). Other sentences code nothing. Codes are looked up
/// in dyad_ontology as the real coder does. Texts are ASCII: byte offsets
/// are character offsets.
pub fn fake_code(s: &Story) -> StoryResult {
    let mut events = Vec::new();
    let mut sentences = 0;
    let mut pos = 0usize;
    for (index, raw) in s.text.split_inclusive('.').enumerate() {
        let start = pos + (raw.len() - raw.trim_start().len());
        pos += raw.len();
        let sent = raw.trim();
        if sent.is_empty() {
            continue;
        }
        sentences += 1;
        let body = sent.trim_end_matches('.');
        let (body, when) = match body.split_once(" on ") {
            Some((b, d)) => (b, Some(d.to_string())),
            None => (body, None),
        };
        let (body, place) = match body.split_once(" in ") {
            Some((b, p)) => (b, fixture_place(p, start + b.len() + 4)),
            None => (body, None),
        };
        let parts: Vec<&str> = body.split_whitespace().collect();
        if parts.len() != 3 {
            continue;
        }
        let Some(c) = dyad_ontology::cameo(parts[1]) else {
            continue;
        };
        let src = (parts[0] != "-").then(|| actor(parts[0], parts[0], start));
        let tgt_start = start + parts[0].len() + parts[1].len() + 2;
        let tgt = (parts[2] != "-").then(|| actor(parts[2], parts[2], tgt_start));
        let mut h = Sha256::new();
        h.update(s.id.as_bytes());
        h.update(s.text.as_bytes());
        h.update(index.to_le_bytes());
        let event_id: String = h.finalize()[..16]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let trig_start = start + parts[0].len() + 1;
        events.push(EventRecord {
            event_id,
            story_id: s.id.clone(),
            sentence_index: index,
            event_date: when
                .clone()
                .unwrap_or_else(|| s.date.format("%Y-%m-%d").to_string()),
            date_granularity: if when.is_some() {
                Granularity::Day
            } else {
                Granularity::Story
            },
            date_text: when,
            source: src,
            target: tgt,
            cameo: c.code.clone(),
            cameo_root: c.root.clone(),
            cameo_name: c.name.clone(),
            goldstein: c.goldstein,
            quad_class: c.quad_class,
            plover: c.plover.as_ref().map(|p| PloverRecord {
                event_type: p.event_type.clone(),
                mode: p.mode.clone(),
                context: p.context.clone(),
            }),
            trigger: TriggerRecord {
                text: parts[1].to_string(),
                start: trig_start,
                end: trig_start + parts[1].len(),
            },
            sentence: sent.to_string(),
            sentence_start: start,
            sentence_end: start + sent.chars().count(),
            reported_by: s.publisher.iter().cloned().collect(),
            amounts: vec![],
            place,
            publisher: s.publisher.clone(),
            url: s.url.clone(),
            coder_version: dyad_coder::CODER_VERSION.to_string(),
        });
    }
    StoryResult {
        story_id: s.id.clone(),
        sentences,
        events,
        // No spans: the store splits the story itself, as for any result
        // that comes without them.
        sentence_spans: Vec::new(),
    }
}

pub fn fake_batch(stories: &[&Story]) -> Vec<StoryResult> {
    stories.iter().map(|s| fake_code(s)).collect()
}

/// Ingests `stories` into `url` with the stand-in coder.
pub fn ingest(url: &str, stories: &[Story], opts: IngestOptions) -> IngestStats {
    let mut store = Store::open(url, OpenMode::Create).expect("opening the store");
    let mut ing = Ingest::new(&mut store, opts, fake_batch);
    for s in stories {
        ing.push(s.clone(), Some("test.jsonl")).expect("push");
    }
    ing.finish().expect("finish")
}

pub fn opts_with(rules: &[DedupRule]) -> IngestOptions {
    IngestOptions {
        rules: rules.to_vec(),
        ..IngestOptions::default()
    }
}

/// Two invented clashes, each reported by two publishers on the same day,
/// plus unrelated events.
pub fn clash_corpus() -> Vec<Story> {
    vec![
        // Clash 1: Iranian troops and Iraq, 2024-03-04, reported by AP and Reuters.
        story(
            "ap-1",
            "2024-03-04",
            Some("AP"),
            "IRNMIL 190 IRQ. IRN 040 IRQ.",
        ),
        // Reuters also reports air strikes the same day (same root 19).
        story(
            "reuters-1",
            "2024-03-04",
            Some("Reuters"),
            "Officials spoke. IRNMIL 190 IRQ in Baghdad. IRN 195 IRQ.",
        ),
        // Clash 2: Turkey and Greece, 2024-03-05, reported by AFP and Reuters
        // (Reuters a day later, dating the clash explicitly).
        story("afp-2", "2024-03-05", Some("AFP"), "TUR 193 GRC."),
        story(
            "reuters-2",
            "2024-03-06",
            Some("Reuters"),
            "TUR 193 GRC on 2024-03-05. GRC 130 TUR.",
        ),
        // The same report filed again by Reuters under another id: one more
        // mention and story, no new source.
        story(
            "reuters-2b",
            "2024-03-06",
            Some("Reuters"),
            "TUR 193 GRC on 2024-03-05.",
        ),
        // An appeal (root 02, no PLOVER type) and an unattributed story.
        story("blog-3", "2024-03-07", None, "FRA 020 RUS. - 145 RUSGOV."),
    ]
}
