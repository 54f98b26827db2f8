//! Comma-delimited clause elimination, as the classic coders do it.
//!
//! TABARI and PETRARCH drop short comma-delimited clauses before coding, so that
//! "Arnor, officials said on Monday, will restore full diplomatic ties with
//! Gondor after twelve years" codes as "Arnor, will restore full diplomatic ties
//! with Gondor after twelve years". Three ranges of lengths (in words) say
//! which go: a clause between two commas, the clause before the first comma, and
//! the clause after the last one. Their `comma_*` options set the ranges; a
//! range whose maximum is 0 is off.
//!
//! The classic coders count only commas that their parse puts between clauses:
//! commas inside a noun phrase ("Mordor, Rohan and Bree", "Osgiliath, the
//! state's fiercest foe") are not clause boundaries. Without a parse, dyad takes
//! a comma-delimited stretch with no verb in it for part of a noun phrase and
//! leaves it alone.
//!
//! Elimination removes tokens; every remaining token keeps its byte offsets into
//! the story, so what is coded afterwards still points at the original text.

use crate::tag::Tag;
use crate::token::Token;

/// Length ranges, in words, of the comma-delimited clauses to drop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommaClauses {
    /// A clause between two commas: `min..=max` words (off when `max` is 0).
    pub min: usize,
    pub max: usize,
    /// The clause before the first comma (off when `begin_max` is 0).
    pub begin_min: usize,
    pub begin_max: usize,
    /// The clause after the last comma (off when `end_max` is 0).
    pub end_min: usize,
    pub end_max: usize,
}

impl CommaClauses {
    /// PETRARCH's defaults (which are TABARI's): inner and final clauses of 2 to
    /// 8 words; the first clause is kept.
    pub const PETRARCH: CommaClauses = CommaClauses {
        min: 2,
        max: 8,
        begin_min: 0,
        begin_max: 0,
        end_min: 2,
        end_max: 8,
    };

    /// Removes from `tokens` (one tagged sentence) the clauses whose lengths
    /// fall in the ranges, with the comma that opens each (or, for the first
    /// clause, the comma that closes it). Returns how many tokens went.
    pub fn drop_from(&self, tokens: &mut Vec<Token>) -> usize {
        let commas: Vec<usize> = tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.lower == ",")
            .map(|(k, _)| k)
            .collect();
        let (Some(&first), Some(&last)) = (commas.first(), commas.last()) else {
            return 0;
        };
        // The sentence's closing punctuation is not part of the final clause.
        let mut end = tokens.len();
        while end > last + 1 && tokens[end - 1].tag == Tag::Punct {
            end -= 1;
        }
        let mut drop = vec![false; tokens.len()];
        let in_range = |n: usize, min: usize, max: usize| max != 0 && n >= min && n <= max;
        let head = &tokens[..first];
        if is_clause(head) && in_range(words(head), self.begin_min, self.begin_max) {
            drop[0..first + 1].fill(true);
        }
        let tail = &tokens[last + 1..end];
        if is_clause(tail) && in_range(words(tail), self.end_min, self.end_max) {
            drop[last..end].fill(true);
        }
        for pair in commas.windows(2) {
            let inner = &tokens[pair[0] + 1..pair[1]];
            if is_clause(inner) && in_range(words(inner), self.min, self.max) {
                drop[pair[0]..pair[1]].fill(true);
            }
        }
        // A comma left at either end once its clause has gone dangles.
        if let Some(k) = drop.iter().position(|d| !d) {
            if k > 0 && tokens[k].lower == "," {
                drop[k] = true;
            }
        }
        if let Some(k) = (0..end).rev().find(|&k| !drop[k]) {
            if k + 1 < end && tokens[k].lower == "," {
                drop[k] = true;
            }
        }
        let before = tokens.len();
        let mut k = 0;
        tokens.retain(|_| {
            k += 1;
            !drop[k - 1]
        });
        before - tokens.len()
    }
}

/// Words as the classic coders count them: tokens that start with a letter.
fn words(tokens: &[Token]) -> usize {
    tokens
        .iter()
        .filter(|t| t.lower.chars().next().is_some_and(char::is_alphabetic))
        .count()
}

/// A stretch with a verb in it is a clause; one without is part of a noun
/// phrase (a list item, an apposition).
fn is_clause(tokens: &[Token]) -> bool {
    tokens.iter().any(|t| t.tag.is_verb() || t.tag == Tag::MD)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Sentence;
    use crate::tagger::Tagger;
    use crate::token::tokenize;

    /// The tagged tokens of a one-sentence text.
    fn tagged(text: &str) -> Vec<Token> {
        let s = Sentence {
            index: 0,
            start: 0,
            end: text.len(),
        };
        let mut tokens = tokenize(text, &s);
        Tagger::shipped().tag(text, &mut tokens);
        tokens
    }

    fn kept(text: &str, rules: CommaClauses) -> String {
        let mut tokens = tagged(text);
        rules.drop_from(&mut tokens);
        tokens
            .iter()
            .map(|t| t.text(text))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn drops_a_short_final_clause_and_keeps_offsets() {
        let text = "Arnor will restore ties with Gondor, a senior official said on Saturday.";
        let mut tokens = tagged(text);
        let n = CommaClauses::PETRARCH.drop_from(&mut tokens);
        assert_eq!(n, 7);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            words,
            ["Arnor", "will", "restore", "ties", "with", "Gondor", "."]
        );
        // The final stop still points at its place in the original text.
        assert_eq!(tokens[6].start, text.len() - 1);
    }

    #[test]
    fn lengths_outside_the_range_stay() {
        // Nine words: longer than the default maximum of eight.
        let text = "Arnor welcomed Gondor, the primary official news agency WFNA said on Thursday.";
        assert_eq!(
            kept(text, CommaClauses::PETRARCH),
            text.replace(',', " ,").replace('.', " .")
        );
    }

    #[test]
    fn an_inner_clause_goes_with_its_opening_comma() {
        let text = "Arnor, officials said on Monday, will restore full diplomatic ties with \
                    Gondor after twelve years.";
        assert_eq!(
            kept(text, CommaClauses::PETRARCH),
            "Arnor , will restore full diplomatic ties with Gondor after twelve years ."
        );
        // A final clause of 2 to 8 words goes too, as in PETRARCH.
        let text = "Arnor, officials said on Monday, will restore ties with Gondor.";
        assert_eq!(kept(text, CommaClauses::PETRARCH), "Arnor .");
    }

    #[test]
    fn noun_phrase_commas_are_not_clause_boundaries() {
        let text =
            "Mordor, the Shire, Fornost and Bree welcomed the talks, the state's fiercest foe.";
        let kept_all = kept(text, CommaClauses::PETRARCH);
        assert!(kept_all.contains("the Shire"), "{kept_all}");
        assert!(kept_all.contains("fiercest foe"), "{kept_all}");
    }

    #[test]
    fn the_first_clause_only_when_asked() {
        let text = "Arnor is about to restore, it seems, full ties with Gondor.";
        assert!(kept(text, CommaClauses::PETRARCH).starts_with("Arnor"));
        let begin = CommaClauses {
            begin_min: 3,
            begin_max: 6,
            ..CommaClauses::PETRARCH
        };
        // "it seems" (2 words) is also an inner clause of the default range.
        assert_eq!(kept(text, begin), "full ties with Gondor .");
    }

    #[test]
    fn no_commas_no_change() {
        let text = "Arnor will restore ties with Gondor.";
        assert_eq!(
            kept(text, CommaClauses::PETRARCH),
            "Arnor will restore ties with Gondor ."
        );
    }
}
