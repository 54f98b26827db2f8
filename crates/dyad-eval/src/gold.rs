//! Reading gold sets: one JSONL schema with per-set differences, plus the NGEC
//! actor-lookup cases. Parsing is tolerant of nulls and never panics; a line
//! that cannot be understood gives [`EvalError::Malformed`] with file and line.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use dyad_text::CommaClauses;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::codes::normalize_date;
use crate::EvalError;

/// Which kind of gold set a file holds; decides the metrics that apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SetKind {
    /// CAMEO event codes with CAMEO actor codes (`petr2_gsr_validation`,
    /// `petrarch2_unittest`).
    Cameo,
    /// PLOVER event types with ISO-3 actor lists (`plover_gsr`).
    Plover,
    /// ConfliBERT five-class CAMEO labels with text spans (`conflibert_cameo_train`).
    Pentaclass,
    /// NGEC actor-lookup test cases (`ngec_actor_cases`).
    ActorCases,
}

impl fmt::Display for SetKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            SetKind::Cameo => "CAMEO",
            SetKind::Plover => "PLOVER",
            SetKind::Pentaclass => "CAMEO-pentaclass",
            SetKind::ActorCases => "actor-cases",
        })
    }
}

/// One gold actor: a CAMEO/ISO code, a text span, or both.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct GoldActor {
    pub text: Option<String>,
    pub code: Option<String>,
}

/// One gold event. `code` is the raw label: a CAMEO code, a PLOVER type (legacy
/// names not yet mapped) or a pentaclass digit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldEvent {
    pub source: Vec<GoldActor>,
    pub target: Vec<GoldActor>,
    pub code: String,
    pub reciprocal: bool,
}

/// One gold sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GoldSentence {
    /// 1-based line in the gold file.
    pub line: usize,
    pub id: String,
    /// ISO `YYYY-MM-DD` when the gold gave `YYYYMMDD`; otherwise as given.
    pub date: Option<String>,
    pub text: String,
    pub events: Vec<GoldEvent>,
    /// The gold file's own `no_event` flag (sentences with an empty event list
    /// count as "no event" either way).
    pub no_event: bool,
    /// Whether the suite codes only events with both a source and a target
    /// here (PETRARCH's `require_dyad` option records); `None`: the
    /// evaluation's default ([`crate::EvalOptions::require_dyad`]).
    pub require_dyad: Option<bool>,
    /// The comma-clause elimination the suite sets here (PETRARCH's `comma_*`
    /// option records); `None`: the coder's own.
    #[serde(skip)]
    pub comma_clauses: Option<CommaClauses>,
    /// The longest noun phrase the suite codes as a new actor here when it
    /// names no known one (PETRARCH's `new_actor_length`; 0: none); `None`:
    /// the coder's own.
    pub new_actor_length: Option<usize>,
}

/// One NGEC actor-lookup case that dyad can score: a mention and what it should
/// resolve to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActorCase {
    pub line: usize,
    pub test: String,
    /// `search_nat` (country expected) or `short_text_to_agent` (agent expected).
    pub method: String,
    pub mention: String,
    pub expected_country: Option<String>,
    pub expected_agent: Option<String>,
}

/// A loaded gold set.
#[derive(Debug, Clone)]
pub struct GoldSet {
    /// The `set` field of the records, else the file stem.
    pub name: String,
    pub path: PathBuf,
    pub kind: SetKind,
    /// Empty for [`SetKind::ActorCases`].
    pub sentences: Vec<GoldSentence>,
    /// Only for [`SetKind::ActorCases`].
    pub actor_cases: Vec<ActorCase>,
    /// Actor cases not scored, counted by reason (method not supported, marked skip).
    pub skipped_actor_cases: BTreeMap<String, usize>,
    /// Records of the classic suites not scored (option records, complex
    /// codings), counted by reason.
    pub skipped_records: BTreeMap<String, usize>,
    /// Score full actor and event codes too (the classic suites, whose
    /// expectations are exact codes from their own dictionaries).
    pub exact_codes: bool,
}

/// Reads a gold JSONL file and detects its kind.
pub fn load_gold(path: &Path) -> Result<GoldSet, EvalError> {
    let content = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    // The classic suites' own formats.
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if ext.eq_ignore_ascii_case("xml") {
        return crate::classic::parse_petrarch_xml(path, &content);
    }
    if ext.eq_ignore_ascii_case("text") {
        return crate::classic::parse_tabari_text(path, &content);
    }
    parse_gold_str(path, &content)
}

/// Parses gold JSONL already in memory; `path` is used for the set name and in
/// error messages.
pub fn parse_gold_str(path: &Path, content: &str) -> Result<GoldSet, EvalError> {
    let malformed = |line: usize, message: String| EvalError::Malformed {
        path: path.to_path_buf(),
        line,
        message,
    };

    let mut records: Vec<(usize, Map<String, Value>)> = Vec::new();
    for (idx, raw) in content.lines().enumerate() {
        let line = idx + 1;
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        let value: Value =
            serde_json::from_str(raw).map_err(|e| malformed(line, format!("invalid JSON: {e}")))?;
        match value {
            Value::Object(map) => records.push((line, map)),
            other => {
                return Err(malformed(
                    line,
                    format!("expected a JSON object, found {}", type_name(&other)),
                ))
            }
        }
    }
    if records.is_empty() {
        return Err(EvalError::Empty {
            path: path.to_path_buf(),
        });
    }

    // Detect the kind: every line that tells must agree.
    let mut kind: Option<(SetKind, usize)> = None;
    for (line, rec) in &records {
        if let Some(k) = detect_kind(rec) {
            match kind {
                None => kind = Some((k, *line)),
                Some((prev, prev_line)) if prev != k => {
                    return Err(malformed(
                        *line,
                        format!(
                        "record looks like a {k} set but line {prev_line} looked like a {prev} set"
                    ),
                    ))
                }
                Some(_) => {}
            }
        }
    }
    let Some((kind, _)) = kind else {
        return Err(malformed(
            records[0].0,
            "cannot tell the gold set kind (no known `set` name, `code_system` or actor-case fields)"
                .to_string(),
        ));
    };

    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "gold".to_string());
    let name = records
        .iter()
        .find_map(|(_, r)| r.get("set").and_then(Value::as_str).map(str::to_string))
        .filter(|s| !s.is_empty())
        .unwrap_or(stem);

    let mut set = GoldSet {
        name,
        path: path.to_path_buf(),
        kind,
        sentences: Vec::new(),
        actor_cases: Vec::new(),
        skipped_actor_cases: BTreeMap::new(),
        skipped_records: BTreeMap::new(),
        exact_codes: false,
    };
    for (line, rec) in &records {
        if kind == SetKind::ActorCases {
            match parse_actor_case(*line, rec).map_err(|m| malformed(*line, m))? {
                Ok(case) => set.actor_cases.push(case),
                Err(reason) => *set.skipped_actor_cases.entry(reason).or_insert(0) += 1,
            }
        } else {
            let sentence = parse_sentence(*line, rec, kind).map_err(|m| malformed(*line, m))?;
            set.sentences.push(sentence);
        }
    }
    Ok(set)
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn detect_kind(rec: &Map<String, Value>) -> Option<SetKind> {
    if rec.contains_key("method") && rec.contains_key("expected") {
        return Some(SetKind::ActorCases);
    }
    // The events' code_system is the most direct signal.
    if let Some(Value::Array(events)) = rec.get("events") {
        for ev in events {
            let system = ev.get("code_system").and_then(Value::as_str).map(str::trim);
            match system.map(str::to_ascii_uppercase).as_deref() {
                Some("CAMEO") => return Some(SetKind::Cameo),
                Some("PLOVER") => return Some(SetKind::Plover),
                Some("CAMEO-PENTACLASS") => return Some(SetKind::Pentaclass),
                _ => {}
            }
        }
    }
    match rec.get("set").and_then(Value::as_str) {
        Some("petr2_gsr_validation") | Some("petrarch2_unittest") => return Some(SetKind::Cameo),
        Some("plover_gsr") => return Some(SetKind::Plover),
        Some("conflibert_cameo_train") => return Some(SetKind::Pentaclass),
        _ => {}
    }
    // Fall back on the shape of the first event's source.
    if let Some(Value::Array(events)) = rec.get("events") {
        for ev in events {
            match ev.get("source") {
                Some(Value::String(_)) => return Some(SetKind::Cameo),
                Some(Value::Array(items)) => {
                    if items.iter().any(Value::is_object) {
                        return Some(SetKind::Plover);
                    }
                    if items.iter().any(Value::is_string) {
                        return Some(SetKind::Pentaclass);
                    }
                }
                _ => {}
            }
        }
    }
    None
}

fn string_field(rec: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match rec.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(Value::Number(n)) => Ok(Some(n.to_string())),
        Some(other) => Err(format!(
            "`{key}` must be a string, found {}",
            type_name(other)
        )),
    }
}

fn parse_sentence(
    line: usize,
    rec: &Map<String, Value>,
    kind: SetKind,
) -> Result<GoldSentence, String> {
    let id = string_field(rec, "id")?
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| format!("line-{line}"));
    let text = match rec.get("text") {
        Some(Value::String(s)) => s.clone(),
        None | Some(Value::Null) => return Err("missing `text`".to_string()),
        Some(other) => {
            return Err(format!(
                "`text` must be a string, found {}",
                type_name(other)
            ))
        }
    };
    let date = string_field(rec, "date")?.and_then(|d| normalize_date(&d));
    let no_event = match rec.get("no_event") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(other) => {
            return Err(format!(
                "`no_event` must be a boolean, found {}",
                type_name(other)
            ))
        }
    };
    let events = match rec.get("events") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, ev)| parse_event(ev, kind).map_err(|m| format!("event {}: {m}", i + 1)))
            .collect::<Result<Vec<_>, _>>()?,
        Some(other) => {
            return Err(format!(
                "`events` must be an array, found {}",
                type_name(other)
            ))
        }
    };
    Ok(GoldSentence {
        line,
        id,
        date,
        text,
        events,
        no_event,
        require_dyad: None,
        comma_clauses: None,
        new_actor_length: None,
    })
}

fn parse_event(ev: &Value, kind: SetKind) -> Result<GoldEvent, String> {
    let Value::Object(map) = ev else {
        return Err(format!("expected an object, found {}", type_name(ev)));
    };
    let code = match map.get("code") {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        None | Some(Value::Null) => return Err("missing `code`".to_string()),
        Some(other) => {
            return Err(format!(
                "`code` must be a string, found {}",
                type_name(other)
            ))
        }
    };
    if code.is_empty() {
        return Err("empty `code`".to_string());
    }
    if kind == SetKind::Pentaclass && !matches!(code.as_str(), "0" | "1" | "2" | "3" | "4") {
        return Err(format!("pentaclass `code` must be 0..4, found {code:?}"));
    }
    let source = parse_actors(map.get("source"), kind).map_err(|m| format!("source: {m}"))?;
    let target = parse_actors(map.get("target"), kind).map_err(|m| format!("target: {m}"))?;
    let reciprocal = match map.get("reciprocal") {
        Some(Value::Bool(b)) => *b,
        // ConfliBERT lists the reciprocal spans instead of a flag.
        Some(Value::Array(items)) => !items.is_empty(),
        _ => false,
    };
    Ok(GoldEvent {
        source,
        target,
        code,
        reciprocal,
    })
}

fn nonempty(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn actor_from_string(s: &str, kind: SetKind) -> GoldActor {
    match kind {
        SetKind::Pentaclass => GoldActor {
            text: nonempty(s),
            code: None,
        },
        _ => GoldActor {
            text: None,
            code: nonempty(s),
        },
    }
}

fn parse_actor_item(item: &Value, kind: SetKind) -> Result<Option<GoldActor>, String> {
    match item {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(actor_from_string(s, kind))),
        Value::Object(map) => {
            let get = |key: &str| -> Result<Option<String>, String> {
                match map.get(key) {
                    None | Some(Value::Null) => Ok(None),
                    Some(Value::String(s)) => Ok(nonempty(s)),
                    Some(other) => Err(format!(
                        "actor `{key}` must be a string, found {}",
                        type_name(other)
                    )),
                }
            };
            Ok(Some(GoldActor {
                text: get("text")?,
                code: get("code")?,
            }))
        }
        other => Err(format!(
            "actor must be a string or an object, found {}",
            type_name(other)
        )),
    }
}

fn parse_actors(v: Option<&Value>, kind: SetKind) -> Result<Vec<GoldActor>, String> {
    match v {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::Array(items)) => {
            let mut out = Vec::new();
            for item in items {
                if let Some(actor) = parse_actor_item(item, kind)? {
                    out.push(actor);
                }
            }
            Ok(out)
        }
        Some(other) => Ok(parse_actor_item(other, kind)?.into_iter().collect()),
    }
}

/// `Ok(Ok(case))` = scorable, `Ok(Err(reason))` = skipped, `Err` = malformed.
fn parse_actor_case(
    line: usize,
    rec: &Map<String, Value>,
) -> Result<Result<ActorCase, String>, String> {
    let method = match rec.get("method") {
        Some(Value::String(s)) => s.clone(),
        _ => return Err("`method` must be a string".to_string()),
    };
    let test = string_field(rec, "test")?.unwrap_or_else(|| format!("line-{line}"));
    let marked_skip = match rec.get("marks") {
        Some(Value::Array(marks)) => marks.iter().any(|m| m.as_str() == Some("skip")),
        _ => false,
    };
    let expected = match rec.get("expected") {
        Some(Value::Object(m)) => m.clone(),
        None | Some(Value::Null) => Map::new(),
        Some(other) => {
            return Err(format!(
                "`expected` must be an object, found {}",
                type_name(other)
            ))
        }
    };
    let mention = match rec.get("args") {
        Some(Value::Array(args)) => args.first().and_then(Value::as_str).map(str::to_string),
        _ => None,
    };
    let (expected_country, expected_agent) = match method.as_str() {
        "search_nat" => (string_field(&expected, "cc")?, None),
        "short_text_to_agent" => (None, string_field(&expected, "code_1")?),
        _ => return Ok(Err(format!("method {method} not supported"))),
    };
    if marked_skip {
        return Ok(Err(format!("{method} marked skip")));
    }
    let Some(mention) = mention else {
        return Err("`args` must start with the mention string".to_string());
    };
    if expected_country.is_none() && expected_agent.is_none() {
        return Ok(Err(format!("{method} without an expected value")));
    }
    Ok(Ok(ActorCase {
        line,
        test,
        method,
        mention,
        expected_country,
        expected_agent,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<GoldSet, EvalError> {
        parse_gold_str(Path::new("mem/test.jsonl"), s)
    }

    #[test]
    fn cameo_line() {
        let set = parse(r#"{"set":"petr2_gsr_validation","id":"a","date":"20080804","text":"t","events":[{"source":"USAGOV","target":null,"code":"042","code_system":"CAMEO"}],"no_event":false,"meta":null}"#).unwrap();
        assert_eq!(set.kind, SetKind::Cameo);
        assert_eq!(set.name, "petr2_gsr_validation");
        let s = &set.sentences[0];
        assert_eq!(s.date.as_deref(), Some("2008-08-04"));
        assert_eq!(s.events[0].source[0].code.as_deref(), Some("USAGOV"));
        assert!(s.events[0].target.is_empty());
    }

    #[test]
    fn tolerant_of_nulls() {
        let set = parse(
            "\n{\"id\":null,\"date\":null,\"text\":\"x\",\"events\":null,\"no_event\":null,\"set\":\"plover_gsr\"}\n",
        )
        .unwrap();
        assert_eq!(set.kind, SetKind::Plover);
        assert_eq!(set.sentences[0].id, "line-2");
        assert!(set.sentences[0].events.is_empty());
    }

    #[test]
    fn errors_name_the_line() {
        let good = r#"{"set":"petr2_gsr_validation","id":"a","text":"t","events":[]}"#;
        let err = parse(&format!("{good}\n{good}\n{{not json")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("mem/test.jsonl:3"), "{msg}");

        let err = parse(&format!("{good}\n{{\"set\":\"petr2_gsr_validation\",\"text\":\"t\",\"events\":[{{\"source\":\"USA\"}}]}}")).unwrap_err();
        assert!(err.to_string().contains(":2:"), "{err}");
        assert!(err.to_string().contains("code"), "{err}");

        let err = parse(r#"{"set":"conflibert_cameo_train","text":"t","events":[{"code":"7","code_system":"CAMEO-pentaclass"}]}"#).unwrap_err();
        assert!(err.to_string().contains(":1:"), "{err}");

        assert!(matches!(parse("\n\n"), Err(EvalError::Empty { .. })));
        assert!(parse("[1,2]").unwrap_err().to_string().contains(":1:"));
        assert!(parse(r#"{"text":"t","events":[]}"#).is_err());
    }

    #[test]
    fn actor_cases() {
        let set = parse(concat!(
            r#"{"test":"a","method":"search_nat","args":["four Saudi men"],"kwargs":{},"expected":{"cc":"SAU","text":"four  men"},"expected_not":{},"marks":[]}"#,
            "\n",
            r#"{"test":"b","method":"short_text_to_agent","args":["soldier"],"expected":{"code_1":"MIL"},"marks":[]}"#,
            "\n",
            r#"{"test":"c","method":"agent_to_code","args":["x"],"expected":{"country":"KAZ"},"marks":[]}"#,
        ))
        .unwrap();
        assert_eq!(set.kind, SetKind::ActorCases);
        assert_eq!(set.actor_cases.len(), 2);
        assert_eq!(set.actor_cases[0].expected_country.as_deref(), Some("SAU"));
        assert_eq!(set.actor_cases[1].expected_agent.as_deref(), Some("MIL"));
        assert_eq!(set.skipped_actor_cases.values().sum::<usize>(), 1);
        assert_eq!(set.name, "test");
    }
}
