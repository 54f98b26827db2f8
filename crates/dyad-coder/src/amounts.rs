//! Money and quantities in English news text.
//!
//! Like [`crate::dates`], this is a small hand-written recogniser over a
//! tokenizer that keeps exact byte offsets (the same tokenizer, so dates and
//! amounts agree on token boundaries). At every token it tries a currency
//! prefix ("$", "US$", "€", "Rs", "EUR") and then a number expression; the
//! first match is taken and scanning resumes after it.
//!
//! # Conventions (what the event coder must know)
//!
//! * `value` is the full number: "$1.5 billion" is 1.5e9 with unit `USD`,
//!   "five hundred million euros" 5e8 `EUR`, "two dozen soldiers" 24 `soldiers`,
//!   "Rs 500 crore" 5e9 `INR`.
//! * `unit` is an ISO 4217 code for money; `"percent"` for "12%", "12 percent",
//!   "12 per cent"; `"percentage points"` / `"basis points"` for those; else the
//!   counted noun lower-cased ("15,000 troops" → `troops`), found by skipping
//!   at most two modifiers ("12 unarmed protesters", "300 pro-democracy
//!   activists"); else `None` ("12 were killed"). A noun counts when it is a
//!   known irregular plural (people, police, children, gunmen, ...) or looks
//!   like a regular plural (ends in `s`, not `ss`/`us`/`is`/`ous`), or is one
//!   of "dead", "wounded", "injured", "missing", "homeless" used as a noun
//!   ("10,000 dead"); singular nouns are not units ("one soldier" is skipped as
//!   a lone "one", "1 soldier" has no unit).
//! * Ambiguous symbols and words: `$` alone is USD, `¥` is JPY, "pounds" is GBP
//!   unless followed by "of" (weight), "rupees"/"Rs" are INR, "won" needs a
//!   scale word or a value of 1000 or more. "US$", "A$", "C$", "HK$", "NZ$",
//!   "S$", "R$", "NT$" and ISO codes written before or after the number
//!   ("EUR 3bn", "20 million USD") are recognised.
//! * Vague quantities are reported at their lower bound, the scale itself:
//!   "thousands of protesters" → 1000 `protesters`, "hundreds" → 100,
//!   "dozens" → 12, "millions of dollars" → 1e6 `USD`, "tens of thousands" →
//!   1e4, "hundreds of thousands" → 1e5, "several thousand"/"a few hundred" →
//!   1000/100. The span covers the whole phrase up to the noun.
//! * Ranges share their unit and scale: in "10-15 people" both amounts get
//!   `people`; in "$10-15 million" both are millions of USD ("to" and "or"
//!   work like the dash).
//! * Spans run from the currency or first number word to the last word that
//!   fed the value or unit ("at least" is not part of "at least 12 people").
//! * Not amounts: anything inside a date expression found by
//!   [`crate::dates::find_dates`] ("March 20", "two weeks ago", "in 2011");
//!   bare four-digit numbers 1800–2100 (years) unless money, a percentage,
//!   scaled, or directly followed by a typical counted noun (people, troops,
//!   refugees, ...; see `YEAR_COUNTABLE`) and not preceded by a determiner or
//!   preposition ("2000 troops" is an amount; "the 2012 elections",
//!   "2012 elections" and "the 2000 troops" are not);
//!   ordinals ("3rd"); times ("10:30", "5 pm", "10 a.m.", "1400 GMT");
//!   identifiers glued to letters or introduced by Resolution/Article/Flight/
//!   No./... ("G20", "F-16", "Resolution 1973"); decades ("1990s"); fractions
//!   and slashed dates ("3/4"). A lone "one" or "zero" with no unit is skipped
//!   (usually a pronoun: "one of the leaders").
//! * Numbers: digits with thousands separators and decimals ("1,500.75"),
//!   scale words (thousand, million, billion, trillion, crore, lakh, dozen,
//!   hundred) and abbreviations glued or spaced ("3bn", "3 bn", "mn", "mln",
//!   "tn"; "m", "b", "k" only glued and only after a currency: "$5m", except
//!   that "1.2m people" with a counted noun is 1.2 million), and
//!   English number words up to trillions ("one hundred and twenty",
//!   "twenty-five", "a million", "half a million", "two thousand million").
//!   Thousands separators must be well formed; European "1.500" is read as
//!   1.5.
//!
//! Nothing here panics on any input: token lookups are bounds-checked and
//! numbers are parsed without unwrapping.

use crate::dates::{
    adjacent, find_dates, is_punct, is_word, is_word_in, small_number_word, tokenize, word, Lower,
    Tok, TokKind,
};
use serde::Serialize;

/// One amount of money or quantity of something.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Amount {
    /// The full value ("$1.5 billion" → 1.5e9).
    pub value: f64,
    /// ISO 4217 code for money, "percent", or the counted noun lower-cased.
    pub unit: Option<String>,
    /// The expression as written (`text[start..end]`).
    pub text: String,
    /// Byte offset of the first byte in the given text.
    pub start: usize,
    /// Byte offset just past the expression.
    pub end: usize,
}

// ---------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------

/// Currency symbols written before (or after) a number.
const SYMBOLS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("₪", "ILS"),
    ("₺", "TRY"),
    ("₦", "NGN"),
];

/// Letters glued before `$` (case-sensitive).
const DOLLAR_PREFIXES: &[(&str, &str)] = &[
    ("US", "USD"),
    ("A", "AUD"),
    ("AU", "AUD"),
    ("C", "CAD"),
    ("CA", "CAD"),
    ("HK", "HKD"),
    ("NZ", "NZD"),
    ("S", "SGD"),
    ("SG", "SGD"),
    ("R", "BRL"),
    ("NT", "TWD"),
];

/// ISO codes recognised before or after a number (upper case only).
const CODES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "INR", "CHF", "AUD", "CAD", "HKD", "NZD", "SGD",
    "KRW", "BRL", "MXN", "ZAR", "TRY", "ILS", "SAR", "AED", "PKR", "EGP", "NGN", "IRR", "IQD",
    "UAH", "PLN", "SEK", "NOK", "DKK", "THB", "IDR", "MYR", "PHP", "VND", "TWD", "ARS", "CLP",
    "COP", "KES", "QAR", "KWD",
];

/// Currency words after a number, lower-case, longest phrases first.
const CURRENCY_WORDS: &[(&[&str], &str)] = &[
    (&["south", "african", "rand"], "ZAR"),
    (&["south", "korean", "won"], "KRW"),
    (&["hong", "kong", "dollars"], "HKD"),
    (&["new", "zealand", "dollars"], "NZD"),
    (&["new", "taiwan", "dollars"], "TWD"),
    (&["us", "dollars"], "USD"),
    (&["american", "dollars"], "USD"),
    (&["australian", "dollars"], "AUD"),
    (&["canadian", "dollars"], "CAD"),
    (&["singapore", "dollars"], "SGD"),
    (&["taiwan", "dollars"], "TWD"),
    (&["zimbabwe", "dollars"], "ZWL"),
    (&["pounds", "sterling"], "GBP"),
    (&["egyptian", "pounds"], "EGP"),
    (&["syrian", "pounds"], "SYP"),
    (&["lebanese", "pounds"], "LBP"),
    (&["sudanese", "pounds"], "SDG"),
    (&["swiss", "francs"], "CHF"),
    (&["pakistani", "rupees"], "PKR"),
    (&["indian", "rupees"], "INR"),
    (&["sri", "lankan", "rupees"], "LKR"),
    (&["nepalese", "rupees"], "NPR"),
    (&["mexican", "pesos"], "MXN"),
    (&["philippine", "pesos"], "PHP"),
    (&["argentine", "pesos"], "ARS"),
    (&["chilean", "pesos"], "CLP"),
    (&["colombian", "pesos"], "COP"),
    (&["saudi", "riyals"], "SAR"),
    (&["iranian", "rials"], "IRR"),
    (&["iraqi", "dinars"], "IQD"),
    (&["chinese", "yuan"], "CNY"),
    (&["japanese", "yen"], "JPY"),
    (&["russian", "rubles"], "RUB"),
    (&["russian", "roubles"], "RUB"),
    (&["turkish", "lira"], "TRY"),
    (&["israeli", "shekels"], "ILS"),
    (&["korean", "won"], "KRW"),
    (&["brazilian", "reais"], "BRL"),
    (&["dollars"], "USD"),
    (&["dollar"], "USD"),
    (&["euros"], "EUR"),
    (&["euro"], "EUR"),
    (&["pounds"], "GBP"),
    (&["pound"], "GBP"),
    (&["sterling"], "GBP"),
    (&["yen"], "JPY"),
    (&["yuan"], "CNY"),
    (&["renminbi"], "CNY"),
    (&["rmb"], "CNY"),
    (&["rubles"], "RUB"),
    (&["ruble"], "RUB"),
    (&["roubles"], "RUB"),
    (&["rouble"], "RUB"),
    (&["rupees"], "INR"),
    (&["rupee"], "INR"),
    (&["shekels"], "ILS"),
    (&["shekel"], "ILS"),
    (&["riyals"], "SAR"),
    (&["dirhams"], "AED"),
    (&["lira"], "TRY"),
    (&["rand"], "ZAR"),
    (&["naira"], "NGN"),
    (&["baht"], "THB"),
    (&["ringgit"], "MYR"),
    (&["rupiah"], "IDR"),
    (&["hryvnia"], "UAH"),
    (&["hryvnias"], "UAH"),
    (&["zlotys"], "PLN"),
    (&["zloty"], "PLN"),
    (&["reais"], "BRL"),
    (&["won"], "KRW"),
];

/// Scale words that may follow a number after a space.
fn spaced_scale(w: &str) -> Option<f64> {
    let lw = w.to_ascii_lowercase();
    Some(match lw.as_str() {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" | "mn" | "mln" => 1e6,
        "billion" | "bn" | "bln" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        "dozen" => 12.0,
        _ => return None,
    })
}

/// Scale abbreviations glued to a number ("3bn"); single letters only for money.
fn glued_scale(w: &str, money: bool) -> Option<f64> {
    let lw = w.to_ascii_lowercase();
    match lw.as_str() {
        "m" | "b" | "k" if !money => None,
        "m" => Some(1e6),
        "b" => Some(1e9),
        "k" => Some(1e3),
        "thousand" | "hundred" | "dozen" => None,
        _ => spaced_scale(&lw),
    }
}

/// Counted nouns that do not end in `s`.
const IRREGULAR_COUNT: &[&str] = &[
    "people",
    "police",
    "personnel",
    "staff",
    "children",
    "men",
    "women",
    "militia",
    "gunmen",
    "policemen",
    "policewomen",
    "servicemen",
    "cattle",
    "sheep",
    "livestock",
    "aircraft",
    "infantry",
    "fish",
    "deer",
    "youth",
    "clergy",
    "km",
    "kg",
    "mph",
    "mw",
];

/// Adjectives used as counted nouns after a number ("10,000 dead").
const NOMINAL_ADJECTIVES: &[&str] = &["dead", "wounded", "injured", "missing", "homeless"];

/// Words ending in `s` that are not counted plurals.
const NOT_PLURAL: &[&str] = &[
    "this",
    "thus",
    "was",
    "has",
    "its",
    "his",
    "hers",
    "yes",
    "whereas",
    "perhaps",
    "always",
    "besides",
    "towards",
    "afterwards",
    "sometimes",
    "nevertheless",
    "unless",
    "across",
    "says",
    "news",
    "overseas",
    "whereabouts",
    "christmas",
    "ones",
    "does",
    "goes",
    "ago",
];

/// Words that end the search for a counted noun.
const STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "of",
    "and",
    "or",
    "but",
    "nor",
    "were",
    "was",
    "is",
    "are",
    "be",
    "been",
    "being",
    "have",
    "had",
    "has",
    "will",
    "would",
    "could",
    "should",
    "may",
    "might",
    "must",
    "can",
    "to",
    "in",
    "on",
    "at",
    "for",
    "from",
    "by",
    "with",
    "without",
    "as",
    "than",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "said",
    "says",
    "per",
    "each",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "until",
    "into",
    "onto",
    "over",
    "under",
    "about",
    "against",
    "among",
    "between",
    "through",
    "during",
    "including",
    "ago",
    "out",
    "up",
    "down",
    "off",
    "there",
    "they",
    "we",
    "he",
    "she",
    "it",
    "them",
    "their",
    "his",
    "her",
    "its",
    "our",
    "your",
    "this",
    "these",
    "those",
    "such",
    "so",
    "not",
    "also",
];

/// Words before a number that make it an identifier, not an amount.
const IDENT_BEFORE: &[&str] = &[
    "resolution",
    "resolutions",
    "article",
    "articles",
    "section",
    "chapter",
    "flight",
    "route",
    "paragraph",
    "page",
    "clause",
    "number",
    "highway",
    "room",
    "item",
    "amendment",
    "protocol",
    "platform",
    "gate",
    "apollo",
    "version",
    "act",
    "decree",
    "law",
    "bill",
    "unit",
    "block",
    "sector",
    "phase",
    "category",
    "grade",
    "code",
    "channel",
    "camp",
    "magnitude",
];

/// Words after a number that make it a time of day.
const TIME_AFTER: &[&str] = &["am", "pm", "gmt", "utc", "est", "edt", "cet", "hrs"];

/// Counted nouns that make a year-like number ("2000 troops") an amount.
const YEAR_COUNTABLE: &[&str] = &[
    "troops",
    "soldiers",
    "protesters",
    "demonstrators",
    "refugees",
    "civilians",
    "fighters",
    "militants",
    "rebels",
    "prisoners",
    "detainees",
    "casualties",
    "deaths",
    "families",
    "homes",
    "houses",
    "workers",
    "students",
    "officers",
    "migrants",
    "marines",
    "peacekeepers",
    "delegates",
    "tons",
    "tonnes",
    "barrels",
    "kilometres",
    "kilometers",
    "miles",
];

/// Words before a year-like number that make it a year even before a noun.
const YEAR_DETERMINERS: &[&str] = &[
    "the", "in", "of", "since", "by", "from", "until", "during", "its", "their", "his", "her",
    "this", "that", "our", "after", "before", "a", "an",
];

fn is_count_noun(lw: &str) -> bool {
    if IRREGULAR_COUNT.contains(&lw) {
        return true;
    }
    lw.chars().count() >= 4
        && lw.ends_with('s')
        && !lw.ends_with("ss")
        && !lw.ends_with("us")
        && !lw.ends_with("is")
        && !lw.ends_with("ous")
        && !NOT_PLURAL.contains(&lw)
        && !STOP.contains(&lw)
}

// ---------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------

/// Parses "15,000", "1,500.75", "1.5"; thousands separators must be well formed.
fn parse_numeric(s: &str) -> Option<f64> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    if let Some(f) = frac {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    let mut groups = int.split(',');
    let first = groups.next()?;
    if first.is_empty() || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut has_groups = false;
    for g in groups {
        has_groups = true;
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
    }
    if has_groups && first.len() > 3 {
        return None;
    }
    let mut clean: String = int.chars().filter(|&c| c != ',').collect();
    if let Some(f) = frac {
        clean.push('.');
        clean.push_str(f);
    }
    clean.parse().ok()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Start,
    A,
    Units,
    Teen,
    Tens,
    Hundred,
    Scale,
    And,
    Dozen,
}

fn big_scale(lw: &str) -> Option<f64> {
    match lw {
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// English number words at `i`: (value, index after, largest scale word seen or 1).
fn number_words(toks: &[Tok<'_>], i: usize) -> Option<(f64, usize, f64)> {
    // "half a million", "half a dozen"
    if is_word(toks, i, "half") && is_word(toks, i + 1, "a") {
        let w = word(toks, i + 2)?.to_ascii_lowercase();
        let s = big_scale(&w).or(if w == "dozen" { Some(12.0) } else { None })?;
        return Some((0.5 * s, i + 3, s));
    }
    let (mut total, mut current) = (0.0_f64, 0.0_f64);
    let (mut last, mut last_scale, mut max_scale) = (Last::Start, 0.0_f64, 1.0_f64);
    let (mut k, mut end) = (i, i);
    loop {
        // "twenty-five"
        if last == Last::Tens
            && is_punct(toks, k, "-")
            && k > 0
            && adjacent(toks, k - 1)
            && adjacent(toks, k)
            && word(toks, k + 1)
                .and_then(small_number_word)
                .is_some_and(|v| (1..10).contains(&v))
        {
            k += 1;
            continue;
        }
        let Some(w) = word(toks, k) else { break };
        // A word longer than `Lower::CAP` is no number or scale word.
        let Some(lw) = Lower::of(w) else { break };
        let lw = lw.as_str();
        if let Some(v) = small_number_word(lw) {
            let ok = match last {
                Last::Start | Last::Hundred | Last::Scale | Last::And => true,
                Last::Tens => (1..10).contains(&v),
                _ => false,
            };
            if !ok {
                break;
            }
            current += f64::from(v);
            last = match v {
                0..=9 => Last::Units,
                10..=19 => Last::Teen,
                _ => Last::Tens,
            };
            k += 1;
            end = k;
            continue;
        }
        match lw {
            "a" | "an" if last == Last::Start => {
                let next = word(toks, k + 1).map(str::to_ascii_lowercase);
                let scaled = next
                    .as_deref()
                    .is_some_and(|n| big_scale(n).is_some() || n == "hundred" || n == "dozen");
                if !scaled {
                    break;
                }
                current = 1.0;
                last = Last::A;
                k += 1;
            }
            "hundred" if matches!(last, Last::A | Last::Units | Last::Teen) => {
                current *= 100.0;
                last = Last::Hundred;
                k += 1;
                end = k;
            }
            "dozen" if matches!(last, Last::A | Last::Units | Last::Teen | Last::Tens) => {
                current *= 12.0;
                last = Last::Dozen;
                k += 1;
                end = k;
                max_scale = max_scale.max(12.0);
            }
            "and"
                if matches!(last, Last::Hundred | Last::Scale)
                    && word(toks, k + 1).and_then(small_number_word).is_some() =>
            {
                last = Last::And;
                k += 1;
            }
            _ => {
                let Some(s) = big_scale(lw) else { break };
                match last {
                    // "two thousand million" = 2e9
                    Last::Scale if s > last_scale => total *= s,
                    Last::A | Last::Units | Last::Teen | Last::Tens | Last::Hundred
                        if last_scale == 0.0 || s < last_scale =>
                    {
                        total += current * s;
                        current = 0.0;
                    }
                    _ => break,
                }
                last = Last::Scale;
                last_scale = s;
                max_scale = max_scale.max(s);
                k += 1;
                end = k;
            }
        }
    }
    if end == i {
        return None;
    }
    Some((total + current, end, max_scale))
}

/// A parsed number expression.
#[derive(Debug, Clone, Copy)]
struct NumExpr {
    value: f64,
    /// Product of the scale words applied (1 if none).
    scale: f64,
    /// Written with digits (as opposed to words).
    digits: bool,
    /// A vague plural ("thousands of").
    vague: bool,
    /// Index after the expression.
    end: usize,
}

/// Vague quantities at `i`: "thousands", "tens of thousands", "several hundred".
fn vague_at(toks: &[Tok<'_>], i: usize) -> Option<NumExpr> {
    // A word longer than `Lower::CAP` is none of those below.
    let lw = Lower::of(word(toks, i)?)?;
    let lw = lw.as_str();
    let plural = |w: &str| -> Option<f64> {
        match w {
            "hundreds" => Some(1e2),
            "thousands" => Some(1e3),
            "millions" => Some(1e6),
            "billions" => Some(1e9),
            "dozens" => Some(12.0),
            _ => None,
        }
    };
    let vague = |value: f64, end: usize| NumExpr {
        value,
        scale: value,
        digits: false,
        vague: true,
        end,
    };
    // "tens of thousands", "hundreds of millions", "scores of"
    if is_word(toks, i + 1, "of") {
        let base = match lw {
            "tens" => Some(10.0),
            "hundreds" => Some(100.0),
            "scores" => Some(20.0),
            _ => None,
        };
        if let Some(base) = base {
            let inner = word(toks, i + 2).map(str::to_ascii_lowercase);
            if let Some(s) = inner.as_deref().and_then(plural).filter(|&s| s >= 1e3) {
                return Some(vague(base * s, i + 3));
            }
            if lw == "scores" {
                return Some(vague(base, i + 1));
            }
        }
    }
    if let Some(s) = plural(lw) {
        return Some(vague(s, i + 1));
    }
    // "several thousand", "a few hundred"
    let after = match lw {
        "several" | "some" => i + 1,
        "a" if is_word(toks, i + 1, "few") => i + 2,
        _ => return None,
    };
    let next = word(toks, after)?.to_ascii_lowercase();
    let s = big_scale(&next).or(if next == "hundred" { Some(1e2) } else { None })?;
    Some(vague(s, after + 1))
}

/// A number expression at `i`: digits or words, with scale words.
fn number_expr(toks: &[Tok<'_>], i: usize, money: bool) -> Option<NumExpr> {
    let t = toks.get(i)?;
    match t.kind {
        TokKind::Num => {
            let base = parse_numeric(t.text)?;
            let mut scale = 1.0;
            let mut k = i + 1;
            if adjacent(toks, i) {
                if let Some(s) = word(toks, k).and_then(|w| glued_scale(w, money)) {
                    scale = s;
                    k += 1;
                }
            }
            // "1.5 billion", "2 thousand million", "3 dozen"; not after another glued word.
            if scale == 1.0 && !adjacent(toks, i) {
                while let Some(s) = word(toks, k).and_then(spaced_scale) {
                    scale *= s;
                    k += 1;
                    if s == 12.0 {
                        break;
                    }
                }
            }
            Some(NumExpr {
                value: base * scale,
                scale,
                digits: true,
                vague: false,
                end: k,
            })
        }
        TokKind::Word => {
            if let Some(v) = vague_at(toks, i) {
                return Some(v);
            }
            let (value, mut end, mut scale) = number_words(toks, i)?;
            let mut value = value;
            // "five hundred million" is handled by number_words; "2 crore" style words too:
            while let Some(s) = word(toks, end)
                .filter(|w| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "crore" | "crores" | "lakh" | "lakhs"
                    )
                })
                .and_then(spaced_scale)
            {
                value *= s;
                scale *= s;
                end += 1;
            }
            Some(NumExpr {
                value,
                scale,
                digits: false,
                vague: false,
                end,
            })
        }
        TokKind::Punct => None,
    }
}

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------

fn currency_prefix(toks: &[Tok<'_>], i: usize) -> Option<(&'static str, usize)> {
    let t = toks.get(i)?;
    match t.kind {
        TokKind::Punct => SYMBOLS
            .iter()
            .find(|(s, _)| s.as_bytes().first() == t.text.as_bytes().first() && *s == t.text)
            .map(|&(_, c)| (c, i + 1)),
        TokKind::Word => {
            if is_punct(toks, i + 1, "$") && (adjacent(toks, i) || t.text == "US") {
                return DOLLAR_PREFIXES
                    .iter()
                    .find(|(p, _)| *p == t.text)
                    .map(|&(_, c)| (c, i + 2));
            }
            if t.text == "Rs" {
                let j = if is_punct(toks, i + 1, ".") && adjacent(toks, i) {
                    i + 2
                } else {
                    i + 1
                };
                return Some(("INR", j));
            }
            // Every code is three capital letters: most words need no comparison.
            if t.text.len() != 3 || !t.text.bytes().all(|b| b.is_ascii_uppercase()) {
                return None;
            }
            CODES
                .iter()
                .find(|c| **c == t.text)
                .map(|&c| (c, i + 1))
                .or_else(|| (t.text == "RMB").then_some(("CNY", i + 1)))
        }
        TokKind::Num => None,
    }
}

/// Currency written after a number at `k`: (code, index after).
fn currency_suffix(toks: &[Tok<'_>], k: usize, n: &NumExpr) -> Option<(&'static str, usize)> {
    // "5 million U.S. dollars"
    if is_word(toks, k, "U")
        && is_punct(toks, k + 1, ".")
        && is_word(toks, k + 2, "S")
        && is_punct(toks, k + 3, ".")
        && is_word_in(toks, k + 4, &["dollars", "dollar"])
    {
        return Some(("USD", k + 5));
    }
    if let Some(t) = toks.get(k) {
        if t.kind == TokKind::Punct {
            if let Some(&(_, c)) = SYMBOLS.iter().find(|(s, _)| *s == t.text) {
                // "20 €" but not "20 $5"
                let followed_by_num = toks.get(k + 1).is_some_and(|n| n.kind == TokKind::Num);
                return (!followed_by_num).then_some((c, k + 1));
            }
            return None;
        }
        if CODES.contains(&t.text) {
            return Some((CODES.iter().find(|c| **c == t.text).copied()?, k + 1));
        }
    }
    for &(words, code) in CURRENCY_WORDS {
        let matched = words
            .iter()
            .enumerate()
            .all(|(o, w)| is_word(toks, k + o, w));
        if !matched {
            continue;
        }
        let end = k + words.len();
        let last = words.last().copied().unwrap_or_default();
        if matches!(last, "pounds" | "pound") && is_word(toks, end, "of") {
            return None;
        }
        if last == "won" && n.scale <= 1.0 && n.value < 1000.0 {
            return None;
        }
        return Some((code, end));
    }
    None
}

/// Percent forms at `k`: (unit, index after).
fn percent_at(toks: &[Tok<'_>], k: usize) -> Option<(&'static str, usize)> {
    if is_punct(toks, k, "%") {
        return Some(("percent", k + 1));
    }
    let w = word(toks, k)?.to_ascii_lowercase();
    match w.as_str() {
        "percent" | "pct" => Some(("percent", k + 1)),
        "per" if is_word(toks, k + 1, "cent") => Some(("percent", k + 2)),
        "percentage" if is_word_in(toks, k + 1, &["points", "point"]) => {
            Some(("percentage points", k + 2))
        }
        "basis" if is_word_in(toks, k + 1, &["points", "point"]) => Some(("basis points", k + 2)),
        _ => None,
    }
}

/// The counted noun at or shortly after `k`: (noun lower-cased, index after).
fn count_unit(toks: &[Tok<'_>], k: usize, max_skip: usize) -> Option<(String, usize)> {
    let mut j = k;
    let mut skipped = 0;
    loop {
        let w = word(toks, j)?;
        let lw = w.to_lowercase();
        if STOP.contains(&lw.as_str()) {
            return None;
        }
        // A hyphenated compound ("pro-democracy") is a modifier; skip it whole.
        let mut after = j + 1;
        while adjacent(toks, after - 1)
            && is_punct(toks, after, "-")
            && adjacent(toks, after)
            && word(toks, after + 1).is_some()
        {
            after += 2;
        }
        if after == j + 1 && is_count_noun(&lw) {
            return Some((lw, j + 1));
        }
        // "10,000 dead", "40 wounded", but "12 wounded soldiers" counts soldiers.
        if after == j + 1
            && NOMINAL_ADJECTIVES.contains(&lw.as_str())
            && count_unit(toks, j + 1, 0).is_none()
        {
            return Some((lw, j + 1));
        }
        skipped += 1;
        if skipped > max_skip {
            return None;
        }
        j = after;
    }
}

// ---------------------------------------------------------------------------
// Exclusions
// ---------------------------------------------------------------------------

/// True when the digits at `i` are an identifier, time, ordinal, fraction or decade.
fn numeric_excluded(toks: &[Tok<'_>], i: usize, n: &NumExpr) -> bool {
    if let Some(p) = glued_before(toks, i) {
        let excluded = match p.kind {
            TokKind::Word | TokKind::Num => true,
            TokKind::Punct => match p.text {
                "/" | ":" | "#" | "." | "№" => true,
                // "F-16", "COVID-19", fiscal "2011-12"
                "-" | "–" => glued_before(toks, i - 1)
                    .is_some_and(|pp| pp.kind == TokKind::Word || is_year_like(pp.text)),
                _ => false,
            },
        };
        if excluded {
            return true;
        }
    }
    if n.scale == 1.0 && adjacent(toks, i) {
        if let Some(next) = toks.get(i + 1) {
            match next.kind {
                TokKind::Word => {
                    let lw = next.text.to_ascii_lowercase();
                    if !IRREGULAR_COUNT.contains(&lw.as_str()) {
                        // ordinals, "1990s", "4G", "5pm", "3D"
                        return true;
                    }
                }
                TokKind::Punct => {
                    let glued_num = adjacent(toks, i + 1)
                        && toks.get(i + 2).is_some_and(|t| t.kind == TokKind::Num);
                    if matches!(next.text, ":" | "/" | ".") && glued_num {
                        return true;
                    }
                }
                TokKind::Num => return true,
            }
        }
    }
    // Identifiers: "Resolution 1973", "No. 10", "Article 5".
    if let Some(p) = i.checked_sub(1) {
        if is_word_in(toks, p, IDENT_BEFORE) {
            return true;
        }
        if is_punct(toks, p, ".") && p > 0 && is_word_in(toks, p - 1, &["no", "nos"]) {
            return true;
        }
    }
    // Times: "5 pm", "1400 GMT", "10 a.m.", "9 o'clock".
    let k = n.end;
    let military = toks.get(i).is_some_and(|t| military_time(t.text));
    if is_word_in(toks, k, TIME_AFTER) || (military && is_word(toks, k, "hours")) {
        return true;
    }
    if is_word_in(toks, k, &["a", "p"]) && is_punct(toks, k + 1, ".") && is_word(toks, k + 2, "m") {
        return true;
    }
    if is_word(toks, k, "o")
        && toks.get(k + 1).is_some_and(|t| matches!(t.text, "'" | "’"))
        && is_word(toks, k + 2, "clock")
    {
        return true;
    }
    false
}

fn is_year_like(s: &str) -> bool {
    s.len() == 4
        && s.bytes().all(|b| b.is_ascii_digit())
        && s.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y))
}

/// "1400" in "1400 hours": four digits, hours below 24, minutes below 60.
fn military_time(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 4
        && b.iter().all(u8::is_ascii_digit)
        && (b[0] - b'0') * 10 + (b[1] - b'0') < 24
        && (b[2] - b'0') * 10 + (b[3] - b'0') < 60
}

// ---------------------------------------------------------------------------
// Scanner
// ---------------------------------------------------------------------------

struct Raw {
    amount: Amount,
    scale: f64,
    money: bool,
}

fn make(
    text: &str,
    toks: &[Tok<'_>],
    i: usize,
    end: usize,
    value: f64,
    unit: Option<String>,
) -> Option<Amount> {
    let first = toks.get(i)?;
    let last = toks.get(end.checked_sub(1)?)?;
    let span = text.get(first.start..last.end)?;
    value.is_finite().then(|| Amount {
        value,
        unit,
        text: span.to_string(),
        start: first.start,
        end: last.end,
    })
}

fn parse_at(text: &str, toks: &[Tok<'_>], i: usize) -> Option<(Raw, usize)> {
    // Money with the currency first: "$1.5 billion", "US$ 20 million", "€3bn", "Rs 500 crore".
    if let Some((code, j)) = currency_prefix(toks, i) {
        let n = number_expr(toks, j, true)?;
        let mut end = n.end;
        if let Some((c2, e2)) = currency_suffix(toks, end, &n) {
            if c2 == code {
                end = e2;
            }
        }
        let amount = make(text, toks, i, end, n.value, Some(code.to_string()))?;
        return Some((
            Raw {
                amount,
                scale: n.scale,
                money: true,
            },
            end,
        ));
    }
    if let Some(found) = glued_million_count(text, toks, i) {
        return Some(found);
    }
    let n = number_expr(toks, i, false)?;
    if n.digits && numeric_excluded(toks, i, &n) {
        return None;
    }
    // Vague plurals take their noun through "of": "thousands of protesters".
    let k = if n.vague && is_word(toks, n.end, "of") {
        n.end + 1
    } else {
        n.end
    };
    let (unit, end, money) = if let Some((u, e)) = (!n.vague).then(|| percent_at(toks, k)).flatten()
    {
        (Some(u.to_string()), e, false)
    } else if let Some((c, e)) = currency_suffix(toks, k, &n) {
        (Some(c.to_string()), e, true)
    } else if let Some((u, e)) = count_unit(toks, k, 2) {
        (Some(u), e, false)
    } else {
        (None, n.end, false)
    };
    // Years: bare 4-digit 1800..=2100 unless clearly a count of something.
    let year_like = n.digits && n.scale == 1.0 && toks.get(i).is_some_and(|t| is_year_like(t.text));
    if year_like && !money && unit.as_deref() != Some("percent") {
        let counted_directly = end == n.end + 1
            && unit
                .as_deref()
                .is_some_and(|u| YEAR_COUNTABLE.contains(&u) || IRREGULAR_COUNT.contains(&u));
        let determiner = i
            .checked_sub(1)
            .is_some_and(|p| is_word_in(toks, p, YEAR_DETERMINERS));
        if !counted_directly || determiner {
            return None;
        }
    }
    // A lone "one"/"zero" is usually a pronoun or an idiom.
    if !n.digits && !n.vague && unit.is_none() && n.value < 2.0 {
        return None;
    }
    let amount = make(text, toks, i, end, n.value, unit)?;
    Some((
        Raw {
            amount,
            scale: n.scale,
            money,
        },
        end,
    ))
}

/// "1.2m people": a glued "m" means million without a currency only when a
/// counted noun follows ("a 5m wall" is not an amount).
fn glued_million_count(text: &str, toks: &[Tok<'_>], i: usize) -> Option<(Raw, usize)> {
    let t = toks.get(i)?;
    if t.kind != TokKind::Num || !adjacent(toks, i) || word(toks, i + 1) != Some("m") {
        return None;
    }
    if adjacent(toks, i + 1) || glued_before(toks, i).is_some() {
        return None;
    }
    let (unit, end) = count_unit(toks, i + 2, 2)?;
    let amount = make(text, toks, i, end, parse_numeric(t.text)? * 1e6, Some(unit))?;
    Some((
        Raw {
            amount,
            scale: 1e6,
            money: false,
        },
        end,
    ))
}

/// The token glued to the front of token `k`, if any.
fn glued_before<'a>(toks: &[Tok<'a>], k: usize) -> Option<Tok<'a>> {
    let p = k.checked_sub(1)?;
    if adjacent(toks, p) {
        toks.get(p).copied()
    } else {
        None
    }
}

/// Ranges ("10-15 people", "$10-15 million", "3 to 5 percent") share unit and scale.
fn link_ranges(text: &str, raws: &mut [Raw]) {
    for idx in 1..raws.len() {
        let (head, tail) = raws.split_at_mut(idx);
        let (Some(a), Some(b)) = (head.last_mut(), tail.first_mut()) else {
            continue;
        };
        let between = text
            .get(a.amount.end..b.amount.start)
            .map(str::trim)
            .unwrap_or("x");
        let joined = matches!(between, "-" | "–" | "—")
            || between.eq_ignore_ascii_case("to")
            || between.eq_ignore_ascii_case("or");
        if !joined {
            continue;
        }
        if a.amount.unit.is_none() && b.amount.unit.is_some() {
            a.amount.unit = b.amount.unit.clone();
        }
        if a.money && b.amount.unit.is_none() {
            b.amount.unit = a.amount.unit.clone();
            b.money = true;
        }
        if a.scale == 1.0 && b.scale > 1.0 {
            a.amount.value *= b.scale;
            a.scale = b.scale;
        }
    }
}

/// All money amounts and quantities in `text`, in order.
///
/// See the module documentation for units, vague quantities and what is not
/// an amount. Spans never overlap; offsets are byte offsets into `text`.
pub fn find_amounts(text: &str) -> Vec<Amount> {
    // Dates are found with an arbitrary story date: only their spans matter.
    let date_spans: Vec<(usize, usize)> = chrono::NaiveDate::from_ymd_opt(2000, 1, 1)
        .map(|d| {
            find_dates(text, d)
                .iter()
                .map(|m| (m.start, m.end))
                .collect()
        })
        .unwrap_or_default();
    find_amounts_outside(text, &date_spans)
}

/// [`find_amounts`] with the text's date spans (sorted, disjoint byte
/// ranges) already found: numbers inside them are dates, not amounts.
pub fn find_amounts_outside(text: &str, date_spans: &[(usize, usize)]) -> Vec<Amount> {
    find_amounts_in(text, &tokenize(text), date_spans)
}

/// [`find_amounts_outside`] on `text` already tokenized (`toks == tokenize(text)`).
pub(crate) fn find_amounts_in(
    text: &str,
    toks: &[Tok<'_>],
    date_spans: &[(usize, usize)],
) -> Vec<Amount> {
    // Spans are sorted and disjoint: the only candidate is the first ending after `s`.
    let in_date = |s: usize, e: usize| {
        let k = date_spans.partition_point(|&(_, de)| de <= s);
        date_spans.get(k).is_some_and(|&(ds, _)| ds < e)
    };
    let mut raws: Vec<Raw> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match parse_at(text, toks, i) {
            Some((raw, next)) if !in_date(raw.amount.start, raw.amount.end) => {
                raws.push(raw);
                i = next.max(i + 1);
            }
            _ => i += 1,
        }
    }
    link_ranges(text, &mut raws);
    raws.into_iter().map(|r| r.amount).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, f64, Option<String>)> {
        find_amounts(text)
            .into_iter()
            .map(|a| (a.text, a.value, a.unit))
            .collect()
    }

    fn check(text: &str, want_text: &str, value: f64, unit: Option<&str>) {
        let f = found(text);
        assert_eq!(f.len(), 1, "{text:?}: {f:?}");
        let (t, v, u) = &f[0];
        assert_eq!(t, want_text, "{text:?}");
        assert!(
            (v - value).abs() <= value.abs() * 1e-12,
            "{text:?}: {v} != {value}"
        );
        assert_eq!(u.as_deref(), unit, "{text:?}");
    }

    fn none(text: &str) {
        let f = found(text);
        assert!(f.is_empty(), "{text:?}: {f:?}");
    }

    #[test]
    fn money_with_symbols() {
        check(
            "a $1.5 billion aid package",
            "$1.5 billion",
            1.5e9,
            Some("USD"),
        );
        check("pledged US$ 20 million", "US$ 20 million", 2e7, Some("USD"));
        check("pledged US$20m", "US$20m", 2e7, Some("USD"));
        check("a €3bn bailout", "€3bn", 3e9, Some("EUR"));
        check("fined £200,000 on Monday", "£200,000", 2e5, Some("GBP"));
        check("worth $5m", "$5m", 5e6, Some("USD"));
        check("about $50k each", "$50k", 5e4, Some("USD"));
        check("A$2.5 billion", "A$2.5 billion", 2.5e9, Some("AUD"));
        check("HK$ 300 million", "HK$ 300 million", 3e8, Some("HKD"));
        check("¥500 billion", "¥500 billion", 5e11, Some("JPY"));
        check("a budget of Rs 500 crore", "Rs 500 crore", 5e9, Some("INR"));
        check("Rs. 20 lakh", "Rs. 20 lakh", 2e6, Some("INR"));
        check("EUR 3 bn", "EUR 3 bn", 3e9, Some("EUR"));
        check("$5 million dollars", "$5 million dollars", 5e6, Some("USD"));
        check("cost 20 €", "20 €", 20.0, Some("EUR"));
    }

    #[test]
    fn money_with_words() {
        check(
            "1.5 billion dollars",
            "1.5 billion dollars",
            1.5e9,
            Some("USD"),
        );
        check(
            "five hundred million euros",
            "five hundred million euros",
            5e8,
            Some("EUR"),
        );
        check(
            "2.3 trillion yen in stimulus",
            "2.3 trillion yen",
            2.3e12,
            Some("JPY"),
        );
        check("20 million USD", "20 million USD", 2e7, Some("USD"));
        check("300 million yuan", "300 million yuan", 3e8, Some("CNY"));
        check("10 billion rubles", "10 billion rubles", 1e10, Some("RUB"));
        check(
            "5 million U.S. dollars",
            "5 million U.S. dollars",
            5e6,
            Some("USD"),
        );
        check(
            "40 million Hong Kong dollars",
            "40 million Hong Kong dollars",
            4e7,
            Some("HKD"),
        );
        check(
            "a million pounds sterling",
            "a million pounds sterling",
            1e6,
            Some("GBP"),
        );
        check("5 billion won", "5 billion won", 5e9, Some("KRW"));
        check("200 Swiss francs", "200 Swiss francs", 200.0, Some("CHF"));
        check(
            "thousands of dollars",
            "thousands of dollars",
            1e3,
            Some("USD"),
        );
    }

    #[test]
    fn pounds_of_weight_are_not_money() {
        check(
            "200 pounds of explosives",
            "200 pounds",
            200.0,
            Some("pounds"),
        );
    }

    #[test]
    fn counts() {
        check(
            "at least 12 people were killed",
            "12 people",
            12.0,
            Some("people"),
        );
        check("15,000 troops", "15,000 troops", 15000.0, Some("troops"));
        check(
            "two dozen soldiers",
            "two dozen soldiers",
            24.0,
            Some("soldiers"),
        );
        check("a dozen rockets", "a dozen rockets", 12.0, Some("rockets"));
        check(
            "12 unarmed protesters",
            "12 unarmed protesters",
            12.0,
            Some("protesters"),
        );
        check(
            "300 pro-democracy activists",
            "300 pro-democracy activists",
            300.0,
            Some("activists"),
        );
        check(
            "five Palestinian children",
            "five Palestinian children",
            5.0,
            Some("children"),
        );
        check("Two soldiers died", "Two soldiers", 2.0, Some("soldiers"));
        check(
            "one hundred and twenty prisoners",
            "one hundred and twenty prisoners",
            120.0,
            Some("prisoners"),
        );
        check(
            "twenty-five gunmen",
            "twenty-five gunmen",
            25.0,
            Some("gunmen"),
        );
        check(
            "half a million refugees",
            "half a million refugees",
            5e5,
            Some("refugees"),
        );
        check(
            "1.2 million people",
            "1.2 million people",
            1.2e6,
            Some("people"),
        );
        check(
            "two thousand million people",
            "two thousand million people",
            2e9,
            Some("people"),
        );
        check("2000 troops", "2000 troops", 2000.0, Some("troops"));
        check("a 20km convoy", "20km", 20.0, Some("km"));
        check("for 48 hours", "48 hours", 48.0, Some("hours"));
        check(
            "with 1.2m young people out of work",
            "1.2m young people",
            1.2e6,
            Some("people"),
        );
        none("a 5m wall");
        none("a 5m-high wall");
    }

    #[test]
    fn counts_without_unit() {
        check("12 were killed", "12", 12.0, None);
        check("40 wounded", "40 wounded", 40.0, Some("wounded"));
        check(
            "12 wounded soldiers",
            "12 wounded soldiers",
            12.0,
            Some("soldiers"),
        );
        let f = found("from 5,000 to 10,000 dead");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0].2.as_deref(), Some("dead"));
        let f = found("killed 12 and wounded 40.");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[1].0, "40");
        check("two were arrested", "two", 2.0, None);
    }

    #[test]
    fn vague_quantities() {
        check(
            "thousands of protesters",
            "thousands of protesters",
            1e3,
            Some("protesters"),
        );
        check("Hundreds were arrested", "Hundreds", 1e2, None);
        check("dozens of people", "dozens of people", 12.0, Some("people"));
        check(
            "tens of thousands of people",
            "tens of thousands of people",
            1e4,
            Some("people"),
        );
        check(
            "hundreds of thousands of refugees",
            "hundreds of thousands of refugees",
            1e5,
            Some("refugees"),
        );
        check(
            "several thousand troops",
            "several thousand troops",
            1e3,
            Some("troops"),
        );
        check(
            "a few hundred demonstrators",
            "a few hundred demonstrators",
            1e2,
            Some("demonstrators"),
        );
        check("millions of euros", "millions of euros", 1e6, Some("EUR"));
    }

    #[test]
    fn percentages() {
        check("rose 12 percent", "12 percent", 12.0, Some("percent"));
        check("rose 12%", "12%", 12.0, Some("percent"));
        check("rose 2.5 per cent", "2.5 per cent", 2.5, Some("percent"));
        check(
            "fell twelve percent",
            "twelve percent",
            12.0,
            Some("percent"),
        );
        check(
            "rose 3 percentage points",
            "3 percentage points",
            3.0,
            Some("percentage points"),
        );
        check(
            "cut by 25 basis points",
            "25 basis points",
            25.0,
            Some("basis points"),
        );
    }

    #[test]
    fn ranges_share_units() {
        let f = found("10-15 people");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!(f[0].2.as_deref(), Some("people"));
        assert_eq!(f[1].2.as_deref(), Some("people"));
        let f = found("$10-15 million");
        assert_eq!(f.len(), 2, "{f:?}");
        assert_eq!((f[0].1, f[0].2.as_deref()), (1e7, Some("USD")));
        assert_eq!((f[1].1, f[1].2.as_deref()), (1.5e7, Some("USD")));
        let f = found("3 to 5 percent");
        assert_eq!(f[0].2.as_deref(), Some("percent"));
    }

    #[test]
    fn not_amounts() {
        none("In 1988, the army seized power.");
        none("The 2012 elections were close.");
        none("2012 elections were close.");
        none("on March 20");
        none("on 20 March 2012");
        none("two weeks ago");
        none("12 days ago");
        none("at 10:30 local time");
        none("at 5 pm");
        none("at 5pm");
        none("at 10 a.m. today");
        none("at 1400 GMT");
        none("at 1400 hours");
        none("the 3rd brigade");
        none("the 1990s");
        none("G20 leaders");
        none("F-16 jets");
        none("COVID-19 cases");
        none("Resolution 1973");
        none("Article 5 of the treaty");
        none("Flight 370");
        none("No. 10 said");
        none("one of the leaders");
        none("a 3/4 majority");
        none("on 2012-03-20");
        none("the 5G network");
        none("protesters march on");
        none("the Million Man March");
        none("");
    }

    #[test]
    fn offsets_slice_the_text() {
        let text =
            "Officials said “at least 12 people” died and €3bn — or ¥500 billion — was pledged.";
        let amounts = find_amounts(text);
        assert_eq!(amounts.len(), 3, "{amounts:?}");
        for a in &amounts {
            assert_eq!(&text[a.start..a.end], a.text);
        }
        assert!(amounts.windows(2).all(|w| w[0].end <= w[1].start));
    }

    #[test]
    fn parses_numerals() {
        assert_eq!(parse_numeric("15,000"), Some(15000.0));
        assert_eq!(parse_numeric("1,500.75"), Some(1500.75));
        assert_eq!(parse_numeric("1.5"), Some(1.5));
        assert_eq!(parse_numeric("1,50"), None);
        assert_eq!(parse_numeric("1500,000"), None);
        assert_eq!(parse_numeric("1.5.2"), None);
    }

    #[test]
    fn serializes() {
        let a = find_amounts("$5m");
        let json = serde_json::to_string(&a).expect("serializable");
        assert!(json.contains("\"unit\":\"USD\""), "{json}");
    }

    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            self.0 >> 33
        }
        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }
    }

    #[test]
    fn fuzz_never_panics() {
        const FRAGS: &[&str] = &[
            "$",
            "US",
            "€",
            "£",
            "¥",
            "Rs",
            ".",
            ",",
            "-",
            "–",
            "%",
            ":",
            "/",
            " ",
            "1",
            "12",
            "1.5",
            "15,000",
            "1,",
            "2012",
            "1400",
            "9",
            "99999999999999999999999",
            "billion",
            "million",
            "bn",
            "m",
            "k",
            "thousand",
            "hundred",
            "and",
            "a",
            "half",
            "dozen",
            "dozens",
            "tens",
            "of",
            "thousands",
            "several",
            "few",
            "one",
            "twenty",
            "five",
            "people",
            "troops",
            "dollars",
            "pounds",
            "won",
            "percent",
            "per",
            "cent",
            "to",
            "or",
            "U",
            "S",
            "March",
            "20",
            "ago",
            "weeks",
            "the",
            "pm",
            "o",
            "'",
            "clock",
            "é",
            "日本",
            "\u{301}",
            "EUR",
            "USD",
            "crore",
            "lakh",
            "HK",
        ];
        let mut rng = Lcg(0xa11);
        for _ in 0..20_000 {
            let mut s = String::new();
            for _ in 0..(rng.next() % 14) {
                if rng.below(6) == 0 {
                    s.push(char::from_u32((rng.next() % 0x3000) as u32).unwrap_or('?'));
                } else {
                    s.push_str(FRAGS[(rng.next() % FRAGS.len() as u64) as usize]);
                    if rng.below(2) == 0 {
                        s.push(' ');
                    }
                }
            }
            for a in find_amounts(&s) {
                assert_eq!(s.get(a.start..a.end), Some(a.text.as_str()), "{s:?}");
                assert!(a.value.is_finite(), "{s:?}");
            }
        }
    }
}
