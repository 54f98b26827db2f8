//! Where coded events go. The coder never knows about output: callers push each
//! story's result into a `Sink` (JSONL, TSV, a store), as ripgrep's searcher
//! pushes matches into printers.

use std::io::{self, Write};

use serde::Serialize;

use crate::record::{ActorRecord, AmountRecord, EventRecord, PlaceRecord, StoryResult};

/// Receives coded stories in input order.
pub trait Sink {
    fn story(&mut self, result: &StoryResult) -> io::Result<()>;
    fn finish(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// One JSON object per event, one event per line.
pub struct JsonlSink<W: Write> {
    out: W,
    /// A story's lines, serialized here first and written with one call:
    /// serde_json writes many small pieces, each a call through `W` otherwise.
    buf: Vec<u8>,
}

impl<W: Write> JsonlSink<W> {
    pub fn new(out: W) -> Self {
        JsonlSink {
            out,
            buf: Vec::new(),
        }
    }
}

impl<W: Write> Sink for JsonlSink<W> {
    fn story(&mut self, result: &StoryResult) -> io::Result<()> {
        self.buf.clear();
        for e in &result.events {
            write_event(&mut self.buf, e)?;
            self.buf.push(b'\n');
        }
        self.out.write_all(&self.buf)
    }
    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// Writes `e` as `serde_json::to_writer` would (the test
/// `fast_json_is_serde_json` holds them together): field by field, with the
/// strings, which are most of a record, escaped by [`json_str`] rather than
/// byte by byte; numbers and enums still go through serde_json.
fn write_event(buf: &mut Vec<u8>, e: &EventRecord) -> io::Result<()> {
    buf.extend_from_slice(b"{\"event_id\":");
    json_str(buf, &e.event_id);
    buf.extend_from_slice(b",\"story_id\":");
    json_str(buf, &e.story_id);
    buf.extend_from_slice(b",\"sentence_index\":");
    json_value(buf, &e.sentence_index)?;
    buf.extend_from_slice(b",\"event_date\":");
    json_str(buf, &e.event_date);
    buf.extend_from_slice(b",\"date_granularity\":");
    json_value(buf, &e.date_granularity)?;
    buf.extend_from_slice(b",\"date_text\":");
    json_opt_str(buf, e.date_text.as_deref());
    buf.extend_from_slice(b",\"source\":");
    json_actor(buf, e.source.as_ref())?;
    buf.extend_from_slice(b",\"target\":");
    json_actor(buf, e.target.as_ref())?;
    buf.extend_from_slice(b",\"cameo\":");
    json_str(buf, &e.cameo);
    buf.extend_from_slice(b",\"cameo_root\":");
    json_str(buf, &e.cameo_root);
    buf.extend_from_slice(b",\"cameo_name\":");
    json_str(buf, &e.cameo_name);
    buf.extend_from_slice(b",\"goldstein\":");
    json_value(buf, &e.goldstein)?;
    buf.extend_from_slice(b",\"quad_class\":");
    json_value(buf, &e.quad_class)?;
    buf.extend_from_slice(b",\"plover\":");
    match &e.plover {
        Some(p) => {
            buf.extend_from_slice(b"{\"type\":");
            json_str(buf, &p.event_type);
            buf.extend_from_slice(b",\"mode\":");
            json_opt_str(buf, p.mode.as_deref());
            buf.extend_from_slice(b",\"context\":");
            json_opt_str(buf, p.context.as_deref());
            buf.push(b'}');
        }
        None => buf.extend_from_slice(b"null"),
    }
    buf.extend_from_slice(b",\"trigger\":{\"text\":");
    json_str(buf, &e.trigger.text);
    buf.extend_from_slice(b",\"start\":");
    json_value(buf, &e.trigger.start)?;
    buf.extend_from_slice(b",\"end\":");
    json_value(buf, &e.trigger.end)?;
    buf.extend_from_slice(b"},\"sentence\":");
    json_str(buf, &e.sentence);
    buf.extend_from_slice(b",\"sentence_start\":");
    json_value(buf, &e.sentence_start)?;
    buf.extend_from_slice(b",\"sentence_end\":");
    json_value(buf, &e.sentence_end)?;
    buf.extend_from_slice(b",\"reported_by\":[");
    for (k, r) in e.reported_by.iter().enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        json_str(buf, r);
    }
    buf.extend_from_slice(b"],\"amounts\":[");
    for (k, a) in e.amounts.iter().enumerate() {
        if k > 0 {
            buf.push(b',');
        }
        json_amount(buf, a)?;
    }
    buf.extend_from_slice(b"],\"place\":");
    json_place(buf, e.place.as_ref())?;
    buf.extend_from_slice(b",\"publisher\":");
    json_opt_str(buf, e.publisher.as_deref());
    buf.extend_from_slice(b",\"url\":");
    json_opt_str(buf, e.url.as_deref());
    buf.extend_from_slice(b",\"coder_version\":");
    json_str(buf, &e.coder_version);
    buf.push(b'}');
    Ok(())
}

fn json_actor(buf: &mut Vec<u8>, a: Option<&ActorRecord>) -> io::Result<()> {
    let Some(a) = a else {
        buf.extend_from_slice(b"null");
        return Ok(());
    };
    buf.extend_from_slice(b"{\"text\":");
    json_str(buf, &a.text);
    buf.extend_from_slice(b",\"code\":");
    json_str(buf, &a.code);
    buf.extend_from_slice(b",\"country\":");
    json_opt_str(buf, a.country.as_deref());
    buf.extend_from_slice(b",\"sector\":");
    json_opt_str(buf, a.sector.as_deref());
    buf.extend_from_slice(b",\"start\":");
    json_value(buf, &a.start)?;
    buf.extend_from_slice(b",\"end\":");
    json_value(buf, &a.end)?;
    buf.push(b'}');
    Ok(())
}

fn json_amount(buf: &mut Vec<u8>, a: &AmountRecord) -> io::Result<()> {
    buf.extend_from_slice(b"{\"value\":");
    json_value(buf, &a.value)?;
    buf.extend_from_slice(b",\"unit\":");
    json_opt_str(buf, a.unit.as_deref());
    buf.extend_from_slice(b",\"text\":");
    json_str(buf, &a.text);
    buf.extend_from_slice(b",\"start\":");
    json_value(buf, &a.start)?;
    buf.extend_from_slice(b",\"end\":");
    json_value(buf, &a.end)?;
    buf.push(b'}');
    Ok(())
}

fn json_place(buf: &mut Vec<u8>, p: Option<&PlaceRecord>) -> io::Result<()> {
    let Some(p) = p else {
        buf.extend_from_slice(b"null");
        return Ok(());
    };
    buf.extend_from_slice(b"{\"text\":");
    json_str(buf, &p.text);
    buf.extend_from_slice(b",\"name\":");
    json_str(buf, &p.name);
    buf.extend_from_slice(b",\"geonames_id\":");
    json_value(buf, &p.geonames_id)?;
    buf.extend_from_slice(b",\"country\":");
    json_opt_str(buf, p.country.as_deref());
    buf.extend_from_slice(b",\"country_cameo\":");
    json_opt_str(buf, p.country_cameo.as_deref());
    buf.extend_from_slice(b",\"admin1\":");
    json_opt_str(buf, p.admin1.as_deref());
    buf.extend_from_slice(b",\"lat\":");
    json_value(buf, &p.lat)?;
    buf.extend_from_slice(b",\"lon\":");
    json_value(buf, &p.lon)?;
    buf.extend_from_slice(b",\"precision\":");
    json_value(buf, &p.precision)?;
    buf.extend_from_slice(b",\"start\":");
    json_value(buf, &p.start)?;
    buf.extend_from_slice(b",\"end\":");
    json_value(buf, &p.end)?;
    buf.extend_from_slice(b",\"basis\":");
    json_value(buf, &p.basis)?;
    buf.push(b'}');
    Ok(())
}

/// A number, an enum or an optional number, as serde_json writes it.
fn json_value<T: Serialize + ?Sized>(buf: &mut Vec<u8>, v: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *buf, v)?;
    Ok(())
}

fn json_opt_str(buf: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => json_str(buf, s),
        None => buf.extend_from_slice(b"null"),
    }
}

/// `s` as a JSON string, escaped exactly as serde_json escapes it (`\"`, `\\`,
/// `\b \f \n \r \t`, other control characters as `\u00xx`; nothing else),
/// eight bytes at a time where none needs escaping.
fn json_str(buf: &mut Vec<u8>, s: &str) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Some byte of `w` is below 0x20, a quote or a backslash (never a false
    // negative; a false positive only sends the bytes to the slow path).
    let special = |w: u64| {
        let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGHS;
        (w.wrapping_sub(ONES * 0x20) & !w & HIGHS)
            | zero(w ^ (ONES * u64::from(b'"')))
            | zero(w ^ (ONES * u64::from(b'\\')))
            != 0
    };
    let bytes = s.as_bytes();
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        if let Some(chunk) = bytes.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            if !special(u64::from_le_bytes(word)) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x0c => b"\\f",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                buf.extend_from_slice(&bytes[run..i]);
                buf.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(b >> 4)],
                    HEX[usize::from(b & 15)],
                ]);
                i += 1;
                run = i;
                continue;
            }
            _ => {
                i += 1;
                continue;
            }
        };
        buf.extend_from_slice(&bytes[run..i]);
        buf.extend_from_slice(escape);
        i += 1;
        run = i;
    }
    buf.extend_from_slice(&bytes[run..]);
    buf.push(b'"');
}

/// Tab-separated values with a header row; tabs and newlines inside fields are
/// replaced by spaces so every event stays one line.
pub struct TsvSink<W: Write> {
    out: W,
    wrote_header: bool,
}

/// The TSV columns, in order.
pub const TSV_COLUMNS: &[&str] = &[
    "event_id",
    "story_id",
    "sentence_index",
    "event_date",
    "date_granularity",
    "source_code",
    "source_country",
    "source_sector",
    "source_text",
    "target_code",
    "target_country",
    "target_sector",
    "target_text",
    "cameo",
    "cameo_root",
    "goldstein",
    "quad_class",
    "plover_type",
    "plover_mode",
    "plover_context",
    "trigger",
    "reported_by",
    "amounts",
    "sentence",
];

impl<W: Write> TsvSink<W> {
    pub fn new(out: W) -> Self {
        TsvSink {
            out,
            wrote_header: false,
        }
    }
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn actor_cols(a: &Option<ActorRecord>) -> [String; 4] {
    match a {
        Some(a) => [
            a.code.clone(),
            a.country.clone().unwrap_or_default(),
            a.sector.clone().unwrap_or_default(),
            clean(&a.text),
        ],
        None => Default::default(),
    }
}

fn tsv_row(e: &EventRecord) -> Vec<String> {
    let mut row = vec![
        e.event_id.clone(),
        clean(&e.story_id),
        e.sentence_index.to_string(),
        e.event_date.clone(),
        serde_json::to_value(e.date_granularity)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default(),
    ];
    row.extend(actor_cols(&e.source));
    row.extend(actor_cols(&e.target));
    let (pt, pm, pc) = match &e.plover {
        Some(p) => (
            p.event_type.clone(),
            p.mode.clone().unwrap_or_default(),
            p.context.clone().unwrap_or_default(),
        ),
        None => Default::default(),
    };
    row.extend([
        e.cameo.clone(),
        e.cameo_root.clone(),
        e.goldstein.to_string(),
        e.quad_class.to_string(),
        pt,
        pm,
        pc,
        clean(&e.trigger.text),
        clean(&e.reported_by.join("; ")),
        clean(
            &e.amounts
                .iter()
                .map(|a| a.text.as_str())
                .collect::<Vec<_>>()
                .join("; "),
        ),
        clean(&e.sentence),
    ]);
    row
}

impl<W: Write> Sink for TsvSink<W> {
    fn story(&mut self, result: &StoryResult) -> io::Result<()> {
        if !self.wrote_header {
            writeln!(self.out, "{}", TSV_COLUMNS.join("\t"))?;
            self.wrote_header = true;
        }
        for e in &result.events {
            writeln!(self.out, "{}", tsv_row(e).join("\t"))?;
        }
        Ok(())
    }
    fn finish(&mut self) -> io::Result<()> {
        if !self.wrote_header {
            writeln!(self.out, "{}", TSV_COLUMNS.join("\t"))?;
            self.wrote_header = true;
        }
        self.out.flush()
    }
}

/// Collects results in memory (tests, `dyad eval`).
#[derive(Default)]
pub struct VecSink {
    pub results: Vec<StoryResult>,
}

impl Sink for VecSink {
    fn story(&mut self, result: &StoryResult) -> io::Result<()> {
        self.results.push(result.clone());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Granularity;
    use crate::record::{PloverRecord, TriggerRecord};

    /// Strings with every kind of byte serde_json escapes or passes through.
    fn nasty(k: usize) -> String {
        let mut s = String::new();
        for b in 0u8..0x80 {
            s.push(char::from(b));
        }
        s.push_str("é—€\u{7f}\u{2028}\u{1F600}\"\\");
        s.push_str(&"plain text. ".repeat(k % 4));
        s[k % 7..].chars().rev().collect()
    }

    fn actor(k: usize) -> ActorRecord {
        ActorRecord {
            text: nasty(k),
            code: "USAGOV".into(),
            country: k.is_multiple_of(2).then(|| "USA".into()),
            sector: k.is_multiple_of(3).then(|| nasty(k + 1)),
            start: k,
            end: usize::MAX - k,
        }
    }

    fn event(k: usize) -> EventRecord {
        EventRecord {
            event_id: format!("{k:032x}"),
            story_id: nasty(k + 2),
            sentence_index: k,
            event_date: "2025-03-14".into(),
            date_granularity: [
                Granularity::Day,
                Granularity::Month,
                Granularity::Year,
                Granularity::Story,
            ][k % 4],
            date_text: (k % 2 == 1).then(|| nasty(k)),
            source: (k % 3 != 1).then(|| actor(k)),
            target: (k % 4 != 2).then(|| actor(k + 5)),
            cameo: "0311".into(),
            cameo_root: "03".into(),
            cameo_name: nasty(k + 3),
            goldstein: [-10.0, 0.0, 3.4, f64::NAN, 1e21, -0.0][k % 6],
            quad_class: (k % 5) as u8,
            plover: k.is_multiple_of(2).then(|| PloverRecord {
                event_type: "ASSAULT".into(),
                mode: k.is_multiple_of(4).then(|| nasty(k)),
                context: None,
            }),
            trigger: TriggerRecord {
                text: nasty(k + 4),
                start: 3,
                end: 9,
            },
            sentence: nasty(k + 6),
            sentence_start: 0,
            sentence_end: 1 << 40,
            reported_by: (0..k % 3).map(nasty).collect(),
            amounts: (0..k % 3)
                .map(|j| AmountRecord {
                    value: [1.5e9, 12.0, f64::INFINITY, 0.1][j % 4],
                    unit: j.is_multiple_of(2).then(|| "USD".into()),
                    text: nasty(j),
                    start: j,
                    end: j + 1,
                })
                .collect(),
            place: (k % 2 == 1).then(|| PlaceRecord {
                text: nasty(k),
                name: "Kyiv".into(),
                geonames_id: k.is_multiple_of(3).then_some(703448),
                country: Some("UKR".into()),
                country_cameo: (k % 4 == 1).then(|| "UKR".into()),
                admin1: None,
                lat: Some(50.45),
                lon: (!k.is_multiple_of(3)).then_some(-30.5234),
                precision: [
                    dyad_geo::Precision::City,
                    dyad_geo::Precision::Admin1,
                    dyad_geo::Precision::Country,
                ][k % 3],
                start: 1,
                end: 2,
                basis: [
                    dyad_geo::Basis::Clause,
                    dyad_geo::Basis::Sentence,
                    dyad_geo::Basis::Dateline,
                ][k % 3],
            }),
            publisher: (k % 3 == 2).then(|| nasty(k)),
            url: k
                .is_multiple_of(2)
                .then(|| "https://example.org/a?b=\"c\"".into()),
            coder_version: "dyad 0.1.0".into(),
        }
    }

    #[test]
    fn fast_json_is_serde_json() {
        for k in 0..48 {
            let e = event(k);
            let mut fast = Vec::new();
            write_event(&mut fast, &e).expect("writes to a Vec");
            let serde = serde_json::to_vec(&e).expect("serializes");
            assert_eq!(
                String::from_utf8_lossy(&fast),
                String::from_utf8_lossy(&serde)
            );
        }
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let mut all = String::new();
        for c in (0u32..0x800)
            .chain(0xfff0..0x10010)
            .filter_map(char::from_u32)
        {
            all.push(c);
        }
        for start in 0..all.len() {
            let Some(s) = all.get(start..(start + 40).min(all.len())) else {
                continue;
            };
            let mut fast = Vec::new();
            json_str(&mut fast, s);
            assert_eq!(fast, serde_json::to_vec(s).expect("serializes"));
        }
    }
}
