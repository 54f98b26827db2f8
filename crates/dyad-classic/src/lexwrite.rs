//! Writes a lexicon in dyad's `.lex` format (`lexicon/FORMAT.md`).

use crate::{Lexicon, Note, NoteKind, Section};

fn section_name(s: Section) -> &'static str {
    match s {
        Section::Actors => "actors",
        Section::Agents => "agents",
        Section::Verbs => "verbs",
        Section::Nouns => "nouns",
        Section::Reporting => "reporting",
        Section::Inflections => "inflections",
        Section::Discards => "discards",
    }
}

/// Renders `lex` as `.lex` text, one line per entry, grouped by section in
/// the order sections first appear. Phrases the format cannot carry (with `#`,
/// a ` | `, or a `:` in an inflection) are left out and noted in `notes`.
pub fn to_lex(lex: &Lexicon, notes: &mut Vec<Note>) -> String {
    let mut order: Vec<Section> = Vec::new();
    for e in &lex.entries {
        if !order.contains(&e.section) {
            order.push(e.section);
        }
    }
    let mut out = String::from("# Written by `dyad lexicon import`; see lexicon/FORMAT.md.\n");
    for sec in order {
        out.push_str(&format!("\n[{}]\n", section_name(sec)));
        for e in lex.entries.iter().filter(|e| e.section == sec) {
            let mut phrases: Vec<&str> = Vec::new();
            for p in &e.phrases {
                let bad = p.contains('#')
                    || p.contains('\n')
                    || (sec != Section::Verbs && p.contains('|'))
                    || p.contains(" | ");
                if bad {
                    notes.push(Note {
                        file: e.file.clone(),
                        line: e.line,
                        kind: NoteKind::Unsupported,
                        what: "phrase not writable in .lex",
                        detail: p.clone(),
                    });
                } else {
                    phrases.push(p);
                }
            }
            if phrases.is_empty() {
                continue;
            }
            // A code dyad's codebook does not have (a dictionary's own actor
            // codes, several actors at once, event codes outside CAMEO) is
            // written with `!`: kept as written, as the classic reader keeps it.
            let bang = if dyad_lexicon::needs_bang(sec, &e.key) {
                "!"
            } else {
                ""
            };
            let key = if e.valid.is_always() {
                format!("{bang}{}", e.key)
            } else {
                format!("{bang}{} {}", e.key, e.valid)
            };
            out.push_str(&format!(
                "{key} : {}  # {}:{}\n",
                phrases.join(" | "),
                e.file,
                e.line
            ));
        }
    }
    out
}
