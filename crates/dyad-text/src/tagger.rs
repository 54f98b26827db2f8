//! Part-of-speech tagger (placeholder heuristics until the trained model lands).

use crate::tag::Tag;
use crate::token::{Token, TokenKind};

/// Assigns Penn Treebank tags to tokens.
#[derive(Debug, Default)]
pub struct Tagger;

impl Tagger {
    /// The tagger shipped with dyad.
    pub fn shipped() -> &'static Tagger {
        static T: Tagger = Tagger;
        &T
    }

    /// Tags one sentence's tokens in place.
    pub fn tag(&self, story: &str, tokens: &mut [Token]) {
        for t in tokens.iter_mut() {
            t.tag = match t.kind {
                TokenKind::Punct => Tag::Punct,
                TokenKind::Number => Tag::CD,
                TokenKind::Symbol => Tag::SYM,
                TokenKind::Word => {
                    if t.is_capitalized(story) {
                        Tag::NNP
                    } else {
                        Tag::NN
                    }
                }
            };
        }
    }
}
