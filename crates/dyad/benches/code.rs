//! Criterion benchmarks: coding the example story and, when the reference
//! corpus is beside the repo, the VOA stories; plus the tokenizer-only
//! baseline on the same text so ratios can be compared across machines.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_coder::{Coder, Story};

fn stories() -> Vec<Story> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let mut paths = vec![format!("{root}/examples/story.jsonl")];
    let voa = format!("{root}/../shared/corpus/voa/voa_stories.jsonl");
    if std::path::Path::new(&voa).exists() {
        paths.push(voa);
    }
    let mut out = Vec::new();
    for p in paths {
        let Ok(text) = std::fs::read_to_string(&p) else {
            continue;
        };
        for line in text.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let Some(t) = v.get("text").and_then(|t| t.as_str()) else {
                continue;
            };
            let date = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap_or_default();
            out.push(Story::new("bench", t, date));
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let coder = Coder::builtin().expect("the shipped lexicon compiles");
    let stories = stories();
    let bytes: usize = stories.iter().map(|s| s.text.len()).sum();
    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("code", |b| {
        b.iter(|| {
            stories
                .iter()
                .map(|s| coder.code(s).events.len())
                .sum::<usize>()
        })
    });
    g.bench_function("baseline_split_tokenize", |b| {
        b.iter(|| {
            stories
                .iter()
                .map(|s| {
                    dyad_text::split_sentences(&s.text)
                        .iter()
                        .map(|x| dyad_text::tokenize(&s.text, x).len())
                        .sum::<usize>()
                })
                .sum::<usize>()
        })
    });
    g.finish();
    c.bench_function("lexicon_compile", |b| {
        b.iter(|| Coder::builtin().map(|_| ()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
