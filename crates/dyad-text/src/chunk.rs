//! Chunks built from tags (noun groups, verb groups, prepositions).

/// What a chunk is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChunkKind {
    Noun,
    Verb,
    Prep,
    Other,
}

/// A contiguous token range `[first, last]` (token indices, inclusive start, exclusive end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk {
    pub kind: ChunkKind,
    pub first: usize,
    pub end: usize,
}

/// Chunks tagged tokens.
pub fn chunk(tokens: &[crate::Token]) -> Vec<Chunk> {
    tokens
        .iter()
        .enumerate()
        .map(|(i, t)| Chunk {
            kind: if t.tag.is_verb() {
                ChunkKind::Verb
            } else if t.tag.is_noun() {
                ChunkKind::Noun
            } else {
                ChunkKind::Other
            },
            first: i,
            end: i + 1,
        })
        .collect()
}
