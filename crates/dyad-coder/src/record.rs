//! The event record dyad publishes: one JSON object per event.
//!
//! Field names are part of dyad's interface; add fields, never rename them.
//! All offsets are character offsets into the story text.

use serde::Serialize;

use crate::amounts::Amount;
use crate::dates::Granularity;

/// One actor of an event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorRecord {
    /// The text that names the actor, as written.
    pub text: String,
    /// CAMEO actor code, e.g. `AZEGOV`; a bare sector (`GOV`) when the country is unknown.
    pub code: String,
    /// Country, region or IGO part of the code (`AZE`, `IGO`), if known.
    pub country: Option<String>,
    /// First sector code after the country (`GOV`), if any.
    pub sector: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// PLOVER type, mode and context derived from the CAMEO code.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PloverRecord {
    #[serde(rename = "type")]
    pub event_type: String,
    pub mode: Option<String>,
    pub context: Option<String>,
}

/// The words that triggered the event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriggerRecord {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// An amount mentioned in the event's sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AmountRecord {
    pub value: f64,
    pub unit: Option<String>,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl AmountRecord {
    pub(crate) fn from_amount(a: &Amount, to_char: impl Fn(usize) -> usize) -> Self {
        AmountRecord {
            value: a.value,
            unit: a.unit.clone(),
            text: a.text.clone(),
            start: to_char(a.start),
            end: to_char(a.end),
        }
    }
}

/// Where an event happened. `start`/`end` are character offsets of `text`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlaceRecord {
    pub text: String,
    pub name: String,
    /// Always null for now: the shipped gazetteer has no GeoNames ids.
    pub geonames_id: Option<u64>,
    /// ISO 3166-1 alpha-3.
    pub country: Option<String>,
    /// The CAMEO country code (`ROM` where ISO says `ROU`).
    pub country_cameo: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// `city`, `admin1` or `country`.
    pub precision: dyad_geo::Precision,
    pub start: usize,
    pub end: usize,
    /// `clause`, `sentence` or `dateline`.
    pub basis: dyad_geo::Basis,
}

impl PlaceRecord {
    pub(crate) fn from_place(p: dyad_geo::Place, to_char: impl Fn(usize) -> usize) -> Self {
        PlaceRecord {
            start: to_char(p.start),
            end: to_char(p.end),
            text: p.text,
            name: p.name,
            geonames_id: p.geonames_id,
            country: p.country,
            country_cameo: p.country_cameo,
            admin1: p.admin1,
            lat: p.lat,
            lon: p.lon,
            precision: p.precision,
            basis: p.basis,
        }
    }
}

/// One coded event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventRecord {
    /// Stable content hash: same story, same lexicon and coder ⇒ same id.
    pub event_id: String,
    pub story_id: String,
    pub sentence_index: usize,
    pub event_date: String,
    pub date_granularity: Granularity,
    /// The date expression the event date came from, if any.
    pub date_text: Option<String>,
    pub source: Option<ActorRecord>,
    pub target: Option<ActorRecord>,
    pub cameo: String,
    pub cameo_root: String,
    pub cameo_name: String,
    pub goldstein: f64,
    pub quad_class: u8,
    pub plover: Option<PloverRecord>,
    pub trigger: TriggerRecord,
    pub sentence: String,
    pub sentence_start: usize,
    pub sentence_end: usize,
    /// Attributed sources, outermost first: `["AFP", "Iranian state media"]`.
    pub reported_by: Vec<String>,
    pub amounts: Vec<AmountRecord>,
    /// Where it happened: the place its clause names, else one its sentence
    /// names, else the dateline; never guessed from an actor.
    pub place: Option<PlaceRecord>,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub coder_version: String,
}

/// What coding one story produced.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct StoryResult {
    pub story_id: String,
    pub sentences: usize,
    pub events: Vec<EventRecord>,
    /// The story's sentences as the coder split them (byte ranges of the
    /// text), so that writers need not split the story again.
    #[serde(skip)]
    pub sentence_spans: Vec<dyad_text::Sentence>,
}

/// An event code with what the codebook says about it, as records carry it.
///
/// dyad's own lexicon only holds CAMEO codes (its parser checks them). A
/// lexicon read from a classic dictionary may define codes of its own
/// (`075A`, `903`): such a code is passed through as written; its root,
/// Goldstein score and quad class come from its longest CAMEO prefix when it
/// has one (`075A` → `075`), else the root is its first two characters and
/// the weights are 0; it has no CAMEO name and no PLOVER mapping.
#[derive(Debug, Clone, PartialEq)]
pub struct EventCode {
    pub code: String,
    pub root: String,
    pub name: String,
    pub goldstein: f64,
    pub quad_class: u8,
    pub plover: Option<PloverRecord>,
}

impl EventCode {
    /// `None` for an empty code and for the null code `---` (a lexicon
    /// pattern that matches and codes nothing).
    pub fn of(code: &str) -> Option<EventCode> {
        let code = code.trim();
        if code.is_empty() || code == dyad_lexicon::NULL_CODE {
            return None;
        }
        if let Some(c) = dyad_ontology::cameo(code) {
            return Some(EventCode {
                code: c.code.clone(),
                root: c.root.clone(),
                name: c.name.clone(),
                goldstein: c.goldstein,
                quad_class: c.quad_class,
                plover: c.plover.as_ref().map(|m| PloverRecord {
                    event_type: m.event_type.clone(),
                    mode: m.mode.clone(),
                    context: m.context.clone(),
                }),
            });
        }
        let prefix = (2..code.len())
            .rev()
            .filter(|&n| code.is_char_boundary(n))
            .find_map(|n| dyad_ontology::cameo(&code[..n]));
        Some(EventCode {
            code: code.to_string(),
            root: prefix.map_or_else(|| code.chars().take(2).collect(), |c| c.root.clone()),
            name: String::new(),
            goldstein: prefix.map_or(0.0, |c| c.goldstein),
            quad_class: prefix.map_or(0, |c| c.quad_class),
            plover: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_codes_inside_and_outside_cameo() {
        let c = EventCode::of("0311").unwrap();
        assert_eq!((c.root.as_str(), c.quad_class), ("03", 1));
        assert!(c.plover.is_some() && !c.name.is_empty());
        let c = EventCode::of("075A").unwrap();
        assert_eq!((c.code.as_str(), c.root.as_str()), ("075A", "07"));
        assert!(c.plover.is_none() && c.name.is_empty() && c.quad_class == 2);
        let c = EventCode::of("903").unwrap();
        assert_eq!((c.root.as_str(), c.quad_class, c.goldstein), ("90", 0, 0.0));
        assert!(EventCode::of(" ").is_none());
        assert!(EventCode::of("---").is_none());
    }
}
