//! Part-of-speech tagger: a greedy, left-to-right averaged perceptron (Collins 2002;
//! the design of Honnibal's "A good POS tagger in about 200 lines of Python") with a
//! tag dictionary for frequent unambiguous words.
//!
//! The shipped weights (`data/tagger.bin`) were trained on spaCy `en_core_web_sm` silver
//! annotations aligned to dyad's own tokens; `scripts/tagger/README.md` has the recipe,
//! the measured accuracy and speed. The model is embedded with `include_bytes!` and
//! decoded once, on first use.
//!
//! # Features
//!
//! Every feature is a `u64` key: 64-bit FNV-1a over a template id byte followed by the
//! little-endian bytes of its parts, themselves FNV-1a hashes of strings or small ids.
//! Nothing is allocated per feature. Templates (`w` = lower-cased word with numbers
//! folded to `!YEAR`/`!DIGITS`, `suf3` = last three characters of the lower-cased word,
//! `pre1` = first character as written, `shape` = character classes `X x d` and
//! punctuation with runs collapsed, `t` = tags already assigned, `init` = the token is
//! sentence-initial or preceded only by punctuation):
//!
//! bias, w0, suf3₀, pre1₀, t₋₁, t₋₂, t₋₁·t₋₂, t₋₁·w0, w₋₁, suf3₋₁, w₋₂, w₊₁, suf3₊₁,
//! w₊₂, shape₀, shape₀·init, cased word₀ (only when it has an upper-case letter),
//! cased₀·init, shape₋₁, shape₊₁, t₋₁·shape₀, pre3₀.
//!
//! # Model format (`data/tagger.bin`, all integers little-endian)
//!
//! ```text
//! magic        8 bytes  "DYADPOS1"
//! n_classes    u32      then n_classes × (u8 length, ASCII PTB tag as `Tag::as_str`)
//! scale        f32      weights were multiplied by this before rounding (informative)
//! n_dict       u32      then n_dict × (u64 word key, u8 class), keys strictly ascending
//! n_feats      u32
//! keys         n_feats × u64   feature keys, strictly ascending, never 0
//! counts       n_feats × u8    how many (class, weight) entries each feature has
//! classes      Σcounts × u8    class index of each entry
//! weights      Σcounts × i16   weight of each entry
//! ```
//!
//! A model that fails to decode is never fatal: the tagger falls back to the old
//! capitalisation heuristics (and [`Tagger::is_trained`] says so).

use std::collections::hash_map::HashMap;
use std::sync::{Arc, OnceLock};

use crate::tag::Tag;
use crate::token::{Token, TokenKind};

static SHIPPED_MODEL: &[u8] = include_bytes!("../data/tagger.bin");

/// Assigns Penn Treebank tags to tokens.
#[derive(Clone)]
pub struct Tagger {
    model: Option<Arc<Model>>,
}

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.model {
            Some(m) => f
                .debug_struct("Tagger")
                .field("features", &m.n_feats)
                .field("dict_words", &m.n_dict)
                .finish(),
            None => f.write_str("Tagger(heuristic)"),
        }
    }
}

impl Default for Tagger {
    /// The shipped tagger (shares the decoded model with [`Tagger::shipped`]).
    fn default() -> Self {
        Tagger::shipped().clone()
    }
}

/// Why a model could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub &'static str);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad tagger model: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

impl Tagger {
    /// The tagger shipped with dyad (decoded once, on first use).
    pub fn shipped() -> &'static Tagger {
        static T: OnceLock<Tagger> = OnceLock::new();
        T.get_or_init(|| Tagger::from_bytes(SHIPPED_MODEL).unwrap_or(Tagger { model: None }))
    }

    /// A tagger from a model in the format documented at the top of this module.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        Ok(Tagger {
            model: Some(Arc::new(Model::decode(bytes)?)),
        })
    }

    /// The placeholder heuristics (capitalised words NNP, other words NN, numbers CD).
    pub fn heuristic() -> Tagger {
        Tagger { model: None }
    }

    /// True when a trained model is loaded (false: heuristic fallback).
    pub fn is_trained(&self) -> bool {
        self.model.is_some()
    }

    /// Tags one sentence's tokens in place.
    pub fn tag(&self, story: &str, tokens: &mut [Token]) {
        match &self.model {
            Some(m) => CTX.with(|cell| {
                let mut ctx = cell.take();
                prepare(story, tokens, &mut ctx);
                m.tag_prepared(&ctx, tokens);
                cell.replace(ctx);
            }),
            None => heuristic_tags(story, tokens),
        }
    }
}

thread_local! {
    /// Reused per-token context buffer (one allocation per thread, not per sentence).
    static CTX: std::cell::Cell<Vec<TokCtx>> = const { std::cell::Cell::new(Vec::new()) };
}

fn heuristic_tags(story: &str, tokens: &mut [Token]) {
    for t in tokens.iter_mut() {
        let cap = story
            .get(t.start..t.end)
            .and_then(|s| s.chars().next())
            .is_some_and(|c| c.is_uppercase());
        t.tag = match t.kind {
            TokenKind::Punct => Tag::Punct,
            TokenKind::Number => Tag::CD,
            TokenKind::Symbol => Tag::SYM,
            TokenKind::Word if cap => Tag::NNP,
            TokenKind::Word => Tag::NN,
        };
    }
}

// ---------------------------------------------------------------------------------------
// Hashing and features (shared by inference and `examples/train_tagger.rs`).

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

const fn fnv_bytes(mut h: u64, b: &[u8]) -> u64 {
    let mut i = 0;
    while i < b.len() {
        h ^= b[i] as u64;
        h = h.wrapping_mul(FNV_PRIME);
        i += 1;
    }
    h
}

#[inline]
fn fnv_char(h: u64, c: char) -> u64 {
    let mut buf = [0u8; 4];
    fnv_bytes(h, c.encode_utf8(&mut buf).as_bytes())
}

#[inline]
fn fnv_u64(h: u64, v: u64) -> u64 {
    fnv_bytes(h, &v.to_le_bytes())
}

#[inline]
fn nonzero(h: u64) -> u64 {
    if h == 0 {
        1
    } else {
        h
    }
}

#[inline]
fn feat1(tid: u8, a: u64) -> u64 {
    nonzero(fnv_u64(fnv_bytes(FNV_OFFSET, &[tid]), a))
}

#[inline]
fn feat2(tid: u8, a: u64, b: u64) -> u64 {
    nonzero(fnv_u64(fnv_u64(fnv_bytes(FNV_OFFSET, &[tid]), a), b))
}

const fn str_hash(s: &str) -> u64 {
    fnv_bytes(FNV_OFFSET, s.as_bytes())
}

const W_START: u64 = str_hash("-START-");
const W_START2: u64 = str_hash("-START2-");
const W_END: u64 = str_hash("-END-");
const W_END2: u64 = str_hash("-END2-");
const W_YEAR: u64 = str_hash("!YEAR");
const W_DIGITS: u64 = str_hash("!DIGITS");
/// Tag-history ids for positions before the sentence (class indices are < 64).
const T_START: u8 = 200;
const T_START2: u8 = 201;

/// Most features one token can have.
const MAX_FEATS: usize = 24;

/// Typographic folding as the tokenizer does for `Token::lower`, keeping case.
#[inline]
fn fold_keep_case(c: char) -> char {
    match c {
        '’' | '‘' | 'ʼ' | '`' => '\'',
        '“' | '”' | '„' => '"',
        '–' | '—' => '-',
        _ => c,
    }
}

/// Per-token values that do not depend on the tags already assigned.
#[derive(Debug, Clone, Copy, Default)]
#[doc(hidden)]
pub struct TokCtx {
    word: u64,
    suf3: u64,
    pre1: u64,
    pre3: u64,
    shape: u64,
    /// The part after the last hyphen of a hyphenated word (`-led`, `-backed`), else 0.
    hyph: u64,
    /// Hash of the word as written (typographic folding only); the tag-dictionary key.
    cased: u64,
    has_upper: bool,
    initial: bool,
}

impl TokCtx {
    /// The tag-dictionary key of this token.
    pub fn dict_key(&self) -> u64 {
        self.cased
    }
}

fn token_ctx(story: &str, t: &Token, initial: bool) -> TokCtx {
    let text = story.get(t.start..t.end).unwrap_or(&t.lower);
    let lower = t.lower.as_str();
    // Word identity, numbers folded.
    let word = if t.kind == TokenKind::Number {
        if lower.len() == 4 && lower.bytes().all(|b| b.is_ascii_digit()) {
            W_YEAR
        } else {
            W_DIGITS
        }
    } else {
        str_hash(lower)
    };
    // Last three characters of the lower-cased word.
    let suf_start = lower
        .char_indices()
        .rev()
        .nth(2)
        .map(|(i, _)| i)
        .unwrap_or(0);
    let suf3 = str_hash(&lower[suf_start..]);
    let pre3_end = lower
        .char_indices()
        .nth(3)
        .map(|(i, _)| i)
        .unwrap_or(lower.len());
    let pre3 = str_hash(&lower[..pre3_end]);
    let mut cased = FNV_OFFSET;
    let mut shape = FNV_OFFSET;
    let mut has_upper = false;
    let mut last_class = '\0';
    let mut runs = 0;
    let mut pre1 = FNV_OFFSET;
    for (k, c) in text.chars().enumerate() {
        let f = fold_keep_case(c);
        cased = fnv_char(cased, f);
        if k == 0 {
            pre1 = fnv_char(pre1, f);
        }
        let class = if c.is_uppercase() {
            has_upper = true;
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            f
        };
        if class != last_class && runs < 8 {
            shape = fnv_char(shape, class);
            last_class = class;
            runs += 1;
        }
    }
    let cased = nonzero(cased); // 0 marks an empty slot in the dictionary table
                                // All-capital words (`IS`, `US`, `WHO`) keep their case as their identity.
    let word = if has_upper
        && text.chars().count() >= 2
        && text.chars().all(|c| !c.is_lowercase())
        && text.chars().any(|c| c.is_alphabetic())
    {
        cased
    } else {
        word
    };
    let hyph = match lower.rfind('-') {
        Some(k) if k > 0 && k + 1 < lower.len() => str_hash(&lower[k + 1..]),
        _ => 0,
    };
    TokCtx {
        word,
        suf3,
        hyph,
        pre1,
        pre3,
        shape,
        cased,
        has_upper,
        initial,
    }
}

/// Fills `out` with the context of every token of one sentence.
#[doc(hidden)]
pub fn prepare(story: &str, tokens: &[Token], out: &mut Vec<TokCtx>) {
    out.clear();
    let mut initial = true;
    for t in tokens {
        out.push(token_ctx(story, t, initial));
        if t.kind != TokenKind::Punct {
            initial = false;
        }
    }
}

/// The feature keys of token `i` given the classes of the two tokens before it
/// (`None` before the sentence start). Returns how many keys were written.
#[doc(hidden)]
pub fn features(
    ctx: &[TokCtx],
    i: usize,
    prev: Option<u8>,
    prev2: Option<u8>,
    out: &mut [u64; MAX_FEATS],
) -> usize {
    let c = &ctx[i];
    let p1 = prev.unwrap_or(T_START) as u64;
    let p2 = prev2.unwrap_or(if prev.is_some() { T_START } else { T_START2 }) as u64;
    let at = |d: isize| -> Option<&TokCtx> {
        let j = i as isize + d;
        if j < 0 {
            None
        } else {
            ctx.get(j as usize)
        }
    };
    let (wm1, sm1, shm1) = match at(-1) {
        Some(t) => (t.word, t.suf3, t.shape),
        None => (W_START, W_START, W_START),
    };
    let wm2 = match at(-2) {
        Some(t) => t.word,
        None if i == 1 => W_START,
        None => W_START2,
    };
    let (wp1, sp1, shp1) = match at(1) {
        Some(t) => (t.word, t.suf3, t.shape),
        None => (W_END, W_END, W_END),
    };
    let wp2 = match at(2) {
        Some(t) => t.word,
        None if i + 1 < ctx.len() => W_END,
        None => W_END2,
    };
    let init = c.initial as u64;
    let mut n = 0;
    let mut push = |k: u64| {
        out[n] = k;
        n += 1;
    };
    push(feat1(0, 0));
    push(feat1(1, c.word));
    push(feat1(2, c.suf3));
    push(feat1(3, c.pre1));
    push(feat1(4, p1));
    push(feat1(5, p2));
    push(feat2(6, p1, p2));
    push(feat2(7, p1, c.word));
    push(feat1(8, wm1));
    push(feat1(9, sm1));
    push(feat1(10, wm2));
    push(feat1(11, wp1));
    push(feat1(12, sp1));
    push(feat1(13, wp2));
    push(feat1(14, c.shape));
    push(feat2(15, c.shape, init));
    if c.has_upper {
        push(feat1(16, c.cased));
        push(feat2(17, c.cased, init));
    }
    push(feat1(18, shm1));
    push(feat1(19, shp1));
    push(feat2(20, p1, c.shape));
    push(feat1(21, c.pre3));
    if c.hyph != 0 {
        push(feat1(22, c.hyph));
    }
    n
}

// ---------------------------------------------------------------------------------------
// The decoded model.

const MAGIC: &[u8; 8] = b"DYADPOS1";

#[derive(Clone, Copy, Default)]
struct Slot {
    key: u64,
    start: u32,
    len: u32,
}

/// Open-addressing hash table from a non-zero u64 key to a (start, len) pair.
struct Table {
    slots: Vec<Slot>,
    shift: u32,
}

impl Table {
    fn new(n: usize) -> Table {
        let cap = (n.max(1) * 2).next_power_of_two().max(16);
        Table {
            slots: vec![Slot::default(); cap],
            shift: 64 - cap.trailing_zeros(),
        }
    }
    #[inline]
    fn index(&self, key: u64) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }
    fn insert(&mut self, key: u64, start: u32, len: u32) {
        let mask = self.slots.len() - 1;
        let mut i = self.index(key);
        while self.slots[i].key != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = Slot { key, start, len };
    }
    #[inline]
    fn get(&self, key: u64) -> Option<Slot> {
        let mask = self.slots.len() - 1;
        let mut i = self.index(key);
        loop {
            let s = self.slots[i];
            if s.key == key {
                return Some(s);
            }
            if s.key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

struct Model {
    classes: Vec<Tag>,
    dict: Table,
    feats: Table,
    entry_class: Vec<u8>,
    entry_weight: Vec<i16>,
    n_feats: usize,
    n_dict: usize,
}

struct Reader<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self
            .pos
            .checked_add(n)
            .ok_or(ModelError("length overflow"))?;
        let s = self.b.get(self.pos..end).ok_or(ModelError("truncated"))?;
        self.pos = end;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        let mut a = [0u8; 4];
        a.copy_from_slice(self.take(4)?);
        Ok(u32::from_le_bytes(a))
    }
    fn u64(&mut self) -> Result<u64, ModelError> {
        let mut a = [0u8; 8];
        a.copy_from_slice(self.take(8)?);
        Ok(u64::from_le_bytes(a))
    }
}

impl Model {
    fn decode(bytes: &[u8]) -> Result<Model, ModelError> {
        let mut r = Reader { b: bytes, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err(ModelError("bad magic"));
        }
        let n_classes = r.u32()? as usize;
        if n_classes == 0 || n_classes > 64 {
            return Err(ModelError("bad class count"));
        }
        let mut classes = Vec::with_capacity(n_classes);
        for _ in 0..n_classes {
            let len = r.u8()? as usize;
            let name = std::str::from_utf8(r.take(len)?).map_err(|_| ModelError("class name"))?;
            classes.push(Tag::parse(name));
        }
        let _scale = r.u32()?;
        let n_dict = r.u32()? as usize;
        if n_dict > bytes.len() / 9 {
            return Err(ModelError("bad dictionary size"));
        }
        let mut dict = Table::new(n_dict);
        let mut last = 0u64;
        for _ in 0..n_dict {
            let key = r.u64()?;
            let class = r.u8()?;
            if key <= last || class as usize >= n_classes {
                return Err(ModelError("bad dictionary entry"));
            }
            last = key;
            dict.insert(key, class as u32, 0);
        }
        let n_feats = r.u32()? as usize;
        if n_feats > bytes.len() / 9 {
            return Err(ModelError("bad feature count"));
        }
        let keys = r.take(n_feats * 8)?;
        let counts = r.take(n_feats)?;
        let n_entries: usize = counts.iter().map(|&c| c as usize).sum();
        let entry_class = r.take(n_entries)?.to_vec();
        let weights = r.take(n_entries * 2)?;
        if r.pos != bytes.len() {
            return Err(ModelError("trailing bytes"));
        }
        if entry_class.iter().any(|&c| c as usize >= n_classes) {
            return Err(ModelError("bad entry class"));
        }
        let entry_weight: Vec<i16> = weights
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]))
            .collect();
        let mut feats = Table::new(n_feats);
        let mut start = 0u32;
        let mut last = 0u64;
        for (k, &count) in keys.chunks_exact(8).zip(counts) {
            let mut a = [0u8; 8];
            a.copy_from_slice(k);
            let key = u64::from_le_bytes(a);
            if key <= last {
                return Err(ModelError("feature keys not ascending"));
            }
            last = key;
            feats.insert(key, start, count as u32);
            start += count as u32;
        }
        Ok(Model {
            classes,
            dict,
            feats,
            entry_class,
            entry_weight,
            n_feats,
            n_dict,
        })
    }

    fn tag_prepared(&self, ctx: &[TokCtx], tokens: &mut [Token]) {
        let nc = self.classes.len();
        let mut prev: Option<u8> = None;
        let mut prev2: Option<u8> = None;
        let mut feats = [0u64; MAX_FEATS];
        let mut scores = [0i32; 64];
        for (i, tok) in tokens.iter_mut().enumerate() {
            let class = match self.dict.get(ctx[i].cased) {
                Some(s) => s.start as u8,
                None => {
                    let n = features(ctx, i, prev, prev2, &mut feats);
                    scores[..nc].fill(0);
                    for &f in &feats[..n] {
                        if let Some(s) = self.feats.get(f) {
                            let (a, b) = (s.start as usize, (s.start + s.len) as usize);
                            for (&c, &w) in
                                self.entry_class[a..b].iter().zip(&self.entry_weight[a..b])
                            {
                                scores[c as usize] += w as i32;
                            }
                        }
                    }
                    let mut best = 0;
                    for c in 1..nc {
                        if scores[c] > scores[best] {
                            best = c;
                        }
                    }
                    best as u8
                }
            };
            tok.tag = self.classes[class as usize];
            prev2 = prev;
            prev = Some(class);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Training support (used by `examples/train_tagger.rs`; not part of the stable API).

/// Everything the trainer needs: the class set, feature extraction and model encoding.
#[doc(hidden)]
pub mod training {
    use super::*;
    pub use super::{features, prepare, TokCtx};

    /// Most features one token can have.
    pub const MAX_FEATURES: usize = MAX_FEATS;

    /// The class set, in the order the trainer uses (every `Tag`).
    pub const CLASSES: [Tag; 38] = [
        Tag::CC,
        Tag::CD,
        Tag::DT,
        Tag::EX,
        Tag::FW,
        Tag::IN,
        Tag::JJ,
        Tag::JJR,
        Tag::JJS,
        Tag::LS,
        Tag::MD,
        Tag::NN,
        Tag::NNS,
        Tag::NNP,
        Tag::NNPS,
        Tag::PDT,
        Tag::POS,
        Tag::PRP,
        Tag::PRPS,
        Tag::RB,
        Tag::RBR,
        Tag::RBS,
        Tag::RP,
        Tag::SYM,
        Tag::TO,
        Tag::UH,
        Tag::VB,
        Tag::VBD,
        Tag::VBG,
        Tag::VBN,
        Tag::VBP,
        Tag::VBZ,
        Tag::WDT,
        Tag::WP,
        Tag::WPS,
        Tag::WRB,
        Tag::Punct,
        Tag::X,
    ];

    /// Index of `tag` in [`CLASSES`].
    pub fn class_of(tag: Tag) -> u8 {
        CLASSES.iter().position(|&t| t == tag).unwrap_or(37) as u8
    }

    /// Encodes a model. `dict` and `feats` need not be sorted; features with no
    /// entries are dropped; entries beyond 255 per feature are an error.
    pub fn encode(
        classes: &[Tag],
        scale: f32,
        dict: &[(u64, u8)],
        feats: &[(u64, Vec<(u8, i16)>)],
    ) -> Result<Vec<u8>, ModelError> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(classes.len() as u32).to_le_bytes());
        for c in classes {
            let s = c.as_str();
            out.push(s.len() as u8);
            out.extend_from_slice(s.as_bytes());
        }
        out.extend_from_slice(&scale.to_bits().to_le_bytes());
        let mut dict = dict.to_vec();
        dict.sort_unstable();
        dict.dedup_by_key(|e| e.0);
        out.extend_from_slice(&(dict.len() as u32).to_le_bytes());
        for (k, c) in &dict {
            out.extend_from_slice(&k.to_le_bytes());
            out.push(*c);
        }
        let mut feats: Vec<&(u64, Vec<(u8, i16)>)> =
            feats.iter().filter(|f| !f.1.is_empty()).collect();
        feats.sort_unstable_by_key(|f| f.0);
        if feats.windows(2).any(|w| w[0].0 == w[1].0) || feats.iter().any(|f| f.0 == 0) {
            return Err(ModelError("duplicate or zero feature key"));
        }
        if feats.iter().any(|f| f.1.len() > 255) {
            return Err(ModelError("too many entries for one feature"));
        }
        out.extend_from_slice(&(feats.len() as u32).to_le_bytes());
        for f in &feats {
            out.extend_from_slice(&f.0.to_le_bytes());
        }
        for f in &feats {
            out.push(f.1.len() as u8);
        }
        for f in &feats {
            for &(c, _) in &f.1 {
                out.push(c);
            }
        }
        for f in &feats {
            for &(_, w) in &f.1 {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        Ok(out)
    }

    /// A map keyed by feature hashes (already well mixed), with a fixed hasher.
    pub type FeatMap<V> = HashMap<u64, V, std::hash::BuildHasherDefault<IdHasher>>;

    /// Pass-through hasher for keys that already are hashes.
    #[derive(Default)]
    pub struct IdHasher(u64);

    impl std::hash::Hasher for IdHasher {
        fn finish(&self) -> u64 {
            self.0.wrapping_mul(0x9E37_79B9_7F4A_7C15)
        }
        fn write(&mut self, bytes: &[u8]) {
            for &b in bytes {
                self.0 = (self.0 ^ b as u64).wrapping_mul(FNV_PRIME);
            }
        }
        fn write_u64(&mut self, v: u64) {
            self.0 = v;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::split_sentences;
    use crate::token::{tokenize, tokenize_range};

    fn tags(s: &str) -> Vec<&'static str> {
        let mut t = tokenize_range(s, 0, s.len());
        Tagger::shipped().tag(s, &mut t);
        t.iter().map(|t| t.tag.as_str()).collect()
    }

    #[test]
    fn shipped_model_loads() {
        let t = Tagger::shipped();
        assert!(t.is_trained(), "shipped model failed to decode: {t:?}");
        assert!(Tagger::default().is_trained());
        assert!(Tagger::from_bytes(SHIPPED_MODEL).is_ok());
    }

    #[test]
    fn tags_sensible_sentences() {
        assert_eq!(
            tags("Iran summoned Azerbaijan's ambassador."),
            ["NNP", "VBD", "NNP", "POS", "NN", "PUNCT"]
        );
        let t = tags("He was arrested by police.");
        assert_eq!(&t[1..4], ["VBD", "VBN", "IN"]);
        assert!(matches!(t[4], "NN" | "NNS"), "{t:?}");
        assert_eq!(
            tags("The U.S. paid $1.5 billion, Mr. Smith said."),
            ["DT", "NNP", "VBD", "X", "CD", "CD", "PUNCT", "NNP", "NNP", "VBD", "PUNCT"]
        );
        let t = tags("Protesters in Kyiv demanded the release of detained activists.");
        assert_eq!(t[0], "NNS");
        assert_eq!(t[3], "VBD");
    }

    #[test]
    fn tagging_is_deterministic() {
        let story = "Russian forces shelled the city on Tuesday. \"We will not surrender,\" \
                     the mayor said. Turkey's president met Putin in Sochi.";
        let run = || {
            let mut all = Vec::new();
            for s in split_sentences(story) {
                let mut t = tokenize(story, &s);
                Tagger::shipped().tag(story, &mut t);
                all.extend(t.into_iter().map(|t| t.tag));
            }
            all
        };
        let a = run();
        assert_eq!(a, run());
        let b = std::thread::spawn(run).join().unwrap();
        assert_eq!(a, b);
        assert!(a.iter().all(|t| *t != Tag::X));
    }

    #[test]
    fn never_panics_on_odd_input() {
        let tagger = Tagger::shipped();
        tagger.tag("", &mut []);
        for s in ["", "!!!", "’", "日本 東京", "A", "x y z", "\u{200b}..."] {
            let mut t = tokenize_range(s, 0, s.len());
            tagger.tag(s, &mut t);
        }
        // Tokens whose offsets do not fit the story.
        let s = "Iran warned Israel.";
        let mut t = tokenize_range(s, 0, s.len());
        tagger.tag("short", &mut t);
        Tagger::heuristic().tag("short", &mut t);
    }

    #[test]
    fn bad_models_are_errors() {
        assert!(Tagger::from_bytes(b"").is_err());
        assert!(Tagger::from_bytes(b"DYADPOS1").is_err());
        for cut in [9, 20, 100, SHIPPED_MODEL.len() / 2, SHIPPED_MODEL.len() - 1] {
            if cut < SHIPPED_MODEL.len() {
                assert!(Tagger::from_bytes(&SHIPPED_MODEL[..cut]).is_err());
            }
        }
        let mut bad = SHIPPED_MODEL.to_vec();
        bad.push(0);
        assert!(Tagger::from_bytes(&bad).is_err());
    }

    #[test]
    fn encode_round_trip() {
        use training::*;
        let bytes = encode(
            &CLASSES,
            1.0,
            &[(42, class_of(Tag::DT))],
            &[(7, vec![(1, 5), (3, -2)]), (9, vec![])],
        )
        .unwrap();
        let m = Model::decode(&bytes).unwrap();
        assert_eq!(m.n_feats, 1);
        assert_eq!(m.classes.len(), 38);
        assert_eq!(m.dict.get(42).map(|s| s.start), Some(2));
        let s = m.feats.get(7).unwrap();
        assert_eq!((s.start, s.len), (0, 2));
        assert_eq!(m.entry_weight, [5, -2]);
        assert!(m.feats.get(9).is_none());
    }
}
