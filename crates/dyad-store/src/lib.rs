//! dyad-store owns everything that happens to coded events after the coder:
//! the event store and what is read out of it.
//!
//! * **The store** ([`Store`]): one schema ([`schema`], versioned in
//!   `dyad_meta.schema_version`) in an embedded SQLite file (default,
//!   `dyad.sqlite`, WAL mode) or a PostgreSQL database (`postgres://…`),
//!   with the same tables, the same SQL and the same results. Stories,
//!   sentences, provenance (publisher, URL, input file) and *mentions* — one
//!   row per coded `EventRecord`, every field kept (actors, offsets,
//!   trigger, evidence sentence, reporting chain, amounts, event place).
//! * **Ingest** ([`ingest`]): idempotent (a story with the same id and
//!   content hash is skipped, a changed one replaced), transactional per
//!   batch, resumable after `kill -9` at any point, with a dry-run plan.
//!   Coding itself is the caller's: ingest takes a closure, so the CLI codes
//!   with `dyad_coder` on rayon and tests code with hand-made records.
//! * **Deduplication** ([`dedup`]): explicit, versioned rules (`one-a-day`,
//!   `polecat`, user keys) deriving events from mentions; materialized in
//!   `derived_events` with the rule's name, version and the mentions'
//!   generation in `derived_rules`; a derived event's place is that of its
//!   first mention that has one.
//! * **Aggregation** ([`agg`]): country/dyad × day/month/year tables with
//!   counts, Goldstein sums/means and QuadClass counts, zero-filled panels,
//!   CAMEO/ISO3/COW/Gleditsch–Ward codes ([`codes`]).
//! * **Exports** ([`export`]): GDELT 2.0 (61 columns, `ActionGeo_*` from
//!   the event place), ICEWS (20), POLECAT (40, location columns), PLOVER
//!   JSON (`event_loc`), CSV and (feature `parquet`) Parquet.
//! * **Query and validation** ([`query`], [`validate`]): read-only SQL
//!   passthrough; codebook checks of stored or exported events.
//!
//! It does not read input files or run the coder (the `dyad` CLI does) and
//! never changes `EventRecord`s: what the coder wrote is what is stored.

pub mod agg;
pub mod codes;
pub mod db;
pub mod dedup;
pub mod error;
pub mod export;
pub mod ingest;
pub mod model;
#[cfg(feature = "parquet")]
mod parquet_out;
pub mod query;
pub mod schema;
pub mod store;
pub mod validate;

pub use db::{Backend, OpenMode, Param};
pub use dedup::{DedupRule, KeyField};
pub use error::{Error, Result};
pub use ingest::{Action, Ingest, IngestOptions, IngestStats};
pub use model::{Actor, Mention, Place, MENTION_COLUMNS};
pub use schema::SCHEMA_VERSION;
pub use store::{content_hash, Counts, DerivedInfo, KnownMentions, Rebuilt, Store, WrittenBatch};
