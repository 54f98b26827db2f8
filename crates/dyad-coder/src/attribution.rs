//! The reporting chain: who says the sentence's events happened.
//!
//! "…, AFP reported, citing Iranian state media" → `["AFP", "Iranian state
//! media"]`; "according to the report" → `["the report"]`; "The Iranian agencies
//! quoted Akhundov as having assured…" → `["The Iranian agencies"]` (Akhundov is
//! the actor, not a reporter).

use dyad_lexicon::Compiled;
use dyad_text::{Tag, Token};

/// A reporter noun phrase: token range.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reporter {
    pub first: usize,
    pub end: usize,
}

fn np_token(t: &Token) -> bool {
    t.tag.is_noun()
        || t.tag.is_adjective()
        || matches!(t.tag, Tag::DT | Tag::CD | Tag::POS)
        || t.lower == "'s"
}

fn is_personal_pronoun(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who" | "which" | "that"
    )
}

/// The noun phrase ending just before `end` (at most 8 tokens).
fn np_before(tokens: &[Token], end: usize) -> Option<Reporter> {
    let mut s = end;
    // "US Deputy Secretary of Energy Jeffrey Kupfer": `of` between nouns stays.
    while s > 0
        && end - s < 10
        && (np_token(&tokens[s - 1])
            || (tokens[s - 1].lower == "of" && s >= 2 && tokens[s - 2].tag.is_noun()))
    {
        s -= 1;
    }
    // Must contain a noun and not start with a possessive clitic.
    while s < end && matches!(tokens[s].tag, Tag::POS) {
        s += 1;
    }
    tokens[s..end]
        .iter()
        .any(|t| t.tag.is_noun())
        .then_some(Reporter { first: s, end })
}

/// Names coordinated with a reporter before it: "Obama and Putin said" (both
/// report), "France, Germany and Britain said". Only names: "troops shelled the
/// town and officials said" joins two clauses, not two speakers, and "U.S. and
/// Iraqi officials said" is one speaker. A list with
/// commas must start the clause: in "Iran attacked Iraq, Reuters and AFP
/// reported" Iraq is the object, not a reporter.
fn coordinated_before(tokens: &[Token], r: Reporter) -> Vec<Reporter> {
    let is_name = |n: &Reporter| tokens[n.end - 1].tag.is_proper_noun();
    let mut out = Vec::new();
    // "U.S. and Iraqi officials said": one speaker with coordinated modifiers.
    if !is_name(&r) {
        return out;
    }
    let mut first = r.first;
    if first >= 2 && tokens[first - 1].lower == "and" {
        if let Some(n) = np_before(tokens, first - 1).filter(is_name) {
            out.push(n);
            first = n.first;
        }
    }
    let mut listed = Vec::new();
    while !out.is_empty() && first >= 2 && tokens[first - 1].lower == "," {
        let Some(n) = np_before(tokens, first - 1).filter(is_name) else {
            break;
        };
        listed.push(n);
        first = n.first;
    }
    let starts_clause = |n: &Reporter| {
        n.first == 0
            || matches!(
                tokens[n.first - 1].lower.as_str(),
                "," | ";" | ":" | "but" | "while" | "and" | "\""
            )
    };
    // The list runs out to its outermost item that can start a clause.
    if let Some(k) = listed.iter().rposition(starts_clause) {
        out.extend(&listed[..=k]);
    }
    out
}

/// The noun phrase starting at `start`.
fn np_after(tokens: &[Token], start: usize) -> Option<Reporter> {
    let mut e = start;
    while e < tokens.len() && e - start < 8 && np_token(&tokens[e]) {
        e += 1;
    }
    // "the report in the London Times": keep "of/in" + proper noun tails short.
    tokens[start..e]
        .iter()
        .any(|t| t.tag.is_noun())
        .then_some(Reporter {
            first: start,
            end: e,
        })
}

/// Reporters of one sentence, in order of appearance.
///
/// A reporting verb that is itself an event trigger ("acknowledged",
/// "confirmed the purchase") has an actor, not a reporter, as subject: `triggers`
/// lists the token indices of the sentence's triggers.
pub fn find_reporters(lex: &Compiled, tokens: &[Token], triggers: &[usize]) -> Vec<Reporter> {
    let mut out: Vec<Reporter> = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        let w = t.lower.as_str();
        if w == "according" && tokens.get(i + 1).is_some_and(|n| n.lower == "to") {
            out.extend(np_after(tokens, i + 2));
            continue;
        }
        // The tag first: most tokens are no verb and need no lookup.
        if !((t.tag.is_verb() || t.tag == Tag::X) && lex.is_reporting(w)) || triggers.contains(&i) {
            continue;
        }
        if crate::predicates::is_participle_modifier(tokens, i) {
            continue; // "alleged cooperation"
        }
        let is_cite = w.starts_with("cit") || w.starts_with("quot");
        // Subject: the NP just before the verb (skipping "reportedly"-type adverbs);
        // or after it in an inverted ", said the ministry".
        let mut k = i;
        while k > 0
            && (tokens[k - 1].tag.is_adverb()
                || matches!(
                    tokens[k - 1].lower.as_str(),
                    "has" | "have" | "had" | "was" | "were"
                ))
        {
            k -= 1;
        }
        let subject = if k > 0 && is_personal_pronoun(&tokens[k - 1]) {
            None
        } else if t.tag == Tag::VBG {
            // "…, citing state media": the participle's subject is the previous reporter.
            None
        } else {
            np_before(tokens, k).or_else(|| {
                (k > 0 && tokens[k - 1].lower == ",")
                    .then(|| np_after(tokens, i + 1))
                    .flatten()
            })
        };
        if let Some(s) = subject {
            for r in std::iter::once(s).chain(coordinated_before(tokens, s)) {
                if !out.contains(&r) {
                    out.push(r);
                }
            }
        }
        if is_cite {
            if let Some(o) = np_after(tokens, i + 1) {
                // "quoted Akhundov as having assured": the quoted person is the actor.
                let as_follows = tokens.get(o.end).is_some_and(|n| n.lower == "as");
                let quoted_person = w.starts_with("quot") && as_follows;
                if !quoted_person && !out.contains(&o) {
                    out.push(o);
                }
            }
        }
    }
    out.sort_by_key(|r| r.first);
    out.dedup();
    out
}
