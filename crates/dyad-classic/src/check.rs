//! `dyad lexicon check`: duplicates, conflicts and unreachable verb patterns.

use std::collections::HashMap;
use std::fmt;

use crate::{Lexicon, Section, Validity};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FindingKind {
    /// The same phrase twice under the same key.
    Duplicate,
    /// The same phrase under two keys (actors, agents, nouns) with nothing to choose between them on some day.
    Conflict,
    /// A verb pattern that can never win: an identical pattern with another
    /// code wins every tie.
    Unreachable,
}

impl fmt::Display for FindingKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FindingKind::Duplicate => "duplicate",
            FindingKind::Conflict => "conflict",
            FindingKind::Unreachable => "unreachable",
        })
    }
}

/// One problem, at the entry that has it, naming the entry it collides with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub kind: FindingKind,
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {}: {}",
            self.file, self.line, self.kind, self.message
        )
    }
}

/// Can two entries for the same phrase both apply on some day with nothing to
/// choose between them? A date-restricted entry beats an unrestricted one in
/// its window, and the narrower of two windows wins, so only two unrestricted
/// entries, or two overlapping windows of the same length, tie.
fn tie(a: Validity, b: Validity) -> bool {
    if a.is_always() || b.is_always() {
        return a.is_always() && b.is_always();
    }
    let lo = a.from.unwrap_or(0).max(b.from.unwrap_or(0));
    let hi = a.until.unwrap_or(u32::MAX).min(b.until.unwrap_or(u32::MAX));
    lo < hi && a.span() == b.span()
}

/// Case-folds a phrase unless dyad matches it case-sensitively.
fn norm(section: Section, p: &str) -> String {
    let p = p.split_whitespace().collect::<Vec<_>>().join(" ");
    let sensitive = matches!(section, Section::Actors | Section::Agents)
        && p.len() <= 5
        && p.chars().any(|c| c.is_ascii_uppercase())
        && p.chars().all(|c| c.is_ascii_uppercase() || c == '.');
    if sensitive {
        p
    } else if section == Section::Verbs {
        // Alternatives are a set: order does not matter.
        let lower = p.to_lowercase();
        match lower.split_once("...") {
            Some((head, alts)) => {
                let mut a: Vec<&str> = alts.trim().split('|').collect();
                a.sort_unstable();
                a.dedup();
                format!("{} ... {}", head.trim(), a.join("|"))
            }
            None => lower,
        }
    } else {
        p.to_lowercase()
    }
}

/// Lints a lexicon. Findings come in lexicon order.
pub fn check(lex: &Lexicon) -> Vec<Finding> {
    struct Seen {
        key: String,
        valid: Validity,
        file: String,
        line: usize,
    }
    let mut seen: HashMap<(Section, String), Vec<Seen>> = HashMap::new();
    let mut out = Vec::new();
    for e in &lex.entries {
        if matches!(e.section, Section::Inflections | Section::Reporting) {
            continue;
        }
        for p in &e.phrases {
            let n = norm(e.section, p);
            let list = seen.entry((e.section, n)).or_default();
            let here = |kind, message| Finding {
                kind,
                file: e.file.clone(),
                line: e.line,
                message,
            };
            if let Some(s) = list.iter().find(|s| s.key == e.key && s.valid == e.valid) {
                out.push(here(
                    FindingKind::Duplicate,
                    format!(
                        "{p:?} under {} again (first at {}:{})",
                        e.key, s.file, s.line
                    ),
                ));
            } else if let Some(s) = list
                .iter()
                .find(|s| s.key != e.key && tie(s.valid, e.valid))
            {
                if e.section == Section::Verbs {
                    // dyad breaks ties by the longer code, then the earlier line.
                    let len = |k: &str| dyad_lexicon::split_paired(k).0.len();
                    let (winner, loser_here) = if len(&e.key) > len(&s.key) {
                        (&e.key, false)
                    } else {
                        (&s.key, true)
                    };
                    let msg = if loser_here {
                        format!(
                            "pattern {p:?} for {} never wins: {winner} at {}:{} has the same pattern",
                            e.key, s.file, s.line
                        )
                    } else {
                        format!(
                            "pattern {p:?} for {} at {}:{} never wins: {winner} here has the same pattern",
                            s.key, s.file, s.line
                        )
                    };
                    out.push(here(FindingKind::Unreachable, msg));
                } else {
                    out.push(here(
                        FindingKind::Conflict,
                        format!(
                            "{p:?} is {} here and {} at {}:{}",
                            e.key, s.key, s.file, s.line
                        ),
                    ));
                }
            }
            list.push(Seen {
                key: e.key.clone(),
                valid: e.valid,
                file: e.file.clone(),
                line: e.line,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_duplicates_conflicts_unreachable() {
        let lex = dyad_lexicon::parse(
            "[actors]\nUSA : america | America\nRUS : America\nUSAGOV >20000101 : king\nUSAREB <20000101 : king\nUSA : king\nUSAELI 19900101-19910101 : king\nUSAMIL 19900601-19910601 : king\n[verbs]\n031 : send ... aid|help\n0311 : send ... help|aid\n050 : send\n050 : send\n",
            "t.lex",
        )
        .unwrap();
        let f = check(&lex);
        let kinds: Vec<(FindingKind, usize)> = f.iter().map(|f| (f.kind, f.line)).collect();
        assert_eq!(
            kinds,
            [
                (FindingKind::Duplicate, 2),
                (FindingKind::Conflict, 3),
                // Two windows of one length overlap; a default under
                // restricted entries is no conflict.
                (FindingKind::Conflict, 8),
                (FindingKind::Unreachable, 11),
                (FindingKind::Duplicate, 13)
            ],
            "{f:?}"
        );
        assert!(f[3].message.contains("031"), "{}", f[3]);
    }
}
