//! The rows dyad stores, as Rust values: a [`Mention`] is one coded
//! [`EventRecord`] with all its fields, flattened into columns (its event
//! place, if any, in the `place_*` columns).

use dyad_coder::EventRecord;
use serde::Serialize;

use crate::db::Value;
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
    serde_json::to_value(x)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
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
            place: e.place.as_ref().map(|p| Place {
                text: p.text.clone(),
                name: p.name.clone(),
                geonames_id: p.geonames_id.map(|g| i64::try_from(g).unwrap_or(i64::MAX)),
                country: p.country.clone(),
                country_cameo: p.country_cameo.clone(),
                admin1: p.admin1.clone(),
                lat: p.lat,
                lon: p.lon,
                precision: serde_name(p.precision),
                start: int(p.start),
                end: int(p.end),
                basis: serde_name(p.basis),
            }),
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
