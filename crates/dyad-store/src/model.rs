//! The rows dyad stores, as Rust values: a [`Mention`] is one coded
//! [`EventRecord`] with all its fields, flattened into columns (its event
//! place, if any, in the `place_*` columns).

use std::borrow::Cow;

use dyad_coder::EventRecord;
use serde::Serialize;

use crate::db::{stored_text, Param, Value};
use crate::schema::{Col, Ty};

/// One actor of a stored mention.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Actor {
    pub code: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub text: String,
    pub start: i64,
    pub end: i64,
}

impl Actor {
    /// The country slot: the record's own country, else the parsed code's
    /// (`IRNGOV` → `IRN`, `IGOUNO` → `IGO`); `None` for bare sectors (`GOV`).
    pub fn country_code(&self) -> Option<String> {
        if let Some(c) = &self.country {
            if !c.is_empty() {
                return Some(c.clone());
            }
        }
        dyad_ontology::parse_actor_code(&self.code)
            .ok()
            .and_then(|a| a.country)
    }
}

/// Where a stored mention happened: the record's `place`, flattened into the
/// `place_*` columns. Offsets are character offsets into the story, like the
/// record's; `precision` and `basis` are stored as the record spells them
/// (`city`/`admin1`/`country`, `clause`/`sentence`/`dateline`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Place {
    /// The words that name it, as written.
    pub text: String,
    /// The gazetteer's (GeoNames ASCII) name, or the country's name.
    pub name: String,
    pub geonames_id: Option<i64>,
    /// ISO 3166-1 alpha-3.
    pub country: Option<String>,
    /// CAMEO country code (`ROM` where ISO says `ROU`).
    pub country_cameo: Option<String>,
    /// First-level administrative unit as GeoNames names it (`Texas`).
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub precision: String,
    pub start: i64,
    pub end: i64,
    pub basis: String,
}

impl Place {
    /// The place's country row: by ISO alpha-3, else by CAMEO code
    /// (Kosovo's `XKX` has no ISO row; its CAMEO `KSV` does).
    pub fn country_row(&self) -> Option<&'static dyad_ontology::Country> {
        self.country
            .as_deref()
            .and_then(dyad_ontology::country_by_iso3)
            .or_else(|| {
                self.country_cameo
                    .as_deref()
                    .and_then(dyad_ontology::country)
            })
    }
}

/// One stored event mention: a coded `EventRecord` plus its position in the
/// story and the story's publication date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// The coder's `event_id` (a content hash); `-2`, `-3`… appended in the
    /// unlikely case that one story yields the same id twice.
    pub mention_id: String,
    pub story_id: String,
    /// Position of the event in the story's coded output (0-based).
    pub ordinal: i64,
    pub sentence_index: i64,
    pub event_date: String,
    pub date_granularity: String,
    pub date_text: Option<String>,
    pub source: Option<Actor>,
    pub target: Option<Actor>,
    pub cameo: String,
    pub cameo_root: String,
    pub cameo_name: String,
    pub goldstein: f64,
    pub quad_class: i64,
    pub plover_type: Option<String>,
    pub plover_mode: Option<String>,
    pub plover_context: Option<String>,
    pub trigger_text: String,
    pub trigger_start: i64,
    pub trigger_end: i64,
    pub sentence: String,
    pub sentence_start: i64,
    pub sentence_end: i64,
    /// JSON array of strings, outermost source first.
    pub reported_by: String,
    /// JSON array of `{value, unit, text, start, end}` objects.
    pub amounts: String,
    pub publisher: Option<String>,
    pub url: Option<String>,
    pub coder_version: String,
    /// Where the event happened, if the coder found a place.
    pub place: Option<Place>,
    /// The story's publication date (from `stories`; not a `mentions` column).
    pub story_date: String,
}

/// The `mentions` table's columns, in order (the flat CSV/Parquet export adds
/// `story_date`).
pub const MENTION_COLUMNS: &[Col] = &[
    Col::new("mention_id", Ty::Text, false),
    Col::new("story_id", Ty::Text, false),
    Col::new("ordinal", Ty::Int, false),
    Col::new("sentence_index", Ty::Int, false),
    Col::new("event_date", Ty::Text, false),
    Col::new("date_granularity", Ty::Text, false),
    Col::new("date_text", Ty::Text, true),
    Col::new("source_code", Ty::Text, true),
    Col::new("source_country", Ty::Text, true),
    Col::new("source_sector", Ty::Text, true),
    Col::new("source_text", Ty::Text, true),
    Col::new("source_start", Ty::Int, true),
    Col::new("source_end", Ty::Int, true),
    Col::new("target_code", Ty::Text, true),
    Col::new("target_country", Ty::Text, true),
    Col::new("target_sector", Ty::Text, true),
    Col::new("target_text", Ty::Text, true),
    Col::new("target_start", Ty::Int, true),
    Col::new("target_end", Ty::Int, true),
    Col::new("cameo", Ty::Text, false),
    Col::new("cameo_root", Ty::Text, false),
    Col::new("cameo_name", Ty::Text, false),
    Col::new("goldstein", Ty::Real, false),
    Col::new("quad_class", Ty::Int, false),
    Col::new("plover_type", Ty::Text, true),
    Col::new("plover_mode", Ty::Text, true),
    Col::new("plover_context", Ty::Text, true),
    Col::new("trigger_text", Ty::Text, false),
    Col::new("trigger_start", Ty::Int, false),
    Col::new("trigger_end", Ty::Int, false),
    Col::new("sentence", Ty::Text, false),
    Col::new("sentence_start", Ty::Int, false),
    Col::new("sentence_end", Ty::Int, false),
    Col::new("reported_by", Ty::Text, false),
    Col::new("amounts", Ty::Text, false),
    Col::new("publisher", Ty::Text, true),
    Col::new("url", Ty::Text, true),
    Col::new("coder_version", Ty::Text, false),
    // Schema version 2: the event place (all NULL when the record has none).
    Col::new("place_text", Ty::Text, true),
    Col::new("place_name", Ty::Text, true),
    Col::new("place_geonames_id", Ty::Int, true),
    Col::new("place_country", Ty::Text, true),
    Col::new("place_country_cameo", Ty::Text, true),
    Col::new("place_admin1", Ty::Text, true),
    Col::new("place_lat", Ty::Real, true),
    Col::new("place_lon", Ty::Real, true),
    Col::new("place_precision", Ty::Text, true),
    Col::new("place_start", Ty::Int, true),
    Col::new("place_end", Ty::Int, true),
    Col::new("place_basis", Ty::Text, true),
];

/// The `place_*` columns of [`MENTION_COLUMNS`] (added in schema version 2).
pub const PLACE_COLUMNS: &[Col] = MENTION_COLUMNS.split_at(MENTION_COLUMNS.len() - 12).1;

fn opt_text(s: &Option<String>) -> Value {
    match s {
        Some(s) => Value::Text(s.clone()),
        None => Value::Null,
    }
}

/// A coded place as stored, every text passed through `text` (a copy for
/// full mentions, NUL-safe for the light ones the writer keeps).
fn place(p: &dyad_coder::record::PlaceRecord, text: impl Fn(&str) -> String) -> Place {
    let opt = |s: &Option<String>| s.as_deref().map(&text);
    Place {
        text: text(&p.text),
        name: text(&p.name),
        geonames_id: p.geonames_id.map(|g| i64::try_from(g).unwrap_or(i64::MAX)),
        country: opt(&p.country),
        country_cameo: opt(&p.country_cameo),
        admin1: opt(&p.admin1),
        lat: p.lat,
        lon: p.lon,
        precision: serde_name(p.precision),
        start: int(p.start),
        end: int(p.end),
        basis: serde_name(p.basis),
    }
}

fn int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn opt_real(x: Option<f64>) -> Value {
    match x {
        Some(f) => Value::Real(f),
        None => Value::Null,
    }
}

/// A unit enum's serde name (`day`, `city`, `dateline`).
fn serde_name<T: Serialize>(x: T) -> String {
    // Serialized as a JSON string (`"day"`), unquoted.
    let s = serde_json::to_string(&x).unwrap_or_default();
    match s.strip_prefix('"').and_then(|t| t.strip_suffix('"')) {
        Some(t) if !t.contains('\\') => t.to_string(),
        _ => String::new(),
    }
}

impl Mention {
    /// Flattens one coded record. `mention_id` is normally `e.event_id`.
    pub fn from_record(
        e: &EventRecord,
        ordinal: usize,
        mention_id: String,
        story_date: &str,
    ) -> Self {
        let actor = |a: &Option<dyad_coder::ActorRecord>| {
            a.as_ref().map(|a| Actor {
                code: a.code.clone(),
                country: a.country.clone(),
                sector: a.sector.clone(),
                text: a.text.clone(),
                start: int(a.start),
                end: int(a.end),
            })
        };
        Mention {
            mention_id,
            story_id: e.story_id.clone(),
            ordinal: int(ordinal),
            sentence_index: int(e.sentence_index),
            event_date: e.event_date.clone(),
            date_granularity: serde_name(e.date_granularity),
            date_text: e.date_text.clone(),
            source: actor(&e.source),
            target: actor(&e.target),
            cameo: e.cameo.clone(),
            cameo_root: e.cameo_root.clone(),
            cameo_name: e.cameo_name.clone(),
            goldstein: e.goldstein,
            quad_class: i64::from(e.quad_class),
            plover_type: e.plover.as_ref().map(|p| p.event_type.clone()),
            plover_mode: e.plover.as_ref().and_then(|p| p.mode.clone()),
            plover_context: e.plover.as_ref().and_then(|p| p.context.clone()),
            trigger_text: e.trigger.text.clone(),
            trigger_start: int(e.trigger.start),
            trigger_end: int(e.trigger.end),
            sentence: e.sentence.clone(),
            sentence_start: int(e.sentence_start),
            sentence_end: int(e.sentence_end),
            reported_by: serde_json::to_string(&e.reported_by).unwrap_or_else(|_| "[]".into()),
            amounts: serde_json::to_string(&e.amounts).unwrap_or_else(|_| "[]".into()),
            publisher: e.publisher.clone(),
            url: e.url.clone(),
            coder_version: e.coder_version.clone(),
            place: e.place.as_ref().map(|p| place(p, str::to_string)),
            story_date: story_date.to_string(),
        }
    }

    /// The values of [`MENTION_COLUMNS`], in order.
    pub fn values(&self) -> Vec<Value> {
        let mut v = vec![
            Value::Text(self.mention_id.clone()),
            Value::Text(self.story_id.clone()),
            Value::Int(self.ordinal),
            Value::Int(self.sentence_index),
            Value::Text(self.event_date.clone()),
            Value::Text(self.date_granularity.clone()),
            opt_text(&self.date_text),
        ];
        for a in [&self.source, &self.target] {
            match a {
                Some(a) => v.extend([
                    Value::Text(a.code.clone()),
                    opt_text(&a.country),
                    opt_text(&a.sector),
                    Value::Text(a.text.clone()),
                    Value::Int(a.start),
                    Value::Int(a.end),
                ]),
                None => v.extend(std::iter::repeat_n(Value::Null, 6)),
            }
        }
        v.extend([
            Value::Text(self.cameo.clone()),
            Value::Text(self.cameo_root.clone()),
            Value::Text(self.cameo_name.clone()),
            Value::Real(self.goldstein),
            Value::Int(self.quad_class),
            opt_text(&self.plover_type),
            opt_text(&self.plover_mode),
            opt_text(&self.plover_context),
            Value::Text(self.trigger_text.clone()),
            Value::Int(self.trigger_start),
            Value::Int(self.trigger_end),
            Value::Text(self.sentence.clone()),
            Value::Int(self.sentence_start),
            Value::Int(self.sentence_end),
            Value::Text(self.reported_by.clone()),
            Value::Text(self.amounts.clone()),
            opt_text(&self.publisher),
            opt_text(&self.url),
            Value::Text(self.coder_version.clone()),
        ]);
        match &self.place {
            Some(p) => v.extend([
                Value::Text(p.text.clone()),
                Value::Text(p.name.clone()),
                p.geonames_id.map(Value::Int).unwrap_or(Value::Null),
                opt_text(&p.country),
                opt_text(&p.country_cameo),
                opt_text(&p.admin1),
                opt_real(p.lat),
                opt_real(p.lon),
                Value::Text(p.precision.clone()),
                Value::Int(p.start),
                Value::Int(p.end),
                Value::Text(p.basis.clone()),
            ]),
            None => v.extend(std::iter::repeat_n(Value::Null, PLACE_COLUMNS.len())),
        }
        v
    }

    /// The mention as [`crate::Store::mentions_light`] reads it back after
    /// storing `e`: the bulky texts empty (`date_text` NULL, actor, trigger
    /// and sentence texts and the CAMEO name `""`, `reported_by` and
    /// `amounts` `[]`), every text as stored (NUL as U+FFFD), `story_id` the
    /// story's whatever the record says, `story_date` set. Ingest keeps these
    /// for the derived tables instead of reading the mentions back.
    pub fn light_from_record(
        e: &EventRecord,
        ordinal: usize,
        mention_id: &str,
        story_id: &str,
        story_date: &str,
    ) -> Self {
        let opt = |s: &Option<String>| s.as_deref().map(stored_text);
        let actor = |a: &Option<dyad_coder::ActorRecord>| {
            a.as_ref().map(|a| Actor {
                code: stored_text(&a.code),
                country: opt(&a.country),
                sector: opt(&a.sector),
                text: String::new(),
                start: int(a.start),
                end: int(a.end),
            })
        };
        Mention {
            mention_id: stored_text(mention_id),
            story_id: stored_text(story_id),
            ordinal: int(ordinal),
            sentence_index: int(e.sentence_index),
            event_date: stored_text(&e.event_date),
            date_granularity: serde_name(e.date_granularity),
            date_text: None,
            source: actor(&e.source),
            target: actor(&e.target),
            cameo: stored_text(&e.cameo),
            cameo_root: stored_text(&e.cameo_root),
            cameo_name: String::new(),
            goldstein: e.goldstein,
            quad_class: i64::from(e.quad_class),
            plover_type: e.plover.as_ref().map(|p| stored_text(&p.event_type)),
            plover_mode: e.plover.as_ref().and_then(|p| opt(&p.mode)),
            plover_context: e.plover.as_ref().and_then(|p| opt(&p.context)),
            trigger_text: String::new(),
            trigger_start: int(e.trigger.start),
            trigger_end: int(e.trigger.end),
            sentence: String::new(),
            sentence_start: int(e.sentence_start),
            sentence_end: int(e.sentence_end),
            reported_by: "[]".into(),
            amounts: "[]".into(),
            publisher: opt(&e.publisher),
            url: opt(&e.url),
            coder_version: stored_text(&e.coder_version),
            place: e.place.as_ref().map(|p| place(p, |s| stored_text(s))),
            story_date: stored_text(story_date),
        }
    }

    /// Appends the values of [`MENTION_COLUMNS`] for record `e`, borrowed:
    /// `self` is `e`'s light mention ([`Mention::light_from_record`]), which
    /// gives every column but the bulky texts; those come from `e` and
    /// `texts`. Equal to `Mention::from_record(e, …).values()`.
    pub(crate) fn row_params<'a>(
        &'a self,
        e: &'a EventRecord,
        texts: &'a RecordTexts,
        out: &mut Vec<Param<'a>>,
    ) {
        out.extend([
            Param::Clean(&self.mention_id),
            Param::Clean(&self.story_id),
            Param::Int(self.ordinal),
            Param::Int(self.sentence_index),
            Param::Clean(&self.event_date),
            Param::Clean(&self.date_granularity),
            Param::from(&e.date_text),
        ]);
        for (a, r) in [(&self.source, &e.source), (&self.target, &e.target)] {
            match (a, r) {
                (Some(a), Some(r)) => out.extend([
                    Param::Clean(&a.code),
                    clean(&a.country),
                    clean(&a.sector),
                    Param::Text(&r.text),
                    Param::Int(a.start),
                    Param::Int(a.end),
                ]),
                _ => out.extend([Param::Null; 6]),
            }
        }
        out.extend([
            Param::Clean(&self.cameo),
            Param::Clean(&self.cameo_root),
            Param::Text(&e.cameo_name),
            Param::Real(self.goldstein),
            Param::Int(self.quad_class),
            clean(&self.plover_type),
            clean(&self.plover_mode),
            clean(&self.plover_context),
            Param::Text(&e.trigger.text),
            Param::Int(self.trigger_start),
            Param::Int(self.trigger_end),
            Param::Text(&e.sentence),
            Param::Int(self.sentence_start),
            Param::Int(self.sentence_end),
            Param::Clean(&texts.reported_by),
            Param::Clean(&texts.amounts),
            clean(&self.publisher),
            clean(&self.url),
            Param::Clean(&self.coder_version),
        ]);
        match &self.place {
            Some(p) => out.extend([
                Param::Clean(&p.text),
                Param::Clean(&p.name),
                Param::from(p.geonames_id),
                clean(&p.country),
                clean(&p.country_cameo),
                clean(&p.admin1),
                Param::from(p.lat),
                Param::from(p.lon),
                Param::Clean(&p.precision),
                Param::Int(p.start),
                Param::Int(p.end),
                Param::Clean(&p.basis),
            ]),
            None => out.extend([Param::Null; PLACE_COLUMNS.len()]),
        }
    }

    /// Reads a row of [`MENTION_COLUMNS`] followed by `story_date`.
    pub fn from_row(row: &[Value]) -> Result<Mention, String> {
        let want = MENTION_COLUMNS.len() + 1;
        if row.len() != want {
            return Err(format!("expected {want} columns, got {}", row.len()));
        }
        let mut it = RowReader { row, i: 0 };
        let mention_id = it.text()?;
        let story_id = it.text()?;
        let ordinal = it.int()?;
        let sentence_index = it.int()?;
        let event_date = it.text()?;
        let date_granularity = it.text()?;
        let date_text = it.opt_text()?;
        let mut actors = [None, None];
        for slot in &mut actors {
            let code = it.opt_text()?;
            let country = it.opt_text()?;
            let sector = it.opt_text()?;
            let text = it.opt_text()?;
            let start = it.opt_int()?;
            let end = it.opt_int()?;
            *slot = code.map(|code| Actor {
                code,
                country,
                sector,
                text: text.unwrap_or_default(),
                start: start.unwrap_or(0),
                end: end.unwrap_or(0),
            });
        }
        let [source, target] = actors;
        let mut m = Mention {
            mention_id,
            story_id,
            ordinal,
            sentence_index,
            event_date,
            date_granularity,
            date_text,
            source,
            target,
            cameo: it.text()?,
            cameo_root: it.text()?,
            cameo_name: it.text()?,
            goldstein: it.real()?,
            quad_class: it.int()?,
            plover_type: it.opt_text()?,
            plover_mode: it.opt_text()?,
            plover_context: it.opt_text()?,
            trigger_text: it.text()?,
            trigger_start: it.int()?,
            trigger_end: it.int()?,
            sentence: it.text()?,
            sentence_start: it.int()?,
            sentence_end: it.int()?,
            reported_by: it.text()?,
            amounts: it.text()?,
            publisher: it.opt_text()?,
            url: it.opt_text()?,
            coder_version: it.text()?,
            place: None,
            story_date: String::new(),
        };
        let text = it.opt_text()?;
        let name = it.opt_text()?;
        let geonames_id = it.opt_int()?;
        let country = it.opt_text()?;
        let country_cameo = it.opt_text()?;
        let admin1 = it.opt_text()?;
        let lat = it.opt_real()?;
        let lon = it.opt_real()?;
        let precision = it.opt_text()?;
        let start = it.opt_int()?;
        let end = it.opt_int()?;
        let basis = it.opt_text()?;
        m.place = text.map(|text| Place {
            text,
            name: name.unwrap_or_default(),
            geonames_id,
            country,
            country_cameo,
            admin1,
            lat,
            lon,
            precision: precision.unwrap_or_default(),
            start: start.unwrap_or(0),
            end: end.unwrap_or(0),
            basis: basis.unwrap_or_default(),
        });
        m.story_date = it.text()?;
        Ok(m)
    }

    /// `reported_by` decoded (empty when the stored JSON is not a string array).
    pub fn reported_by_list(&self) -> Vec<String> {
        serde_json::from_str(&self.reported_by).unwrap_or_default()
    }
}

/// An optional text known to hold no NUL character (a light mention's).
fn clean(s: &Option<String>) -> Param<'_> {
    s.as_deref().map(Param::Clean).unwrap_or(Param::Null)
}

/// The JSON columns of a mention row, which the record holds as lists
/// (JSON escapes NUL: they hold none).
pub(crate) struct RecordTexts {
    pub reported_by: Cow<'static, str>,
    pub amounts: Cow<'static, str>,
}

impl RecordTexts {
    pub fn of(e: &EventRecord) -> Self {
        fn json<T: Serialize>(list: &[T]) -> Cow<'static, str> {
            if list.is_empty() {
                return Cow::Borrowed("[]");
            }
            Cow::Owned(serde_json::to_string(list).unwrap_or_else(|_| "[]".into()))
        }
        RecordTexts {
            reported_by: json(&e.reported_by),
            amounts: json(&e.amounts),
        }
    }
}

/// Reads typed values off a row left to right, naming the column on error.
pub(crate) struct RowReader<'a> {
    pub row: &'a [Value],
    pub i: usize,
}

impl<'a> RowReader<'a> {
    fn next(&mut self) -> Result<&'a Value, String> {
        let v = self
            .row
            .get(self.i)
            .ok_or_else(|| format!("missing column {}", self.i + 1))?;
        self.i += 1;
        Ok(v)
    }
    fn col(&self) -> String {
        MENTION_COLUMNS
            .get(self.i.saturating_sub(1))
            .map(|c| c.name.to_string())
            .unwrap_or_else(|| format!("column {}", self.i))
    }
    pub fn opt_text(&mut self) -> Result<Option<String>, String> {
        match self.next()? {
            Value::Null => Ok(None),
            Value::Text(s) => Ok(Some(s.clone())),
            Value::Int(i) => Ok(Some(i.to_string())),
            Value::Real(f) => Ok(Some(f.to_string())),
        }
    }
    pub fn text(&mut self) -> Result<String, String> {
        self.opt_text()?
            .ok_or_else(|| format!("{} is NULL", self.col()))
    }
    pub fn opt_int(&mut self) -> Result<Option<i64>, String> {
        match self.next()? {
            Value::Null => Ok(None),
            Value::Int(i) => Ok(Some(*i)),
            Value::Real(f) if f.fract() == 0.0 => Ok(Some(*f as i64)),
            Value::Text(s) => s
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| format!("{} is {s:?}, not an integer", self.col())),
            Value::Real(f) => Err(format!("{} is {f}, not an integer", self.col())),
        }
    }
    pub fn int(&mut self) -> Result<i64, String> {
        self.opt_int()?
            .ok_or_else(|| format!("{} is NULL", self.col()))
    }
    pub fn opt_real(&mut self) -> Result<Option<f64>, String> {
        match self.next()? {
            Value::Real(f) => Ok(Some(*f)),
            Value::Int(i) => Ok(Some(*i as f64)),
            Value::Text(s) => s
                .trim()
                .parse()
                .map(Some)
                .map_err(|_| format!("{} is {s:?}, not a number", self.col())),
            Value::Null => Ok(None),
        }
    }
    pub fn real(&mut self) -> Result<f64, String> {
        self.opt_real()?
            .ok_or_else(|| format!("{} is NULL", self.col()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_coder::dates::Granularity;
    use dyad_coder::record::{AmountRecord, PlaceRecord, PloverRecord, TriggerRecord};
    use dyad_coder::ActorRecord;

    fn record(full: bool) -> EventRecord {
        let actor = |code: &str, start| ActorRecord {
            text: format!("the {code}"),
            code: code.into(),
            country: Some(code[..3].into()),
            sector: full.then(|| "GOV".into()),
            start,
            end: start + 7,
        };
        EventRecord {
            event_id: "e1".into(),
            story_id: "coder's id".into(),
            sentence_index: 2,
            event_date: "2024-03-04".into(),
            date_granularity: if full {
                Granularity::Day
            } else {
                Granularity::Story
            },
            date_text: full.then(|| "on Monday".into()),
            source: Some(actor("IRNGOV", 3)),
            target: full.then(|| actor("IRQGOV", 20)),
            cameo: "0874".into(),
            cameo_root: "08".into(),
            cameo_name: "Return, release property".into(),
            goldstein: 7.5,
            quad_class: 1,
            plover: full.then(|| PloverRecord {
                event_type: "AID".into(),
                mode: Some("x\u{0}y".into()),
                context: None,
            }),
            trigger: TriggerRecord {
                text: "returned".into(),
                start: 11,
                end: 19,
            },
            sentence: "Tehran returned\u{0} it.".into(),
            sentence_start: 100,
            sentence_end: 130,
            reported_by: if full {
                vec!["AFP".into(), "state media".into()]
            } else {
                vec![]
            },
            amounts: if full {
                vec![AmountRecord {
                    value: 2e9,
                    unit: Some("USD".into()),
                    text: "$2 billion".into(),
                    start: 5,
                    end: 15,
                }]
            } else {
                vec![]
            },
            place: full.then(|| PlaceRecord {
                text: "Basra".into(),
                name: "Basrah".into(),
                geonames_id: Some(99),
                country: Some("IRQ".into()),
                country_cameo: Some("IRQ".into()),
                admin1: None,
                lat: Some(30.5),
                lon: Some(47.8),
                precision: dyad_geo::Precision::City,
                start: 40,
                end: 45,
                basis: dyad_geo::Basis::Dateline,
            }),
            publisher: full.then(|| "AP".into()),
            url: None,
            coder_version: "0.1.0".into(),
        }
    }

    #[test]
    fn borrowed_row_equals_the_owned_one() {
        for full in [true, false] {
            let e = record(full);
            let mut want = Mention::from_record(&e, 4, "e1-2".into(), "2024-03-05");
            want.story_id = "story".into();
            let light = Mention::light_from_record(&e, 4, "e1-2", "story", "2024-03-05");
            let texts = RecordTexts::of(&e);
            let mut got = Vec::new();
            light.row_params(&e, &texts, &mut got);
            let got: Vec<Value> = got.into_iter().map(Param::to_value).collect();
            // NUL characters are replaced when bound, in either form.
            let clean = |v: Vec<Value>| -> Vec<Value> {
                v.into_iter()
                    .map(|v| match v {
                        Value::Text(s) => Value::Text(crate::db::stored_text(&s)),
                        other => other,
                    })
                    .collect()
            };
            assert_eq!(got.len(), MENTION_COLUMNS.len());
            assert_eq!(clean(got), clean(want.values()), "full: {full}");
        }
    }

    #[test]
    fn dedup_keys_are_the_joined_field_values() {
        use crate::dedup::{DedupRule, KeyField};
        for full in [true, false] {
            let e = record(full);
            let m = Mention::from_record(&e, 0, "e1".into(), "2024-03-05");
            for f in KeyField::ALL {
                let mut s = String::from("x");
                f.push_value(&m, &mut s);
                assert_eq!(s, format!("x{}", f.value(&m)), "{}", f.name());
            }
            let all = DedupRule::Key(KeyField::ALL.to_vec());
            for rule in [DedupRule::OneADay, DedupRule::Polecat, all] {
                let joined: Vec<String> = rule.fields().iter().map(|f| f.value(&m)).collect();
                let want = (rule != DedupRule::Polecat || m.plover_type.is_some())
                    .then(|| joined.join("|"));
                assert_eq!(rule.key(&m), want, "{rule}");
            }
            assert_eq!(DedupRule::None.key(&m), Some("e1".to_string()));
        }
    }
}
