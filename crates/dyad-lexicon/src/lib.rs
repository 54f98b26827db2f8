//! dyad-lexicon owns dyad's lexicon: the readable `.lex` format (see
//! `lexicon/FORMAT.md`), its parser with errors that name file and line, the
//! lexicon shipped inside the binary, and the compiled matchers the coder runs:
//! actor and agent phrases, verb patterns with generated inflections, noun
//! triggers and reporting verbs.
//!
//! Compilation turns every phrase into a sequence of lower-cased tokens (with
//! dyad's own tokenizer, so lexicon and text always agree) and indexes them in a
//! token trie; matching walks the trie from each token, longest match first.

mod compile;
mod inflect;
mod parse;

pub use compile::{
    ActorHit, Compiled, NounHit, ObjectPhrase, PhraseKind, SentenceWords, Stats, VerbHit,
    VerbPattern, VerbPatternId, NO_WORD, WINDOW,
};
pub use inflect::{noun_forms, plurals, verb_forms};
pub use parse::{
    needs_bang, parse, split_paired, split_role_marks, Anchor, Entry, Lexicon, LexiconError,
    RoleMarks, Section, Validity, NULL_CODE,
};

/// The lexicon files shipped with dyad, embedded at build time.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "countries.lex",
        include_str!("../../../lexicon/countries.lex"),
    ),
    (
        "organizations.lex",
        include_str!("../../../lexicon/organizations.lex"),
    ),
    ("people.lex", include_str!("../../../lexicon/people.lex")),
    ("agents.lex", include_str!("../../../lexicon/agents.lex")),
    ("verbs.lex", include_str!("../../../lexicon/verbs.lex")),
];

/// Parses the shipped lexicon.
pub fn builtin() -> Result<Lexicon, LexiconError> {
    let mut lex = Lexicon::default();
    for (name, text) in BUILTIN_FILES {
        lex.extend(parse(text, name)?);
    }
    Ok(lex)
}
