//! Sentence segmentation for English news text.
//!
//! [`split_sentences`] makes one left-to-right pass over the bytes of a story. Only
//! four kinds of byte start any work: line breaks, `.`, `!`, `?` (and the UTF-8 lead
//! byte of `…`, U+2028 and U+2029). Every decision looks at a bounded window around
//! the candidate, so the cost is linear in the text and there is nothing that can
//! backtrack.
//!
//! Rules, in order:
//!
//! * a line break (`\n`, `\r`, U+2028, U+2029) always ends a sentence, so a blank line,
//!   a single newline and a headline without final punctuation all end one;
//! * `.`, `!`, `?`, `…` (and runs such as `?!` or `...`), followed by any closing quotes
//!   or brackets, end a sentence when whitespace and then an upper-case letter, a digit
//!   or an opening quote/bracket follow; the sentence ends after the closing marks;
//! * not after a title (`Mr.`, `Dr.`, `Gen.`, `Sen.`), `e.g.`, `vs.`, nor after `No.`
//!   before a number; after initials following a name (`John F. Kennedy`), month
//!   abbreviations (`Jan.`), company and name suffixes (`Inc.`, `Jr.`), `St.` and
//!   ellipses only when the next word is a common sentence starter (`The`, `He`,
//!   `In`, ...); after `a.m.`, `p.m.`, `etc.` unless a weekday or time zone follows;
//! * after dotted capitals (`U.S.`, `U.N.`) and a capital letter after a lower-case
//!   word (`posted on X.`), also before a capitalized word that is not a usual part of
//!   a name (`Congress`, `Security`, ...) and is followed by a lower-case word
//!   (`... into the U.S. Sheinbaum sent troops`); and always when a quotation closes
//!   right after the abbreviation (`... in the U.S.” Trump said`);
//! * an ellipsis right after a finished sentence (`legitimate. ... Bosnia`) ends a
//!   sentence before any capitalized word;
//! * a quotation closed by `."`, `!"` or `?"` and followed by an attribution (`Ali
//!   said.`, `he said`) stays in one sentence with it;
//! * nothing breaks inside a dateline (`ST. PETERSBURG, Russia (AP) —`), which stays in
//!   the first sentence of its paragraph; [`dateline`] reports where it is.

use crate::token::is_abbreviation;

/// One sentence: a byte range of the story text, trimmed of surrounding whitespace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// 0-based position of the sentence in the story.
    pub index: usize,
    pub start: usize,
    pub end: usize,
}

impl Sentence {
    pub fn text<'a>(&self, story: &'a str) -> &'a str {
        &story[self.start..self.end]
    }
}

/// Splits a story into sentences: in order, non-overlapping, trimmed, never empty,
/// together covering every non-whitespace character of `text`.
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let b = text.as_bytes();
    let n = b.len();
    let mut out = Vec::with_capacity(n / 128 + 1);
    let mut start = 0;
    // No sentence break before this byte: the end of the current line's dateline.
    let mut guard = line_guard(text, 0);
    let mut i = 0;
    while i < n {
        match b[i] {
            b'\n' | b'\r' => {
                push(text, start, i, &mut out);
                i += 1;
                start = i;
                guard = line_guard(text, i);
            }
            b'.' | b'!' | b'?' => i = terminator(text, i, guard, &mut start, &mut out),
            // A three-byte sequence E2 80 xx: `…`, LINE SEPARATOR, PARAGRAPH SEPARATOR.
            0xE2 if at(b, i + 1) == 0x80 => match at(b, i + 2) {
                0xA6 => i = terminator(text, i, guard, &mut start, &mut out),
                0xA8 | 0xA9 => {
                    push(text, start, i, &mut out);
                    i += 3;
                    start = i;
                    guard = line_guard(text, i);
                }
                _ => i += 3,
            },
            _ => i += 1,
        }
    }
    push(text, start, n, &mut out);
    out
}

/// Appends `text[start..end]`, trimmed, unless it is blank.
fn push(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let slice = &text[start..end];
    let trimmed_start = start + (slice.len() - slice.trim_start().len());
    let trimmed_end = start + slice.trim_end().len();
    if trimmed_end > trimmed_start {
        out.push(Sentence {
            index: out.len(),
            start: trimmed_start,
            end: trimmed_end,
        });
    }
}

/// The byte at `i`, or 0 past the end.
#[inline]
fn at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// The char starting at byte `i`, if `i` is a char boundary inside `text`.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// What a run of sentence-final punctuation looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Terminal {
    /// A single `.`.
    Period,
    /// `..`, `...`, `…`, or the last dot of `. . .`.
    Ellipsis,
    /// Contains `!` or `?`.
    Strong,
}

/// Handles the terminator run starting at `i`; returns where scanning resumes.
fn terminator(
    text: &str,
    i: usize,
    guard: usize,
    start: &mut usize,
    out: &mut Vec<Sentence>,
) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    let mut dots = 0;
    let mut strong = false;
    let mut ellipsis = i >= 2 && b[i] == b'.' && b[i - 1] == b' ' && b[i - 2] == b'.';
    loop {
        match at(b, j) {
            b'.' => {
                dots += 1;
                j += 1;
            }
            b'!' | b'?' => {
                strong = true;
                j += 1;
            }
            0xE2 if at(b, j + 1) == 0x80 && at(b, j + 2) == 0xA6 => {
                ellipsis = true;
                j += 3;
            }
            _ => break,
        }
    }
    let kind = if strong {
        Terminal::Strong
    } else if ellipsis || dots > 1 {
        Terminal::Ellipsis
    } else {
        Terminal::Period
    };
    if i < guard {
        return j;
    }
    match boundary(text, i, j, kind) {
        Some(p) => {
            push(text, *start, p, out);
            *start = p;
            p
        }
        None => j,
    }
}

/// Decides whether the terminator `text[i..run_end]` ends a sentence; returns the end of
/// the sentence (after closing quotes and brackets) if it does.
fn boundary(text: &str, i: usize, run_end: usize, kind: Terminal) -> Option<usize> {
    let b = text.as_bytes();
    // Closing quotes and brackets belong to the sentence that ends here.
    let mut p = run_end;
    let mut quoted = false;
    loop {
        match at(b, p) {
            b'"' | b'\'' => {
                quoted = true;
                p += 1;
            }
            b')' | b']' | b'}' => p += 1,
            // ” ’
            0xE2 if at(b, p + 1) == 0x80 && matches!(at(b, p + 2), 0x9D | 0x99) => {
                quoted = true;
                p += 3;
            }
            // »
            0xC2 if at(b, p + 1) == 0xBB => {
                quoted = true;
                p += 2;
            }
            _ => break,
        }
    }
    // Then whitespace (a line break is handled by the caller's loop).
    let mut q = p;
    loop {
        match at(b, q) {
            b' ' | b'\t' | 0x0B | 0x0C => q += 1,
            x if x >= 0x80 => {
                let c = char_at(text, q)?;
                if !c.is_whitespace() || is_line_break(c) {
                    break;
                }
                q += c.len_utf8();
            }
            _ => break,
        }
    }
    if q == p {
        return None;
    }
    let c = char_at(text, q)?;
    let opener = is_opener(c);
    if !(opener || c.is_uppercase() || c.is_ascii_digit()) {
        return None;
    }
    let wq = if opener { q + c.len_utf8() } else { q };
    let word = next_word(text, wq);
    let starter = is_starter(word) && at(b, wq + word.len()) != b'.';
    let plain = || (!(quoted && attribution_follows(text, q))).then_some(p);
    match kind {
        Terminal::Strong => plain(),
        // "... legitimate. ... Bosnia needs": an omission after a finished sentence.
        Terminal::Ellipsis if after_sentence_end(b, i) => plain(),
        Terminal::Ellipsis => starter.then_some(p),
        Terminal::Period => {
            let before = word_before(text, i);
            let mut kind = classify(before);
            if kind == Abbrev::Acronym
                && before.len() == 1
                && follows_name_or_initial(text, i - before.len())
            {
                // "John F. Kennedy", "Gen. H. McMaster": an initial.
                kind = Abbrev::Ambiguous;
            }
            match kind {
                Abbrev::NotOne => plain(),
                Abbrev::Never => None,
                Abbrev::BeforeNumber => (!c.is_ascii_digit()).then_some(p),
                // A quotation closed right after "U.S." ends the sentence.
                Abbrev::Ambiguous | Abbrev::Acronym if quoted => plain(),
                Abbrev::Ambiguous => starter.then_some(p),
                Abbrev::Acronym => {
                    (starter || (!opener && starts_clause(text, wq, word))).then_some(p)
                }
                Abbrev::TimeLike => (!is_time_continuation(word)).then_some(p),
            }
        }
    }
}

/// True when the ellipsis at `i` follows a finished sentence: `done. ...`, `done. …`.
fn after_sentence_end(b: &[u8], i: usize) -> bool {
    let multi = at(b, i) != b'.' || at(b, i + 1) == b'.';
    multi && i >= 2 && b[i - 1] == b' ' && matches!(b[i - 2], b'.' | b'!' | b'?')
}

/// True when the word before byte `pos` (skipping spaces) is capitalized or is an
/// initial or title ending in `.`: then a capital letter and a period at `pos` is an
/// initial ("John F.", "Gen. H.").
fn follows_name_or_initial(text: &str, pos: usize) -> bool {
    let head = text[..pos].trim_end_matches(' ');
    if head.len() == pos {
        return false; // no space: "al-X." or the start of the text
    }
    if head.ends_with('.') {
        return true;
    }
    let word_start = head
        .char_indices()
        .rev()
        .take(40)
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'))
        .last()
        .map(|(k, _)| k);
    word_start
        .and_then(|k| head[k..].chars().next())
        .is_some_and(char::is_uppercase)
}

/// True when `word` (at byte `wq`) reads as the first word of a new clause rather
/// than the rest of a name: a capitalized word that is not an institution that
/// follows `U.S.`/`U.N.` and is itself followed by a lower-case word
/// ("... into the U.S. Sheinbaum sent troops").
fn starts_clause(text: &str, wq: usize, word: &str) -> bool {
    let b = text.as_bytes();
    if word.len() < 2
        || !word.chars().any(char::is_lowercase)
        || INSTITUTIONS.binary_search(&word).is_ok()
    {
        return false;
    }
    let after = wq + word.len();
    at(b, after) == b' ' && at(b, after + 1).is_ascii_lowercase()
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '(' | '[' | '{' | '«' | '¿' | '¡'
    )
}

/// The alphanumeric run starting at byte `i` (at most 32 bytes).
fn next_word(text: &str, i: usize) -> &str {
    let Some(rest) = text.get(i..) else {
        return "";
    };
    let mut end = 0;
    for (k, c) in rest.char_indices() {
        if !c.is_alphanumeric() || k >= 32 {
            break;
        }
        end = k + c.len_utf8();
    }
    &rest[..end]
}

/// The word (letters, digits and inner dots) just before the period at byte `i`,
/// without leading dots; empty when there is none or it is over 24 bytes long.
fn word_before(text: &str, i: usize) -> &str {
    let head = &text[..i];
    let mut start = i;
    for (k, c) in head.char_indices().rev() {
        if !(c.is_alphanumeric() || c == '.') {
            break;
        }
        if i - k > 24 {
            return "";
        }
        start = k;
    }
    head[start..].trim_start_matches('.')
}

/// How an abbreviation before a period behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbrev {
    /// Not an abbreviation: the period ends the sentence.
    NotOne,
    /// Always followed by more of the sentence (`Mr.`, `Gen.`, `e.g.`).
    Never,
    /// Continues before a number (`No. 5`), ends the sentence otherwise.
    BeforeNumber,
    /// Ends the sentence only before a common sentence starter (`Inc.`, `Jan.`, an
    /// initial after a name: `John F.`).
    Ambiguous,
    /// Dotted capitals (`U.S.`, `U.N.`) and a capital letter after a lower-case word
    /// (`posted on X.`): end the sentence before a starter, or before a capitalized
    /// word that is not an institution and is followed by a lower-case word.
    Acronym,
    /// Ends the sentence unless a weekday or time zone follows (`p.m.`, `etc.`).
    TimeLike,
}

/// Titles that always precede a name (includes a few not in `ABBREVIATIONS`).
const TITLES: &[&str] = &[
    "Adm", "Amb", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Dr", "Fr", "Gen", "Gens", "Gov", "Govs",
    "Hon", "Lt", "Maj", "Messrs", "Mme", "Mr", "Mrs", "Ms", "Prof", "Pvt", "Rep", "Reps", "Rev",
    "Sen", "Sens", "Sgt", "Supt",
];

/// Abbreviations that also end sentences but only before a clear sentence starter:
/// months, company and name suffixes, places (in addition to `ABBREVIATIONS`).
const AMBIGUOUS: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Kan", "Mich", "Minn", "Mont", "Neb", "Nev",
    "Okla", "Tenn", "Tex", "Wis", "Wyo",
];

fn classify(word: &str) -> Abbrev {
    if word.is_empty() {
        return Abbrev::NotOne;
    }
    if word.contains('.') {
        // Dotted abbreviations: short letter groups ("U.S", "a.m", "Ph.D"), which rules
        // out web addresses ("voanews.com") and numbers ("1.5").
        let dotted = word.split('.').all(|part| {
            !part.is_empty() && part.len() <= 4 && part.chars().all(char::is_alphabetic)
        });
        if !dotted || !is_abbreviation(word) {
            return Abbrev::NotOne;
        }
        return match word {
            "a.m" | "p.m" | "A.M" | "P.M" => Abbrev::TimeLike,
            "e.g" | "i.e" | "E.g" | "I.e" => Abbrev::Never,
            _ if word.chars().all(|c| c == '.' || c.is_uppercase()) => Abbrev::Acronym,
            _ => Abbrev::Ambiguous,
        };
    }
    if let Some(kind) = classify_plain(word) {
        return kind;
    }
    // "ST. PETERSBURG", "GEN. SMITH": all-caps spellings of the same abbreviations.
    if (2..=8).contains(&word.len()) && word.bytes().all(|c| c.is_ascii_uppercase()) {
        let mut buf = [0u8; 8];
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[1..word.len()].make_ascii_lowercase();
        if let Ok(title) = std::str::from_utf8(&buf[..word.len()]) {
            if let Some(kind) = classify_plain(title) {
                return kind;
            }
        }
    }
    Abbrev::NotOne
}

fn classify_plain(word: &str) -> Option<Abbrev> {
    if TITLES.contains(&word) {
        return Some(Abbrev::Never);
    }
    match word {
        "No" | "Nos" | "Vol" | "Vols" | "pp" => return Some(Abbrev::BeforeNumber),
        "etc" => return Some(Abbrev::TimeLike),
        "vs" | "approx" | "cf" | "viz" => return Some(Abbrev::Never),
        _ => {}
    }
    if AMBIGUOUS.contains(&word) {
        return Some(Abbrev::Ambiguous);
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        // Initials ("John F. Kennedy") or a letter used as a word ("posted on X."); a
        // lone lower-case letter is a word.
        return c.is_uppercase().then_some(Abbrev::Acronym);
    }
    if is_abbreviation(word) {
        return Some(Abbrev::Ambiguous);
    }
    None
}

/// Words that, capitalized after an ambiguous abbreviation or an ellipsis, almost
/// always begin a new sentence ("... in the U.S. The next day").
const STARTERS: &[&str] = &[
    "A",
    "According",
    "After",
    "Again",
    "Also",
    "Although",
    "An",
    "And",
    "Another",
    "As",
    "At",
    "Before",
    "Both",
    "But",
    "By",
    "Despite",
    "During",
    "Each",
    "Earlier",
    "For",
    "From",
    "He",
    "Her",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "Most",
    "My",
    "No",
    "Now",
    "On",
    "Or",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Though",
    "Today",
    "We",
    "What",
    "When",
    "Where",
    "While",
    "Who",
    "Why",
    "With",
    "Yesterday",
    "Yet",
    "You",
];

fn is_starter(word: &str) -> bool {
    STARTERS.binary_search(&word).is_ok()
}

/// Capitalized words that commonly follow `U.S.` or `U.N.` inside a name and may be
/// followed by a lower-case word ("U.S. Congress passed", "U.N. Office for").
const INSTITUTIONS: &[&str] = &[
    "Agency",
    "Agriculture",
    "Air",
    "Ambassador",
    "Army",
    "Assistant",
    "Attorney",
    "Border",
    "Bureau",
    "Capitol",
    "Census",
    "Center",
    "Centers",
    "Central",
    "Chamber",
    "Charter",
    "Chief",
    "Coast",
    "Command",
    "Commerce",
    "Commission",
    "Committee",
    "Conference",
    "Congress",
    "Congressman",
    "Congresswoman",
    "Constitution",
    "Consulate",
    "Convention",
    "Council",
    "Court",
    "Customs",
    "Cyber",
    "Defense",
    "Department",
    "Deputy",
    "Development",
    "Diplomatic",
    "District",
    "Dollar",
    "Drug",
    "Economic",
    "Education",
    "Election",
    "Embassy",
    "Energy",
    "Environment",
    "Environmental",
    "Envoy",
    "Federal",
    "Fish",
    "Food",
    "Forces",
    "Foreign",
    "General",
    "Geological",
    "Government",
    "Headquarters",
    "Health",
    "High",
    "Homeland",
    "House",
    "Human",
    "Immigration",
    "Institute",
    "Integrated",
    "Intelligence",
    "Interim",
    "Interior",
    "Justice",
    "Labor",
    "Marine",
    "Marines",
    "Military",
    "Mission",
    "National",
    "Naval",
    "Navy",
    "Office",
    "Olympic",
    "Open",
    "Parliament",
    "Patriot",
    "Peacekeeping",
    "Postal",
    "President",
    "Presidential",
    "Rapporteur",
    "Refugee",
    "Relief",
    "Representative",
    "Reserve",
    "Resident",
    "Secretary",
    "Securities",
    "Security",
    "Senate",
    "Senator",
    "Space",
    "Special",
    "State",
    "Steel",
    "Strategic",
    "Supreme",
    "Trade",
    "Transportation",
    "Treasury",
    "Veterans",
    "Vice",
    "Women",
    "World",
];

/// Capitalized words that continue a sentence after `a.m.`, `p.m.` or `etc.`
fn is_time_continuation(word: &str) -> bool {
    matches!(
        word,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "GMT"
            | "UTC"
            | "EST"
            | "EDT"
            | "CST"
            | "CDT"
            | "MST"
            | "MDT"
            | "PST"
            | "PDT"
            | "ET"
            | "PT"
            | "CT"
            | "BST"
            | "CET"
            | "CEST"
            | "IST"
            | "JST"
            | "Moscow"
            | "Beijing"
            | "Tehran"
            | "Baghdad"
            | "Kyiv"
            | "Eastern"
            | "Pacific"
            | "Central"
            | "Mountain"
            | "Greenwich"
            | "Zulu"
    )
}

/// Verbs of saying that make `"...!" Ali shouted.` one sentence.
const SAYING: &[&str] = &[
    "added",
    "announced",
    "asked",
    "chanted",
    "continued",
    "cried",
    "declared",
    "explained",
    "insisted",
    "noted",
    "replied",
    "said",
    "says",
    "screamed",
    "shouted",
    "stated",
    "stressed",
    "told",
    "tweeted",
    "urged",
    "warned",
    "wrote",
    "yelled",
];

/// True when the text at `q`, just after a closed quotation, is an attribution: up to
/// four capitalized name words and a verb of saying that ends its clause
/// (`Ali shouted.`, `Trump wrote,`).
fn attribution_follows(text: &str, q: usize) -> bool {
    let b = text.as_bytes();
    let mut k = q;
    for _ in 0..5 {
        let rest = match text.get(k..) {
            Some(r) => r,
            None => return false,
        };
        let len = word_len(rest);
        if len == 0 || len > 40 {
            return false;
        }
        let word = rest[..len].trim_end_matches('.');
        if SAYING.binary_search(&word).is_ok() {
            let mut e = k + word.len();
            while at(b, e) == b' ' {
                e += 1;
            }
            return matches!(
                at(b, e),
                0 | b'.' | b',' | b';' | b'!' | b'?' | b'\n' | b'\r'
            );
        }
        if !word.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        k += len;
        if at(b, k) != b' ' {
            return false;
        }
        while at(b, k) == b' ' {
            k += 1;
        }
    }
    false
}

/// A dateline at the start of a paragraph: `BAKU, March 20 (AFP) - `. All ranges are byte
/// ranges into the text given to [`dateline`] / [`dateline_at`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// Start of the place name.
    pub start: usize,
    /// Just past the dash (or past the agency's closing bracket when there is no dash).
    pub end: usize,
    /// The upper-case place name (`BAKU`, `ST. PETERSBURG`, `UNITED NATIONS`).
    pub place: (usize, usize),
    /// A comma-separated region after the place (`Azerbaijan`, `D.C.`).
    pub region: Option<(usize, usize)>,
    /// A comma-separated date (`March 20`, `Jan. 5`), without the comma.
    pub date: Option<(usize, usize)>,
    /// The news agency inside the brackets, without them (`AFP`, `Reuters`).
    pub agency: Option<(usize, usize)>,
}

/// Finds a story's dateline: at the start of one of its first three non-blank lines.
pub fn dateline(text: &str) -> Option<Dateline> {
    let b = text.as_bytes();
    let mut line = 0;
    let mut seen = 0;
    while line < b.len() && seen < 3 {
        let rest = &b[line..];
        let eol = rest
            .iter()
            .position(|&c| c == b'\n' || c == b'\r')
            .map_or(b.len(), |x| line + x);
        if !text[line..eol].trim().is_empty() {
            if let Some(d) = dateline_at(text, line) {
                return Some(d);
            }
            seen += 1;
        }
        line = eol + 1;
    }
    None
}

/// Cheap pre-check before parsing a dateline at a line start.
fn line_guard(text: &str, i: usize) -> usize {
    let b = text.as_bytes();
    let mut k = i;
    while matches!(at(b, k), b' ' | b'\t') {
        k += 1;
    }
    let c = at(b, k);
    if c.is_ascii_uppercase() || c >= 0xC0 {
        dateline_at(text, i).map_or(0, |d| d.end)
    } else {
        0
    }
}

/// Parses a dateline at byte `pos` (a line start; leading spaces are skipped).
///
/// Recognized: an upper-case place of up to six words, then up to three comma-separated
/// parts (a region and/or a date), then an optional `(AGENCY)`, then a dash (`-`, `--`,
/// `–`, `—`) followed by prose on the same line. Without a dash, `(AGENCY)` followed by
/// a capitalized word also ends a dateline.
pub fn dateline_at(text: &str, pos: usize) -> Option<Dateline> {
    let b = text.as_bytes();
    text.get(pos..)?;
    let mut p = pos;
    while matches!(at(b, p), b' ' | b'\t') {
        p += 1;
    }
    let start = p;
    // Place: upper-case words separated by single spaces.
    let mut place_end = p;
    let mut letters = 0;
    let mut words = 0;
    loop {
        let (end, n_letters) = caps_word(text, p)?;
        if n_letters == 0 {
            if words == 0 {
                return None;
            }
            break;
        }
        words += 1;
        letters += n_letters;
        place_end = end;
        if words > 6 || end - start > 60 {
            return None;
        }
        if at(b, end) == b' ' && caps_word(text, end + 1).is_some_and(|(_, l)| l > 0) {
            p = end + 1;
        } else {
            break;
        }
    }
    if letters < 2 {
        return None;
    }
    p = place_end;
    let mut region = None;
    let mut date = None;
    let mut parts = 0;
    while at(b, p) == b',' {
        parts += 1;
        if parts > 3 {
            return None;
        }
        p += 1;
        while at(b, p) == b' ' {
            p += 1;
        }
        let (s, e) = dateline_part(text, p)?;
        let part = &text[s..e];
        if part.bytes().any(|c| c.is_ascii_digit()) || starts_with_month_or_day(part) {
            date.get_or_insert((s, e));
        } else if region.is_none() && date.is_none() {
            region = Some((s, e));
        } else {
            return None;
        }
        p = e;
    }
    while matches!(at(b, p), b' ' | b'\t') {
        p += 1;
    }
    let mut agency = None;
    if at(b, p) == b'(' {
        let inner = p + 1;
        let close = b[inner..(inner + 41).min(b.len())]
            .iter()
            .position(|&c| c == b')' || c == b'\n' || c == b'\r')
            .map(|x| inner + x)
            .filter(|&x| b[x] == b')')?;
        if close == inner || !char_at(text, inner).is_some_and(char::is_alphabetic) {
            return None;
        }
        agency = Some((inner, close));
        p = close + 1;
    }
    let before_dash = p;
    while matches!(at(b, p), b' ' | b'\t') {
        p += 1;
    }
    let dash_len = if b[p..].starts_with(b"--") {
        2
    } else if b[p..].starts_with("—".as_bytes()) || b[p..].starts_with("–".as_bytes()) {
        3
    } else if at(b, p) == b'-' {
        1
    } else {
        0
    };
    let end = if dash_len > 0 {
        p + dash_len
    } else if agency.is_some() && p > before_dash && at(b, p).is_ascii_uppercase() {
        before_dash
    } else {
        return None;
    };
    // Prose must follow on the same line (rules out "IRAN SUMMONS ENVOY - REPORT").
    let mut line_end = b[end..]
        .iter()
        .take(300)
        .position(|&c| c == b'\n' || c == b'\r')
        .map_or((end + 300).min(b.len()), |x| end + x);
    while !text.is_char_boundary(line_end) {
        line_end -= 1;
    }
    let tail = &text[end..line_end];
    let mut tail_chars = tail.chars();
    if !tail_chars
        .clone()
        .next()
        .is_some_and(|c| c.is_whitespace() || c.is_alphanumeric() || is_opener(c))
    {
        return None;
    }
    if !tail_chars.any(char::is_lowercase) {
        return None;
    }
    Some(Dateline {
        start,
        end,
        place: (start, place_end),
        region,
        date,
        agency,
    })
}

/// An upper-case word at `i`: `(end, letters)`; `letters == 0` when there is none.
/// `None` when the word at `i` contains lower-case letters or digits.
fn caps_word(text: &str, i: usize) -> Option<(usize, usize)> {
    let rest = text.get(i..)?;
    let mut letters = 0;
    let mut end = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        let next_upper = chars.peek().is_some_and(|&(_, d)| d.is_uppercase());
        if c.is_uppercase() {
            letters += 1;
        } else if c.is_lowercase() || c.is_numeric() {
            return None;
        } else if c == '.' && letters > 0 {
            // "ST." "D.C."
        } else if matches!(c, '-' | '\'' | '’') && letters > 0 && next_upper {
            // "PORT-AU-PRINCE", "N'DJAMENA"
        } else {
            break;
        }
        end = k + c.len_utf8();
        if end > 40 {
            return None;
        }
    }
    Some((i + end, letters))
}

/// A comma-separated part of a dateline at `i` (`Azerbaijan`, `March 20`, `Jan. 5`,
/// `D.C.`): up to four words that start upper-case or with a digit.
fn dateline_part(text: &str, i: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut p = i;
    let mut words = 0;
    loop {
        let first = char_at(text, p)?;
        if !(first.is_uppercase() || first.is_ascii_digit()) {
            return None;
        }
        p += word_len(&text[p..]);
        words += 1;
        if words > 4 || p - i > 40 {
            return None;
        }
        // Another word of the same part follows after one space, unless it is the dash
        // or the agency.
        if at(b, p) == b' '
            && char_at(text, p + 1).is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            p += 1;
        } else {
            return Some((i, p));
        }
    }
}

/// Length in bytes of the word (letters, digits, inner `.` `-` `'` `’`) at the start
/// of `rest`; stops counting past 64 bytes.
fn word_len(rest: &str) -> usize {
    let mut len = 0;
    for (k, c) in rest.char_indices() {
        if k > 64 || !(c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’')) {
            break;
        }
        len = k + c.len_utf8();
    }
    len
}

fn starts_with_month_or_day(part: &str) -> bool {
    const NAMES: &[&str] = &[
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Mon",
        "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    ];
    NAMES.iter().any(|m| part.starts_with(m))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn split(s: &str) -> Vec<&str> {
        split_sentences(s).iter().map(|x| x.text(s)).collect()
    }

    /// Table of (input, expected sentences).
    const CASES: &[(&str, &[&str])] = &[
        // 1. plain split
        (
            "Iran summoned the envoy. Baku protested.",
            &["Iran summoned the envoy.", "Baku protested."],
        ),
        // 2. ! and ?
        (
            "Stop now! Why? Because.",
            &["Stop now!", "Why?", "Because."],
        ),
        // 3. lower-case after a period does not split
        (
            "He left at 5 p.m. on Monday.",
            &["He left at 5 p.m. on Monday."],
        ),
        // 4. titles
        (
            "Mr. Smith met Dr. Jones and Gen. Salami. Sen. Graham objected.",
            &[
                "Mr. Smith met Dr. Jones and Gen. Salami.",
                "Sen. Graham objected.",
            ],
        ),
        // 5. months
        (
            "The talks began Jan. 5 in Baku. They failed.",
            &["The talks began Jan. 5 in Baku.", "They failed."],
        ),
        // 6. initials
        (
            "John F. Kennedy was shot. The nation mourned.",
            &["John F. Kennedy was shot.", "The nation mourned."],
        ),
        // 7. U.S. + proper noun
        (
            "U.S. President Donald Trump spoke.",
            &["U.S. President Donald Trump spoke."],
        ),
        // 8. U.S. + lower-case
        ("The U.S. military struck.", &["The U.S. military struck."]),
        // 9. U.S. + sentence starter
        (
            "Troops arrived in the U.S. The next day they left.",
            &["Troops arrived in the U.S.", "The next day they left."],
        ),
        // 10. decimals and No.
        (
            "Prices rose 1.5 percent. No. 5 is next.",
            &["Prices rose 1.5 percent.", "No. 5 is next."],
        ),
        // 11. No. before a number mid-sentence
        (
            "He is the No. 2 official. He resigned.",
            &["He is the No. 2 official.", "He resigned."],
        ),
        // 12. ellipsis before a proper noun does not split
        (
            "The minister ... Iran refused.",
            &["The minister ... Iran refused."],
        ),
        // 13. ellipsis before a starter splits
        (
            "We waited... The answer never came.",
            &["We waited...", "The answer never came."],
        ),
        // 14. closing quote after the period
        (
            "“We will respond,” he said.” Next came silence.",
            &["“We will respond,” he said.”", "Next came silence."],
        ),
        // 15. ." followed by lower-case attribution
        (
            "\"We will not retreat.\" he said. Later he left.",
            &["\"We will not retreat.\" he said.", "Later he left."],
        ),
        // 16. !" followed by a name and a verb of saying
        (
            "\"Death to the invaders!\" Ali shouted. Police came.",
            &["\"Death to the invaders!\" Ali shouted.", "Police came."],
        ),
        // 17. ." followed by a new sentence with a name
        (
            "\"It is over.\" Ali said the talks failed.",
            &["\"It is over.\"", "Ali said the talks failed."],
        ),
        // 18. paragraph breaks and headlines
        (
            "Iran summons Azerbaijan envoy\n\nIran summoned the envoy on Monday.",
            &[
                "Iran summons Azerbaijan envoy",
                "Iran summoned the envoy on Monday.",
            ],
        ),
        // 19. a single newline ends a sentence
        (
            "First line without stop\nsecond line.",
            &["First line without stop", "second line."],
        ),
        // 20. dateline stays in the first sentence
        (
            "BAKU, March 20 (AFP) - Iran summoned Azerbaijan's ambassador. He was warned.",
            &[
                "BAKU, March 20 (AFP) - Iran summoned Azerbaijan's ambassador.",
                "He was warned.",
            ],
        ),
        // 21. dateline with an abbreviation inside
        (
            "ST. PETERSBURG, Russia (AP) — Putin met Erdogan. They spoke.",
            &[
                "ST. PETERSBURG, Russia (AP) — Putin met Erdogan.",
                "They spoke.",
            ],
        ),
        // 22. digits start a sentence
        (
            "Fighting resumed in 2024. 15 soldiers died.",
            &["Fighting resumed in 2024.", "15 soldiers died."],
        ),
        // 23. opening quote starts a sentence
        (
            "He spoke. \"We are ready,\" he said.",
            &["He spoke.", "\"We are ready,\" he said."],
        ),
        // 24. brackets
        (
            "The army withdrew (partly.) Then it returned.",
            &["The army withdrew (partly.)", "Then it returned."],
        ),
        // 25. no whitespace after the period
        (
            "Visit voanews.com.Iran said.",
            &["Visit voanews.com.Iran said."],
        ),
        // 26. web address before a capital
        (
            "Read it at voanews.com. Iran said no.",
            &["Read it at voanews.com.", "Iran said no."],
        ),
        // 27. company suffix before a name vs a starter
        (
            "Exxon Mobil Corp. Chief Executive spoke. He works for Acme Inc. The firm grew.",
            &[
                "Exxon Mobil Corp. Chief Executive spoke.",
                "He works for Acme Inc.",
                "The firm grew.",
            ],
        ),
        // 28. p.m. before a capitalized word
        (
            "It ended at 5 p.m. Police then left.",
            &["It ended at 5 p.m.", "Police then left."],
        ),
        // 29. p.m. before a weekday
        (
            "It ended at 5 p.m. Monday in Baku.",
            &["It ended at 5 p.m. Monday in Baku."],
        ),
        // 30. question in quotes with lower-case attribution
        (
            "\"Why now?\" she asked. Nobody knew.",
            &["\"Why now?\" she asked.", "Nobody knew."],
        ),
        // 31. Windows line endings and trailing whitespace
        ("One.\r\nTwo.  \r\n\r\n  Three", &["One.", "Two.", "Three"]),
        // 32. World War I. + starter
        (
            "It began after World War I. The empire fell.",
            &["It began after World War I.", "The empire fell."],
        ),
        // 33. unicode ellipsis and upper-case accented letter
        (
            "Wait… The end. Égypte agreed.",
            &["Wait…", "The end.", "Égypte agreed."],
        ),
        // 34. e.g. never ends a sentence
        (
            "Some states, e.g. France, agreed.",
            &["Some states, e.g. France, agreed."],
        ),
        // 35. all-caps title in a headline-like line
        (
            "GEN. SMITH ARRIVES\nHe landed.",
            &["GEN. SMITH ARRIVES", "He landed."],
        ),
        // 36. empty and blank
        ("", &[]),
        ("  \n\n \t ", &[]),
        // 37. spaced ellipsis
        (
            "He paused . . . Then spoke.",
            &["He paused . . .", "Then spoke."],
        ),
        (
            "He paused . . . Iran spoke.",
            &["He paused . . . Iran spoke."],
        ),
        // 38. U.S. before a name that starts a clause, vs institutions
        (
            "Fentanyl flows into the U.S. Sheinbaum sent troops. The U.S. Congress passed it.",
            &[
                "Fentanyl flows into the U.S.",
                "Sheinbaum sent troops.",
                "The U.S. Congress passed it.",
            ],
        ),
        (
            "He moved to a post at the U.N. Wong will replace him.",
            &["He moved to a post at the U.N.", "Wong will replace him."],
        ),
        (
            "Obama failed to sell U.S. Patriot missiles to Turkey.",
            &["Obama failed to sell U.S. Patriot missiles to Turkey."],
        ),
        // 39. quotation closed after an abbreviation
        (
            "\"It hurts businesses in the U.S.\" Trump also attacked them.",
            &[
                "\"It hurts businesses in the U.S.\"",
                "Trump also attacked them.",
            ],
        ),
        // 40. a letter used as a word vs initials
        (
            "It was posted on X. Militants denied it. Analyst C. Raja Mohan disagreed.",
            &[
                "It was posted on X.",
                "Militants denied it.",
                "Analyst C. Raja Mohan disagreed.",
            ],
        ),
        (
            "Lt. Gen. H. McMaster said so.",
            &["Lt. Gen. H. McMaster said so."],
        ),
        // 41. omission ellipsis after a finished sentence
        (
            "It is legitimate. ... Bosnia needs this.",
            &["It is legitimate. ...", "Bosnia needs this."],
        ),
        (
            "It was in doubt. … Without certainty, they left.",
            &["It was in doubt. …", "Without certainty, they left."],
        ),
        // 42. attribution after a period inside quotes
        (
            "\"We are equal in Houston.\" Chao said, adding more.",
            &["\"We are equal in Houston.\" Chao said, adding more."],
        ),
        // 43. St. and Mt. before a place
        (
            "He flew to St. Petersburg on Monday.",
            &["He flew to St. Petersburg on Monday."],
        ),
    ];

    #[test]
    fn table() {
        for (input, want) in CASES {
            assert_eq!(&split(input), want, "input: {input:?}");
        }
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [STARTERS, SAYING, INSTITUTIONS] {
            let mut v = list.to_vec();
            v.sort_unstable();
            assert_eq!(v, list);
        }
    }

    #[test]
    fn every_known_abbreviation_is_classified() {
        for a in crate::token::ABBREVIATIONS {
            assert_ne!(classify(a), Abbrev::NotOne, "{a}");
        }
    }

    #[test]
    fn indices_are_sequential() {
        let s = split_sentences("A b. C d. E f.");
        assert_eq!(s.iter().map(|x| x.index).collect::<Vec<_>>(), [0, 1, 2]);
    }

    /// (place, region, date, agency, whole dateline) as strings.
    type Parts = (
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        String,
    );

    fn dl(s: &str) -> Option<Parts> {
        dateline(s).map(|d| {
            let r = |x: (usize, usize)| s[x.0..x.1].to_string();
            (
                r(d.place),
                d.region.map(r),
                d.date.map(r),
                d.agency.map(r),
                s[d.start..d.end].to_string(),
            )
        })
    }

    #[test]
    fn datelines() {
        let o = |x: &str| Some(x.to_string());
        assert_eq!(
            dl("BAKU, March 20 (AFP) - Iran summoned the envoy."),
            Some((
                "BAKU".into(),
                None,
                o("March 20"),
                o("AFP"),
                "BAKU, March 20 (AFP) -".into()
            ))
        );
        assert_eq!(
            dl("WASHINGTON — The Pentagon said."),
            Some(("WASHINGTON".into(), None, None, None, "WASHINGTON —".into()))
        );
        assert_eq!(
            dl("UNITED NATIONS (Reuters) -- The council met."),
            Some((
                "UNITED NATIONS".into(),
                None,
                None,
                o("Reuters"),
                "UNITED NATIONS (Reuters) --".into()
            ))
        );
        assert_eq!(
            dl("KYIV, Ukraine, Jan. 5 (AP) – Russia struck."),
            Some((
                "KYIV".into(),
                o("Ukraine"),
                o("Jan. 5"),
                o("AP"),
                "KYIV, Ukraine, Jan. 5 (AP) –".into()
            ))
        );
        assert_eq!(
            dl("ST. PETERSBURG, Russia (AP) — Putin met."),
            Some((
                "ST. PETERSBURG".into(),
                o("Russia"),
                None,
                o("AP"),
                "ST. PETERSBURG, Russia (AP) —".into()
            ))
        );
        assert_eq!(
            dl("Iran summons envoy\n\nTEHRAN (IRNA) Iran summoned the envoy."),
            Some((
                "TEHRAN".into(),
                None,
                None,
                o("IRNA"),
                "TEHRAN (IRNA)".into()
            ))
        );
        // Offsets are into the whole text.
        let s = "Headline\n\nBAKU - Iran said.";
        let d = dateline(s).unwrap();
        assert_eq!(&s[d.place.0..d.place.1], "BAKU");
        // Not datelines.
        assert_eq!(dl("IRAN SUMMONS ENVOY - REPORT"), None);
        assert_eq!(dl("Iran summoned the envoy - report."), None);
        assert_eq!(dl("UPDATE 1-Iran summons envoy"), None);
        assert_eq!(dl("BAKU, March 20 Iran summoned"), None);
        assert_eq!(dl("A - b"), None);
        assert_eq!(dl(""), None);
    }

    #[test]
    fn dateline_is_not_split_off() {
        let s = "WASHINGTON, D.C. (VOA) — Officials met. They agreed.";
        assert_eq!(
            split(s),
            ["WASHINGTON, D.C. (VOA) — Officials met.", "They agreed."]
        );
        let d = dateline(s).unwrap();
        assert_eq!(&s[d.region.unwrap().0..d.region.unwrap().1], "D.C.");
    }

    fn check_invariants(s: &str) {
        let sents = split_sentences(s);
        let mut prev_end = 0;
        for (k, x) in sents.iter().enumerate() {
            assert_eq!(x.index, k);
            assert!(x.start < x.end, "empty sentence");
            assert!(x.start >= prev_end, "overlap or out of order");
            assert!(x.end <= s.len());
            assert!(s.is_char_boundary(x.start) && s.is_char_boundary(x.end));
            let t = x.text(s);
            assert_eq!(t, t.trim(), "not trimmed");
            // The gap before this sentence is all whitespace.
            assert!(s[prev_end..x.start].chars().all(char::is_whitespace));
            prev_end = x.end;
        }
        assert!(s[prev_end..].chars().all(char::is_whitespace));
        let _ = dateline(s);
        for (i, _) in s.char_indices() {
            let _ = dateline_at(s, i);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn invariants_arbitrary(s in any::<String>()) {
            check_invariants(&s);
        }

        #[test]
        fn invariants_newsish(s in "([A-Z.]{1,4}|[a-z]{1,6}|[ .!?\"'()\n\r,;-]|“|”|’|…|—|é|Ü| ){0,60}") {
            check_invariants(&s);
        }
    }

    /// Segmentation speed on the VOA sample: `cargo test -p dyad-text --release --
    /// --ignored --nocapture segment_speed`.
    #[test]
    #[ignore]
    fn segment_speed() {
        let path = std::env::var("DYAD_VOA")
            .unwrap_or_else(|_| "/work/shared/corpus/voa/voa_stories.jsonl".into());
        let Ok(jsonl) = std::fs::read_to_string(&path) else {
            eprintln!("no corpus at {path}");
            return;
        };
        let texts: Vec<String> = jsonl.lines().filter_map(json_text_field).collect();
        let bytes: usize = texts.iter().map(String::len).sum();
        let mut sentences = 0;
        for t in &texts {
            sentences += split_sentences(t).len();
        }
        let rounds = (100_000_000 / bytes.max(1)).max(1);
        let started = std::time::Instant::now();
        let mut n = 0;
        for _ in 0..rounds {
            for t in &texts {
                n += std::hint::black_box(split_sentences(std::hint::black_box(t))).len();
            }
        }
        let secs = started.elapsed().as_secs_f64();
        let mb = (bytes * rounds) as f64 / 1e6;
        eprintln!(
            "{} stories, {bytes} bytes, {sentences} sentences; {mb:.0} MB in {secs:.3} s = {:.0} MB/s ({n})",
            texts.len(),
            mb / secs
        );
    }

    /// Writes the VOA sample's sentences, one a line, to `$DYAD_DUMP` for inspection.
    #[test]
    #[ignore]
    fn dump_voa_sentences() {
        let (Ok(path), Ok(out)) = (std::env::var("DYAD_VOA"), std::env::var("DYAD_DUMP")) else {
            return;
        };
        let jsonl = std::fs::read_to_string(path).unwrap();
        let mut dump = String::new();
        for t in jsonl.lines().filter_map(json_text_field) {
            for s in split_sentences(&t) {
                dump.push_str(s.text(&t));
                dump.push('\n');
            }
            dump.push('\n');
        }
        std::fs::write(out, dump).unwrap();
    }

    /// Worst-case shapes stay linear: `cargo test -p dyad-text --release -- --ignored
    /// --nocapture segment_pathological`.
    #[test]
    #[ignore]
    fn segment_pathological() {
        let shapes = [
            "A. ".repeat(400_000),
            "\n".repeat(1_000_000),
            "BAKU BAKU, ".repeat(100_000),
            "U.S. ".repeat(200_000),
            "\"x.\" Ali Ali ".repeat(100_000),
            "X".repeat(1_000_000) + ". The",
            ".".repeat(1_000_000),
            "BAKU (AFP) - a\n".repeat(100_000),
            "“…” ".repeat(200_000),
        ];
        for s in &shapes {
            let started = std::time::Instant::now();
            let n = split_sentences(s).len();
            let secs = started.elapsed().as_secs_f64();
            eprintln!(
                "{:>8} bytes {:>7} sentences {:>8.1} MB/s  {:?}",
                s.len(),
                n,
                s.len() as f64 / 1e6 / secs,
                s.chars().take(8).collect::<String>()
            );
        }
    }

    /// The `"text"` string of one JSON line (enough JSON for the speed test).
    fn json_text_field(line: &str) -> Option<String> {
        let at = line.find("\"text\": \"").map(|i| i + 9)?;
        let mut out = String::new();
        let mut chars = line[at..].chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => return Some(out),
                '\\' => match chars.next()? {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'u' => {
                        let hex: String = chars.by_ref().take(4).collect();
                        let cp = u32::from_str_radix(&hex, 16).ok()?;
                        out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                    }
                    other => out.push(other),
                },
                _ => out.push(c),
            }
        }
        None
    }
}
