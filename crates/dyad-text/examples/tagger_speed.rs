//! Measures the shipped tagger's speed on the VOA stories (single thread).
//!
//! ```text
//! cargo run --release -p dyad-text --example tagger_speed -- [path/to/voa_stories.jsonl] [rounds]
//! ```
//!
//! Default path: `../shared/corpus/voa/voa_stories.jsonl` (relative to the workspace
//! root, where `cargo run` is usually started). Prints tokens/s for tagging alone and
//! for sentence splitting + tokenizing + tagging. No assertions: numbers only.

use std::time::Instant;

use dyad_text::{split_sentences, tokenize, Tagger};

/// The `"text"` string of one JSON object line (enough JSON for this file).
fn json_text(line: &str) -> Option<String> {
    let k = line.find("\"text\"")? + 6;
    let rest = line[k..].trim_start().strip_prefix(':')?.trim_start();
    let mut chars = rest.strip_prefix('"')?.chars();
    let mut out = String::new();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                'b' => out.push('\u{8}'),
                'f' => out.push('\u{c}'),
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let mut cp = u32::from_str_radix(&hex, 16).ok()?;
                    if (0xD800..0xDC00).contains(&cp) {
                        let lo: String = chars.by_ref().skip(2).take(4).collect();
                        let lo = u32::from_str_radix(&lo, 16).ok()?;
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF);
                    }
                    out.push(char::from_u32(cp).unwrap_or('\u{FFFD}'));
                }
                o => out.push(o),
            },
            c => out.push(c),
        }
    }
    None
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .unwrap_or_else(|| "../shared/corpus/voa/voa_stories.jsonl".into());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(20);
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let stories: Vec<String> = data.lines().filter_map(json_text).collect();
    let t = Instant::now();
    let tagger = Tagger::shipped();
    println!(
        "model decode (first Tagger::shipped()): {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    assert!(tagger.is_trained(), "shipped model did not load");

    let t = Instant::now();
    let mut sents: Vec<(usize, Vec<dyad_text::Token>)> = Vec::new();
    for (i, s) in stories.iter().enumerate() {
        for sent in split_sentences(s) {
            sents.push((i, tokenize(s, &sent)));
        }
    }
    let load_and_tokenize = t.elapsed();
    let ntok: usize = sents.iter().map(|s| s.1.len()).sum();
    println!(
        "{} stories, {} sentences, {} tokens (split+tokenize {:.1} ms)",
        stories.len(),
        sents.len(),
        ntok,
        load_and_tokenize.as_secs_f64() * 1e3
    );

    // Warm-up, then tagging alone.
    for (i, toks) in sents.iter_mut() {
        tagger.tag(&stories[*i], toks);
    }
    let t = Instant::now();
    for _ in 0..rounds {
        for (i, toks) in sents.iter_mut() {
            tagger.tag(&stories[*i], toks);
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "tagging only: {:.0} tokens/s ({} rounds, {:.3} s)",
        (ntok * rounds) as f64 / secs,
        rounds,
        secs
    );

    // Segment + tokenize + tag, end to end for this crate.
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..rounds {
        for s in &stories {
            for sent in split_sentences(s) {
                let mut toks = tokenize(s, &sent);
                tagger.tag(s, &mut toks);
                n += toks.len();
            }
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "split + tokenize + tag: {:.0} tokens/s, {:.0} stories/s",
        n as f64 / secs,
        (stories.len() * rounds) as f64 / secs
    );
}
