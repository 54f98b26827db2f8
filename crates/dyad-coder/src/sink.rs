//! Where coded events go. The coder never knows about output: callers push each
//! story's result into a `Sink` (JSONL, TSV, a store), as ripgrep's searcher
//! pushes matches into printers.

use std::io::{self, Write};

use crate::record::{ActorRecord, EventRecord, StoryResult};

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
            serde_json::to_writer(&mut self.buf, e)?;
            self.buf.push(b'\n');
        }
        self.out.write_all(&self.buf)
    }
    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
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
