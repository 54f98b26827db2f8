//! Aggregate tables (`dyad agg`): counts, Goldstein sums/means and QuadClass
//! counts per country or dyad and day, month or year.
//!
//! Semantics:
//! * Filters (`from`/`to` on the event date, `actor` as a prefix of either
//!   actor's CAMEO code, `root`, `plover`) select mentions; the dedup rule
//!   then derives events from them, and each event counts once with its first
//!   report's date, actors, Goldstein weight and QuadClass.
//! * Country units: *directed* (default) counts an event for its source's
//!   country; *nondirected* counts it once for each distinct country among
//!   source and target.
//! * Dyad units need both countries. Directed dyads are (source, target);
//!   nondirected dyads are unordered pairs written with the smaller code
//!   first (numeric order for COW/GW numbers).
//! * Countries are the actor's CAMEO country slot mapped with [`Codes`];
//!   events whose country has no code in that system (regions, IGOs under
//!   ISO3/COW/GW; bare sectors in any) are left out and counted in
//!   [`AggReport::dropped`].
//! * `fill`: every country/dyad present gets a row for every period from
//!   `from` (else the earliest event) to `to` (else the latest event), zeros
//!   where nothing happened (the mean is then empty/null).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io::Write;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

use crate::codes::Codes;
use crate::dedup::{derive, DedupRule};
use crate::error::{Error, Result};
use crate::model::Mention;
use crate::store::Store;

/// Time resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Period {
    Day,
    Month,
    Year,
}

impl Period {
    /// The first day of the period containing `d`.
    pub fn start(self, d: NaiveDate) -> NaiveDate {
        match self {
            Period::Day => d,
            Period::Month => d.with_day(1).unwrap_or(d),
            Period::Year => NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d),
        }
    }
    /// The first day of the next period.
    pub fn next(self, d: NaiveDate) -> Option<NaiveDate> {
        match self {
            Period::Day => d.succ_opt(),
            Period::Month => {
                let (y, m) = if d.month() == 12 {
                    (d.year() + 1, 1)
                } else {
                    (d.year(), d.month() + 1)
                };
                NaiveDate::from_ymd_opt(y, m, 1)
            }
            Period::Year => NaiveDate::from_ymd_opt(d.year() + 1, 1, 1),
        }
    }
    pub fn label(self, d: NaiveDate) -> String {
        match self {
            Period::Day => d.format("%Y-%m-%d").to_string(),
            Period::Month => d.format("%Y-%m").to_string(),
            Period::Year => d.format("%Y").to_string(),
        }
    }
}

/// Unit of analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub dyad: bool,
    pub period: Period,
}

impl FromStr for Unit {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        let t = s.trim().to_ascii_lowercase();
        let (who, when) = t.split_once('-').ok_or_else(|| bad_unit(s))?;
        let dyad = match who {
            "country" => false,
            "dyad" => true,
            _ => return Err(bad_unit(s)),
        };
        let period = match when {
            "day" => Period::Day,
            "month" => Period::Month,
            "year" => Period::Year,
            _ => return Err(bad_unit(s)),
        };
        Ok(Unit { dyad, period })
    }
}

fn bad_unit(s: &str) -> String {
    format!("unknown unit {s:?}: use country-day, country-month, country-year, dyad-day, dyad-month or dyad-year")
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let who = if self.dyad { "dyad" } else { "country" };
        let when = match self.period {
            Period::Day => "day",
            Period::Month => "month",
            Period::Year => "year",
        };
        write!(f, "{who}-{when}")
    }
}

/// One output measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// Number of (derived) events.
    Count,
    GoldsteinSum,
    /// Sum / count; empty when the count is 0.
    GoldsteinMean,
    /// Four columns: events of QuadClass 1 (verbal cooperation), 2 (material
    /// cooperation), 3 (verbal conflict), 4 (material conflict).
    Quad,
    /// Mentions merged into the counted events.
    Mentions,
}

impl FromStr for Measure {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s.trim() {
            "count" => Ok(Measure::Count),
            "goldstein_sum" => Ok(Measure::GoldsteinSum),
            "goldstein_mean" => Ok(Measure::GoldsteinMean),
            "quad" => Ok(Measure::Quad),
            "mentions" => Ok(Measure::Mentions),
            other => Err(format!(
                "unknown measure {other:?}: use count, goldstein_sum, goldstein_mean, quad, mentions"
            )),
        }
    }
}

/// Parses `count,goldstein_sum,...`.
pub fn parse_measures(s: &str) -> std::result::Result<Vec<Measure>, String> {
    let v: Vec<Measure> = s
        .split(',')
        .filter(|p| !p.trim().is_empty())
        .map(Measure::from_str)
        .collect::<std::result::Result<_, _>>()?;
    if v.is_empty() {
        return Err("no measure given".into());
    }
    Ok(v)
}

/// Output table format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    Csv,
    Tsv,
    Jsonl,
}

impl FromStr for TableFormat {
    type Err = String;
    fn from_str(s: &str) -> std::result::Result<Self, String> {
        match s.trim() {
            "csv" => Ok(TableFormat::Csv),
            "tsv" => Ok(TableFormat::Tsv),
            "jsonl" => Ok(TableFormat::Jsonl),
            other => Err(format!("unknown format {other:?}: use csv, tsv or jsonl")),
        }
    }
}

/// Everything `dyad agg` takes.
#[derive(Debug, Clone)]
pub struct AggOptions {
    pub unit: Unit,
    pub measures: Vec<Measure>,
    pub directed: bool,
    pub codes: Codes,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Prefix of either actor's CAMEO code (`IRN`, `IRNGOV`; ISO spellings
    /// that differ from CAMEO, like `ROU`, are normalized).
    pub actor: Option<String>,
    /// CAMEO root, `"14"` (a single digit is padded).
    pub root: Option<String>,
    /// PLOVER event type (legacy names normalized).
    pub plover: Option<String>,
    pub fill: bool,
    pub dedup: DedupRule,
    pub format: TableFormat,
}

impl AggOptions {
    pub fn new(unit: Unit) -> Self {
        AggOptions {
            unit,
            measures: vec![Measure::Count],
            directed: true,
            codes: Codes::Cameo,
            from: None,
            to: None,
            actor: None,
            root: None,
            plover: None,
            fill: false,
            dedup: DedupRule::OneADay,
            format: TableFormat::Csv,
        }
    }
}

/// Accumulated values of one cell.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Cell {
    pub count: u64,
    pub goldstein_sum: f64,
    pub quad: [u64; 4],
    pub mentions: u64,
}

/// One output row.
#[derive(Debug, Clone, PartialEq)]
pub struct AggRow {
    pub period: String,
    /// The country, or the two countries of the dyad.
    pub keys: Vec<String>,
    pub cell: Cell,
}

/// What aggregation saw.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AggReport {
    /// Mentions that passed the filters.
    pub mentions: usize,
    /// Events derived from them.
    pub events: usize,
    /// Events left out because a needed country had no code.
    pub dropped: usize,
    /// Rows written.
    pub rows: usize,
}

/// A code, sortable numerically when it is a number.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum SortCode {
    Num(u64),
    Text(String),
}

fn sort_code(s: &str, numeric: bool) -> SortCode {
    match (numeric, s.parse::<u64>()) {
        (true, Ok(n)) => SortCode::Num(n),
        _ => SortCode::Text(s.to_string()),
    }
}

fn normalize_root(r: &str) -> std::result::Result<String, String> {
    let t = r.trim();
    let padded = if t.len() == 1 {
        format!("0{t}")
    } else {
        t.to_string()
    };
    if padded.len() == 2 && dyad_ontology::cameo(&padded).is_some_and(|e| e.level == 1) {
        Ok(padded)
    } else {
        Err(format!("--root {r:?} is not a CAMEO root code (01..20)"))
    }
}

/// Whether a mention passes the filters.
pub fn matches(m: &Mention, opts: &AggOptions) -> std::result::Result<bool, String> {
    let date = NaiveDate::parse_from_str(&m.event_date, "%Y-%m-%d").ok();
    if let Some(f) = opts.from {
        if date.is_none_or(|d| d < f) {
            return Ok(false);
        }
    }
    if let Some(t) = opts.to {
        if date.is_none_or(|d| d > t) {
            return Ok(false);
        }
    }
    if let Some(a) = &opts.actor {
        let a = a.trim().to_ascii_uppercase();
        let a = if a.len() == 3 {
            dyad_ontology::normalize_country(&a)
        } else {
            a
        };
        let hit = [&m.source, &m.target]
            .iter()
            .any(|x| x.as_ref().is_some_and(|x| x.code.starts_with(&a)));
        if !hit {
            return Ok(false);
        }
    }
    if let Some(r) = &opts.root {
        if m.cameo_root != normalize_root(r)? {
            return Ok(false);
        }
    }
    if let Some(p) = &opts.plover {
        let p = dyad_ontology::normalize_plover_type(p);
        if dyad_ontology::plover_type(&p).is_none() {
            return Err(format!("--plover {p:?} is not a PLOVER event type"));
        }
        if m.plover_type.as_deref() != Some(p.as_str()) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Aggregates mentions into rows (sorted by country/dyad, then period).
pub fn aggregate(mentions: &[Mention], opts: &AggOptions) -> Result<(Vec<AggRow>, AggReport)> {
    if let Some(r) = &opts.root {
        normalize_root(r).map_err(Error::Usage)?;
    }
    let mut selected: Vec<Mention> = Vec::new();
    for m in mentions {
        if matches(m, opts).map_err(Error::Usage)? {
            selected.push(m.clone());
        }
    }
    let events = derive(&opts.dedup, &selected);
    let mut report = AggReport {
        mentions: selected.len(),
        events: events.len(),
        ..Default::default()
    };
    let period = opts.unit.period;
    let numeric = opts.codes.numeric();
    let mut cells: BTreeMap<(Vec<SortCode>, NaiveDate), (Vec<String>, Cell)> = BTreeMap::new();
    let mut min_d: Option<NaiveDate> = None;
    let mut max_d: Option<NaiveDate> = None;
    for e in &events {
        let m = &selected[e.first];
        let Ok(date) = NaiveDate::parse_from_str(&m.event_date, "%Y-%m-%d") else {
            report.dropped += 1;
            continue;
        };
        let country = |a: &Option<crate::model::Actor>| {
            a.as_ref()
                .and_then(|a| a.country_code())
                .and_then(|c| opts.codes.map(&c))
        };
        let (src, tgt) = (country(&m.source), country(&m.target));
        let key_sets: Vec<Vec<String>> = if opts.unit.dyad {
            match (src, tgt) {
                (Some(a), Some(b)) => {
                    if opts.directed || sort_code(&a, numeric) <= sort_code(&b, numeric) {
                        vec![vec![a, b]]
                    } else {
                        vec![vec![b, a]]
                    }
                }
                _ => vec![],
            }
        } else if opts.directed {
            src.map(|a| vec![vec![a]]).unwrap_or_default()
        } else {
            let mut v: Vec<Vec<String>> = Vec::new();
            for c in [src, tgt].into_iter().flatten() {
                if !v.iter().any(|k| k[0] == c) {
                    v.push(vec![c]);
                }
            }
            v
        };
        if key_sets.is_empty() {
            report.dropped += 1;
            continue;
        }
        let p = period.start(date);
        min_d = Some(min_d.map_or(p, |x| x.min(p)));
        max_d = Some(max_d.map_or(p, |x| x.max(p)));
        for keys in key_sets {
            let sk: Vec<SortCode> = keys.iter().map(|k| sort_code(k, numeric)).collect();
            let (_, cell) = cells
                .entry((sk, p))
                .or_insert_with(|| (keys.clone(), Cell::default()));
            cell.count += 1;
            cell.goldstein_sum += m.goldstein;
            if (1..=4).contains(&m.quad_class) {
                cell.quad[(m.quad_class - 1) as usize] += 1;
            }
            cell.mentions += e.n_mentions() as u64;
        }
    }
    if opts.fill {
        let lo = opts.from.map(|d| period.start(d)).or(min_d);
        let hi = opts.to.map(|d| period.start(d)).or(max_d);
        if let (Some(lo), Some(hi)) = (lo, hi) {
            let units: BTreeMap<Vec<SortCode>, Vec<String>> = cells
                .iter()
                .map(|((sk, _), (keys, _))| (sk.clone(), keys.clone()))
                .collect();
            let mut periods = BTreeSet::new();
            let mut d = lo;
            while d <= hi {
                periods.insert(d);
                match period.next(d) {
                    Some(n) => d = n,
                    None => break,
                }
            }
            for (sk, keys) in units {
                for &p in &periods {
                    cells
                        .entry((sk.clone(), p))
                        .or_insert_with(|| (keys.clone(), Cell::default()));
                }
            }
        }
    }
    let rows: Vec<AggRow> = cells
        .into_iter()
        .map(|((_, p), (keys, cell))| AggRow {
            period: period.label(p),
            keys,
            cell,
        })
        .collect();
    report.rows = rows.len();
    Ok((rows, report))
}

/// Column names of the output, in order.
pub fn columns(opts: &AggOptions) -> Vec<String> {
    let mut c = vec!["period".to_string()];
    match (opts.unit.dyad, opts.directed) {
        (false, _) => c.push("country".into()),
        (true, true) => c.extend(["source".into(), "target".into()]),
        (true, false) => c.extend(["country_a".into(), "country_b".into()]),
    }
    for m in &opts.measures {
        match m {
            Measure::Count => c.push("count".into()),
            Measure::GoldsteinSum => c.push("goldstein_sum".into()),
            Measure::GoldsteinMean => c.push("goldstein_mean".into()),
            Measure::Quad => c.extend([
                "q1_verbal_coop".into(),
                "q2_material_coop".into(),
                "q3_verbal_conflict".into(),
                "q4_material_conflict".into(),
            ]),
            Measure::Mentions => c.push("mentions".into()),
        }
    }
    c
}

/// A float for tables: rounded to 6 decimals, shortest form, no `-0`.
pub fn fmt_float(x: f64) -> String {
    let r = (x * 1e6).round() / 1e6;
    if r == 0.0 {
        "0".into()
    } else {
        r.to_string()
    }
}

enum Cellv {
    Int(u64),
    Float(f64),
    Null,
    Text(String),
}

fn row_values(row: &AggRow, opts: &AggOptions) -> Vec<Cellv> {
    let mut v = vec![Cellv::Text(row.period.clone())];
    v.extend(row.keys.iter().map(|k| Cellv::Text(k.clone())));
    let c = &row.cell;
    for m in &opts.measures {
        match m {
            Measure::Count => v.push(Cellv::Int(c.count)),
            Measure::GoldsteinSum => v.push(Cellv::Float(c.goldstein_sum)),
            Measure::GoldsteinMean => v.push(if c.count == 0 {
                Cellv::Null
            } else {
                Cellv::Float(c.goldstein_sum / c.count as f64)
            }),
            Measure::Quad => v.extend(c.quad.iter().map(|q| Cellv::Int(*q))),
            Measure::Mentions => v.push(Cellv::Int(c.mentions)),
        }
    }
    v
}

/// Writes rows in the chosen format.
pub fn write_rows(rows: &[AggRow], opts: &AggOptions, out: &mut dyn Write) -> Result<()> {
    let cols = columns(opts);
    match opts.format {
        TableFormat::Csv | TableFormat::Tsv => {
            let delim = if opts.format == TableFormat::Csv {
                b','
            } else {
                b'\t'
            };
            let mut w = csv::WriterBuilder::new().delimiter(delim).from_writer(out);
            w.write_record(&cols)?;
            for r in rows {
                let rec: Vec<String> = row_values(r, opts)
                    .into_iter()
                    .map(|c| match c {
                        Cellv::Int(i) => i.to_string(),
                        Cellv::Float(f) => fmt_float(f),
                        Cellv::Null => String::new(),
                        Cellv::Text(s) => s,
                    })
                    .collect();
                w.write_record(&rec)?;
            }
            w.flush().map_err(|e| Error::io("writing the table", e))?;
        }
        TableFormat::Jsonl => {
            for r in rows {
                let mut line = String::from("{");
                for (i, (name, c)) in cols.iter().zip(row_values(r, opts)).enumerate() {
                    if i > 0 {
                        line.push(',');
                    }
                    line.push_str(&serde_json::to_string(name).unwrap_or_default());
                    line.push(':');
                    line.push_str(&match c {
                        Cellv::Int(i) => i.to_string(),
                        Cellv::Float(f) => fmt_float(f),
                        Cellv::Null => "null".into(),
                        Cellv::Text(s) => serde_json::to_string(&s).unwrap_or_default(),
                    });
                }
                line.push_str("}\n");
                out.write_all(line.as_bytes())
                    .map_err(|e| Error::io("writing the table", e))?;
            }
            out.flush().map_err(|e| Error::io("writing the table", e))?;
        }
    }
    Ok(())
}

/// `dyad agg`: reads the store's mentions, aggregates, writes the table.
pub fn run(store: &mut Store, opts: &AggOptions, out: &mut dyn Write) -> Result<AggReport> {
    let mentions = store.mentions_light(opts.from, opts.to)?;
    let (rows, report) = aggregate(&mentions, opts)?;
    write_rows(&rows, opts, out)?;
    Ok(report)
}
