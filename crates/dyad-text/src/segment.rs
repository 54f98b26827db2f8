//! Sentence segmentation.

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

/// Splits a story into sentences (naive first version: paragraph breaks and
/// `. ` followed by an upper-case letter).
pub fn split_sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let brk = if b == b'\n' && i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
            Some(i)
        } else if matches!(b, b'.' | b'?' | b'!')
            && i + 2 < bytes.len()
            && bytes[i + 1] == b' '
            && bytes[i + 2].is_ascii_uppercase()
        {
            Some(i + 1)
        } else {
            None
        };
        if let Some(end) = brk {
            push(text, start, end, &mut out);
            start = end;
        }
        i += 1;
    }
    push(text, start, text.len(), &mut out);
    out
}

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
