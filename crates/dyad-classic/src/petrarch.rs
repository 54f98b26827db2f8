//! PETRARCH-2 dictionaries (and the TABARI verb/actor/agent files, which share
//! most of their syntax): verbs with synsets and patterns, actors with date
//! restrictions, agents with plural lists and `!MACRO!` substitutions, discards.

use std::path::Path;

use crate::pattern::{map_pattern, primary_code, Synsets, Verb, WordMatch};
use crate::{
    actor_phrase_text, classic_validity, phrase_text, read_text, strip_comment, ClassicError,
    Discard, Import, NoteKind, Options, Result, Section, Sink,
};

/// Lines with `<!-- … -->` comments (single- or multi-line) blanked out.
fn without_xml_comments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_comment = false;
    for raw in text.lines() {
        let mut line = String::new();
        let mut rest = raw;
        loop {
            if in_comment {
                match rest.find("-->") {
                    Some(p) => {
                        rest = &rest[p + 3..];
                        in_comment = false;
                    }
                    None => break,
                }
            } else {
                match comment_open(rest) {
                    Some((p, after)) => {
                        line.push_str(&rest[..p]);
                        rest = &rest[after..];
                        in_comment = true;
                    }
                    None => {
                        line.push_str(rest);
                        break;
                    }
                }
            }
        }
        out.push(line);
    }
    out
}

/// Where an XML comment opens in `s` and where its text starts: `<!--`, or
/// `<! --` as the PETRARCH validation dictionaries also write it.
fn comment_open(s: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(k) = s[from..].find("<!") {
        let at = from + k;
        let rest = &s[at + 2..];
        let dashes = rest.trim_start();
        if dashes.starts_with("--") {
            return Some((at, s.len() - dashes.len() + 2));
        }
        from = at + 2;
    }
    None
}

/// Splits `TEXT [CODE] rest` into (TEXT, Some(CODE)); `[...]` must close.
fn split_code(line: &str) -> std::result::Result<(&str, Option<&str>), String> {
    match line.rfind('[') {
        Some(open) => match line[open..].find(']') {
            Some(close) => Ok((&line[..open], Some(&line[open + 1..open + close]))),
            None => Err(format!("unclosed `[` in {:?}", line.trim())),
        },
        None => Ok((line, None)),
    }
}

/// Splits `WORDS {A B C}` into (WORDS, Some([A, B, C])).
fn split_braces(s: &str) -> std::result::Result<(String, Option<Vec<String>>), String> {
    match s.find('{') {
        Some(open) => match s[open..].find('}') {
            Some(close) => {
                let inner = &s[open + 1..open + close];
                let forms = inner.split_whitespace().map(str::to_string).collect();
                let mut head = s[..open].to_string();
                head.push_str(&s[open + close + 1..]);
                Ok((head, Some(forms)))
            }
            None => Err(format!("unclosed `{{` in {:?}", s.trim())),
        },
        None => Ok((s.to_string(), None)),
    }
}

fn plain_word(w: &str) -> bool {
    !w.is_empty()
        && w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
}

/// Reads a PETRARCH-2 verb dictionary (`CAMEO.2.0.txt`, `PETR.Validate.verbs.txt`).
pub fn read_verbs(text: &str, file: &str, opts: Options) -> Result<Import> {
    read_verbs_dialect(text, file, opts, false)
}

pub(crate) fn read_verbs_dialect(
    text: &str,
    file: &str,
    opts: Options,
    tabari: bool,
) -> Result<Import> {
    let lines = without_xml_comments(text);
    let mut sink = Sink::new(file, opts);
    // Pass 1: synsets, wherever they are.
    let mut synsets = Synsets::new();
    let mut current: Option<String> = None;
    for raw in &lines {
        let line = strip_comment(raw, tabari).trim();
        if line.is_empty() && !raw.trim().is_empty() {
            continue; // a comment line does not end a synset
        }
        if let Some(name) = line.strip_prefix('&') {
            let name = name.split_whitespace().next().unwrap_or("");
            let key = format!("&{}", name.trim_end_matches('_'));
            synsets.entry(key.clone()).or_default();
            current = Some(key);
        } else if let (Some(m), Some(k)) = (line.strip_prefix('+'), current.as_ref()) {
            if let Some(v) = synsets.get_mut(k) {
                v.push(m.trim().to_string());
            }
        } else {
            current = None;
        }
    }
    // Pass 2: verb blocks and patterns.
    let mut verbs: Vec<Verb> = Vec::new();
    let mut in_block = false;
    let mut in_synset = false;
    let mut block_code: Option<String> = None;
    for (i, raw) in lines.iter().enumerate() {
        let line_no = i + 1;
        let line = strip_comment(raw, tabari).trim_end();
        let t = line.trim();
        if t.is_empty() {
            if raw.trim().is_empty() {
                in_synset = false;
            }
            continue;
        }
        if t.starts_with('&') {
            in_synset = true;
            continue;
        }
        if t.starts_with('+') && in_synset {
            continue;
        }
        in_synset = false;
        if t.starts_with('~') {
            sink.note(
                line_no,
                NoteKind::Unsupported,
                "transformation",
                t.to_string(),
            );
            continue;
        }
        if t.starts_with("---") {
            // --- NAME [CODE] ---
            let inner = t.trim_matches('-').trim();
            let (_, code) = match split_code(inner) {
                Ok(x) => x,
                Err(m) => {
                    sink.malformed(line_no, m)?;
                    continue;
                }
            };
            verbs.clear();
            in_block = true;
            block_code = match code.map(str::trim) {
                None | Some("---") | Some("") => None,
                Some(c) => primary_code(&mut sink, line_no, c),
            };
            continue;
        }
        if let Some(p) = t.strip_prefix('-') {
            if !in_block {
                sink.malformed(line_no, "pattern before any verb".into())?;
                continue;
            }
            let (body, code) = match split_code(p) {
                Ok((b, Some(c))) => (b, c),
                Ok((_, None)) => {
                    sink.malformed(line_no, "pattern without a `[CODE]`".into())?;
                    continue;
                }
                Err(m) => {
                    sink.malformed(line_no, m)?;
                    continue;
                }
            };
            let words = if tabari {
                WordMatch::Plurals
            } else {
                WordMatch::AsWritten
            };
            let Some(mapped) = map_pattern(&mut sink, line_no, body, &synsets, words)? else {
                continue;
            };
            let Some(code) = primary_code(&mut sink, line_no, code) else {
                continue;
            };
            let suffix = &mapped.suffix;
            let phrases: Vec<String> = verbs
                .iter()
                .flat_map(|v| mapped.before.iter().map(move |b| v.phrase_with(b)))
                .map(|head| {
                    let head = if mapped.compound_subject {
                        format!("% {head}")
                    } else {
                        head
                    };
                    let mut phrase = if suffix.is_empty() {
                        head
                    } else {
                        format!("{head} {suffix}")
                    };
                    if !mapped.roles.is_empty() {
                        phrase.push(' ');
                        phrase.push_str(&mapped.roles.to_string());
                    }
                    phrase
                })
                .collect();
            sink.entry(Section::Verbs, &code, phrases, line_no);
            continue;
        }
        // A verb line: `WORD {FORMS} [CODE]`, `+MULTI_WORD {…}`, TABARI `WORD_ [CODE]`.
        if tabari {
            verbs.clear();
            in_block = true;
            block_code = None;
        }
        if !in_block {
            sink.malformed(
                line_no,
                format!("expected `--- VERB [CODE] ---`, a synset or a comment, found {t:?}"),
            )?;
            continue;
        }
        let (head, code) = match split_code(t) {
            Ok(x) => x,
            Err(m) => {
                sink.malformed(line_no, m)?;
                continue;
            }
        };
        let (head, forms) = match split_braces(head) {
            Ok(x) => x,
            Err(m) => {
                sink.malformed(line_no, m)?;
                continue;
            }
        };
        let words: Vec<&str> = head
            .split(['_', ' ', '\t'])
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() {
            sink.malformed(line_no, "verb line without a verb".into())?;
            continue;
        }
        let verb_at = words.iter().position(|w| w.starts_with('+')).unwrap_or(0);
        let lemma = words[verb_at].trim_start_matches('+').to_lowercase();
        if !plain_word(&lemma) {
            sink.note(
                line_no,
                NoteKind::Unsupported,
                "verb not a plain word",
                head.trim().to_string(),
            );
            continue;
        }
        let verb = Verb {
            // Verb-line words are joined with `_`: glued to the verb.
            before: words[..verb_at]
                .iter()
                .map(|w| (w.to_lowercase(), true))
                .collect(),
            lemma: lemma.clone(),
            particles: words[verb_at + 1..]
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
        };
        if let Some(forms) = forms {
            let irregular: Vec<String> = forms
                .iter()
                .filter_map(|f| {
                    let ws: Vec<&str> = f.split('_').filter(|w| !w.is_empty()).collect();
                    let w = ws
                        .iter()
                        .find(|w| w.starts_with('+'))
                        .or(ws.first())?
                        .trim_start_matches('+')
                        .to_lowercase();
                    plain_word(&w).then_some(w)
                })
                .collect();
            sink.entry(Section::Inflections, &lemma, irregular, line_no);
        }
        let code = match code.map(str::trim) {
            Some("---") | Some("") => None,
            Some(c) => primary_code(&mut sink, line_no, c),
            None => block_code.clone(),
        };
        if let Some(code) = code {
            sink.entry(Section::Verbs, &code, vec![verb.phrase_with(&[])], line_no);
        }
        verbs.push(verb);
    }
    Ok(sink.import)
}

/// Reads a PETRARCH-2 (or TABARI) actor dictionary: root phrases, `+` synonyms,
/// codes on the same or following lines, date restrictions (`[IRNGOV >20050803]`,
/// `[AFGGOV 960927-010416]`). A root without a code shares the codes of the
/// entry that follows it.
pub fn read_actors(text: &str, file: &str, opts: Options) -> Result<Import> {
    read_actors_dialect(text, file, opts, false)
}

struct Pending {
    line: usize,
    phrases: Vec<String>,
    codes: Vec<(String, crate::Validity, usize)>,
}

fn flush_actor(sink: &mut Sink<'_>, p: Pending) {
    for (code, valid, line) in p.codes {
        let code = code.to_uppercase();
        // `[FRO/BIL/SAM]`: one phrase standing for several actors; each part
        // must be a code of its own. The coder makes one mention per part.
        if code.contains('/') {
            let parts_ok = code.split('/').all(|c| {
                dyad_ontology::parse_actor_code(c).is_ok()
                    || (c.len() >= 3
                        && c.len().is_multiple_of(3)
                        && c.chars().all(|ch| ch.is_ascii_uppercase()))
            });
            if !parts_ok {
                sink.note(
                    line,
                    NoteKind::Unsupported,
                    "not a CAMEO actor code",
                    format!("{code}: expected codes separated by `/`"),
                );
                continue;
            }
            sink.entry_valid(Section::Actors, &code, p.phrases.clone(), p.line, valid);
            continue;
        }
        if let Err(e) = dyad_ontology::parse_actor_code(&code) {
            // A dictionary's own codes need not be 3-letter segments
            // (`ITHTV`): letters are enough, the first three its country.
            let shaped = code.len() >= 3 && code.chars().all(|c| c.is_ascii_uppercase());
            if !shaped {
                sink.note(
                    line,
                    NoteKind::Unsupported,
                    "not a CAMEO actor code",
                    format!("{code}: {e}"),
                );
                continue;
            }
            // Kept for coding (the code is passed through as it is), but dyad
            // knows no country for it and `.lex` files cannot carry it.
            sink.note(
                line,
                NoteKind::Approximated,
                "actor code not in dyad's codebook",
                format!("{code}: {e}"),
            );
        }
        sink.entry_valid(Section::Actors, &code, p.phrases.clone(), p.line, valid);
    }
}

fn parse_actor_code_field(
    sink: &mut Sink<'_>,
    line: usize,
    field: &str,
) -> Result<Option<(String, crate::Validity)>> {
    let field = field.trim();
    let split = field
        .find(|c: char| c.is_whitespace() || c == '<' || c == '>')
        .unwrap_or(field.len());
    let (code, when) = field.split_at(split);
    let code = code.trim().trim_matches('~');
    if code.is_empty() {
        sink.malformed(line, format!("[{field}]: expected an actor code"))?;
        return Ok(None);
    }
    let when = when.trim();
    if when.is_empty() {
        return Ok(Some((code.to_string(), crate::Validity::ALWAYS)));
    }
    match classic_validity(when) {
        Some(v) => Ok(Some((code.to_string(), v))),
        None => {
            sink.malformed(
                line,
                format!(
                    "[{field}]: expected a date restriction >YYMMDD, <YYMMDD or YYMMDD-YYMMDD (6 or 8 digits)"
                ),
            )?;
            Ok(None)
        }
    }
}

pub(crate) fn read_actors_dialect(
    text: &str,
    file: &str,
    opts: Options,
    tabari: bool,
) -> Result<Import> {
    let lines = without_xml_comments(text);
    let mut sink = Sink::new(file, opts);
    let mut cur: Option<Pending> = None;
    for (i, raw) in lines.iter().enumerate() {
        let line_no = i + 1;
        let t = strip_comment(raw, tabari).trim();
        if t.is_empty() {
            continue;
        }
        if t.starts_with('[') {
            let Some(p) = cur.as_mut() else {
                sink.malformed(line_no, "code line without a phrase above it".into())?;
                continue;
            };
            let Some(close) = t.find(']') else {
                sink.malformed(line_no, format!("unclosed `[` in {t:?}"))?;
                continue;
            };
            if let Some(c) = parse_actor_code_field(&mut sink, line_no, &t[1..close])? {
                p.codes.push((c.0, c.1, line_no));
            }
            continue;
        }
        let (head, code) = match split_code(t) {
            Ok(x) => x,
            Err(m) => {
                sink.malformed(line_no, m)?;
                continue;
            }
        };
        let phrase = actor_phrase_text(head.trim().trim_start_matches('+'));
        if phrase.is_empty() {
            sink.malformed(line_no, "expected an actor phrase".into())?;
            continue;
        }
        if head.trim_start().starts_with('+') {
            match cur.as_mut() {
                Some(p) => p.phrases.push(phrase),
                None => sink.malformed(line_no, "synonym without a phrase above it".into())?,
            }
        } else {
            let mut next = Pending {
                line: line_no,
                phrases: Vec::new(),
                codes: Vec::new(),
            };
            if let Some(p) = cur.take() {
                if p.codes.is_empty() {
                    next.phrases = p.phrases;
                } else {
                    flush_actor(&mut sink, p);
                }
            }
            next.phrases.push(phrase);
            cur = Some(next);
        }
        if let Some(c) = code {
            if let Some(c) = parse_actor_code_field(&mut sink, line_no, c)? {
                if let Some(p) = cur.as_mut() {
                    p.codes.push((c.0, c.1, line_no));
                }
            }
        }
    }
    if let Some(p) = cur {
        if p.codes.is_empty() {
            sink.note(
                p.line,
                NoteKind::Unsupported,
                "phrase without a code",
                p.phrases.join(" | "),
            );
        } else {
            flush_actor(&mut sink, p);
        }
    }
    Ok(sink.import)
}

/// Reads a PETRARCH-2 (or TABARI) agents dictionary.
pub fn read_agents(text: &str, file: &str, opts: Options) -> Result<Import> {
    read_agents_dialect(text, file, opts, false)
}

pub(crate) fn read_agents_dialect(
    text: &str,
    file: &str,
    opts: Options,
    tabari: bool,
) -> Result<Import> {
    let lines = without_xml_comments(text);
    let mut sink = Sink::new(file, opts);
    let mut macros: Vec<(String, Vec<String>)> = Vec::new();
    for (i, raw) in lines.iter().enumerate() {
        let line_no = i + 1;
        let t = strip_comment(raw, tabari).trim();
        if t.is_empty() || t.chars().all(|c| c == '~') {
            continue;
        }
        if t.starts_with('!') && t.contains('=') {
            let (name, vals) = t.split_once('=').unwrap_or((t, ""));
            let vals: Vec<String> = vals
                .split(',')
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
                .collect();
            macros.push((name.trim().to_string(), vals));
            continue;
        }
        let (head, code) = match split_code(t) {
            Ok((h, Some(c))) => (h, c),
            Ok((_, None)) => {
                sink.malformed(line_no, "expected `PHRASE [~CODE]`".into())?;
                continue;
            }
            Err(m) => {
                sink.malformed(line_no, m)?;
                continue;
            }
        };
        let code_t = code.trim();
        let key = code_t.trim_matches('~').trim();
        // `[NGO~]`: a prefix agent ("MSF Arnor" → NGOARN), dyad's `NGO~`.
        let prefix = code_t.ends_with('~') && !code_t.starts_with('~');
        if key.is_empty()
            || !key.len().is_multiple_of(3)
            || !key.chars().all(|c| c.is_ascii_uppercase())
        {
            sink.note(
                line_no,
                NoteKind::Unsupported,
                "not a sector code",
                format!("[{code_t}]"),
            );
            continue;
        }
        let (head, plurals) = match split_braces(head) {
            Ok(x) => x,
            Err(m) => {
                sink.malformed(line_no, m)?;
                continue;
            }
        };
        // `{OFFICIALS}` names the plurals and `{}` says there is none: either
        // way no regular plural is made (dyad's `=` before the phrase).
        let as_written = plurals.is_some();
        let mut raw_phrases = vec![head.trim().to_string()];
        raw_phrases.extend(plurals.unwrap_or_default());
        // `!MACRO!` substitutions.
        let mut phrases: Vec<String> = Vec::new();
        let mut bad = false;
        while let Some(p) = raw_phrases.pop() {
            if let Some(start) = p.find('!') {
                let Some(len) = p[start + 1..].find('!') else {
                    bad = true;
                    break;
                };
                let name = &p[start..start + len + 2];
                let Some((_, vals)) = macros.iter().find(|(n, _)| n == name) else {
                    bad = true;
                    break;
                };
                for v in vals {
                    raw_phrases.push(p.replacen(name, v, 1));
                }
                continue;
            }
            let mut ph = actor_phrase_text(&p).to_lowercase();
            if as_written && !ph.is_empty() {
                ph.insert(0, '=');
            }
            if !ph.is_empty() && !phrases.contains(&ph) {
                phrases.push(ph);
            }
        }
        if bad {
            sink.malformed(line_no, format!("undefined `!MACRO!` in {:?}", head.trim()))?;
            continue;
        }
        phrases.reverse();
        if prefix {
            sink.entry(Section::Agents, &format!("{key}~"), phrases, line_no);
        } else {
            sink.entry(Section::Agents, key, phrases, line_no);
        }
    }
    Ok(sink.import)
}

/// Reads a discards file: `PHRASE` (sentence level) or `+PHRASE` (story level),
/// into the lexicon's `[discards]` (and the import's list of discards).
pub fn read_discards(text: &str, file: &str, opts: Options) -> Result<Import> {
    let mut sink = Sink::new(file, opts);
    for (i, raw) in without_xml_comments(text).iter().enumerate() {
        let t = strip_comment(raw, true).trim();
        if t.is_empty() {
            continue;
        }
        let (story, p) = match t.strip_prefix('+') {
            Some(p) => (true, p),
            None => (false, t),
        };
        let phrase = phrase_text(p.trim()).to_lowercase();
        if phrase.contains('|') || phrase.trim().is_empty() {
            sink.malformed(i + 1, format!("discard phrase {p:?}"))?;
            continue;
        }
        let key = if story { "story" } else { "sentence" };
        sink.entry(Section::Discards, key, vec![phrase.clone()], i + 1);
        sink.import.discards.push(Discard {
            phrase,
            story,
            file: file.to_string(),
            line: i + 1,
        });
    }
    Ok(sink.import)
}

fn read_with(
    path: &Path,
    opts: Options,
    f: fn(&str, &str, Options) -> Result<Import>,
) -> Result<Import> {
    let text = read_text(path)?;
    let mut imp = f(&text, &path.display().to_string(), opts)?;
    imp.files.push(path.to_path_buf());
    Ok(imp)
}

/// Reads a PETRARCH-2 dictionary folder: `*verbs*` (else `CAMEO*.txt`),
/// `*actors*`, `*agents*` and `*discards*` files.
pub(crate) fn read_dir(dir: &Path, opts: Options) -> Result<Import> {
    let rd = std::fs::read_dir(dir).map_err(|source| ClassicError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut names: Vec<String> = rd
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let lower = |n: &String| n.to_lowercase();
    let mut verbs: Vec<&String> = names
        .iter()
        .filter(|n| lower(n).contains("verbs.") && lower(n).ends_with(".txt"))
        .collect();
    if verbs.is_empty() {
        verbs = names
            .iter()
            .filter(|n| {
                let l = lower(n);
                l.starts_with("cameo") && l.ends_with(".txt") && !l.contains("verbpatterns")
            })
            .collect();
    }
    if verbs.is_empty() {
        return Err(ClassicError::Spec(format!(
            "{}: no PETRARCH verb dictionary (*verbs*.txt or CAMEO*.txt)",
            dir.display()
        )));
    }
    let mut out = Import::default();
    let mut skipped = Sink::new("", opts);
    for n in &names {
        let l = lower(n);
        let path = dir.join(n);
        if verbs.contains(&n) {
            out.extend(read_with(&path, opts, read_verbs)?);
        } else if l.contains("actors") {
            out.extend(read_with(&path, opts, read_actors)?);
        } else if l.contains("agents") {
            out.extend(read_with(&path, opts, read_agents)?);
        } else if l.contains("discards") {
            out.extend(read_with(&path, opts, read_discards)?);
        } else if l.ends_with(".txt") {
            skipped.file = "";
            skipped.import.notes.push(crate::Note {
                file: path.display().to_string(),
                line: 1,
                kind: NoteKind::Unsupported,
                what: "dictionary file not read",
                detail: "issues, prepositions and other verb formats are not mapped".into(),
            });
        }
    }
    out.notes.extend(skipped.import.notes);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_comments_with_a_space_after_the_bang() {
        let lines =
            without_xml_comments("A <!-- x --> B\n<! -- NEW ACTORS -->\nC <!-- y\nz --> D\n<!x");
        assert_eq!(lines, ["A  B", "", "C ", " D", "<!x"]);
    }

    const VERBS: &str = "\
# test verbs
&FIGHTERS
+SOLDIER
+ARMED_MILITIA

--- SEND  [---] ---
SEND {SENDS SENDING SENT }
DISPATCH
+SHIP_OUT
- * &FIGHTERS (TO BORDER) [154]   # reinforcement
- * (TO)  [042:043]
- TROOPS * [150]
- * AIDE [---]

--- PRAISE [051] ---
PRAISE
LAUD [052]
~ a (a b ATTACK) SAY = a b 015
";

    #[test]
    fn verbs_blocks_patterns_synsets() {
        let imp = read_verbs(VERBS, "t.verbs", Options::default()).unwrap();
        let lex = &imp.lexicon;
        let find = |code: &str| -> Vec<String> {
            lex.entries
                .iter()
                .filter(|e| e.section == Section::Verbs && e.key == code)
                .flat_map(|e| e.phrases.clone())
                .collect()
        };
        assert_eq!(
            find("154"),
            [
                "send ... =soldier~=to~=border|=armed_=militia~=to~=border",
                "dispatch ... =soldier~=to~=border|=armed_=militia~=to~=border",
                "ship out ... =soldier~=to~=border|=armed_=militia~=to~=border"
            ]
        );
        assert_eq!(find("051"), ["praise"]);
        assert_eq!(find("052"), ["laud"]);
        let infl: Vec<_> = lex
            .entries
            .iter()
            .filter(|e| e.section == Section::Inflections)
            .collect();
        assert_eq!(infl[0].key, "send");
        assert_eq!(infl[0].phrases, ["sends", "sending", "sent"]);
        let whats: Vec<(usize, &str)> = imp.notes.iter().map(|n| (n.line, n.what)).collect();
        assert_eq!(find("042/043"), ["send to", "dispatch to", "ship out to"]);
        assert_eq!(
            find("150"),
            ["troops *send", "troops *dispatch", "troops *ship out"]
        );
        assert_eq!(
            find("---"),
            ["send ... =aide", "dispatch ... =aide", "ship out ... =aide"]
        );
        assert!(whats.contains(&(18, "transformation")));
        assert!(whats.iter().all(|w| w.1 != "pattern simplified"));
        // Everything maps onto a valid .lex file.
        let text = crate::to_lex(lex, &mut Vec::new());
        dyad_lexicon::parse(&text, "out.lex").unwrap();
    }

    #[test]
    fn malformed_verb_lines_name_file_and_line() {
        let bad = "--- GO [---] ---\nGO\n- * WEST [032\n";
        let e = read_verbs(bad, "x.txt", Options::default()).unwrap_err();
        assert!(e.to_string().starts_with("x.txt:3:"), "{e}");
        let imp = read_verbs(bad, "x.txt", Options { lenient: true }).unwrap();
        assert_eq!(imp.notes[0].kind, NoteKind::Skipped);
        let e = read_verbs("SEND\n", "y.txt", Options::default()).unwrap_err();
        assert!(e.to_string().contains("y.txt:1:"), "{e}");
    }

    const ACTORS: &str = "\
<!-- test actors
  spanning lines -->
GONDOR_ [AUS]
+GONDORIAN
MINAS_TIRITH
+TIRITH_CITY
    [AUSGOV]
KING_ELESSAR_  # a king
+ARAGORN
    [AUSREB 300101-500101]
    [AUSGOV >19500101]
    [AUSELI]
UN [igouno]
";

    #[test]
    fn actors_with_dates_and_synonyms() {
        let imp = read_actors(ACTORS, "t.actors", Options::default()).unwrap();
        let e: Vec<(String, Vec<String>, String)> = imp
            .lexicon
            .entries
            .iter()
            .map(|e| (e.key.clone(), e.phrases.clone(), e.valid.to_string()))
            .collect();
        assert_eq!(
            e[0],
            (
                "AUS".into(),
                vec!["gondor".into(), "gondorian".into()],
                "".into()
            )
        );
        assert_eq!(e[1].1, ["minas tirith", "tirith city"]);
        assert_eq!(e[2].0, "AUSREB");
        // The classic range holds its last day; dyad writes the day after it.
        assert_eq!(e[2].2, "19300101-19500102");
        assert_eq!(e[3].2, ">19500101");
        assert_eq!(e[4].2, "");
        assert_eq!(e[5].0, "IGOUNO");
        assert_eq!(e[5].1, ["UN"]);
        assert_eq!(imp.lexicon.entries[2].line, 8);
        let text = crate::to_lex(&imp.lexicon, &mut Vec::new());
        let back = dyad_lexicon::parse(&text, "out.lex").unwrap();
        assert_eq!(back.entries[3].valid, imp.lexicon.entries[3].valid);
    }

    #[test]
    fn codes_outside_the_codebook_survive_import() {
        let imp = read_actors(
            "WORLD_UYGHUR_CONGRESS_ [NGOUIG]\nTHE_SHIRE [FRO/BIL/SAM]\nGONDOR [GON]\n",
            "a.txt",
            Options::default(),
        )
        .unwrap();
        let text = crate::to_lex(&imp.lexicon, &mut Vec::new());
        assert!(text.contains("!NGOUIG : world uyghur congress"), "{text}");
        let back = dyad_lexicon::parse(&text, "out.lex").unwrap();
        let keys = |l: &dyad_lexicon::Lexicon| -> Vec<(String, Vec<String>)> {
            l.entries
                .iter()
                .map(|e| (e.key.clone(), e.phrases.clone()))
                .collect()
        };
        assert_eq!(keys(&back), keys(&imp.lexicon));
    }

    #[test]
    fn actor_errors() {
        let e = read_actors(
            "X_\n  [XYZGOV 2004017-20061201]\n",
            "a.txt",
            Options::default(),
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("a.txt:2:"), "{e}");
        assert!(e.to_string().contains("date restriction"), "{e}");
        let e = read_actors("  [GON]\n", "a.txt", Options::default()).unwrap_err();
        assert!(e.to_string().contains("a.txt:1:"));
    }

    #[test]
    fn one_phrase_for_several_actors() {
        let imp = read_actors(
            "NORTHERN_REALMS  [NOR/SWE]\nBAD_PAIR  [NOR/S1]\n",
            "a.txt",
            Options::default(),
        )
        .unwrap();
        let e = &imp.lexicon.entries;
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].key, "NOR/SWE");
        assert_eq!(e[0].phrases, ["northern realms"]);
        assert_eq!(imp.notes.len(), 1);
        assert_eq!(imp.notes[0].line, 2);
    }

    #[test]
    fn coordinated_subject_patterns() {
        let imp = read_verbs(
            "--- AGREE  [081] ---\nAGREE\n- % * [030:030]\n- * WITH % [031]\n",
            "v.txt",
            Options::default(),
        )
        .unwrap();
        let e: Vec<(String, Vec<String>)> = imp
            .lexicon
            .entries
            .iter()
            .map(|e| (e.key.clone(), e.phrases.clone()))
            .collect();
        assert_eq!(
            e,
            [
                ("081".into(), vec!["agree".into()]),
                ("030/030".into(), vec!["% agree".into()]),
                ("031".into(), vec!["agree with".into()]),
            ]
        );
        // dyad's own format reads the marker back.
        let text = crate::to_lex(&imp.lexicon, &mut Vec::new());
        assert!(text.contains("030/030 : % agree"), "{text}");
        dyad_lexicon::parse(&text, "out.lex").unwrap();
    }

    #[test]
    fn agents_with_macros_and_plurals() {
        let text = "!PERSON! = MAN, MEN\nCOUNCIL!PERSON! [~GOV] # note\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\nRIGHTS_GROUP [NGO~]\nBAD [~XY]\n";
        let imp = read_agents(text, "t.agents", Options::default()).unwrap();
        let e = &imp.lexicon.entries;
        assert_eq!(e[0].key, "GOV");
        assert_eq!(e[0].phrases, ["councilman", "councilmen"]);
        // Named plurals (or `{}`, none): no regular plural is made.
        assert_eq!(e[1].phrases, ["=attorney general", "=attorneys general"]);
        // A prefix agent keeps its marker; dyad's format reads it back.
        assert_eq!(e[2].key, "NGO~");
        assert_eq!(e.len(), 3);
        assert_eq!(imp.notes.len(), 1, "{:?}", imp.notes);
        let text = crate::to_lex(&imp.lexicon, &mut Vec::new());
        dyad_lexicon::parse(&text, "out.lex").unwrap();
    }

    #[test]
    fn discards() {
        let imp = read_discards("+World Cup # x\nBASEBALL\n", "d.txt", Options::default()).unwrap();
        assert_eq!(imp.discards.len(), 2);
        assert!(imp.discards[0].story && !imp.discards[1].story);
        assert!(imp.notes.is_empty());
        let keys: Vec<(&str, &str)> = imp
            .lexicon
            .entries
            .iter()
            .map(|e| (e.key.as_str(), e.phrases[0].as_str()))
            .collect();
        assert_eq!(keys, [("story", "world cup"), ("sentence", "baseball")]);
        // They survive a trip through .lex.
        let text = crate::to_lex(&imp.lexicon, &mut Vec::new());
        let lex = dyad_lexicon::parse(&text, "out.lex").unwrap();
        assert_eq!(lex.entries[0].section, Section::Discards);
    }
}
