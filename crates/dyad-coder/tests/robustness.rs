//! The coder never panics and its offsets always point at the text they name,
//! whatever the input: random strings, and news-like text with odd Unicode.

use chrono::NaiveDate;
use dyad_coder::{Coder, Story};
use proptest::prelude::*;
use std::sync::OnceLock;

fn coder() -> &'static Coder {
    static C: OnceLock<Coder> = OnceLock::new();
    C.get_or_init(|| Coder::builtin().expect("the shipped lexicon compiles"))
}

fn check(text: &str) {
    let story = Story::new(
        "p",
        text,
        NaiveDate::from_ymd_opt(2012, 3, 21).unwrap_or_default(),
    );
    // With the classic coders' comma-clause elimination too, every range on
    // (clauses of any length dropped wherever they stand).
    let every_clause = dyad_text::CommaClauses {
        min: 0,
        max: 99,
        begin_min: 0,
        begin_max: 99,
        end_min: 0,
        end_max: 99,
    };
    for clauses in [None, Some(every_clause)] {
        let suite = dyad_coder::SuiteOptions {
            comma_clauses: clauses,
            new_actor_length: 4,
        };
        check_result(text, &coder().code_with(&story, suite));
    }
}

fn check_result(text: &str, r: &dyad_coder::StoryResult) {
    let chars: Vec<char> = text.chars().collect();
    let slice = |s: usize, e: usize| -> String { chars[s..e].iter().collect() };
    for e in &r.events {
        assert!(e.trigger.start < e.trigger.end && e.trigger.end <= chars.len());
        assert_eq!(slice(e.trigger.start, e.trigger.end), e.trigger.text);
        for a in [&e.source, &e.target].into_iter().flatten() {
            assert_eq!(slice(a.start, a.end), a.text);
        }
        if let Some(p) = &e.place {
            assert_eq!(slice(p.start, p.end), p.text);
        }
        assert!(dyad_ontology::is_valid_cameo(&e.cameo));
    }
}

const WORDS: &[&str] = &[
    "Iran",
    "summoned",
    "Azerbaijan",
    "'s",
    "ambassador",
    ",",
    "warned",
    "him",
    "over",
    "$1.5",
    "billion",
    "“",
    "”",
    "in",
    "Baku",
    "on",
    "Tuesday",
    ".",
    "police",
    "arrested",
    "rebels",
    "who",
    "were",
    "planning",
    "an",
    "attack",
    "against",
    "Israel",
    "not",
    "will",
    "said",
    "according",
    "to",
    "AFP",
    "U.S.",
    "é",
    "—",
    "\n\n",
    "They",
    "his",
    "country",
    "must",
    "withdraw",
    "troops",
    "by",
    "was",
    "killed",
    "Tripoli",
    "Georgia",
    "agreed",
    "meet",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn random_text_never_panics(text in "\\PC{0,300}") {
        check(&text);
    }

    #[test]
    fn news_like_text_keeps_offsets(words in proptest::collection::vec(0..WORDS.len(), 0..80)) {
        let text = words.iter().map(|&i| WORDS[i]).collect::<Vec<_>>().join(" ");
        check(&text);
    }
}
