//! Reading stories: JSONL records, plain-text files, directories, stdin.
//!
//! Every input record ends up either as a `Story` or as a `Rejected` with its
//! line and reason, so counts always add up.

use std::fs;
use std::io::{self, BufRead, Read};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use dyad_coder::dates::parse_story_date;
use dyad_coder::Story;
use serde::Serialize;

/// An input record that could not be coded.
#[derive(Debug, Clone, Serialize)]
pub struct Rejected {
    /// The file (or `-` for stdin).
    pub file: String,
    /// 1-based line of the record; 0 for whole-file problems.
    pub line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub reason: String,
}

/// One input record, good or bad, in input order.
#[derive(Debug)]
pub enum Record {
    Story(Story),
    Rejected(Rejected),
}

/// The input flags `dyad code` and `dyad ingest` share.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// JSONL story files, .txt files, directories (recursive) or `-` for stdin.
    pub paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) for .txt stories and records without one.
    #[arg(long)]
    pub date: Option<String>,
    /// Write rejected records here (JSONL: file, line, id, reason).
    #[arg(long)]
    pub rejects: Option<PathBuf>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Stories larger than this many bytes are rejected.
    #[arg(long, default_value_t = 1 << 20)]
    pub max_story_bytes: usize,
}

impl InputArgs {
    /// The reading options these flags ask for.
    pub fn options(&self) -> anyhow::Result<InputOptions> {
        let default_date = match &self.date {
            Some(d) => Some(parse_story_date(d).map_err(|e| anyhow::anyhow!("--date {d:?}: {e}"))?),
            None => None,
        };
        Ok(InputOptions {
            default_date,
            max_story_bytes: self.max_story_bytes,
        })
    }

    /// The `--rejects` file, created.
    pub fn rejects_file(&self) -> anyhow::Result<Option<io::BufWriter<fs::File>>> {
        use anyhow::Context;
        self.rejects
            .as_ref()
            .map(|p| {
                fs::File::create(p)
                    .map(io::BufWriter::new)
                    .with_context(|| format!("creating {}", p.display()))
            })
            .transpose()
    }
}

/// How to read inputs.
#[derive(Debug, Clone)]
pub struct InputOptions {
    /// Publication date for plain-text stories and records without one.
    pub default_date: Option<NaiveDate>,
    /// Stories longer than this (bytes) are rejected.
    pub max_story_bytes: usize,
}

/// One input source.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Stdin,
    Jsonl(PathBuf),
    Text(PathBuf),
}

/// Expands paths (directories recursively, sorted) into sources.
pub fn sources(paths: &[PathBuf]) -> io::Result<Vec<Source>> {
    if paths.is_empty() {
        return Ok(vec![Source::Stdin]);
    }
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Source::Stdin);
        } else if p.is_dir() {
            walk(p, &mut out)?;
        } else if p.exists() {
            out.push(classify(p));
        } else {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("{}: no such file or directory", p.display()),
            ));
        }
    }
    Ok(out)
}

fn classify(p: &Path) -> Source {
    match p.extension().and_then(|e| e.to_str()) {
        Some("jsonl" | "ndjson" | "json") => Source::Jsonl(p.to_path_buf()),
        _ => Source::Text(p.to_path_buf()),
    }
}

fn walk(dir: &Path, out: &mut Vec<Source>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else if matches!(
            p.extension().and_then(|e| e.to_str()),
            Some("jsonl" | "ndjson" | "json" | "txt" | "text")
        ) {
            out.push(classify(&p));
        }
    }
    Ok(())
}

impl Source {
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".into(),
            Source::Jsonl(p) | Source::Text(p) => p.display().to_string(),
        }
    }
}

/// Reads every record of one source, calling `emit` for each in order.
pub fn read_source(
    source: &Source,
    opts: &InputOptions,
    emit: &mut dyn FnMut(Record) -> io::Result<()>,
) -> io::Result<()> {
    let name = source.name();
    match source {
        Source::Text(p) => {
            let bytes = fs::read(p)?;
            let id = p.display().to_string();
            emit(text_record(&name, id, bytes, opts))
        }
        Source::Jsonl(p) => {
            let f = fs::File::open(p)?;
            read_jsonl(&name, io::BufReader::new(f), opts, emit)
        }
        Source::Stdin => {
            let mut buf = Vec::new();
            io::stdin().lock().read_to_end(&mut buf)?;
            let first = buf.iter().find(|b| !b.is_ascii_whitespace());
            if first == Some(&b'{') {
                read_jsonl(&name, io::Cursor::new(buf), opts, emit)
            } else {
                emit(text_record(&name, "stdin".into(), buf, opts))
            }
        }
    }
}

fn text_record(file: &str, id: String, bytes: Vec<u8>, opts: &InputOptions) -> Record {
    let reject = |reason: String| {
        Record::Rejected(Rejected {
            file: file.to_string(),
            line: 0,
            id: Some(id.clone()),
            reason,
        })
    };
    if bytes.len() > opts.max_story_bytes {
        return reject(too_long(bytes.len(), opts.max_story_bytes));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            return reject(format!(
                "invalid UTF-8 at byte {}",
                e.utf8_error().valid_up_to()
            ))
        }
    };
    if text.trim().is_empty() {
        return reject("empty file: no story text".into());
    }
    let date = opts
        .default_date
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    Record::Story(Story::new(id, text, date))
}

fn too_long(len: usize, max: usize) -> String {
    format!(
        "story is {:.1} MB, over the {:.1} MB limit (--max-story-bytes)",
        len as f64 / 1e6,
        max as f64 / 1e6
    )
}

/// Reads JSONL records; a bad line is rejected, never fatal.
pub fn read_jsonl(
    file: &str,
    mut reader: impl BufRead,
    opts: &InputOptions,
    emit: &mut dyn FnMut(Record) -> io::Result<()>,
) -> io::Result<()> {
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    let mut records = 0usize;
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf)?;
        if n == 0 {
            break;
        }
        line_no += 1;
        if buf.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        records += 1;
        emit(parse_line(file, line_no, &buf, opts))?;
    }
    if records == 0 {
        emit(Record::Rejected(Rejected {
            file: file.to_string(),
            line: 0,
            id: None,
            reason: "empty file: no records".into(),
        }))?;
    }
    Ok(())
}

fn parse_line(file: &str, line: usize, bytes: &[u8], opts: &InputOptions) -> Record {
    let reject = |id: Option<String>, reason: String| {
        Record::Rejected(Rejected {
            file: file.to_string(),
            line,
            id,
            reason,
        })
    };
    if bytes.len() > opts.max_story_bytes.saturating_add(4096) {
        return reject(None, too_long(bytes.len(), opts.max_story_bytes));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => return reject(None, format!("invalid UTF-8 at byte {}", e.valid_up_to())),
    };
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => return reject(None, format!("malformed JSON: {e}")),
    };
    let Some(obj) = value.as_object() else {
        return reject(None, "record is not a JSON object".into());
    };
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => Some(s.clone()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let story_text = match obj.get("text") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => return reject(id, "field `text` is not a string".into()),
        None => return reject(id, "missing field `text`".into()),
    };
    if story_text.len() > opts.max_story_bytes {
        return reject(id, too_long(story_text.len(), opts.max_story_bytes));
    }
    let date = match obj.get("date").or_else(|| obj.get("published")) {
        Some(serde_json::Value::String(s)) => match parse_story_date(s) {
            Ok(d) => d,
            Err(e) => return reject(id, format!("bad date {s:?}: {e}")),
        },
        Some(serde_json::Value::Null) | None => match opts.default_date {
            Some(d) => d,
            None => return reject(id, "missing field `date` (or pass --date)".into()),
        },
        Some(other) => return reject(id, format!("field `date` is not a string: {other}")),
    };
    let s = |k: &str| obj.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let id = id.unwrap_or_else(|| format!("{file}:{line}"));
    Record::Story(Story {
        id,
        text: story_text,
        date,
        title: s("title"),
        url: s("url"),
        publisher: s("publisher").or_else(|| s("source")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &[u8]) -> Vec<Record> {
        let opts = InputOptions {
            default_date: None,
            max_story_bytes: 1000,
        };
        let mut out = Vec::new();
        read_jsonl(
            "t.jsonl",
            io::Cursor::new(input.to_vec()),
            &opts,
            &mut |r| {
                out.push(r);
                Ok(())
            },
        )
        .unwrap();
        out
    }

    fn reasons(rs: &[Record]) -> Vec<(usize, String)> {
        rs.iter()
            .filter_map(|r| match r {
                Record::Rejected(x) => Some((x.line, x.reason.clone())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn good_and_bad_lines_are_all_accounted_for() {
        let mut input = Vec::new();
        input.extend_from_slice(
            b"{\"id\":\"a\",\"text\":\"Iran warned Israel.\",\"date\":\"2012-03-21\"}\n",
        );
        input.extend_from_slice(b"{not json\n");
        input.extend_from_slice(b"{\"id\":\"c\",\"text\":5,\"date\":\"2012-03-21\"}\n");
        input.extend_from_slice(b"{\"id\":\"d\",\"text\":\"x\",\"date\":\"2012-02-30\"}\n");
        input.extend_from_slice(b"{\"id\":\"e\",\"text\":\"\xff\xfe\",\"date\":\"2012-03-21\"}\n");
        input.extend_from_slice(b"\n");
        input.extend_from_slice(b"[1,2]\n");
        input.extend_from_slice(
            b"{\"id\":7,\"text\":\"ok\",\"published\":\"2025-03-14 20:30:26Z\"}\n",
        );
        let long = format!(
            "{{\"id\":\"big\",\"text\":\"{}\",\"date\":\"2012-03-21\"}}\n",
            "a".repeat(2000)
        );
        input.extend_from_slice(long.as_bytes());
        input.extend_from_slice(b"{\"id\":\"nodate\",\"text\":\"x\"}\n");
        let rs = read(&input);
        assert_eq!(rs.len(), 9);
        let bad = reasons(&rs);
        let lines: Vec<usize> = bad.iter().map(|b| b.0).collect();
        assert_eq!(lines, [2, 3, 4, 5, 7, 9, 10]);
        assert!(bad[0].1.contains("malformed JSON"));
        assert!(bad[1].1.contains("not a string"));
        assert!(bad[2].1.contains("bad date"));
        assert!(bad[3].1.contains("UTF-8"));
        assert!(bad[4].1.contains("not a JSON object"));
        assert!(bad[5].1.contains("limit"));
        assert!(bad[6].1.contains("missing field `date`"));
        match &rs[6] {
            Record::Story(s) => assert_eq!(s.id, "7"),
            other => panic!("expected a story, got {other:?}"),
        }
    }

    #[test]
    fn empty_file_is_reported() {
        let rs = read(b"");
        assert_eq!(reasons(&rs), [(0, "empty file: no records".to_string())]);
    }
}
