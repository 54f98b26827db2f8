//! dyad-text owns everything dyad knows about English text as text: where sentences
//! start and end, how a sentence splits into tokens, each token's part of speech and
//! the chunks built from those tags.
//!
//! Every span is a **byte** range into the original story text, so offsets survive the
//! whole pipeline; `Offsets` converts byte offsets to the character offsets that dyad
//! publishes. Nothing here allocates a second copy of the story.

pub mod chunk;
pub mod offsets;
pub mod segment;
pub mod tag;
pub mod tagger;
pub mod token;

pub use chunk::{chunk, Chunk, ChunkKind};
pub use offsets::Offsets;
pub use segment::{dateline, split_sentences, Dateline, Sentence};
pub use tag::Tag;
pub use tagger::Tagger;
pub use token::{tokenize, Token, TokenKind};
