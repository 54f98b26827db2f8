//! Chunks built from tags: noun groups, verb groups, prepositions.
//!
//! [`chunk`] partitions a tagged sentence into contiguous chunks, left to right, with
//! one token of lookahead beyond the group being built (bounded by the group length):
//!
//! * **noun group**: `PDT? (DT|PRP$|WP$)? (RB? JJ | CD | $ | NN* | VBN/VBG before a
//!   noun)*` ending at its last noun (or number), with possessives joined into the
//!   following group: `Azerbaijan 's ambassador` is one group whose possessor is
//!   `Azerbaijan` ([`Chunk::possessor_end`]); a personal pronoun (`PRP`) is a noun
//!   group of its own;
//! * **verb group**: `MD? RB* (VB*|TO VB)+ RP?` with auxiliaries (`has been arrested`,
//!   `will not allow`, `did not elaborate`, `plans to attack`, `started shelling`),
//!   flagged [`negated`](Chunk::negated), [`modal`](Chunk::modal) and
//!   [`passive`](Chunk::passive), headed by its main (last) verb;
//! * **preposition**: one `IN` or `TO` token that does not begin a verb group;
//! * **other**: any other single token.

use std::ops::Range;

use crate::tag::Tag;
use crate::token::Token;

/// What a chunk is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChunkKind {
    Noun,
    Verb,
    Prep,
    Other,
}

/// A contiguous token range `first..end` (token indices of one sentence, exclusive
/// end) with what the chunker learned about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk {
    pub kind: ChunkKind,
    pub first: usize,
    pub end: usize,
    /// Token index of the head: the main verb of a verb group (`arrested` in `has been
    /// arrested`, `attack` in `plans to attack`), the last noun of a noun group after
    /// any possessor (`ambassador` in `Azerbaijan 's ambassador`), the pronoun or last
    /// number when there is no noun, and the token itself for other chunks.
    pub head: usize,
    /// Verb group: contains `not`, `n't`, `never` or `no longer`. Noun group: its
    /// determiner is `no` (`no troops`).
    pub negated: bool,
    /// Verb group: contains a modal (`will`, `would`, `may`, `might`, `could`,
    /// `should`, `must`, `can`, `shall`) or an intention/obligation verb before `to`
    /// (`plans to`, `wants to`, `threatened to`, `is expected to`, `has to`, ...).
    pub modal: bool,
    /// Verb group: the head is a past participle right after a form of `be` or `get`
    /// (`was killed`, `has been arrested`, `got detained`).
    pub passive: bool,
    /// Noun group with a possessor: the exclusive end of the possessor's tokens, which
    /// is also the index of the possessive `'s` token. `Azerbaijan 's ambassador` at
    /// token 0 has `possessor_end == Some(1)`. With chained possessives it ends before
    /// the last `'s` (`Iran 's president 's office`: possessor `Iran 's president`).
    pub possessor_end: Option<usize>,
}

impl Chunk {
    /// A chunk of one token with no flags.
    fn single(kind: ChunkKind, i: usize) -> Chunk {
        Chunk {
            kind,
            first: i,
            end: i + 1,
            head: i,
            negated: false,
            modal: false,
            passive: false,
            possessor_end: None,
        }
    }
    /// Token indices of the chunk.
    pub fn range(&self) -> Range<usize> {
        self.first..self.end
    }
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.end - self.first
    }
    /// Never true for chunks made by [`chunk`].
    pub fn is_empty(&self) -> bool {
        self.end <= self.first
    }
    /// The chunk's tokens out of the sentence's tokens.
    pub fn tokens<'a>(&self, tokens: &'a [Token]) -> &'a [Token] {
        &tokens[self.first..self.end]
    }
    /// Token indices of the possessor (without the `'s`), if any.
    pub fn possessor(&self) -> Option<Range<usize>> {
        self.possessor_end.map(|e| self.first..e)
    }
    /// Byte range of the chunk in the story.
    pub fn byte_span(&self, tokens: &[Token]) -> (usize, usize) {
        (tokens[self.first].start, tokens[self.end - 1].end)
    }
}

/// Chunks one sentence's tagged tokens. The chunks are in order and cover every token
/// exactly once.
pub fn chunk(tokens: &[Token]) -> Vec<Chunk> {
    let mut out = Vec::with_capacity(tokens.len() / 2 + 1);
    let mut i = 0;
    while i < tokens.len() {
        let c = noun_group(tokens, i)
            .or_else(|| verb_group(tokens, i))
            .unwrap_or_else(|| {
                let kind = match tokens[i].tag {
                    Tag::IN | Tag::TO => ChunkKind::Prep,
                    _ => ChunkKind::Other,
                };
                Chunk::single(kind, i)
            });
        debug_assert!(c.end > i);
        i = c.end.max(i + 1);
        out.push(c);
    }
    out
}

fn tag_at(t: &[Token], i: usize) -> Option<Tag> {
    t.get(i).map(|x| x.tag)
}

fn lower_at(t: &[Token], i: usize) -> &str {
    t.get(i).map_or("", |x| x.lower.as_str())
}

// ---------------------------------------------------------------- noun groups

fn noun_group(t: &[Token], i: usize) -> Option<Chunk> {
    if t[i].tag == Tag::PRP {
        return Some(Chunk::single(ChunkKind::Noun, i));
    }
    let core = np_core(t, i, true)?;
    let mut end = core.end;
    let mut head = core.head;
    let mut possessor_end = None;
    while tag_at(t, end) == Some(Tag::POS) {
        let pos = end;
        possessor_end = Some(pos);
        match np_core(t, pos + 1, false) {
            Some(next) => {
                end = next.end;
                head = next.head;
            }
            None => {
                // "the country 's" with nothing after: keep the 's in the group.
                end = pos + 1;
                break;
            }
        }
    }
    Some(Chunk {
        kind: ChunkKind::Noun,
        first: i,
        end,
        head,
        negated: core.negated,
        modal: false,
        passive: false,
        possessor_end,
    })
}

struct Core {
    end: usize,
    head: usize,
    negated: bool,
}

fn is_currency(t: &Token) -> bool {
    matches!(t.tag, Tag::SYM | Tag::X | Tag::Punct)
        && matches!(t.lower.as_str(), "$" | "€" | "£" | "¥" | "us$")
}

/// The body of a noun group at `i`: determiner (when `determiner`), modifiers, nouns
/// and numbers, ending at its last noun or number.
fn np_core(t: &[Token], i: usize, determiner: bool) -> Option<Core> {
    let n = t.len();
    let mut j = i;
    let mut negated = false;
    // Whether the previous token lets a participle act as an adjective ("the ruling
    // party", "Iran 's wounded soldiers"), which is not the case after a noun.
    let mut premod = !determiner;
    if determiner {
        if tag_at(t, j) == Some(Tag::PDT) && matches!(tag_at(t, j + 1), Some(Tag::DT | Tag::PRPS)) {
            j += 1;
        }
        if matches!(tag_at(t, j), Some(Tag::DT | Tag::PRPS | Tag::WPS)) {
            negated = matches!(lower_at(t, j), "no" | "neither");
            j += 1;
            premod = true;
        }
    }
    let mut last_noun = None;
    let mut last_num = None;
    while j < n {
        let tag = t[j].tag;
        let next = tag_at(t, j + 1);
        if tag.is_noun() {
            last_noun = Some(j);
            premod = false;
        } else if tag == Tag::CD {
            last_num = Some(j);
            premod = true;
        } else if tag.is_adjective()
            // "$ 1.5 billion"
            || (is_currency(&t[j]) && next == Some(Tag::CD))
            // "the ruling party", "the wounded soldiers"
            || (matches!(tag, Tag::VBN | Tag::VBG)
                && premod
                && next.is_some_and(|x| x.is_noun() || x.is_adjective()))
            // "a very large crowd", "the most senior leaders", "nearly 200 people"
            || (tag.is_adverb()
                && (premod || j == i)
                && next.is_some_and(|x| x.is_adjective() || x == Tag::CD))
        {
            premod = true;
        } else {
            break;
        }
        j += 1;
    }
    let head = last_noun.or(last_num)?;
    let end = last_noun.max(last_num).unwrap_or(head) + 1;
    Some(Core { end, head, negated })
}

// ---------------------------------------------------------------- verb groups

fn is_be(lower: &str) -> bool {
    matches!(
        lower,
        "be" | "is" | "are" | "am" | "was" | "were" | "been" | "being" | "'s" | "'re" | "'m"
    )
}

fn is_get(lower: &str) -> bool {
    matches!(lower, "get" | "gets" | "got" | "gotten" | "getting")
}

fn is_have(lower: &str) -> bool {
    matches!(lower, "have" | "has" | "had" | "having" | "'ve" | "'d")
}

fn is_do(lower: &str) -> bool {
    matches!(lower, "do" | "does" | "did")
}

/// Whether the verb `lower` helps the verb after it: `be` always, `have`/`get` before
/// a participle, `do` before a bare verb.
fn is_auxiliary(lower: &str, next: Option<Tag>) -> bool {
    let participle = matches!(next, Some(Tag::VBN | Tag::VBD));
    is_be(lower)
        || ((is_have(lower) || is_get(lower)) && participle)
        || (is_do(lower) && matches!(next, Some(Tag::VB | Tag::VBP)))
}

/// Verbs after which `to VB` is not (yet) a fact: intentions, expectations,
/// obligations, attempts ("plans to attack", "is expected to visit", "has to leave").
fn is_modal_before_to(lower: &str) -> bool {
    const STEMS: &[&str] = &[
        "aim", "attempt", "expect", "hope", "intend", "plan", "pledg", "promis", "seek", "threat",
        "tries", "tried", "try", "vow", "want", "wish",
    ];
    matches!(
        lower,
        "going"
            | "have"
            | "has"
            | "need"
            | "needs"
            | "needed"
            | "sought"
            | "is"
            | "are"
            | "am"
            | "was"
            | "were"
            | "'s"
            | "'re"
            | "'m"
    ) || STEMS.iter().any(|s| lower.starts_with(s))
}

/// Verbs followed directly by a gerund in one group ("started shelling").
fn is_aspectual(lower: &str) -> bool {
    const STEMS: &[&str] = &[
        "start", "began", "begin", "begun", "continu", "keep", "kept", "stop", "resum", "quit",
        "finish",
    ];
    STEMS.iter().any(|s| lower.starts_with(s))
}

fn is_negation(lower: &str) -> bool {
    matches!(lower, "not" | "n't" | "never")
}

/// Skips adverbs (and `no longer`) at `j`; returns the next index and whether a
/// negation was among them.
fn skip_adverbs(t: &[Token], mut j: usize) -> (usize, bool) {
    let mut neg = false;
    loop {
        match tag_at(t, j) {
            Some(tag) if tag.is_adverb() => {
                neg |= is_negation(lower_at(t, j));
                j += 1;
            }
            Some(_) if lower_at(t, j) == "no" && lower_at(t, j + 1) == "longer" => {
                neg = true;
                j += 2;
            }
            _ => return (j, neg),
        }
    }
}

fn verb_group(t: &[Token], i: usize) -> Option<Chunk> {
    let mut j = i;
    let mut negated = false;
    let mut modal = false;
    let mut any = false;
    // Last verb consumed, and the verb before it (for passives).
    let mut last_verb: Option<usize> = None;
    let mut prev_verb: Option<usize> = None;
    let mut last_md: Option<usize> = None;
    // The last non-auxiliary verb, once there is one.
    let mut content: Option<usize> = None;
    // The previous token was `to`: the verb after it is always taken.
    let mut after_to = false;
    loop {
        let (k, neg) = skip_adverbs(t, j);
        let Some(tag) = tag_at(t, k) else { break };
        let lower = lower_at(t, k);
        let ok = match tag {
            Tag::MD => !any,
            Tag::TO => {
                let (v, _) = skip_adverbs(t, k + 1);
                matches!(tag_at(t, v), Some(Tag::VB | Tag::VBP))
            }
            _ if tag.is_verb() => match content {
                _ if after_to => true,
                None => true,
                Some(c) => {
                    (tag == Tag::VBG && is_aspectual(lower_at(t, c)))
                        || (tag == Tag::VB && lower_at(t, c).starts_with("help"))
                }
            },
            _ => false,
        };
        if !ok {
            break;
        }
        negated |= neg;
        match tag {
            Tag::MD => {
                modal = true;
                last_md = Some(k);
            }
            Tag::TO => {
                if last_verb.is_some_and(|v| is_modal_before_to(lower_at(t, v))) {
                    modal = true;
                }
                // The verb after `to` starts a new chain ("plans to be arrested").
                content = None;
            }
            _ => {
                let (v, _) = skip_adverbs(t, k + 1);
                if content.is_some() || !is_auxiliary(lower, tag_at(t, v)) {
                    content = Some(k);
                }
                prev_verb = last_verb;
                last_verb = Some(k);
            }
        }
        after_to = tag == Tag::TO;
        any = true;
        j = k + 1;
    }
    if !any {
        return None;
    }
    if last_verb.is_some() && tag_at(t, j) == Some(Tag::RP) {
        j += 1;
    }
    let head = last_verb.or(last_md)?;
    let passive = matches!(t[head].tag, Tag::VBN | Tag::VBD)
        && prev_verb.is_some_and(|p| {
            // Only adverbs may separate the helper from the participle.
            let l = lower_at(t, p);
            (is_be(l) || is_get(l)) && (p + 1..head).all(|x| !t[x].tag.is_verb())
        });
    Some(Chunk {
        kind: ChunkKind::Verb,
        first: i,
        end: j,
        head,
        negated,
        modal,
        passive,
        possessor_end: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize_range;
    use proptest::prelude::*;

    /// Tokenizes `s` and tags the tokens with the space-separated `tags`.
    fn tagged(s: &str, tags: &str) -> Vec<Token> {
        let mut toks = tokenize_range(s, 0, s.len());
        let tags: Vec<&str> = tags.split_whitespace().collect();
        let words: Vec<&str> = toks.iter().map(|t| t.text(s)).collect();
        assert_eq!(toks.len(), tags.len(), "tokens {words:?} vs tags {tags:?}");
        for (t, g) in toks.iter_mut().zip(tags) {
            t.tag = Tag::parse(g);
        }
        toks
    }

    /// Renders chunks as `[NG Azerbaijan 's ambassador]`-style strings; `*` marks the
    /// head, `|` the end of a possessor, and `!neg ?modal +pass` flags follow.
    fn show(s: &str, tags: &str) -> String {
        let toks = tagged(s, tags);
        let chunks = chunk(&toks);
        let mut out = Vec::new();
        for c in &chunks {
            let kind = match c.kind {
                ChunkKind::Noun => "NG",
                ChunkKind::Verb => "VG",
                ChunkKind::Prep => "P",
                ChunkKind::Other => "O",
            };
            let mut words = Vec::new();
            for k in c.range() {
                if c.possessor_end == Some(k) {
                    words.push("|".to_string());
                }
                let w = toks[k].text(s);
                words.push(if k == c.head && c.len() > 1 {
                    format!("{w}*")
                } else {
                    w.to_string()
                });
            }
            let mut flags = String::new();
            if c.negated {
                flags.push_str(" !neg");
            }
            if c.modal {
                flags.push_str(" ?modal");
            }
            if c.passive {
                flags.push_str(" +pass");
            }
            out.push(format!("[{kind} {}{flags}]", words.join(" ")));
        }
        out.join(" ")
    }

    const CASES: &[(&str, &str, &str)] = &[
        (
            "Iran summoned Azerbaijan's ambassador.",
            "NNP VBD NNP POS NN .",
            "[NG Iran] [VG summoned] [NG Azerbaijan | 's ambassador*] [O .]",
        ),
        (
            "The suspect has been arrested.",
            "DT NN VBZ VBN VBN .",
            "[NG The suspect*] [VG has been arrested* +pass] [O .]",
        ),
        (
            "Baku will not allow it.",
            "NNP MD RB VB PRP .",
            "[NG Baku] [VG will not allow* !neg ?modal] [NG it] [O .]",
        ),
        (
            "He did not elaborate.",
            "PRP VBD RB VB .",
            "[NG He] [VG did not elaborate* !neg] [O .]",
        ),
        (
            "Russia plans to attack Kyiv.",
            "NNP VBZ TO VB NNP .",
            "[NG Russia] [VG plans to attack* ?modal] [NG Kyiv] [O .]",
        ),
        (
            "Iraqi Prime Minister Mohammed al-Sudani spoke",
            "JJ NNP NNP NNP NNP VBD",
            "[NG Iraqi Prime Minister Mohammed al-Sudani*] [VG spoke]",
        ),
        (
            "the country's intelligence service",
            "DT NN POS NN NN",
            "[NG the country | 's intelligence service*]",
        ),
        (
            "Iran's president's office",
            "NNP POS NN POS NN",
            "[NG Iran 's president | 's office*]",
        ),
        (
            "troops went to Baku",
            "NNS VBD TO NNP",
            "[NG troops] [VG went] [P to] [NG Baku]",
        ),
        (
            "Tehran will no longer cooperate",
            "NNP MD DT RBR VB",
            "[NG Tehran] [VG will no longer cooperate* !neg ?modal]",
        ),
        (
            "They never said so",
            "PRP RB VBD RB",
            "[NG They] [VG never said* !neg] [O so]",
        ),
        (
            "Iran carried out strikes",
            "NNP VBD RP NNS",
            "[NG Iran] [VG carried* out] [NG strikes]",
        ),
        (
            "the wounded soldiers were killed",
            "DT VBN NNS VBD VBN",
            "[NG the wounded soldiers*] [VG were killed* +pass]",
        ),
        (
            "Iran wounded soldiers",
            "NNP VBN NNS",
            "[NG Iran] [VG wounded] [NG soldiers]",
        ),
        (
            "The U.S. paid $1.5 billion to 15 groups",
            "DT NNP VBD $ CD CD IN CD NNS",
            "[NG The U.S.*] [VG paid] [NG $ 1.5 billion*] [P to] [NG 15 groups*]",
        ),
        (
            "no troops were sent",
            "DT NNS VBD VBN",
            "[NG no troops* !neg] [VG were sent* +pass]",
        ),
        (
            "Israel is expected to attend",
            "NNP VBZ VBN TO VB",
            "[NG Israel] [VG is expected to attend* ?modal]",
        ),
        (
            "the rebels started shelling the city",
            "DT NNS VBD VBG DT NN",
            "[NG the rebels*] [VG started shelling*] [NG the city*]",
        ),
        (
            "the man who was arrested is a spy",
            "DT NN WP VBD VBN VBZ DT NN",
            "[NG the man*] [O who] [VG was arrested* +pass] [VG is] [NG a spy*]",
        ),
        (
            "Iran has also warned that",
            "NNP VBZ RB VBN IN",
            "[NG Iran] [VG has also warned*] [P that]",
        ),
        (
            "a very large crowd gathered",
            "DT RB JJ NN VBD",
            "[NG a very large crowd*] [VG gathered]",
        ),
        (
            "the group's most senior leaders",
            "DT NN POS RBS JJ NNS",
            "[NG the group | 's most senior leaders*]",
        ),
        ("all the ministers", "PDT DT NNS", "[NG all the ministers*]"),
        (
            "He got detained",
            "PRP VBD VBN",
            "[NG He] [VG got detained* +pass]",
        ),
        (
            "They got help",
            "PRP VBD NN",
            "[NG They] [VG got] [NG help]",
        ),
        (
            "Iran can't win",
            "NNP MD RB VB",
            "[NG Iran] [VG ca n't win* !neg ?modal]",
        ),
        (
            "the decision was his",
            "DT NN VBD PRP$",
            "[NG the decision*] [VG was] [O his]",
        ),
        (
            "however , officials said",
            "RB , NNS VBD",
            "[O however] [O ,] [NG officials] [VG said]",
        ),
        ("March 20 talks", "NNP CD NNS", "[NG March 20 talks*]"),
        (
            "killed at least 15",
            "VBN IN JJS CD",
            "[VG killed] [P at] [NG least 15*]",
        ),
        ("the ruling party", "DT VBG NN", "[NG the ruling party*]"),
        ("the country's", "DT NN POS", "[NG the country* | 's]"),
        (
            "to help build homes",
            "TO VB VB NNS",
            "[VG to help build*] [NG homes]",
        ),
        (
            "Iran has to leave",
            "NNP VBZ TO VB",
            "[NG Iran] [VG has to leave* ?modal]",
        ),
        (
            "The talks had been postponed",
            "DT NNS VBD VBN VBN",
            "[NG The talks*] [VG had been postponed* +pass]",
        ),
        (
            "Iran has a plan he did",
            "NNP VBZ DT NN PRP VBD",
            "[NG Iran] [VG has] [NG a plan*] [NG he] [VG did]",
        ),
        (
            "what he wants to do is leave",
            "WP PRP VBZ TO VB VBZ VB",
            "[O what] [NG he] [VG wants to do* ?modal] [VG is leave*]",
        ),
        (
            "Iran has arrested them",
            "NNP VBZ VBN PRP",
            "[NG Iran] [VG has arrested*] [NG them]",
        ),
    ];

    #[test]
    fn table() {
        for (s, tags, want) in CASES {
            assert_eq!(show(s, tags), *want, "sentence: {s:?}");
        }
    }

    #[test]
    fn empty_input() {
        assert!(chunk(&[]).is_empty());
    }

    #[test]
    fn accessors() {
        let s = "Iran summoned Azerbaijan's ambassador.";
        let toks = tagged(s, "NNP VBD NNP POS NN .");
        let c = chunk(&toks);
        assert_eq!(c[2].possessor(), Some(2..3));
        assert_eq!(c[2].len(), 3);
        assert!(!c[2].is_empty());
        assert_eq!(c[2].tokens(&toks).len(), 3);
        let (a, b) = c[2].byte_span(&toks);
        assert_eq!(&s[a..b], "Azerbaijan's ambassador");
        assert_eq!(toks[c[2].head].text(s), "ambassador");
        assert_eq!(toks[c[1].head].text(s), "summoned");
    }

    const ALL_TAGS: &[&str] = &[
        "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP",
        "NNPS", "PDT", "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB",
        "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT", "WP", "WP$", "WRB", ".", "X",
    ];
    const WORDS: &[&str] = &[
        "no", "longer", "not", "n't", "'s", "was", "been", "got", "plans", "to", "will", "the",
        "Iran", "$", "started", "help", "out", ",",
    ];

    proptest! {
        #[test]
        fn chunks_partition_tokens(
            items in proptest::collection::vec((0..WORDS.len(), 0..ALL_TAGS.len()), 0..40)
        ) {
            let text: String = items.iter().map(|&(w, _)| WORDS[w]).collect::<Vec<_>>().join(" ");
            // Build tokens directly so that each word is exactly one token.
            let mut toks = Vec::new();
            let mut at = 0;
            for &(w, g) in &items {
                let word = WORDS[w];
                let mut t = tokenize_range(&text, at, at + word.len()).remove(0);
                t.end = at + word.len();
                t.lower = word.to_lowercase();
                t.tag = Tag::parse(ALL_TAGS[g]);
                toks.push(t);
                at += word.len() + 1;
            }
            let chunks = chunk(&toks);
            let mut next = 0;
            for c in &chunks {
                prop_assert_eq!(c.first, next);
                prop_assert!(c.end > c.first && c.end <= toks.len());
                prop_assert!(c.range().contains(&c.head));
                if let Some(p) = c.possessor_end {
                    prop_assert_eq!(c.kind, ChunkKind::Noun);
                    prop_assert!(p > c.first && p < c.end);
                    prop_assert_eq!(toks[p].tag, Tag::POS);
                }
                if c.kind == ChunkKind::Verb {
                    prop_assert!(toks[c.head].tag.is_verb() || toks[c.head].tag == Tag::MD);
                }
                next = c.end;
            }
            prop_assert_eq!(next, toks.len());
        }
    }
}
