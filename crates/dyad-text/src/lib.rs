//! dyad-text owns everything dyad knows about English text as text: where sentences
//! start and end, how a sentence splits into tokens, each token's part of speech and
//! the chunks built from those tags, and the classic coders' comma-clause elimination.
//!
//! Every span is a **byte** range into the original story text, so offsets survive the
//! whole pipeline; `Offsets` converts byte offsets to the character offsets that dyad
//! publishes. Nothing here allocates a second copy of the story.

pub mod chunk;
pub mod clauses;
pub mod offsets;
pub mod segment;
pub mod tag;
pub mod tagger;
pub mod token;

pub use chunk::{chunk, Chunk, ChunkKind};
pub use clauses::CommaClauses;
pub use offsets::Offsets;
pub use segment::{dateline, split_sentences, Dateline, Sentence};
pub use tag::Tag;
pub use tagger::Tagger;
pub use token::{tokenize, Token, TokenKind};
