//! Who did it to whom: source and target of each predicate from clause
//! structure (active and passive voice, coordination, infinitives, relative
//! clauses, `by`-phrases, noun triggers with possessors and prepositions).

use dyad_lexicon::{Anchor, RoleMarks};
use dyad_text::{Tag, Token};

use crate::mentions::Mention;
use crate::predicates::{Predicate, TriggerKind};

/// Words that end the clause a target may be found in.
fn ends_clause(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        ";" | ":"
            | "."
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "because"
            | "while"
            | "whereas"
            | "but"
            | "although"
            | "though"
            | "after"
            | "before"
            | "when"
            | "since"
            | "until"
            | "if"
            | "unless"
            | "as"
    ) || t.lower == "\""
}

/// Can the token stand inside a noun phrase before its head or be its head
/// (determiners, numbers, possessives, adjectives, nouns)?
fn in_noun_phrase(t: &Token) -> bool {
    matches!(t.tag, Tag::DT | Tag::CD | Tag::PRPS | Tag::PDT)
        || t.tag.is_adjective()
        || t.tag.is_noun()
}

/// Nouns that head a partitive or quantity phrase ("hundreds of …").
fn is_quantity_head(w: &str) -> bool {
    matches!(
        w,
        "hundreds"
            | "thousands"
            | "dozens"
            | "scores"
            | "millions"
            | "tens"
            | "some"
            | "many"
            | "most"
            | "all"
            | "members"
            | "member"
            | "one"
            | "two"
            | "three"
            | "several"
            | "group"
            | "groups"
            | "team"
            | "unit"
            | "units"
            | "contingent"
            | "delegation"
            | "number"
            | "majority"
            | "hundred"
            | "thousand"
            | "dozen"
            | "few"
            | "none"
    )
}

/// Verbs whose object event happens to their subject.
fn is_receiving_verb(w: &str) -> bool {
    matches!(
        w,
        "receive"
            | "received"
            | "receives"
            | "receiving"
            | "get"
            | "got"
            | "gets"
            | "getting"
            | "face"
            | "faced"
            | "faces"
            | "facing"
            | "suffer"
            | "suffered"
            | "suffers"
            | "draw"
            | "drew"
            | "drawn"
            | "draws"
            | "sustain"
            | "sustained"
            | "endure"
            | "endured"
            | "survive"
            | "survived"
    )
}

/// Forms of the verbs that close a sentence-final attribution.
fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "reported"
            | "reports"
            | "stated"
            | "states"
            | "declared"
            | "announced"
            | "noted"
            | "wrote"
            | "writes"
            | "confirmed"
            | "quoted"
            | "claimed"
            | "insisted"
            | "explained"
    )
}

/// One past the last token a verb at `i` may take particles, objects or
/// targets from.
pub fn clause_end(tokens: &[Token], i: usize) -> usize {
    let mut k = i + 1;
    while k < tokens.len() {
        // "allowed that Mordor is a pleasant place": a complement clause
        // right after the verb is part of what it says.
        let complement = k == i + 1 && tokens[k].lower == "that";
        if ends_clause(&tokens[k]) && !complement {
            break;
        }
        // ", US Deputy Secretary of Energy Jeffrey Kupfer said": a comma, a noun
        // phrase and a speech verb close the clause.
        if tokens[k].lower == "," {
            let mut j = k + 1;
            while j < tokens.len()
                && j - k <= 12
                && (tokens[j].tag.is_noun()
                    || tokens[j].tag.is_adjective()
                    || matches!(tokens[j].tag, Tag::DT | Tag::POS | Tag::CD)
                    || matches!(tokens[j].lower.as_str(), "of" | "'s"))
            {
                j += 1;
            }
            if j > k + 1 && tokens.get(j).is_some_and(|t| is_speech_verb(&t.lower)) {
                break;
            }
        }
        // "condemned an attack … and promised aid to …": a coordinated verb
        // phrase is a clause of its own, unless the first verb's preposition
        // waits for a shared object ("established ties with and opened an
        // embassy in Tehran").
        if matches!(tokens[k].lower.as_str(), "and" | "but")
            && !matches!(tokens[k - 1].tag, Tag::IN | Tag::TO)
        {
            let mut j = k + 1;
            while tokens.get(j).is_some_and(|t| t.tag == Tag::RB) {
                j += 1;
            }
            if tokens
                .get(j)
                .is_some_and(|t| matches!(t.tag, Tag::VBD | Tag::VBZ | Tag::VBP))
            {
                break;
            }
        }
        // ", AFP reported" and similar: a comma then a new finite verb group.
        if tokens[k].lower == "," {
            let next_verb = tokens[k + 1..]
                .iter()
                .take(4)
                .position(|t| matches!(t.tag, Tag::VBD | Tag::VBZ | Tag::VBP));
            let next_np_then_verb = next_verb.is_some_and(|n| n > 0);
            if next_np_then_verb || tokens.get(k + 1).is_some_and(|t| t.tag == Tag::VBG) {
                break;
            }
        }
        k += 1;
    }
    k
}

/// Is the mention the object of a preposition ("in Azerbaijan", "to Tehran")?
pub fn in_pp(tokens: &[Token], m: &Mention) -> Option<String> {
    let mut k = m.first;
    while k > 0 {
        let t = &tokens[k - 1];
        // Determiners, numbers and adjectives before the noun.
        if matches!(t.tag, Tag::DT | Tag::PRPS | Tag::CD | Tag::PDT) || t.tag.is_adjective() {
            k -= 1;
            continue;
        }
        break;
    }
    if k == 0 {
        return None;
    }
    let t = &tokens[k - 1];
    // "Hundreds of UN troops", "members of the cell": the head is a quantity or a
    // part, so the object of `of` is who acts.
    if t.lower == "of" && k >= 2 && is_quantity_head(&tokens[k - 2].lower) {
        return None;
    }
    // The closed class of prepositions, not the tag: taggers mislabel headline nouns.
    if matches!(
        t.lower.as_str(),
        "to" | "of"
            | "in"
            | "from"
            | "with"
            | "against"
            | "on"
            | "at"
            | "by"
            | "for"
            | "over"
            | "into"
            | "toward"
            | "towards"
            | "like"
            | "including"
            | "among"
            | "between"
            | "near"
            | "inside"
            | "within"
            | "across"
            | "about"
            | "through"
            | "under"
            | "behind"
    ) {
        Some(t.lower.clone())
    } else {
        None
    }
}

/// Indices of the mentions coordinated with `idx` ("Iran, Iraq and Syria").
pub fn coordination(tokens: &[Token], mentions: &[Mention], idx: usize) -> Vec<usize> {
    let joined = |a: &Mention, b: &Mention| -> bool {
        if b.first < a.end {
            return false;
        }
        let gap = &tokens[a.end..b.first];
        // Modifiers may stand after the conjunction: "Fornost and the
        // embattled Gondor", "Iran and its ally Syria" (taggers take some
        // adjectives for nouns).
        let conj = gap
            .iter()
            .position(|t| matches!(t.lower.as_str(), "and" | "," | "or" | "nor"));
        !gap.is_empty()
            && gap.len() <= 5
            && conj.is_some()
            && gap.iter().enumerate().all(|(k, t)| {
                matches!(t.lower.as_str(), "and" | "," | "or" | "nor" | "the")
                    || t.tag == Tag::DT
                    || (matches!(t.tag, Tag::NN | Tag::PRPS) || t.tag.is_adjective())
                        && conj.is_some_and(|c| c < k)
            })
    };
    // One actor with several codes is several mentions on the same words.
    let same = |a: &Mention, b: &Mention| crate::mentions::same_span(a, b);
    let mut first = idx;
    while first > 0
        && (same(&mentions[first - 1], &mentions[first])
            || joined(&mentions[first - 1], &mentions[first]))
    {
        first -= 1;
    }
    let mut last = idx;
    while last + 1 < mentions.len()
        && (same(&mentions[last], &mentions[last + 1])
            || joined(&mentions[last], &mentions[last + 1])
                && !is_trailing_speaker(tokens, &mentions[last + 1]))
    {
        last += 1;
    }
    // "both Iran and Iraq" are separate actors; "Iran and Iraq's border" still two.
    (first..=last).collect()
}

/// Source and target mention indices of a predicate.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Roles {
    pub sources: Vec<usize>,
    pub targets: Vec<usize>,
}

pub fn nearest_left_subject(
    tokens: &[Token],
    mentions: &[Mention],
    before: usize,
) -> Option<usize> {
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.end <= before && in_pp(tokens, m).is_none())
        .max_by_key(|(_, m)| m.end)
        .map(|(i, _)| i)
}

/// Is the mention the speaker of a trailing attribution (", the foreign
/// ministry said", ", said Defence Minister Joxe")? A speaker is no target.
fn is_trailing_speaker(tokens: &[Token], m: &Mention) -> bool {
    // Determiners and modifiers before the speaker: ", a clearly senior official said".
    let mut k = m.first;
    while k > 0
        && m.first - k < 6
        && (matches!(tokens[k - 1].tag, Tag::DT | Tag::RB | Tag::CD | Tag::VBN)
            || tokens[k - 1].tag.is_adjective())
    {
        k -= 1;
    }
    let before = |k: usize| k.checked_sub(1).map(|j| tokens[j].lower.as_str());
    // ", the World Food Program (WFP) said": skip a parenthesis.
    let mut after = m.end;
    // ", the Kenyan newspaper Daily Nation said": a name after the speaker.
    while after < tokens.len() && after < m.end + 3 && tokens[after].tag.is_proper_noun() {
        after += 1;
    }
    if tokens.get(after).is_some_and(|t| t.lower == "(") {
        if let Some(close) = (after..tokens.len().min(after + 6)).find(|&k| tokens[k].lower == ")")
        {
            after = close + 1;
        }
    }
    let speech_after = tokens.get(after).is_some_and(|t| is_speech_verb(&t.lower));
    (before(k) == Some(",") && speech_after)
        || (before(k).is_some_and(is_speech_verb) && before(k - 1) == Some(","))
}

fn first_right(
    tokens: &[Token],
    mentions: &[Mention],
    from: usize,
    to: usize,
    skip_by: bool,
) -> Option<usize> {
    let in_range: Vec<usize> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.first >= from && m.first < to && !is_trailing_speaker(tokens, m))
        .filter(|(_, m)| !skip_by || in_pp(tokens, m).as_deref() != Some("by"))
        .map(|(i, _)| i)
        .collect();
    // Prefer the first mention with a country: "sent troops to Syria"; a
    // place named with "at" only when no other actor follows: "celebrated
    // the holiday at Geneva with Iran". ("in" is too often a particle:
    // "called in Iran's ambassador".)
    let place = |i: usize| in_pp(tokens, &mentions[i]).as_deref() == Some("at");
    in_range
        .iter()
        .copied()
        .find(|&i| mentions[i].has_country() && !place(i))
        .or_else(|| {
            in_range
                .iter()
                .copied()
                .find(|&i| mentions[i].has_country())
        })
        .or_else(|| in_range.first().copied())
}

/// The agent of a passive: the actor heading a `by` phrase. An actor that only
/// modifies the phrase's head noun ("by the Malaysia Airlines flight crash")
/// is not the agent.
fn by_agent(tokens: &[Token], mentions: &[Mention], from: usize, to: usize) -> Option<usize> {
    mentions
        .iter()
        .enumerate()
        .find(|(_, m)| m.first >= from && m.first < to && in_pp(tokens, m).as_deref() == Some("by"))
        .filter(|(_, m)| {
            // The phrase's head noun: the mention's own, or one after it that
            // is itself an actor ("the U.N. war crimes court").
            let mut head = m.end;
            while tokens.get(head).is_some_and(|t| t.tag.is_noun()) {
                head += 1;
            }
            head == m.end || mentions.iter().any(|x| x.first < head && x.end >= head)
        })
        .map(|(i, _)| i)
}

/// A country-less target followed by a relative clause naming an actor: "a
/// terrorist cell whose members belonged to the Hizbullah group".
fn through_relative_clause(tokens: &[Token], mentions: &[Mention], t: usize) -> usize {
    let m = &mentions[t];
    if m.has_country() {
        return t;
    }
    // The relative pronoun may follow the mention's head noun: "a terrorist cell whose".
    let Some(rel) = (m.end..(m.end + 3).min(tokens.len()))
        .take_while(|&k| tokens[k].kind != dyad_text::TokenKind::Punct)
        .find(|&k| matches!(tokens[k].lower.as_str(), "whose" | "who" | "that" | "which"))
    else {
        return t;
    };
    mentions
        .iter()
        .enumerate()
        .find(|(_, x)| x.first > rel && x.first <= rel + 10 && x.has_country())
        .map(|(i, _)| i)
        .unwrap_or(t)
}

/// A sentence-final attribution frame closed or opened by the speech verb of
/// predicate `p` (", the foreign ministry said on Monday", ", said Defence
/// Minister Joxe"): a main clause stands before the comma and the frame
/// reports it. Returns the token range where the speaker stands.
fn trailing_frame(tokens: &[Token], p: &Predicate) -> Option<(usize, usize)> {
    if p.passive || !is_speech_verb(&tokens[p.head].lower) {
        return None;
    }
    // Nothing but adverbials may follow the frame: no new clause, no quote.
    let tail_has_clause = tokens[p.end..].iter().any(|t| {
        matches!(t.tag, Tag::VBD | Tag::VBZ | Tag::VBP)
            || matches!(t.lower.as_str(), "that" | "\"" | ":" | ";")
    });
    if tail_has_clause {
        return None;
    }
    let np_word = |t: &Token| {
        t.tag.is_noun()
            || t.tag.is_adjective()
            || matches!(t.tag, Tag::DT | Tag::POS | Tag::CD | Tag::PRP)
            || matches!(t.lower.as_str(), "of" | "'s" | "in" | "(" | ")")
    };
    let main_clause = |comma: usize| tokens[..comma].iter().any(|t| t.tag.is_verb());
    // ", X said": a noun phrase between a comma and the verb group.
    let mut k = p.group_start;
    while k > 0 && p.group_start - k < 12 && np_word(&tokens[k - 1]) {
        k -= 1;
    }
    if k > 0 && k < p.group_start && tokens[k - 1].lower == "," && main_clause(k - 1) {
        return Some((k, p.group_start));
    }
    // ", said X": the speaker follows the verb.
    if p.group_start == p.head
        && p.head > 0
        && tokens[p.head - 1].lower == ","
        && main_clause(p.head - 1)
    {
        let mut e = p.end;
        while e < tokens.len() && e - p.end < 12 && np_word(&tokens[e]) {
            e += 1;
        }
        if e > p.end {
            return Some((p.end, e));
        }
    }
    None
}

/// Assigns roles to predicate `p`; `previous` holds the roles of the earlier
/// predicates of the same sentence.
pub fn assign(
    tokens: &[Token],
    mentions: &[Mention],
    predicates: &[Predicate],
    pi: usize,
    previous: &[Roles],
) -> Roles {
    let p = &predicates[pi];
    // A trailing attribution reports the main clause; its own act, if the
    // lexicon codes speech at all, is the speaker's alone: the main clause's
    // actors are neither its source nor its target.
    if let Some((first, end)) = trailing_frame(tokens, p) {
        let source = mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.first >= first && m.end <= end)
            .filter(|(_, m)| in_pp(tokens, m).is_none())
            .map(|(i, _)| i)
            .next_back();
        return Roles {
            sources: source.into_iter().collect(),
            targets: Vec::new(),
        };
    }
    let end = clause_end(tokens, p.end.max(p.head));
    let mut source = None;
    let mut target = None;
    match p.kind {
        TriggerKind::Verb if p.passive => {
            target = nearest_left_subject(tokens, mentions, p.group_start);
            source = by_agent(tokens, mentions, p.end, end).or_else(|| {
                // "killed in Israeli tank shelling", "wounded in a U.S. air strike":
                // the actor modifying the noun of the means.
                mentions.iter().position(|m| {
                    m.first >= p.end
                        && m.first < end
                        && m.has_country()
                        && predicates.iter().any(|q| {
                            q.kind == TriggerKind::Noun && q.first >= m.end && q.first <= m.end + 2
                        })
                })
            });
        }
        TriggerKind::Verb => {
            let before = p.group_start.checked_sub(1).map(|k| &tokens[k]);
            let starts_with_to = tokens[p.group_start].lower == "to";
            let coordinated =
                before.is_some_and(|t| matches!(t.lower.as_str(), "," | "and" | "but" | "then"));
            let relative =
                before.is_some_and(|t| matches!(t.lower.as_str(), "who" | "which" | "that"));
            // "a US offer to host": the predicate right before; "condemned an
            // attack by X and promised …": the earlier verb, not a noun
            // trigger in its object.
            let prev_verb = if starts_with_to {
                pi.checked_sub(1)
            } else {
                (0..pi)
                    .rev()
                    .find(|&q| predicates[q].kind == TriggerKind::Verb)
            };
            if let Some(prev_i) = prev_verb.filter(|_| starts_with_to || coordinated) {
                // "Iran summons X, warns him": the earlier predicate's subject,
                // unless a new subject stands between the two.
                let prev = &predicates[prev_i];
                let new_subject = mentions.iter().any(|m| {
                    m.first >= prev.end
                        && m.end <= p.group_start
                        && in_pp(tokens, m).is_none()
                        && !is_object_of(tokens, prev, m)
                });
                if !new_subject {
                    // "has been indicted by X and will resign": a passive's
                    // subject is its target.
                    let r = &previous[prev_i];
                    source = if prev.passive {
                        r.targets.first()
                    } else {
                        r.sources.first()
                    }
                    .copied();
                }
            }
            if source.is_none() {
                let limit = if relative {
                    p.group_start - 1
                } else {
                    p.group_start
                };
                source = nearest_left_subject(tokens, mentions, limit);
                // "the militant group that has seized…": the antecedent stands right
                // before the relative pronoun; if it is no actor, the subject is
                // unknown rather than some earlier actor.
                if relative && source.is_some_and(|s| mentions[s].end < limit) {
                    source = None;
                }
            }
            target = first_right(tokens, mentions, p.end, end, true);
            // Reactions aim at whoever did the thing reacted to: "rejected calls by
            // Belarus's rulers", "is investigating crimes by Croatian extremists
            // against Serb civilians".
            if matches!(p.code.get(..2), Some("09" | "10" | "11" | "12")) {
                if let Some(b) = by_agent(tokens, mentions, p.end, end) {
                    target = Some(b);
                }
            }
            // "welcomed the memos sent by Sweden": an object whose participle
            // names its author; the author is who the act responds to.
            if target.is_none() {
                if let Some(b) = by_agent(tokens, mentions, p.end, end) {
                    let by = (p.end..mentions[b].first)
                        .rev()
                        .find(|&k| tokens[k].lower == "by");
                    if by.is_some_and(|k| k > p.end && tokens[k - 1].tag == Tag::VBN) {
                        target = Some(b);
                    }
                }
            }
            // "condemned an attack by Osgiliath soldiers in south Ithilen": a
            // direct object whose agent follows it names whom the act is about,
            // before any later place or phrase.
            if let Some(b) = by_agent(tokens, mentions, p.end, end) {
                let by = mentions[b].first.checked_sub(1);
                let object_then_by = by.is_some_and(|k| {
                    k > p.end
                        && tokens[k].lower == "by"
                        && tokens[p.end..k].iter().all(in_noun_phrase)
                        && tokens[k - 1].tag.is_noun()
                });
                if object_then_by && target.is_none_or(|t| mentions[t].first > mentions[b].first) {
                    target = Some(b);
                }
            }
            // A conditional threat aims at the condition's subject: "Russia
            // threatened to stop the talks if the United States goes ahead".
            if target.is_none() && p.code.starts_with("13") {
                if let Some(k) = (p.end..tokens.len())
                    .find(|&k| matches!(tokens[k].lower.as_str(), "if" | "unless"))
                {
                    target = mentions.iter().position(|m| {
                        m.first > k && m.first <= k + 3 && in_pp(tokens, m).is_none()
                    });
                }
            }
            // "arrested a smuggling ring whose members belonged to the PKK": an
            // object outside the lexicon, identified by its relative clause.
            if target.is_none()
                && p.end < end
                && tokens
                    .get(end)
                    .is_some_and(|t| matches!(t.lower.as_str(), "whose" | "who" | "that" | "which"))
            {
                target = mentions
                    .iter()
                    .position(|m| m.first > end && m.first <= end + 8 && m.has_country());
            }
            // "The rebels received weapons from the government": the giver is
            // the source, the receiver (the subject) the target.
            if matches!(p.code.get(..2), Some("06" | "07"))
                && is_receiving_verb(&tokens[p.head].lower)
            {
                let giver = mentions.iter().position(|m| {
                    m.first >= p.end && m.first < end && in_pp(tokens, m).as_deref() == Some("from")
                });
                target = source;
                source = giver;
            }
        }
        TriggerKind::Noun => {
            // Possessor: "Iran's protest", "Iran's new offensive".
            let mut k = p.first;
            while k > 0 && tokens[k - 1].tag.is_adjective() {
                k -= 1;
            }
            if k > 0 && tokens[k - 1].lower == "'s" {
                source = mentions.iter().position(|m| m.end == k - 1);
            }
            if let Some(prep) = &p.prep {
                let after = p.end + 1;
                target = mentions.iter().position(|m| {
                    m.first >= after
                        && m.first <= after + 3
                        && in_pp(tokens, m).as_deref() == Some(prep.as_str())
                });
            }
            // A modifier actor: "Israeli tank shelling", "U.S. air strikes".
            if source.is_none() {
                let mut k = p.first;
                while k > 0 && (tokens[k - 1].tag.is_noun() || tokens[k - 1].tag.is_adjective()) {
                    k -= 1;
                    if let Some(i) = mentions
                        .iter()
                        .position(|m| m.end == k + 1 && m.end <= p.first && m.has_country())
                    {
                        source = Some(i);
                        break;
                    }
                }
            }
            if source.is_none() {
                source = by_agent(tokens, mentions, p.end, end);
            }
            // The object of a verb ("launched an attack on", "held talks with",
            // "staged a protest"): the verb's subject is the source. A bare
            // nominal with no such link ("the genocide", "chemical attacks")
            // names no actor and is not coded.
            if source.is_none() {
                let mut k = p.first;
                while k > 0 && p.first - k < 5 {
                    let t = &tokens[k - 1];
                    if in_noun_phrase(t) {
                        k -= 1;
                        continue;
                    }
                    break;
                }
                if k > 0 && tokens[k - 1].tag.is_verb() {
                    let verb_start = crate::predicates::verb_group_start(tokens, k - 1);
                    let subject = nearest_left_subject(tokens, mentions, verb_start);
                    // "received a warning", "faced criticism": the subject is on
                    // the receiving end; who gave it is not said here.
                    if is_receiving_verb(&tokens[k - 1].lower) {
                        if target.is_none() {
                            target = subject;
                        }
                    } else {
                        source = subject;
                    }
                }
            }
        }
    }
    if let (TriggerKind::Verb, Some(marks)) = (p.kind, &p.roles) {
        apply_marks(tokens, mentions, p, end, marks, &mut source, &mut target);
    }
    // Only an object's relative clause can name it; a subject's relative clause
    // is where the trigger itself stands ("the terrorists who were arrested").
    if let Some(t) = target.filter(|&t| mentions[t].first > p.head) {
        target = Some(through_relative_clause(tokens, mentions, t));
    }
    // An actor does not act on itself: "Israel threatened to ban voting in
    // Jerusalem" has no target, not the target Israel.
    if let (Some(s), Some(t)) = (source, target) {
        if mentions[s].code == mentions[t].code {
            // "began to question whether he has a future with the Orcs": a
            // pronoun for the subject itself stands in front of the target.
            let pronoun = tokens[mentions[t].first].tag == Tag::PRP && mentions[t].resolved;
            target = pronoun
                .then(|| first_right(tokens, mentions, mentions[t].end, end, true))
                .flatten()
                .filter(|&n| mentions[n].code != mentions[s].code);
        }
    }
    let sources = source
        .map(|s| coordination(tokens, mentions, s))
        .unwrap_or_default();
    let targets = target
        .map(|t| coordination(tokens, mentions, t))
        .unwrap_or_default();
    // A target inside the source's own coordination is not a target.
    let targets = targets
        .into_iter()
        .filter(|t| !sources.contains(t))
        .collect();
    Roles { sources, targets }
}

/// A pattern's own word on where its actors stand (a classic dictionary's `$`
/// and `+`): the subject may be the target ("Ithilen was freed from Mordor":
/// `+subject $after:from`), and either role may be the actor after a word.
fn apply_marks(
    tokens: &[Token],
    mentions: &[Mention],
    p: &Predicate,
    end: usize,
    marks: &RoleMarks,
    source: &mut Option<usize>,
    target: &mut Option<usize>,
) {
    // A word of the pattern before the verb, looked for from the verb back.
    let before = |w: &str| {
        (p.head.saturating_sub(12)..p.head)
            .rev()
            .find(|&k| tokens[k].lower == w)
    };
    if marks.subject_is_target {
        // A passive's subject is already its target; an active verb's subject
        // moves from source to target.
        if !p.passive {
            *target = source.take();
        }
    }
    // "Mordor will be hosting Osgiliath to celebrate": the target stands
    // before the pattern's word, and is nobody's source.
    if let Some(k) = marks.target_before.as_deref().and_then(before) {
        *target = nearest_left_subject(tokens, mentions, k);
        if *source == *target || !p.passive {
            *source = None;
        }
    }
    // "Gondor noted that Mordor regretted": whoever stands before the word.
    if let Some(k) = marks.source_before.as_deref().and_then(before) {
        *source = nearest_left_subject(tokens, mentions, k);
    }
    let after = |a: &Anchor| -> Option<usize> {
        // The word may be one of the trigger's own particles ("freed from").
        let k = (p.head + 1..end).find(|&k| tokens[k].lower == a.word)?;
        // Actors after the word, one per span (an actor with several codes
        // is several mentions on the same words).
        let spans = mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.first > k && m.first < end)
            .filter(|(_, m)| !is_trailing_speaker(tokens, m));
        let mut last: Option<&Mention> = None;
        let mut skipped = 0;
        for (i, m) in spans {
            if last.is_some_and(|l| crate::mentions::same_span(l, m)) {
                continue;
            }
            if skipped == a.skip {
                return Some(i);
            }
            skipped += 1;
            last = Some(m);
        }
        None
    };
    if let Some(s) = marks.source_after.as_ref().and_then(after) {
        *source = Some(s);
    }
    if let Some(t) = marks.target_after.as_ref().and_then(after) {
        *target = Some(t);
    }
}

/// Is mention `m` (after predicate `prev`) within `prev`'s object region?
fn is_object_of(tokens: &[Token], prev: &Predicate, m: &Mention) -> bool {
    let end = clause_end(tokens, prev.end.max(prev.head));
    m.first >= prev.end && m.first <= end
}
