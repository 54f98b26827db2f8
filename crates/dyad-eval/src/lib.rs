//! dyad-eval
