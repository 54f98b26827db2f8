//! Exports in the public event-data formats (column orders from the shared
//! `ontology/formats.md`) and dyad's own flat table.
//!
//! Which rows: every format exports *events* under a dedup rule (`--dedup`);
//! the default is `one-a-day` for GDELT (its rows are deduplicated events
//! with mention/source/article counts) and `none` (one row per mention) for
//! the others, whose public files are sentence-level. A derived event is
//! written with its first report's fields.
//!
//! Mapping decisions (dyad fills what it knows, the rest stays empty):
//!
//! **Places.** Every format's event location is the event's place: the
//! mention's `place_*` columns (the coder's clause, sentence or dateline
//! place, never guessed from an actor); for a derived event, the place of
//! its first mention in first-report order that has one. Events without a
//! place leave the location columns empty.
//!
//! **GDELT 2.0 events** (61 columns, tab-separated, no header):
//! `GLOBALEVENTID` = first 52 bits of dyad's hex event id (stable, exact as a
//! double); dates from the event date, `FractionDate` = year +
//! (month·30 + day)/365 to 4 decimals; `Actor*Code` the CAMEO actor code,
//! `Actor*Name` the actor text as written, upper-cased; the attribute columns
//! split the code as GDELT does ([`crate::codes::gdelt_actor`]; no ethnic
//! codes); `IsRootEvent` = 1 when the first report is the story's first
//! sentence; `EventCode`/`EventBaseCode`/`EventRootCode` are strings with
//! their leading zeros; `NumMentions`/`NumSources`/`NumArticles` = merged
//! mentions / distinct publishers / distinct stories; `AvgTone` empty (dyad
//! does not score tone); the `Actor1Geo_*`/`Actor2Geo_*` blocks empty (dyad
//! locates events, not actors); `ActionGeo_*` from the event's place:
//! `Type` 1 country, 2 US state, 3 US city, 4 world city, 5 world state
//! (first-level unit or region outside the US), `FullName` GDELT-style
//! `name, admin1, country` (parts equal to the previous one omitted),
//! `CountryCode` the FIPS 10-4 code, `ADM1Code` `US` + the postal code for US
//! states and cities in them (`USTX`), else the FIPS country code alone
//! (dyad has no FIPS ADM1 codes; GDELT writes the same for country-level
//! places), `ADM2Code` and `FeatureID` empty (no GAUL or GNS ids), `Lat`/
//! `Long` the gazetteer coordinates (empty for country-level places);
//! `DATEADDED` = the first story's publication date at 000000 (dyad keeps no
//! wall-clock ingest time, so exports are reproducible); `SOURCEURL` = the
//! first report's URL, else its story id as citation.
//!
//! **ICEWS** (20 columns, tab-separated, header row): `Event ID` as for
//! GDELT; `Source/Target Name` the actor text (ICEWS resolves names, dyad
//! does not); `Sectors` the CAMEO role labels, comma-separated (the ICEWS
//! sector vocabulary is not public); `Country` the country name;
//! `Event Text` the CAMEO name; `Intensity` ICEWS's variant of the Goldstein
//! weight ([`crate::codes::icews_intensity`]); `Story ID` dyad's story id
//! (ICEWS's are integers, dyad's are strings); `Sentence Number` 1-based;
//! `City` the place's name when it is a city, `Province` its admin1,
//! `Country` the country's name, `Latitude`/`Longitude`; `District` empty.
//!
//! **POLECAT** (40 columns, tab-separated, header row): only events with a
//! PLOVER type (PLOVER drops CAMEO 01/02; skipped rows are counted);
//! `Event Intensity` = the PLOVER mode's score when the manual gives one,
//! else the type's; `Quad Code` = the PLOVER type's quad; `Contexts` as in
//! the CAMEO→PLOVER table (`;`-separated); `Actor Country` ISO alpha-3
//! (the CAMEO code for IGOs/regions), `Actor COW` the COW number; sectors
//! mapped to PLOVER codes ([`crate::codes::plover_sectors`]); `Actor Name`
//! and `Actor Name Raw` the text as written; `Placename` the place's
//! gazetteer name, `City` that name when it is a city, `Province` its
//! admin1, `Country` ISO alpha-3 (as for actors), `Latitude`/`Longitude`,
//! `GeoNames ID` (when known), `Raw Placename` the text as written,
//! `Feature Type` the generic GeoNames feature code of its precision (`PPL`
//! city, `ADM1` first-level unit or region, `PCL` country); `District`,
//! Wikipedia ids, titles, story people/organizations/locations empty;
//! `Source` the publisher; `Language` `en`; `Version` the coder version.
//!
//! **PLOVER JSON** (one object per line, manual's "Data Fields"): `id`,
//! `date`, `actor`/`recipient` lists of `{code, sector, entity_text}` (code
//! as for POLECAT), `event` `[type]`, `mode`/`context` lists, `quad_code`,
//! `event_scale`, `event_text` `[sentence]`, `text_info` `{sequence (1-based),
//! start, end}` in story characters, `cite_info` `{url, title?, publication,
//! coder, codebook}`, `coder`, `comment` with the CAMEO code and mention
//! count; `event_loc` (only when the event has a place) `{extracted_place,
//! resolved_place, geonameid?, lat?, lon?, city?, province?, country?,
//! country_code?, feature_class, feature_code, resolution}` with the
//! manual's resolution codes (4 city, 2 province, 1 country) and feature
//! codes as for POLECAT. Events without a PLOVER type are skipped, as for
//! POLECAT.
//!
//! **CSV** / **Parquet**: dyad's flat table: every `mentions` column plus
//! `story_date`, preceded by the derived-event columns (`rule`, `event_id`,
//! counts, JSON lists of mention ids, story ids, publishers, URLs, and the
//! event's place as in `derived_events`: `place_mention_id`, `place_name`,
//! `place_country`, `place_admin1`, `place_lat`, `place_lon`,
//! `place_precision`) when a dedup rule other than `none` is used; the
//! mention columns, `place_*` included, are the first report's own. CSV has a header and RFC 4180
//! quoting; Parquet has typed columns (UTF-8 strings, 64-bit integers,
//! doubles; nullable as in the schema).

use std::fmt;
use std::io::Write;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde_json::json;

use crate::agg::fmt_float;
use crate::codes::{
    country_name, gdelt_actor, icews_intensity, numeric_id, plover_country, plover_sectors,
    sector_labels, us_state_adm1,
};
use crate::db::Value;
use crate::dedup::{derive, DedupRule, DerivedEvent};
use crate::error::{Error, Result};
use crate::model::{Actor, Mention, Place, MENTION_COLUMNS};
use crate::schema::{Col, Ty};
use crate::store::Store;

/// Export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Gdelt,
    Icews,
    Polecat,
    PloverJsonl,
    Csv,
    Parquet,
}

impl FromStr for ExportFormat {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s.trim() {
            "gdelt" => Ok(ExportFormat::Gdelt),
            "icews" => Ok(ExportFormat::Icews),
            "polecat" => Ok(ExportFormat::Polecat),
            "plover-jsonl" | "plover" => Ok(ExportFormat::PloverJsonl),
            "csv" => Ok(ExportFormat::Csv),
            "parquet" => Ok(ExportFormat::Parquet),
            other => Err(format!(
                "unknown export format {other:?}: use gdelt, icews, polecat, plover-jsonl, csv or parquet"
            )),
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ExportFormat::Gdelt => "gdelt",
            ExportFormat::Icews => "icews",
            ExportFormat::Polecat => "polecat",
            ExportFormat::PloverJsonl => "plover-jsonl",
            ExportFormat::Csv => "csv",
            ExportFormat::Parquet => "parquet",
        })
    }
}

impl ExportFormat {
    /// The dedup rule used when none is given.
    pub fn default_dedup(self) -> DedupRule {
        match self {
            ExportFormat::Gdelt => DedupRule::OneADay,
            _ => DedupRule::None,
        }
    }
}

/// ICEWS column names, in file order.
pub const ICEWS_COLUMNS: [&str; 20] = [
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
];

/// POLECAT column names, in file order.
pub const POLECAT_COLUMNS: [&str; 40] = [
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Event Intensity",
    "Quad Code",
    "Contexts",
    "Actor Name",
    "Actor Country",
    "Actor COW",
    "Primary Actor Sector",
    "Actor Sectors",
    "Actor Title",
    "Actor Name Raw",
    "Wikipedia Actor ID",
    "Recipient Name",
    "Recipient Country",
    "Recipient COW",
    "Primary Recipient Sector",
    "Recipient Sectors",
    "Recipient Title",
    "Recipient Name Raw",
    "Wikipedia Recipient ID",
    "Placename",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Raw Placename",
    "Feature Type",
    "Source",
    "Publication Date",
    "Story People",
    "Story Organizations",
    "Story Locations",
    "Language",
    "Version",
];

/// GDELT 2.0 event column names (the file has no header; for reference and
/// the Parquet/CSV round trips).
pub const GDELT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// What to export.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub format: ExportFormat,
    /// `None`: the format's default ([`ExportFormat::default_dedup`]).
    pub dedup: Option<DedupRule>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

/// What an export wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportReport {
    pub rows: usize,
    /// Events the format cannot express (no PLOVER type for POLECAT/PLOVER).
    pub skipped: usize,
    pub rule: String,
}

/// One exported event: its first report and, unless the rule is `none`, its group.
pub struct Row<'a> {
    pub m: &'a Mention,
    pub group: &'a DerivedEvent,
    pub rule: &'a DedupRule,
    pub mentions: &'a [Mention],
}

impl Row<'_> {
    fn event_id(&self) -> &str {
        &self.group.event_id
    }
    fn n_articles(&self) -> usize {
        self.group.story_ids.len()
    }
    /// The event's place: its first mention's (in first-report order) that has one.
    fn place(&self) -> Option<&Place> {
        self.group
            .place_mention(self.mentions)
            .and_then(|m| m.place.as_ref())
    }
}

/// How precisely a stored place is known (`place_precision`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Precision {
    City,
    Admin1,
    Country,
}

fn precision(p: &Place) -> Option<Precision> {
    match p.precision.as_str() {
        "city" => Some(Precision::City),
        "admin1" => Some(Precision::Admin1),
        "country" => Some(Precision::Country),
        _ => None,
    }
}

/// The English name of a place's country (`Congo (Kinshasa)` → `Congo`, as
/// dyad-geo names countries).
fn place_country_name(p: &Place) -> Option<String> {
    p.country_row()
        .map(|c| c.name.split(" (").next().unwrap_or(&c.name).to_string())
}

fn place_is_us(p: &Place) -> bool {
    p.country.as_deref() == Some("USA") || p.country_cameo.as_deref() == Some("USA")
}

fn opt_float(x: Option<f64>) -> String {
    x.map(fmt_float).unwrap_or_default()
}

/// The admin1 of a place below country level (a country has none).
fn place_admin1(p: &Place) -> Option<&str> {
    match precision(p) {
        Some(Precision::Country) => None,
        _ => p.admin1.as_deref().filter(|a| !a.is_empty()),
    }
}

/// GeoNames feature class and generic code of a place's precision.
fn feature(p: &Place) -> Option<(&'static str, &'static str)> {
    precision(p).map(|k| match k {
        Precision::City => ("P", "PPL"),
        Precision::Admin1 => ("A", "ADM1"),
        Precision::Country => ("A", "PCL"),
    })
}

/// GDELT's 8 `ActionGeo_*` columns (Type, FullName, CountryCode, ADM1Code,
/// ADM2Code, Lat, Long, FeatureID) for a place; all empty without one.
fn gdelt_geo(p: Option<&Place>) -> Vec<String> {
    let Some(p) = p else {
        return vec![String::new(); 8];
    };
    let us = place_is_us(p);
    let kind = match precision(p) {
        Some(Precision::Country) => "1",
        Some(Precision::Admin1) if us => "2",
        Some(Precision::City) if us => "3",
        Some(Precision::City) => "4",
        Some(Precision::Admin1) => "5",
        None => "",
    };
    let mut parts: Vec<String> = Vec::new();
    for part in [
        Some(p.name.clone()),
        place_admin1(p).map(str::to_string),
        place_country_name(p),
    ]
    .into_iter()
    .flatten()
    {
        if !part.is_empty() && parts.last() != Some(&part) {
            parts.push(part);
        }
    }
    let fips = p
        .country_row()
        .and_then(|c| c.fips.clone())
        .unwrap_or_default();
    let adm1 = match (us, place_admin1(p).and_then(us_state_adm1)) {
        (true, Some(code)) => code,
        _ => fips.clone(),
    };
    vec![
        kind.to_string(),
        clean(&parts.join(", ")),
        fips,
        adm1,
        String::new(), // ADM2Code: no GAUL codes
        opt_float(p.lat),
        opt_float(p.lon),
        String::new(), // FeatureID: no GNS/GNIS ids
    ]
}

/// Tabs and line breaks cannot occur inside fields of tab-separated formats.
fn clean(s: &str) -> String {
    if s.contains(['\t', '\n', '\r']) {
        s.replace(['\t', '\n', '\r'], " ")
    } else {
        s.to_string()
    }
}

fn gdelt_row(r: &Row<'_>) -> Vec<String> {
    let m = r.m;
    let date = NaiveDate::parse_from_str(&m.event_date, "%Y-%m-%d").ok();
    let mut v: Vec<String> = Vec::with_capacity(61);
    v.push(numeric_id(r.event_id()).to_string());
    match date {
        Some(d) => {
            v.push(d.format("%Y%m%d").to_string());
            v.push(d.format("%Y%m").to_string());
            v.push(d.format("%Y").to_string());
            let frac = f64::from(d.year()) + f64::from(d.month() * 30 + d.day()) / 365.0;
            v.push(format!("{frac:.4}"));
        }
        None => v.extend(std::iter::repeat_n(String::new(), 4)),
    }
    for a in [&m.source, &m.target] {
        match a {
            Some(a) => {
                let g = gdelt_actor(&a.code);
                v.push(a.code.clone());
                v.push(clean(&a.text.to_uppercase()));
                v.push(g.country);
                v.push(g.known_group);
                v.push(g.ethnic);
                v.push(g.religion1);
                v.push(g.religion2);
                v.extend(g.types);
            }
            None => v.extend(std::iter::repeat_n(String::new(), 10)),
        }
    }
    v.push(if m.sentence_index == 0 { "1" } else { "0" }.into());
    v.push(m.cameo.clone());
    v.push(m.cameo.chars().take(3).collect());
    v.push(m.cameo_root.clone());
    v.push(m.quad_class.to_string());
    v.push(fmt_float(m.goldstein));
    v.push(r.group.n_mentions().to_string());
    v.push(r.group.n_sources.to_string());
    v.push(r.n_articles().to_string());
    v.push(String::new()); // AvgTone
    v.extend(std::iter::repeat_n(String::new(), 16)); // Actor1Geo, Actor2Geo
    v.extend(gdelt_geo(r.place()));
    v.push(
        NaiveDate::parse_from_str(&m.story_date, "%Y-%m-%d")
            .map(|d| d.format("%Y%m%d000000").to_string())
            .unwrap_or_default(),
    );
    v.push(clean(
        &m.url
            .clone()
            .unwrap_or_else(|| format!("dyad-story:{}", m.story_id)),
    ));
    v
}

fn actor_country(a: &Option<Actor>) -> Option<String> {
    a.as_ref().and_then(|a| a.country_code())
}

fn icews_row(r: &Row<'_>) -> Vec<String> {
    let m = r.m;
    let mut v: Vec<String> = Vec::with_capacity(20);
    v.push(numeric_id(r.event_id()).to_string());
    v.push(m.event_date.clone());
    let actor_cols = |a: &Option<Actor>| -> [String; 3] {
        match a {
            Some(x) => [
                clean(&x.text),
                sector_labels(&x.code),
                actor_country(a)
                    .map(|c| country_name(&c))
                    .unwrap_or_default(),
            ],
            None => Default::default(),
        }
    };
    v.extend(actor_cols(&m.source));
    v.push(clean(&m.cameo_name));
    v.push(m.cameo.clone());
    v.push(fmt_float(icews_intensity(&m.cameo, m.goldstein)));
    v.extend(actor_cols(&m.target));
    v.push(clean(&m.story_id));
    v.push((m.sentence_index + 1).to_string());
    v.push(clean(m.publisher.as_deref().unwrap_or_default()));
    match r.place() {
        Some(p) => v.extend([
            if precision(p) == Some(Precision::City) {
                clean(&p.name)
            } else {
                String::new()
            }, // City
            String::new(),                                     // District
            clean(place_admin1(p).unwrap_or_default()),        // Province
            clean(&place_country_name(p).unwrap_or_default()), // Country
            opt_float(p.lat),
            opt_float(p.lon),
        ]),
        None => v.extend(std::iter::repeat_n(String::new(), 6)),
    }
    v
}

/// PLOVER intensity: the mode's score when the manual gives one, else the type's.
fn plover_score(event_type: &str, mode: Option<&str>) -> Option<f64> {
    if let Some(mode) = mode {
        let s = dyad_ontology::plover_modes()
            .iter()
            .find(|x| x.event_type == event_type && x.mode == mode)
            .and_then(|x| x.score);
        if s.is_some() {
            return s;
        }
    }
    dyad_ontology::plover_type(event_type).and_then(|t| t.score)
}

fn polecat_row(r: &Row<'_>) -> Option<Vec<String>> {
    let m = r.m;
    let ptype = m.plover_type.as_deref()?;
    let mut v: Vec<String> = Vec::with_capacity(40);
    v.push(r.event_id().to_string());
    v.push(m.event_date.clone());
    v.push(ptype.to_string());
    v.push(m.plover_mode.clone().unwrap_or_default());
    v.push(
        plover_score(ptype, m.plover_mode.as_deref())
            .map(fmt_float)
            .unwrap_or_default(),
    );
    v.push(
        dyad_ontology::plover_type(ptype)
            .map(|t| t.quad_class.to_string())
            .unwrap_or_default(),
    );
    v.push(m.plover_context.clone().unwrap_or_default());
    for a in [&m.source, &m.target] {
        match a {
            Some(x) => {
                let c = actor_country(a);
                let sectors = plover_sectors(&x.code);
                v.push(clean(&x.text)); // Name
                v.push(c.as_deref().map(plover_country).unwrap_or_default()); // Country
                v.push(
                    c.as_deref()
                        .and_then(dyad_ontology::country)
                        .and_then(|k| k.cow_numeric)
                        .map(|n| n.to_string())
                        .unwrap_or_default(),
                ); // COW
                v.push(sectors.first().cloned().unwrap_or_default()); // Primary sector
                v.push(sectors.join(";")); // Sectors
                v.push(String::new()); // Title
                v.push(clean(&x.text)); // Name Raw
                v.push(String::new()); // Wikipedia ID
            }
            None => v.extend(std::iter::repeat_n(String::new(), 8)),
        }
    }
    match r.place() {
        Some(p) => v.extend([
            clean(&p.name), // Placename
            if precision(p) == Some(Precision::City) {
                clean(&p.name)
            } else {
                String::new()
            }, // City
            String::new(),  // District
            clean(place_admin1(p).unwrap_or_default()), // Province
            p.country
                .clone()
                .or_else(|| p.country_cameo.as_deref().map(plover_country))
                .unwrap_or_default(), // Country (ISO alpha-3, as for actors)
            opt_float(p.lat),
            opt_float(p.lon),
            p.geonames_id.map(|g| g.to_string()).unwrap_or_default(),
            clean(&p.text),                                          // Raw Placename
            feature(p).map(|f| f.1.to_string()).unwrap_or_default(), // Feature Type
        ]),
        None => v.extend(std::iter::repeat_n(String::new(), 10)),
    }
    v.push(clean(m.publisher.as_deref().unwrap_or_default()));
    v.push(m.story_date.clone());
    v.extend(std::iter::repeat_n(String::new(), 3)); // Story People/Organizations/Locations
    v.push("en".into());
    v.push(clean(&m.coder_version));
    Some(v)
}

fn plover_json(r: &Row<'_>) -> Option<serde_json::Value> {
    let m = r.m;
    let ptype = m.plover_type.as_deref()?;
    let entity = |a: &Option<Actor>| -> Vec<serde_json::Value> {
        match a {
            Some(x) => {
                let mut o = serde_json::Map::new();
                if let Some(c) = actor_country(a) {
                    o.insert("code".into(), json!(plover_country(&c)));
                }
                if let Some(s) = plover_sectors(&x.code).first() {
                    o.insert("sector".into(), json!(s));
                }
                o.insert("entity_text".into(), json!(x.text));
                vec![serde_json::Value::Object(o)]
            }
            None => vec![],
        }
    };
    let mut cite = serde_json::Map::new();
    if let Some(u) = &m.url {
        cite.insert("url".into(), json!(u));
    }
    if let Some(p) = &m.publisher {
        cite.insert("publication".into(), json!(p));
    }
    cite.insert("coder".into(), json!(m.coder_version));
    cite.insert(
        "codebook".into(),
        json!("CAMEO 1.1b3 mapped to PLOVER (CAMEO2PLOVER-2021)"),
    );
    let mut o = serde_json::Map::new();
    o.insert("id".into(), json!(r.event_id()));
    o.insert("date".into(), json!(m.event_date));
    o.insert("actor".into(), json!(entity(&m.source)));
    o.insert("recipient".into(), json!(entity(&m.target)));
    o.insert("event".into(), json!([ptype]));
    o.insert(
        "mode".into(),
        json!(m.plover_mode.iter().collect::<Vec<_>>()),
    );
    o.insert(
        "context".into(),
        json!(m
            .plover_context
            .as_deref()
            .map(|c| c.split(';').map(str::trim).collect::<Vec<_>>())
            .unwrap_or_default()),
    );
    if let Some(t) = dyad_ontology::plover_type(ptype) {
        o.insert("quad_code".into(), json!(t.quad_class));
    }
    if let Some(s) = plover_score(ptype, m.plover_mode.as_deref()) {
        o.insert("event_scale".into(), json!(s));
    }
    if let Some(p) = r.place() {
        o.insert("event_loc".into(), plover_loc(p));
    }
    o.insert("event_text".into(), json!([m.sentence]));
    o.insert(
        "text_info".into(),
        json!({"sequence": m.sentence_index + 1, "start": m.sentence_start, "end": m.sentence_end}),
    );
    o.insert("cite_info".into(), serde_json::Value::Object(cite));
    o.insert("coder".into(), json!(m.coder_version));
    o.insert(
        "comment".into(),
        json!(format!(
            "CAMEO {}; {} mention(s) in {} stor{} (dedup {})",
            m.cameo,
            r.group.n_mentions(),
            r.group.story_ids.len(),
            if r.group.story_ids.len() == 1 {
                "y"
            } else {
                "ies"
            },
            r.rule
        )),
    );
    Some(serde_json::Value::Object(o))
}

/// PLOVER's location object for a place (absent fields left out).
fn plover_loc(p: &Place) -> serde_json::Value {
    let mut o = serde_json::Map::new();
    o.insert("extracted_place".into(), json!(p.text));
    o.insert("resolved_place".into(), json!(p.name));
    if let Some(g) = p.geonames_id {
        o.insert("geonameid".into(), json!(g));
    }
    if let Some(x) = p.lat {
        o.insert("lat".into(), json!(x));
    }
    if let Some(x) = p.lon {
        o.insert("lon".into(), json!(x));
    }
    if precision(p) == Some(Precision::City) {
        o.insert("city".into(), json!(p.name));
    }
    if let Some(a) = place_admin1(p) {
        o.insert("province".into(), json!(a));
    }
    if let Some(c) = place_country_name(p) {
        o.insert("country".into(), json!(c));
    }
    if let Some(c) = p
        .country
        .clone()
        .or_else(|| p.country_cameo.as_deref().map(plover_country))
    {
        o.insert("country_code".into(), json!(c));
    }
    if let Some((class, code)) = feature(p) {
        o.insert("feature_class".into(), json!(class));
        o.insert("feature_code".into(), json!(code));
    }
    if let Some(k) = precision(p) {
        let resolution = match k {
            Precision::City => 4,
            Precision::Admin1 => 2,
            Precision::Country => 1,
        };
        o.insert("resolution".into(), json!(resolution));
    }
    serde_json::Value::Object(o)
}

/// The flat table's columns: derived-event columns (unless `none`), then the
/// mention columns and `story_date`.
pub fn flat_columns(rule: &DedupRule) -> Vec<Col> {
    let mut c = Vec::new();
    if *rule != DedupRule::None {
        c.extend([
            Col::new("rule", Ty::Text, false),
            Col::new("event_id", Ty::Text, false),
            Col::new("n_mentions", Ty::Int, false),
            Col::new("n_stories", Ty::Int, false),
            Col::new("n_sources", Ty::Int, false),
            Col::new("mention_ids", Ty::Text, false),
            Col::new("story_ids", Ty::Text, false),
            Col::new("publishers", Ty::Text, false),
            Col::new("urls", Ty::Text, false),
        ]);
        c.extend_from_slice(crate::schema::DERIVED_PLACE_COLUMNS);
    }
    c.extend_from_slice(MENTION_COLUMNS);
    c.push(Col::new("story_date", Ty::Text, false));
    c
}

/// One row of the flat table, matching [`flat_columns`].
pub fn flat_values(r: &Row<'_>) -> Vec<Value> {
    let mut v = Vec::new();
    if *r.rule != DedupRule::None {
        let json = |x: &[String]| Value::Text(serde_json::to_string(x).unwrap_or_default());
        v.extend([
            Value::Text(r.rule.name()),
            Value::Text(r.group.event_id.clone()),
            Value::from(r.group.n_mentions()),
            Value::from(r.group.story_ids.len()),
            Value::from(r.group.n_sources),
            json(&r.group.mention_ids(r.mentions)),
            json(&r.group.story_ids),
            json(&r.group.publishers),
            json(&r.group.urls),
        ]);
        v.extend(r.group.place_values(r.mentions));
    }
    v.extend(r.m.values());
    v.push(Value::Text(r.m.story_date.clone()));
    v
}

fn write_tsv_line(out: &mut dyn Write, fields: &[String]) -> Result<()> {
    let mut line = fields.join("\t");
    line.push('\n');
    out.write_all(line.as_bytes())
        .map_err(|e| Error::io("writing the export", e))
}

/// Writes already-derived events.
pub fn write_events(
    format: ExportFormat,
    rule: &DedupRule,
    mentions: &[Mention],
    events: &[DerivedEvent],
    out: &mut (dyn Write + Send),
) -> Result<ExportReport> {
    let mut report = ExportReport {
        rule: rule.name(),
        ..Default::default()
    };
    let rows = events.iter().map(|e| Row {
        m: &mentions[e.first],
        group: e,
        rule,
        mentions,
    });
    match format {
        ExportFormat::Gdelt => {
            for r in rows {
                write_tsv_line(out, &gdelt_row(&r))?;
                report.rows += 1;
            }
        }
        ExportFormat::Icews => {
            write_tsv_line(out, &ICEWS_COLUMNS.map(String::from))?;
            for r in rows {
                write_tsv_line(out, &icews_row(&r))?;
                report.rows += 1;
            }
        }
        ExportFormat::Polecat => {
            write_tsv_line(out, &POLECAT_COLUMNS.map(String::from))?;
            for r in rows {
                match polecat_row(&r) {
                    Some(v) => {
                        write_tsv_line(out, &v)?;
                        report.rows += 1;
                    }
                    None => report.skipped += 1,
                }
            }
        }
        ExportFormat::PloverJsonl => {
            for r in rows {
                match plover_json(&r) {
                    Some(v) => {
                        let mut line = serde_json::to_string(&v).unwrap_or_default();
                        line.push('\n');
                        out.write_all(line.as_bytes())
                            .map_err(|e| Error::io("writing the export", e))?;
                        report.rows += 1;
                    }
                    None => report.skipped += 1,
                }
            }
        }
        ExportFormat::Csv => {
            let cols = flat_columns(rule);
            let mut w = csv::Writer::from_writer(&mut *out);
            w.write_record(cols.iter().map(|c| c.name))?;
            for r in rows {
                w.write_record(flat_values(&r).iter().map(Value::render))?;
                report.rows += 1;
            }
            w.flush().map_err(|e| Error::io("writing the export", e))?;
        }
        ExportFormat::Parquet => {
            #[cfg(feature = "parquet")]
            {
                let cols = flat_columns(rule);
                let values: Vec<Vec<Value>> = rows.map(|r| flat_values(&r)).collect();
                report.rows = values.len();
                crate::parquet_out::write(&cols, &values, out)?;
            }
            #[cfg(not(feature = "parquet"))]
            {
                let _ = rows;
                return Err(Error::Usage(
                    "this dyad was built without Parquet support: rebuild with `cargo build --release -p dyad --features parquet`".into(),
                ));
            }
        }
    }
    out.flush()
        .map_err(|e| Error::io("writing the export", e))?;
    Ok(report)
}

/// `dyad export`.
pub fn run(
    store: &mut Store,
    opts: &ExportOptions,
    out: &mut (dyn Write + Send),
) -> Result<ExportReport> {
    if opts.format == ExportFormat::Parquet && !cfg!(feature = "parquet") {
        return Err(Error::Usage(
            "this dyad was built without Parquet support: rebuild with `cargo build --release -p dyad --features parquet`".into(),
        ));
    }
    let rule = opts
        .dedup
        .clone()
        .unwrap_or_else(|| opts.format.default_dedup());
    let mentions = store.mentions(opts.from, opts.to)?;
    let events = derive(&rule, &mentions);
    write_events(opts.format, &rule, &mentions, &events, out)
}
