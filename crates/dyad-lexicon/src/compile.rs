//! Compiled matchers: a token trie for actor and agent phrases, an index from
//! verb forms to verb patterns, a trie for noun triggers, a set of reporting-verb
//! forms.

use std::collections::{HashMap, HashSet};

use dyad_text::{token::tokenize_range, Tag, Token, TokenKind};

use crate::inflect::{plurals, verb_forms};
use crate::parse::{Lexicon, LexiconError, Section, Validity};

/// How many tokens after a verb (or its particles) a `...` alternative may be.
pub const WINDOW: usize = 6;

/// How many tokens before a verb an object may stand ("arms it said were purchased").
pub const BACK_WINDOW: usize = 5;

/// Prepositions that may close a noun trigger and introduce its target.
const TARGET_PREPS: &[&str] = &[
    "on", "against", "with", "to", "of", "over", "at", "for", "in", "into", "from", "toward",
    "towards", "by",
];

/// Whether a phrase names an actor (with a country or organisation) or an agent
/// (a sector noun that takes its country from context).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseKind {
    Actor,
    Agent,
}

#[derive(Debug, Clone)]
struct PhraseValue {
    kind: PhraseKind,
    code: String,
    /// For case-sensitive phrases: the exact token texts required.
    exact: Option<Vec<String>>,
    /// When the code applies (date-restricted actors).
    valid: Validity,
}

#[derive(Debug, Default)]
struct Trie<V> {
    nodes: Vec<TrieNode<V>>,
}

#[derive(Debug)]
struct TrieNode<V> {
    children: HashMap<Box<str>, u32>,
    values: Vec<V>,
}

impl<V> Trie<V> {
    fn new() -> Self {
        Trie {
            nodes: vec![TrieNode {
                children: HashMap::new(),
                values: Vec::new(),
            }],
        }
    }

    fn insert(&mut self, words: &[String], value: V) {
        let mut node = 0usize;
        for w in words {
            let next = match self.nodes[node].children.get(w.as_str()) {
                Some(&n) => n as usize,
                None => {
                    let n = self.nodes.len();
                    self.nodes.push(TrieNode {
                        children: HashMap::new(),
                        values: Vec::new(),
                    });
                    self.nodes[node]
                        .children
                        .insert(w.as_str().into(), n as u32);
                    n
                }
            };
            node = next;
        }
        self.nodes[node].values.push(value);
    }

    /// All (end, values) for prefixes of `tokens[start..]`, shortest first.
    fn walk<'a>(&'a self, tokens: &[Token], start: usize) -> Vec<(usize, &'a [V])> {
        let mut out = Vec::new();
        let mut node = 0usize;
        for (i, t) in tokens.iter().enumerate().skip(start) {
            match self.nodes[node].children.get(t.lower.as_str()) {
                Some(&n) => node = n as usize,
                None => break,
            }
            if !self.nodes[node].values.is_empty() {
                out.push((i + 1, self.nodes[node].values.as_slice()));
            }
        }
        out
    }
}

/// An actor or agent phrase found in a sentence: tokens `first..end`.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorHit {
    pub first: usize,
    pub end: usize,
    pub kind: PhraseKind,
    pub code: String,
}

/// Index of a verb pattern in `Compiled::verb_patterns`.
pub type VerbPatternId = usize;

/// One compiled verb pattern.
#[derive(Debug, Clone)]
pub struct VerbPattern {
    pub code: String,
    pub lemma: String,
    /// Words that must follow the verb directly.
    pub particles: Vec<String>,
    /// One of these must occur within `WINDOW` tokens after the particles.
    pub objects: HashSet<String>,
    pub source: String,
}

impl VerbPattern {
    fn specificity(&self) -> (usize, usize) {
        (
            self.particles.len() + usize::from(!self.objects.is_empty()) * 2,
            self.code.len(),
        )
    }
}

/// A verb pattern matched at a token.
#[derive(Debug, Clone, PartialEq)]
pub struct VerbHit {
    pub pattern: VerbPatternId,
    pub code: String,
    /// The verb token.
    pub verb: usize,
    /// One past the last particle.
    pub end: usize,
    /// The token that satisfied the `...` alternatives, if the pattern had them.
    pub object: Option<usize>,
}

#[derive(Debug, Clone)]
struct NounValue {
    code: String,
    prep: Option<String>,
}

/// A noun trigger found at tokens `first..end` (the preposition, if any, is the
/// token at `end`).
#[derive(Debug, Clone, PartialEq)]
pub struct NounHit {
    pub first: usize,
    pub end: usize,
    pub code: String,
    /// The preposition that introduces the target, when the pattern names one and
    /// it follows.
    pub prep: Option<String>,
}

/// The lexicon compiled for matching.
#[derive(Debug)]
pub struct Compiled {
    phrases: Trie<PhraseValue>,
    verb_index: HashMap<String, Vec<VerbPatternId>>,
    verb_patterns: Vec<VerbPattern>,
    nouns: Trie<NounValue>,
    reporting: HashSet<String>,
    /// Number of entries and phrases, for `doctor` and start-up reports.
    pub stats: Stats,
    /// A digest of the lexicon text: part of every event id.
    pub fingerprint: u64,
}

/// Sizes of the compiled lexicon.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Stats {
    pub actor_phrases: usize,
    pub agent_phrases: usize,
    pub verb_patterns: usize,
    pub verb_forms: usize,
    pub noun_triggers: usize,
    pub reporting_forms: usize,
}

fn words_of(phrase: &str) -> Vec<String> {
    tokenize_range(phrase, 0, phrase.len())
        .into_iter()
        .map(|t| t.lower)
        .collect()
}

fn is_case_sensitive(phrase: &str) -> bool {
    phrase.len() <= 5
        && phrase.chars().any(|c| c.is_ascii_uppercase())
        && phrase.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

fn fnv1a(hash: &mut u64, bytes: &[u8]) {
    for b in bytes {
        *hash ^= u64::from(*b);
        *hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
}

impl Compiled {
    /// Compiles a parsed lexicon. Fails on a verb pattern whose words cannot be
    /// tokenized into anything.
    pub fn new(lex: &Lexicon) -> Result<Compiled, LexiconError> {
        let mut irregular: HashMap<&str, Vec<String>> = HashMap::new();
        for e in lex
            .entries
            .iter()
            .filter(|e| e.section == Section::Inflections)
        {
            irregular
                .entry(e.key.as_str())
                .or_default()
                .extend(e.phrases.iter().map(|p| p.to_lowercase()));
        }
        let no_forms: Vec<String> = Vec::new();
        let mut c = Compiled {
            phrases: Trie::new(),
            verb_index: HashMap::new(),
            verb_patterns: Vec::new(),
            nouns: Trie::new(),
            reporting: HashSet::new(),
            stats: Stats::default(),
            fingerprint: 0xcbf2_9ce4_8422_2325,
        };
        for e in &lex.entries {
            fnv1a(
                &mut c.fingerprint,
                format!("{:?}{}", e.section, e.key).as_bytes(),
            );
            if !e.valid.is_always() {
                fnv1a(&mut c.fingerprint, e.valid.to_string().as_bytes());
            }
            for p in &e.phrases {
                fnv1a(&mut c.fingerprint, p.as_bytes());
            }
            let err = |message: String| LexiconError {
                file: e.file.clone(),
                line: e.line,
                message,
            };
            match e.section {
                Section::Actors | Section::Agents => {
                    let kind = if e.section == Section::Actors {
                        PhraseKind::Actor
                    } else {
                        PhraseKind::Agent
                    };
                    for p in &e.phrases {
                        let words = words_of(p);
                        if words.is_empty() {
                            return Err(err(format!("phrase {p:?} has no words")));
                        }
                        let exact = is_case_sensitive(p).then(|| {
                            tokenize_range(p, 0, p.len())
                                .iter()
                                .map(|t| t.text(p).to_string())
                                .collect()
                        });
                        let variants = if kind == PhraseKind::Agent && exact.is_none() {
                            let last = words.len() - 1;
                            plurals(&words[last])
                                .into_iter()
                                .map(|pl| {
                                    let mut w = words.clone();
                                    w[last] = pl;
                                    w
                                })
                                .collect()
                        } else {
                            vec![words]
                        };
                        for w in variants {
                            c.phrases.insert(
                                &w,
                                PhraseValue {
                                    kind,
                                    code: e.key.clone(),
                                    exact: exact.clone(),
                                    valid: e.valid,
                                },
                            );
                        }
                        match kind {
                            PhraseKind::Actor => c.stats.actor_phrases += 1,
                            PhraseKind::Agent => c.stats.agent_phrases += 1,
                        }
                    }
                }
                Section::Verbs => {
                    for p in &e.phrases {
                        let (head, objects) = match p.split_once("...") {
                            Some((h, o)) => (h, o.trim()),
                            None => (p.as_str(), ""),
                        };
                        let mut head_words = head.split_whitespace().map(str::to_lowercase);
                        let Some(lemma) = head_words.next() else {
                            return Err(err(format!("verb pattern {p:?} has no verb")));
                        };
                        let particles: Vec<String> = head_words.collect();
                        let objects: HashSet<String> = objects
                            .split(['|', ' '])
                            .filter(|s| !s.is_empty())
                            .flat_map(|o| plurals(&o.to_lowercase()))
                            .collect();
                        let id = c.verb_patterns.len();
                        let forms =
                            verb_forms(&lemma, irregular.get(lemma.as_str()).unwrap_or(&no_forms));
                        for f in forms {
                            c.verb_index.entry(f).or_default().push(id);
                        }
                        c.verb_patterns.push(VerbPattern {
                            code: e.key.clone(),
                            lemma,
                            particles,
                            objects,
                            source: format!("{}:{}", e.file, e.line),
                        });
                    }
                }
                Section::Nouns => {
                    for p in &e.phrases {
                        let mut words = words_of(p);
                        let prep = match words.last() {
                            Some(w) if words.len() > 1 && TARGET_PREPS.contains(&w.as_str()) => {
                                words.pop()
                            }
                            _ => None,
                        };
                        let Some(last) = words.len().checked_sub(1) else {
                            return Err(err(format!("noun trigger {p:?} has no words")));
                        };
                        for pl in plurals(&words[last]) {
                            let mut w = words.clone();
                            w[last] = pl;
                            c.nouns.insert(
                                &w,
                                NounValue {
                                    code: e.key.clone(),
                                    prep: prep.clone(),
                                },
                            );
                        }
                        c.stats.noun_triggers += 1;
                    }
                }
                Section::Reporting => {
                    for p in &e.phrases {
                        let lemma = p.to_lowercase();
                        let forms =
                            verb_forms(&lemma, irregular.get(lemma.as_str()).unwrap_or(&no_forms));
                        c.reporting.extend(forms);
                    }
                }
                Section::Inflections => {}
            }
        }
        c.stats.verb_patterns = c.verb_patterns.len();
        c.stats.verb_forms = c.verb_index.len();
        c.stats.reporting_forms = c.reporting.len();
        Ok(c)
    }

    /// Longest-match actor and agent phrases, left to right, non-overlapping.
    /// A token such as `Iranian-linked` or `U.S.-led` counts as an actor when the
    /// part before its first hyphen is a one-word actor phrase.
    pub fn find_actors(&self, story: &str, tokens: &[Token]) -> Vec<ActorHit> {
        self.find_actors_on(story, tokens, None)
    }

    /// [`Compiled::find_actors`] for a story published on `date` (`YYYYMMDD`):
    /// a date-restricted code applies only inside its window and then beats the
    /// phrase's unrestricted code. Without a date, unrestricted codes come first.
    pub fn find_actors_on(
        &self,
        story: &str,
        tokens: &[Token],
        date: Option<u32>,
    ) -> Vec<ActorHit> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let mut best: Option<(usize, &PhraseValue)> = None;
            for (end, values) in self.phrases.walk(tokens, i) {
                // Actors beat agents for the same span; within a kind, lexicon order.
                let ok = values
                    .iter()
                    .filter(|v| match &v.exact {
                        Some(exact) => {
                            exact.len() == end - i
                                && exact
                                    .iter()
                                    .zip(&tokens[i..end])
                                    .all(|(e, t)| t.text(story) == e)
                        }
                        None => true,
                    })
                    .filter(|v| date.is_none_or(|d| v.valid.contains(d)))
                    .min_by_key(|v| {
                        (
                            v.kind == PhraseKind::Agent,
                            v.valid.is_always() == date.is_some(),
                        )
                    });
                if let Some(v) = ok {
                    best = Some((end, v));
                }
            }
            if let Some((end, v)) = best {
                out.push(ActorHit {
                    first: i,
                    end,
                    kind: v.kind,
                    code: v.code.clone(),
                });
                i = end;
                continue;
            }
            if let Some((prefix, _)) = tokens[i].lower.split_once('-') {
                if let Some(v) = self.single_word_actor(prefix) {
                    out.push(ActorHit {
                        first: i,
                        end: i + 1,
                        kind: v.kind,
                        code: v.code.clone(),
                    });
                }
            }
            i += 1;
        }
        out
    }

    fn single_word_actor(&self, word: &str) -> Option<&PhraseValue> {
        let &n = self.phrases.nodes[0].children.get(word)?;
        self.phrases.nodes[n as usize]
            .values
            .iter()
            .find(|v| v.kind == PhraseKind::Actor && v.exact.is_none() && v.valid.is_always())
    }

    /// Is `form` (lower-cased) a form of a verb with patterns?
    pub fn is_verb_form(&self, form: &str) -> bool {
        self.verb_index.contains_key(form)
    }

    /// The most specific verb pattern matching at token `i`, looking no further
    /// than `limit` for particles and objects.
    pub fn match_verb(&self, tokens: &[Token], i: usize, limit: usize) -> Option<VerbHit> {
        let ids = self.verb_index.get(tokens.get(i)?.lower.as_str())?;
        let limit = limit.min(tokens.len());
        let mut best: Option<(VerbHit, (usize, usize))> = None;
        for &id in ids {
            let p = &self.verb_patterns[id];
            let mut j = i + 1;
            let mut ok = true;
            for part in &p.particles {
                // An object pronoun may sit between verb and particle: "called him in".
                if j < limit && tokens[j].lower != *part && is_object_pronoun(&tokens[j].lower) {
                    j += 1;
                }
                if j < limit && tokens[j].lower == *part {
                    j += 1;
                } else {
                    ok = false;
                    break;
                }
            }
            if !ok {
                continue;
            }
            let mut object = None;
            if !p.objects.is_empty() {
                object = (j..limit.min(j + WINDOW))
                    .find(|&k| p.objects.contains(&tokens[k].lower))
                    // Reduced relatives put the object first: "arms his country bought".
                    .or_else(|| {
                        // Never across punctuation ("X's ambassador, warns him"), and
                        // only when the verb has no object of its own after it.
                        let has_own_object = tokens.get(j).is_some_and(|t| {
                            t.tag.is_noun()
                                || matches!(t.tag, Tag::DT | Tag::PRP | Tag::PRPS | Tag::CD)
                        });
                        if has_own_object {
                            return None;
                        }
                        (i.saturating_sub(BACK_WINDOW)..i)
                            .rev()
                            .take_while(|&k| tokens[k].kind != TokenKind::Punct)
                            .find(|&k| p.objects.contains(&tokens[k].lower))
                    });
                if object.is_none() {
                    continue;
                }
            }
            let spec = p.specificity();
            if best.as_ref().is_none_or(|(_, s)| spec > *s) {
                best = Some((
                    VerbHit {
                        pattern: id,
                        code: p.code.clone(),
                        verb: i,
                        end: j,
                        object,
                    },
                    spec,
                ));
            }
        }
        best.map(|(h, _)| h)
    }

    /// The noun trigger starting at token `i`, longest first.
    pub fn match_noun(&self, tokens: &[Token], i: usize) -> Option<NounHit> {
        let (end, values) = self.nouns.walk(tokens, i).pop()?;
        let next = tokens.get(end).map(|t| t.lower.as_str());
        // Prefer a value whose preposition follows; else one without a preposition.
        let v = values
            .iter()
            .find(|v| v.prep.as_deref().is_some_and(|p| Some(p) == next))
            .or_else(|| values.iter().find(|v| v.prep.is_none()))
            .or_else(|| values.first())?;
        let prep = v.prep.clone().filter(|p| Some(p.as_str()) == next);
        Some(NounHit {
            first: i,
            end,
            code: v.code.clone(),
            prep,
        })
    }

    /// Is this (lower-cased) token a form of a reporting verb?
    pub fn is_reporting(&self, form: &str) -> bool {
        self.reporting.contains(form)
    }

    /// The pattern behind a verb hit.
    pub fn verb_pattern(&self, id: VerbPatternId) -> Option<&VerbPattern> {
        self.verb_patterns.get(id)
    }
}

fn is_object_pronoun(w: &str) -> bool {
    matches!(w, "him" | "her" | "them" | "it" | "us" | "me")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn compiled(text: &str) -> Compiled {
        Compiled::new(&parse(text, "t.lex").unwrap()).unwrap()
    }

    fn toks(s: &str) -> Vec<Token> {
        tokenize_range(s, 0, s.len())
    }

    const LEX: &str = "[actors]\nIRN : Iran | Iranian | Tehran\nAZE : Azerbaijan | Azerbaijani\nUSA : United States | US | U.S.\nIGOUNO : United Nations | UN\n[agents]\nGOV : ambassador | foreign ministry\nCOP : police\n[verbs]\n114 : summon | call in\n062 : buy ... arms|weapons\n060 : buy\n[nouns]\n190 : attack on | attack\n[reporting]\nsay : say | report\n[inflections]\nbuy : bought\nsay : said\n";

    #[test]
    fn finds_actors_and_agents_longest_first() {
        let c = compiled(LEX);
        let s =
            "Iranian foreign ministry summoned the Azerbaijani ambassador in the United States.";
        let hits = c.find_actors(s, &toks(s));
        let got: Vec<(&str, PhraseKind)> = hits.iter().map(|h| (h.code.as_str(), h.kind)).collect();
        assert_eq!(
            got,
            [
                ("IRN", PhraseKind::Actor),
                ("GOV", PhraseKind::Agent),
                ("AZE", PhraseKind::Actor),
                ("GOV", PhraseKind::Agent),
                ("USA", PhraseKind::Actor)
            ]
        );
    }

    #[test]
    fn upper_case_phrases_are_case_sensitive() {
        let c = compiled(LEX);
        let s = "Let us ask the UN and the US.";
        let codes: Vec<String> = c
            .find_actors(s, &toks(s))
            .into_iter()
            .map(|h| h.code)
            .collect();
        assert_eq!(codes, ["IGOUNO", "USA"]);
    }

    #[test]
    fn hyphenated_prefix_actor() {
        let c = compiled(LEX);
        let s = "an Iranian-linked gang";
        let hits = c.find_actors(s, &toks(s));
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].code, "IRN");
    }

    #[test]
    fn date_restricted_actors_follow_the_story_date() {
        let c = compiled(
            "[actors]\nIRNELI : Ahmadinejad\nIRNGOV 20050803-20130803 : Ahmadinejad\nIRN : Iran\n",
        );
        let s = "Ahmadinejad visited Iran";
        let t = toks(s);
        let code = |d| c.find_actors_on(s, &t, d)[0].code.clone();
        assert_eq!(code(Some(20100101)), "IRNGOV");
        assert_eq!(code(Some(20000101)), "IRNELI");
        assert_eq!(code(Some(20130803)), "IRNELI");
        assert_eq!(code(None), "IRNELI");
        assert_eq!(c.find_actors(s, &t)[0].code, "IRNELI");
    }

    #[test]
    fn agent_plurals_match() {
        let c = compiled(LEX);
        let s = "ambassadors of Iran";
        let hits = c.find_actors(s, &toks(s));
        assert_eq!(hits[0].code, "GOV");
    }

    #[test]
    fn verb_patterns_prefer_specific() {
        let c = compiled(LEX);
        let s = "Azerbaijan bought $1.5 billion in arms from Israel";
        let t = toks(s);
        let hit = c.match_verb(&t, 1, t.len()).unwrap();
        assert_eq!(hit.code, "062");
        assert_eq!(hit.object, Some(6));
        let s = "Azerbaijan bought a farm";
        let t = toks(s);
        assert_eq!(c.match_verb(&t, 1, t.len()).unwrap().code, "060");
        let s = "Iran called him in";
        let t = toks(s);
        assert_eq!(c.match_verb(&t, 1, t.len()).unwrap().code, "114");
        let s = "Iran called";
        let t = toks(s);
        assert!(c.match_verb(&t, 1, t.len()).is_none());
    }

    #[test]
    fn noun_triggers_with_prepositions() {
        let c = compiled(LEX);
        let s = "the attack on Iran";
        let t = toks(s);
        let hit = c.match_noun(&t, 1).unwrap();
        assert_eq!(
            (hit.code.as_str(), hit.prep.as_deref()),
            ("190", Some("on"))
        );
        let s = "the attacks";
        let t = toks(s);
        assert_eq!(c.match_noun(&t, 1).unwrap().prep, None);
    }

    #[test]
    fn reporting_forms() {
        let c = compiled(LEX);
        assert!(c.is_reporting("said") && c.is_reporting("reported") && !c.is_reporting("buy"));
    }
}
