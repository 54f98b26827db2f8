//! dyad-classic reads the dictionaries of the classic event coders and maps
//! them onto dyad's lexicon model ([`dyad_lexicon::Lexicon`]):
//!
//! * PETRARCH-2: verb dictionaries with synsets and patterns (`CAMEO.2.0.txt`),
//!   actors with date restrictions (`[IRNGOV >20050803]`), agents, discards.
//! * TABARI: `.project` files naming `.actors`, `.verbs`, `.agents` and
//!   `.options` files.
//!
//! dyad's model is smaller than theirs: a verb pattern is a lemma, words that
//! precede it, particles that follow it directly and one set of object
//! alternatives (words or multi-word phrases) within a window; codes may be
//! paired (`032/033`) and may lie outside CAMEO when a dictionary defines its
//! own, a null code (`[---]`) makes a pattern that codes nothing, `%` before
//! the verb asks for a coordinated subject, and the `$` and `+` markers become
//! role marks (`+subject $after:from`, `^` passing over an actor); a marker
//! after a bracketed group cannot be said and is noted.
//! Whatever a dictionary says that this model cannot say is never dropped
//! silently: it becomes a [`Note`] with file and line, either *approximated*
//! (imported with a looser constraint) or *unsupported* (not imported).
//! A line that cannot be read at all is an error ([`ClassicError::Malformed`])
//! unless [`Options::lenient`] is set, which skips and counts it.

mod check;
mod lexwrite;
mod pattern;
mod petrarch;
mod tabari;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

pub use check::{check, Finding, FindingKind};
pub use dyad_lexicon::{Entry, Lexicon, Section, Validity};
pub use lexwrite::to_lex;
pub use petrarch::{read_actors, read_agents, read_discards, read_verbs};
pub use tabari::{read_options, read_project};

/// How to read.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Skip (and count) malformed lines instead of failing on the first.
    pub lenient: bool,
}

/// What happened to a construct that dyad's model cannot express exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NoteKind {
    /// Imported with a looser constraint than the dictionary gives.
    Approximated,
    /// Not imported.
    Unsupported,
    /// A malformed line skipped under `--lenient`.
    Skipped,
}

impl fmt::Display for NoteKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NoteKind::Approximated => "approximated",
            NoteKind::Unsupported => "unsupported",
            NoteKind::Skipped => "skipped",
        })
    }
}

/// One construct reported at file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub file: String,
    pub line: usize,
    pub kind: NoteKind,
    /// A short, stable category (`words before the verb`, `paired code`, …) for counting.
    pub what: &'static str,
    pub detail: String,
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}: {}",
            self.file, self.line, self.kind, self.what, self.detail
        )
    }
}

/// A discard phrase (PETRARCH/TABARI): a sentence (or, with `story`, a whole
/// story) containing it is not coded. Readers also put it in the lexicon's
/// `[discards]` section, which the coder applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discard {
    pub phrase: String,
    pub story: bool,
    pub file: String,
    pub line: usize,
}

/// The result of reading classic dictionaries.
#[derive(Debug, Clone, Default)]
pub struct Import {
    pub lexicon: Lexicon,
    pub notes: Vec<Note>,
    pub discards: Vec<Discard>,
    /// The files read, in order.
    pub files: Vec<PathBuf>,
}

impl Import {
    pub fn extend(&mut self, other: Import) {
        self.lexicon.extend(other.lexicon);
        self.notes.extend(other.notes);
        self.discards.extend(other.discards);
        self.files.extend(other.files);
    }

    /// Notes counted by (kind, category).
    pub fn counts(&self) -> BTreeMap<(NoteKind, &'static str), usize> {
        let mut out = BTreeMap::new();
        for n in &self.notes {
            *out.entry((n.kind, n.what)).or_insert(0) += 1;
        }
        out
    }

    /// A few lines for people: entries read and notes counted.
    pub fn summary(&self) -> String {
        let mut by_section: BTreeMap<String, (usize, usize)> = BTreeMap::new();
        for e in &self.lexicon.entries {
            let s = by_section.entry(format!("{:?}", e.section)).or_default();
            s.0 += 1;
            s.1 += e.phrases.len();
        }
        let mut out = String::new();
        out.push_str(&format!("{} file(s):", self.files.len()));
        for (sec, (entries, phrases)) in &by_section {
            out.push_str(&format!(
                " {} {entries} entries/{phrases} phrases;",
                sec.to_lowercase()
            ));
        }
        for ((kind, what), n) in self.counts() {
            out.push_str(&format!("\n  {kind}: {what}: {n}"));
        }
        out
    }
}

/// Errors reading classic dictionaries.
#[derive(Debug, thiserror::Error)]
pub enum ClassicError {
    #[error("cannot read {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}:{line}: {message}")]
    Malformed {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{project}:{line}: {what} {} does not exist", path.display())]
    Missing {
        project: String,
        line: usize,
        what: String,
        path: PathBuf,
    },
    #[error("{0}")]
    Spec(String),
}

pub type Result<T> = std::result::Result<T, ClassicError>;

/// Reads a file as text (Latin-1 bytes are taken as they are: old dictionaries
/// are not always UTF-8).
pub fn read_text(path: &Path) -> Result<String> {
    let bytes = std::fs::read(path).map_err(|source| ClassicError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
    })
}

/// Collects malformed-line errors: the first fails unless lenient.
pub(crate) struct Sink<'a> {
    pub file: &'a str,
    pub opts: Options,
    pub import: Import,
}

impl<'a> Sink<'a> {
    pub fn new(file: &'a str, opts: Options) -> Self {
        Sink {
            file,
            opts,
            import: Import::default(),
        }
    }

    pub fn note(&mut self, line: usize, kind: NoteKind, what: &'static str, detail: String) {
        self.import.notes.push(Note {
            file: self.file.to_string(),
            line,
            kind,
            what,
            detail,
        });
    }

    /// A malformed line: an error, or a `Skipped` note when lenient.
    pub fn malformed(&mut self, line: usize, message: String) -> Result<()> {
        if self.opts.lenient {
            self.note(line, NoteKind::Skipped, "malformed line", message);
            Ok(())
        } else {
            Err(ClassicError::Malformed {
                file: self.file.to_string(),
                line,
                message,
            })
        }
    }

    pub fn entry(&mut self, section: Section, key: &str, phrases: Vec<String>, line: usize) {
        self.entry_valid(section, key, phrases, line, Validity::ALWAYS);
    }

    pub fn entry_valid(
        &mut self,
        section: Section,
        key: &str,
        phrases: Vec<String>,
        line: usize,
        valid: Validity,
    ) {
        if phrases.is_empty() {
            return;
        }
        self.import.lexicon.entries.push(Entry {
            section,
            key: key.to_string(),
            phrases,
            file: self.file.to_string(),
            line,
            valid,
        });
    }
}

/// Reads what a `--lexicon` spec names: `petrarch:DIR`, `tabari:PROJECT`, or a
/// dyad `.lex` file (or a directory of them).
pub fn load_spec(spec: &str, opts: Options) -> Result<Import> {
    if let Some(dir) = spec.strip_prefix("petrarch:") {
        petrarch::read_dir(Path::new(dir), opts)
    } else if let Some(project) = spec.strip_prefix("tabari:") {
        read_project(Path::new(project), opts)
    } else {
        let path = Path::new(spec.strip_prefix("dyad:").unwrap_or(spec));
        let mut files = Vec::new();
        if path.is_dir() {
            let rd = std::fs::read_dir(path).map_err(|source| ClassicError::Io {
                path: path.to_path_buf(),
                source,
            })?;
            for e in rd.flatten() {
                if e.path().extension().is_some_and(|x| x == "lex") {
                    files.push(e.path());
                }
            }
            files.sort();
            if files.is_empty() {
                return Err(ClassicError::Spec(format!(
                    "{}: no .lex files (use petrarch:DIR or tabari:PROJECT for classic dictionaries)",
                    path.display()
                )));
            }
        } else {
            files.push(path.to_path_buf());
        }
        let mut out = Import::default();
        for f in files {
            let text = read_text(&f)?;
            let name = f.display().to_string();
            let lex = dyad_lexicon::parse(&text, &name).map_err(|e| ClassicError::Malformed {
                file: e.file,
                line: e.line,
                message: e.message,
            })?;
            out.lexicon.extend(lex);
            out.files.push(f);
        }
        Ok(out)
    }
}

/// Turns a classic phrase (`UNITED_NATIONS_`, `AL-QAEDA`) into dyad's spelling:
/// words separated by spaces, lower case except for short acronyms (`US`,
/// `UN`, `U.N.`), which dyad then matches case-sensitively.
pub(crate) fn phrase_text(raw: &str) -> String {
    spelled(raw, false)
}

/// [`phrase_text`] for an actor or agent phrase, whose words joined by a
/// space (not `_`) may have other words between them in the text, as the
/// classic coders match them: `ITHILEN TELEVISION` is dyad's
/// `ithilen~television` ("Ithilen state-run television").
pub(crate) fn actor_phrase_text(raw: &str) -> String {
    spelled(raw, true)
}

fn spelled(raw: &str, spread: bool) -> String {
    let mut joined = String::with_capacity(raw.len());
    let mut words = 0;
    for run in raw.split([' ', '\t']).filter(|r| !r.is_empty()) {
        let run_words: Vec<&str> = run.split('_').filter(|w| !w.is_empty()).collect();
        if run_words.is_empty() {
            continue;
        }
        if words > 0 {
            joined.push(if spread { '~' } else { ' ' });
        }
        joined.push_str(&run_words.join(" "));
        words += run_words.len();
    }
    let letters: Vec<char> = joined.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym = words == 1
        && joined.len() <= 5
        && joined.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        && (letters.len() <= 3
            || joined.contains('.')
            || !letters.iter().any(|c| "AEIOU".contains(*c)));
    if acronym {
        joined
    } else {
        joined.to_lowercase()
    }
}

/// Strips a `#` comment (and, for TABARI, a `;` comment).
/// A `#` inside `[...]` is part of a code (`[###]`, a discard code).
pub(crate) fn strip_comment(line: &str, semicolon: bool) -> &str {
    let mut depth = 0usize;
    for (i, c) in line.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '#' if depth == 0 => return &line[..i],
            ';' if semicolon && depth == 0 => return &line[..i],
            _ => {}
        }
    }
    line
}

/// Classic 6-digit (`YYMMDD`, years before 30 are 20xx) or 8-digit dates.
pub(crate) fn classic_date(s: &str) -> Option<u32> {
    let s = s.trim();
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = s.parse().ok()?;
    let full = match s.len() {
        8 => n,
        6 => {
            let yy = n / 10_000;
            let century = if yy < 30 { 20_000_000 } else { 19_000_000 };
            century + n
        }
        _ => return None,
    };
    let (m, d) = (full / 100 % 100, full % 100);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(full)
}

/// Reads a classic date restriction: `>D`, `<D`, `D-D` (6 or 8 digits).
pub(crate) fn classic_validity(s: &str) -> Option<Validity> {
    let s = s.trim();
    if let Some(d) = s.strip_prefix('>') {
        Some(Validity {
            from: Some(classic_date(d)?),
            until: None,
        })
    } else if let Some(d) = s.strip_prefix('<') {
        Some(Validity {
            from: None,
            until: Some(classic_date(d)?),
        })
    } else {
        // A classic range holds both its days (the suites code the last day
        // of `20100109-20100112` with it); dyad's `until` is the first day after.
        let (a, b) = s.split_once('-')?;
        Some(Validity {
            from: Some(classic_date(a)?),
            until: Some(next_day(classic_date(b)?)),
        })
    }
}

/// The day after `yyyymmdd` (Gregorian calendar).
fn next_day(d: u32) -> u32 {
    let (y, m, day) = (d / 10000, d / 100 % 100, d % 100);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let last = match m {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day < last {
        d + 1
    } else if m < 12 {
        y * 10000 + (m + 1) * 100 + 1
    } else {
        (y + 1) * 10000 + 101
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_and_dates() {
        assert_eq!(phrase_text("UNITED_NATIONS_"), "united nations");
        assert_eq!(phrase_text("US"), "US");
        assert_eq!(phrase_text("U.N._"), "U.N.");
        assert_eq!(phrase_text("IRAN"), "iran");
        assert_eq!(phrase_text("NTSB"), "NTSB");
        assert_eq!(phrase_text("ITHILEN TELEVISION"), "ithilen television");
        assert_eq!(
            actor_phrase_text("CELINE YODA_KONKOBO_"),
            "celine~yoda konkobo"
        );
        assert_eq!(actor_phrase_text("UNITED_NATIONS_"), "united nations");
        assert_eq!(classic_date("011222"), Some(20011222));
        assert_eq!(classic_date("750101"), Some(19750101));
        assert_eq!(classic_date("20050803"), Some(20050803));
        assert_eq!(classic_date("2004017"), None);
        let v = classic_validity("960927-010416").unwrap();
        assert_eq!((v.from, v.until), (Some(19960927), Some(20010417)));
        assert!(v.contains(20010416) && !v.contains(20010417));
        assert_eq!(next_day(20001231), 20010101);
        assert_eq!(next_day(20000228), 20000229);
        assert_eq!(next_day(19000228), 19000301);
        assert_eq!(next_day(20240430), 20240501);
        assert!(classic_validity("> 011222").is_some());
    }
}
