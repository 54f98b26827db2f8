//! The `.lex` text format: sections of `KEY : phrase | phrase` entries.

use std::fmt;

/// Which part of the lexicon an entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Actors,
    Agents,
    Verbs,
    Nouns,
    Reporting,
    Inflections,
    Discards,
}

impl Section {
    fn parse(name: &str) -> Option<Section> {
        Some(match name {
            "actors" => Section::Actors,
            "agents" => Section::Agents,
            "verbs" => Section::Verbs,
            "nouns" => Section::Nouns,
            "reporting" => Section::Reporting,
            "inflections" => Section::Inflections,
            "discards" => Section::Discards,
            _ => return None,
        })
    }
}

/// One `KEY : phrase | phrase` entry, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub section: Section,
    pub key: String,
    pub phrases: Vec<String>,
    pub file: String,
    pub line: usize,
    /// When the entry applies (actors only; always, unless the key carries a
    /// date restriction such as `IRNGOV >20050803`).
    pub valid: Validity,
}

/// A date window, as `YYYYMMDD` numbers: `from` inclusive, `until` exclusive.
/// Both `None` = always.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Validity {
    pub from: Option<u32>,
    pub until: Option<u32>,
}

impl Validity {
    /// No restriction.
    pub const ALWAYS: Validity = Validity {
        from: None,
        until: None,
    };

    pub fn is_always(&self) -> bool {
        self.from.is_none() && self.until.is_none()
    }

    /// How long the window is, in (approximate, order-keeping) days; open
    /// windows are the longest. Of several windows that hold a date, the
    /// narrowest is the most specific.
    pub fn span(&self) -> u32 {
        let days = |d: u32| (d / 10000) * 372 + (d / 100 % 100) * 31 + d % 100;
        match (self.from, self.until) {
            (Some(f), Some(u)) => days(u).saturating_sub(days(f)),
            _ => u32::MAX,
        }
    }

    /// Does the window hold the date `yyyymmdd`?
    pub fn contains(&self, yyyymmdd: u32) -> bool {
        self.from.is_none_or(|f| yyyymmdd >= f) && self.until.is_none_or(|u| yyyymmdd < u)
    }

    /// Reads `>YYYYMMDD`, `<YYYYMMDD` or `YYYYMMDD-YYYYMMDD` (the `.lex` spelling).
    pub fn parse(s: &str) -> Result<Validity, String> {
        let date = |d: &str| -> Result<u32, String> {
            let d = d.trim();
            if d.len() == 8 && d.bytes().all(|b| b.is_ascii_digit()) {
                d.parse::<u32>().map_err(|e| e.to_string())
            } else {
                Err(format!("date {d:?}: expected YYYYMMDD"))
            }
        };
        let s = s.trim();
        if let Some(d) = s.strip_prefix('>') {
            Ok(Validity {
                from: Some(date(d)?),
                until: None,
            })
        } else if let Some(d) = s.strip_prefix('<') {
            Ok(Validity {
                from: None,
                until: Some(date(d)?),
            })
        } else if let Some((a, b)) = s.split_once('-') {
            Ok(Validity {
                from: Some(date(a)?),
                until: Some(date(b)?),
            })
        } else {
            Err(format!(
                "date restriction {s:?}: expected >YYYYMMDD, <YYYYMMDD or YYYYMMDD-YYYYMMDD"
            ))
        }
    }
}

impl fmt::Display for Validity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.from, self.until) {
            (None, None) => Ok(()),
            (Some(a), None) => write!(f, ">{a}"),
            (None, Some(b)) => write!(f, "<{b}"),
            (Some(a), Some(b)) => write!(f, "{a}-{b}"),
        }
    }
}

/// A parsed lexicon: entries in file order.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub entries: Vec<Entry>,
}

impl Lexicon {
    /// Appends another lexicon's entries (later entries win ties).
    pub fn extend(&mut self, other: Lexicon) {
        self.entries.extend(other.entries);
    }
}

/// A lexicon line that could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct LexiconError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for LexiconError {}

/// Parses one `.lex` file; `file` names it in errors.
pub fn parse(text: &str, file: &str) -> Result<Lexicon, LexiconError> {
    let mut lex = Lexicon::default();
    let mut section: Option<Section> = None;
    let err = |line: usize, message: String| LexiconError {
        file: file.to_string(),
        line,
        message,
    };
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = match raw.find('#') {
            Some(p) => &raw[..p],
            None => raw,
        };
        if line.trim().is_empty() {
            continue;
        }
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            let name = trimmed
                .strip_prefix('[')
                .and_then(|s| s.strip_suffix(']'))
                .ok_or_else(|| err(line_no, format!("malformed section header {trimmed:?}")))?;
            section = Some(Section::parse(name.trim()).ok_or_else(|| {
                err(
                    line_no,
                    format!(
                        "unknown section [{name}]; expected actors, agents, verbs, nouns, reporting, inflections or discards"
                    ),
                )
            })?);
            continue;
        }
        let Some(sec) = section else {
            return Err(err(line_no, "entry before any [section] header".into()));
        };
        if line.starts_with(char::is_whitespace) && trimmed.starts_with('|') {
            let Some(last) = lex.entries.last_mut() else {
                return Err(err(
                    line_no,
                    "continuation line without an entry above it".into(),
                ));
            };
            let phrases = split_phrases(&trimmed[1..]);
            if phrases.is_empty() {
                return Err(err(line_no, "continuation line with no phrase".into()));
            }
            last.phrases.extend(phrases);
            continue;
        }
        let Some((key, rest)) = line.split_once(':') else {
            return Err(err(line_no, "expected `KEY : phrase | phrase`".into()));
        };
        let key = key.trim();
        // Actors may carry a date restriction after the code: `IRNGOV >20050803`.
        let (key, valid) = match key.split_once(char::is_whitespace) {
            Some((code, when)) if sec == Section::Actors => {
                (code, Validity::parse(when).map_err(|m| err(line_no, m))?)
            }
            _ => (key, Validity::ALWAYS),
        };
        if key.is_empty() || key.contains(char::is_whitespace) {
            return Err(err(line_no, format!("bad key {key:?}: expected one word")));
        }
        // `!NGOUIG`, `!075A`: a classic dictionary's own code, kept as written
        // (not checked against dyad's codebook; `dyad lexicon import` writes them).
        let key = match key.strip_prefix('!') {
            Some(code) if takes_foreign_codes(sec) => {
                validate_foreign_key(code).map_err(|m| err(line_no, m))?;
                code
            }
            _ => {
                validate_key(sec, key).map_err(|m| err(line_no, m))?;
                key
            }
        };
        let phrases = split_phrases(rest);
        if phrases.is_empty() {
            return Err(err(line_no, format!("entry {key} has no phrases")));
        }
        for p in &phrases {
            if sec == Section::Verbs {
                validate_verb_pattern(p).map_err(|m| err(line_no, m))?;
            } else if p.contains('|') {
                return Err(err(
                    line_no,
                    format!("phrase {p:?}: separate phrases with ` | ` (spaces around the bar)"),
                ));
            }
        }
        lex.entries.push(Entry {
            section: sec,
            key: key.to_string(),
            phrases,
            file: file.to_string(),
            line: line_no,
            valid,
        });
    }
    Ok(lex)
}

/// Splits on the phrase separator: a `|` with whitespace on at least one side.
/// A `|` between two non-space characters joins alternatives inside a phrase.
fn split_phrases(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '|' {
            let before_ws = i == 0 || chars[i - 1].is_whitespace();
            let after_ws = i + 1 >= chars.len() || chars[i + 1].is_whitespace();
            if before_ws || after_ws {
                push_phrase(&mut out, &cur);
                cur.clear();
                continue;
            }
        }
        cur.push(c);
    }
    push_phrase(&mut out, &cur);
    out
}

fn push_phrase(out: &mut Vec<String>, p: &str) {
    let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
    if !p.is_empty() {
        out.push(p);
    }
}

/// The verb key of a pattern that matches and codes nothing: it stops less
/// specific patterns of the same verb (a classic dictionary's `[---]`).
pub const NULL_CODE: &str = "---";

/// Splits a verb key into its code and paired code: `032/033` → (`032`,
/// `Some("033")`): the source does 032 to the target, and the target 033 to
/// the source (a visit is also a hosting). `/173` has only the paired code.
pub fn split_paired(key: &str) -> (&str, Option<&str>) {
    match key.split_once('/') {
        Some((a, b)) => (a, Some(b)),
        None => (key, None),
    }
}

/// Sections whose keys may be written with `!` (a code outside dyad's codebook).
fn takes_foreign_codes(sec: Section) -> bool {
    matches!(sec, Section::Actors | Section::Verbs | Section::Nouns)
}

/// Must `key` be written `!key` in a `.lex` file of section `sec`: a code
/// dyad's codebook does not have, in a section that takes such codes?
pub fn needs_bang(sec: Section, key: &str) -> bool {
    takes_foreign_codes(sec) && validate_key(sec, key).is_err()
}

/// A code written with `!`: upper-case letters, digits and such marks as
/// classic codes carry (TABARI's `010?`), with `/` between the codes of an
/// actor that stands for several or of a paired event code.
fn validate_foreign_key(code: &str) -> Result<(), String> {
    let ok = !code.is_empty()
        && code.split('/').enumerate().all(|(k, part)| {
            // A paired event code may lack its own code (`/173`).
            (k == 0 && part.is_empty() && code.len() > 1)
                || (!part.is_empty()
                    && part.chars().all(|c| {
                        c.is_ascii_graphic() && !c.is_ascii_lowercase() && !"#|:~!".contains(c)
                    }))
        });
    if ok {
        Ok(())
    } else {
        Err(format!(
            "code !{code}: expected upper-case letters, digits and marks other than \
             `# | : ~ !` (codes of several actors, or paired event codes, joined by `/`)"
        ))
    }
}

fn validate_key(sec: Section, key: &str) -> Result<(), String> {
    match sec {
        Section::Actors => {
            dyad_ontology::parse_actor_code(key).map_err(|e| format!("actor code {key}: {e}"))?;
        }
        Section::Agents => {
            // `NGO~`: a prefix agent, whose code goes before the actor's.
            let code = key.strip_suffix('~').unwrap_or(key);
            if code.is_empty()
                || !code.len().is_multiple_of(3)
                || !code.chars().all(|c| c.is_ascii_uppercase())
            {
                return Err(format!(
                    "agent code {key}: expected one or more 3-letter sector codes, \
                     with a `~` after them for a prefix agent"
                ));
            }
        }
        // `---`: a pattern that matches and codes nothing.
        Section::Verbs if key == NULL_CODE => {}
        Section::Verbs => {
            // `032/033`: a paired code, the target's act towards the source.
            // `/173`: only the target's act back to the source.
            let (code, paired) = split_paired(key);
            let codes = std::iter::once(code)
                .filter(|c| !c.is_empty() || paired.is_none())
                .chain(paired);
            for c in codes {
                if !dyad_ontology::is_valid_cameo(c) {
                    return Err(format!("{c:?} is not a CAMEO event code"));
                }
            }
        }
        Section::Nouns => {
            if !dyad_ontology::is_valid_cameo(key) {
                return Err(format!("{key} is not a CAMEO event code"));
            }
        }
        Section::Reporting => {
            if key != "say" {
                return Err(format!("reporting entries use the key `say`, not {key}"));
            }
        }
        Section::Inflections => {
            if !key.chars().all(|c| c.is_alphabetic() || c == '-') {
                return Err(format!("inflection key {key:?} is not a verb lemma"));
            }
        }
        Section::Discards => {
            if key != "sentence" && key != "story" {
                return Err(format!(
                    "discard entries use the key `sentence` or `story`, not {key}"
                ));
            }
        }
    }
    Ok(())
}

/// Where a verb pattern's source and target stand when not where dyad looks
/// by default (the subject and the first actor after the verb): a classic
/// dictionary's `$` and `+` markers, written at the end of a pattern as
/// `+subject`, `+before:WORD`, `$before:WORD`, `$after:WORD` and `+after:WORD`
/// (each `^` after an `after` word passes over one more actor).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoleMarks {
    /// `+subject`: the verb's subject is the target ("Ithilen was freed from Mordor").
    pub subject_is_target: bool,
    /// `+before:hosting`: the target is the actor before that word, which
    /// stands before the verb ("Mordor will be hosting Osgiliath to celebrate").
    pub target_before: Option<String>,
    /// `$before:noted`: the source is the actor before that word ("Gondor
    /// noted that Mordor regretted": `noted *regret +subject $before:noted`).
    pub source_before: Option<String>,
    /// `$after:from`: the source is the actor after that word.
    pub source_after: Option<Anchor>,
    /// `+after:about`: the target is the actor after that word.
    pub target_after: Option<Anchor>,
}

/// An actor found after a word of the sentence: the first after it, or the
/// one after `skip` others (`+after:in^` takes the second).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    pub word: String,
    pub skip: u8,
}

impl RoleMarks {
    pub fn is_empty(&self) -> bool {
        *self == RoleMarks::default()
    }
}

impl std::fmt::Display for RoleMarks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut marks: Vec<String> = Vec::new();
        if self.subject_is_target {
            marks.push("+subject".into());
        }
        if let Some(w) = &self.target_before {
            marks.push(format!("+before:{w}"));
        }
        if let Some(w) = &self.source_before {
            marks.push(format!("$before:{w}"));
        }
        let anchor = |role: char, a: &Anchor| {
            format!("{role}after:{}{}", a.word, "^".repeat(usize::from(a.skip)))
        };
        if let Some(a) = &self.source_after {
            marks.push(anchor('$', a));
        }
        if let Some(a) = &self.target_after {
            marks.push(anchor('+', a));
        }
        f.write_str(&marks.join(" "))
    }
}

/// Splits the role marks off the end of a verb pattern: `(pattern, marks)`.
pub fn split_role_marks(p: &str) -> Result<(&str, RoleMarks), String> {
    let mut marks = RoleMarks::default();
    let mut rest = p.trim_end();
    let word_ok = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric() || c == '-');
    while let Some((before, last)) = rest.rsplit_once(' ') {
        if !(last.starts_with('+') || last.starts_with('$')) || last.len() < 2 {
            break;
        }
        let role = &last[..1];
        let mark = &last[1..];
        let bad = || {
            format!(
                "role mark {last:?}: expected +subject, +before:WORD, $before:WORD, \
                 $after:WORD or +after:WORD"
            )
        };
        if role == "+" && mark == "subject" {
            marks.subject_is_target = true;
        } else if let Some(w) = mark.strip_prefix("before:") {
            if !word_ok(w) {
                return Err(bad());
            }
            let w = Some(w.to_lowercase());
            if role == "$" {
                marks.source_before = w;
            } else {
                marks.target_before = w;
            }
        } else if let Some(m) = mark.strip_prefix("after:") {
            let word = m.trim_end_matches('^');
            if !word_ok(word) {
                return Err(bad());
            }
            let skip = u8::try_from(m.len() - word.len())
                .map_err(|_| format!("role mark {last:?}: too many `^`"))?;
            let anchor = Anchor {
                word: word.to_lowercase(),
                skip,
            };
            if role == "$" {
                marks.source_after = Some(anchor);
            } else {
                marks.target_after = Some(anchor);
            }
        } else {
            return Err(bad());
        }
        rest = before.trim_end();
    }
    Ok((rest, marks))
}

/// The part of a verb pattern before its `...`: the words before the verb
/// (each with whether it is glued with `_` to what follows it), the lemma and
/// the particles after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Head {
    pub before: Vec<(String, bool)>,
    pub lemma: String,
    pub particles: Vec<String>,
}

/// Reads a pattern head: `call in`, `refusal to *talk`, `in_*connect`.
pub(crate) fn split_head(head: &str) -> Result<Head, String> {
    // Words, each with whether `_` glues it to the next.
    let mut pieces: Vec<(String, bool)> = Vec::new();
    for tok in head.split_whitespace() {
        let parts: Vec<&str> = tok.split('_').filter(|w| !w.is_empty()).collect();
        for (k, w) in parts.iter().enumerate() {
            pieces.push((w.to_string(), k + 1 < parts.len()));
        }
    }
    let stars: Vec<usize> = (0..pieces.len())
        .filter(|&i| pieces[i].0.contains('*'))
        .collect();
    let verb_at = match stars.as_slice() {
        [] => 0,
        [i] => *i,
        _ => return Err("marks more than one verb with `*`".into()),
    };
    let Some((verb, _)) = pieces.get(verb_at) else {
        return Err("has no verb".into());
    };
    let lemma = match verb.strip_prefix('*') {
        Some(l) => l,
        None if stars.is_empty() => verb.as_str(),
        None => return Err("`*` must stand right before the verb lemma".into()),
    };
    if lemma.is_empty() || lemma.contains('*') {
        return Err("`*` must be followed by the verb lemma".into());
    }
    let before = pieces[..verb_at].to_vec();
    if before.iter().any(|(w, _)| w == "..." || w.contains('|')) {
        return Err("only plain words may come before the verb".into());
    }
    Ok(Head {
        before,
        lemma: lemma.to_string(),
        particles: pieces[verb_at + 1..]
            .iter()
            .map(|(w, _)| w.clone())
            .collect(),
    })
}

fn validate_verb_pattern(p: &str) -> Result<(), String> {
    // `% agree`: the pattern applies only to a coordinated subject.
    let p = p.strip_prefix("% ").unwrap_or(p);
    let (p, _) = split_role_marks(p).map_err(|m| format!("verb pattern {p:?}: {m}"))?;
    if p.split(' ')
        .next()
        .is_none_or(|w| w.is_empty() || w == "...")
    {
        return Err(format!("verb pattern {p:?} must start with a verb lemma"));
    }
    let (head, rest) = match p.split_once("...") {
        Some((h, r)) => (h, Some(r)),
        None => (p, None),
    };
    if head.contains('|') {
        return Err(format!(
            "verb pattern {p:?}: alternatives need a `...` before them"
        ));
    }
    split_head(head).map_err(|m| format!("verb pattern {p:?} {m}"))?;
    if let Some(rest) = rest {
        if rest.contains('*') {
            return Err(format!(
                "verb pattern {p:?}: only plain words may come before the verb, and `...` only after it"
            ));
        }
        if rest.contains("...") {
            return Err(format!("verb pattern {p:?} has `...` twice"));
        }
        if rest.trim().is_empty() {
            return Err(format!(
                "verb pattern {p:?}: `...` must be followed by words"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_written_with_a_bang_are_kept_as_written() {
        let text =
            "[actors]\n!NGOUIG : world uyghur congress\n!FRO/BIL/SAM >20000101 : the shire\n\
                    [verbs]\n!075A/033 : honour\n!/173 : shun\n!010? : muse\n[nouns]\n!903 : fireworks\n";
        let lex = parse(text, "t.lex").unwrap();
        let keys: Vec<&str> = lex.entries.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(
            keys,
            ["NGOUIG", "FRO/BIL/SAM", "075A/033", "/173", "010?", "903"]
        );
        assert!(!lex.entries[1].valid.is_always());
        // Without `!` the codebook still applies.
        assert!(parse("[actors]\nNGOUIG : world uyghur congress\n", "t.lex").is_err());
        // Only codes: no lower case, no empty parts, none of the format's marks.
        for bad in ["!ngo", "!", "!A//B", "!A~B"] {
            let e = parse(&format!("[actors]\n{bad} : x\n"), "t.lex").unwrap_err();
            assert!(e.to_string().contains("t.lex:2"), "{bad}: {e}");
        }
        // Agents take no `!`: their codes are sector codes of any length already.
        assert!(parse("[agents]\n!GOV : minister\n", "t.lex").is_err());
    }

    #[test]
    fn parses_sections_entries_and_continuations() {
        let text = "# c\n[actors]\nIRN : Iran | Iranian # adj\n    | Tehran\n[verbs]\n062 : buy ... arms|weapons | purchase ... arms\n";
        let lex = parse(text, "t.lex").unwrap();
        assert_eq!(lex.entries.len(), 2);
        assert_eq!(lex.entries[0].phrases, ["Iran", "Iranian", "Tehran"]);
        assert_eq!(
            lex.entries[1].phrases,
            ["buy ... arms|weapons", "purchase ... arms"]
        );
        assert_eq!(lex.entries[1].line, 6);
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = parse("[actors]\nIRN Iran\n", "x.lex").unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("x.lex", 2));
        let e = parse("[verbs]\n13y : warn\n", "x.lex").unwrap_err();
        assert!(e.message.contains("13y"), "{e}");
        let e = parse("IRN : Iran\n", "x.lex").unwrap_err();
        assert!(e.message.contains("section"));
        let e = parse("[bogus]\n", "x.lex").unwrap_err();
        assert!(e.message.contains("unknown section"));
        let e = parse("[verbs]\n062 : buy arms|weapons\n", "x.lex").unwrap_err();
        assert!(e.message.contains("..."));
        let e = parse("[verbs]\n112 : *refuse *meet\n", "x.lex").unwrap_err();
        assert!(e.message.contains("more than one verb"), "{e}");
        let e = parse("[verbs]\n112 : not ... *meet\n", "x.lex").unwrap_err();
        assert!(e.message.contains("before the verb"), "{e}");
        assert!(parse("[verbs]\n112 : refusal to *talk with\n", "x.lex").is_ok());
        assert!(parse("[verbs]\n032/033 : visit\n", "x.lex").is_ok());
        assert!(parse("[verbs]\n/173 : appear before\n", "x.lex").is_ok());
        assert!(parse("[verbs]\n/ : appear before\n", "x.lex").is_err());
        let h = split_head("in_*connect up").unwrap();
        assert_eq!(h.before, [("in".to_string(), true)]);
        assert_eq!((h.lemma.as_str(), h.particles.len()), ("connect", 1));
        let h = split_head("said would_*begin").unwrap();
        assert_eq!(
            h.before,
            [("said".to_string(), false), ("would".to_string(), true)]
        );
        assert!(parse("[verbs]\n--- : set ... aside\n", "x.lex").is_ok());
        let (rest, m) = split_role_marks("noted *regret +subject $before:noted").unwrap();
        assert_eq!(rest, "noted *regret");
        assert!(m.subject_is_target && m.source_before.as_deref() == Some("noted"));
        assert_eq!(m.to_string(), "+subject $before:noted");
        let (rest, m) = split_role_marks("celebrate ... iftar +after:in^").unwrap();
        assert_eq!(rest, "celebrate ... iftar");
        assert_eq!(
            m.target_after,
            Some(Anchor {
                word: "in".into(),
                skip: 1
            })
        );
        assert_eq!(m.to_string(), "+after:in^");
        let e = parse("[verbs]\n064 : free from +after\n", "x.lex").unwrap_err();
        assert!(e.message.contains("role mark"), "{e}");
        let e = parse("[verbs]\n032/33x : visit\n", "x.lex").unwrap_err();
        assert!(e.message.contains("33x"), "{e}");
        let e = parse("[actors]\nIRNGOV >2005 : Mr X\n", "x.lex").unwrap_err();
        assert!(e.message.contains("YYYYMMDD"), "{e}");
    }

    #[test]
    fn date_restricted_actor_keys() {
        let lex = parse(
            "[actors]\nIRNGOV >20050803 : Mahmoud Ahmadinejad\nIRNELI 19900101-20050803 : Mahmoud Ahmadinejad\nIRN : Iran\n",
            "t.lex",
        )
        .unwrap();
        let v = lex.entries[0].valid;
        assert!(v.contains(20050803) && !v.contains(20050802));
        assert_eq!(v.to_string(), ">20050803");
        let w = lex.entries[1].valid;
        assert!(w.contains(19900101) && !w.contains(20050803));
        assert!(lex.entries[2].valid.is_always());
    }
}
