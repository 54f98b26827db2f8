//! Predicates: verb and noun triggers with their voice and mood.
//!
//! A trigger in the scope of negation, a modal, or a plan/plot/threat verb is
//! not an accomplished act and is not coded ("will not allow", "plotted to
//! assassinate", "planning an attack").

use dyad_lexicon::{Compiled, RoleMarks, SentenceWords};
use dyad_text::{Tag, Token};

/// How a predicate was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriggerKind {
    Verb,
    Noun,
}

/// One event trigger in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Predicate {
    pub kind: TriggerKind,
    pub code: String,
    /// The trigger's main token.
    pub head: usize,
    /// Token range of the trigger words (verb and particles, or the noun).
    pub first: usize,
    pub end: usize,
    /// First token of the verb group (auxiliaries, modals, `to`), for subject search.
    pub group_start: usize,
    pub passive: bool,
    /// The preposition that introduces a noun trigger's target.
    pub prep: Option<String>,
    /// The token that satisfied a `...` object constraint, if any.
    pub object: Option<usize>,
    /// Why the predicate is not an accomplished act, if it is not.
    pub irrealis: Option<Mood>,
    /// When `code` applies only to a coordinated subject (`% agree`): the code
    /// for a single subject, if any pattern gives one.
    pub single_subject: Option<Option<String>>,
    /// Where the matched pattern puts source and target, if it says
    /// (`+subject $after:from`).
    pub roles: Option<RoleMarks>,
}

/// Why a predicate is not an accomplished act.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mood {
    /// "did not attack", "never met": nothing happened.
    Negated,
    /// "may attack", "plotted to kill", "alleged cooperation": possible or secret.
    Hypothetical,
    /// "will not meet", "refused to lift": an announced refusal.
    Refused,
    /// "will visit", "agreed to meet", "vowed to retaliate": a stated intention.
    /// `announced` is true when the intention was voiced to others (will, vow,
    /// threaten, pledge), false for plans (plan, intend, prepare).
    Intent { announced: bool },
}

impl Mood {
    pub fn describe(self) -> &'static str {
        match self {
            Mood::Negated => "negated",
            Mood::Refused => "refusal",
            Mood::Hypothetical => "possible, planned or plotted",
            Mood::Intent { announced: true } => "stated intention",
            Mood::Intent { announced: false } => "plan",
        }
    }
}

const BE: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "'s", "'re", "get", "got", "gets", "getting",
];
const HAVE: &[&str] = &["have", "has", "had", "having", "'ve", "'d"];
const MODALS: &[&str] = &[
    "will", "would", "may", "might", "could", "should", "must", "can", "shall", "'ll", "wo", "ca",
];
/// Modals that state what someone will do.
const FUTURE_MODALS: &[&str] = &["will", "would", "shall", "'ll", "wo"];
/// Governors of a stated, announced intention.
const ANNOUNCED_INTENT: &[&str] = &[
    "vow",
    "pledge",
    "promise",
    "threaten",
    "warn",
    "agree",
    "offer",
    "decide",
    "want",
    "undertake",
    "commit",
    "resolve",
    "swear",
    "insist",
    "ready",
    "willing",
    "determined",
    "eager",
];
/// Governors of a plan that was not (necessarily) announced.
const PLANNED_INTENT: &[&str] = &[
    "plan", "intend", "aim", "prepare", "seek", "hope", "expect", "propose", "consider", "mean",
    "wish", "need", "schedule",
];
const NEGATIONS: &[&str] = &[
    "not", "n't", "never", "no", "neither", "nor", "without", "cannot",
];

/// Verbs and nouns whose complement is not (yet) an act.
const IRREALIS_GOVERNORS: &[&str] = &[
    "plot",
    "try",
    "urge",
    "ask",
    "demand",
    "refuse",
    "fail",
    "decline",
    "conspire",
    "scheme",
    "attempt",
    "call",
    "appeal",
    "order",
    "allow",
    "permit",
    "suspicion",
    "threat",
    "risk",
    "fear",
    "possibility",
    "bid",
    "intention",
    "prospect",
    "deny",
    "avoid",
    "prevent",
    "stop",
    "oppose",
    "reject",
    "alleged",
    "possible",
    "potential",
    "planned",
    "future",
    "proposed",
    "would-be",
    "suspected",
    "rumored",
    "rumoured",
];

fn lemma_in(word: &str, set: &[&str]) -> bool {
    // `set.contains`, comparing first bytes before calling memcmp.
    let contains = |s: &str| {
        set.iter()
            .any(|w| w.len() == s.len() && w.as_bytes().first() == s.as_bytes().first() && *w == s)
    };
    if contains(word) {
        return true;
    }
    // Every way below keeps the word's first letter (a stem is a prefix of the
    // word), but for "ied" itself: most words share it with no entry.
    let first = word.as_bytes().first();
    if word != "ied" && !set.iter().any(|w| w.as_bytes().first() == first) {
        return false;
    }
    // cheap de-inflection: plans, planned, planning, plotting, urged, tries
    let stems = [
        word.strip_suffix("ning"),
        word.strip_suffix("ting"),
        word.strip_suffix("ing"),
        word.strip_suffix("ned"),
        word.strip_suffix("ted"),
        word.strip_suffix("ied").map(|_| ""),
        word.strip_suffix("ed"),
        word.strip_suffix('d'),
        word.strip_suffix("es"),
        word.strip_suffix('s'),
    ];
    for s in stems.into_iter().flatten() {
        if s.is_empty() {
            continue;
        }
        if contains(s) || set.iter().any(|w| is_stem_plus(w, s, 'e')) {
            return true;
        }
    }
    if let Some(s) = word.strip_suffix("ied") {
        return set.iter().any(|w| is_stem_plus(w, s, 'y'));
    }
    false
}

/// Is `w` the stem `s` followed by the letter `c` (`format!("{s}{c}") == w`,
/// without building the string)?
fn is_stem_plus(w: &str, s: &str, c: char) -> bool {
    w.len() == s.len() + c.len_utf8() && w.starts_with(s) && w.ends_with(c)
}

/// Finds the predicates of one tagged sentence.
pub fn find_predicates(
    lex: &Compiled,
    tokens: &[Token],
    ids: &SentenceWords,
    limit_of: impl Fn(usize) -> usize,
) -> Vec<Predicate> {
    let mut out: Vec<Predicate> = Vec::new();
    let mut consumed_objects: Vec<usize> = Vec::new();
    let is_verb_form = |i: usize| ids.is_verb(i);
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let verbish = (t.tag.is_verb() && !is_participle_modifier(tokens, i))
            || (t.tag == Tag::X && is_verb_form(i));
        // A noun-tagged form of a trigger verb after "to" or a modal is a verb the tagger missed.
        let verb_after_to = !verbish
            && i > 0
            && matches!(
                tokens[i - 1].lower.as_str(),
                "to" | "will" | "would" | "did"
            )
            && !t.tag.is_noun()
            && is_verb_form(i);
        // Headlines and taggers confuse "Iran summons X" / "Iran attacks Y" with plural
        // nouns: a noun-tagged verb form between a subject and an object is a verb.
        let verb_between = !verbish
            && t.tag.is_noun()
            && i > 0
            && matches!(tokens[i - 1].tag, Tag::NNP | Tag::NNPS | Tag::PRP)
            && tokens.get(i + 1).is_some_and(|n| {
                matches!(n.tag, Tag::DT | Tag::NNP | Tag::NNPS | Tag::PRP | Tag::PRPS)
            })
            && is_verb_form(i);
        if verbish || verb_after_to || verb_between {
            // A bare -ing form is an adjunct or a gerund ("…, killing eight people",
            // "an attack targeting civilians"), not a reported act of its own.
            // After a modal it is a verb however ungrammatical ("would acting").
            let adjunct = t.tag == Tag::VBG && {
                let gs = verb_group_start(tokens, i);
                !tokens[gs..i]
                    .iter()
                    .any(|x| BE.contains(&x.lower.as_str()) || is_modal(x))
            };
            if let Some(hit) = lex
                .match_verb_ids(tokens, ids, i, limit_of(i))
                .filter(|_| !adjunct)
            {
                let group_start = verb_group_start(tokens, i);
                let passive = is_passive(tokens, group_start, i);
                if let Some(o) = hit.object {
                    consumed_objects.push(o);
                }
                let mut p = Predicate {
                    kind: TriggerKind::Verb,
                    code: hit.code,
                    head: i,
                    first: i,
                    end: hit.end,
                    group_start,
                    passive,
                    prep: None,
                    object: hit.object,
                    irrealis: None,
                    single_subject: hit.single_subject,
                    roles: lex
                        .verb_pattern(hit.pattern)
                        .map(|vp| &vp.roles)
                        .filter(|r| !r.is_empty())
                        .cloned(),
                };
                p.irrealis = irrealis(tokens, &p);
                let next = hit.end.max(i + 1);
                out.push(p);
                i = next;
                continue;
            }
        }
        // A gerund after a determiner or modifier is a noun: "Israeli tank
        // shelling", "the bombing".
        let nominal_gerund = t.tag == Tag::VBG
            && i > 0
            && (matches!(tokens[i - 1].tag, Tag::DT | Tag::PRPS | Tag::POS)
                || tokens[i - 1].tag.is_adjective()
                || tokens[i - 1].tag.is_noun());
        if (!t.tag.is_verb() || nominal_gerund) && !consumed_objects.contains(&i) {
            if let Some(hit) = lex.match_noun(tokens, ids, i) {
                let head = hit.end - 1;
                // Proper nouns are names ("Amnesty International", "the Ceasefire
                // Violations Committee"), not events.
                let proper = tokens[hit.first..hit.end]
                    .iter()
                    .any(|t| t.tag.is_proper_noun());
                let nounish = tokens[head].tag.is_noun()
                    || tokens[head].tag == Tag::X
                    || (head == i && nominal_gerund);
                if !proper && nounish {
                    let mut p = Predicate {
                        kind: TriggerKind::Noun,
                        code: hit.code,
                        head,
                        first: hit.first,
                        end: hit.end,
                        group_start: hit.first,
                        passive: false,
                        prep: hit.prep,
                        object: None,
                        irrealis: None,
                        single_subject: None,
                        roles: None,
                    };
                    p.irrealis = irrealis(tokens, &p);
                    i = hit.end;
                    out.push(p);
                    continue;
                }
            }
        }
        i += 1;
    }
    // A noun trigger that is the object of a verb pattern belongs to the verb.
    out.retain(|p| p.kind == TriggerKind::Verb || !consumed_objects.contains(&p.head));
    // Deaths and destruction caused by an accident or disaster are no act of
    // force: "victims killed by the flight MH17 crash", "killed in a flood".
    out.retain(|p| {
        !(matches!(p.code.get(..2), Some("18" | "19" | "20")) && caused_by_accident(tokens, p))
    });
    // What an allegation alleges, or a denial denies, is not established: "a
    // report alleged that the military helped to carry out killings", "Iran
    // denied accusations that it supplied drones".
    if let Some(k) = tokens.iter().enumerate().position(|(k, t)| {
        let w = t.lower.as_str();
        let governs = (w.starts_with("alleg") || w.starts_with("deni") || w.starts_with("deny"))
            && matches!(t.tag, Tag::VBD | Tag::VBZ | Tag::VBP | Tag::VBG)
            || t.tag.is_noun()
                && lemma_in(
                    w,
                    &[
                        "accusation",
                        "allegation",
                        "charge",
                        "claim",
                        "rumor",
                        "rumour",
                        "denial",
                    ],
                );
        governs && tokens.get(k + 1).is_some_and(|n| n.lower == "that")
    }) {
        for p in out
            .iter_mut()
            .filter(|p| p.first > k && p.irrealis.is_none())
        {
            p.irrealis = Some(Mood::Hypothetical);
        }
    }
    out
}

/// Nouns of accidents and disasters.
const ACCIDENTS: &[&str] = &[
    "crash",
    "accident",
    "collision",
    "derailment",
    "earthquake",
    "quake",
    "flood",
    "flooding",
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "landslide",
    "avalanche",
    "tsunami",
    "disease",
    "epidemic",
    "outbreak",
    "stampede",
    "wildfire",
];

/// Does a `by` or `in` phrase after the trigger name an accident as the cause?
fn caused_by_accident(tokens: &[Token], p: &Predicate) -> bool {
    let end = (p.end + 10).min(tokens.len());
    let Some(prep) = (p.end..end).find(|&k| matches!(tokens[k].lower.as_str(), "by" | "in")) else {
        return false;
    };
    tokens[prep + 1..end]
        .iter()
        .take_while(|t| {
            !matches!(
                t.lower.as_str(),
                "," | "." | ";" | "and" | "in" | "on" | "after"
            )
        })
        .any(|t| {
            let w = t.lower.as_str();
            ACCIDENTS.contains(&w) || w.strip_suffix('s').is_some_and(|s| ACCIDENTS.contains(&s))
        })
}

/// A participle used as an adjective: "occupied land", "alleged cooperation",
/// "the wounded soldiers" — not a predicate.
pub fn is_participle_modifier(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if !matches!(t.tag, Tag::VBN | Tag::VBD | Tag::VBG) {
        return false;
    }
    let next_is_noun = tokens.get(i + 1).is_some_and(|n| {
        n.tag.is_noun()
            || (n.tag.is_adjective() && tokens.get(i + 2).is_some_and(|m| m.tag.is_noun()))
    });
    if !next_is_noun {
        return false;
    }
    let prev = i.checked_sub(1).map(|k| &tokens[k]);
    match prev {
        // "Ousted President Akayev …", "Wounded soldiers …"
        None => true,
        Some(p) => {
            matches!(
                p.tag,
                Tag::DT | Tag::PRPS | Tag::POS | Tag::JJ | Tag::CD | Tag::IN
            ) || p.lower == "'s"
                || (p.tag.is_verb()
                    && t.tag == Tag::VBN
                    && !BE.contains(&p.lower.as_str())
                    && !HAVE.contains(&p.lower.as_str()))
        }
    }
}

/// First token of the verb group ending at `verb`: auxiliaries, modals,
/// negation, adverbs and infinitival `to`.
pub fn verb_group_start(tokens: &[Token], verb: usize) -> usize {
    let mut s = verb;
    while s > 0 {
        let p = &tokens[s - 1];
        let w = p.lower.as_str();
        let aux = BE.contains(&w)
            || HAVE.contains(&w)
            || is_modal(p)
            || NEGATIONS.contains(&w)
            || matches!(
                w,
                "to" | "do"
                    | "does"
                    | "did"
                    | "reportedly"
                    | "allegedly"
                    | "also"
                    | "then"
                    | "later"
                    | "already"
                    | "again"
                    | "jointly"
                    | "formally"
                    | "officially"
                    | "publicly"
                    | "repeatedly"
            )
            || p.tag.is_adverb();
        if !aux {
            break;
        }
        s -= 1;
    }
    s
}

fn is_passive(tokens: &[Token], group_start: usize, verb: usize) -> bool {
    let v = &tokens[verb];
    if v.tag != Tag::VBN && v.tag != Tag::VBD {
        return false;
    }
    if tokens[group_start..verb]
        .iter()
        .any(|t| BE.contains(&t.lower.as_str()))
    {
        return true;
    }
    // Reduced relative: "arms purchased from Israel", "the men arrested by police".
    v.tag == Tag::VBN && tokens.get(verb + 1).is_some_and(|n| n.lower == "by")
}

/// Why a predicate is not an accomplished act, if so.
fn irrealis(tokens: &[Token], p: &Predicate) -> Option<Mood> {
    let modal = |w: &str| -> Mood {
        if FUTURE_MODALS.contains(&w) {
            Mood::Intent { announced: true }
        } else {
            Mood::Hypothetical
        }
    };
    let mut found: Option<Mood> = None;
    let group = &tokens[p.group_start..p.first];
    // "will not", "would not", "won't": a refusal, not a mere negation.
    let future = group
        .iter()
        .any(|t| FUTURE_MODALS.contains(&t.lower.as_str()));
    for t in group {
        let w = t.lower.as_str();
        if NEGATIONS.contains(&w) {
            return Some(if future { Mood::Refused } else { Mood::Negated });
        }
        if is_modal(t) && found.is_none() {
            found = Some(modal(w));
        }
    }
    if found.is_some() {
        return found;
    }
    // Walk back from the group start over determiners, adjectives, `to`, one
    // noun phrase and light verbs, looking for a governor.
    let mut k = p.group_start;
    let mut steps = 0;
    let mut crossed_np = false;
    while k > 0 && steps < 8 {
        k -= 1;
        steps += 1;
        let t = &tokens[k];
        let w = t.lower.as_str();
        if NEGATIONS.contains(&w) {
            return Some(Mood::Negated);
        }
        if is_modal(t) {
            return Some(modal(w));
        }
        if matches!(w, "going") && tokens.get(k + 1).is_some_and(|n| n.lower == "to") {
            return Some(Mood::Intent { announced: true });
        }
        // "Obama wants Putin to attack": the wish is the subject's, the act the
        // object's, and nobody has done or announced it.
        if crossed_np && (lemma_in(w, ANNOUNCED_INTENT) || lemma_in(w, PLANNED_INTENT)) {
            return Some(Mood::Hypothetical);
        }
        if lemma_in(w, ANNOUNCED_INTENT) {
            // The governor itself may be negated: "refused to agree", "did not vow".
            return Some(governor_mood(tokens, k, Mood::Intent { announced: true }));
        }
        if lemma_in(w, PLANNED_INTENT) {
            return Some(governor_mood(tokens, k, Mood::Intent { announced: false }));
        }
        if lemma_in(w, &["refuse", "decline"]) && !crossed_np {
            return Some(governor_mood(tokens, k, Mood::Refused));
        }
        if lemma_in(w, IRREALIS_GOVERNORS) {
            return Some(Mood::Hypothetical);
        }
        // "whether the terrorists targeted…", "if Iran attacks…", "from which to conduct…"
        if matches!(w, "whether" | "if" | "unless") {
            return Some(Mood::Hypothetical);
        }
        if matches!(w, "which" | "whom" | "where" | "how")
            && tokens.get(k + 1).is_some_and(|n| n.lower == "to")
        {
            return Some(Mood::Hypothetical);
        }
        if matches!(
            w,
            "to" | "of"
                | "a"
                | "an"
                | "the"
                | "out"
                | "carry"
                | "carrying"
                | "carried"
                | "launch"
                | "launching"
                | "stage"
                | "staging"
                | "mount"
                | "mounting"
                | "conduct"
                | "conducting"
                | "having"
                | "been"
                | "be"
                | "for"
                | "new"
                | "further"
        ) || t.tag.is_adjective()
            || t.tag == Tag::VBG && k + 1 == p.group_start
        {
            continue;
        }
        if (t.tag.is_noun() || t.tag == Tag::PRP) && !crossed_np && p.kind == TriggerKind::Verb {
            // "urged Iran to stop", "asked them to leave": one object between.
            crossed_np = true;
            continue;
        }
        if t.tag.is_noun() && p.kind == TriggerKind::Noun {
            // "terrorist attack": modifiers before a noun trigger
            continue;
        }
        break;
    }
    // A bare infinitive with no governor is a purpose or a report of intent
    // ("sent a team to help identify victims", "called in the envoy to
    // protest"), not an accomplished act — unless an aspect verb makes it one
    // ("began to withdraw", "managed to escape").
    if tokens[p.group_start].lower == "to" && p.kind == TriggerKind::Verb {
        let aspect = p
            .group_start
            .checked_sub(1)
            .is_some_and(|k| lemma_in(&tokens[k].lower, ASPECT_VERBS));
        if !aspect {
            return Some(Mood::Hypothetical);
        }
    }
    None
}

/// Verbs whose infinitive complement did happen.
const ASPECT_VERBS: &[&str] = &[
    "begin", "began", "begun", "start", "continue", "manage", "proceed", "resume", "go", "went",
    "keep", "kept", "move", "come", "came", "use", "used",
];

/// A modal verb, not a name that looks like one ("Theresa May").
fn is_modal(t: &Token) -> bool {
    MODALS.contains(&t.lower.as_str()) && !t.tag.is_proper_noun()
}

/// The mood a governor at `k` passes on, unless the governor is itself negated.
fn governor_mood(tokens: &[Token], k: usize, mood: Mood) -> Mood {
    let start = verb_group_start(tokens, k);
    if tokens[start..k]
        .iter()
        .any(|t| NEGATIONS.contains(&t.lower.as_str()))
    {
        Mood::Negated
    } else {
        mood
    }
}
