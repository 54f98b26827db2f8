//! Classic verb patterns (`- * (TO BORDER) $ [154]`) mapped onto dyad's verb
//! patterns (`rush ... to~border`): a lemma, particles that follow it directly, and
//! one set of object alternatives within a window.

use std::collections::HashMap;

use dyad_lexicon::{Anchor, RoleMarks};

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
    /// Words of the verb line before the verb (`KLM_+RST`), if any, each
    /// with whether `_` glues it to what follows.
    pub before: Vec<(String, bool)>,
    pub lemma: String,
    pub particles: Vec<String>,
}

impl Verb {
    /// The dyad pattern head: `lemma particles`, or `before *lemma particles`
    /// with `prefix` words (from a pattern) put before the verb's own; `_`
    /// joins glued words (`in_*connect`).
    pub fn phrase_with(&self, prefix: &[(String, bool)]) -> String {
        let mut s = String::new();
        for (w, glued) in prefix.iter().chain(&self.before) {
            s.push_str(w);
            s.push(if *glued { '_' } else { ' ' });
        }
        if !s.is_empty() {
            s.push('*');
        }
        s.push_str(&self.lemma);
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
    /// `$`, `+`, `%` or `^`.
    Marker(char),
    Open(char),
    Close,
    Bar,
    /// `_`: the next word follows the previous one directly.
    Glue,
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
            spaced.push_str(" _ ");
        } else {
            spaced.push(c);
        }
    }
    let mut out = Vec::new();
    for tok in spaced.split_whitespace() {
        out.push(match tok {
            "*" => Item::Verb,
            "$" | "+" | "%" | "^" => Item::Marker(tok.chars().next().unwrap_or('^')),
            "(" => Item::Open('('),
            "{" => Item::Open('{'),
            ")" | "}" => Item::Close,
            "|" => Item::Bar,
            "_" => Item::Glue,
            t if t.starts_with('&') => Item::Syn(t.trim_end_matches('_').to_string()),
            t if t.starts_with('+') && t.len() > 1 => Item::Word(t[1..].to_lowercase()),
            t => Item::Word(t.to_lowercase()),
        });
    }
    out
}

/// The last word of every synset member (see [`expand_full`]), each once,
/// added to `out`.
fn expand(name: &str, synsets: &Synsets, depth: usize, out: &mut Vec<String>) -> bool {
    let mut members = Vec::new();
    if !expand_full(name, synsets, depth, &mut members) {
        return false;
    }
    for last in members.into_iter().filter_map(|mut m| m.pop()) {
        if !out.contains(&last) {
            out.push(last);
        }
    }
    true
}

/// Most variants one pattern's synsets before the verb may expand into.
const MAX_BEFORE_VARIANTS: usize = 32;

/// Every member of a synset as its words, recursively through nested synsets.
fn expand_full(name: &str, synsets: &Synsets, depth: usize, out: &mut Vec<Vec<String>>) -> bool {
    let Some(members) = synsets.get(name) else {
        return false;
    };
    if depth > 8 {
        return false;
    }
    for m in members {
        let m = m.trim().trim_start_matches('+');
        if m.starts_with('&') {
            expand_full(m.trim_end_matches('_'), synsets, depth + 1, out);
        } else {
            let words: Vec<String> = m
                .split(['_', ' '])
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect();
            if !words.is_empty() && !out.contains(&words) {
                out.push(words);
            }
        }
    }
    true
}

/// A code that may stand for an event in a user's dictionary: letters, digits
/// and `?` (`075A`, `1010`, `025?`), at most 8 characters.
fn plausible_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= 8
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '?')
}

/// What a code field (`042`, `042:043`, `---`, `:043`) gives dyad, or why not.
/// A code outside CAMEO that looks like a code (`075A`, `903`) is the
/// dictionary's own and is kept as it is (and noted).
pub(crate) fn primary_code(sink: &mut Sink<'_>, line: usize, field: &str) -> Option<String> {
    let field = field.trim();
    let (primary, paired) = match field.split_once(':') {
        Some((a, b)) => (a.trim(), Some(b.trim())),
        None => (field, None),
    };
    if primary.is_empty() {
        return match paired.filter(|p| plausible_code(p)) {
            // Only the target's act back to the source: dyad's `/173`.
            Some(p) => Some(format!("/{p}")),
            None => {
                sink.note(
                    line,
                    NoteKind::Unsupported,
                    "not an event code",
                    format!("[{field}]"),
                );
                None
            }
        };
    }
    if primary.starts_with("---") {
        // A pattern that matches and codes nothing.
        return Some(dyad_lexicon::NULL_CODE.to_string());
    }
    if !dyad_ontology::is_valid_cameo(primary) {
        if !plausible_code(primary) {
            sink.note(
                line,
                NoteKind::Unsupported,
                "not an event code",
                format!("[{field}]"),
            );
            return None;
        }
        sink.note(
            line,
            NoteKind::Approximated,
            "event code outside CAMEO kept as written",
            format!("[{field}]"),
        );
    }
    if let Some(p) = paired.filter(|p| !p.is_empty() && !p.starts_with("---")) {
        if dyad_ontology::is_valid_cameo(p) || plausible_code(p) {
            // dyad's spelling of a paired code: `032/033`.
            return Some(format!("{primary}/{p}"));
        }
        sink.note(
            line,
            NoteKind::Approximated,
            "paired event code dropped",
            format!("[{field}]: only {primary} is coded, not the paired {p}"),
        );
    }
    Some(primary.to_string())
}

/// Most object alternatives one pattern may expand into before its synsets
/// are reduced to their members' last words.
const MAX_OBJECT_VARIANTS: usize = 64;

/// An object phrase: words with whether other tokens may stand before each.
type Seq = Vec<(String, bool)>;

enum SeqError {
    Undefined(String),
    TooMany,
}

/// The object phrases the items after a pattern's particles describe: words
/// in order; `_` joins words that follow each other directly, a space (or an
/// actor marker) lets other words stand between; `&SYN` and `{A | B}` give
/// alternatives.
fn sequences(items: &[Item], synsets: &Synsets) -> std::result::Result<Vec<Seq>, SeqError> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, it) in items.iter().enumerate() {
        match it {
            Item::Open(_) => depth += 1,
            Item::Close => depth = depth.saturating_sub(1),
            Item::Bar if depth == 0 => {
                out.extend(sequence(&items[start..i], synsets)?);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.extend(sequence(&items[start..], synsets)?);
    if out.len() > MAX_OBJECT_VARIANTS {
        return Err(SeqError::TooMany);
    }
    Ok(out)
}

fn sequence(items: &[Item], synsets: &Synsets) -> std::result::Result<Vec<Seq>, SeqError> {
    let mut alts: Vec<Seq> = vec![Vec::new()];
    let mut gap = true;
    let mut i = 0;
    // Appends each of `tails` (its first word taking `gap`) to each alternative.
    let product = |alts: Vec<Seq>, tails: &[Seq], gap: bool| -> Vec<Seq> {
        let mut out = Vec::new();
        for a in &alts {
            for t in tails {
                let mut v = a.clone();
                for (n, (w, g)) in t.iter().enumerate() {
                    v.push((w.clone(), if n == 0 { gap } else { *g }));
                }
                out.push(v);
            }
        }
        out
    };
    while i < items.len() {
        match &items[i] {
            Item::Glue => gap = false,
            Item::Marker(_) | Item::Verb => gap = true,
            Item::Word(w) => {
                alts.iter_mut().for_each(|a| a.push((w.clone(), gap)));
                gap = true;
            }
            Item::Syn(name) => {
                let mut members = Vec::new();
                if !expand_full(name, synsets, 0, &mut members) {
                    return Err(SeqError::Undefined(name.clone()));
                }
                let tails: Vec<Seq> = members
                    .into_iter()
                    .map(|m| m.into_iter().map(|w| (w, false)).collect())
                    .collect();
                alts = product(alts, &tails, gap);
                gap = true;
            }
            Item::Open(_) => {
                let mut depth = 0usize;
                let mut end = items.len();
                for (k, it) in items.iter().enumerate().skip(i) {
                    match it {
                        Item::Open(_) => depth += 1,
                        Item::Close => {
                            depth -= 1;
                            if depth == 0 {
                                end = k;
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                let tails = sequences(&items[i + 1..end.min(items.len())], synsets)?;
                alts = product(alts, &tails, gap);
                i = end;
                gap = true;
            }
            Item::Close | Item::Bar => {}
        }
        if alts.len() > MAX_OBJECT_VARIANTS {
            return Err(SeqError::TooMany);
        }
        i += 1;
    }
    Ok(alts)
}

/// `a_b~c`: dyad's spelling of an object phrase.
fn render(seq: &Seq) -> String {
    let mut out = String::new();
    for (n, (w, gap)) in seq.iter().enumerate() {
        if n > 0 {
            out.push(if *gap { '~' } else { '_' });
        }
        out.extend(
            w.chars()
                .filter(|c| !c.is_whitespace() && !matches!(c, '|' | '_' | '~')),
        );
    }
    out
}

fn note_reasons(sink: &mut Sink<'_>, line: usize, text: &str, reasons: &mut Vec<&str>) {
    if reasons.is_empty() {
        return;
    }
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

/// The `$` and `+` markers of a pattern as dyad's role marks, and whether all
/// of them could be said that way. Before the verb, the marker nearest to it
/// stands for the subject; after the verb, a marker names the actor after the
/// word before it (each `^` between them passes over one actor).
fn role_marks(items: &[Item], verb_at: usize) -> (RoleMarks, bool) {
    let mut marks = RoleMarks::default();
    let mut expressed = true;
    let role = |i: &Item| match i {
        Item::Marker(c) if matches!(c, '$' | '+') => Some(*c),
        _ => None,
    };
    // Before the verb: a marker names the actor before the word after it, or
    // the subject when the verb follows the marker directly.
    let word_after = |k: usize| match items[k + 1..verb_at]
        .iter()
        .find(|i| !matches!(i, Item::Glue | Item::Marker('^' | '%')))
    {
        Some(Item::Word(w)) => Some(Some(w.clone())),
        None => Some(None),
        Some(_) => None,
    };
    for (k, item) in items[..verb_at].iter().enumerate() {
        match (role(item), word_after(k)) {
            (Some('+'), Some(Some(w))) => marks.target_before = Some(w),
            (Some('+'), Some(None)) => marks.subject_is_target = true,
            (Some('$'), Some(Some(w))) => marks.source_before = Some(w),
            (Some('$'), Some(None)) => {}
            (Some(_), _) => expressed = false,
            _ => {}
        }
    }
    // `NOTED + *`: words before the target's marker, and no source marker:
    // whoever stands before them is the source.
    let plus = (0..verb_at).find(|&k| role(&items[k]) == Some('+'));
    if let Some(k) = plus.filter(|_| marks.source_before.is_none()) {
        if let Some(Item::Word(w)) = items[..k].iter().find(|i| matches!(i, Item::Word(_))) {
            marks.source_before = Some(w.clone());
        }
    }
    for m in verb_at + 1..items.len() {
        let Some(r) = role(&items[m]) else {
            continue;
        };
        let mut skip = 0u8;
        let mut k = m;
        let anchor = loop {
            if k == 0 {
                break None;
            }
            k -= 1;
            match &items[k] {
                Item::Glue => {}
                Item::Marker('^') => skip = skip.saturating_add(1),
                // `* TO +`: only particles between verb and marker, so the
                // first actor after the verb, as by default.
                Item::Word(_)
                    if skip == 0
                        && r == '+'
                        && items[verb_at + 1..m].iter().all(|i| match i {
                            Item::Word(w) => PARTICLES.contains(&w.as_str()),
                            i => *i == Item::Glue,
                        }) =>
                {
                    break Some(None)
                }
                Item::Word(w) => break Some(Some(w.clone())),
                // Right after the verb: the first actor after it, as by default.
                Item::Verb if skip == 0 => break Some(None),
                _ => break None,
            }
        };
        match anchor {
            Some(Some(word)) => {
                let a = Anchor { word, skip };
                if r == '$' {
                    marks.source_after = Some(a);
                } else {
                    marks.target_after = Some(a);
                }
            }
            Some(None) if r == '+' => {}
            _ => expressed = false,
        }
    }
    (marks, expressed)
}

/// A classic pattern in dyad's terms: the words before the verb (one variant
/// per combination of synset members) and the suffix after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Mapped {
    /// Word sequences that must precede the verb (each word with whether `_`
    /// glues it to what follows); `[[]]` when none.
    pub before: Vec<Vec<(String, bool)>>,
    /// The dyad pattern suffix (`to ... border|frontier`, possibly empty).
    pub suffix: String,
    /// `- % *`: the pattern applies only to a coordinated subject.
    pub compound_subject: bool,
    /// Where the pattern's `$` and `+` put source and target.
    pub roles: RoleMarks,
}

/// How a classic dictionary's pattern words match nouns in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordMatch {
    /// As written only (PETRARCH: `- * RESOLUTION` does not match
    /// "resolutions"); written with dyad's `=`.
    AsWritten,
    /// With regular plurals, dyad's default (the nearest to TABARI's stems).
    Plurals,
}

/// `a_b~c` with `=` before each word: matched as written.
fn as_written(alt: &str) -> String {
    if alt.is_empty() {
        return String::new();
    }
    let mut out = String::with_capacity(alt.len() + 4);
    out.push('=');
    for c in alt.chars() {
        out.push(c);
        if matches!(c, '_' | '~') {
            out.push('=');
        }
    }
    out
}

/// Maps one pattern (the text between `-` and `[`) for the verbs of its block,
/// or `None` when the pattern cannot be expressed (noted).
pub(crate) fn map_pattern(
    sink: &mut Sink<'_>,
    line: usize,
    text: &str,
    synsets: &Synsets,
    words: WordMatch,
) -> Result<Option<Mapped>> {
    let spell = |alt: String| match words {
        WordMatch::AsWritten => as_written(&alt),
        WordMatch::Plurals => alt,
    };
    let items = items(text);
    let Some(verb_at) = items.iter().position(|i| *i == Item::Verb) else {
        sink.malformed(
            line,
            format!("pattern {:?}: expected a `*` for the verb", text.trim()),
        )?;
        return Ok(None);
    };
    // Words before the verb, in order, each with whether `_` glues it to what
    // follows; a synset multiplies the variants.
    let mut before: Vec<Vec<(String, bool)>> = vec![Vec::new()];
    for it in &items[..verb_at] {
        match it {
            Item::Word(w) => before.iter_mut().for_each(|b| b.push((w.clone(), false))),
            Item::Glue => before.iter_mut().for_each(|b| {
                if let Some(last) = b.last_mut() {
                    last.1 = true;
                }
            }),
            Item::Syn(name) => {
                let mut members = Vec::new();
                if !expand_full(name, synsets, 0, &mut members) {
                    sink.note(
                        line,
                        NoteKind::Unsupported,
                        "undefined synset",
                        format!("{name} in {}", text.trim()),
                    );
                    return Ok(None);
                }
                if before.len() * members.len() > MAX_BEFORE_VARIANTS {
                    sink.note(
                        line,
                        NoteKind::Unsupported,
                        "too many variants before the verb",
                        text.trim().to_string(),
                    );
                    return Ok(None);
                }
                before = before
                    .iter()
                    .flat_map(|b| {
                        members.iter().map(move |m| {
                            let mut v = b.clone();
                            let n = m.len();
                            v.extend(m.iter().enumerate().map(|(k, w)| (w.clone(), k + 1 < n)));
                            v
                        })
                    })
                    .collect();
            }
            Item::Bar | Item::Open(_) | Item::Close => {
                sink.note(
                    line,
                    NoteKind::Unsupported,
                    "alternatives before the verb",
                    text.trim().to_string(),
                );
                return Ok(None);
            }
            Item::Marker(_) | Item::Verb => {}
        }
    }
    before.retain(|b| {
        b.iter().all(|(w, _)| {
            w.chars()
                .all(|c| !c.is_whitespace() && !matches!(c, '|' | '_' | '*'))
        })
    });
    let post: Vec<Item> = items[verb_at + 1..]
        .iter()
        .skip_while(|i| **i == Item::Glue)
        .cloned()
        .collect();
    let post = post.as_slice();
    // `%` before the verb: a coordinated subject (`- % * [030:030]`).
    let compound_subject =
        text.split('*').next().is_some_and(|b| b.contains('%')) && text.contains('*');
    let mut reasons: Vec<&str> = Vec::new();
    let (roles, all_marks_expressed) = role_marks(&items, verb_at);
    if !all_marks_expressed {
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
    let rest: Vec<Item> = post[k..]
        .iter()
        .skip_while(|i| **i == Item::Glue)
        .cloned()
        .collect();
    let rest = rest.as_slice();
    // The words after the particles, in order, as dyad object phrases.
    match sequences(rest, synsets) {
        Ok(seqs) => {
            let mut out = particles.join(" ");
            let mut alts: Vec<String> = Vec::new();
            for seq in &seqs {
                let alt = spell(render(seq));
                if !alts.contains(&alt) {
                    alts.push(alt);
                }
            }
            // An empty alternative (an optional group) asks for no object.
            if !alts.is_empty() && alts.iter().all(|a| !a.is_empty()) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str("... ");
                out.push_str(&alts.join("|"));
            }
            note_reasons(sink, line, text, &mut reasons);
            return Ok(Some(Mapped {
                before,
                suffix: out,
                compound_subject,
                roles,
            }));
        }
        Err(SeqError::Undefined(name)) => {
            sink.note(
                line,
                NoteKind::Unsupported,
                "undefined synset",
                format!("{name} in {}", text.trim()),
            );
            return Ok(None);
        }
        Err(SeqError::TooMany) => reasons.push("object phrases reduced to their last word"),
    }
    // Too many combinations: object groups reduced to their head words.
    // Object groups: a bracketed group, or a run of bare words.
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
            Item::Marker(_) | Item::Verb => {
                if depth == 0 && !cur.is_empty() {
                    groups.push(std::mem::take(&mut cur));
                }
            }
            Item::Word(_) | Item::Syn(_) | Item::Bar => cur.push(it),
            Item::Glue => {}
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
    note_reasons(sink, line, text, &mut reasons);
    let mut out = particles.join(" ");
    if !alternatives.is_empty() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str("... ");
        let alternatives: Vec<String> = alternatives.into_iter().map(spell).collect();
        out.push_str(&alternatives.join("|"));
    }
    Ok(Some(Mapped {
        before,
        suffix: out,
        compound_subject,
        roles,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    fn map(text: &str, syn: &Synsets) -> (Option<String>, Vec<String>) {
        let (r, notes) = map_full(text, syn);
        (r.map(|m| m.suffix), notes)
    }

    fn map_full(text: &str, syn: &Synsets) -> (Option<Mapped>, Vec<String>) {
        let mut sink = Sink::new("t.verbs", Options::default());
        let r = map_pattern(&mut sink, 1, text, syn, WordMatch::Plurals).unwrap();
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
        assert_eq!(map(" * (TO BORDER) ", &syn).0.unwrap(), "... to~border");
        assert_eq!(map(" * (TO) ", &syn).0.unwrap(), "to");
        assert_eq!(map(" * OFF ", &syn).0.unwrap(), "off");
        assert_eq!(
            map(" * &ARMS ", &syn).0.unwrap(),
            "... weapon|heavy_gun|bullet"
        );
        assert_eq!(map(" * WITH % ", &syn).0.unwrap(), "with");
        let (r, notes) = map(" * FULL_TIES + (WITH_EMBASSY) ", &syn);
        assert_eq!(r.unwrap(), "... full_ties~with_embassy");
        assert!(notes.is_empty(), "{notes:?}");
        let (m, all) = role_marks(&items(" + * FROM $ "), 1);
        assert!(all && m.subject_is_target && m.source_before.is_none());
        assert_eq!(m.to_string(), "+subject $after:from");
        let (m, all) = role_marks(&items(" NOTED + * "), 2);
        assert!(all);
        assert_eq!(m.to_string(), "+subject $before:noted");
        let (m, all) = role_marks(&items(" + HOSTING * TABASKI ^ $ "), 2);
        assert!(all);
        assert_eq!(m.to_string(), "+before:hosting $after:tabaski^");
        let (m, _) = role_marks(&items(" * IFTAR AT ^ ^ + "), 0);
        assert_eq!(m.to_string(), "+after:at^^");
        // A target right after the verb's particles is where dyad looks anyway.
        assert!(role_marks(&items(" * TO + "), 0).0.is_empty());
        // A marker after a bracketed group cannot be said.
        assert!(!role_marks(&items(" * (WITH ARMS) $ "), 0).1);
        assert_eq!(
            map(" * NEW_&ARMS_DEAL ", &syn).0.unwrap(),
            "... new_weapon_deal|new_heavy_gun_deal|new_bullet_deal"
        );
        assert_eq!(
            map(" * { WAR | PEACE } TALKS ", &syn).0.unwrap(),
            "... war~talks|peace~talks"
        );
        let many: Vec<String> = (0..70).map(|i| format!("W{i}")).collect();
        syn.insert("&MANY".into(), many);
        let (r, notes) = map(" * &MANY &AMMO_DEAL ", &syn);
        assert_eq!(r.unwrap(), "... deal");
        assert_eq!(notes, ["pattern simplified"]);
        let (r, notes) = map_full(" SOLDIERS_ * ", &syn);
        assert_eq!(r.unwrap().before, [[("soldiers".to_string(), true)]]);
        assert!(notes.is_empty());
        syn.insert("&NEG".into(), vec!["NOT".into(), "WILL_NOT".into()]);
        let r = map_full(" % &NEG * TO ", &syn).0.unwrap();
        let w = |s: &str, g: bool| (s.to_string(), g);
        assert_eq!(
            r.before,
            [
                vec![w("not", false)],
                vec![w("will", true), w("not", false)]
            ]
        );
        assert_eq!(r.suffix, "to");
        let (r, notes) = map_full(" (A | B) * ", &syn);
        assert!(r.is_none());
        assert_eq!(notes, ["alternatives before the verb"]);
        assert_eq!(map(" + * { WAS | WERE } ", &syn).0.unwrap(), "... was|were");
        assert_eq!(map(" * { | AGAIN } ", &syn).0.unwrap(), "");
    }

    #[test]
    fn codes() {
        let mut sink = Sink::new("t", Options::default());
        assert_eq!(
            primary_code(&mut sink, 1, "042:043").as_deref(),
            Some("042/043")
        );
        assert_eq!(primary_code(&mut sink, 2, "---").as_deref(), Some("---"));
        assert_eq!(primary_code(&mut sink, 3, ":043").as_deref(), Some("/043"));
        assert_eq!(primary_code(&mut sink, 4, "075A").as_deref(), Some("075A"));
        assert_eq!(primary_code(&mut sink, 5, "0 7"), None);
        assert_eq!(sink.import.notes.len(), 2);
    }

    #[test]
    fn undefined_synset_is_noted() {
        let (r, notes) = map(" * &NOPE ", &Synsets::new());
        assert!(r.is_none());
        assert_eq!(notes, ["undefined synset"]);
    }
}
