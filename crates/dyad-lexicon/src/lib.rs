//! dyad-lexicon
