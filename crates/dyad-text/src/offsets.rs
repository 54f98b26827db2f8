//! Byte offset → character offset conversion.
//!
//! Internally dyad slices `&str` by byte offsets; users count characters (Unicode
//! scalar values, as Python's `len(str)` does). `Offsets` answers the conversion in
//! O(log n) after one pass over the text, and in O(1) for ASCII text.

/// Maps byte offsets of one text to character offsets.
#[derive(Debug, Clone)]
pub struct Offsets {
    /// Byte positions of every non-ASCII character; empty for ASCII text.
    multibyte: Vec<(usize, usize)>,
}

impl Offsets {
    /// Indexes `text` once.
    pub fn new(text: &str) -> Self {
        let mut multibyte = Vec::new();
        if !text.is_ascii() {
            // (byte offset just after the char, extra bytes accumulated so far)
            let mut extra = 0usize;
            for (i, c) in text.char_indices() {
                let len = c.len_utf8();
                if len > 1 {
                    extra += len - 1;
                    multibyte.push((i + len, extra));
                }
            }
        }
        Offsets { multibyte }
    }

    /// Character offset of byte offset `byte` (which must lie on a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.multibyte.is_empty() {
            return byte;
        }
        // Number of extra bytes of all chars that end at or before `byte`.
        let idx = self.multibyte.partition_point(|&(end, _)| end <= byte);
        if idx == 0 {
            byte
        } else {
            byte - self.multibyte[idx - 1].1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let o = Offsets::new("hello world");
        assert_eq!(o.char_offset(5), 5);
    }

    #[test]
    fn multibyte_counts_chars() {
        let text = "a “b” é c";
        let o = Offsets::new(text);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(o.char_offset(bi), ci);
        }
        assert_eq!(o.char_offset(text.len()), text.chars().count());
    }
}
