//! Tokens with exact byte offsets into the story text.
//!
//! The tokenizer follows Penn Treebank conventions closely enough for the tagger:
//! possessive `'s` and contractions (`n't`, `'re`) split from their word, punctuation
//! split from words, but abbreviations (`U.S.`, `Dr.`), decimals (`1.5`), amounts
//! with separators (`1,500`), hyphenated words and `$`-prefixed amounts' parts kept
//! whole as words and numbers.

use crate::segment::Sentence;
use crate::tag::Tag;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    Symbol,
}

/// One token: a byte range of the story text, its lower-cased form and its tag.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte offset of the first byte, into the story text.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    pub kind: TokenKind,
    /// Lower-cased text with typographic apostrophes and quotes folded to ASCII.
    pub lower: String,
    /// Part of speech; `Tag::X` until a tagger has run.
    pub tag: Tag,
}

impl Token {
    /// The token's text as written in `story`.
    pub fn text<'a>(&self, story: &'a str) -> &'a str {
        &story[self.start..self.end]
    }
    /// True when the token as written starts with an upper-case letter.
    pub fn is_capitalized(&self, story: &str) -> bool {
        self.text(story)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase())
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ')
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        '’' | '‘' | 'ʼ' | '`' => out.push('\''),
        '“' | '”' | '„' => out.push('"'),
        '–' | '—' => out.push('-'),
        _ => out.extend(c.to_lowercase()),
    }
}

/// Suffixes split off a word as their own token (PTB style), longest first.
const CLITICS: [&str; 7] = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

/// Tokenizes `sentence` of `story`; offsets are into `story`.
pub fn tokenize(story: &str, sentence: &Sentence) -> Vec<Token> {
    tokenize_range(story, sentence.start, sentence.end)
}

/// Tokenizes `story[start..end]`; offsets are into `story`.
pub fn tokenize_range(story: &str, start: usize, end: usize) -> Vec<Token> {
    let text = &story[start..end];
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let n = chars.len();
    let byte_at = |i: usize| if i < n { chars[i].0 } else { text.len() };
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        // An underscore between two words separates them: the classic coders'
        // pre-joined names ("Dol_Amroth") are the words of a phrase.
        let joiner = c == '_'
            && i > 0
            && chars[i - 1].1.is_alphanumeric()
            && chars.get(i + 1).is_some_and(|p| p.1.is_alphanumeric());
        if c.is_whitespace() || joiner {
            i += 1;
            continue;
        }
        let begin = i;
        let kind;
        if c.is_alphanumeric() {
            // A run of letters/digits joined by inner '.', '-', ',', '/', apostrophe or '&'.
            let mut j = i + 1;
            while j < n {
                let cj = chars[j].1;
                if cj.is_alphanumeric() {
                    j += 1;
                    continue;
                }
                let next_alnum = j + 1 < n && chars[j + 1].1.is_alphanumeric();
                let prev_digit = chars[j - 1].1.is_ascii_digit();
                let next_digit = j + 1 < n && chars[j + 1].1.is_ascii_digit();
                match cj {
                    '-' | '&' | '/' if next_alnum => j += 1,
                    '.' if next_alnum => j += 1,
                    ',' if prev_digit && next_digit => j += 1,
                    c2 if is_apostrophe(c2) && next_alnum => j += 1,
                    _ => break,
                }
            }
            // Trailing period of an abbreviation stays with it ("U.S.", "Mr.", "Jan.");
            // the segmenter, not the tokenizer, decides where sentences end.
            if j < n && chars[j].1 == '.' {
                let word: String = chars[begin..j].iter().map(|p| p.1).collect();
                if is_abbreviation(&word) && (j + 1 < n || word.contains('.')) {
                    j += 1;
                }
            }
            let stop = j;
            // Split clitics: "Iran's" -> "Iran" "'s"; "don't" -> "do" "n't".
            let word_lower: String = {
                let mut s = String::new();
                for &(_, ch) in &chars[begin..stop] {
                    fold_char(ch, &mut s);
                }
                s
            };
            let mut clitic_at = None;
            for cl in CLITICS {
                if word_lower.len() > cl.len() && word_lower.ends_with(cl) {
                    let keep = word_lower.chars().count() - cl.chars().count();
                    clitic_at = Some(begin + keep);
                    break;
                }
            }
            if let Some(split) = clitic_at {
                push(
                    &mut tokens,
                    story,
                    start,
                    byte_at(begin),
                    byte_at(split),
                    TokenKind::Word,
                );
                push(
                    &mut tokens,
                    story,
                    start,
                    byte_at(split),
                    byte_at(stop),
                    TokenKind::Word,
                );
                i = stop;
                continue;
            }
            let all_digits = chars[begin..stop]
                .iter()
                .all(|p| p.1.is_ascii_digit() || matches!(p.1, '.' | ',' | '/' | '-'));
            kind = if all_digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            push(
                &mut tokens,
                story,
                start,
                byte_at(begin),
                byte_at(stop),
                kind,
            );
            i = stop;
        } else if is_apostrophe(c) && i + 1 < n && chars[i + 1].1.is_alphabetic() && {
            // A leading clitic after a split ("'s" directly after a quote) or a quote.
            let rest: String = chars[i..(i + 3).min(n)].iter().map(|p| p.1).collect();
            let mut f = String::new();
            for ch in rest.chars() {
                fold_char(ch, &mut f);
            }
            f.starts_with("'s") && (i + 2 >= n || !chars[i + 2].1.is_alphanumeric())
        } {
            push(
                &mut tokens,
                story,
                start,
                byte_at(i),
                byte_at(i + 2),
                TokenKind::Word,
            );
            i += 2;
        } else {
            let is_sym = matches!(
                c,
                '$' | '€' | '£' | '¥' | '%' | '#' | '@' | '+' | '=' | '<' | '>'
            );
            kind = if is_sym {
                TokenKind::Symbol
            } else {
                TokenKind::Punct
            };
            // Runs of the same punctuation ("...", "--") stay one token.
            let mut j = i + 1;
            while j < n && chars[j].1 == c && !is_sym {
                j += 1;
            }
            push(&mut tokens, story, start, byte_at(i), byte_at(j), kind);
            i = j;
        }
    }
    tokens
}

fn push(tokens: &mut Vec<Token>, story: &str, base: usize, s: usize, e: usize, kind: TokenKind) {
    let (start, end) = (base + s, base + e);
    let mut lower = String::with_capacity(e - s);
    for ch in story[start..end].chars() {
        fold_char(ch, &mut lower);
    }
    tokens.push(Token {
        start,
        end,
        kind,
        lower,
        tag: Tag::X,
    });
}

/// Abbreviations whose final period belongs to the word.
pub fn is_abbreviation(word: &str) -> bool {
    if word.contains('.') {
        // "U.S", "D.C", "a.m" -> with the final period: U.S.
        return word.chars().all(|c| c.is_alphabetic() || c == '.');
    }
    if word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase()) {
        return true; // initials: "John F. Kennedy"
    }
    ABBREVIATIONS.binary_search(&word).is_ok()
}

/// Common abbreviations in news text (sorted, case-sensitive).
pub const ABBREVIATIONS: &[&str] = &[
    "Adm", "Apr", "Aug", "Brig", "Capt", "Cmdr", "Co", "Col", "Corp", "Dec", "Dept", "Dr", "Feb",
    "Fla", "Fr", "Gen", "Gov", "Hon", "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Maj", "Mar",
    "Messrs", "Mr", "Mrs", "Ms", "Mt", "No", "Nov", "Oct", "Rep", "Rev", "Sen", "Sep", "Sept",
    "Sgt", "Sr", "St", "Supt", "Vol", "approx", "e.g", "etc", "i.e", "vs",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        tokenize_range(s, 0, s.len())
            .iter()
            .map(|t| t.text(s).to_string())
            .collect()
    }

    #[test]
    fn abbreviation_list_is_sorted() {
        let mut v = ABBREVIATIONS.to_vec();
        v.sort();
        assert_eq!(v, ABBREVIATIONS);
    }

    #[test]
    fn splits_possessive_and_punct() {
        assert_eq!(
            toks("Iran summons Azerbaijan's ambassador, warns him."),
            [
                "Iran",
                "summons",
                "Azerbaijan",
                "'s",
                "ambassador",
                ",",
                "warns",
                "him",
                "."
            ]
        );
    }

    #[test]
    fn underscores_between_words_separate_them() {
        assert_eq!(
            toks("the Prince of Dol_Amroth, _x_ and __"),
            ["the", "Prince", "of", "Dol", "Amroth", ",", "_", "x", "_", "and", "__"]
        );
    }

    #[test]
    fn keeps_amounts_and_abbreviations() {
        assert_eq!(
            toks("The U.S. paid $1.5 billion, Mr. Smith said."),
            ["The", "U.S.", "paid", "$", "1.5", "billion", ",", "Mr.", "Smith", "said", "."]
        );
        assert_eq!(toks("in the U.S."), ["in", "the", "U.S."]);
        assert_eq!(toks("1,500 troops"), ["1,500", "troops"]);
    }

    #[test]
    fn typographic_quotes_and_apostrophes() {
        let s = "Baku’s “terrorist acts” don’t";
        assert_eq!(
            toks(s),
            ["Baku", "’s", "“", "terrorist", "acts", "”", "do", "n’t"]
        );
        let t = tokenize_range(s, 0, s.len());
        assert_eq!(t[1].lower, "'s");
        assert_eq!(t[7].lower, "n't");
    }

    #[test]
    fn offsets_are_into_story() {
        let s = "Hello. Iran warned Israel.";
        let t = tokenize_range(s, 7, s.len());
        assert_eq!(t[0].text(s), "Iran");
        assert_eq!(t[0].start, 7);
    }
}
