//! Trains dyad's averaged-perceptron POS tagger from spaCy silver annotations.
//!
//! ```text
//! cargo run --release -p dyad-text --example train_tagger -- \
//!     [--silver target/tagger/silver.txt] [--out crates/dyad-text/data/tagger.bin] \
//!     [--iters 8] [--seed 1] [--prune 2] [--freq 20] [--ambiguity 0.97] [--sweep]
//! ```
//!
//! The silver file comes from `scripts/tagger/annotate.py` (spaCy tokens with byte
//! offsets and PTB tags). Here every story is split and tokenized by dyad itself and the
//! spaCy tags are aligned to dyad's tokens by byte offset:
//!
//! * a dyad token that starts where a spaCy token starts takes that token's tag; when it
//!   covers several spaCy tokens (dyad keeps hyphenated words such as `pro-Russian`,
//!   `al-Sudani` or `20-year-old` whole) it takes the tag of the last of them that is not
//!   punctuation, except that a `VBN`/`VBG` head after a hyphen (`Iranian-backed`,
//!   `peace-loving`) becomes `JJ`, as the Penn Treebank tags such compounds; a token
//!   with no hyphen that covers several (`cannot` = `can` + `not`) takes the first one's;
//! * a dyad token that starts inside a spaCy token gets no tag and is neither trained on
//!   nor scored (the tagger still runs over it).
//!
//! Tags map to `Tag` with `Tag::parse`: punctuation tags → `Punct`; `$`, `AFX`, `ADD`,
//! `XX` → `X`. Every story whose per-source index is a multiple of 10 is held aside; the
//! model is trained on the rest only, and accuracy is reported on the held-aside stories
//! with the shipped decoding path (`Tagger::from_bytes` on the bytes written).

use std::collections::HashMap;
use std::time::Instant;

use dyad_text::tagger::training::{self, class_of, features, prepare, FeatMap, TokCtx, CLASSES};
use dyad_text::{split_sentences, tokenize, Tag, Tagger, Token};

const NC: usize = CLASSES.len();

struct Args {
    silver: String,
    out: String,
    iters: usize,
    seed: u64,
    prune: i16,
    freq: u32,
    ambiguity: f64,
    sweep: bool,
    errors: Option<String>,
}

fn parse_args() -> Args {
    let mut a = Args {
        silver: "target/tagger/silver.txt".into(),
        out: "crates/dyad-text/data/tagger.bin".into(),
        iters: 8,
        seed: 1,
        prune: 2,
        freq: 20,
        ambiguity: 0.97,
        sweep: false,
        errors: None,
    };
    let argv: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < argv.len() {
        let v = argv.get(i + 1).cloned().unwrap_or_default();
        match argv[i].as_str() {
            "--silver" => a.silver = v,
            "--out" => a.out = v,
            "--iters" => a.iters = v.parse().expect("--iters N"),
            "--seed" => a.seed = v.parse().expect("--seed N"),
            "--prune" => a.prune = v.parse().expect("--prune N"),
            "--freq" => a.freq = v.parse().expect("--freq N"),
            "--ambiguity" => a.ambiguity = v.parse().expect("--ambiguity F"),
            "--errors" => a.errors = Some(v),
            "--sweep" => {
                a.sweep = true;
                i += 1;
                continue;
            }
            other => panic!("unknown argument {other}"),
        }
        i += 2;
    }
    a
}

struct Doc {
    source: String,
    held: bool,
    text: String,
    /// spaCy tokens: (start byte, end byte, tag string).
    spacy: Vec<(usize, usize, String)>,
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some('t') => out.push('\t'),
                Some(o) => out.push(o),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn read_silver(path: &str) -> Vec<Doc> {
    let data = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e} (run scripts/tagger/annotate.py first)"));
    let mut docs = Vec::new();
    let mut lines = data.lines();
    while let Some(d) = lines.next() {
        let t = lines.next().expect("T line after D line");
        let mut f = d.splitn(4, '\t');
        assert_eq!(f.next(), Some("D"));
        let source = f.next().unwrap().to_string();
        let index: usize = f.next().unwrap().parse().unwrap();
        let text = unescape(f.next().unwrap_or(""));
        let t = t.strip_prefix("T\t").or(t.strip_prefix("T")).unwrap();
        let parts: Vec<&str> = t.split(' ').filter(|s| !s.is_empty()).collect();
        let spacy = parts
            .chunks_exact(3)
            .map(|c| {
                (
                    c[0].parse().unwrap(),
                    c[1].parse().unwrap(),
                    c[2].to_string(),
                )
            })
            .collect();
        docs.push(Doc {
            source,
            held: index.is_multiple_of(10),
            text,
            spacy,
        });
    }
    docs
}

fn is_punct_tag(t: &str) -> bool {
    Tag::parse(t) == Tag::Punct
}

#[derive(Default)]
struct AlignStats {
    tokens: usize,
    exact: usize,
    compound: usize,
    unaligned: usize,
    patterns: HashMap<String, (usize, String)>,
}

/// Gold classes of one sentence's dyad tokens.
fn align(
    text: &str,
    toks: &[Token],
    spacy: &[(usize, usize, String)],
    st: &mut AlignStats,
) -> Vec<Option<u8>> {
    let mut gold = Vec::with_capacity(toks.len());
    for t in toks {
        st.tokens += 1;
        let first = spacy.partition_point(|s| s.0 < t.start);
        let inside: Vec<&(usize, usize, String)> =
            spacy[first..].iter().take_while(|s| s.0 < t.end).collect();
        let starts_here = inside.first().is_some_and(|s| s.0 == t.start);
        if !starts_here {
            st.unaligned += 1;
            gold.push(None);
            continue;
        }
        if inside.len() == 1 {
            st.exact += 1;
            gold.push(Some(class_of(Tag::parse(&inside[0].2))));
            continue;
        }
        st.compound += 1;
        let pattern: Vec<&str> = inside.iter().map(|s| s.2.as_str()).collect();
        let pattern = pattern.join(" ");
        let e = st.patterns.entry(pattern).or_insert((0, String::new()));
        e.0 += 1;
        if e.1.is_empty() {
            e.1 = text[t.start..t.end].to_string();
        }
        let hyphenated = text[t.start..t.end].contains(['-', '–', '—']);
        let head = if hyphenated {
            inside
                .iter()
                .rposition(|s| !is_punct_tag(&s.2))
                .unwrap_or(inside.len() - 1)
        } else {
            0 // `cannot` (MD RB), `gonna`: the spaCy token at the start
        };
        let mut tag = Tag::parse(&inside[head].2);
        let after_hyphen = head > 0 && inside[head - 1].2 == "HYPH";
        if after_hyphen && matches!(tag, Tag::VBN | Tag::VBG) {
            tag = Tag::JJ;
        }
        gold.push(Some(class_of(tag)));
    }
    gold
}

struct Sent {
    ctx: Vec<TokCtx>,
    gold: Vec<Option<u8>>,
}

#[derive(Clone, Copy)]
struct Param {
    class: u8,
    w: i32,
    total: i64,
    ts: u64,
}

struct Perceptron {
    w: FeatMap<Vec<Param>>,
    inst: u64,
}

impl Perceptron {
    fn predict(&self, feats: &[u64]) -> u8 {
        let mut scores = [0i64; NC];
        for f in feats {
            if let Some(ps) = self.w.get(f) {
                for p in ps {
                    scores[p.class as usize] += p.w as i64;
                }
            }
        }
        argmax(&scores)
    }
    fn update(&mut self, truth: u8, guess: u8, feats: &[u64]) {
        self.inst += 1;
        if truth == guess {
            return;
        }
        let inst = self.inst;
        for &f in feats {
            let ps = self.w.entry(f).or_default();
            for (class, v) in [(truth, 1), (guess, -1)] {
                let p = match ps.iter_mut().position(|p| p.class == class) {
                    Some(k) => &mut ps[k],
                    None => {
                        ps.push(Param {
                            class,
                            w: 0,
                            total: 0,
                            ts: inst,
                        });
                        ps.last_mut().unwrap()
                    }
                };
                p.total += (inst - p.ts) as i64 * p.w as i64;
                p.ts = inst;
                p.w += v;
            }
        }
    }
    fn averaged(&self) -> FeatMap<Vec<(u8, f64)>> {
        let n = self.inst.max(1) as f64;
        let mut out = FeatMap::default();
        for (&f, ps) in &self.w {
            let v: Vec<(u8, f64)> = ps
                .iter()
                .map(|p| {
                    let total = p.total + (self.inst - p.ts) as i64 * p.w as i64;
                    (p.class, total as f64 / n)
                })
                .filter(|e| e.1 != 0.0)
                .collect();
            if !v.is_empty() {
                out.insert(f, v);
            }
        }
        out
    }
}

fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> u8 {
    let mut best = 0;
    for c in 1..scores.len() {
        if scores[c] > scores[best] {
            best = c;
        }
    }
    best as u8
}

/// xorshift64*: a fixed, dependency-free shuffle.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Quantized features: (key, [(class, weight)]).
type QFeats = Vec<(u64, Vec<(u8, i16)>)>;

fn quantize(avg: &FeatMap<Vec<(u8, f64)>>, prune: i16) -> (f32, QFeats) {
    let max = avg
        .values()
        .flat_map(|v| v.iter().map(|e| e.1.abs()))
        .fold(0.0f64, f64::max)
        .max(1e-9);
    let scale = 32000.0 / max;
    let feats = avg
        .iter()
        .map(|(&f, v)| {
            let mut e: Vec<(u8, i16)> = v
                .iter()
                .map(|&(c, w)| (c, (w * scale).round() as i16))
                .filter(|e| e.1.abs() >= prune.max(1))
                .collect();
            e.sort_unstable();
            (f, e)
        })
        .filter(|(_, e)| !e.is_empty())
        .collect();
    (scale as f32, feats)
}

struct HeldDoc<'a> {
    doc: &'a Doc,
    sents: Vec<(Vec<Token>, Vec<Option<u8>>)>,
}

#[derive(Default, Clone, Copy)]
struct Acc {
    ok: usize,
    n: usize,
}
impl Acc {
    fn pct(self) -> f64 {
        self.ok as f64 / self.n.max(1) as f64
    }
}

fn evaluate(
    tagger: &Tagger,
    held: &mut [HeldDoc],
    confusion: Option<&mut HashMap<(Tag, Tag), usize>>,
) -> (HashMap<String, Acc>, f64) {
    let mut acc: HashMap<String, Acc> = HashMap::new();
    let mut conf = confusion;
    let mut ntok = 0usize;
    let start = Instant::now();
    for hd in held.iter_mut() {
        for (toks, _) in hd.sents.iter_mut() {
            tagger.tag(&hd.doc.text, toks);
            ntok += toks.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    for hd in held.iter() {
        for (toks, gold) in &hd.sents {
            for (t, g) in toks.iter().zip(gold) {
                let Some(g) = g else { continue };
                let gt = CLASSES[*g as usize];
                let ok = t.tag == gt;
                for key in ["all", hd.doc.source.as_str()] {
                    let a = acc.entry(key.to_string()).or_default();
                    a.n += 1;
                    a.ok += ok as usize;
                }
                if !ok {
                    if let Some(c) = conf.as_deref_mut() {
                        *c.entry((gt, t.tag)).or_default() += 1;
                    }
                }
            }
        }
    }
    (acc, ntok as f64 / secs)
}

/// Writes every held-aside disagreement with its sentence (for inspection; never commit).
fn write_errors(path: &str, held: &[HeldDoc]) {
    let mut out = String::new();
    for hd in held {
        for (toks, gold) in &hd.sents {
            for (i, (t, g)) in toks.iter().zip(gold).enumerate() {
                let Some(g) = g else { continue };
                let gt = CLASSES[*g as usize];
                if t.tag != gt {
                    let ctx: Vec<String> = toks
                        .iter()
                        .enumerate()
                        .map(|(j, u)| {
                            let w = u.text(&hd.doc.text);
                            if j == i {
                                format!("[[{w}]]")
                            } else {
                                format!("{w}/{}", u.tag.as_str())
                            }
                        })
                        .collect();
                    out.push_str(&format!(
                        "{}\t{}\t{}\t{}\t{}\n",
                        hd.doc.source,
                        t.text(&hd.doc.text),
                        gt.as_str(),
                        t.tag.as_str(),
                        ctx.join(" ")
                    ));
                }
            }
        }
    }
    std::fs::write(path, out).expect("write errors");
}

fn report(label: &str, acc: &HashMap<String, Acc>) {
    let mut keys: Vec<&String> = acc.keys().collect();
    keys.sort();
    let parts: Vec<String> = keys
        .iter()
        .map(|k| format!("{k} {:.4} ({} tok)", acc[*k].pct(), acc[*k].n))
        .collect();
    println!("{label}: {}", parts.join(", "));
}

fn main() {
    let args = parse_args();
    let t0 = Instant::now();
    let docs = read_silver(&args.silver);
    let mut stats = AlignStats::default();
    let mut train: Vec<Sent> = Vec::new();
    let mut held: Vec<HeldDoc> = Vec::new();
    let mut ctx = Vec::new();
    for doc in &docs {
        let mut hd = HeldDoc {
            doc,
            sents: Vec::new(),
        };
        for s in split_sentences(&doc.text) {
            let toks = tokenize(&doc.text, &s);
            if toks.is_empty() {
                continue;
            }
            let gold = align(&doc.text, &toks, &doc.spacy, &mut stats);
            if doc.held {
                hd.sents.push((toks, gold));
            } else {
                prepare(&doc.text, &toks, &mut ctx);
                train.push(Sent {
                    ctx: ctx.clone(),
                    gold,
                });
            }
        }
        if doc.held {
            held.push(hd);
        }
    }
    let n_train_tok: usize = train.iter().map(|s| s.gold.len()).sum();
    let n_held_tok: usize = held
        .iter()
        .flat_map(|h| h.sents.iter().map(|s| s.0.len()))
        .sum();
    println!(
        "{} docs ({} held aside); {} train sentences / {} tokens; {} held tokens; read+aligned in {:.1}s",
        docs.len(),
        held.len(),
        train.len(),
        n_train_tok,
        n_held_tok,
        t0.elapsed().as_secs_f64()
    );
    println!(
        "alignment: {} dyad tokens, {} exact, {} covering several spaCy tokens, {} unaligned",
        stats.tokens, stats.exact, stats.compound, stats.unaligned
    );
    let mut pats: Vec<_> = stats.patterns.iter().collect();
    pats.sort_by_key(|p| (std::cmp::Reverse(p.1 .0), p.0.clone()));
    for (p, (n, ex)) in pats.iter().take(15) {
        println!("  {n:6}  {p:<24} e.g. {ex}");
    }

    // Tag dictionary: frequent, (almost) unambiguous words, by their written form.
    let mut counts: FeatMap<[u32; NC]> = FeatMap::default();
    for s in &train {
        for (c, g) in s.ctx.iter().zip(&s.gold) {
            if let Some(g) = g {
                counts.entry(c.dict_key()).or_insert([0; NC])[*g as usize] += 1;
            }
        }
    }
    let mut dict: FeatMap<u8> = FeatMap::default();
    for (&k, c) in &counts {
        let total: u32 = c.iter().sum();
        let best = argmax(c);
        if total >= args.freq && c[best as usize] as f64 / total as f64 >= args.ambiguity {
            dict.insert(k, best);
        }
    }
    println!("tag dictionary: {} words", dict.len());

    // Training.
    let mut model = Perceptron {
        w: FeatMap::default(),
        inst: 0,
    };
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = Rng(args.seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut feats = [0u64; training::MAX_FEATURES];
    for it in 0..args.iters {
        let t = Instant::now();
        rng.shuffle(&mut order);
        let (mut ok, mut n) = (0usize, 0usize);
        for &si in &order {
            let s = &train[si];
            let (mut prev, mut prev2) = (None, None);
            for i in 0..s.ctx.len() {
                let guess = match dict.get(&s.ctx[i].dict_key()) {
                    Some(&c) => c,
                    None => {
                        let k = features(&s.ctx, i, prev, prev2, &mut feats);
                        let guess = model.predict(&feats[..k]);
                        if let Some(g) = s.gold[i] {
                            model.update(g, guess, &feats[..k]);
                        }
                        guess
                    }
                };
                if let Some(g) = s.gold[i] {
                    n += 1;
                    ok += (g == guess) as usize;
                }
                prev2 = prev;
                prev = Some(guess);
            }
        }
        println!(
            "iter {}: train accuracy {:.4} ({} features, {:.1}s)",
            it + 1,
            ok as f64 / n.max(1) as f64,
            model.w.len(),
            t.elapsed().as_secs_f64()
        );
    }
    let avg = model.averaged();
    let n_entries: usize = avg.values().map(|v| v.len()).sum();
    println!("averaged: {} features, {} weights", avg.len(), n_entries);

    let dict_vec: Vec<(u64, u8)> = dict.iter().map(|(&k, &c)| (k, c)).collect();
    let prunes: Vec<i16> = if args.sweep {
        vec![1, 2, 4, 8, 16, 32, 64]
    } else {
        vec![args.prune]
    };
    for p in prunes {
        let (scale, q) = quantize(&avg, p);
        let bytes = training::encode(&CLASSES, scale, &dict_vec, &q).expect("encode");
        let tagger = Tagger::from_bytes(&bytes).expect("decode what was just encoded");
        let (acc, _) = evaluate(&tagger, &mut held, None);
        report(
            &format!(
                "prune |w|<{p}: {} features, {:.2} MB",
                q.len(),
                bytes.len() as f64 / 1e6
            ),
            &acc,
        );
        if p == args.prune {
            std::fs::write(&args.out, &bytes).expect("write model");
            println!("wrote {} ({} bytes)", args.out, bytes.len());
            let mut conf = HashMap::new();
            let (acc, speed) = evaluate(&tagger, &mut held, Some(&mut conf));
            report("held-aside accuracy vs spaCy (shipped model)", &acc);
            println!("held-aside tagging speed: {speed:.0} tokens/s (this build)");
            let mut conf: Vec<_> = conf.into_iter().collect();
            conf.sort_by_key(|c| (std::cmp::Reverse(c.1), c.0 .0.as_str(), c.0 .1.as_str()));
            let top: Vec<String> = conf
                .iter()
                .take(12)
                .map(|((g, p), n)| format!("{}→{} {n}", g.as_str(), p.as_str()))
                .collect();
            println!("top confusions (spaCy→ours): {}", top.join(", "));
            if let Some(path) = &args.errors {
                write_errors(path, &held);
            }
        }
    }
    println!("total {:.1}s", t0.elapsed().as_secs_f64());
}
