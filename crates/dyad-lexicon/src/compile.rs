//! Compiled matchers: a token trie for actor and agent phrases, an index from
//! verb forms to verb patterns, a trie for noun triggers, a set of reporting-verb
//! forms.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use dyad_text::{token::tokenize_range, Tag, Token, TokenKind};

use crate::inflect::{noun_forms, plurals, verb_forms};
use crate::parse::{Lexicon, LexiconError, Section, Validity};

/// How many tokens after a verb (or its particles) a `...` alternative may be.
pub const WINDOW: usize = 6;

/// How many tokens before a verb an object may stand ("arms it said were purchased").
pub const BACK_WINDOW: usize = 5;

/// How many other tokens may stand between two words a pattern puts before its
/// verb, and between the last of them and the verb, unless `_` glues them
/// ("not *meet" matches "will not soon meet", "neither *boycott" "neither X
/// nor Y boycotted"; "in_*connect" needs "in" right before the verb).
pub const BEFORE_GAP: usize = 5;

/// Prepositions that may close a noun trigger and introduce its target.
const TARGET_PREPS: &[&str] = &[
    "on", "against", "with", "to", "of", "over", "at", "for", "in", "into", "from", "toward",
    "towards", "by",
];

/// FNV-1a: a fast hash for the short strings the matchers look up (tokens,
/// words), where the standard SipHash dominated matching time.
#[derive(Debug, Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A map from words that keeps a word of up to 15 bytes inside its key: a
/// lookup that finds its word compares two integers instead of following a
/// pointer to the stored word, a cache miss in the large tables of classic
/// dictionaries. Longer words are kept as strings.
#[derive(Debug)]
struct WordMap<V> {
    short: HashMap<u128, V, BuildHasherDefault<PackedHasher>>,
    long: FastMap<Box<str>, V>,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            short: HashMap::default(),
            long: FastMap::default(),
        }
    }
}

impl<V> WordMap<V> {
    /// `word`'s bytes and length in one integer, when it has at most 15 bytes
    /// (distinct words give distinct integers).
    fn pack(word: &str) -> Option<u128> {
        let bytes = word.as_bytes();
        let mut key = [0u8; 16];
        key.get_mut(..bytes.len())
            .filter(|_| bytes.len() < 16)?
            .copy_from_slice(bytes);
        key[15] = bytes.len() as u8;
        Some(u128::from_le_bytes(key))
    }

    fn get(&self, word: &str) -> Option<&V> {
        match Self::pack(word) {
            Some(key) => self.short.get(&key),
            None => self.long.get(word),
        }
    }

    fn insert(&mut self, word: &str, value: V) {
        match Self::pack(word) {
            Some(key) => {
                self.short.insert(key, value);
            }
            None => {
                self.long.insert(word.into(), value);
            }
        }
    }

    fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    /// The same words with `f` of their values.
    fn map<W>(self, f: impl Fn(V) -> W) -> WordMap<W> {
        WordMap {
            short: self.short.into_iter().map(|(k, v)| (k, f(v))).collect(),
            long: self.long.into_iter().map(|(k, v)| (k, f(v))).collect(),
        }
    }
}

/// Hashes the packed words of [`WordMap`] (one `u128` each) with two
/// multiply-xorshift rounds instead of sixteen byte-wise FNV steps.
#[derive(Debug, Default, Clone, Copy)]
struct PackedHasher(u64);

impl Hasher for PackedHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn write_u64(&mut self, i: u64) {
        let mut h = self.0 ^ i;
        h = (h ^ (h >> 32)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        h = (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        self.0 = h ^ (h >> 32);
    }

    fn write_u128(&mut self, i: u128) {
        let mut h = self.0 ^ (i as u64);
        h = (h ^ (h >> 32)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        h ^= (i >> 64) as u64;
        h = (h ^ (h >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        self.0 = h ^ (h >> 32);
    }
}

/// A set of words hashed with [`Fnv`].
pub type WordSet = HashSet<String, BuildHasherDefault<Fnv>>;

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

/// An actor or agent phrase whose words may stand apart, as a classic
/// dictionary's space allows ("ITHILEN TELEVISION" is "Ithilen state-run
/// television"; dyad writes `ithilen~television`).
#[derive(Debug)]
struct SpreadPhrase {
    /// Runs of words (word ids) that follow each other directly.
    parts: Vec<Vec<u32>>,
    value: PhraseValue,
}

/// How many other words may stand between a spread phrase's runs: within one
/// noun phrase, so never punctuation or a verb.
const SPREAD_GAP: usize = 3;

/// In `Compiled::spread_firsts`: phrases of several runs start with the word
/// (they are indexed in `Compiled::spread_pairs`).
const SPREAD_SEVERAL: u32 = u32::MAX;

impl SpreadPhrase {
    /// Where the phrase ends if it starts at token `start`.
    fn match_at(&self, tokens: &[Token], ids: &[u32], start: usize) -> Option<usize> {
        let run_at = |k: usize, run: &[u32]| ids.get(k..k + run.len()) == Some(run);
        let mut k = start;
        for (n, run) in self.parts.iter().enumerate() {
            let mut gap = 0;
            while !run_at(k, run) {
                let t = tokens.get(k)?;
                if n == 0 || gap == SPREAD_GAP || t.kind == TokenKind::Punct || t.tag.is_verb() {
                    return None;
                }
                gap += 1;
                k += 1;
            }
            k += run.len();
        }
        Some(k)
    }
}

/// Word ids (see [`Compiled::word_ids_of`]): the id of a word no table of
/// the lexicon looks for.
pub const NO_WORD: u32 = u32::MAX;

/// No node: a word that starts no phrase.
const NO_NODE: u32 = u32::MAX;

/// What a word starts in each table: the trie node of the actor, noun,
/// discard and spread phrases that begin with it, and its verb group
/// (`NO_NODE` where none).
#[derive(Debug, Clone, Copy, PartialEq)]
struct WordEntry {
    actor: u32,
    noun: u32,
    discard: u32,
    spread: u32,
    verb: u32,
}

impl WordEntry {
    const NONE: WordEntry = WordEntry {
        actor: NO_NODE,
        noun: NO_NODE,
        discard: NO_NODE,
        spread: NO_NODE,
        verb: NO_NODE,
    };
}

/// A sentence's tokens as the lexicon knows them, from one hash probe per
/// token ([`Compiled::word_ids_of`]): each word's id ([`NO_WORD`] for a word
/// no table looks for; the words deref to these ids) and where its phrases
/// begin in every table, which the matchers taking it share.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SentenceWords {
    ids: Vec<u32>,
    entries: Vec<WordEntry>,
}

impl SentenceWords {
    fn entry(&self, i: usize) -> WordEntry {
        self.entries.get(i).copied().unwrap_or(WordEntry::NONE)
    }

    /// Is token `i` a form of a verb with patterns?
    pub fn is_verb(&self, i: usize) -> bool {
        self.entry(i).verb != NO_NODE
    }
}

impl std::ops::Deref for SentenceWords {
    type Target = [u32];

    fn deref(&self) -> &[u32] {
        &self.ids
    }
}

/// Phrases as paths of word ids. A sentence's tokens are looked up in the
/// lexicon's vocabulary once (one hash probe each); the tries of actors,
/// nouns and discards then follow ids: the first word by a dense array, the
/// rest through one table of edges for the whole trie — a few cache lines
/// per token even with a classic dictionary's tens of thousands of phrases.
#[derive(Debug)]
struct Trie<V> {
    /// By word id: the node of the phrases that start with that word.
    roots: Vec<u32>,
    /// (node, next word id) packed into one integer → child node.
    edges: HashMap<u64, u32, BuildHasherDefault<PackedHasher>>,
    nodes: Vec<TrieNode<V>>,
}

#[derive(Debug)]
struct TrieNode<V> {
    /// Values of the phrases that end here.
    values: Vec<V>,
    /// Does any longer phrase go on from here?
    has_children: bool,
}

fn edge(node: u32, word: u32) -> u64 {
    (u64::from(node) << 32) | u64::from(word)
}

impl<V> Trie<V> {
    fn new() -> Self {
        Trie {
            roots: Vec::new(),
            edges: HashMap::default(),
            nodes: Vec::new(),
        }
    }

    fn new_node(nodes: &mut Vec<TrieNode<V>>) -> u32 {
        nodes.push(TrieNode {
            values: Vec::new(),
            has_children: false,
        });
        (nodes.len() - 1) as u32
    }

    /// Adds a phrase (its words interned in `vocab`).
    fn insert(&mut self, vocab: &mut WordMap<u32>, words: &[String], value: V) {
        let mut node = NO_NODE;
        for w in words {
            let id = intern(vocab, w);
            node = if node == NO_NODE {
                let slot = id as usize;
                if self.roots.len() <= slot {
                    self.roots.resize(slot + 1, NO_NODE);
                }
                if self.roots[slot] == NO_NODE {
                    self.roots[slot] = Self::new_node(&mut self.nodes);
                }
                self.roots[slot]
            } else {
                self.nodes[node as usize].has_children = true;
                let nodes = &mut self.nodes;
                *self
                    .edges
                    .entry(edge(node, id))
                    .or_insert_with(|| Self::new_node(nodes))
            };
        }
        if let Some(n) = self.nodes.get_mut(node as usize) {
            n.values.push(value);
        }
    }

    /// The node of the phrases starting with word `id`, once
    /// [`Compiled::index_words`] has moved the roots into `WordEntry`s.
    fn first_node(&self, first: u32) -> Option<&TrieNode<V>> {
        self.nodes.get(first as usize)
    }

    /// All (end, values) for prefixes of the words `ids[start..]`, shortest
    /// first; `first` is the node of `ids[start]` (its `WordEntry`'s).
    fn walk<'a>(&'a self, first: u32, ids: &[u32], start: usize) -> Vec<(usize, &'a [V])> {
        let mut out = Vec::new();
        if first == NO_NODE {
            return out;
        }
        let mut node = first;
        let mut k = start;
        loop {
            let n = &self.nodes[node as usize];
            k += 1;
            if !n.values.is_empty() {
                out.push((k, n.values.as_slice()));
            }
            let next = match ids.get(k) {
                Some(&w) if n.has_children && w != NO_WORD => self.edges.get(&edge(node, w)),
                _ => None,
            };
            match next {
                Some(&child) => node = child,
                None => break,
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
    /// The event code, with a paired code after a `/` (`032/033`) when the
    /// pattern has one (see [`crate::split_paired`]).
    pub code: String,
    pub lemma: String,
    /// Words that must come before the verb, in order, each at most
    /// `BEFORE_GAP` tokens before the next (`refusal to *talk`).
    pub before: Vec<String>,
    /// For each word of `before`: must it stand right before the next word (or
    /// the verb)? (`in_*connect`)
    pub before_glued: Vec<bool>,
    /// Words that must follow the verb directly.
    pub particles: Vec<String>,
    /// One of these words must occur within `WINDOW` tokens after the particles.
    pub objects: WordSet,
    /// Multi-word alternatives (`diplomatic_ties`, `improved~relations`), longest
    /// first: the first word within `WINDOW` tokens after the particles, the
    /// others after it.
    pub object_phrases: Vec<ObjectPhrase>,
    /// `objects` as sorted word ids.
    object_ids: Vec<u32>,
    /// Every form of the first word of every `object_phrases` entry, as sorted ids.
    phrase_firsts: Vec<u32>,
    /// `% agree`: the pattern applies only when the verb's subject is a
    /// coordination of actors (a classic dictionary's `- % *`).
    pub compound_subject: bool,
    /// Where source and target stand, when the pattern says (`+subject`, `$after:from`).
    pub roles: crate::parse::RoleMarks,
    pub source: String,
}

/// A multi-word object alternative: words in order, each after the one
/// before it, directly (`_`) or within `WINDOW` tokens of the same clause
/// (`~`). A word matches as written or in its regular plural.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectPhrase {
    /// Each word's accepted forms.
    pub words: Vec<Vec<String>>,
    /// The same as word ids (see [`Compiled::word_ids_of`]), each list sorted.
    ids: Vec<Vec<u32>>,
    /// `gaps[k]`: may other tokens stand before word `k` (`~`)? `gaps[0]` is unused.
    pub gaps: Vec<bool>,
}

impl ObjectPhrase {
    /// Parses `a_b~c` (at least two words); `None` for a single word.
    fn parse(alt: &str) -> Option<ObjectPhrase> {
        let mut words = Vec::new();
        let mut gaps = Vec::new();
        let mut gap = false;
        let mut cur = String::new();
        for c in alt.chars().chain(std::iter::once('\0')) {
            if matches!(c, '_' | '~' | '\0') {
                if !cur.is_empty() {
                    words.push(noun_forms(&cur));
                    gaps.push(gap);
                    cur.clear();
                }
                gap = c == '~';
            } else {
                cur.push(c);
            }
        }
        (words.len() > 1).then_some(ObjectPhrase {
            words,
            ids: Vec::new(),
            gaps,
        })
    }
}

impl VerbPattern {
    fn has_objects(&self) -> bool {
        !self.objects.is_empty() || !self.object_phrases.is_empty()
    }

    /// (words the match required, code length): more words, then the longer code.
    fn specificity(&self, object_words: usize) -> (usize, usize) {
        (
            self.before.len()
                + usize::from(self.compound_subject)
                + self.particles.len()
                + (object_words + 1) * usize::from(object_words > 0),
            crate::parse::split_paired(&self.code).0.len(),
        )
    }
}

/// Bits of a verb group's index keys ((index, word id) pairs), about eight
/// per key, in a group's own stretch of `Compiled::group_key_bits`: a key
/// whose bit is clear is in none of the group's indexes. The stretch of one
/// verb is a cache line or two, where its hash maps are several.
#[derive(Debug, Default, Clone, Copy)]
struct KeyBits {
    /// First `u64` of the stretch and its length (a power of two).
    start: u32,
    words: u32,
}

impl KeyBits {
    fn for_keys(start: usize, keys: usize) -> KeyBits {
        KeyBits {
            start: start as u32,
            words: (keys * 8).div_ceil(64).next_power_of_two() as u32,
        }
    }

    /// The `u64` of `bits` holding the key's bit, and the bit.
    fn slot(self, index: u32, word: u32) -> (usize, u64) {
        let key = (u64::from(index) << 32) | u64::from(word);
        let h = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize;
        let bit = h & (self.words as usize * 64 - 1);
        (self.start as usize + bit / 64, 1 << (bit % 64))
    }

    fn may_contain(self, bits: &[u64], index: u32, word: u32) -> bool {
        let (k, mask) = self.slot(index, word);
        bits.get(k).is_none_or(|b| b & mask != 0)
    }
}

/// The patterns of a verb form, split for matching: those without objects,
/// and those with, indexed by each of their object words (and the first words
/// of their object phrases).
#[derive(Debug, Default)]
struct VerbGroup {
    /// Of the patterns that ask for nothing but the verb (and so match
    /// whenever it stands), the one matching picks: the most specific, the
    /// earliest of equals. Kept instead of the patterns themselves, so that a
    /// verb none of whose other patterns has its words near never reads a
    /// pattern (each a likely cache miss in a classic dictionary's thousands).
    best_plain: Option<(VerbPatternId, (usize, usize))>,
    /// The same among the plain patterns that ask nothing of the subject
    /// (without `% `).
    best_plain_single: Option<(VerbPatternId, (usize, usize))>,
    /// The group's three indexes as (start, length) in `Compiled::group_keys`
    /// (see [`GroupIndexes`]): patterns with objects by their object words;
    /// patterns without objects but with particles by their first particle;
    /// patterns with words before the verb and nothing after it by their last
    /// word before the verb.
    indexes: [(u32, u32); 3],
    /// Which keys the three indexes have.
    key_bits: KeyBits,
}

/// A verb group's indexes while compiling: by object word (and phrase first
/// word), by first particle (which must stand one or two tokens after the
/// verb), by last word before the verb (at most `BEFORE_GAP + 1` tokens
/// before it). Flattened into `Compiled::group_keys` and `group_lists`.
type GroupIndexes = [FastMap<u32, Vec<VerbPatternId>>; 3];

/// Where a verb pattern's words are in `Compiled::verb_quick_words`: `before`
/// words from `start`, then `particles` words.
#[derive(Debug, Clone, Copy)]
struct QuickPattern {
    start: u32,
    before: u32,
    particles: u32,
    /// `object_ids` and `phrase_firsts` as (start, length) in
    /// `Compiled::verb_quick_ids`.
    object_ids: (u32, u32),
    phrase_firsts: (u32, u32),
    /// The pattern's object phrases, longest first, flattened into
    /// `Compiled::verb_quick_ids` (see [`find_phrase`]).
    phrases: (u32, u32),
    has_objects: bool,
    compound_subject: bool,
    /// [`VerbPattern::specificity`] without objects: its words and code length.
    spec_words: u32,
    code_len: u32,
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
    /// When the pattern applies only to a coordinated subject (`% agree`):
    /// the code of the best pattern without that condition, if one matched.
    pub single_subject: Option<Option<String>>,
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
    /// Every word a table looks for → its id and where each table's phrases
    /// starting with it begin: a token's one lookup finds all of them.
    lookup: WordMap<(u32, WordEntry)>,
    /// By word id while compiling: the verb form's group in `verb_groups`
    /// (moved into `lookup` at the end).
    verb_of: Vec<u32>,
    verb_groups: Vec<VerbGroup>,
    /// How far after a verb any pattern's particles and objects may reach.
    verb_reach: usize,
    verb_patterns: Vec<VerbPattern>,
    /// What matching checks first of each verb pattern, in one dense array
    /// beside `verb_patterns` (whose patterns, with their words on the heap,
    /// are several cache lines each): a candidate that fails these checks, as
    /// most of a classic verb's patterns do, never touches its pattern.
    verb_quick: Vec<QuickPattern>,
    /// The words of `verb_quick` as word ids: each pattern's `before` words
    /// (with their `before_glued` flags), then its particles.
    verb_quick_words: Vec<(u32, bool)>,
    /// Each verb pattern's `object_ids`, its `phrase_firsts`, then its object
    /// phrases flattened (see [`find_phrase`]).
    verb_quick_ids: Vec<u32>,
    /// The verb groups' [`KeyBits`]: a token near a verb is looked up in the
    /// group's index only if its bit is set. Most tokens near a verb are no
    /// key of its group, and a lookup in one of a classic dictionary's
    /// thousands of groups is a cache miss.
    group_key_bits: Vec<u64>,
    /// The verb groups' index entries, (word id, start, length) in
    /// `group_lists`; each index's entries sorted by word id.
    group_keys: Vec<(u32, u32, u32)>,
    /// The patterns of each index entry, in lexicon order.
    group_lists: Vec<u32>,
    nouns: Trie<NounValue>,
    reporting: WordSet,
    /// Discard phrases: `true` for a story discard.
    discards: Trie<bool>,
    /// Actor and agent phrases whose words may stand apart, and their first
    /// words: with the indices of the phrases of one run, and
    /// `SPREAD_SEVERAL` for the start of phrases of several runs.
    spread: Vec<SpreadPhrase>,
    spread_firsts: Trie<u32>,
    /// Phrases of several runs by (first word, first word of the second run),
    /// packed as [`edge`] packs: a classic dictionary has hundreds that start
    /// with "minister", and only those whose second run starts near a
    /// "minister" are worth reading.
    spread_pairs: HashMap<u64, Vec<u32>, BuildHasherDefault<PackedHasher>>,
    /// How far after its first word a spread phrase's second run may start.
    spread_reach: usize,
    /// While compiling: every word a table looks for (phrase words, verb
    /// forms, the words patterns look for around their verb) → its word id
    /// (moved into `lookup` at the end).
    vocab: WordMap<u32>,
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
    pub discard_phrases: usize,
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
        let mut form_patterns: FastMap<String, Vec<VerbPatternId>> = FastMap::default();
        let mut lemma_forms: FastMap<String, Vec<String>> = FastMap::default();
        let mut c = Compiled {
            phrases: Trie::new(),
            lookup: WordMap::default(),
            verb_of: Vec::new(),
            verb_groups: Vec::new(),
            verb_reach: 0,
            verb_patterns: Vec::new(),
            verb_quick: Vec::new(),
            verb_quick_words: Vec::new(),
            verb_quick_ids: Vec::new(),
            group_key_bits: Vec::new(),
            group_keys: Vec::new(),
            group_lists: Vec::new(),
            nouns: Trie::new(),
            reporting: WordSet::default(),
            discards: Trie::new(),
            spread: Vec::new(),
            spread_firsts: Trie::new(),
            spread_pairs: HashMap::default(),
            spread_reach: 0,
            vocab: WordMap::default(),
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
                        // `=police`: an agent that takes no regular plural.
                        let (as_written, p) = match p.strip_prefix('=') {
                            Some(rest) => (true, rest),
                            None => (false, p.as_str()),
                        };
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
                        let variants =
                            if kind == PhraseKind::Agent && exact.is_none() && !as_written {
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
                            // `ithilen~television`: words that may stand apart.
                            if w.iter().any(|x| x == "~") {
                                let runs: Vec<&[String]> = w
                                    .split(|x| x == "~")
                                    .filter(|part| !part.is_empty())
                                    .collect();
                                let Some(first) = runs.first() else {
                                    return Err(err(format!("phrase {p:?} has no words")));
                                };
                                let index = c.spread.len() as u32;
                                let parts: Vec<Vec<u32>> = runs
                                    .iter()
                                    .map(|run| {
                                        run.iter().map(|x| intern(&mut c.vocab, x)).collect()
                                    })
                                    .collect();
                                let entry = match parts.get(1) {
                                    Some(second) => {
                                        let key = edge(parts[0][0], second[0]);
                                        c.spread_pairs.entry(key).or_default().push(index);
                                        c.spread_reach =
                                            c.spread_reach.max(first.len() + SPREAD_GAP);
                                        SPREAD_SEVERAL
                                    }
                                    None => index,
                                };
                                c.spread_firsts.insert(&mut c.vocab, &first[..1], entry);
                                c.spread.push(SpreadPhrase {
                                    parts,
                                    value: PhraseValue {
                                        kind,
                                        code: e.key.clone(),
                                        exact: None,
                                        valid: e.valid,
                                    },
                                });
                                continue;
                            }
                            c.phrases.insert(
                                &mut c.vocab,
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
                        // `% agree`: only for a coordinated subject ("X and Y agree").
                        let (compound_subject, p) = match p.strip_prefix("% ") {
                            Some(rest) => (true, rest),
                            None => (false, p.as_str()),
                        };
                        let (p, roles) = crate::parse::split_role_marks(p)
                            .map_err(|m| err(format!("verb pattern {p:?}: {m}")))?;
                        let (head, objects) = match p.split_once("...") {
                            Some((h, o)) => (h, o.trim()),
                            None => (p, ""),
                        };
                        // `refusal to *talk`: the `*` marks the verb after other words.
                        let h = crate::parse::split_head(&head.to_lowercase())
                            .map_err(|m| err(format!("verb pattern {p:?} {m}")))?;
                        let lemma = h.lemma;
                        let before: Vec<String> = h.before.iter().map(|(w, _)| w.clone()).collect();
                        let before_glued: Vec<bool> = h.before.iter().map(|(_, g)| *g).collect();
                        let particles = h.particles;
                        let alternatives: Vec<&str> = objects
                            .split(['|', ' '])
                            .filter(|s| !s.is_empty())
                            .collect();
                        let mut object_phrases: Vec<ObjectPhrase> = alternatives
                            .iter()
                            .filter_map(|a| ObjectPhrase::parse(a))
                            .collect();
                        object_phrases.sort_by_key(|ph| std::cmp::Reverse(ph.words.len()));
                        for ph in &mut object_phrases {
                            ph.ids = ph
                                .words
                                .iter()
                                .map(|forms| intern_all(&mut c.vocab, forms))
                                .collect();
                        }
                        let mut phrase_firsts: Vec<u32> = object_phrases
                            .iter()
                            .flat_map(|ph| ph.ids[0].iter().copied())
                            .collect();
                        phrase_firsts.sort_unstable();
                        phrase_firsts.dedup();
                        let objects: WordSet = alternatives
                            .iter()
                            .filter(|a| !a.contains(['_', '~']))
                            .flat_map(|o| noun_forms(o))
                            .collect();
                        let object_ids =
                            intern_all(&mut c.vocab, &objects.iter().cloned().collect::<Vec<_>>());
                        let id = c.verb_patterns.len();
                        // A classic verb has dozens of patterns: its forms once.
                        let forms = lemma_forms.entry(lemma.clone()).or_insert_with(|| {
                            verb_forms(&lemma, irregular.get(lemma.as_str()).unwrap_or(&no_forms))
                        });
                        for f in forms.iter() {
                            form_patterns.entry(f.clone()).or_default().push(id);
                        }
                        c.verb_patterns.push(VerbPattern {
                            code: e.key.clone(),
                            lemma,
                            before,
                            before_glued,
                            particles,
                            objects,
                            object_ids,
                            object_phrases,
                            phrase_firsts,
                            compound_subject,
                            roles,
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
                                &mut c.vocab,
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
                Section::Discards => {
                    for p in &e.phrases {
                        let words = words_of(p);
                        if words.is_empty() {
                            return Err(err(format!("discard phrase {p:?} has no words")));
                        }
                        c.discards.insert(&mut c.vocab, &words, e.key == "story");
                        c.stats.discard_phrases += 1;
                    }
                }
            }
        }
        c.stats.verb_patterns = c.verb_patterns.len();
        c.index_quick_words();
        c.group_verb_forms(form_patterns);
        c.stats.verb_forms = c.verb_of.iter().filter(|&&g| g != NO_NODE).count();
        c.index_words();
        c.stats.reporting_forms = c.reporting.len();
        Ok(c)
    }

    /// Fills `verb_quick`, `verb_quick_words` and `verb_quick_ids`, interning
    /// the words before the verbs and the particles with the object words.
    fn index_quick_words(&mut self) {
        for p in &self.verb_patterns {
            let start = self.verb_quick_words.len() as u32;
            for (w, &glued) in p.before.iter().zip(&p.before_glued) {
                let id = intern(&mut self.vocab, w);
                self.verb_quick_words.push((id, glued));
            }
            for w in &p.particles {
                let id = intern(&mut self.vocab, w);
                self.verb_quick_words.push((id, false));
            }
            let mut ids = |list: &[u32]| {
                let from = self.verb_quick_ids.len() as u32;
                self.verb_quick_ids.extend_from_slice(list);
                (from, list.len() as u32)
            };
            let object_ids = ids(&p.object_ids);
            let phrase_firsts = ids(&p.phrase_firsts);
            let mut flat: Vec<u32> = Vec::new();
            for ph in &p.object_phrases {
                let mut one = vec![ph.words.len() as u32];
                for (w, forms) in ph.ids.iter().enumerate() {
                    let gap = ph.gaps.get(w).copied().unwrap_or(false);
                    one.extend([u32::from(gap), forms.len() as u32]);
                    one.extend_from_slice(forms);
                }
                flat.push(one.len() as u32);
                flat.extend(one);
            }
            let phrases = ids(&flat);
            let (spec_words, code_len) = p.specificity(0);
            self.verb_quick.push(QuickPattern {
                start,
                before: p.before.len() as u32,
                particles: p.particles.len() as u32,
                object_ids,
                phrase_firsts,
                phrases,
                has_objects: p.has_objects(),
                compound_subject: p.compound_subject,
                spec_words: spec_words as u32,
                code_len: code_len as u32,
            });
        }
    }

    /// Groups verb forms with the same patterns and indexes each group's
    /// patterns by their object words.
    fn group_verb_forms(&mut self, form_patterns: FastMap<String, Vec<VerbPatternId>>) {
        let mut groups: HashMap<Vec<VerbPatternId>, u32> = HashMap::new();
        let mut max_particles = 0;
        for p in &self.verb_patterns {
            max_particles = max_particles.max(p.particles.len());
        }
        // Particles may each be preceded by an object pronoun.
        self.verb_reach = 2 * max_particles + WINDOW;
        let mut built: Vec<GroupIndexes> = Vec::new();
        for (form, ids) in form_patterns {
            let next = self.verb_groups.len() as u32;
            let g = *groups.entry(ids.clone()).or_insert_with(|| {
                let mut group = VerbGroup::default();
                let mut indexes: GroupIndexes = Default::default();
                let [by_word, by_particle, by_before] = &mut indexes;
                for &id in &ids {
                    let p = &self.verb_patterns[id];
                    if p.has_objects() {
                        for &w in p.object_ids.iter().chain(&p.phrase_firsts) {
                            let list = by_word.entry(w).or_default();
                            if list.last() != Some(&id) {
                                list.push(id);
                            }
                        }
                    } else {
                        let q = self.verb_quick[id];
                        let word = |k: u32| self.verb_quick_words[k as usize].0;
                        if q.particles > 0 {
                            let first = word(q.start + q.before);
                            by_particle.entry(first).or_default().push(id);
                        } else if q.before > 0 {
                            let last = word(q.start + q.before - 1);
                            by_before.entry(last).or_default().push(id);
                        } else {
                            // `ids` ascend: strictly better replaces.
                            let spec = (q.spec_words as usize, q.code_len as usize);
                            if group.best_plain.is_none_or(|(_, s)| spec > s) {
                                group.best_plain = Some((id, spec));
                            }
                            if !q.compound_subject
                                && group.best_plain_single.is_none_or(|(_, s)| spec > s)
                            {
                                group.best_plain_single = Some((id, spec));
                            }
                        }
                    }
                }
                built.push(indexes);
                self.verb_groups.push(group);
                next
            });
            let slot = intern(&mut self.vocab, &form) as usize;
            if self.verb_of.len() <= slot {
                self.verb_of.resize(slot + 1, NO_NODE);
            }
            self.verb_of[slot] = g;
        }
        for (group, indexes) in self.verb_groups.iter_mut().zip(built) {
            let keys = indexes.iter().map(|m| m.len()).sum();
            group.key_bits = KeyBits::for_keys(self.group_key_bits.len(), keys);
            let len = self.group_key_bits.len() + group.key_bits.words as usize;
            self.group_key_bits.resize(len, 0);
            for (index, map) in indexes.into_iter().enumerate() {
                let mut entries: Vec<(u32, Vec<VerbPatternId>)> = map.into_iter().collect();
                entries.sort_unstable_by_key(|e| e.0);
                group.indexes[index] = (self.group_keys.len() as u32, entries.len() as u32);
                for (w, list) in entries {
                    let (k, mask) = group.key_bits.slot(index as u32, w);
                    self.group_key_bits[k] |= mask;
                    let start = self.group_lists.len() as u32;
                    self.group_lists.extend(list.iter().map(|&id| id as u32));
                    self.group_keys.push((w, start, list.len() as u32));
                }
            }
        }
    }

    /// Moves the vocabulary, the tries' first nodes and the verb groups into
    /// `lookup`.
    fn index_words(&mut self) {
        // One mark per first word for its phrases of several runs.
        for n in &mut self.spread_firsts.nodes {
            if n.values.contains(&SPREAD_SEVERAL) {
                n.values.retain(|&k| k != SPREAD_SEVERAL);
                n.values.push(SPREAD_SEVERAL);
            }
        }
        let n = self.vocab.len();
        let at = |v: &mut Vec<u32>| {
            let mut v = std::mem::take(v);
            v.resize(n, NO_NODE);
            v
        };
        let actor = at(&mut self.phrases.roots);
        let noun = at(&mut self.nouns.roots);
        let discard = at(&mut self.discards.roots);
        let spread = at(&mut self.spread_firsts.roots);
        let verb = at(&mut self.verb_of);
        let entry = |k: usize| WordEntry {
            actor: actor[k],
            noun: noun[k],
            discard: discard[k],
            spread: spread[k],
            verb: verb[k],
        };
        self.lookup = std::mem::take(&mut self.vocab).map(|id| (id, entry(id as usize)));
    }

    /// A word's id and entry ([`NO_WORD`] and [`WordEntry::NONE`] if no table
    /// looks for it).
    fn word(&self, word: &str) -> (u32, WordEntry) {
        self.lookup
            .get(word)
            .copied()
            .unwrap_or((NO_WORD, WordEntry::NONE))
    }

    /// Longest-match actor and agent phrases, left to right, non-overlapping.
    /// A token such as `Iranian-linked` or `U.S.-led` counts as an actor when the
    /// part before its first hyphen is a one-word actor phrase.
    pub fn find_actors(&self, story: &str, tokens: &[Token]) -> Vec<ActorHit> {
        self.find_actors_on(story, tokens, &self.word_ids_of(tokens), None)
    }

    /// [`Compiled::find_actors`] for a story published on `date` (`YYYYMMDD`):
    /// a date-restricted code applies only inside its window and then beats the
    /// phrase's unrestricted code. Without a date, unrestricted codes come first.
    /// `ids` are the tokens' words ([`Compiled::word_ids_of`]).
    pub fn find_actors_on(
        &self,
        story: &str,
        tokens: &[Token],
        ids: &SentenceWords,
        date: Option<u32>,
    ) -> Vec<ActorHit> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let mut best: Option<(usize, &PhraseValue)> = None;
            let entry = ids.entry(i);
            for (end, values) in self.phrases.walk(entry.actor, ids, i) {
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
                            // Of restricted entries, the narrowest window.
                            v.valid.span(),
                        )
                    });
                if let Some(v) = ok {
                    best = Some((end, v));
                }
            }
            if let Some((end, v)) = self.spread_at(tokens, ids, i, entry.spread, date) {
                if best.is_none_or(|(e, _)| end > e) {
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

    /// The longest phrase with words apart that starts at token `i`.
    fn spread_at(
        &self,
        tokens: &[Token],
        ids: &[u32],
        i: usize,
        first: u32,
        date: Option<u32>,
    ) -> Option<(usize, &PhraseValue)> {
        let starts = &self.spread_firsts.first_node(first)?.values;
        let mut indices: Vec<u32> = starts
            .iter()
            .copied()
            .filter(|&k| k != SPREAD_SEVERAL)
            .collect();
        if starts.len() > indices.len() {
            let w0 = ids.get(i).copied().unwrap_or(NO_WORD);
            let window = ids.get(i + 1..(i + 1 + self.spread_reach).min(ids.len()));
            for &w in window.unwrap_or_default() {
                if let Some(list) = self.spread_pairs.get(&edge(w0, w)) {
                    indices.extend_from_slice(list);
                }
            }
            // Lexicon order, as the phrases were listed (ties go to the last).
            indices.sort_unstable();
            indices.dedup();
        }
        indices
            .iter()
            .map(|&k| &self.spread[k as usize])
            .filter(|sp| date.is_none_or(|d| sp.value.valid.contains(d)))
            .filter_map(|sp| Some((sp.match_at(tokens, ids, i)?, &sp.value)))
            .max_by_key(|(end, _)| *end)
    }

    fn single_word_actor(&self, word: &str) -> Option<&PhraseValue> {
        self.phrases
            .first_node(self.word(word).1.actor)?
            .values
            .iter()
            .find(|v| v.kind == PhraseKind::Actor && v.exact.is_none() && v.valid.is_always())
    }

    /// Is `form` (lower-cased) a form of a verb with patterns?
    pub fn is_verb_form(&self, form: &str) -> bool {
        self.word(form).1.verb != NO_NODE
    }

    /// The most specific verb pattern matching at token `i`, looking no further
    /// than `limit` for particles and objects.
    pub fn match_verb(&self, tokens: &[Token], i: usize, limit: usize) -> Option<VerbHit> {
        self.match_verb_ids(tokens, &self.word_ids_of(tokens), i, limit)
    }

    /// A sentence's words as the lexicon knows them: the one lookup of each
    /// token that the matchers share.
    pub fn word_ids_of(&self, tokens: &[Token]) -> SentenceWords {
        let (ids, entries) = tokens.iter().map(|t| self.word(&t.lower)).unzip();
        SentenceWords { ids, entries }
    }

    /// [`Compiled::match_verb`] with the sentence's word ids looked up once
    /// (`ids` from [`Compiled::word_ids_of`] on the same tokens).
    pub fn match_verb_ids(
        &self,
        tokens: &[Token],
        ids: &SentenceWords,
        i: usize,
        limit: usize,
    ) -> Option<VerbHit> {
        let g = ids.entries.get(i)?.verb;
        let group = self.verb_groups.get(g as usize)?;
        let limit = limit.min(tokens.len());
        let tids = TokenIds::new(ids, i, limit);
        // Of the patterns with objects, only those one of whose object words
        // stands near the verb can match; candidates go in lexicon order (ties
        // go to the earlier pattern). Plain patterns are weighed at the end.
        let mut extra: Vec<VerbPatternId> = Vec::new();
        // Patterns with objects by the words near the verb; patterns with
        // particles or words before the verb, whose first particle or last
        // word before the verb stands where it must.
        let near = [
            i.saturating_sub(BACK_WINDOW)..limit.min(i + 1 + self.verb_reach),
            i + 1..(i + 3).min(limit),
            i.saturating_sub(BEFORE_GAP + 1)..i,
        ];
        for ((index, tokens_near), (start, len)) in near.into_iter().enumerate().zip(group.indexes)
        {
            if len == 0 {
                continue;
            }
            let keys = self
                .group_keys
                .get(start as usize..(start + len) as usize)
                .unwrap_or_default();
            for k in tokens_near {
                let Some(&w) = ids.get(k).filter(|&&w| w != NO_WORD) else {
                    continue;
                };
                if !group
                    .key_bits
                    .may_contain(&self.group_key_bits, index as u32, w)
                {
                    continue;
                }
                if let Ok(at) = keys.binary_search_by_key(&w, |e| e.0) {
                    let (_, from, n) = keys[at];
                    let list = self
                        .group_lists
                        .get(from as usize..(from + n) as usize)
                        .unwrap_or_default();
                    extra.extend(list.iter().map(|&id| id as VerbPatternId));
                }
            }
        }
        extra.sort_unstable();
        extra.dedup();
        // (pattern, end of its particles, its object), specificity; the hit
        // (and its code) is built once the best is known.
        type Candidate = (VerbPatternId, usize, Option<usize>);
        let mut best: Option<(Candidate, (usize, usize))> = None;
        // The best pattern that asks nothing of the subject, when it differs.
        let mut best_single: Option<(VerbPatternId, (usize, usize))> = None;
        for &id in &extra {
            // Words before the verb and particles, compared by word id.
            let Some(q) = self.verb_quick.get(id) else {
                continue;
            };
            let start = q.start as usize;
            let mid = start + q.before as usize;
            let words = &self.verb_quick_words;
            let before = words.get(start..mid).unwrap_or_default();
            let particles = words
                .get(mid..mid + q.particles as usize)
                .unwrap_or_default();
            if !before.is_empty() && !words_before(tokens, ids, i, before) {
                continue;
            }
            let is = |k: usize, w: u32| ids.get(k) == Some(&w);
            let mut j = i + 1;
            let mut ok = true;
            for &(part, _) in particles {
                // An object pronoun may sit between verb and particle: "called him in".
                if j < limit && !is(j, part) && is_object_pronoun(&tokens[j].lower) {
                    j += 1;
                }
                if j < limit && is(j, part) {
                    j += 1;
                } else {
                    ok = false;
                    break;
                }
            }
            if !ok {
                continue;
            }
            let quick_ids = |(from, len): (u32, u32)| {
                let from = from as usize;
                self.verb_quick_ids
                    .get(from..from + len as usize)
                    .unwrap_or_default()
            };
            let object_ids = quick_ids(q.object_ids);
            let mut object = None;
            let mut object_words = 0;
            // The longest multi-word alternative that occurs (they are kept
            // longest first), else a word.
            let window = j..limit.min(j + WINDOW);
            let phrases: &[u32] = if window
                .clone()
                .any(|k| tids.is_in(k, quick_ids(q.phrase_firsts)))
            {
                quick_ids(q.phrases)
            } else {
                &[]
            };
            let mut off = 0;
            while let Some(&len) = phrases.get(off) {
                let ph = phrases
                    .get(off + 1..off + 1 + len as usize)
                    .unwrap_or_default();
                off += 1 + len as usize;
                if let Some(k) = find_phrase(ph, tokens, &tids, j, limit.min(j + WINDOW), limit) {
                    object = Some(k);
                    object_words = ph.first().map_or(0, |&n| n as usize);
                    break;
                }
            }
            if object.is_none() && q.has_objects {
                object = (j..limit.min(j + WINDOW))
                    .find(|&k| tids.is_in(k, object_ids))
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
                            .find(|&k| tids.is_in(k, object_ids))
                    });
                if object.is_none() {
                    continue;
                }
                object_words = 1;
            }
            // `VerbPattern::specificity`, from what `verb_quick` keeps of it.
            let spec = (
                q.spec_words as usize + (object_words + 1) * usize::from(object_words > 0),
                q.code_len as usize,
            );
            if !q.compound_subject && best_single.as_ref().is_none_or(|(_, s)| spec > *s) {
                best_single = Some((id, spec));
            }
            if best.as_ref().is_none_or(|(_, s)| spec > *s) {
                best = Some(((id, j, object), spec));
            }
        }
        // The plain patterns' best, as if it had been a candidate above: a
        // plain pattern ends right after the verb and has no object.
        let beats = |(id, spec): (VerbPatternId, (usize, usize)),
                     other: Option<(VerbPatternId, (usize, usize))>| {
            other.is_none_or(|(o, s)| spec > s || (spec == s && id < o))
        };
        if let Some(plain) = group.best_plain {
            if beats(plain, best.map(|((id, _, _), s)| (id, s))) {
                best = Some(((plain.0, i + 1, None), plain.1));
            }
        }
        if let Some(plain) = group.best_plain_single {
            if beats(plain, best_single) {
                best_single = Some(plain);
            }
        }
        let ((id, end, object), _) = best?;
        let p = &self.verb_patterns[id];
        Some(VerbHit {
            pattern: id,
            code: p.code.clone(),
            verb: i,
            end,
            object,
            single_subject: p
                .compound_subject
                .then(|| best_single.map(|(s, _)| self.verb_patterns[s].code.clone())),
        })
    }

    /// The noun trigger starting at token `i`, longest first.
    /// `ids` are the tokens' words ([`Compiled::word_ids_of`]).
    pub fn match_noun(&self, tokens: &[Token], ids: &SentenceWords, i: usize) -> Option<NounHit> {
        let first = ids.entries.get(i)?.noun;
        let (end, values) = self.nouns.walk(first, ids, i).pop()?;
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

    /// Does the sentence contain a discard phrase? `Some(true)` for a story
    /// discard (the whole story is not coded), `Some(false)` for a sentence
    /// discard; a story discard wins. `ids` are the sentence's word ids
    /// ([`Compiled::word_ids_of`]).
    pub fn discard(&self, ids: &SentenceWords) -> Option<bool> {
        if self.stats.discard_phrases == 0 {
            return None;
        }
        let mut found = None;
        for i in 0..ids.len() {
            for (_, values) in self.discards.walk(ids.entry(i).discard, ids, i) {
                for &story in values {
                    if story {
                        return Some(true);
                    }
                    found = Some(false);
                }
            }
        }
        found
    }

    /// Does the lexicon have discard phrases at all?
    pub fn has_discards(&self) -> bool {
        self.stats.discard_phrases > 0
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

/// The id of `word`, interning it if it is new.
fn intern(ids: &mut WordMap<u32>, word: &str) -> u32 {
    if let Some(&id) = ids.get(word) {
        return id;
    }
    let next = ids.len() as u32;
    ids.insert(word, next);
    next
}

/// Interns `words`, returning their ids sorted and deduplicated.
fn intern_all(ids: &mut WordMap<u32>, words: &[String]) -> Vec<u32> {
    let mut out: Vec<u32> = words.iter().map(|w| intern(ids, w)).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Word ids of the tokens a verb pattern may look at: the sentence's ids,
/// looked up once per sentence (see [`Compiled::word_ids_of`]), cut to the
/// verb's reach.
struct TokenIds<'a> {
    ids: &'a [u32],
    base: usize,
    /// Tokens from here on are never looked at.
    end: usize,
}

impl<'a> TokenIds<'a> {
    /// How far past the verb a pattern may look (particles, then phrases).
    const REACH: usize = 64;

    fn new(ids: &'a [u32], verb: usize, limit: usize) -> TokenIds<'a> {
        let base = verb.saturating_sub(BACK_WINDOW);
        let end = limit.min(verb + Self::REACH).min(ids.len()).max(base);
        TokenIds { ids, base, end }
    }

    fn raw(&self, k: usize) -> u32 {
        if k < self.base || k >= self.end {
            return NO_WORD;
        }
        self.ids[k]
    }

    /// Token `k`'s word id, if the lexicon knows the word.
    fn id(&self, k: usize) -> Option<u32> {
        Some(self.raw(k)).filter(|id| *id != NO_WORD)
    }

    /// Is token `k`'s word one of `set` (sorted ids)?
    fn is_in(&self, k: usize, set: &[u32]) -> bool {
        self.id(k).is_some_and(|id| set.binary_search(&id).is_ok())
    }
}

/// Where an object phrase's first word is, if the phrase occurs with that word
/// in `start..first_limit`, inside `..limit`. The phrase is flattened as
/// `[words, (gap, forms, form ids…) per word]`: `gap` says whether other
/// tokens may stand before the word (`~`, within `WINDOW` tokens of the same
/// clause) or it follows the one before directly (`_`); a word matches any of
/// its forms (sorted ids). One slice, where the phrase's own vectors were a
/// chain of cache misses for each candidate pattern.
fn find_phrase(
    ph: &[u32],
    tokens: &[Token],
    ids: &TokenIds,
    start: usize,
    first_limit: usize,
    limit: usize,
) -> Option<usize> {
    let words = *ph.first()? as usize;
    // (gap, forms, offset of the next word) of the word at `off`.
    let word_at = |off: usize| -> Option<(bool, &[u32], usize)> {
        let gap = *ph.get(off)? != 0;
        let n = *ph.get(off + 1)? as usize;
        Some((gap, ph.get(off + 2..off + 2 + n)?, off + 2 + n))
    };
    let (_, first, rest) = word_at(1)?;
    (start..first_limit)
        .filter(|&k| ids.is_in(k, first))
        .find(|&k0| {
            let (mut pos, mut off) = (k0, rest);
            for _ in 1..words {
                let Some((gap, forms, next_off)) = word_at(off) else {
                    return false;
                };
                off = next_off;
                let is = |k: usize| ids.is_in(k, forms);
                let next = if gap {
                    (pos + 1..limit.min(pos + 1 + WINDOW))
                        .take_while(|&k| tokens[k].kind != TokenKind::Punct || is(k))
                        .find(|&k| is(k))
                } else {
                    Some(pos + 1).filter(|&k| k < limit && is(k))
                };
                match next {
                    Some(k) => pos = k,
                    None => return false,
                }
            }
            true
        })
}

/// Do a pattern's `before` words (word ids, each with its `before_glued`
/// flag) occur, in order, before token `verb`: the last at most `BEFORE_GAP`
/// tokens before the verb, each other at most `BEFORE_GAP` tokens before the
/// next, never across punctuation; a glued word right before what follows it?
/// `ids` are the sentence's word ids (see [`Compiled::word_ids_of`]).
fn words_before(tokens: &[Token], ids: &[u32], verb: usize, words: &[(u32, bool)]) -> bool {
    let mut next = verb;
    for &(w, glue) in words.iter().rev() {
        let lo = next.saturating_sub(if glue { 1 } else { BEFORE_GAP + 1 });
        let is_w = |k: usize| ids.get(k) == Some(&w);
        let found = (lo..next)
            .rev()
            .take_while(|&k| tokens[k].kind != TokenKind::Punct || is_w(k))
            .find(|&k| is_w(k));
        match found {
            Some(k) => next = k,
            None => return false,
        }
    }
    true
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
    fn word_maps_keep_short_and_long_words_apart() {
        let words = [
            "",
            "a",
            "a\0",
            "ab",
            "fifteen-bytes!!",
            "sixteen-bytes!!!",
            "éé",
            "seventeen-bytes!!",
        ];
        let mut m = WordMap::default();
        for (k, w) in words.iter().enumerate() {
            m.insert(w, k);
        }
        assert_eq!(m.len(), words.len());
        for (k, w) in words.iter().enumerate() {
            assert_eq!(m.get(w), Some(&k), "{w:?}");
        }
        assert_eq!(m.get("b"), None);
        assert_eq!(m.get("sixteen-bytes!!?"), None);
    }

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
        let code = |d| {
            c.find_actors_on(s, &t, &c.word_ids_of(&t), d)[0]
                .code
                .clone()
        };
        assert_eq!(code(Some(20100101)), "IRNGOV");
        assert_eq!(code(Some(20000101)), "IRNELI");
        assert_eq!(code(Some(20130803)), "IRNELI");
        assert_eq!(code(None), "IRNELI");
        assert_eq!(c.find_actors(s, &t)[0].code, "IRNELI");
        // Of two windows that hold the date, the narrower.
        let c = compiled(
            "[actors]
IRNGOV 20050803-20130803 : Ahmadinejad
IRNMIL 20091231-20100105 : Ahmadinejad
",
        );
        let code = |d| {
            c.find_actors_on(s, &t, &c.word_ids_of(&t), d)[0]
                .code
                .clone()
        };
        assert_eq!(code(Some(20100101)), "IRNMIL");
        assert_eq!(code(Some(20100105)), "IRNGOV");
    }

    #[test]
    fn agent_plurals_match() {
        let c = compiled(LEX);
        let s = "ambassadors of Iran";
        let hits = c.find_actors(s, &toks(s));
        assert_eq!(hits[0].code, "GOV");
    }

    #[test]
    fn spread_phrases_allow_words_between_their_runs() {
        let c = compiled("[actors]\nIRN : iran\nIRQ : iran~state_television\n");
        let codes = |s: &str| -> Vec<(usize, usize, String)> {
            c.find_actors(s, &toks(s))
                .into_iter()
                .map(|h| (h.first, h.end, h.code))
                .collect()
        };
        assert_eq!(codes("Iran state television"), [(0, 3, "IRQ".to_string())]);
        assert_eq!(
            codes("Iran 's own state television"),
            [(0, 5, "IRQ".to_string())]
        );
        // Never across punctuation, and the runs keep their own words together.
        assert_eq!(codes("Iran, state television"), [(0, 1, "IRN".to_string())]);
        assert_eq!(
            codes("Iran state new television"),
            [(0, 1, "IRN".to_string())]
        );
    }

    #[test]
    fn spread_phrases_sharing_a_first_word() {
        let c = compiled(
            "[agents]\nGOV : minister\nGOVAGR : minister~for agriculture\n\
             GOVDEF : minister~for defence | minister~of defence\nGOVEDU : minister~of education\n",
        );
        let codes = |s: &str| -> Vec<(usize, usize, String)> {
            c.find_actors(s, &toks(s))
                .into_iter()
                .map(|h| (h.first, h.end, h.code))
                .collect()
        };
        let hit = |a, b, code: &str| vec![(a, b, code.to_string())];
        assert_eq!(codes("the minister for agriculture"), hit(1, 4, "GOVAGR"));
        assert_eq!(
            codes("the minister of state for defence"),
            hit(1, 6, "GOVDEF")
        );
        assert_eq!(
            codes("the education minister of education"),
            hit(2, 5, "GOVEDU")
        );
        assert_eq!(codes("the minister said"), hit(1, 2, "GOV"));
        // Three words between the runs at most.
        assert_eq!(codes("minister a b c for defence"), hit(0, 6, "GOVDEF"));
        // The second run too far away: the plain agent.
        assert_eq!(codes("minister a b c d for defence"), hit(0, 1, "GOV"));
    }

    #[test]
    fn words_written_with_equals_take_no_plural() {
        let c = compiled(
            "[agents]\nCOP : =police\n[verbs]\n081 : adopt\n102 : adopt ... =resolution\n",
        );
        let hit = |s: &str| c.find_actors(s, &toks(s)).first().map(|h| h.code.clone());
        assert_eq!(hit("the police").as_deref(), Some("COP"));
        assert_eq!(hit("the polices"), None);
        let code = |s: &str| {
            let t = toks(s);
            c.match_verb(&t, 1, t.len()).map(|h| h.code)
        };
        assert_eq!(code("Arnor adopted a resolution").as_deref(), Some("102"));
        assert_eq!(code("Arnor adopted resolutions").as_deref(), Some("081"));
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
    fn plain_patterns_tie_with_others_in_lexicon_order() {
        // `% meet` (a word for the subject) and `meet up` (a particle) are
        // equally specific: the earlier pattern wins, and the best pattern
        // for a single subject is the other.
        let hit = |lex: &str| {
            let c = compiled(lex);
            let t = toks("they meet up");
            let h = c.match_verb(&t, 1, t.len()).unwrap();
            (h.code, h.single_subject)
        };
        assert_eq!(
            hit("[verbs]\n031 : % meet\n032 : meet up\n"),
            ("031".to_string(), Some(Some("032".to_string())))
        );
        assert_eq!(
            hit("[verbs]\n032 : meet up\n031 : % meet\n"),
            ("032".to_string(), None)
        );
    }

    #[test]
    fn words_before_the_verb() {
        let c = compiled("[verbs]\n112 : refusal to *talk | not *meet\n031 : meet | talk\n");
        let s = "Iran's refusal to talk with Iraq";
        let t = toks(s);
        assert_eq!(c.match_verb(&t, 4, t.len()).unwrap().code, "112");
        let s = "Iran will not soon meet Iraq";
        let t = toks(s);
        assert_eq!(c.match_verb(&t, 4, t.len()).unwrap().code, "112");
        let s = "Iran did not, however, meet Iraq";
        let t = toks(s);
        assert_eq!(c.match_verb(&t, 6, t.len()).unwrap().code, "031");
        let c = compiled("[verbs]\n112 : not_*meet\n031 : meet\n");
        let t = toks("Iran will not soon meet Iraq");
        assert_eq!(c.match_verb(&t, 4, t.len()).unwrap().code, "031");
        let t = toks("Iran will not meet Iraq");
        assert_eq!(c.match_verb(&t, 3, t.len()).unwrap().code, "112");
        let s = "Iran will meet Iraq";
        let t = toks(s);
        assert_eq!(c.match_verb(&t, 2, t.len()).unwrap().code, "031");
    }

    #[test]
    fn multi_word_objects() {
        let c = compiled(
            "[verbs]\n160 : abandon\n161 : abandon ... ties\n162 : abandon ... economic_ties\n163 : abandon ... improved~relations\n",
        );
        let code = |s: &str| {
            let t = toks(s);
            c.match_verb(&t, 1, t.len()).map(|h| h.code)
        };
        assert_eq!(
            code("Arnor abandoned full economic ties").as_deref(),
            Some("162")
        );
        assert_eq!(
            code("Arnor abandoned economic and cultural ties").as_deref(),
            Some("161")
        );
        assert_eq!(
            code("Arnor abandoned improved global relations").as_deref(),
            Some("163")
        );
        assert_eq!(
            code("Arnor abandoned improved, global relations").as_deref(),
            Some("160")
        );
        assert_eq!(code("Arnor abandoned the plan").as_deref(), Some("160"));
    }

    #[test]
    fn noun_triggers_with_prepositions() {
        let c = compiled(LEX);
        let s = "the attack on Iran";
        let t = toks(s);
        let hit = c.match_noun(&t, &c.word_ids_of(&t), 1).unwrap();
        assert_eq!(
            (hit.code.as_str(), hit.prep.as_deref()),
            ("190", Some("on"))
        );
        let s = "the attacks";
        let t = toks(s);
        assert_eq!(c.match_noun(&t, &c.word_ids_of(&t), 1).unwrap().prep, None);
    }

    #[test]
    fn discard_phrases() {
        let c =
            compiled("[discards]\nstory : typhoon\nsentence : African Nations Cup | baseball\n");
        let d = |s: &str| c.discard(&c.word_ids_of(&toks(s)));
        assert_eq!(d("The typhoon hit Manila"), Some(true));
        assert_eq!(d("Ghana won the african nations cup"), Some(false));
        assert_eq!(d("Ghana won the cup"), None);
        let c = compiled(LEX);
        assert_eq!(c.discard(&c.word_ids_of(&toks("baseball"))), None);
    }

    #[test]
    fn reporting_forms() {
        let c = compiled(LEX);
        assert!(c.is_reporting("said") && c.is_reporting("reported") && !c.is_reporting("buy"));
    }
}
