//! Classic verb patterns (`- * (TO BORDER) $ [154]`) mapped onto dyad's verb
//! patterns (`rush ... border`): a lemma, particles that follow it directly, and
//! one set of object alternatives within a window.

use std::collections::HashMap;

use crate::{NoteKind, Result, Sink};

/// Words that may follow a verb directly as particles.
const PARTICLES: &[&str] = &[
    "up", "down", "off", "out", "in", "on", "to", "with", "for", "against", "from", "over", "into",
    "at", "by", "about", "back", "away", "through", "after", "upon", "toward", "towards", "onto",
];

/// Words never taken as the object of a pattern.
const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "of", "to", "in", "on", "with", "for", "by", "at", "from", "into", "against",
    "over", "about", "and", "as", "that", "its", "his", "her", "their", "be", "is", "was", "were",
    "not", "no", "it", "this", "upon", "toward", "towards", "between", "under", "after", "before",
    "near", "through", "out", "up", "down", "off",
];

/// A verb of a classic verb block: its lemma and any words that belong to it
/// (`+CALL_OFF` → `call` + `off`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Verb {
    pub lemma: String,
    pub particles: Vec<String>,
}

impl Verb {
    pub fn phrase(&self) -> String {
        let mut s = self.lemma.clone();
        for p in &self.particles {
            s.push(' ');
            s.push_str(p);
        }
        s
    }
}

/// Synonym sets: `&NAME` → members (each a word sequence, or `&OTHER`).
pub(crate) type Synsets = HashMap<String, Vec<String>>;

#[derive(Debug, Clone, PartialEq)]
enum Item {
    Verb,
    Marker,
    Open(char),
    Close,
    Bar,
    Word(String),
    Syn(String),
}

fn items(text: &str) -> Vec<Item> {
    let mut spaced = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(c, '(' | ')' | '{' | '}' | '|' | '*' | '$' | '%' | '^') {
            spaced.push(' ');
            spaced.push(c);
            spaced.push(' ');
        } else if c == '_' {
            spaced.push(' ');
        } else {
            spaced.push(c);
        }
    }
    let mut out = Vec::new();
    for tok in spaced.split_whitespace() {
        out.push(match tok {
            "*" => Item::Verb,
            "$" | "+" | "%" | "^" => Item::Marker,
            "(" => Item::Open('('),
            "{" => Item::Open('{'),
            ")" | "}" => Item::Close,
            "|" => Item::Bar,
            t if t.starts_with('&') => Item::Syn(t.trim_end_matches('_').to_string()),
            t if t.starts_with('+') && t.len() > 1 => Item::Word(t[1..].to_lowercase()),
            t => Item::Word(t.to_lowercase()),
        });
    }
    out
}

/// The last word of a synset member, recursively through nested synsets.
fn expand(name: &str, synsets: &Synsets, depth: usize, out: &mut Vec<String>) -> bool {
    let Some(members) = synsets.get(name) else {
        return false;
    };
    if depth > 8 {
        return false;
    }
    for m in members {
        let m = m.trim().trim_start_matches('+');
        if m.starts_with('&') {
            expand(m.trim_end_matches('_'), synsets, depth + 1, out);
        } else if let Some(last) = m.split(['_', ' ']).rfind(|w| !w.is_empty()) {
            let w = last.to_lowercase();
            if !out.contains(&w) {
                out.push(w);
            }
        }
    }
    true
}

/// What a code field (`042`, `042:043`, `---`, `:043`) gives dyad, or why not.
pub(crate) fn primary_code(sink: &mut Sink<'_>, line: usize, field: &str) -> Option<String> {
    let field = field.trim();
    let (primary, paired) = match field.split_once(':') {
        Some((a, b)) => (a.trim(), Some(b.trim())),
        None => (field, None),
    };
    if primary.is_empty() || primary.starts_with("---") {
        let what = if primary.is_empty() {
            "paired code only"
        } else {
            "null code (pattern blocks coding)"
        };
        sink.note(line, NoteKind::Unsupported, what, format!("[{field}]"));
        return None;
    }
    if !dyad_ontology::is_valid_cameo(primary) {
        sink.note(
            line,
            NoteKind::Unsupported,
            "not a CAMEO event code",
            format!("[{field}]"),
        );
        return None;
    }
    if let Some(p) = paired.filter(|p| !p.is_empty() && !p.starts_with("---")) {
        sink.note(
            line,
            NoteKind::Approximated,
            "paired event code dropped",
            format!("[{field}]: only {primary} is coded, not the paired {p}"),
        );
    }
    Some(primary.to_string())
}

/// Maps one pattern (the text between `-` and `[`) for the verbs of its block.
/// Returns the dyad pattern suffix (`to ... border|frontier`, possibly empty),
/// or `None` when the pattern cannot be expressed (noted).
pub(crate) fn map_pattern(
    sink: &mut Sink<'_>,
    line: usize,
    text: &str,
    synsets: &Synsets,
) -> Result<Option<String>> {
    let items = items(text);
    let Some(verb_at) = items.iter().position(|i| *i == Item::Verb) else {
        sink.malformed(
            line,
            format!("pattern {:?}: expected a `*` for the verb", text.trim()),
        )?;
        return Ok(None);
    };
    let pre = &items[..verb_at];
    if pre
        .iter()
        .any(|i| matches!(i, Item::Word(_) | Item::Syn(_)))
    {
        sink.note(
            line,
            NoteKind::Unsupported,
            "words before the verb",
            text.trim().to_string(),
        );
        return Ok(None);
    }
    let post = &items[verb_at + 1..];
    let mut reasons: Vec<&str> = Vec::new();
    if items.contains(&Item::Marker) {
        reasons.push("actor position markers ignored");
    }
    // Particles: bare particle words right after the verb, or a lone
    // parenthesised preposition `(TO)`.
    let mut particles: Vec<String> = Vec::new();
    let mut k = 0;
    loop {
        match post.get(k) {
            Some(Item::Word(w)) if PARTICLES.contains(&w.as_str()) => {
                particles.push(w.clone());
                k += 1;
            }
            Some(Item::Open('(')) => match (post.get(k + 1), post.get(k + 2)) {
                (Some(Item::Word(w)), Some(Item::Close)) if PARTICLES.contains(&w.as_str()) => {
                    particles.push(w.clone());
                    k += 3;
                }
                _ => break,
            },
            _ => break,
        }
    }
    // Object groups: a bracketed group, or a run of bare words.
    let rest = &post[k..];
    let mut groups: Vec<Vec<&Item>> = Vec::new();
    let mut depth = 0usize;
    let mut cur: Vec<&Item> = Vec::new();
    for it in rest {
        match it {
            Item::Open(_) => {
                if depth == 0 && !cur.is_empty() {
                    groups.push(std::mem::take(&mut cur));
                }
                depth += 1;
            }
            Item::Close => {
                depth = depth.saturating_sub(1);
                if depth == 0 && !cur.is_empty() {
                    groups.push(std::mem::take(&mut cur));
                }
            }
            Item::Marker | Item::Verb => {
                if depth == 0 && !cur.is_empty() {
                    groups.push(std::mem::take(&mut cur));
                }
            }
            Item::Word(_) | Item::Syn(_) | Item::Bar => cur.push(it),
        }
    }
    if !cur.is_empty() {
        groups.push(cur);
    }
    let content = |i: &&Item| match i {
        Item::Word(w) => !FUNCTION_WORDS.contains(&w.as_str()),
        Item::Syn(_) => true,
        _ => false,
    };
    let mut alternatives: Vec<String> = Vec::new();
    let mut used_group = None;
    for (gi, g) in groups.iter().enumerate() {
        if !g.iter().any(content) {
            continue;
        }
        // `{ WAS | WERE }`: every alternative's last word; else the group's head.
        let parts: Vec<&[&Item]> = g.split(|i| **i == Item::Bar).collect();
        for part in parts {
            let Some(head) = part.iter().rev().find(|i| content(i)) else {
                continue;
            };
            if part.iter().filter(|i| content(i)).count() > 1 {
                reasons.push("object phrase reduced to its last word");
            }
            match head {
                Item::Word(w) if !alternatives.contains(w) => alternatives.push(w.clone()),
                Item::Syn(name) if !expand(name, synsets, 0, &mut alternatives) => {
                    sink.note(
                        line,
                        NoteKind::Unsupported,
                        "undefined synset",
                        format!("{name} in {}", text.trim()),
                    );
                    return Ok(None);
                }
                _ => {}
            }
        }
        used_group = Some(gi);
        break;
    }
    if let Some(gi) = used_group {
        if groups
            .iter()
            .enumerate()
            .any(|(i, g)| i != gi && g.iter().any(content))
        {
            reasons.push("later words dropped");
        }
    } else if groups.iter().any(|g| !g.is_empty()) {
        reasons.push("function words dropped");
    }
    alternatives.retain(|w| !w.is_empty() && w.chars().all(|c| !c.is_whitespace() && c != '|'));
    if !reasons.is_empty() {
        reasons.dedup();
        let what = if reasons
            .iter()
            .all(|r| *r == "actor position markers ignored")
        {
            "actor position markers ignored"
        } else {
            "pattern simplified"
        };
        sink.note(
            line,
            NoteKind::Approximated,
            what,
            format!("{}: {}", text.trim(), reasons.join(", ")),
        );
    }
    let mut out = particles.join(" ");
    if !alternatives.is_empty() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str("... ");
        out.push_str(&alternatives.join("|"));
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    fn map(text: &str, syn: &Synsets) -> (Option<String>, Vec<String>) {
        let mut sink = Sink::new("t.verbs", Options::default());
        let r = map_pattern(&mut sink, 1, text, syn).unwrap();
        (
            r,
            sink.import
                .notes
                .iter()
                .map(|n| n.what.to_string())
                .collect(),
        )
    }

    #[test]
    fn maps_particles_objects_and_synsets() {
        let mut syn = Synsets::new();
        syn.insert(
            "&ARMS".into(),
            vec!["WEAPON".into(), "HEAVY_GUN".into(), "&AMMO".into()],
        );
        syn.insert("&AMMO".into(), vec!["BULLET".into()]);
        assert_eq!(map(" * (TO BORDER) ", &syn).0.unwrap(), "... border");
        assert_eq!(map(" * (TO) ", &syn).0.unwrap(), "to");
        assert_eq!(map(" * OFF ", &syn).0.unwrap(), "off");
        assert_eq!(map(" * &ARMS ", &syn).0.unwrap(), "... weapon|gun|bullet");
        assert_eq!(map(" * WITH % ", &syn).0.unwrap(), "with");
        let (r, notes) = map(" * FULL_TIES + (WITH_EMBASSY) ", &syn);
        assert_eq!(r.unwrap(), "... ties");
        assert_eq!(notes, ["pattern simplified"]);
        let (r, notes) = map(" SOLDIERS * ", &syn);
        assert!(r.is_none());
        assert_eq!(notes, ["words before the verb"]);
        assert_eq!(map(" + * { WAS | WERE } ", &syn).0.unwrap(), "");
    }

    #[test]
    fn codes() {
        let mut sink = Sink::new("t", Options::default());
        assert_eq!(
            primary_code(&mut sink, 1, "042:043").as_deref(),
            Some("042")
        );
        assert_eq!(primary_code(&mut sink, 2, "---"), None);
        assert_eq!(primary_code(&mut sink, 3, ":043"), None);
        assert_eq!(primary_code(&mut sink, 4, "999"), None);
        assert_eq!(sink.import.notes.len(), 4);
    }

    #[test]
    fn undefined_synset_is_noted() {
        let (r, notes) = map(" * &NOPE ", &Synsets::new());
        assert!(r.is_none());
        assert_eq!(notes, ["undefined synset"]);
    }
}
