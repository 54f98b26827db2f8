//! The coder's input: one story with its publication date.

use chrono::NaiveDate;

/// A news story as the coder sees it. I/O (JSONL, files, stdin) is the CLI's job.
#[derive(Debug, Clone, PartialEq)]
pub struct Story {
    pub id: String,
    pub text: String,
    /// Publication date: relative dates resolve against it.
    pub date: NaiveDate,
    pub title: Option<String>,
    pub url: Option<String>,
    pub publisher: Option<String>,
}

impl Story {
    pub fn new(id: impl Into<String>, text: impl Into<String>, date: NaiveDate) -> Self {
        Story {
            id: id.into(),
            text: text.into(),
            date,
            title: None,
            url: None,
            publisher: None,
        }
    }
}
