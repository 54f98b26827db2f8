//! Regular English inflection, generated at compile time so matching is exact.
//!
//! Over-generation is harmless here: a spurious form ("stopped" and "stoped")
//! only matters if it occurs in text, and the wrong ones do not.

/// Every surface form of a verb lemma: the lemma, `-s`, `-ed`, `-ing`, with and
/// without a doubled final consonant, plus the given irregular forms.
pub fn verb_forms(lemma: &str, irregular: &[String]) -> Vec<String> {
    let mut out = vec![lemma.to_string()];
    let bytes = lemma.as_bytes();
    let last = bytes.last().copied().unwrap_or(b' ');
    let before = if bytes.len() >= 2 {
        bytes[bytes.len() - 2]
    } else {
        b' '
    };
    let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
    // third person singular
    if last == b'y' && !vowel(before) {
        out.push(format!("{}ies", &lemma[..lemma.len() - 1]));
    } else if lemma.ends_with('s')
        || lemma.ends_with('x')
        || lemma.ends_with('z')
        || lemma.ends_with("ch")
        || lemma.ends_with("sh")
        || (last == b'o' && !vowel(before))
    {
        out.push(format!("{lemma}es"));
    } else {
        out.push(format!("{lemma}s"));
    }
    // past and participle
    if last == b'e' {
        out.push(format!("{lemma}d"));
    } else if last == b'y' && !vowel(before) {
        out.push(format!("{}ied", &lemma[..lemma.len() - 1]));
    } else {
        out.push(format!("{lemma}ed"));
    }
    // gerund
    if let Some(stem) = lemma.strip_suffix("ie") {
        out.push(format!("{stem}ying"));
    } else if last == b'e' && !lemma.ends_with("ee") && lemma.len() > 2 {
        out.push(format!("{}ing", &lemma[..lemma.len() - 1]));
    } else {
        out.push(format!("{lemma}ing"));
    }
    // doubled final consonant: stop → stopped, stopping; ban → banned
    let doubles = last.is_ascii_alphabetic()
        && !vowel(last)
        && !matches!(last, b'w' | b'x' | b'y')
        && vowel(before)
        && bytes.len() >= 3
        && !vowel(bytes[bytes.len() - 3]);
    if doubles {
        let c = last as char;
        out.push(format!("{lemma}{c}ed"));
        out.push(format!("{lemma}{c}ing"));
    }
    if lemma.ends_with('c') {
        // panic → panicked, traffic → trafficking
        out.push(format!("{lemma}ked"));
        out.push(format!("{lemma}king"));
    }
    out.extend(irregular.iter().cloned());
    out.sort();
    out.dedup();
    out
}

/// A noun's forms as a lexicon writes it, lower-cased: `=word` matches as
/// written only (a classic dictionary's `{}`, or its verb patterns' words);
/// any other word also in its regular plurals.
pub fn noun_forms(word: &str) -> Vec<String> {
    match word.strip_prefix('=') {
        Some(exact) => vec![exact.to_lowercase()],
        None => plurals(&word.to_lowercase()),
    }
}

/// The singular and its regular plurals: `-s`, `-es`, `-y` → `-ies`.
pub fn plurals(noun: &str) -> Vec<String> {
    let mut out = vec![noun.to_string()];
    let b = noun.as_bytes();
    let last = b.last().copied().unwrap_or(b' ');
    let before = if b.len() >= 2 { b[b.len() - 2] } else { b' ' };
    if !last.is_ascii_alphabetic() {
        return out;
    }
    if last == b'y' && !matches!(before, b'a' | b'e' | b'i' | b'o' | b'u') {
        out.push(format!("{}ies", &noun[..noun.len() - 1]));
    } else if noun.ends_with('s')
        || noun.ends_with('x')
        || noun.ends_with("ch")
        || noun.ends_with("sh")
        || noun.ends_with('z')
    {
        out.push(format!("{noun}es"));
    } else {
        out.push(format!("{noun}s"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(v: &[String], s: &str) -> bool {
        v.iter().any(|x| x == s)
    }

    #[test]
    fn regular_verbs() {
        let f = verb_forms("summon", &[]);
        for s in ["summon", "summons", "summoned", "summoning"] {
            assert!(has(&f, s), "{s} in {f:?}");
        }
        let f = verb_forms("arrest", &[]);
        assert!(has(&f, "arrested") && has(&f, "arrests"));
        let f = verb_forms("accuse", &[]);
        assert!(has(&f, "accused") && has(&f, "accusing") && has(&f, "accuses"));
        let f = verb_forms("ban", &[]);
        assert!(has(&f, "banned") && has(&f, "banning"));
        let f = verb_forms("deny", &[]);
        assert!(has(&f, "denied") && has(&f, "denies") && has(&f, "denying"));
        let f = verb_forms("buy", &["bought".into()]);
        assert!(has(&f, "bought") && has(&f, "buys"));
    }

    #[test]
    fn exact_nouns_take_no_plural() {
        assert_eq!(noun_forms("=Police"), ["police"]);
        assert!(has(&noun_forms("Effort"), "efforts"));
    }

    #[test]
    fn regular_plurals() {
        assert!(has(&plurals("ministry"), "ministries"));
        assert!(has(&plurals("soldier"), "soldiers"));
        assert!(has(&plurals("embassy"), "embassies"));
        assert!(has(&plurals("church"), "churches"));
        assert!(has(&plurals("day"), "days"));
    }
}
