//! The store's schema (version [`SCHEMA_VERSION`]), written once in portable
//! SQL that SQLite and PostgreSQL both accept: `TEXT`, `BIGINT` and
//! `DOUBLE PRECISION` columns, composite primary keys, no foreign keys
//! (deletes happen per story, in one transaction).
//!
//! | table | one row per |
//! |---|---|
//! | `dyad_meta` | key/value: `schema_version`, `app` (= `dyad`), `generation` (bumped by every committed ingest batch) |
//! | `stories` | story: id, content hash, date, title, text, counts, coder version |
//! | `provenance` | story: publisher, URL, input file |
//! | `sentences` | sentence of a story: index, character offsets, text |
//! | `mentions` | coded `EventRecord` (see [`crate::MENTION_COLUMNS`]), its event place in the `place_*` columns |
//! | `derived_rules` | materialized dedup rule: name, version, key fields, the `generation` it was built from |
//! | `derived_events` | deduplicated event of a rule, with its merged mention ids, stories, publishers, URLs and counts, and the place of its first mention that has one |
//!
//! Versions: 1 (first release); 2 adds the event place (`mentions.place_*`,
//! `derived_events.place_*`). A version-1 store is upgraded in place, in one
//! transaction, the first time it is opened for writing (`dyad ingest`): the
//! new columns are added, NULL for the mentions already stored (re-ingest
//! with `--force` to geolocate them). Read-only commands on a version-1 store
//! stop with [`Error::OldSchema`], which says so.

use crate::db::{Db, Value};
use crate::error::{Error, Result};
use crate::model::{MENTION_COLUMNS, PLACE_COLUMNS};

/// Bumped on every incompatible change; stores record the version they were
/// created with (or migrated to) in `dyad_meta`.
pub const SCHEMA_VERSION: i64 = 2;

/// Column type in the portable schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    Text,
    Int,
    Real,
}

impl Ty {
    pub fn sql(self) -> &'static str {
        match self {
            Ty::Text => "TEXT",
            Ty::Int => "BIGINT",
            Ty::Real => "DOUBLE PRECISION",
        }
    }
}

/// One column: name, type, nullable.
#[derive(Debug, Clone, Copy)]
pub struct Col {
    pub name: &'static str,
    pub ty: Ty,
    pub null: bool,
}

impl Col {
    pub const fn new(name: &'static str, ty: Ty, null: bool) -> Self {
        Col { name, ty, null }
    }
}

pub const STORY_COLUMNS: &[Col] = &[
    Col::new("story_id", Ty::Text, false),
    Col::new("content_hash", Ty::Text, false),
    Col::new("story_date", Ty::Text, false),
    Col::new("title", Ty::Text, true),
    Col::new("text", Ty::Text, false),
    Col::new("n_chars", Ty::Int, false),
    Col::new("n_sentences", Ty::Int, false),
    Col::new("n_events", Ty::Int, false),
    Col::new("coder_version", Ty::Text, false),
];

pub const PROVENANCE_COLUMNS: &[Col] = &[
    Col::new("story_id", Ty::Text, false),
    Col::new("publisher", Ty::Text, true),
    Col::new("url", Ty::Text, true),
    Col::new("input_file", Ty::Text, true),
];

pub const SENTENCE_COLUMNS: &[Col] = &[
    Col::new("story_id", Ty::Text, false),
    Col::new("sentence_index", Ty::Int, false),
    Col::new("char_start", Ty::Int, false),
    Col::new("char_end", Ty::Int, false),
    Col::new("text", Ty::Text, false),
];

pub const DERIVED_RULE_COLUMNS: &[Col] = &[
    Col::new("rule", Ty::Text, false),
    Col::new("rule_version", Ty::Int, false),
    Col::new("key_fields", Ty::Text, false),
    Col::new("generation", Ty::Int, false),
    Col::new("n_events", Ty::Int, false),
    Col::new("n_mentions", Ty::Int, false),
];

pub const DERIVED_EVENT_COLUMNS: &[Col] = &[
    Col::new("rule", Ty::Text, false),
    Col::new("event_id", Ty::Text, false),
    Col::new("event_key", Ty::Text, false),
    Col::new("event_date", Ty::Text, false),
    Col::new("source_code", Ty::Text, true),
    Col::new("source_country", Ty::Text, true),
    Col::new("target_code", Ty::Text, true),
    Col::new("target_country", Ty::Text, true),
    Col::new("cameo", Ty::Text, false),
    Col::new("cameo_root", Ty::Text, false),
    Col::new("goldstein", Ty::Real, false),
    Col::new("quad_class", Ty::Int, false),
    Col::new("plover_type", Ty::Text, true),
    Col::new("plover_mode", Ty::Text, true),
    Col::new("plover_context", Ty::Text, true),
    Col::new("first_mention_id", Ty::Text, false),
    Col::new("first_story_id", Ty::Text, false),
    Col::new("first_story_date", Ty::Text, false),
    Col::new("n_mentions", Ty::Int, false),
    Col::new("n_stories", Ty::Int, false),
    Col::new("n_sources", Ty::Int, false),
    Col::new("mention_ids", Ty::Text, false),
    Col::new("story_ids", Ty::Text, false),
    Col::new("publishers", Ty::Text, false),
    Col::new("urls", Ty::Text, false),
    // Schema version 2: the place of the first mention (in first-report
    // order) that has one; all NULL when none has.
    Col::new("place_mention_id", Ty::Text, true),
    Col::new("place_name", Ty::Text, true),
    Col::new("place_country", Ty::Text, true),
    Col::new("place_admin1", Ty::Text, true),
    Col::new("place_lat", Ty::Real, true),
    Col::new("place_lon", Ty::Real, true),
    Col::new("place_precision", Ty::Text, true),
];

/// The `place_*` columns of [`DERIVED_EVENT_COLUMNS`] (added in version 2).
pub const DERIVED_PLACE_COLUMNS: &[Col] = DERIVED_EVENT_COLUMNS
    .split_at(DERIVED_EVENT_COLUMNS.len() - 7)
    .1;

/// Tables dyad creates, with their columns and primary keys.
pub const TABLES: &[(&str, &[Col], &str)] = &[
    ("stories", STORY_COLUMNS, "story_id"),
    ("provenance", PROVENANCE_COLUMNS, "story_id"),
    ("sentences", SENTENCE_COLUMNS, "story_id, sentence_index"),
    ("mentions", MENTION_COLUMNS, "mention_id"),
    ("derived_rules", DERIVED_RULE_COLUMNS, "rule"),
    ("derived_events", DERIVED_EVENT_COLUMNS, "rule, event_id"),
];

fn create_table(name: &str, cols: &[Col], pk: &str) -> String {
    let mut s = format!("CREATE TABLE {name} (");
    for c in cols {
        s.push_str(c.name);
        s.push(' ');
        s.push_str(c.ty.sql());
        if !c.null {
            s.push_str(" NOT NULL");
        }
        s.push_str(", ");
    }
    s.push_str(&format!("PRIMARY KEY ({pk}))"));
    s
}

/// The DDL statements of a new store, in order.
pub fn ddl() -> Vec<String> {
    let mut v =
        vec!["CREATE TABLE dyad_meta (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)".into()];
    for (name, cols, pk) in TABLES {
        v.push(create_table(name, cols, pk));
    }
    v.push("CREATE INDEX mentions_story ON mentions (story_id)".into());
    v.push("CREATE INDEX mentions_date ON mentions (event_date)".into());
    v
}

/// `INSERT INTO table (cols...) VALUES (?, ...)`.
pub fn insert_sql(table: &str, cols: &[Col]) -> String {
    let names: Vec<&str> = cols.iter().map(|c| c.name).collect();
    let marks = vec!["?"; cols.len()].join(", ");
    format!(
        "INSERT INTO {table} ({}) VALUES ({marks})",
        names.join(", ")
    )
}

/// Column list for SELECT, each prefixed with `alias.`.
pub fn select_list(alias: &str, cols: &[Col]) -> String {
    cols.iter()
        .map(|c| format!("{alias}.{}", c.name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What opening found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Found {
    /// A dyad store of the current version.
    Store,
    /// No dyad tables at all (a new file or an empty database).
    Empty,
    /// A dyad store of an older version that [`migrate`] can upgrade.
    Old(i64),
}

/// Checks that `db` is a dyad store of a version this dyad understands.
pub fn check(db: &mut Db) -> Result<Found> {
    let tables = db.tables()?;
    let location = db.location().to_string();
    if !tables.iter().any(|t| t == "dyad_meta") {
        // SQLite files are dyad's alone; a PostgreSQL database may hold other
        // applications' tables, but not tables with dyad's names.
        let clashing: Vec<&String> = if db.is_sqlite() {
            tables.iter().collect()
        } else {
            tables
                .iter()
                .filter(|t| TABLES.iter().any(|(n, _, _)| n == t))
                .collect()
        };
        if clashing.is_empty() {
            return Ok(Found::Empty);
        }
        let mut names: Vec<String> = clashing.iter().take(8).map(|s| s.to_string()).collect();
        if clashing.len() > 8 {
            names.push(format!("and {} more", clashing.len() - 8));
        }
        return Err(Error::Foreign {
            location,
            tables: format!("table(s) {}", names.join(", ")),
        });
    }
    let rows = db.query("SELECT key, value FROM dyad_meta", &[])?;
    let get = |k: &str| {
        rows.iter()
            .find(|r| r.first().and_then(Value::as_str) == Some(k))
            .and_then(|r| r.get(1).and_then(Value::as_str).map(str::to_string))
    };
    match get("app") {
        Some(a) if a == "dyad" => {}
        other => {
            return Err(Error::Foreign {
                location,
                tables: format!(
                    "a dyad_meta table whose app is {:?}",
                    other.unwrap_or_else(|| "missing".into())
                ),
            })
        }
    }
    let version = get("schema_version").ok_or_else(|| Error::BadMeta {
        location: location.clone(),
        detail: "dyad_meta has no schema_version".into(),
    })?;
    let version: i64 = version.trim().parse().map_err(|_| Error::BadMeta {
        location: location.clone(),
        detail: format!("schema_version {version:?} is not a number"),
    })?;
    if version > SCHEMA_VERSION {
        return Err(Error::NewerSchema {
            location,
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version < 1 {
        return Err(Error::BadMeta {
            location,
            detail: format!("schema version {version} has no migration to {SCHEMA_VERSION}"),
        });
    }
    for (name, _, _) in TABLES {
        if !tables.iter().any(|t| t == name) {
            return Err(Error::BadMeta {
                location,
                detail: format!("table {name} is missing"),
            });
        }
    }
    if version < SCHEMA_VERSION {
        return Ok(Found::Old(version));
    }
    Ok(Found::Store)
}

/// The columns each version added to existing tables: (version, table, columns).
const ADDED: &[(i64, &str, &[Col])] = &[
    (2, "mentions", PLACE_COLUMNS),
    (2, "derived_events", DERIVED_PLACE_COLUMNS),
];

/// Upgrades a store of version `from` to [`SCHEMA_VERSION`] in one
/// transaction (`ALTER TABLE … ADD COLUMN`, nullable, so existing rows read
/// NULL). Safe against a concurrent upgrade: the version is re-read under the
/// write lock (SQLite's `BEGIN IMMEDIATE`; PostgreSQL: a lock on `dyad_meta`).
pub fn migrate(db: &mut Db, from: i64) -> Result<()> {
    db.begin()?;
    let r = (|| {
        if !db.is_sqlite() {
            db.execute("LOCK TABLE dyad_meta IN EXCLUSIVE MODE", &[])?;
        }
        let rows = db.query(
            "SELECT value FROM dyad_meta WHERE key = ?",
            &[Value::from("schema_version")],
        )?;
        let now = rows
            .first()
            .and_then(|r| r.first())
            .and_then(Value::as_i64)
            .unwrap_or(from);
        if now >= SCHEMA_VERSION {
            return Ok(());
        }
        for (version, table, cols) in ADDED {
            if *version <= now {
                continue;
            }
            // Added columns are all nullable: existing rows read NULL.
            for c in *cols {
                let stmt = format!("ALTER TABLE {table} ADD COLUMN {} {}", c.name, c.ty.sql());
                db.execute(&stmt, &[])?;
            }
        }
        db.execute(
            "UPDATE dyad_meta SET value = ? WHERE key = ?",
            &[
                Value::Text(SCHEMA_VERSION.to_string()),
                Value::from("schema_version"),
            ],
        )?;
        Ok(())
    })();
    match r {
        Ok(()) => db.commit(),
        Err(e) => {
            let _ = db.rollback();
            Err(e)
        }
    }
}

/// Creates the schema in one transaction (the database must be empty of dyad tables).
pub fn create(db: &mut Db) -> Result<()> {
    db.begin()?;
    let r = (|| {
        // Another process may have created it while we waited for the lock.
        if db.tables()?.iter().any(|t| t == "dyad_meta") {
            return Ok(());
        }
        for stmt in ddl() {
            db.execute(&stmt, &[])?;
        }
        for (k, v) in [
            ("app", "dyad".to_string()),
            ("schema_version", SCHEMA_VERSION.to_string()),
            ("generation", "0".into()),
            ("created_by", dyad_coder::CODER_VERSION.to_string()),
        ] {
            db.execute(
                "INSERT INTO dyad_meta (key, value) VALUES (?, ?)",
                &[Value::Text(k.into()), Value::Text(v)],
            )?;
        }
        Ok(())
    })();
    match r {
        Ok(()) => db.commit(),
        Err(e) => {
            let _ = db.rollback();
            Err(e)
        }
    }
}
