//! Demands voiced as obligations: "France said Iraq must cooperate", "Iraq
//! should withdraw its troops, the UN said". CAMEO codes these as demands (10)
//! by the speaker on the obliged actor; the obliged act itself is not coded
//! (the predicate is modal).
//!
//! Wishes about another actor's act are appeals (02): "Obama wants Putin to
//! attack Switzerland" is Obama's appeal to Putin; the attack is not coded.

use dyad_lexicon::Compiled;
use dyad_text::Token;

use crate::mentions::Mention;
use crate::predicates::{verb_group_start, Predicate};
use crate::roles::{coordination, nearest_left_subject};

/// A demand found through an obligation modal.
#[derive(Debug, Clone, PartialEq)]
pub struct Obligation {
    /// The reporting verb that voices the demand (the event's trigger).
    pub verb: usize,
    /// Mention indices of the speaker and the obliged actor.
    pub source: usize,
    pub target: usize,
    pub code: &'static str,
}

/// Token index of an obligation modal starting at `i`, with its length:
/// must, should, ought to, has/have/had to, need(s) to.
fn obligation_at(tokens: &[Token], i: usize) -> Option<usize> {
    let w = tokens[i].lower.as_str();
    let next_is_to = tokens.get(i + 1).is_some_and(|t| t.lower == "to");
    match w {
        "must" | "should" => Some(1),
        "ought" | "has" | "have" | "had" | "needs" | "need" if next_is_to => Some(2),
        _ => None,
    }
}

/// The CAMEO demand for what the obliged actor is to do (`code` of the
/// complement's trigger, if any).
fn demand_code(code: Option<&str>) -> &'static str {
    let Some(c) = code else { return "100" };
    match c {
        _ if c.starts_with("0871") => "107",
        _ if c.starts_with("087") => "106",
        _ if c.starts_with("04") || c.starts_with("036") => "108",
        _ if c.starts_with("07") || c.starts_with("033") => "103",
        _ if c.starts_with("09") => "101",
        _ if c.starts_with("085") || c.starts_with("081") => "1043",
        _ => "100",
    }
}

/// The CAMEO appeal for what the addressee is asked to do.
fn appeal_code(code: Option<&str>) -> &'static str {
    let Some(c) = code else { return "020" };
    match c {
        _ if c.starts_with("04") || c.starts_with("036") => "026",
        _ if c.starts_with("07") || c.starts_with("033") => "023",
        _ if c.starts_with("06") || c.starts_with("031") => "021",
        _ if c.starts_with("08") || c.starts_with("035") => "025",
        _ if c.starts_with("05") || c.starts_with("032") => "022",
        _ => "020",
    }
}

/// Is `i` a verb of wishing about someone else ("wants", "wanted", "would
/// like") whose object is followed by a `to` infinitive?
fn wish_at(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if !t.tag.is_verb() {
        return false;
    }
    matches!(t.lower.as_str(), "want" | "wants" | "wanted" | "wanting")
        || (matches!(t.lower.as_str(), "like" | "prefer")
            && i > 0
            && matches!(tokens[i - 1].lower.as_str(), "would" | "'d"))
}

/// Finds appeals voiced as wishes: "X wants Y to VERB" → X appeals to Y (02).
pub fn find_appeals(
    tokens: &[Token],
    mentions: &[Mention],
    predicates: &[Predicate],
) -> Vec<Obligation> {
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        if !wish_at(tokens, i) {
            continue;
        }
        // The addressee directly follows ("wants Putin", "wants the rebels"),
        // and a `to` infinitive follows it.
        let Some(target) = mentions
            .iter()
            .position(|m| m.first > i && m.first <= i + 2)
        else {
            continue;
        };
        let after = mentions[target].end;
        let infinitive = tokens.get(after).is_some_and(|t| t.lower == "to")
            && tokens.get(after + 1).is_some_and(|t| t.tag.is_verb());
        if !infinitive
            || tokens[i + 1..mentions[target].first]
                .iter()
                .any(|t| !matches!(t.tag, dyad_text::Tag::DT | dyad_text::Tag::PRPS))
        {
            continue;
        }
        // "does not want Iran to…", "might want Obama to…" is no appeal.
        let group = verb_group_start(tokens, i);
        if tokens[group..i].iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "not" | "n't" | "never" | "might" | "may" | "could" | "should" | "must"
            )
        }) {
            continue;
        }
        let Some(source) = nearest_left_subject(tokens, mentions, group) else {
            continue;
        };
        let complement = predicates
            .iter()
            .find(|p| p.group_start == after)
            .map(|p| p.code.as_str());
        let code = appeal_code(complement);
        push_each_target(tokens, mentions, i, source, target, code, &mut out);
    }
    out
}

/// One obligation of `source` towards each actor coordinated with `target`
/// ("the government and the rebels must …": each is obliged), none towards
/// itself.
fn push_each_target(
    tokens: &[Token],
    mentions: &[Mention],
    verb: usize,
    source: usize,
    target: usize,
    code: &'static str,
    out: &mut Vec<Obligation>,
) {
    for t in coordination(tokens, mentions, target) {
        if mentions[source].code != mentions[t].code {
            out.push(Obligation {
                verb,
                source,
                target: t,
                code,
            });
        }
    }
}

/// Finds demands voiced through obligation modals in one sentence.
pub fn find_obligations(
    lex: &Compiled,
    tokens: &[Token],
    mentions: &[Mention],
    predicates: &[Predicate],
) -> Vec<Obligation> {
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        let Some(len) = obligation_at(tokens, i) else {
            continue;
        };
        // The obliged actor: the subject just before the modal ("the rebels in
        // Darfur must"), not inside a PP and not far off.
        let Some(target) =
            nearest_left_subject(tokens, mentions, i).filter(|&t| i - mentions[t].end <= 4)
        else {
            continue;
        };
        let complement = predicates
            .iter()
            .find(|p| p.first >= i + len && p.first <= i + len + 3)
            .map(|p| p.code.as_str());
        let code = demand_code(complement);
        // The speaker: "X said (that) TARGET must…" …
        let t_first = mentions[target].first;
        let mut k = t_first;
        let mut verb = None;
        while k > 0 && t_first - k < 6 {
            k -= 1;
            if lex.is_reporting(&tokens[k].lower) && tokens[k].tag.is_verb() {
                verb = Some(k);
                break;
            }
        }
        let speaker = match verb {
            Some(v) => {
                nearest_left_subject(tokens, mentions, verb_group_start(tokens, v)).map(|s| (v, s))
            }
            // … or "TARGET must…, X said" / ", said X".
            None => (i..tokens.len())
                .find(|&v| {
                    { v > 0 && tokens[v - 1].lower == "," || v > 1 && tokens[v - 2].lower == "," }
                        .then_some(())
                        .is_some()
                        && lex.is_reporting(&tokens[v].lower)
                        && tokens[v].tag.is_verb()
                })
                .and_then(|v| {
                    let before = mentions.iter().position(|m| m.end == v && m.first > i);
                    let after = mentions
                        .iter()
                        .position(|m| m.first == v + 1 || m.first == v + 2);
                    before.or(after).map(|s| (v, s))
                }),
        };
        if let Some((v, source)) = speaker {
            push_each_target(tokens, mentions, v, source, target, code, &mut out);
        }
    }
    out
}
