//! The store's error type: every variant names the database (or record) and
//! says what is wrong in words a user can act on.

use std::path::PathBuf;

/// Everything that can go wrong in dyad-store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file exists but is not a SQLite database at all.
    #[error("{path}: not a SQLite database ({detail}); refusing to use it as a dyad store")]
    NotSqlite { path: PathBuf, detail: String },
    /// A database without dyad's `dyad_meta` table that already holds other tables.
    #[error(
        "{location}: not a dyad store: it has no dyad_meta table (schema version) but already \
         holds {tables}; use a new file or an empty database"
    )]
    Foreign { location: String, tables: String },
    /// `dyad_meta` exists but is not dyad's, or lacks the schema version.
    #[error("{location}: damaged dyad store: {detail}")]
    BadMeta { location: String, detail: String },
    /// The store was written by a newer dyad.
    #[error(
        "{location}: dyad store has schema version {found}; this dyad understands version \
         {supported}: upgrade dyad"
    )]
    NewerSchema {
        location: String,
        found: i64,
        supported: i64,
    },
    /// A read-only command on a store written by an older dyad (upgraded in
    /// place by the next `dyad ingest`).
    #[error(
        "{location}: dyad store has schema version {found}, older than this dyad's version \
         {supported} (which stores each event's place); run `dyad ingest --db {location}` once \
         to upgrade it in place (with --force and the original input to also geolocate the \
         stories already stored), then rerun this command"
    )]
    OldSchema {
        location: String,
        found: i64,
        supported: i64,
    },
    /// A read-only command on a store that does not exist (yet).
    #[error("{location}: no dyad store there (run `dyad ingest --db {location}` first)")]
    NoStore { location: String },
    /// The PostgreSQL server could not be reached or refused the login.
    #[error("cannot connect to PostgreSQL at {location}: {}", chain(.err))]
    Connect {
        location: String,
        err: postgres::Error,
    },
    /// A `--db` value that is neither a path nor a postgres:// URL.
    #[error("bad --db {url:?}: {reason}")]
    BadUrl { url: String, reason: String },
    /// A SQLite error, with what dyad was doing.
    #[error("{location}: {context}: {}", chain(.err))]
    Sqlite {
        location: String,
        context: String,
        err: rusqlite::Error,
    },
    /// A PostgreSQL error, with what dyad was doing.
    #[error("{location}: {context}: {}", pg_message(.err))]
    Postgres {
        location: String,
        context: String,
        err: postgres::Error,
    },
    /// A stored row that cannot be read back (wrong type, bad JSON...).
    #[error("{location}: {record}: {reason}")]
    Data {
        location: String,
        record: String,
        reason: String,
    },
    /// A bad option value (unknown dedup field, unit, date...).
    #[error("{0}")]
    Usage(String),
    #[error("{context}: {err}")]
    Io {
        context: String,
        err: std::io::Error,
    },
    #[error("writing CSV: {0}")]
    Csv(csv::Error),
    #[cfg(feature = "parquet")]
    #[error("writing Parquet: {0}")]
    Parquet(String),
}

impl From<csv::Error> for Error {
    fn from(e: csv::Error) -> Self {
        Error::Csv(e)
    }
}

/// An error and its causes, each message once ("error connecting to server:
/// Connection refused (os error 111)"). The variants keep their causes as
/// plain fields (not `source`), so callers printing the chain do not repeat them.
fn chain(e: &dyn std::error::Error) -> String {
    let mut parts: Vec<String> = vec![e.to_string()];
    let mut cur = e.source();
    while let Some(c) = cur {
        let m = c.to_string();
        if !parts.iter().any(|p| p.contains(&m)) {
            parts.push(m);
        }
        cur = c.source();
    }
    parts.join(": ")
}

/// PostgreSQL errors print as "db error" unless the server's message is pulled out.
fn pg_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => {
            let mut s = format!("{}: {}", db.severity(), db.message());
            if let Some(d) = db.detail() {
                s.push_str(&format!(" ({d})"));
            }
            s
        }
        None => chain(e),
    }
}

impl Error {
    pub(crate) fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            err: source,
        }
    }

    /// True for a broken pipe while writing output (`dyad agg ... | head`).
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            Error::Io { err, .. } => err.kind() == std::io::ErrorKind::BrokenPipe,
            Error::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(io) => io.kind() == std::io::ErrorKind::BrokenPipe,
                _ => false,
            },
            _ => false,
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
