//! The classic coders' own validation suites, read directly:
//!
//! * PETRARCH validation XML (`PETR.UnitTest.records.xml`): `<Sentence>` records
//!   with `<EventCoding>` children (`noevents="True"` and `error="…"` codings
//!   mean "no event"), `<Text>`; the embedded `<Parse>` trees are ignored, so
//!   records that test a broken parse (`error="bad_input_parse"`) are left out
//!   and counted.
//!   `<Config>` option records apply to the sentences after them where dyad has
//!   the setting: `require_dyad` (whether they may have one-sided events) and
//!   the `comma_*` clause lengths and `new_actor_length`; others are counted.
//! * TABARI `Validate.text`: `YYMMDD  ID` headers, text, then a `/* … */`
//!   comment with `{ SRC / TGT / CODE }` codings; `{+++}`, `{---}` and `{###}`
//!   mean "no event", `-{…}` lines (complex codings) and `{ OPTION: … }`
//!   records are counted, not scored. Records from `FINAL-01` on are left out:
//!   the suite itself says they need other settings.

use std::collections::BTreeMap;
use std::path::Path;

use dyad_text::CommaClauses;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::codes::normalize_date;
use crate::{EvalError, GoldActor, GoldEvent, GoldSentence, GoldSet, SetKind};

fn line_at(content: &str, byte: usize) -> usize {
    content.as_bytes()[..byte.min(content.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn actor(v: &str) -> Vec<GoldActor> {
    let v = v.trim();
    if v.is_empty() || v == "---" {
        return Vec::new();
    }
    // A quoted value is a new actor's text, not a code.
    if let Some(t) = v.strip_prefix('"').and_then(|s| s.strip_suffix('"')) {
        return vec![GoldActor {
            text: Some(t.to_string()),
            code: None,
        }];
    }
    vec![GoldActor {
        text: None,
        code: Some(v.to_string()),
    }]
}

fn attrs(e: &BytesStart<'_>) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    for a in e.attributes() {
        let a = a.map_err(|e| format!("bad attribute: {e}"))?;
        let key = String::from_utf8_lossy(a.key.as_ref()).to_string();
        let val = a
            .unescape_value()
            .map_err(|e| format!("bad attribute value: {e}"))?
            .to_string();
        out.insert(key, val);
    }
    Ok(out)
}

/// Sets the clause length a PETRARCH option names (`comma_min`, `comma_bmax`,
/// …); false when the name is no comma option.
fn set_comma_option(c: &mut CommaClauses, option: &str, value: usize) -> bool {
    let field = match option {
        "comma_min" => &mut c.min,
        "comma_max" => &mut c.max,
        "comma_bmin" => &mut c.begin_min,
        "comma_bmax" => &mut c.begin_max,
        "comma_emin" => &mut c.end_min,
        "comma_emax" => &mut c.end_max,
        _ => return false,
    };
    *field = value;
    true
}

/// Reads PETRARCH validation XML.
pub fn parse_petrarch_xml(path: &Path, content: &str) -> Result<GoldSet, EvalError> {
    let mut reader = Reader::from_str(content);
    let malformed = |byte: usize, message: String| EvalError::Malformed {
        path: path.to_path_buf(),
        line: line_at(content, byte),
        message,
    };
    let mut set = empty_set(path, "petrarch2_unittest");
    let mut cur: Option<GoldSentence> = None;
    let mut in_text = false;
    let mut skip_current = false;
    // `<Config option="require_dyad" value="false">`: from here on the suite
    // codes one-sided events too.
    let mut require_dyad: Option<bool> = None;
    // `<Config option="comma_emax" value="0">` and the like: PETRARCH's
    // defaults with the suite's changes so far, once it has made one.
    let mut comma_clauses: Option<CommaClauses> = None;
    let mut new_actor_length: Option<usize> = None;
    let mut depth_parse = 0usize;
    loop {
        let pos = reader.buffer_position() as usize;
        let ev = reader
            .read_event()
            .map_err(|e| malformed(pos, format!("XML: {e}")))?;
        match ev {
            Event::Eof => break,
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name();
                match name.as_ref() {
                    b"Sentence" => {
                        let a = attrs(&e).map_err(|m| malformed(pos, m))?;
                        let line = line_at(content, pos);
                        cur = Some(GoldSentence {
                            line,
                            id: a
                                .get("id")
                                .cloned()
                                .unwrap_or_else(|| format!("line-{line}")),
                            date: a.get("date").and_then(|d| normalize_date(d)),
                            text: String::new(),
                            events: Vec::new(),
                            no_event: false,
                            require_dyad,
                            comma_clauses,
                            new_actor_length,
                        });
                    }
                    b"EventCoding" => {
                        let a = attrs(&e).map_err(|m| malformed(pos, m))?;
                        let Some(s) = cur.as_mut() else {
                            return Err(malformed(pos, "<EventCoding> outside <Sentence>".into()));
                        };
                        if a.get("error").map(String::as_str) == Some("bad_input_parse") {
                            // The record tests PETRARCH's reading of a broken
                            // embedded parse; dyad parses the text itself, and
                            // the text is a sound sentence, so "no event" would
                            // score the wrong thing.
                            skip_current = true;
                        } else if a.contains_key("noevents") || a.contains_key("error") {
                            // Discards and datelines: the text must yield nothing.
                            s.no_event = true;
                        } else {
                            let code = a.get("eventcode").map(|c| c.trim().to_string());
                            let Some(code) = code.filter(|c| !c.is_empty()) else {
                                return Err(malformed(
                                    pos,
                                    "<EventCoding> needs eventcode, noevents or error".into(),
                                ));
                            };
                            s.events.push(GoldEvent {
                                source: actor(a.get("sourcecode").map_or("", String::as_str)),
                                target: actor(a.get("targetcode").map_or("", String::as_str)),
                                code,
                                reciprocal: false,
                            });
                        }
                    }
                    b"Text" => in_text = cur.is_some(),
                    b"Parse" => depth_parse += 1,
                    b"Config" => {
                        let a = attrs(&e).map_err(|m| malformed(pos, m))?;
                        let value = a.get("value").map(|v| v.trim().to_ascii_lowercase());
                        let option = a.get("option").map_or("", String::as_str);
                        let number = value.as_deref().and_then(|v| v.parse::<usize>().ok());
                        let mut limits = comma_clauses.unwrap_or(CommaClauses::PETRARCH);
                        match (option, value.as_deref(), number) {
                            ("require_dyad", Some("true"), _) => require_dyad = Some(true),
                            ("require_dyad", Some("false"), _) => require_dyad = Some(false),
                            ("new_actor_length", _, Some(n)) => new_actor_length = Some(n),
                            (o, _, Some(n)) if set_comma_option(&mut limits, o, n) => {
                                comma_clauses = Some(limits)
                            }
                            _ => {
                                *set.skipped_records
                                    .entry(format!("option record ({option}) not applied"))
                                    .or_insert(0) += 1;
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::End(e) => match e.name().as_ref() {
                b"Sentence" => {
                    if std::mem::take(&mut skip_current) {
                        cur = None;
                        *set.skipped_records
                            .entry(
                                "error record (bad_input_parse) left out: it tests the embedded \
                                 parse, which dyad does not read"
                                    .into(),
                            )
                            .or_insert(0) += 1;
                    }
                    if let Some(mut s) = cur.take() {
                        s.text = s.text.split_whitespace().collect::<Vec<_>>().join(" ");
                        set.sentences.push(s);
                    }
                }
                b"Text" => in_text = false,
                b"Parse" => depth_parse = depth_parse.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) if in_text && depth_parse == 0 => {
                let text = t
                    .decode()
                    .map_err(|e| malformed(pos, format!("text: {e}")))?;
                if let Some(s) = cur.as_mut() {
                    s.text.push_str(&text);
                }
            }
            Event::GeneralRef(r) if in_text && depth_parse == 0 => {
                let name = r
                    .decode()
                    .map_err(|e| malformed(pos, format!("text: {e}")))?;
                let ch = match name.as_ref() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    _ => " ",
                };
                if let Some(s) = cur.as_mut() {
                    s.text.push_str(ch);
                }
            }
            _ => {}
        }
    }
    if set.sentences.is_empty() {
        return Err(EvalError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(set)
}

fn empty_set(path: &Path, name: &str) -> GoldSet {
    GoldSet {
        name: name.to_string(),
        path: path.to_path_buf(),
        kind: SetKind::Cameo,
        sentences: Vec::new(),
        actor_cases: Vec::new(),
        skipped_actor_cases: BTreeMap::new(),
        skipped_records: BTreeMap::new(),
        exact_codes: true,
    }
}

/// `YYMMDD  ID` (TABARI record header)?
fn tabari_header(line: &str) -> Option<(String, String)> {
    let mut parts = line.split_whitespace();
    let date = parts.next()?;
    let id = parts.next()?;
    if parts.next().is_some() || date.len() != 6 || !date.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let yy: u32 = date[..2].parse().ok()?;
    let century = if yy < 30 { "20" } else { "19" };
    Some((format!("{century}{date}"), id.to_string()))
}

/// Reads TABARI `Validate.text`.
pub fn parse_tabari_text(path: &Path, content: &str) -> Result<GoldSet, EvalError> {
    let mut set = empty_set(path, "tabari_validate");
    let lines: Vec<&str> = content.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let Some((date, id)) = tabari_header(lines[i]) else {
            i += 1;
            continue;
        };
        if id == "FINAL-01" {
            let rest = lines[i..]
                .iter()
                .filter(|l| tabari_header(l).is_some())
                .count();
            *set.skipped_records
                .entry("records from FINAL-01 on (other settings)".into())
                .or_insert(0) += rest;
            break;
        }
        let header_line = i + 1;
        i += 1;
        // Text up to `/*`, then codings up to `*/`.
        let mut text = String::new();
        let mut comment = String::new();
        let mut in_comment = false;
        while i < lines.len() {
            let l = lines[i];
            if !in_comment {
                if tabari_header(l).is_some() {
                    break;
                }
                match l.find("/*") {
                    Some(p) => {
                        text.push_str(&l[..p]);
                        text.push(' ');
                        in_comment = true;
                        comment.push_str(&l[p + 2..]);
                        comment.push('\n');
                        if l[p + 2..].contains("*/") {
                            i += 1;
                            break;
                        }
                    }
                    None => {
                        text.push_str(l);
                        text.push(' ');
                    }
                }
            } else {
                comment.push_str(l);
                comment.push('\n');
                if l.contains("*/") {
                    i += 1;
                    break;
                }
            }
            i += 1;
        }
        if !in_comment {
            return Err(EvalError::Malformed {
                path: path.to_path_buf(),
                line: header_line,
                message: format!(
                    "record {id}: expected `/* … {{ SRC / TGT / CODE }} … */` after the text"
                ),
            });
        }
        let mut s = GoldSentence {
            line: header_line,
            id: id.clone(),
            date: normalize_date(&date),
            text: text.split_whitespace().collect::<Vec<_>>().join(" "),
            events: Vec::new(),
            no_event: false,
            require_dyad: None,
            comma_clauses: None,
            new_actor_length: None,
        };
        let mut option = false;
        let mut codings = 0usize;
        let mut rest = comment.as_str();
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}') else {
                // The suite has one `{ OPTION: … */` without its `}`.
                if rest[open + 1..].trim_start().starts_with("OPTION") {
                    option = true;
                    break;
                }
                return Err(EvalError::Malformed {
                    path: path.to_path_buf(),
                    line: header_line,
                    message: format!("record {id}: unclosed `{{`"),
                });
            };
            let inner = rest[open + 1..open + close].trim();
            let complex = rest[..open].ends_with('-');
            rest = &rest[open + close + 1..];
            if inner.is_empty() {
                continue; // `{}` in the explanatory prose
            }
            if inner.starts_with("OPTION") {
                option = true;
                continue;
            }
            if complex {
                *set.skipped_records
                    .entry("complex coding -{…} not scored".into())
                    .or_insert(0) += 1;
                continue;
            }
            if matches!(inner, "+++" | "---" | "###") {
                s.no_event = true;
                codings += 1;
                continue;
            }
            let parts: Vec<&str> = inner.split('/').map(str::trim).collect();
            if parts.len() != 3 || parts[2].is_empty() {
                return Err(EvalError::Malformed {
                    path: path.to_path_buf(),
                    line: header_line,
                    message: format!(
                        "record {id}: expected {{ SRC / TGT / CODE }}, found {{{inner}}}"
                    ),
                });
            }
            codings += 1;
            s.events.push(GoldEvent {
                source: actor(parts[0].trim_start_matches('~')),
                target: actor(parts[1].trim_start_matches('~')),
                code: parts[2].to_string(),
                reciprocal: false,
            });
        }
        if option {
            *set.skipped_records
                .entry("option record { OPTION: … } not applied".into())
                .or_insert(0) += 1;
            continue;
        }
        if codings == 0 {
            *set.skipped_records
                .entry("record without codings".into())
                .or_insert(0) += 1;
            continue;
        }
        set.sentences.push(s);
    }
    if set.sentences.is_empty() {
        return Err(EvalError::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(set)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn petrarch_xml() {
        let xml = r#"<Validation>
<!-- header -->
<Config option="require_dyad" value="false"></Config>
<Sentences>
<Sentence date="19950101" id="T-01" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode='"NEW GROUP"' targetcode="GON" eventcode="032"></EventCoding>
<Text>
Arnor restored ties
 with Gondor &amp; Rohan.
</Text>
<Parse> (ROOT (S (NP (NNP Arnor)))) </Parse>
</Sentence>
<Sentence date = "19950102" id ="T-02" category="X" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing happened.</Text>
</Sentence>
<Sentence date="19950103" id="T-03" category="ERROR" sentence="true">
<EventCoding error="bad_input_parse"></EventCoding>
<Text>Arnor restored ties with Gondor.</Text>
<Parse> (ROOT (S (NP (NNP Arnor)) </Parse>
</Sentence>
<Sentence date="19950104" id="T-04" category="ERROR" sentence="true">
<EventCoding error="storydiscard"></EventCoding>
<Text>Arnor restored ties with Gondor.</Text>
</Sentence>
</Sentences>
</Validation>"#;
        let set = parse_petrarch_xml(Path::new("t.xml"), xml).unwrap();
        assert_eq!(set.sentences.len(), 3);
        let s = &set.sentences[0];
        assert_eq!(s.text, "Arnor restored ties with Gondor & Rohan.");
        assert_eq!(s.date.as_deref(), Some("1995-01-01"));
        assert_eq!(s.line, 5);
        assert_eq!(s.events[0].source[0].code.as_deref(), Some("ARN"));
        assert_eq!(s.events[1].source[0].text.as_deref(), Some("NEW GROUP"));
        assert!(set.sentences[1].no_event && set.sentences[1].events.is_empty());
        // A broken embedded parse is no test of dyad; a discard is.
        assert_eq!(set.sentences[2].id, "T-04");
        assert!(set.sentences[2].no_event);
        // The require_dyad option applies to the sentences after it; the
        // bad-parse record is the only one left out.
        assert!(set.sentences.iter().all(|s| s.require_dyad == Some(false)));
        assert_eq!(set.skipped_records.values().sum::<usize>(), 1);
        assert!(set.sentences.iter().all(|s| s.comma_clauses.is_none()));
        // Comma options start from PETRARCH's defaults and apply from where
        // they stand; an option dyad does not have is counted.
        let xml2 = xml.replacen(
            "<Sentences>",
            "<Sentences><Config option=\"comma_emax\" value=\"0\"></Config>\
             <Config option=\"new_actor_length\" value=\"4\"></Config>",
            1,
        );
        let set = parse_petrarch_xml(Path::new("t.xml"), &xml2).unwrap();
        assert_eq!(set.skipped_records.values().sum::<usize>(), 1);
        assert_eq!(set.sentences[0].new_actor_length, Some(4));
        let limits = set.sentences[0].comma_clauses.unwrap();
        assert_eq!(
            limits,
            CommaClauses {
                end_max: 0,
                ..CommaClauses::PETRARCH
            }
        );
        let bad =
            "<Sentences><Sentence id=\"a\"><EventCoding></EventCoding></Sentence></Sentences>";
        assert!(parse_petrarch_xml(Path::new("b.xml"), bad).is_err());
    }

    #[test]
    fn tabari_text() {
        let text = "# header\n\n950101  OPT-1\nSet things.\n/*\\n{ OPTION: SET: X = FALSE } */\n\n950103  DEMO-04\nDagolath left for\nMinas Tirith./*\n\\n{ DAG / GON / 032 } 950103\n\\n{ GON / ~DAG / 033 }\n\\n-{ARN / GON / 064 } */\n\n950101  NONE-1\nEstonia departx.\n/*\\n{ --- } */\n990101  FINAL-01\nend\n/* */\n950101  LATER-1\nx\n/*\\n{ A / B / 010 } */\n";
        let set = parse_tabari_text(Path::new("Validate.text"), text).unwrap();
        assert_eq!(set.sentences.len(), 2);
        let s = &set.sentences[0];
        assert_eq!(s.id, "DEMO-04");
        assert_eq!(s.text, "Dagolath left for Minas Tirith.");
        assert_eq!(s.date.as_deref(), Some("1995-01-03"));
        assert_eq!(s.events.len(), 2);
        assert_eq!(s.events[1].target[0].code.as_deref(), Some("DAG"));
        assert!(set.sentences[1].no_event);
        assert_eq!(set.skipped_records.len(), 3, "{:?}", set.skipped_records);
        let bad = "950101  B-1\ntext\n/* { A / B } */\n";
        let e = parse_tabari_text(Path::new("v.text"), bad).unwrap_err();
        assert!(e.to_string().contains("v.text:1"), "{e}");
    }
}
