//! Checks stored or exported events against the codebook (dyad_ontology).
//!
//! For every event: the CAMEO code exists (`13y` does not); the root column
//! is the code's root; Goldstein weight and QuadClass are the code's; actor
//! codes parse as CAMEO actor codes and agree with their country columns;
//! the PLOVER type exists and is the code's mapping; the date is a calendar
//! date; the trigger lies inside the sentence; the event place, if any, is
//! sane: latitude in [-90, 90], longitude in [-180, 180] (both or neither),
//! known precision and basis, and its text span inside its sentence (basis
//! `clause`/`sentence`) or the story (`dateline`, when the story's length is
//! known). Stores are checked mention by
//! mention and derived event by derived event; files may hold dyad's event
//! records (`dyad code` JSONL) or PLOVER records (`dyad export --format
//! plover-jsonl`).

use std::collections::HashMap;
use std::io::BufRead;

use chrono::NaiveDate;
use serde_json::Value as Json;

use crate::db::Value;
use crate::error::{Error, Result};
use crate::model::Mention;
use crate::store::Store;

/// One bad row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Which row: `mention 3f2a… (story s1)`, `derived one-a-day event …`,
    /// `events.jsonl line 7 (event …)`.
    pub record: String,
    pub reason: String,
}

/// What validation looked at.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ValidationReport {
    pub checked: usize,
    pub problems: Vec<Problem>,
}

/// The codebook-relevant fields of one event, from any source.
#[derive(Debug, Clone, Default)]
pub struct EventFields {
    pub cameo: Option<String>,
    pub cameo_root: Option<String>,
    pub goldstein: Option<f64>,
    pub quad_class: Option<i64>,
    pub source_code: Option<String>,
    pub source_country: Option<String>,
    pub target_code: Option<String>,
    pub target_country: Option<String>,
    pub plover_type: Option<String>,
    pub event_date: Option<String>,
    /// (sentence start, sentence end, trigger start, trigger end).
    pub offsets: Option<(i64, i64, i64, i64)>,
    pub place: Option<PlaceFields>,
    /// The story's length in characters, when known.
    pub story_chars: Option<i64>,
}

/// The checkable fields of an event's place.
#[derive(Debug, Clone, Default)]
pub struct PlaceFields {
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub precision: Option<String>,
    pub basis: Option<String>,
    /// Character offsets of the place's text in the story.
    pub start: Option<i64>,
    pub end: Option<i64>,
}

/// Every problem of one place; `sentence` is the event sentence's span and
/// `story_chars` the story's length, when known.
fn check_place(
    p: &PlaceFields,
    sentence: Option<(i64, i64)>,
    story_chars: Option<i64>,
) -> Vec<String> {
    let mut out = Vec::new();
    match p.lat {
        Some(x) if !x.is_finite() || !(-90.0..=90.0).contains(&x) => {
            out.push(format!("place latitude {x} is outside -90..90"))
        }
        _ => {}
    }
    match p.lon {
        Some(x) if !x.is_finite() || !(-180.0..=180.0).contains(&x) => {
            out.push(format!("place longitude {x} is outside -180..180"))
        }
        _ => {}
    }
    if p.lat.is_some() != p.lon.is_some() {
        out.push("place has a latitude or a longitude, not both".into());
    }
    if let Some(k) = &p.precision {
        if !["city", "admin1", "country"].contains(&k.as_str()) {
            out.push(format!(
                "place precision {k:?} is not city, admin1 or country"
            ));
        }
    }
    if let Some(b) = &p.basis {
        if !["clause", "sentence", "dateline"].contains(&b.as_str()) {
            out.push(format!(
                "place basis {b:?} is not clause, sentence or dateline"
            ));
        }
    }
    if let (Some(s), Some(e)) = (p.start, p.end) {
        if s < 0 || e < s {
            out.push(format!("place text offsets {s}..{e} are not a span"));
        } else {
            match p.basis.as_deref() {
                Some("clause" | "sentence") => {
                    if let Some((ss, se)) = sentence {
                        if !(ss <= s && e <= se) {
                            out.push(format!(
                                "place text {s}..{e} is not inside its sentence {ss}..{se} (basis {})",
                                p.basis.as_deref().unwrap_or_default()
                            ));
                        }
                    }
                }
                _ => {
                    if let Some(n) = story_chars {
                        if e > n {
                            out.push(format!(
                                "place text {s}..{e} is beyond the story's end ({n} characters)"
                            ));
                        }
                    }
                }
            }
        }
    }
    out
}

impl From<&Mention> for EventFields {
    fn from(m: &Mention) -> Self {
        EventFields {
            cameo: Some(m.cameo.clone()),
            cameo_root: Some(m.cameo_root.clone()),
            goldstein: Some(m.goldstein),
            quad_class: Some(m.quad_class),
            source_code: m.source.as_ref().map(|a| a.code.clone()),
            source_country: m.source.as_ref().and_then(|a| a.country.clone()),
            target_code: m.target.as_ref().map(|a| a.code.clone()),
            target_country: m.target.as_ref().and_then(|a| a.country.clone()),
            plover_type: m.plover_type.clone(),
            event_date: Some(m.event_date.clone()),
            offsets: Some((
                m.sentence_start,
                m.sentence_end,
                m.trigger_start,
                m.trigger_end,
            )),
            place: m.place.as_ref().map(|p| PlaceFields {
                lat: p.lat,
                lon: p.lon,
                precision: Some(p.precision.clone()),
                basis: Some(p.basis.clone()),
                start: Some(p.start),
                end: Some(p.end),
            }),
            story_chars: None,
        }
    }
}

/// Every codebook problem of one event (empty = valid).
pub fn check(e: &EventFields) -> Vec<String> {
    let mut out = Vec::new();
    match e.cameo.as_deref() {
        None => out.push("no CAMEO code".to_string()),
        Some(code) => match dyad_ontology::cameo(code) {
            None => out.push(format!(
                "CAMEO code {code:?} is not in the CAMEO 1.1b3 codebook"
            )),
            Some(c) => {
                if let Some(root) = &e.cameo_root {
                    if *root != c.root {
                        out.push(format!(
                            "cameo_root {root:?} does not match code {code:?} (root {:?})",
                            c.root
                        ));
                    }
                }
                if let Some(g) = e.goldstein {
                    if (g - c.goldstein).abs() > 1e-6 {
                        out.push(format!(
                            "goldstein {g} is not CAMEO {code}'s weight {}",
                            c.goldstein
                        ));
                    }
                }
                if let Some(q) = e.quad_class {
                    if q != i64::from(c.quad_class) {
                        out.push(format!(
                            "quad_class {q} is not CAMEO {code}'s QuadClass {}",
                            c.quad_class
                        ));
                    }
                }
                let mapped = c.plover.as_ref().map(|p| p.event_type.as_str());
                if let Some(p) = &e.plover_type {
                    if dyad_ontology::plover_type(p).is_none() {
                        out.push(format!("PLOVER type {p:?} is not a PLOVER event type"));
                    } else if mapped != Some(p.as_str()) {
                        out.push(format!(
                            "PLOVER type {p:?} is not CAMEO {code}'s ({})",
                            mapped.unwrap_or("none: PLOVER drops roots 01/02")
                        ));
                    }
                }
            }
        },
    }
    if let (Some(root), Some(code)) = (&e.cameo_root, &e.cameo) {
        if !code.starts_with(root.as_str()) && dyad_ontology::cameo(code).is_none() {
            out.push(format!("cameo_root {root:?} is not a prefix of {code:?}"));
        }
    }
    if let Some(q) = e.quad_class {
        if !(1..=4).contains(&q) {
            out.push(format!("quad_class {q} is outside 1..4"));
        }
    }
    if let Some(g) = e.goldstein {
        if !g.is_finite() || !(-10.0..=10.0).contains(&g) {
            out.push(format!("goldstein {g} is outside -10..10"));
        }
    }
    for (role, code, country) in [
        ("source", &e.source_code, &e.source_country),
        ("target", &e.target_code, &e.target_country),
    ] {
        let Some(code) = code else { continue };
        match dyad_ontology::parse_actor_code(code) {
            Err(err) => out.push(format!("{role} actor code: {err}")),
            Ok(parsed) => {
                if let (Some(stored), Some(p)) = (country, &parsed.country) {
                    if dyad_ontology::normalize_country(stored) != *p {
                        out.push(format!(
                            "{role}_country {stored:?} does not match actor code {code:?} ({p})"
                        ));
                    }
                }
            }
        }
    }
    if let Some(d) = &e.event_date {
        if NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
            out.push(format!("event_date {d:?} is not a YYYY-MM-DD date"));
        }
    }
    if let Some((ss, se, ts, te)) = e.offsets {
        if !(ss <= ts && ts <= te && te <= se) {
            out.push(format!(
                "trigger {ts}..{te} is not inside its sentence {ss}..{se}"
            ));
        }
    }
    if let Some(p) = &e.place {
        out.extend(check_place(
            p,
            e.offsets.map(|(ss, se, _, _)| (ss, se)),
            e.story_chars,
        ));
    }
    out
}

/// Validates every mention and derived event of a store.
pub fn validate_store(store: &mut Store) -> Result<ValidationReport> {
    let mut report = ValidationReport::default();
    let mut story_chars: HashMap<String, i64> = HashMap::new();
    store
        .db()
        .for_each("SELECT story_id, n_chars FROM stories", &[], &mut |r| {
            if let (Some(id), Some(n)) = (r[0].as_str(), r[1].as_i64()) {
                story_chars.insert(id.to_string(), n);
            }
            Ok(())
        })?;
    for m in store.mentions(None, None)? {
        report.checked += 1;
        let mut e = EventFields::from(&m);
        e.story_chars = story_chars.get(&m.story_id).copied();
        for reason in check(&e) {
            report.problems.push(Problem {
                record: format!("mention {} (story {})", m.mention_id, m.story_id),
                reason,
            });
        }
    }
    let location = store.location().to_string();
    let rows = store.db().query(
        "SELECT rule, event_id, cameo, cameo_root, goldstein, quad_class, source_code, \
         source_country, target_code, target_country, plover_type, event_date, \
         place_lat, place_lon, place_precision FROM derived_events",
        &[],
    )?;
    for r in rows {
        report.checked += 1;
        let text = |i: usize| -> Option<String> {
            match &r[i] {
                Value::Null => None,
                v => Some(v.render()),
            }
        };
        let real = |i: usize, what: &str| match &r[i] {
            Value::Real(f) => Ok(Some(*f)),
            Value::Int(i) => Ok(Some(*i as f64)),
            Value::Null => Ok(None),
            Value::Text(t) => Err(Error::Data {
                location: location.clone(),
                record: format!("derived event {}", r[1].render()),
                reason: format!("{what} {t:?} is not a number"),
            }),
        };
        let goldstein = real(4, "goldstein")?;
        let (lat, lon) = (real(12, "place_lat")?, real(13, "place_lon")?);
        let precision = text(14);
        let e = EventFields {
            cameo: text(2),
            cameo_root: text(3),
            goldstein,
            quad_class: r[5].as_i64(),
            source_code: text(6),
            source_country: text(7),
            target_code: text(8),
            target_country: text(9),
            plover_type: text(10),
            event_date: text(11),
            offsets: None,
            place: (lat.is_some() || lon.is_some() || precision.is_some()).then(|| PlaceFields {
                lat,
                lon,
                precision,
                ..PlaceFields::default()
            }),
            story_chars: None,
        };
        for reason in check(&e) {
            report.problems.push(Problem {
                record: format!("derived {} event {}", r[0].render(), r[1].render()),
                reason,
            });
        }
    }
    Ok(report)
}

fn json_str(v: &Json, path: &[&str]) -> Option<String> {
    let mut cur = v;
    for p in path {
        cur = cur.get(p)?;
    }
    match cur {
        Json::String(s) => Some(s.clone()),
        Json::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Checks one PLOVER JSON record.
fn check_plover(v: &Json) -> Vec<String> {
    let mut out = Vec::new();
    let types: Vec<String> = v
        .get("event")
        .and_then(Json::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    if types.is_empty() {
        out.push("no `event` type".into());
    }
    for t in &types {
        match dyad_ontology::plover_type(t) {
            None => out.push(format!("PLOVER type {t:?} is not a PLOVER event type")),
            Some(pt) => {
                if let Some(q) = v.get("quad_code").and_then(Json::as_i64) {
                    if q != i64::from(pt.quad_class) {
                        out.push(format!("quad_code {q} is not {t}'s quad {}", pt.quad_class));
                    }
                }
            }
        }
    }
    match json_str(v, &["date"]) {
        Some(d) if NaiveDate::parse_from_str(&d, "%Y-%m-%d").is_ok() => {}
        Some(d) => out.push(format!("date {d:?} is not a YYYY-MM-DD date")),
        None => out.push("no `date`".into()),
    }
    if v.get("id").is_none() {
        out.push("no `id`".into());
    }
    if let Some(loc) = v.get("event_loc").filter(|l| l.is_object()) {
        let p = PlaceFields {
            lat: loc.get("lat").and_then(Json::as_f64),
            lon: loc.get("lon").and_then(Json::as_f64),
            ..PlaceFields::default()
        };
        out.extend(check_place(&p, None, None));
    }
    out
}

/// Validates a JSONL file of dyad event records or PLOVER records.
pub fn validate_jsonl(name: &str, reader: impl BufRead) -> Result<ValidationReport> {
    let mut report = ValidationReport::default();
    for (i, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| Error::io(format!("{name}: reading line {}", i + 1), e))?;
        if line.trim().is_empty() {
            continue;
        }
        report.checked += 1;
        let mut problem = |id: Option<String>, reason: String| {
            report.problems.push(Problem {
                record: match id {
                    Some(id) => format!("{name} line {} (event {id})", i + 1),
                    None => format!("{name} line {}", i + 1),
                },
                reason,
            })
        };
        let v: Json = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                problem(None, format!("malformed JSON: {e}"));
                continue;
            }
        };
        if !v.is_object() {
            problem(None, "record is not a JSON object".into());
            continue;
        }
        if v.get("cameo").is_none() && v.get("event").is_some() {
            let id = json_str(&v, &["id"]);
            for reason in check_plover(&v) {
                problem(id.clone(), reason);
            }
            continue;
        }
        let id = json_str(&v, &["event_id"]);
        let num = |k: &str| v.get(k).and_then(Json::as_f64);
        let off = |p: &[&str]| {
            let mut cur = &v;
            for k in p {
                cur = cur.get(k)?;
            }
            cur.as_i64()
        };
        let offsets = match (
            off(&["sentence_start"]),
            off(&["sentence_end"]),
            off(&["trigger", "start"]),
            off(&["trigger", "end"]),
        ) {
            (Some(a), Some(b), Some(c), Some(d)) => Some((a, b, c, d)),
            _ => None,
        };
        let place = v
            .get("place")
            .filter(|p| p.is_object())
            .map(|p| PlaceFields {
                lat: p.get("lat").and_then(Json::as_f64),
                lon: p.get("lon").and_then(Json::as_f64),
                precision: json_str(p, &["precision"]),
                basis: json_str(p, &["basis"]),
                start: p.get("start").and_then(Json::as_i64),
                end: p.get("end").and_then(Json::as_i64),
            });
        let e = EventFields {
            cameo: json_str(&v, &["cameo"]),
            cameo_root: json_str(&v, &["cameo_root"]),
            goldstein: num("goldstein"),
            quad_class: v.get("quad_class").and_then(Json::as_i64),
            source_code: json_str(&v, &["source", "code"]),
            source_country: json_str(&v, &["source", "country"]),
            target_code: json_str(&v, &["target", "code"]),
            target_country: json_str(&v, &["target", "country"]),
            plover_type: json_str(&v, &["plover", "type"]),
            event_date: json_str(&v, &["event_date"]),
            offsets,
            place,
            story_chars: None,
        };
        if e.cameo.is_none() {
            problem(id.clone(), "missing field `cameo`".into());
            continue;
        }
        for reason in check(&e) {
            problem(id.clone(), reason);
        }
    }
    Ok(report)
}
